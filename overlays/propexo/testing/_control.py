"""`/_fake/...` control endpoints, so another process can seed, script and inspect the fake.

GET  /_fake/state                      the recorded state (as `FakePropexo.dump()`)
POST /_fake/dump        {"path": p}    write that state to a JSON file
POST /_fake/seed        {...}          add entities / `generate` entries (see `State.load_json`)
POST /_fake/faults      {"fault": {"kind": "status", "status": 503}, "route": "POST /v1/*",
                         "times": 1} (or a list of such), or {"clear": true}
POST /_fake/jobs        {"default": outcome, "random": {"seed": 1, ...}, "queue": [outcome, ...],
                         "outcomes": {job_id: outcome}}
                         where outcome = {"status": "FAILURE", "delay": 0.5, "errors": [...]}
POST /_fake/on-accept   {"kill_pid": 123, "signal": 9, "times": 1}, or {"clear": true}
POST /_fake/rate-limit  {"limit": 20, "window": 1, "throttle_at": 0.8, "throttle_delay": 0.1,
                         "reset": true}
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._faults import Fault
from ._jobs import Outcome, RandomOutcomes
from ._state import ApiError

if TYPE_CHECKING:
    from ._server import FakePropexo


Body = Any  # parsed JSON, shape checked by use: KeyError/TypeError/ValueError answer 400


def _jobs(fake: FakePropexo, body: Body) -> None:
    if "default" in body:
        fake.set_job_policy(Outcome.from_json(body["default"] or {}))
    if "random" in body:
        options = dict(body["random"])
        if "delay" in options:
            options["delay"] = tuple(options["delay"])
        fake.set_job_policy(RandomOutcomes(**options))
    fake.queue_job_outcomes(*(Outcome.from_json(o) for o in body.get("queue", [])))
    for job_id, outcome in body.get("outcomes", {}).items():
        fake.set_job_outcome(job_id, Outcome.from_json(outcome))


def _faults(fake: FakePropexo, body: Body) -> None:
    if isinstance(body, dict) and body.get("clear"):
        fake.faults.clear()
        return
    for rule in body if isinstance(body, list) else [body]:
        fault = Fault.from_json(rule["fault"])
        fake.inject(fault, rule.get("route", "*"), times=rule.get("times", 1))


def _on_accept(fake: FakePropexo, body: Body) -> None:
    if body.get("clear"):
        fake.accept_hooks.clear()
        return
    sig = int(body.get("signal", signal.SIGKILL))
    fake.kill_on_accept(int(body["kill_pid"]), sig, body.get("times", 1))


def _rate_limit(fake: FakePropexo, body: Body) -> None:
    keys = ("limit", "window", "throttle_at", "throttle_delay")
    fake.limiter.configure(**{k: body[k] for k in keys if k in body})
    if body.get("reset"):
        fake.limiter.reset()


def _seed(fake: FakePropexo, body: Body) -> None:
    with fake.state.lock:
        fake.state.load_json(body)


ACTIONS: dict[str, Callable[[FakePropexo, Body], None]] = {
    "/_fake/dump": lambda fake, body: fake.dump_to(Path(body["path"])),
    "/_fake/seed": _seed,
    "/_fake/faults": _faults,
    "/_fake/jobs": _jobs,
    "/_fake/on-accept": _on_accept,
    "/_fake/rate-limit": _rate_limit,
}


def handle(fake: FakePropexo, method: str, path: str, body: Body) -> tuple[int, Any]:
    """Serve one control request: (status, JSON body)."""
    try:
        if method == "GET" and path == "/_fake/state":
            return 200, fake.dump()
        if path not in ACTIONS:
            raise ApiError(404, "NOT_FOUND", f"no control endpoint {method} {path}")
        if method != "POST" or not isinstance(body, (dict, list)):
            raise ApiError(400, "BAD_CONTROL_REQUEST", "expected POST with a JSON body")
        ACTIONS[path](fake, body)
    except ApiError as err:
        return err.status, err.body()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return 400, ApiError(400, "BAD_CONTROL_REQUEST", repr(exc)).body()
    return 200, {"ok": True}
