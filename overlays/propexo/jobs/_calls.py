"""The two job requests, through the generated operations; every failure is the error any
request raises (`APIStatusError` per status, `APIConnectionError`, `ResponseValidationError`),
its message starting `job <id>: ` and its job id kept (`propexo._errors.job_of`).

Both are flows (`propexo._flow`) whose `Call` goes through the client's `api`, so they share
the client's pacing, 429 handling and retries: a write-status GET is retried on 5xx and
dropped connections by the transport; a retry-write POST only when it certainly was not
processed (429, never connected); any 5xx, 503 included, may have queued it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import attrs
import httpx
from propexo_client.api.admin import get_write_status, retry_write
from propexo_client.errors import path_segment, status_error_class
from propexo_client.models.get_write_status_response import GetWriteStatusResponse
from propexo_client.models.retry_write_response import RetryWriteResponse
from propexo_client.types import Response

from .._effects import Call
from .._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseValidationError,
    error_message,
    for_job,
)
from .._flow import Flow
from .._retry import certainly_not_sent
from .._sanitize import clean_text
from ._model import WriteStatus

_log = logging.getLogger(__name__)

STATUS_OPERATION = "GET /v1/admin/write-status"
RETRY_OPERATION = "POST /v1/admin/retry-write"
#: What a generated operation raises when an answer does not fit its model.
_UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, httpx.DecodingError)


@attrs.frozen
class Answer:
    """What one write-status request said."""

    write_status: WriteStatus | str
    errors: tuple[str, ...]
    created_record_id: str | None


def check_job_id(job_id: object) -> str:
    """A job id as the API takes it; anything else is a clear error, before any request."""
    if not isinstance(job_id, str):
        raise TypeError(f"a job id must be a string, got {type(job_id).__name__}")
    if not job_id.strip() or job_id != job_id.strip():
        raise ValueError(f"a job id must be non-empty, without surrounding spaces: {job_id!r}")
    path_segment("job id", job_id)  # "." and ".." would name another path: refused
    if any(not c.isprintable() for c in job_id):
        raise ValueError(f"a job id must not contain control characters: {job_id!r}")
    return job_id


def _malformed(job_id: str, operation: str, detail: str) -> ResponseValidationError:
    return for_job(ResponseValidationError(detail, operation=f"job {job_id}: {operation}"), job_id)


def _unreadable(
    job_id: str, operation: str, error: BaseException, note: str = ""
) -> ResponseValidationError:
    if isinstance(error, ResponseValidationError):
        # The generated parser names a missing field or a value of the wrong type; other
        # failures carry their cause.
        if error.field is not None and error.detail != "required property missing":
            return _malformed(
                job_id, operation, f"unreadable answer ({error.field}: {error.detail}){note}"
            )
        if error.field is not None:
            error = KeyError(error.field)
        elif error.__cause__ is not None:
            error = error.__cause__
    if isinstance(error, KeyError):
        detail = f"no {error.args[0]!r} field"
    elif isinstance(error, json.JSONDecodeError):
        detail = "not JSON"
    else:
        detail = f"{type(error).__name__}: {error}"
    return _malformed(job_id, operation, f"unreadable answer ({detail}){note}")


def _no_answer(
    job_id: str, operation: str, error: httpx.TransportError, note: str = ""
) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return for_job(kind(f"job {job_id}: {operation}", error, note=note), job_id)


def _refused(
    job_id: str, operation: str, response: Response[Any], note: str = ""
) -> APIStatusError:
    status = int(response.status_code)
    message = error_message(response) + note
    if status in (401, 403):
        message += " (check the API token and its permissions)"
    error = status_error_class(status)(f"job {job_id}: {operation}", status, message)
    return for_job(error, job_id)


#: Most errors kept of one job's answer (a write of 100 charges has at most 100 to say).
MAX_JOB_ERRORS = 100


#: Longest write status kept as sent when the spec does not list it.
_MAX_STATUS_LENGTH = 60


def _write_status(value: object) -> WriteStatus | str | None:
    """The `WriteStatus` named, or a status the spec does not list as its cleaned text (the
    generated model keeps such a value as a string; a release may add one); None when the
    value is not a non-empty string."""
    if not isinstance(value, str):
        return None
    try:
        return WriteStatus(value)
    except ValueError:
        text = clean_text(value, limit=_MAX_STATUS_LENGTH)
        return text if text.strip() else None


def read_status(job_id: str, response: Response[Any]) -> Answer:
    """The write status in an answer, or the error that the answer means."""
    parsed = response.parsed
    if response.status_code != 200:
        raise _refused(job_id, STATUS_OPERATION, response)
    if not isinstance(parsed, GetWriteStatusResponse):
        raise _malformed(job_id, STATUS_OPERATION, "unreadable answer")
    errors = parsed.errors
    if not isinstance(errors, list) or not all(isinstance(e, str) for e in errors):
        raise _malformed(job_id, STATUS_OPERATION, "errors is not a list of strings")
    record = parsed.created_record_id
    if record is not None and not isinstance(record, str):
        raise _malformed(
            job_id,
            STATUS_OPERATION,
            f"created_record_id is {type(record).__name__}, not a string or null",
        )
    write_status = _write_status(parsed.write_status)
    if write_status is None:
        raise _malformed(
            job_id,
            STATUS_OPERATION,
            f"write_status {clean_text(repr(parsed.write_status), limit=60)} is not a status name",
        )
    # Server text, cleaned once here for every printer, file and journal that shows it.
    cleaned = tuple(clean_text(e) for e in errors[:MAX_JOB_ERRORS])
    return Answer(write_status, cleaned, None if record is None else clean_text(record))


def status_flow(job_id: str) -> Flow[Answer]:
    """One write-status request (a flow: see `propexo._flow`)."""
    try:
        response = yield Call(get_write_status, (job_id,))
    except httpx.TransportError as error:
        raise _no_answer(job_id, STATUS_OPERATION, error) from error
    except _UNREADABLE as error:
        raise _unreadable(job_id, STATUS_OPERATION, error) from error
    return read_status(job_id, response)


_MAYBE_QUEUED = (
    "; the retry may have been queued: check the write status and the write "
    "logs before retrying again"
)


def read_retry(job_id: str, response: Response[Any]) -> str:
    """The new job id in a retry-write answer, or the error that the answer means."""
    status = int(response.status_code)
    if status != 200:
        processed = status >= 500
        raise _refused(job_id, RETRY_OPERATION, response, _MAYBE_QUEUED if processed else "")
    parsed = response.parsed
    if (
        not isinstance(parsed, RetryWriteResponse)
        or not isinstance(parsed.job_id, str)
        or not parsed.job_id.strip()
    ):
        raise _malformed(
            job_id, RETRY_OPERATION, f"the answer carries no new job_id{_MAYBE_QUEUED}"
        )
    if parsed.success is False:
        raise for_job(
            APIStatusError(
                f"job {job_id}: {RETRY_OPERATION}",
                status,
                "the API answered success: false (the write was not requeued)",
            ),
            job_id,
        )
    _log.info("job %s: retried as job %s", job_id, parsed.job_id)
    return parsed.job_id


def retry_flow(job_id: str) -> Flow[str]:
    """One retry-write request (a flow): the new job id."""
    try:
        response = yield Call(retry_write, (job_id,))
    except httpx.TransportError as error:
        raise _retry_failed(job_id, error) from error
    except _UNREADABLE as error:
        raise _unreadable(job_id, RETRY_OPERATION, error, _MAYBE_QUEUED) from error
    return read_retry(job_id, response)


def _retry_failed(job_id: str, error: httpx.TransportError) -> APIConnectionError:
    note = " (not sent)" if certainly_not_sent(error) else _MAYBE_QUEUED
    return _no_answer(job_id, RETRY_OPERATION, error, note)
