"""Webhook intake: verify, parse, decide, enqueue primitives, answer within milliseconds."""
