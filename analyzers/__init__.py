"""Rescue's analyzers: a workspace of files in, findings out. No GitHub, no network."""
