"""`WebhookReceiver`: verify, parse and route deliveries, in any web framework.

`handle(body, headers)` takes the raw body and the request headers and answers the status and
body to send back; the framework glue is those two lines (`examples/webhook_receiver.py` serves
it with the standard library's wsgiref). Handlers are registered per trigger with `on`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._errors import ResponseValidationError, SignatureVerificationError
from ._dedupe import RecentDeliveries
from ._events import AnyEvent
from ._verify import MAX_PAYLOAD_SIZE, SIGNATURE_HEADER, check_secret, construct_event

#: The header the receiver reads the trigger from by default. Propexo documents no trigger
#: header: register one webhook per trigger with `headers=[{"header": "x-propexo-trigger",
#: "value": TRIGGER}]`, which Propexo sends with each delivery. Without it the trigger is
#: inferred from the payload's shape, which cannot recognize JOB_FAILURE or
#: WRITE_OPERATION_FAILURE (their payloads are undocumented).
TRIGGER_HEADER = "x-propexo-trigger"
#: Routes every trigger that has no handler of its own (`UnknownEvent`s included).
ANY_TRIGGER = "*"

Handler = Callable[[AnyEvent], object]
H = TypeVar("H", bound=Handler)
_log = logging.getLogger(__name__)
_TRIGGER_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


def _answer(status: int, **fields: Any) -> tuple[int, bytes]:
    return status, json.dumps(fields).encode()


class WebhookReceiver:
    """Verifies each delivery with `secret`, then runs the handler of its trigger.

    Answers (status, JSON body): 200 when handled, when no handler wants the trigger, and for
    a repeat that `deliveries` skipped; 401 for a missing or wrong signature and 400 for a
    signed body that is not a JSON object (no handler runs); 413 for a body over
    `MAX_PAYLOAD_SIZE`; 500 when the handler raised (so that Propexo may deliver it again).

    `deliveries` (optional) skips bodies handled lately: idempotency help, not replay
    protection (see `RecentDeliveries`).
    """

    def __init__(
        self,
        secret: str,
        handlers: Mapping[str, Handler] | None = None,
        *,
        trigger_header: str | None = TRIGGER_HEADER,
        deliveries: RecentDeliveries | None = None,
    ) -> None:
        check_secret(secret)
        self._secret = secret
        self.trigger_header: str | None = trigger_header.lower() if trigger_header else None
        self.deliveries: RecentDeliveries | None = deliveries
        self._handlers: dict[str, Handler] = {}
        for trigger, handler in (handlers or {}).items():
            self.on(trigger)(handler)

    def on(self, *triggers: str) -> Callable[[H], H]:
        """Decorator: run the function for deliveries of these triggers (`"*"`: any other)."""
        if not triggers:
            raise TypeError("on() needs at least one trigger name, such as 'DATA_NEW'")
        for trigger in triggers:
            if not isinstance(trigger, str) or not (
                trigger == ANY_TRIGGER or _TRIGGER_NAME.fullmatch(trigger)
            ):
                raise ValueError(f"not a trigger name: {trigger!r} (such as 'DATA_NEW', or '*')")

        def register(handler: H) -> H:
            for trigger in triggers:
                self._handlers[trigger] = handler
            return handler

        return register

    def handle(self, body: bytes, headers: Mapping[str, str]) -> tuple[int, bytes]:
        """The answer to one delivery: its raw `body` and its request `headers` (any case)."""
        lower = {name.lower(): value for name, value in headers.items()}
        if len(body) > MAX_PAYLOAD_SIZE:
            _log.warning("webhook delivery refused: %d bytes, over the limit", len(body))
            return _answer(413, error="payload too large")
        trigger = lower.get(self.trigger_header) if self.trigger_header else None
        signature = lower.get(SIGNATURE_HEADER)
        try:
            event = construct_event(body, signature, self._secret, trigger=trigger)
        except SignatureVerificationError as error:
            _log.warning("webhook delivery refused: %s", error)
            return _answer(401, error="signature verification failed")
        except ResponseValidationError as error:
            _log.warning("webhook delivery refused: %s", error)
            return _answer(400, error="payload is not a JSON object")
        handler = self._handlers.get(event.trigger or "") or self._handlers.get(ANY_TRIGGER)
        if handler is None:
            _log.info("webhook %s: no handler", event.trigger)
            return _answer(200, received=True, handled=False)
        # One body may come for two triggers (two webhooks): the trigger is part of the key.
        key = (event.trigger or "").encode() + b"\0" + body
        if self.deliveries is not None and not self.deliveries.claim(key):
            _log.info("webhook %s: body handled already; skipped", event.trigger)
            return _answer(200, received=True, duplicate=True)
        try:
            handler(event)
        except Exception:
            if self.deliveries is not None:
                self.deliveries.release(key)
            _log.exception("webhook %s: the handler failed", event.trigger)
            return _answer(500, error="handler failed")
        return _answer(200, received=True, handled=True)

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(secret=***, triggers={sorted(self._handlers)!r}, "
            f"trigger_header={self.trigger_header!r})"
        )
