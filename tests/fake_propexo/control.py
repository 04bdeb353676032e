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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .faults import Fault
from .jobs import Outcome, RandomOutcomes
from .state import ApiError

if TYPE_CHECKING:
    from .server import FakePropexo


def _jobs(fake: FakePropexo, body: dict[str, Any]) -> None:
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


def _faults(fake: FakePropexo, body: dict[str, Any] | list[dict[str, Any]]) -> None:
    if isinstance(body, dict) and body.get("clear"):
        fake.faults.clear()
        return
    for rule in body if isinstance(body, list) else [body]:
        fake.inject(
            Fault.from_json(rule["fault"]), rule.get("route", "*"), times=rule.get("times", 1)
        )


def _on_accept(fake: FakePropexo, body: dict[str, Any]) -> None:
    if body.get("clear"):
        fake.accept_hooks.clear()
        return
    fake.kill_on_accept(
        int(body["kill_pid"]), int(body.get("signal", signal.SIGKILL)), body.get("times", 1)
    )


def _rate_limit(fake: FakePropexo, body: dict[str, Any]) -> None:
    keys = ("limit", "window", "throttle_at", "throttle_delay")
    fake.limiter.configure(**{k: body[k] for k in keys if k in body})
    if body.get("reset"):
        fake.limiter.reset()


def handle(fake: FakePropexo, method: str, path: str, body: Any) -> tuple[int, Any]:
    try:
        if method == "GET" and path == "/_fake/state":
            return 200, fake.dump()
        if method != "POST" or not isinstance(body, (dict, list)):
            raise ApiError(400, "BAD_CONTROL_REQUEST", "expected POST with a JSON object")
        if path == "/_fake/dump":
            fake.dump_to(Path(body["path"]))  # type: ignore[call-overload]
        elif path == "/_fake/seed":
            with fake.state.lock:
                fake.state.load_json(body)  # type: ignore[arg-type]
        elif path == "/_fake/faults":
            _faults(fake, body)
        elif path == "/_fake/jobs":
            _jobs(fake, body)  # type: ignore[arg-type]
        elif path == "/_fake/on-accept":
            _on_accept(fake, body)  # type: ignore[arg-type]
        elif path == "/_fake/rate-limit":
            _rate_limit(fake, body)  # type: ignore[arg-type]
        else:
            raise ApiError(404, "NOT_FOUND", f"no control endpoint {method} {path}")
    except ApiError as err:
        return err.status, err.body()
    except (KeyError, TypeError, ValueError) as exc:
        return 400, ApiError(400, "BAD_CONTROL_REQUEST", repr(exc)).body()
    return 200, {"ok": True}
