"""Pacing under the rate limit, on the fake's manual clock (no real waiting)."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from propexo import PropexoClient, RetryPolicy, submit_charges
from propexo._pacing import Pacer

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.fake_propexo import FakePropexo, ManualClock

LOCATION = "int-rm-1-loc-000"


def _rows(count: int) -> list[dict[str, Any]]:
    return [
        charge_row(f"int-rm-1-prop-000-res-{n % 5:03d}", n, location_id=LOCATION)
        for n in range(count)
    ]


def _paced_client(fake: FakePropexo, clock: ManualClock, **kw: Any) -> PropexoClient:
    return PropexoClient(
        TOKEN, base_url=fake.url, clock=clock.now, sleep=clock.advance, jitter=lambda: 0.5, **kw
    )


def test_pacing_stays_under_the_limit_near_the_floor() -> None:
    clock = ManualClock()
    with FakePropexo(token=TOKEN, clock=clock, rate_limit=10, rate_window=60.0) as fake:
        fake.seed_rentmanager(1, 5, integration_id=RM)
        start = clock.now()
        with _paced_client(fake, clock, rate_limit=10) as client:
            result = submit_charges(
                client,
                _rows(35),
                integration_id=RM,
                max_batch_size=1,
                concurrency=1,
                transaction_dates=DATES,
                journal=None,
            )
        elapsed = clock.now() - start
        assert result.ok and fake.rate_limited_count == 0 and fake.too_many_requests_count == 0
        times = [r.time for r in fake.batch_requests()]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert min(gaps) >= 6.0  # 60 s / 10 requests, never closer
        floor = 35 / 10 * 60.0  # batch requests / limit
        # the last request starts ~34 slots in; the fake's 2 s slow-down past 80 % adds a little
        assert 0.95 * floor <= elapsed <= 1.1 * floor


def test_a_lower_server_limit_slows_the_client_down() -> None:
    clock = ManualClock()
    with FakePropexo(
        token=TOKEN, clock=clock, rate_limit=5, rate_window=60.0, throttle_delay=0.0
    ) as fake:
        fake.seed_rentmanager(1, 5, integration_id=RM)
        with _paced_client(fake, clock, rate_limit=150) as client:
            result = submit_charges(
                client,
                _rows(12),
                integration_id=RM,
                max_batch_size=1,
                concurrency=1,
                transaction_dates=DATES,
                journal=None,
            )
            assert client.pacer.limit == 5  # learnt from x-ratelimit-limit
        assert result.ok
        assert fake.rate_limited_count == 0


def test_a_budget_spent_by_someone_else_is_waited_out_without_duplicates() -> None:
    clock = ManualClock()
    with FakePropexo(
        token=TOKEN, clock=clock, rate_limit=10, rate_window=60.0, throttle_delay=0.0
    ) as fake:
        fake.seed_rentmanager(1, 5, integration_id=RM)
        with httpx.Client(base_url=fake.url, headers=fake.headers) as other:
            for _ in range(9):  # another process of the same customer spends the budget
                assert other.get("/v1/locations/rentmanager/").status_code == 200
        rows = _rows(8)
        with _paced_client(fake, clock, rate_limit=10, max_retries=9) as client:
            result = submit_charges(
                client,
                rows,
                integration_id=RM,
                max_batch_size=1,
                concurrency=1,
                transaction_dates=DATES,
                journal=None,
            )
        assert result.ok
        refs = [a.charge["reference_number"] for a in fake.accepted_charges()]
        assert sorted(refs) == sorted(r["reference_number"] for r in rows)
        assert fake.rate_limited_count <= 1  # remaining=0 paused us; at most one 429 probe


def test_pacer_books_evenly_spaced_slots_and_honours_pauses() -> None:
    now = [100.0]
    pacer = Pacer(120, 60.0, headroom=0.0, clock=lambda: now[0])
    assert [pacer.reserve() for _ in range(4)] == [0.0, 0.5, 1.0, 1.5]
    now[0] = 110.0
    assert pacer.reserve() == 0.0
    pacer.pause_for(3.0)
    assert pacer.reserve() == 3.0
    assert pacer.reserve() == 3.5
    pacer.observe({"x-ratelimit-limit": "60", "x-ratelimit-remaining": "12"})
    assert pacer.limit == 60 and pacer.interval == 1.0
    pacer.observe({"x-ratelimit-limit": "500"})
    assert pacer.limit == 120  # a higher server limit does not raise the configured one


@pytest.mark.parametrize(("limit", "window"), [(0, 60), (-1, 60), (10, 0)])
def test_pacer_refuses_nonsense(limit: float, window: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        Pacer(limit, window)


def test_backoff_and_retry_after_parsing() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=8.0, max_retry_after=30.0)
    assert [policy.backoff(n, 0.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert [policy.backoff(n, 1.0) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.retry_after({"retry-after": "12"}) == 12.0
    assert policy.retry_after({"retry-after": "3600"}) == 30.0
    assert policy.retry_after({"retry-after": "soon"}) is None
    assert policy.retry_after({}) is None
    date = "Wed, 21 Oct 2015 07:28:20 GMT"
    assert policy.retry_after({"retry-after": date}, now=1445412480.0) == 20.0
