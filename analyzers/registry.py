"""The explicit list of analyzers a scan runs. Adding an analyzer means adding it here."""

from __future__ import annotations

from analyzers.base import Analyzer
from analyzers.firebase import FirebaseAnalyzer
from analyzers.options import AnalyzerOptions
from analyzers.publicenv import PublicEnvAnalyzer
from analyzers.routes import RoutesAnalyzer
from analyzers.secrets import SecretsAnalyzer
from analyzers.semgrep import SemgrepAnalyzer
from analyzers.sql import SqlAnalyzer
from analyzers.sqlstyle import SqlStyleAnalyzer


def build_analyzers(options: AnalyzerOptions) -> list[Analyzer]:
    return [
        SemgrepAnalyzer(options),
        PublicEnvAnalyzer(),
        SqlAnalyzer(options),
        FirebaseAnalyzer(options),
        SqlStyleAnalyzer(options),
        RoutesAnalyzer(options),
        SecretsAnalyzer(options),
    ]
