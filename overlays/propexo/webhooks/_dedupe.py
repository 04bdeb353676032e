"""`RecentDeliveries`: remember the deliveries recently handled, to skip a second one.

This is idempotency help, not replay protection. Propexo signs no timestamp or nonce, so a
body captured and sent again later verifies exactly as the original did, and nothing can tell
a replay from Propexo delivering the same event twice (a retry after a timeout, say). What
this can do: skip a body that was already handled within `ttl` seconds, among the last
`max_entries` bodies, in this process. A replay after that, or to another process, goes
through: handlers must still be idempotent (key your side effects on the record or job id).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

from .._errors import ConfigurationError
from .._pacing import Clock

#: By default a body is remembered for a day, and at most this many bodies at once.
DEFAULT_TTL = 24 * 3600.0
DEFAULT_MAX_ENTRIES = 10_000


def key_digest(key: bytes) -> str:
    """What a key is remembered by (SHA-256, hex): bodies themselves are never kept."""
    return hashlib.sha256(key).hexdigest()


class RecentDeliveries:
    """Deliveries handled lately, by the digest of their key (`WebhookReceiver`: the trigger
    and the raw body); bounded in number and age, safe to share by threads.

    `claim(key)` is True for a key not seen within `ttl` (it is then remembered at once, so
    that two concurrent deliveries of one body run the handler once) and False for a repeat.
    `release(key)` forgets a claim whose handling failed, so that its redelivery is handled.
    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_TTL,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Clock = time.monotonic,
    ) -> None:
        if isinstance(ttl, bool) or not isinstance(ttl, int | float) or not ttl > 0:
            raise ConfigurationError(f"ttl must be a positive number of seconds, got {ttl!r}")
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ConfigurationError(f"max_entries must be an integer >= 1, got {max_entries!r}")
        self.ttl: float = float(ttl)
        self.max_entries: int = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, float] = OrderedDict()  # digest -> when, oldest first

    def claim(self, key: bytes) -> bool:
        """True if `key` was not claimed within `ttl` (now claimed), False for a repeat."""
        digest, now = key_digest(key), self._clock()
        with self._lock:
            while self._seen and next(iter(self._seen.values())) <= now - self.ttl:
                self._seen.popitem(last=False)  # expired
            if digest in self._seen:
                return False
            while len(self._seen) >= self.max_entries:
                self._seen.popitem(last=False)  # the oldest makes room
            self._seen[digest] = now
            return True

    def release(self, key: bytes) -> None:
        """Forget `key` (its handling failed: a redelivery must be handled)."""
        with self._lock:
            self._seen.pop(key_digest(key), None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def __repr__(self) -> str:
        return f"RecentDeliveries(ttl={self.ttl:g}, max_entries={self.max_entries})"
