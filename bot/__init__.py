"""Rescue's driver: the scan pipeline, repository config, reporters, the CLI and the GitHub jobs."""

__version__ = "0.1.0"  # keep equal to pyproject.toml's version (tests check)
