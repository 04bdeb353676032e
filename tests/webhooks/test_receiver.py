"""Deliveries over real HTTP to the example receiver (examples/webhook_receiver.py, a wsgiref
app on 127.0.0.1): signed ones are handled, unsigned, wrongly signed and tampered ones are
refused before any handler runs, a repeat is skipped; and the fake Propexo's own deliveries of
a failed write reach it end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from propexo import PropexoClient
from propexo.webhooks import (
    MAX_PAYLOAD_SIZE,
    JobFailure,
    RecentDeliveries,
    WebhookReceiver,
    WriteOperationFailure,
)
from propexo_client.models import (
    CreateWebhookRequest,
    CreateWebhookRequestTriggersItem,
    HeadersItem,
)

from tests.fake_propexo import FakePropexo, Outcome
from tests.webhooks_support import SECRET, Served, example, served_receiver, sign

DATA_UPDATE = {
    "meta": {"object": "residents", "integration_id": "int-rm-1"},
    "record_id": "res-1",
    "diff": {"previous": {"email_1": "a@example.com"}, "new": {"email_1": "b@example.com"}},
}
BODY = json.dumps(DATA_UPDATE).encode()


@pytest.fixture
def served() -> Iterator[Served]:
    with served_receiver() as s:
        yield s


def post(url: str, body: bytes, **headers: str) -> httpx.Response:
    return httpx.post(url, content=body, headers=headers, timeout=30)


def test_a_signed_delivery_is_handled(served: Served) -> None:
    answer = post(served.url, BODY, **{"propexo-signature": sign(BODY)})
    assert answer.status_code == 200 and answer.json() == {"received": True, "handled": True}
    assert served.lines() == ["DATA_UPDATE residents res-1"]


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (BODY, {"propexo-signature": sign(BODY, "another-webhook-secret")}),
        (BODY, {}),
        (BODY.replace(b"res-1", b"res-2"), {"propexo-signature": sign(BODY)}),
    ],
    ids=["wrong-secret", "unsigned", "tampered"],
)
def test_a_delivery_not_signed_with_the_secret_is_refused_unhandled(
    served: Served, body: bytes, headers: dict[str, str]
) -> None:
    answer = post(served.url, body, **headers)
    assert answer.status_code == 401
    assert answer.json() == {"error": "signature verification failed"}
    assert served.lines() == []


def test_a_signed_body_that_is_no_json_object_is_a_400(served: Served) -> None:
    body = b"[1, 2, 3]"
    answer = post(served.url, body, **{"propexo-signature": sign(body)})
    assert answer.status_code == 400 and served.lines() == []


def test_a_body_over_the_limit_is_refused_unread(served: Served) -> None:
    body = b" " * (MAX_PAYLOAD_SIZE + 1)
    answer = post(served.url, body, **{"propexo-signature": sign(body)})
    assert answer.status_code == 413 and served.lines() == []


def test_a_replayed_delivery_is_answered_but_not_handled_twice(served: Served) -> None:
    headers = {"propexo-signature": sign(BODY)}
    first, again = post(served.url, BODY, **headers), post(served.url, BODY, **headers)
    assert first.status_code == again.status_code == 200
    assert again.json() == {"received": True, "duplicate": True}
    assert served.lines() == ["DATA_UPDATE residents res-1"]  # the handler ran once


def test_a_delivery_whose_handler_failed_is_handled_when_delivered_again() -> None:
    calls: list[str] = []
    receiver = WebhookReceiver(SECRET, deliveries=RecentDeliveries())

    @receiver.on("DATA_UPDATE")
    def flaky(event: object) -> None:
        calls.append("called")
        if len(calls) == 1:
            raise RuntimeError("database down")

    headers = {"Propexo-Signature": sign(BODY)}
    assert receiver.handle(BODY, headers)[0] == 500
    assert receiver.handle(BODY, headers)[0] == 200
    assert receiver.handle(BODY, headers) == (200, b'{"received": true, "duplicate": true}')
    assert calls == ["called", "called"]


def test_recent_deliveries_are_bounded_in_age_and_number() -> None:
    now = [0.0]
    seen = RecentDeliveries(ttl=60, max_entries=2, clock=lambda: now[0])
    assert seen.claim(b"a") and not seen.claim(b"a")
    now[0] = 61.0
    assert seen.claim(b"a")  # forgotten after the ttl: a late replay goes through
    assert seen.claim(b"b") and seen.claim(b"c") and len(seen) == 2
    assert seen.claim(b"a")  # the oldest made room for c


def test_the_trigger_header_names_the_trigger_of_an_undocumented_payload(served: Served) -> None:
    body = json.dumps({"job_id": "job-9"}).encode()
    signed = {"propexo-signature": sign(body)}
    post(served.url, body, **signed)  # no trigger header: not recognized, not passed on
    post(served.url, body, **signed, **{"x-propexo-trigger": "WRITE_OPERATION_FAILURE"})
    [event] = served.failures
    assert isinstance(event, WriteOperationFailure) and event.job_id == "job-9"


def register(client: PropexoClient, url: str, trigger: CreateWebhookRequestTriggersItem) -> None:
    header = HeadersItem(header="x-propexo-trigger", value=trigger)
    client.webhooks.create(
        body=CreateWebhookRequest(
            triggers=[trigger], url=url, active=True, secret=SECRET, headers=[header]
        )
    )


def test_the_fake_delivers_a_failed_write_to_the_registered_receiver(
    fake: FakePropexo, client: PropexoClient, served: Served
) -> None:
    register(client, served.url, "WRITE_OPERATION_FAILURE")
    register(client, served.url, "JOB_FAILURE")
    fake.queue_job_outcomes(Outcome("FAILURE"), Outcome("SUCCESS"))
    failed, succeeded = fake.create_jobs(2)

    deliveries = fake.deliver_webhooks()
    assert [(d.trigger, d.status) for d in deliveries] == [
        ("WRITE_OPERATION_FAILURE", 200),
        ("JOB_FAILURE", 200),
    ]
    assert fake.deliver_webhooks() == []  # each failure announced once
    assert [type(e) for e in served.failures] == [WriteOperationFailure, JobFailure]
    assert {e.job_id for e in served.failures} == {failed}  # top level, and under meta
    assert succeeded not in served.lines()


def test_the_fake_delivers_only_to_this_machine(fake: FakePropexo, client: PropexoClient) -> None:
    register(client, "https://hooks.example.com/propexo", "WRITE_OPERATION_FAILURE")
    fake.queue_job_outcomes(Outcome("FAILURE"))
    fake.create_jobs(1)
    [delivery] = fake.deliver_webhooks()
    assert delivery.status is None and delivery.error is not None
    assert "127.0.0.1 only" in delivery.error


def test_refusals_log_why_but_never_the_secret_or_the_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receiver = WebhookReceiver(SECRET)
    receiver.on("*")(lambda event: None)
    caplog.set_level("DEBUG", logger="propexo")
    bad = {"propexo-signature": sign(BODY, "another-webhook-secret")}
    assert receiver.handle(BODY, bad)[0] == 401
    assert receiver.handle(b"{oops", {"propexo-signature": sign(b"{oops")})[0] == 400
    assert "does not match" in caplog.text and "not JSON" in caplog.text
    for text in (caplog.text, repr(receiver)):
        assert SECRET not in text and "res-1" not in text and "oops" not in text


@pytest.mark.parametrize("trigger", ["", "data_new", "DATA NEW", "*DATA_NEW"])
def test_a_handler_for_something_not_a_trigger_name_is_refused(trigger: str) -> None:
    receiver = WebhookReceiver(SECRET)
    with pytest.raises(ValueError, match="not a trigger name"):
        receiver.on(trigger)


def test_handlers_may_be_given_as_a_mapping_and_unknown_triggers_are_acknowledged() -> None:
    got: list[object] = []
    receiver = WebhookReceiver(SECRET, {"DATA_UPDATE": got.append})
    assert receiver.handle(BODY, {"propexo-signature": sign(BODY)})[0] == 200
    body = b'{"something": "new"}'
    answer = receiver.handle(body, {"propexo-signature": sign(body)})
    assert answer == (200, b'{"received": true, "handled": false}')
    assert len(got) == 1


def test_the_example_refuses_to_start_without_a_usable_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PROPEXO_WEBHOOK_SECRET", "short")
    assert example().main(["--port", "0"]) == 2
    assert "set PROPEXO_WEBHOOK_SECRET" in capsys.readouterr().err
