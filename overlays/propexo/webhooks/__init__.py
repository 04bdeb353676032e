"""Propexo webhooks, as Stripe's SDK has them: `construct_event` verifies a delivery's
`propexo-signature` (HMAC-SHA256 of the raw body under the webhook's secret) and returns a
typed event, or raises `SignatureVerificationError`; `WebhookReceiver` does that and routes
events to handlers in any web framework. A `JobFailure` or `WriteOperationFailure` can end a
`JobTracker` wait at once (`JobTracker.notify`).

Propexo signs no timestamp: a verified body may be a replay. `RecentDeliveries` skips repeats
seen lately (idempotency help, not replay protection).
"""

from ._dedupe import RecentDeliveries
from ._errors import SignatureVerificationError
from ._errors import WebhookPayloadError as WebhookPayloadError
from ._events import (
    DATA_NEW,
    DATA_UPDATE,
    FIRST_SYNC_COMPLETE,
    JOB_FAILURE,
    SYNC_COMPLETE,
    WRITE_OPERATION_FAILURE,
    AnyEvent,
    DataNew,
    DataUpdate,
    Event,
    FirstSyncComplete,
    JobFailure,
    SyncComplete,
    UnknownEvent,
    WriteOperationFailure,
)
from ._receiver import ANY_TRIGGER, TRIGGER_HEADER, WebhookReceiver
from ._verify import (
    MAX_PAYLOAD_SIZE,
    MIN_SECRET_LENGTH,
    SIGNATURE_HEADER,
    compute_signature,
    construct_event,
)

__all__ = [
    "ANY_TRIGGER",
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "MAX_PAYLOAD_SIZE",
    "MIN_SECRET_LENGTH",
    "SIGNATURE_HEADER",
    "SYNC_COMPLETE",
    "TRIGGER_HEADER",
    "WRITE_OPERATION_FAILURE",
    "AnyEvent",
    "DataNew",
    "DataUpdate",
    "Event",
    "FirstSyncComplete",
    "JobFailure",
    "RecentDeliveries",
    "SignatureVerificationError",
    "SyncComplete",
    "UnknownEvent",
    "WebhookReceiver",
    "WriteOperationFailure",
    "compute_signature",
    "construct_event",
]
