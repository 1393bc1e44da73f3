"""Route inventory and the findings that need it: endpoints without authentication, IDOR and
swallowed errors, for Next.js, Express, FastAPI, Flask and Supabase Edge Functions."""

from analyzers.routes.analyzer import RoutesAnalyzer

__all__ = ["RoutesAnalyzer"]
