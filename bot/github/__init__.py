"""Rescue's side of GitHub: the client, fetching a change, and the check-run/review/comment reporters."""
