"""Every exception of the library, in one family under `PropexoError`; none of them ever holds
the bearer token, and each one pickles (`PropexoError.__reduce__`).

The base class, the status errors, `APIConnectionError`, `ResponseValidationError` and
`ConfigurationError` come from the generated package (`propexo_client.errors`), so that the
generated operations and the overlay raise one hierarchy; the rest is declared here (the charge
input's `InvalidChargesError` beside `ChargeProblem`, the signal's `Interrupted` beside its
handler). A failure of any request, a lookup's or a job's included, is one of the request
errors; the old names of the classes folded into them stay importable here as aliases.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from propexo_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
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
    "JobConnectionError",
    "JobError",
    "JobRequestError",
    "JobServerError",
    "JobTimeoutError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "MalformedStatusError",
    "NotFoundError",
    "NotRetryableError",
    "PermissionDeniedError",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "SignatureVerificationError",
    "UnknownJobError",
    "UnprocessableEntityError",
    "api_error",
    "error_message",
    "for_job",
    "is_transient",
    "job_of",
]

#: The overlay's name for `APIStatusError` (the API answered with an error status), kept so that
#: `except ApiError` goes on catching every status error, the generated operations' included.
ApiError = APIStatusError


class ClientClosedError(PropexoError, RuntimeError):
    """The client, or the client a view was made from, is closed: nothing was sent."""


def api_error(operation: str, response: Response[Any]) -> APIStatusError:
    """The `APIStatusError` subclass for an error `response` (of `sync_detailed`) to `operation`."""
    status = int(response.status_code)
    return status_error_class(status)(operation, status, error_message(response))


#: The old names of the job errors, folded into the errors every request raises: a job's
#: status request answered 404 is a `NotFoundError` (Propexo answers an unknown job 400: a
#: `BadRequestError`; `UnknownJobError` covered every 4xx, so it names their base), a 5xx an
#: `InternalServerError` (`is_transient` tells what is worth trying again), no answer an
#: `APIConnectionError`, an answer this client cannot read a `ResponseValidationError`. Each
#: carries the job's id (`job_of`); its message starts `job <id>: `. `JobError` is
#: `PropexoError`.
JobError = PropexoError
JobRequestError = APIStatusError
UnknownJobError = APIStatusError
JobServerError = InternalServerError
JobConnectionError = APIConnectionError
MalformedStatusError = ResponseValidationError

_E = TypeVar("_E", bound=BaseException)


def for_job(error: _E, job_id: str) -> _E:
    """`error`, marked as the end of a request about the write job `job_id`."""
    error.__dict__["job_id"] = job_id
    return error


def job_of(error: BaseException) -> str | None:
    """The write job an error of the job trackers is about (None for any other error)."""
    found = error.__dict__.get("job_id")
    return found if isinstance(found, str) else None


def is_transient(error: BaseException) -> bool:
    """Whether trying again later may succeed: no answer at all, or the API kept failing
    (a 5xx, or 429 past every retry)."""
    if isinstance(error, APIStatusError):
        return error.status_code == 429 or error.status_code >= 500
    return isinstance(error, APIConnectionError)


class NotRetryableError(PropexoError):
    """Only a write that ended in FAILURE can be retried; nothing was sent."""

    def __init__(self, job_id: str, write_status: str) -> None:
        self.job_id = job_id
        self.write_status = write_status
        self.message: str = f"is {write_status}: only a FAILURE can be retried (no retry was sent)"
        super().__init__(f"job {job_id}: {self.message}")


class JobTimeoutError(PropexoError, TimeoutError):
    """The job was still PENDING when the wait ran out. `last` is the last status seen (None
    when no poll got an answer); `chain` is the retry chain when one was being followed."""

    def __init__(
        self, job_id: str, timeout: float, last: JobStatus | None, chain: JobChain | None = None
    ) -> None:
        self.job_id = job_id
        self.timeout = timeout
        self.last = last
        self.chain = chain
        polls = 0 if last is None else last.polls
        self.message: str = f"still PENDING after {timeout:g} s ({polls} polls)"
        super().__init__(f"job {job_id}: {self.message}")


class JournalError(PropexoError):
    """A journal cannot be used as asked; `path` is the journal file. `damaged` is True when
    the file is not a whole, consistent journal (truncated, damaged, or something else):
    never answered with a fresh start, which would send accepted chunks again. A step the
    journal refuses (sending a chunk that was already accepted) is a JournalError too."""

    def __init__(self, path: str | Path, message: str, *, damaged: bool = False) -> None:
        self.path: Path = Path(path)
        self.message = message
        self.damaged = damaged
        super().__init__(f"journal {self.path}: {message}")


class JournalLockedError(JournalError):
    """Another process holds the journal: two processes never send from one journal."""


class JournalMismatchError(JournalError, ValueError):
    """The journal belongs to another input, plan, integration or API: it is not resumed."""


class SignatureVerificationError(PropexoError):
    """A webhook delivery's `propexo-signature` is missing, malformed or does not match its
    body under the webhook's secret: the body is not from Propexo (or was altered) and must
    not be acted on. Answer 4xx. Holds neither the secret nor the body. (A correctly signed
    body that is no JSON object is a `ResponseValidationError`, a `ValueError` as Stripe's
    `construct_event` raises.)"""


def error_message(response: Response[Any]) -> str:
    """The API's error message (errorResponse `error.message`, a proxy's top-level `message`)
    or an excerpt of the body, as safe one-line text: the generated errors' extraction and
    cleaning (`propexo_client.text.error_message`), never raw server text."""
    content = response.content
    return _message_of(decode_json(content), content) or response.status_code.phrase
