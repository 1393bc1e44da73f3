"""Secrets in code, config, docs and notebooks (category ``exposed-secret``), on detect-secrets'
plugin model with our own provider plugins and context filters."""

from analyzers.secrets.analyzer import SecretsAnalyzer

__all__ = ["SecretsAnalyzer"]
