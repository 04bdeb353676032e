"""Retries: only what certainly was not accepted; a maybe-accepted write is "unknown"."""

from __future__ import annotations

import socket
import time
from collections import Counter
from typing import Any

import pytest
from propexo import PropexoClient
from propexo.charges import Outcome, plan_charges

from tests.conftest import DATES, RM, TOKEN, Sleeps, charge_row, make_client, residents_by_location
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault

BATCH = "POST /v1/resident-charges/batch/*"


def _rows(fake: FakePropexo, count: int, locations: int = 3) -> list[dict[str, Any]]:
    by_location = residents_by_location(fake)
    residents = [r for loc in sorted(by_location)[:locations] for r in by_location[loc]]
    return [charge_row(residents[n % len(residents)], n) for n in range(count)]


def _accepted_once(fake: FakePropexo, rows: list[dict[str, Any]]) -> bool:
    accepted = Counter(a.charge["reference_number"] for a in fake.accepted_charges())
    return accepted == Counter(r["reference_number"] for r in rows)


def test_429_storm_and_503s_to_reads_every_chunk_accepted_exactly_once(
    driver: Driver, fake: FakePropexo, sleeps: Sleeps
) -> None:
    rows = _rows(fake, 120)
    for _ in range(6):
        fake.inject(Fault.too_many_requests(retry_after=3), BATCH, times=5)
        fake.inject(Fault.http(503), "GET /v1/residents/", times=2)
    with make_client(fake, sleeps, max_retries=49) as client:
        result = driver.submit_charges(
            client,
            rows,
            integration_id=RM,
            max_batch_size=10,
            concurrency=4,
            transaction_dates=DATES,
        )
        stats = client.stats
    assert result.ok and len(result.chunks) == 12
    assert _accepted_once(fake, rows)
    assert fake.too_many_requests_count == 30 and fake.status_counts[503] == 12
    assert [r.status for r in fake.batch_requests()].count(200) == 12
    assert stats.retries == 42
    # every 429 paused the pacer for its Retry-After (plus at most 10 % spread)
    assert sum(1 for s in sleeps.calls if 3.0 <= s <= 3.3 + 1e-9) >= 1
    assert sleeps.total >= 3.0 * 5


def test_retry_after_pauses_every_request_not_only_the_refused_one(
    driver: Driver, fake: FakePropexo, sleeps: Sleeps
) -> None:
    fake.inject(Fault.too_many_requests(retry_after=7), BATCH, times=1)
    with make_client(fake, sleeps, rate_limit=6000) as client:
        result = driver.submit_charges(
            client,
            _rows(fake, 20),
            integration_id=RM,
            max_batch_size=5,
            concurrency=1,
            transaction_dates=DATES,
        )
    assert result.ok
    assert any(7.0 <= s <= 7.7 for s in sleeps.calls)


