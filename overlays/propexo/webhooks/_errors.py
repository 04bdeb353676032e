"""The errors of webhook verification, named as Stripe's SDK names them."""

from __future__ import annotations

from .._errors import PropexoError


class SignatureVerificationError(PropexoError):
    """A delivery's `propexo-signature` is missing, malformed or does not match its body
    under the webhook's secret: the body is not from Propexo (or was altered) and must not
    be acted on. Answer 4xx. Holds neither the secret nor the body."""


class WebhookPayloadError(PropexoError, ValueError):
    """A correctly signed body that is no JSON object, or too large to read; also a
    `ValueError`, as Stripe's `construct_event` raises for an unreadable payload."""
