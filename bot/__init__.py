"""Rescue's driver: the scan pipeline, repository config, reporters, the CLI and the GitHub jobs."""
