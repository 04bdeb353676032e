"""Scripted faults per route, and hooks that run once a batch has been accepted."""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from ._models import Job

FaultKind = Literal[
    "status",
    "delay",
    "drop_before",
    "drop_after",
    "reply",
    "headers",
    "cut_body",
    "huge",
    "shuffle",
]


@dataclass(frozen=True)
class Fault:
    """One fault for one request.

    status:      answer `status` (429 adds Retry-After) without doing anything.
    delay:       wait `seconds` of real time (for client timeouts), then answer normally.
    drop_before: close the connection without processing the request (nothing accepted).
    drop_after:  process and record the request, then close the connection without an answer.
    reply:       answer `status` with the body `text` as is, without processing the request
                 (malformed or unexpected answers; not checked against the spec).
    headers:     answer normally (the `headers` below are what matters).
    cut_body:    process the request, send the answer's headers and half its body, then close.
    huge:        answer `status` with `size` bytes of body (declared in Content-Length when
                 `length`, else sent until the connection closes), without processing.
    shuffle:     answer a list request as if its offset were 0, the page's items in a new order
                 (seeded by the request's number: the same run gives the same orders).

    `headers`, with any kind, are added to the answer (over the rate limiter's).
    """

    kind: FaultKind
    status: int = 503
    retry_after: int | None = None
    seconds: float = 0.0
    text: str | None = None
    headers: dict[str, str] | None = None
    size: int = 0
    length: bool = True

    @classmethod
    def http(cls, status: int = 503, retry_after: int | None = None) -> Fault:
        return cls("status", status=status, retry_after=retry_after)

    @classmethod
    def too_many_requests(cls, retry_after: int = 1) -> Fault:
        return cls("status", status=429, retry_after=retry_after)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        return cls("delay", seconds=seconds)

    @classmethod
    def drop_before(cls) -> Fault:
        return cls("drop_before")

    @classmethod
    def drop_after(cls) -> Fault:
        return cls("drop_after")

    @classmethod
    def reply(cls, body: Any = None, *, status: int = 200, raw: str | None = None) -> Fault:
        """Answer `body` as JSON (or the text `raw` as is) with `status`."""
        return cls("reply", status=status, text=raw if raw is not None else json.dumps(body))

    @classmethod
    def with_headers(cls, headers: dict[str, str]) -> Fault:
        """Answer normally, with `headers` added (e.g. a hostile x-ratelimit-limit)."""
        return cls("headers", headers=dict(headers))

    @classmethod
    def cut_body(cls) -> Fault:
        return cls("cut_body")

    @classmethod
    def huge(cls, size: int, *, status: int = 200, length: bool = True) -> Fault:
        return cls("huge", status=status, size=size, length=length)

    @classmethod
    def shuffle(cls) -> Fault:
        """A server that ignores the offset and shuffles the first page's items."""
        return cls("shuffle")

    @property
    def label(self) -> str:
        if self.kind in ("status", "reply"):
            return f"{self.kind}:{self.status}"
        return f"delay:{self.seconds:g}" if self.kind == "delay" else self.kind

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        return cls(
            data["kind"],
            int(data.get("status", 503)),
            data.get("retry_after"),
            float(data.get("seconds", 0.0)),
            data.get("text"),
            data.get("headers"),
            int(data.get("size", 0)),
            bool(data.get("length", True)),
        )


@dataclass(frozen=True)
class RequestInfo:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any


@dataclass
class FaultRule:
    """`route` is a glob over "METHOD /path" (or over the path alone); `times=None` is forever."""

    fault: Fault
    route: str = "*"
    times: int | None = 1
    when: Callable[[RequestInfo], bool] | None = None

    def matches(self, info: RequestInfo) -> bool:
        target = f"{info.method} {info.path}" if " " in self.route else info.path
        if not fnmatch.fnmatchcase(target, self.route):
            return False
        return self.when is None or bool(self.when(info))


class FaultQueue:
    """Rules in the order pushed; each request takes the first matching rule with uses left."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def push(
        self,
        fault: Fault,
        route: str = "*",
        *,
        times: int | None = 1,
        when: Callable[[RequestInfo], bool] | None = None,
    ) -> FaultRule:
        rule = FaultRule(fault, route, times, when)
        with self._lock:
            self._rules.append(rule)
        return rule

    def take(self, info: RequestInfo) -> Fault | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(info):
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times <= 0:
                            self._rules.remove(rule)
                    return rule.fault
        return None

    def pending(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()


AcceptHook = Callable[[Job], bool | None]


class AcceptHooks:
    """Run after a batch is accepted and recorded, before the answer is sent.

    A hook that returns True makes the server close the connection without answering.
    """

    def __init__(self) -> None:
        self._hooks: list[list[Any]] = []  # [hook, uses left or None]
        self._lock = threading.Lock()

    def add(self, hook: AcceptHook, times: int | None = None) -> None:
        with self._lock:
            self._hooks.append([hook, times])

    def kill(self, pid: int, sig: int = signal.SIGKILL, times: int | None = 1) -> None:
        """Send `sig` to `pid` after the next accept(s); the answer is then never sent."""

        def hook(job: Job) -> bool:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            return True

        self.add(hook, times)

    def run(self, job: Job) -> bool:
        with self._lock:
            due = []
            for entry in list(self._hooks):
                due.append(entry[0])
                if entry[1] is not None:
                    entry[1] -= 1
                    if entry[1] <= 0:
                        self._hooks.remove(entry)
        return any([bool(hook(job)) for hook in due])

    def clear(self) -> None:
        with self._lock:
            self._hooks.clear()
