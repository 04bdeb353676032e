"""The exceptions the overlay raises; none of them ever holds the bearer token.

The base class and the API errors come from the generated package (`propexo_client.errors`), so
that the generated operations and the overlay raise one hierarchy under `PropexoError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from propexo_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PermissionDeniedError,
    PropexoError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    status_error_class,
)
from propexo_client.text import decode_json
from propexo_client.text import error_message as _message_of
from propexo_client.types import Response

if TYPE_CHECKING:
    from .jobs import JobChain, JobStatus

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "JobConnectionError",
    "JobError",
    "JobRequestError",
    "JobServerError",
    "JobTimeoutError",
    "MalformedStatusError",
    "NotFoundError",
    "NotRetryableError",
    "PermissionDeniedError",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "UnknownJobError",
    "UnprocessableEntityError",
    "api_error",
    "error_message",
]

#: The overlay's name for `APIStatusError` (the API answered with an error status), kept so that
#: `except ApiError` goes on catching every status error, the generated operations' included.
ApiError = APIStatusError


class ConfigurationError(PropexoError, ValueError):
    """A client setting is unusable (a plain-http URL to a remote host, a bad limit, ...)."""


class ClientClosedError(PropexoError, RuntimeError):
    """The client, or the client a view was made from, is closed: nothing was sent."""


def api_error(operation: str, response: Response[Any]) -> APIStatusError:
    """The `APIStatusError` subclass for an error `response` (of `sync_detailed`) to `operation`."""
    status = int(response.status_code)
    return status_error_class(status)(operation, status, error_message(response))


class JobError(PropexoError):
    """Tracking or retrying the write job `job_id` failed."""

    #: Whether polling again later may succeed (a 5xx answer or no answer at all).
    transient = False

    def __init__(self, job_id: str, message: str) -> None:
        self.job_id = job_id
        self.message = message
        super().__init__(f"job {job_id}: {message}")


class JobRequestError(JobError, ApiError):
    """The API answered a job's status or retry request with an error status."""

    def __init__(self, job_id: str, operation: str, status_code: int, message: str) -> None:
        self.job_id = job_id
        self.operation = operation
        self.status_code = status_code
        self.message = message
        Exception.__init__(self, f"job {job_id}: {operation}: HTTP {status_code}: {message}")


class UnknownJobError(JobRequestError):
    """The API does not know the job id (a 4xx answer to its write status)."""


class JobServerError(JobRequestError):
    """The API kept failing (5xx, or 429 past every retry): worth trying again later."""

    transient = True


class JobConnectionError(JobError):
    """No answer at all (connection refused, reset or timed out) after the client's retries."""

    transient = True


class MalformedStatusError(JobError):
    """The API answered 200, but not with a write status (`write_status`, `errors`,
    `created_record_id`) that this client can read."""


class NotRetryableError(JobError):
    """Only a write that ended in FAILURE can be retried; nothing was sent."""

    def __init__(self, job_id: str, write_status: str) -> None:
        self.write_status = write_status
        super().__init__(
            job_id, f"is {write_status}: only a FAILURE can be retried (no retry was sent)"
        )


class JobTimeoutError(JobError, TimeoutError):
    """The job was still PENDING when the wait ran out. `last` is the last status seen (None
    when no poll got an answer); `chain` is the retry chain when one was being followed."""

    def __init__(
        self, job_id: str, timeout: float, last: JobStatus | None, chain: JobChain | None = None
    ) -> None:
        self.timeout = timeout
        self.last = last
        self.chain = chain
        polls = 0 if last is None else last.polls
        super().__init__(job_id, f"still PENDING after {timeout:g} s ({polls} polls)")


def error_message(response: Response[Any]) -> str:
    """The API's error message (errorResponse `error.message`, a proxy's top-level `message`)
    or an excerpt of the body, as safe one-line text: the generated errors' extraction and
    cleaning (`propexo_client.text.error_message`), never raw server text."""
    content = response.content
    return _message_of(decode_json(content), content) or response.status_code.phrase
