"""HTTP plumbing: the threaded server, request records and the FakePropexo facade."""

from __future__ import annotations

import contextlib
import json
import random
import signal
import socket
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .._client import AsyncPropexoClient, PropexoClient
from . import _control as control
from ._api import BATCH_ROUTES, Call, Handler, Reply, find_route
from ._clock import Clock, RealClock
from ._faults import AcceptHook, AcceptHooks, Fault, FaultQueue, FaultRule, RequestInfo
from ._jobs import Outcome, Policy
from ._models import AcceptedCharge, Job
from ._ratelimit import Decision, RateLimiter
from ._reads import SpecReads
from ._spec import ERROR_REF, Spec, load_spec
from ._state import ApiError, State
from ._webhooks import Delivery, send

ERROR_CODES = {
    429: "RATE_LIMITED",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


@dataclass
class RequestRecord:
    """One request as the fake saw it; `status` None means the connection was dropped."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    time: float
    headers: dict[str, str]  # without Authorization
    route: str | None = None
    status: int | None = None
    fault: str | None = None
    job_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Exchange:
    """The request being served and what has been decided about it so far."""

    handler: _Handler
    record: RequestRecord
    headers: dict[str, str] = field(default_factory=dict)
    cut: bool = False  # send half the body, then close


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects
    timeout = 30  # idle keep-alive connections end after this
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: nothing about requests (least of all credentials) goes to stderr."""

    def do_GET(self) -> None:
        self.server.fake._serve(self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, fake: FakePropexo) -> None:
        self.fake = fake
        self.connections: set[socket.socket] = set()
        super().__init__(("127.0.0.1", port), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-request (a timeout, a dropped connection: what the tests
        do on purpose) is not an error of the fake; anything else is printed as before."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _read_body(h: BaseHTTPRequestHandler) -> bytes | None:
    """The request body, by Content-Length or chunked; None if the client left before its end."""
    if "chunked" not in h.headers.get("Transfer-Encoding", "").lower():
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length)
        return raw if len(raw) == length else None
    chunks = []
    while size := int(h.rfile.readline().split(b";")[0].strip() or b"0", 16):
        chunks.append(h.rfile.read(size))
        h.rfile.readline()
    while h.rfile.readline().strip():  # trailers up to the blank line
        pass
    return b"".join(chunks)


class FakePropexo:
    """A stateful fake of the Propexo API on 127.0.0.1, serving from a background thread."""

    def __init__(
        self,
        *,
        token: str = "test-token",
        state: State | None = None,
        clock: Clock | None = None,
        port: int = 0,
        rate_limit: int | None = 150,
        rate_window: float = 60.0,
        throttle_at: float = 0.8,
        throttle_delay: float = 2.0,
        job_outcome: Outcome | Policy | None = None,
        validate_responses: bool = False,
        unknown_job_status: int = 400,
        spec: Spec | None = None,
        seed: int = 0,
    ) -> None:
        self.token = token
        self.state: State = state or State()
        self.clock: Clock = clock or RealClock()
        self.port: int = port
        self.limiter: RateLimiter = RateLimiter(
            self.clock, rate_limit or 10**9, rate_window, throttle_at, throttle_delay
        )
        if job_outcome is not None:
            self.state.outcomes.default = job_outcome
        self.validate_responses = validate_responses
        self.unknown_job_status = unknown_job_status
        self.spec: Spec = spec or load_spec()
        #: The spec's other reads, answered from items generated for `seed` (fake.reads.items).
        self.reads: SpecReads = SpecReads(self.spec, seed=seed)
        self.faults: FaultQueue = FaultQueue()
        self.accept_hooks: AcceptHooks = AcceptHooks()
        self.records: list[RequestRecord] = []
        self.status_counts: Counter[int] = Counter()
        self.schema_violations: list[dict[str, Any]] = []
        self.internal_errors: list[str] = []  # exceptions raised while serving
        self.validated: set[tuple[str, str, int]] = set()  # (method, route, status) checked
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.webhook_deliveries: list[Delivery] = []

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakePropexo:
        self._server = _Server(self.port, self)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            args=(0.05,),
            name=f"fake-propexo-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        for conn in list(self._server.connections):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._server = None

    def __enter__(self) -> FakePropexo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def client(self, **options: Any) -> PropexoClient:
        """A `PropexoClient` of this fake (its token and URL); `options` as PropexoClient takes."""
        return PropexoClient(self.token, base_url=self.url, **options)

    def async_client(self, **options: Any) -> AsyncPropexoClient:
        """An `AsyncPropexoClient` of this fake, as `client()`."""
        return AsyncPropexoClient(self.token, base_url=self.url, **options)

    # -- configuration ---------------------------------------------------------------------

    def seed_rentmanager(
        self, locations: int = 3, residents_per_location: int = 5, **kw: Any
    ) -> str:
        with self.state.lock:
            return self.state.seed_rentmanager(locations, residents_per_location, **kw).id

    def seed_resman(self, properties: int = 2, residents_per_property: int = 5, **kw: Any) -> str:
        with self.state.lock:
            return self.state.seed_resman(properties, residents_per_property, **kw).id

    def seed_yardi(self, properties: int = 2, residents_per_property: int = 5, **kw: Any) -> str:
        with self.state.lock:
            return self.state.seed_yardi(properties, residents_per_property, **kw).id

    def seed_propertyware_rest(
        self, properties: int = 2, leases_per_property: int = 3, **kw: Any
    ) -> str:
        with self.state.lock:
            return self.state.seed_propertyware_rest(properties, leases_per_property, **kw).id

    def add_resident(
        self, resident_id: str, integration_id: str, property_id: str, **kw: Any
    ) -> None:
        """A resident, as `State.add_resident` adds it (`location_ids=[]`: unresolvable)."""
        with self.state.lock:
            self.state.add_resident(resident_id, integration_id, property_id, **kw)

    def inject(
        self, fault: Fault, route: str = "*", *, times: int | None = 1, when: Any = None
    ) -> FaultRule:
        """Apply `fault` to the next `times` requests matching `route` (glob) and `when`."""
        return self.faults.push(fault, route, times=times, when=when)

    def on_accept(self, hook: AcceptHook, times: int | None = None) -> None:
        self.accept_hooks.add(hook, times)

    def kill_on_accept(self, pid: int, sig: int = signal.SIGKILL, times: int | None = 1) -> None:
        self.accept_hooks.kill(pid, sig, times)

    def set_job_policy(self, policy: Outcome | Policy) -> None:
        with self.state.lock:
            self.state.outcomes.default = policy

    def queue_job_outcomes(self, *outcomes: Outcome) -> None:
        with self.state.lock:
            self.state.outcomes.queued.extend(outcomes)

    def set_job_outcome(self, job_id: str, outcome: Outcome) -> None:
        with self.state.lock:
            self.state.set_outcome(job_id, outcome)

    def create_jobs(self, count: int, integration_id: str = "int-rm-1") -> list[str]:
        """`count` jobs accepted now as if batches of one charge had been posted, but without
        requests (for tests that track many jobs); the job policy picks their outcomes."""
        with self.state.lock:
            return [j.id for j in self.state.accept_direct(count, integration_id, self.clock.now())]

    # -- webhooks --------------------------------------------------------------------------

    def deliver_webhooks(self) -> list[Delivery]:
        """Deliver, now and in this thread, the events of jobs that ended failed since the
        last pass (signed, to each active webhook registered for the trigger)."""
        with self.state.lock:
            due = self.state.webhooks.due(list(self.state.jobs.values()), self.clock.now())
        sent = [send(delivery) for delivery in due]
        with self._lock:
            self.webhook_deliveries.extend(sent)
        return sent

    # -- records ---------------------------------------------------------------------------

    def requests(self, route: str | None = None) -> list[RequestRecord]:
        with self._lock:
            return [r for r in self.records if route is None or r.route == route]

    def batch_requests(self) -> list[RequestRecord]:
        return [r for r in self.requests() if r.route in BATCH_ROUTES]

    def accepted_charges(self) -> list[AcceptedCharge]:
        with self.state.lock:
            return list(self.state.accepted)

    def jobs(self) -> list[Job]:
        with self.state.lock:
            return list(self.state.jobs.values())

    def job_status(self, job_id: str) -> str:
        with self.state.lock:
            return self.state.job(job_id).status(self.clock.now())

    def synced_charges(self) -> list[dict[str, Any]]:
        with self.state.lock:
            return self.state.synced_charges(self.clock.now())

    @property
    def mixed_location_batches_seen(self) -> int:
        """Rent Manager batches refused because their charges span several locations."""
        return self.state.mixed_scope_batches["RENTMANAGER"]

    @property
    def mixed_property_batches_seen(self) -> int:
        """ResMan batches refused because their charges span several properties."""
        return self.state.mixed_scope_batches["RESMAN"]

    @property
    def unresolved_location_batches_seen(self) -> int:
        """Rent Manager batches refused because a resident has no location or several."""
        return self.state.unresolved_scope_batches

    @property
    def rate_limited_count(self) -> int:
        """429s from the rate limiter (scripted 429 faults are in `too_many_requests_count`)."""
        return self.limiter.rejected

    @property
    def too_many_requests_count(self) -> int:
        """Every 429 answered: the rate limiter's and scripted ones."""
        return self.status_counts[429]

    def dump(self) -> dict[str, Any]:
        now = self.clock.now()
        with self.state.lock:
            data = self.state.to_json()
            data["job_status"] = {j.id: j.status(now) for j in self.state.jobs.values()}
        data["requests"] = [r.to_json() for r in self.requests()]
        data["counters"] = {
            "batch_requests": len(self.batch_requests()),
            "status_counts": {str(k): v for k, v in self.status_counts.items()},
            "rate_limited": self.limiter.rejected,
            "throttled": self.limiter.throttled,
            "mixed_location_batches": self.mixed_location_batches_seen,
            "mixed_property_batches": self.mixed_property_batches_seen,
            "unresolved_location_batches": self.unresolved_location_batches_seen,
            "schema_violations": len(self.schema_violations),
            "internal_errors": len(self.internal_errors),
        }
        return data

    def dump_to(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.dump(), indent=1), encoding="utf-8")

    # -- serving ---------------------------------------------------------------------------

    def _serve(self, h: _Handler) -> None:
        url = urlsplit(h.path)
        path, query = url.path, parse_qs(url.query, keep_blank_values=True)
        raw = _read_body(h)
        if raw is None:  # a client killed mid-upload: nothing to answer, nothing accepted
            h.close_connection = True
            return
        try:
            body = json.loads(raw) if raw.strip() else None
            bad_json = None
        except ValueError as exc:
            body, bad_json = raw.decode("utf-8", "replace"), str(exc)
        if path.startswith("/_fake/"):
            status, answer = control.handle(self, h.command, path, body)
            self._send(h, status, answer, {})
            return
        headers = {k: v for k, v in h.headers.items() if k.lower() != "authorization"}
        record = RequestRecord(h.command, path, query, body, self.clock.now(), headers)
        with self._lock:
            self.records.append(record)
        ex = _Exchange(h, record)
        try:
            self._serve_v1(ex, query, body, bad_json)
        except ApiError as err:
            self._answer(ex, err.status, err.body())
        except Exception as exc:  # a bug in the fake or a hook: answer 500 and keep it for asserts
            traceback.print_exc()
            self.internal_errors.append(f"{record.method} {record.path}: {exc!r}")
            self._answer(ex, 500, ApiError(500, "FAKE_INTERNAL_ERROR", repr(exc)).body())

    def _serve_v1(
        self, ex: _Exchange, query: dict[str, list[str]], body: Any, bad_json: str | None
    ) -> None:
        route, path_params, handler = self._admit(ex)
        record = ex.record
        fault = self._take_fault(ex, query, body)
        if fault is not None and fault.kind in _INSTEAD:  # answered without processing
            return _INSTEAD[fault.kind](self, ex, fault)
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.seconds)
        if bad_json is not None:
            raise ApiError(400, "INVALID_JSON", f"request body is not JSON: {bad_json}")
        shuffle = fault is not None and fault.kind == "shuffle"
        if shuffle:
            query = {**query, "offset": ["0"]}
        reply = self._call(handler, route, record.method, path_params, query, body)
        if shuffle:
            self._shuffle(reply)
        if reply.job is not None:
            record.job_id = reply.job.id
            if self.accept_hooks.run(reply.job):
                record.fault = "on_accept"
                return self._drop(ex)
        if fault is not None and fault.kind == "drop_after":
            return self._drop(ex)
        self._answer(ex, reply.status, reply.body)

    def _admit(self, ex: _Exchange) -> tuple[str, dict[str, str], Handler]:
        """The route of a /v1/ request that passed the token check and the rate limiter (which
        set the answer's headers); unknown routes get 404 after both."""
        h, record = ex.handler, ex.record
        if not record.path.startswith("/v1/"):
            raise ApiError(404, "NOT_FOUND", f"no route {record.method} {record.path}")
        found = find_route(record.method, record.path) or self.reads.find(
            record.method, record.path
        )
        record.route = found[0] if found else None
        if h.headers.get("Authorization") != f"Bearer {self.token}":
            ex.headers = self.limiter.peek().headers()
            raise ApiError(401, "UNAUTHORIZED", "missing or invalid bearer token")
        decision: Decision = self.limiter.acquire()
        ex.headers = decision.headers()
        if not decision.allowed:
            raise ApiError(
                429, "RATE_LIMITED", "rate limit exceeded; retry after the window resets"
            )
        self.clock.sleep(decision.delay)
        if found is None:
            raise ApiError(404, "NOT_FOUND", f"no route {record.method} {record.path}")
        return found

    def _take_fault(self, ex: _Exchange, query: dict[str, list[str]], body: Any) -> Fault | None:
        """The scripted fault for this request, if any, recorded; its headers join the answer's."""
        record = ex.record
        fault = self.faults.take(RequestInfo(record.method, record.path, query, body))
        record.fault = fault.label if fault else None
        if fault is not None:
            ex.headers.update(fault.headers or {})
            ex.cut = fault.kind == "cut_body"
        return fault

    # -- faults answered instead of the request (`_INSTEAD`) -------------------------------

    def _answer_huge(self, ex: _Exchange, fault: Fault) -> None:
        ex.record.status = fault.status
        self._send_huge(ex.handler, fault.status, fault.size, fault.length, ex.headers)

    def _drop_unprocessed(self, ex: _Exchange, fault: Fault) -> None:
        self._drop(ex)

    def _answer_status(self, ex: _Exchange, fault: Fault) -> None:
        if fault.retry_after is not None:
            ex.headers["Retry-After"] = str(fault.retry_after)
        code = ERROR_CODES.get(fault.status, "INJECTED_FAULT")
        raise ApiError(fault.status, code, f"injected fault: HTTP {fault.status}")

    def _answer_scripted(self, ex: _Exchange, fault: Fault) -> None:
        """The scripted reply as is: neither processed nor validated."""
        ex.record.status = fault.status
        with self._lock:
            self.status_counts[fault.status] += 1
        self._send(ex.handler, fault.status, (fault.text or "").encode(), ex.headers)

    def _shuffle(self, reply: Reply) -> None:
        """The page's items in an order seeded by the request's number."""
        if isinstance(reply.body, dict):
            with self._lock:
                seed = len(self.records)
            random.Random(seed).shuffle(reply.body.get("results") or [])

    def _call(
        self,
        handler: Handler,
        route: str,
        method: str,
        path_params: dict[str, str],
        query: dict[str, list[str]],
        body: Any,
    ) -> Reply:
        params, problems = self.spec.parse_query(route, method, query)
        if problems:
            raise ApiError(400, "INVALID_QUERY", problems[0], {"errors": problems})
        with self.state.lock:
            call = Call(
                self.state,
                self.spec,
                self.clock.now(),
                method,
                route,
                path_params,
                params,
                body,
                self.unknown_job_status,
            )
            reply: Reply = handler(call)
            return reply

    def _answer(self, ex: _Exchange, status: int, body: Any) -> None:
        record = ex.record
        if self.validate_responses:
            ref = (
                self.spec.response_ref(record.route, record.method, status)
                if record.route
                else ERROR_REF
            )
            problems = self.spec.errors(ref, body)
            self.validated.add((record.method, record.route or "", status))
            if problems:
                self.schema_violations.append(
                    {
                        "method": record.method,
                        "path": record.path,
                        "status": status,
                        "errors": problems,
                    }
                )
                status, body = 500, ApiError(500, "FAKE_SCHEMA_VIOLATION", problems[0]).body()
        record.status = status
        with self._lock:
            self.status_counts[status] += 1
        self._send(ex.handler, status, body, ex.headers, cut=ex.cut)

    @staticmethod
    def _send(
        h: _Handler, status: int, body: Any, headers: dict[str, str], *, cut: bool = False
    ) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                h.send_header(name, value)
            h.end_headers()
            if cut:  # half the body, then the connection ends
                h.wfile.write(data[: len(data) // 2])
                h.wfile.flush()
                h.close_connection = True
                h.connection.shutdown(socket.SHUT_RDWR)
                return
            h.wfile.write(data)
        except OSError:  # the client went away (or was killed)
            h.close_connection = True

    @staticmethod
    def _send_huge(
        h: _Handler, status: int, size: int, length: bool, headers: dict[str, str]
    ) -> None:
        """`size` bytes of body, written in blocks, never held in memory at once."""
        block = b" " * 65536
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            if length:
                h.send_header("Content-Length", str(size))
            else:
                h.send_header("Connection", "close")
            for name, value in headers.items():
                h.send_header(name, value)
            h.end_headers()
            left = size
            while left > 0:
                h.wfile.write(block[: min(left, len(block))])
                left -= len(block)
        except OSError:  # the client stopped reading, as it should
            pass
        h.close_connection = True

    @staticmethod
    def _drop(ex: _Exchange) -> None:
        ex.handler.close_connection = True
        with contextlib.suppress(OSError):
            ex.handler.connection.shutdown(socket.SHUT_RDWR)


#: Faults answered instead of processing the request, by kind.
_INSTEAD: dict[str, Callable[[FakePropexo, _Exchange, Fault], None]] = {
    "huge": FakePropexo._answer_huge,
    "drop_before": FakePropexo._drop_unprocessed,
    "status": FakePropexo._answer_status,
    "reply": FakePropexo._answer_scripted,
}
