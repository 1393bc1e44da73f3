"""Firebase security rules: a parser for the rules language and Realtime Database JSON, and the
open / signed-in-only checks on top of it."""

from analyzers.firebase.analyzer import FirebaseAnalyzer

__all__ = ["FirebaseAnalyzer"]
