"""The errors of webhook verification, named as Stripe's SDK names them (declared in
`propexo._errors` with the others).

`WebhookPayloadError` is the old name of the error for a correctly signed body that is no JSON
object or is too large to read: a `ResponseValidationError` (Propexo sent something this
client refuses), also a `ValueError` as Stripe's `construct_event` raises.
"""

from __future__ import annotations

from .._errors import ResponseValidationError, SignatureVerificationError

#: The old name of the `ResponseValidationError` for an unreadable webhook body.
WebhookPayloadError = ResponseValidationError

__all__ = ["SignatureVerificationError"]
