"""Semantic SQL analysis on PostgreSQL's own parser: migration histories replayed into a schema."""

from analyzers.sql.analyzer import SqlAnalyzer

__all__ = ["SqlAnalyzer"]
