"""Decide which allow rules expose data: open to everyone, or to any signed-in user.

Reads of data meant for everyone (a catalogue whose writes are locked down, documents filtered by
a ``published`` field) are fine; writes that anyone can make, and reads or writes of per-user
data that only check "signed in", are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.firebase.access import AUTH, DATA, OWNER, Demands, Need

READ_METHODS = frozenset({"read", "get", "list"})
WRITE_METHODS = frozenset({"write", "create", "update", "delete"})

# Words in a collection or path that mark data about or belonging to people.
_PRIVATE_WORDS = frozenset(
    {
        "user", "users", "profile", "profiles", "account", "accounts", "order", "orders", "payment",
        "payments", "invoice", "invoices", "message", "messages", "chat", "chats", "conversation",
        "conversations", "customer", "customers", "private", "secret", "secrets", "token", "tokens",
        "notification", "notifications", "subscription", "subscriptions", "cart", "carts", "address",
        "addresses", "transaction", "transactions", "billing", "session",
        "sessions", "booking", "bookings", "appointment", "appointments", "patient", "patients",
        "medical", "health", "uploads", "upload", "document", "documents", "file", "files", "note",
        "notes", "inbox", "contacts", "contact", "wallet", "wallets", "admin", "admins", "internal",
        "employees", "employee", "leads", "lead", "clients", "client", "submissions", "submission",
        "payout", "payouts", "earning", "earnings", "balance", "balances", "refund", "refunds",
        "purchase", "purchases", "receipt", "receipts", "payroll", "salaries", "tickets", "ticket",
    }
)
# Words that mark data published on purpose.
_PUBLIC_WORDS = frozenset(
    {
        "public", "products", "product", "posts", "post", "articles", "article", "blog", "blogs",
        "categories", "category", "catalog", "catalogue", "listings", "listing", "events", "event",
        "announcements", "faq", "faqs", "pages", "page", "menu", "menus", "assets", "static",
        "leaderboard", "leaderboards", "shared", "site", "content", "config", "courses", "course",
        "recipes", "recipe", "tags", "plans", "pricing", "news", "gallery", "banners", "avatars",
        "avatar", "images", "thumbnails", "media", "reviews", "review",
    }
)
_OWNER_VARIABLE = re.compile(r"user|uid|owner|author|member|customer|account|profile", re.I)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a rule applies: the collection words and variables of its full path."""

    words: tuple[str, ...]  # literal segments, split into lower-case words
    collection: str  # the last literal segment
    variables: tuple[str, ...]
    everything: bool  # a recursive wildcard at the top: every document


def _words(segment: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", segment)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def place(literals: list[str], variables: list[str], everything: bool) -> Place:
    words = tuple(w for seg in literals for w in [*_words(seg), seg.lower()])
    return Place(words, literals[-1].lower() if literals else "", tuple(variables), everything)


def user_data(p: Place) -> bool:
    """The path holds per-person data: a user-ish variable or a private-ish collection."""
    if p.everything or any(_OWNER_VARIABLE.search(v) for v in p.variables):
        return True
    last = set(_words(p.collection)) | {p.collection}
    if last & _PUBLIC_WORDS:
        return False
    return bool(set(p.words) & _PRIVATE_WORDS)


def private_collection(p: Place) -> bool:
    """The collection's own name says it holds people's data (orders, messages, users)."""
    last = set(_words(p.collection)) | {p.collection}
    return not last & _PUBLIC_WORDS and bool(set(p.words) & _PRIVATE_WORDS)


def public_data(p: Place) -> bool:
    last = set(_words(p.collection)) | {p.collection}
    return bool(last & _PUBLIC_WORDS) or (not p.everything and "public" in p.words)


@dataclass(frozen=True, slots=True)
class Verdict:
    category: str  # firebase-open-rules / firebase-auth-only-rules
    what: str  # "read", "write", "read and write"


def _kind(need: Need) -> str:
    """One alternative, by who can take it: owner, auth (+data), data, or open."""
    if OWNER in need:
        return "owner"
    if AUTH in need:
        return "auth+data" if DATA in need else "auth"
    return "data" if DATA in need else "open"


def guards_caller(found: Demands) -> bool:
    """Every way through needs a signed-in caller (or nobody passes at all)."""
    return all(_kind(n) in ("owner", "auth", "auth+data") for n in found)


def ties_owner(found: Demands) -> bool:
    return any(_kind(n) == "owner" for n in found)


def judge_allow(
    methods: set[str], found: Demands, where: Place, sibling_write_guarded: bool, sibling_owner: bool
) -> Verdict | None:
    """A verdict for one allow rule. ``sibling_write_guarded``: another rule on the same path
    lets only signed-in callers write; ``sibling_owner``: another rule ties access to the owner."""
    if not found:
        return None  # nobody passes
    kinds = {_kind(n) for n in found}
    reads, writes = methods & READ_METHODS, methods & WRITE_METHODS
    what = "read and write" if reads and writes else "write" if writes else "read"
    if writes and kinds & {"open", "data"}:
        return Verdict("firebase-open-rules", what)
    if "open" in kinds:
        if where.everything:
            return Verdict("firebase-open-rules", what)
        if public_data(where):
            return None
        if private_collection(where) or not sibling_write_guarded:
            return Verdict("firebase-open-rules", what)
        return None
    if writes and kinds & {"auth", "auth+data"} and (writes - {"create"} or user_data(where)):
        # creating a record elsewhere touches nobody's data; under a user's path it claims theirs
        return Verdict("firebase-auth-only-rules", what)
    if "auth" not in kinds or not reads:
        return None  # owner-tied, filtered reads, or creating a new record (nobody else's data)
    if public_data(where) and not where.everything:
        return None
    if where.everything or user_data(where) or sibling_owner:
        return Verdict("firebase-auth-only-rules", what)
    return None
