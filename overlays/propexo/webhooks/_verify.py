"""`construct_event`: verify a delivery's signature, then parse it into a typed event.

Propexo signs each delivery with `propexo-signature`: the lowercase hex HMAC-SHA256 of the raw
request body, keyed with the webhook's secret. Nothing else is signed (no timestamp, no
nonce), so a verified body proves who wrote it, not when: see `RecentDeliveries` for what can
be done about a body delivered twice. As in Stripe's `Webhook.construct_event`, the signature
is checked before the body is parsed, and no unverified event is ever returned.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from .._errors import ConfigurationError, ResponseValidationError, SignatureVerificationError
from ._events import AnyEvent, make_event

#: The header that carries the signature (HTTP header names are case-insensitive).
SIGNATURE_HEADER = "propexo-signature"
#: Bodies larger than this are refused unread: a delivery is one JSON object, and a DATA_UPDATE
#: diff of one record is far smaller.
MAX_PAYLOAD_SIZE = 1024 * 1024
#: Propexo refuses shorter secrets (`secret` minLength 10 when a webhook is created).
MIN_SECRET_LENGTH = 10
_HEX_DIGITS = frozenset("0123456789abcdef")


def check_secret(secret: object) -> bytes:
    if not isinstance(secret, str):
        raise TypeError(f"the webhook secret must be a str, got {type(secret).__name__}")
    if len(secret) < MIN_SECRET_LENGTH:
        raise ConfigurationError(
            f"the webhook secret must be at least {MIN_SECRET_LENGTH} characters"
            f" (got {len(secret)}): use the secret shown for the webhook in GET /v1/webhooks/"
        )
    return secret.encode("utf-8")


def _check_payload(payload: object) -> bytes:
    if isinstance(payload, str):
        raise TypeError(
            "payload must be the raw request body as bytes, not str: the signature covers the"
            " exact bytes received, which a decoded and re-encoded text may not reproduce"
        )
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError(f"payload must be bytes, got {type(payload).__name__}")
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise ResponseValidationError(
            f"the body is {len(payload)} bytes, over the {MAX_PAYLOAD_SIZE}-byte limit"
        )
    return bytes(payload)


def compute_signature(payload: bytes, secret: str) -> str:
    """The `propexo-signature` Propexo sends for `payload` under `secret` (lowercase hex)."""
    return hmac.new(check_secret(secret), _check_payload(payload), hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, signature: str | None, secret: str) -> None:
    """Raise `SignatureVerificationError` unless `signature` is the body's signature under
    `secret`. The comparison takes the same time wherever the digests differ."""
    key, body = check_secret(secret), _check_payload(payload)
    if signature is None or not signature.strip():
        raise SignatureVerificationError(f"no {SIGNATURE_HEADER} header: the delivery is unsigned")
    given = signature.strip().lower()
    if len(given) != 64 or not set(given) <= _HEX_DIGITS:
        raise SignatureVerificationError(
            f"the {SIGNATURE_HEADER} header is not a hex HMAC-SHA256 (64 hex digits)"
        )
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), given.encode("ascii")):
        raise SignatureVerificationError(
            f"the {SIGNATURE_HEADER} header does not match the body under this secret:"
            " not from Propexo, altered on the way, or signed with another webhook's secret"
        )


def parse_payload(payload: bytes) -> Mapping[str, Any]:
    """The body as a JSON object; anything else is a `ResponseValidationError`."""
    body = _check_payload(payload)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:  # RecursionError: nesting too deep
        reason = "nested too deep" if isinstance(error, RecursionError) else str(error)[:200]
        raise ResponseValidationError(f"the body is not JSON: {reason}") from None
    if not isinstance(data, dict):
        raise ResponseValidationError(f"the body is JSON {type(data).__name__}, not an object")
    return data


def construct_event(
    payload: bytes, signature: str | None, secret: str, *, trigger: str | None = None
) -> AnyEvent:
    """Verify a delivery and return its typed event.

    `payload` is the raw request body (bytes, never a decoded str), `signature` the
    `propexo-signature` header (None when absent), `secret` the webhook's secret. `trigger`
    is the delivery's trigger when you know it (a URL registered for one trigger, or a header
    you registered); None infers it from the payload's shape (`propexo.webhooks._events`).

    Raises `SignatureVerificationError` for a missing, malformed or wrong signature (nothing
    is parsed), `ResponseValidationError` for a verified body that is not a JSON object or is
    larger than `MAX_PAYLOAD_SIZE`, `TypeError` for a str payload, and `ConfigurationError`
    for a secret shorter than `MIN_SECRET_LENGTH`.
    """
    body = _check_payload(payload)
    verify_signature(body, signature, secret)
    return make_event(parse_payload(body), body, trigger)
