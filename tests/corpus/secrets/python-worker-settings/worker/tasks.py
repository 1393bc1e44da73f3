import hashlib

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
CACHE_KEY_PREFIX = "worker:task:result"
API_KEY_PATTERN = r"^sk-[A-Za-z0-9]{48}$"


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