def test_drop_after_the_body_was_accepted_is_unknown_and_never_resent(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = _rows(fake, 40)
    fake.inject(Fault.drop_after(), BATCH, times=1)
    result = driver.submit_charges(
        client, rows, integration_id=RM, max_batch_size=10, concurrency=1, transaction_dates=DATES
    )
    unknown = result.with_outcome(Outcome.UNKNOWN)
    assert len(unknown) == 1 and unknown[0].job_id is None
    assert "may have been processed" in (unknown[0].error or "")
    assert len(result.chunks) == 5  # 15 + 15 + 10 charges in 3 locations, 10 a request
    assert len(result.with_outcome(Outcome.ACCEPTED)) == 4
    assert _accepted_once(fake, rows)  # the dropped chunk was accepted by the fake, once
    assert len(fake.batch_requests()) == 5  # and not sent a second time
    assert not result.ok


def test_drop_before_processing_is_unknown_too_since_it_looks_the_same(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = _rows(fake, 10, locations=1)
    fake.inject(Fault.drop_before(), BATCH, times=1)
    result = driver.submit_charges(
        client, rows, integration_id=RM, max_batch_size=10, transaction_dates=DATES
    )
    assert [c.outcome for c in result.chunks] == [Outcome.UNKNOWN]
    assert fake.accepted_charges() == [] and len(fake.batch_requests()) == 1


def test_timeout_after_the_body_went_out_is_unknown(
    driver: Driver, fake: FakePropexo, sleeps: Sleeps
) -> None:
    rows = _rows(fake, 10, locations=1)
    fake.inject(Fault.slow(0.8), BATCH, times=1)
    with make_client(fake, sleeps, timeout=0.3) as client:
        result = driver.submit_charges(client, rows, integration_id=RM, transaction_dates=DATES)
    assert [c.outcome for c in result.chunks] == [Outcome.UNKNOWN]
    assert "ReadTimeout" in (result.chunks[0].error or "")
    deadline = time.monotonic() + 5
    while not fake.accepted_charges() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _accepted_once(fake, rows)  # the server did process it: resending would double it
    assert len(fake.batch_requests()) == 1


def test_other_5xx_on_a_write_is_unknown_but_on_a_read_is_retried(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.http(500), "GET /v1/residents/", times=2)
    fake.inject(Fault.drop_after(), "GET /v1/locations/rentmanager/", times=1)
    fake.inject(Fault.http(502), BATCH, times=1)
    rows = _rows(fake, 10, locations=1)
    result = driver.submit_charges(client, rows, integration_id=RM, transaction_dates=DATES)
    assert [(c.outcome, c.status_code) for c in result.chunks] == [(Outcome.UNKNOWN, 502)]
    assert len(fake.batch_requests()) == 1 and fake.accepted_charges() == []
    assert client.stats.retries == 3  # the three failed reads, not the write


def test_exhausted_429_retries_leave_the_chunk_rejected_and_safe_to_resend(
    driver: Driver, fake: FakePropexo, sleeps: Sleeps
) -> None:
    fake.inject(Fault.too_many_requests(retry_after=1), BATCH, times=3)
    rows = _rows(fake, 5, locations=1)
    with make_client(fake, sleeps, max_retries=2) as client:
        result = driver.submit_charges(client, rows, integration_id=RM, transaction_dates=DATES)
        assert [(c.outcome, c.status_code) for c in result.chunks] == [(Outcome.REJECTED, 429)]
        assert fake.accepted_charges() == []
        again = driver.submit_plan(client, result.plan)
    assert again.ok and _accepted_once(fake, rows)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_connection_refused_is_retried_until_the_server_is_up(
    driver: Driver,
) -> None:
    port = _free_port()
    started: list[FakePropexo] = []

    def sleep(seconds: float) -> None:  # the server comes up during the first backoff
        if not started:
            server = FakePropexo(token=TOKEN, rate_limit=None, port=port).start()
            server.seed_rentmanager(2, 3, integration_id=RM)
            started.append(server)

    async def asleep(seconds: float) -> None:
        sleep(seconds)

    rows = [charge_row("int-rm-1-prop-000-res-000", 1, location_id="int-rm-1-loc-000")]
    try:
        with PropexoClient(
            TOKEN,
            base_url=f"http://127.0.0.1:{port}",
            rate_limit=1e6,
            sleep=sleep,
            async_sleep=asleep,
            jitter=lambda: 0.0,
        ) as client:
            result = driver.submit_charges(client, rows, integration_id=RM, transaction_dates=DATES)
            assert client.stats.errors["ConnectError"] == 1
        assert result.ok
        assert len(started[0].accepted_charges()) == 1
    finally:
        for server in started:
            server.stop()


def test_connection_refused_to_the_end_is_rejected_as_not_sent(
    driver: Driver, sleeps: Sleeps
) -> None:
    port = _free_port()
    rows = [charge_row("r", 1, location_id="L")]
    with PropexoClient(
        TOKEN,
        base_url=f"http://127.0.0.1:{port}",
        rate_limit=1e6,
        max_retries=3,
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        jitter=lambda: 1.0,
    ) as client:
        result = driver.submit_charges(client, rows, integration_id=RM, transaction_dates=DATES)
    assert [c.outcome for c in result.chunks] == [Outcome.REJECTED]
    assert (result.chunks[0].error or "").startswith("not sent: ConnectError")
    backoffs = [s for s in sleeps.calls if s > 0.01]  # the rest are pacing slots (1e6/min)
    assert backoffs == [0.5, 1.0, 2.0]  # doubling, with the jitter at its top
    assert TOKEN not in repr(result) and TOKEN not in str(result.chunks[0].error)


def test_lookup_failures_raise_a_clear_error_and_send_no_write(
    fake: FakePropexo, sleeps: Sleeps
) -> None:
    from propexo import ApiError

    fake.inject(Fault.http(500), "GET /v1/locations/rentmanager/", times=None)
    with (
        make_client(fake, sleeps, max_retries=1) as client,
        pytest.raises(ApiError) as caught,
    ):
        plan_charges(_rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES)
    assert caught.value.status_code == 500 and "Rent Manager locations" in str(caught.value)
    assert fake.batch_requests() == []
