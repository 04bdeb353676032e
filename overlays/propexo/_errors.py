"""The exceptions the overlay raises; none of them ever holds the bearer token."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from propexo_client.types import Response

from ._sanitize import clean_text

if TYPE_CHECKING:
    from .jobs._model import JobChain, JobStatus


class PropexoError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigurationError(PropexoError, ValueError):
    """A client setting is unusable (a plain-http URL to a remote host, a bad limit, ...)."""


class ApiError(PropexoError):
    """The API answered a read (lookup) request with an error status."""

    def __init__(self, operation: str, status_code: int, message: str) -> None:
        self.operation = operation
        self.status_code = status_code
        self.message = message
        super().__init__(f"{operation}: HTTP {status_code}: {message}")


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
    """The API's error message (errorResponse `error.message`) or an excerpt of the body, as
    safe one-line text (see `clean_text`): never raw server text."""
    try:
        data = json.loads(response.content)
        return clean_text(str(data["error"]["message"])) or response.status_code.phrase
    except (ValueError, KeyError, TypeError, RecursionError):
        text = clean_text(response.content[:4096].decode("utf-8", "replace"), limit=200)
        return text or response.status_code.phrase
