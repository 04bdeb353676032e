"""Webhooks in the fake: registration (`POST`/`GET /v1/webhooks/`) and signed deliveries of
write-job failures, to registered URLs on this machine only.

Propexo signs each delivery with `propexo-signature`, the lowercase hex HMAC-SHA256 of the body
under the webhook's secret, and sends the registration's `headers` with it (FACTS.md,
"Webhooks"). The payloads of JOB_FAILURE and WRITE_OPERATION_FAILURE are not documented; the
fake sends shapes of its own, one naming the job at the top level and one under `meta`, so that
tests see both places a client may look in:

    WRITE_OPERATION_FAILURE  {"job_id", "integration_id", "write_status", "errors"}
    JOB_FAILURE              {"meta": {"job_id", "integration_id"}, "status", "errors"}

A job is announced once, when a delivery pass (`FakePropexo.deliver_webhooks`, which a test
calls when it wants the deliveries made) first finds it ended in FAILURE or PARTIAL_SUCCESS.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._clock import iso
from ._models import Job

WRITE_OPERATION_FAILURE = "WRITE_OPERATION_FAILURE"
JOB_FAILURE = "JOB_FAILURE"
FAILED = ("FAILURE", "PARTIAL_SUCCESS")
LOOPBACK = ("127.0.0.1", "localhost")
DELIVERY_TIMEOUT = 10.0


@dataclass
class Webhook:
    id: str
    url: str
    triggers: list[str]
    secret: str
    active: bool
    headers: list[dict[str, str]]
    model: str | None
    created_at: float

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "active": self.active,
            "secret": self.secret,
            "system": "SANDBOX",
            "headers": self.headers,
            "triggers": [
                {"id": f"{self.id}-{t.lower()}", "trigger": t, "model": self.model}
                for t in self.triggers
            ],
            "created_at": iso(self.created_at),
            "updated_at": iso(self.created_at),
        }


@dataclass
class Delivery:
    """One delivery attempt; `status` None when no answer came (or none was sent: `error`)."""

    webhook_id: str
    url: str
    trigger: str
    body: bytes
    headers: dict[str, str]
    status: int | None = None
    error: str | None = None


@dataclass
class Webhooks:
    """Registered webhooks and the jobs already announced; callers hold the state's lock."""

    registered: dict[str, Webhook] = field(default_factory=dict)
    announced: set[str] = field(default_factory=set)

    def register(self, body: dict[str, Any], now: float) -> Webhook:
        webhook = Webhook(
            id=f"wh-{len(self.registered) + 1:04d}",
            url=body["url"],
            triggers=list(body["triggers"]),
            secret=body.get("secret") or secrets.token_hex(16),
            active=bool(body.get("active", False)),
            headers=list(body.get("headers") or []),
            model=body.get("model"),
            created_at=now,
        )
        self.registered[webhook.id] = webhook
        return webhook

    def due(self, jobs: list[Job], now: float) -> list[Delivery]:
        """The deliveries of jobs newly found failed, each marked announced."""
        out: list[Delivery] = []
        for job in jobs:
            status = job.status(now)
            if status not in FAILED or job.id in self.announced:
                continue
            self.announced.add(job.id)
            errors = job.outcome.error_list(len(job.charges))
            payloads: dict[str, dict[str, Any]] = {
                WRITE_OPERATION_FAILURE: {
                    "job_id": job.id,
                    "integration_id": job.integration_id,
                    "write_status": status,
                    "errors": errors,
                },
                JOB_FAILURE: {
                    "meta": {"job_id": job.id, "integration_id": job.integration_id},
                    "status": status,
                    "errors": errors,
                },
            }
            for webhook in self.registered.values():
                for trigger, payload in payloads.items():
                    if webhook.active and trigger in webhook.triggers:
                        out.append(signed(webhook, trigger, payload))
        return out


def signature(body: bytes, secret: str) -> str:
    """`propexo-signature`: lowercase hex HMAC-SHA256 of the body under the secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed(webhook: Webhook, trigger: str, payload: dict[str, Any]) -> Delivery:
    body = json.dumps(payload).encode()
    headers = {h["header"]: h["value"] for h in webhook.headers}
    headers["Content-Type"] = "application/json"
    headers["propexo-signature"] = signature(body, webhook.secret)
    return Delivery(webhook.id, webhook.url, trigger, body, headers)


def send(delivery: Delivery) -> Delivery:
    """POST the delivery to its URL if that is on this machine (plain http); else refuse."""
    url = urlsplit(delivery.url)
    if url.scheme != "http" or url.hostname not in LOOPBACK:
        delivery.error = "not delivered: the fake delivers to http://127.0.0.1 only"
        return delivery
    conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=DELIVERY_TIMEOUT)
    try:
        conn.request("POST", url.path or "/", body=delivery.body, headers=delivery.headers)
        answer = conn.getresponse()
        answer.read()
        delivery.status = answer.status
    except OSError as exc:
        delivery.error = f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
    return delivery
