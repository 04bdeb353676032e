"""`propexo.webhooks.construct_event`: a delivery is verified against its signature before it
is parsed, and parsed into the typed event of its trigger (given, or inferred from the shape of
the documented payloads). Signatures here are computed with hashlib/hmac directly, not with the
library, so a wrong signing scheme in the library cannot agree with itself."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from propexo import ResponseValidationError
from propexo.webhooks import (
    MAX_PAYLOAD_SIZE,
    DataNew,
    DataUpdate,
    FirstSyncComplete,
    JobFailure,
    SignatureVerificationError,
    SyncComplete,
    UnknownEvent,
    WriteOperationFailure,
    compute_signature,
    construct_event,
)

SECRET = "whsec-test-0123456789"
DATA_CHANGE = {
    "meta": {"object": "residents", "integration_id": "int-rm-1"},
    "record_id": "res-1",
    "diff": {"previous": {"email_1": "a@example.com"}, "new": {"email_1": "b@example.com"}},
}
SYNC = {
    "integration_id": "int-rm-1",
    "successful_job_count": 12,
    "failed_job_count": 1,
    "is_sync_finished": True,
    "vendor": "RENTMANAGER",
}


def body_of(data: Any) -> bytes:
    return json.dumps(data).encode()


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_a_correctly_signed_data_update_gives_its_typed_event() -> None:
    body = body_of(DATA_CHANGE)
    event = construct_event(body, sign(body), SECRET)
    assert isinstance(event, DataUpdate)
    assert (event.trigger, event.inferred) == ("DATA_UPDATE", True)
    assert (event.object, event.integration_id, event.record_id) == (
        "residents",
        "int-rm-1",
        "res-1",
    )
    assert event.previous == {"email_1": "a@example.com"}
    assert event.new == {"email_1": "b@example.com"}
    assert event.raw == body and event.data == DATA_CHANGE


def test_the_library_signs_as_propexo_does() -> None:
    body = body_of(SYNC)
    assert compute_signature(body, SECRET) == sign(body)


def test_a_data_change_without_previous_values_is_inferred_as_data_new() -> None:
    data = {**DATA_CHANGE, "diff": {"previous": None, "new": {"email_1": "b@example.com"}}}
    body = body_of(data)
    event = construct_event(body, sign(body), SECRET)
    assert isinstance(event, DataNew) and event.previous is None and event.inferred


def test_a_sync_payload_is_a_sync_complete_unless_the_trigger_says_first() -> None:
    body = body_of(SYNC)
    inferred = construct_event(body, sign(body), SECRET)
    assert isinstance(inferred, SyncComplete)
    assert (inferred.successful_job_count, inferred.failed_job_count) == (12, 1)
    assert (inferred.is_sync_finished, inferred.vendor) == (True, "RENTMANAGER")
    first = construct_event(body, sign(body), SECRET, trigger="FIRST_SYNC_COMPLETE")
    assert isinstance(first, FirstSyncComplete) and not first.inferred


def test_failure_payloads_are_unknown_without_a_trigger_and_typed_with_one() -> None:
    data = {"meta": {"job_id": "job-7"}, "root_job_id": "job-1", "errors": ["refused"]}
    body = body_of(data)
    unknown = construct_event(body, sign(body), SECRET)
    assert isinstance(unknown, UnknownEvent) and unknown.trigger is None
    assert unknown.data == data
    write = construct_event(body, sign(body), SECRET, trigger="write_operation_failure")
    assert isinstance(write, WriteOperationFailure)
    assert write.job_ids == ("job-1", "job-7") and write.job_id == "job-1"
    job = construct_event(body, sign(body), SECRET, trigger="JOB_FAILURE")
    assert isinstance(job, JobFailure)


@pytest.mark.parametrize(
    "data",
    [
        {"job_id": 7},
        {"job_id": " job-1"},
        {"job_id": "job\n1"},
        {"job_id": "x" * 201},
        {"data": {"job_id": "job-1"}},  # not a documented place
        {"meta": "job-1"},
    ],
)
def test_only_plain_job_ids_at_documented_places_are_taken(data: dict[str, Any]) -> None:
    body = body_of(data)
    event = construct_event(body, sign(body), SECRET, trigger="JOB_FAILURE")
    assert isinstance(event, JobFailure) and event.job_ids == () and event.job_id is None


def test_unknown_triggers_and_fields_are_kept_not_refused() -> None:
    data = {**SYNC, "successful_job_count": "many", "new_field": [1, 2]}
    body = body_of(data)
    event = construct_event(body, sign(body), SECRET, trigger="DATA_DELETED")
    assert isinstance(event, UnknownEvent) and event.trigger == "DATA_DELETED"
    typed = construct_event(body, sign(body), SECRET)
    assert isinstance(typed, SyncComplete)
    assert typed.successful_job_count is None  # wrong type: None, the raw value kept
    assert typed.data["successful_job_count"] == "many" and typed.data["new_field"] == [1, 2]


@pytest.mark.parametrize(
    ("signature", "words"),
    [
        (None, "no propexo-signature header"),
        ("", "no propexo-signature header"),
        ("sha256=abc", "not a hex HMAC-SHA256"),
        ("é" * 64, "not a hex HMAC-SHA256"),
        (sign(b"{}"), "does not match"),
        (sign(body_of(SYNC), "another-secret-42"), "does not match"),
    ],
)
def test_a_missing_malformed_or_wrong_signature_is_refused(
    signature: str | None, words: str
) -> None:
    body = body_of(SYNC)
    with pytest.raises(SignatureVerificationError, match=words) as raised:
        construct_event(body, signature, SECRET)
    assert SECRET not in str(raised.value) and "RENTMANAGER" not in str(raised.value)


def test_a_tampered_body_is_refused() -> None:
    body = body_of(SYNC)
    tampered = body.replace(b"12", b"13")
    with pytest.raises(SignatureVerificationError):
        construct_event(tampered, sign(body), SECRET)


def test_the_signature_may_come_in_upper_case_or_padded() -> None:
    body = body_of(SYNC)
    assert isinstance(construct_event(body, f" {sign(body).upper()} ", SECRET), SyncComplete)


def test_a_str_payload_is_refused_with_the_reason() -> None:
    text = json.dumps(SYNC)
    with pytest.raises(TypeError, match="raw request body as bytes, not str"):
        construct_event(text, sign(text.encode()), SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("secret", ["", "short", "123456789"])
def test_a_short_secret_is_refused(secret: str) -> None:
    body = body_of(SYNC)
    with pytest.raises(ValueError, match="at least 10 characters"):
        construct_event(body, sign(body, secret or "x"), secret)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "JSON list, not an object"),
        (b"null", "JSON NoneType, not an object"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
    ],
)
def test_a_signed_body_that_is_no_json_object_is_a_clear_error(body: bytes, words: str) -> None:
    with pytest.raises(ResponseValidationError, match=words):
        construct_event(body, sign(body), SECRET)


def test_a_body_over_the_size_limit_is_refused_unread() -> None:
    body = b" " * (MAX_PAYLOAD_SIZE + 1)
    with pytest.raises(ResponseValidationError, match="over the 1048576-byte limit"):
        construct_event(body, sign(body), SECRET)


def test_events_are_frozen_and_their_repr_holds_no_body() -> None:
    body = body_of({**DATA_CHANGE, "diff": {"previous": {"ssn": "123-45-6789"}, "new": {}}})
    event = construct_event(body, sign(body), SECRET)
    with pytest.raises(AttributeError):
        event.trigger = "DATA_NEW"  # type: ignore[misc]
    assert "123-45-6789" not in repr(event)
