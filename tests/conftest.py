from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import GitRepo

# The labelled corpora are scanned by benchmarks, never run as tests (they hold test_*.py files).
collect_ignore_glob = ["corpus/*"]

# semgrep must never phone home, whichever test starts it.
os.environ.setdefault("SEMGREP_ENABLE_VERSION_CHECK", "0")
os.environ.setdefault("SEMGREP_SEND_METRICS", "off")


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    return GitRepo(tmp_path / "repo")
