"""Pacing from the server's rate budget, on the fake's manual clock (no real waiting)."""

from __future__ import annotations

import itertools
import threading
from typing import Any

import httpx
import pytest
from propexo import PropexoClient, RetryPolicy, submit_charges
from propexo._pacing import Pacer

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, ManualClock

LOCATION = "int-rm-1-loc-000"
PAGE = "/v1/locations/rentmanager/"


def _rows(count: int) -> list[dict[str, Any]]:
    return [
        charge_row(f"int-rm-1-prop-000-res-{n % 5:03d}", n, location_id=LOCATION)
        for n in range(count)
    ]


def _paced_client(fake: FakePropexo, clock: ManualClock, **kw: Any) -> PropexoClient:
    async def asleep(seconds: float) -> None:
        clock.advance(seconds)

    return PropexoClient(
        TOKEN,
        base_url=fake.url,
        clock=clock.now,
        sleep=clock.advance,
        async_sleep=asleep,
        jitter=lambda: 0.5,
        **kw,
    )


class _Lockstep:
    """Runs client threads on one manual clock as if at once: a thread's sleep returns when
    every thread is asleep (or done) and the clock has been moved on to the earliest wake."""

    def __init__(self, clock: ManualClock, parties: int) -> None:
        self._clock = clock
        self._active = parties
        self._wakes: dict[int, float] = {}
        self._cond = threading.Condition()

    def sleep(self, seconds: float) -> None:
        me = threading.get_ident()
        with self._cond:
            self._wakes[me] = self._clock.now() + seconds
            self._advance()
            while self._clock.now() < self._wakes[me]:
                self._cond.wait()
            del self._wakes[me]

    def done(self) -> None:
        with self._cond:
            self._active -= 1
            self._advance()

    def _advance(self) -> None:
        if self._wakes and len(self._wakes) == self._active:
            self._clock.advance(min(self._wakes.values()) - self._clock.now())
            self._cond.notify_all()


def _walk(fake: FakePropexo, client: PropexoClient, pages: int) -> None:
    http = client.api.get_httpx_client()
    for _ in range(pages):
        assert http.get(PAGE).status_code == 200


def test_free_budget_is_spent_without_waits(driver: Driver) -> None:
    clock = ManualClock()
    with FakePropexo(token=TOKEN, clock=clock, rate_limit=150, rate_window=60.0) as fake:
        fake.seed_rentmanager(1, 1, integration_id=RM)
        start = clock.now()
        with _paced_client(fake, clock) as client:
            for _ in range(20):
                assert driver.request(client, "GET", PAGE).status_code == 200
            assert client.stats.waited == 0.0
        assert clock.now() == start  # no slot waited for, no answer slowed down
        assert fake.limiter.throttled == 0 and fake.rate_limited_count == 0


def test_spacing_begins_as_the_remaining_budget_runs_low(driver: Driver) -> None:
    clock = ManualClock()
    with FakePropexo(
        token=TOKEN, clock=clock, rate_limit=20, rate_window=60.0, throttle_delay=0.0
    ) as fake:
        fake.seed_rentmanager(1, 1, integration_id=RM)
        with _paced_client(fake, clock, rate_limit=20) as client:
            for _ in range(20):
                assert driver.request(client, "GET", PAGE).status_code == 200
        times = [r.time for r in fake.requests() if r.path == PAGE]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        # 16 free requests (80 % of 20) at once, then the last 4 spread over the window
        assert gaps[:15] == [0.0] * 15
        assert all(gap > 5.0 for gap in gaps[15:])
        assert times[-1] - times[0] < 60.0  # the whole budget within the one window
        assert fake.rate_limited_count == 0


def test_a_lone_client_never_gets_a_429_over_several_windows() -> None:
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
        times = [r.time for r in fake.requests()]
        for first in times:  # never more than the limit within any window
            assert sum(first <= t < first + 60.0 for t in times) <= 10
        floor = len(times) / 10 * 60.0  # requests / limit: the budget of that many windows
        assert elapsed <= 1.05 * floor


def test_a_competing_consumer_slows_ours_to_a_fair_share() -> None:
    clock = ManualClock()
    lockstep = _Lockstep(clock, parties=2)
    with FakePropexo(
        token=TOKEN, clock=clock, rate_limit=20, rate_window=60.0, throttle_delay=0.0
    ) as fake:
        fake.seed_rentmanager(1, 1, integration_id=RM)
        start = clock.now()
        ended: dict[str, float] = {}
        ready = threading.Barrier(2)  # both clients built: neither starts with a head start

        def run(name: str) -> None:
            try:
                with PropexoClient(
                    TOKEN,
                    base_url=fake.url,
                    rate_limit=20,
                    clock=clock.now,
                    sleep=lockstep.sleep,
                    jitter=lambda: 0.5,
                    user_agent=name,
                ) as client:
                    ready.wait(timeout=30)
                    _walk(fake, client, 60)
                ended[name] = clock.now() - start
            finally:
                lockstep.done()

        threads = [threading.Thread(target=run, args=(n,)) for n in ("ours", "theirs")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(ended) == ["ours", "theirs"]
        records = [r for r in fake.requests() if r.path == PAGE]
        # Alone, 60 requests at 20 a window take three windows; shared, each gets about
        # half of every window until the first is done, and together they use the limit.
        first = min(ended.values())
        agents = [
            {k.lower(): v for k, v in r.headers.items()}["user-agent"]
            for r in records
            if r.time < start + first
        ]
        assert min(agents.count("ours"), agents.count("theirs")) >= 0.4 * len(agents)
        assert first >= 0.6 * max(ended.values())
        assert max(ended.values()) <= 1.1 * len(records) / 20 * 60.0
        # pacing, not 429s, split the budget (taking all that is left, as alone, racing
        # clients overshoot it about once a window)
        assert fake.rate_limited_count <= 1


def _compete(
    names: list[str], pages: int, limit: int, late: float, since: float
) -> tuple[dict[str, int], int, int]:
    """Run one client per name on one manual clock against one token's budget, each walking
    `pages` pages, all but the first starting `late` seconds after it; return how many
    answers each got from `since` seconds on until the first was done, the requests in all
    and the 429s."""
    clock = ManualClock()
    lockstep = _Lockstep(clock, parties=len(names))
    with FakePropexo(
        token=TOKEN, clock=clock, rate_limit=limit, rate_window=60.0, throttle_delay=0.0
    ) as fake:
        fake.seed_rentmanager(1, 1, integration_id=RM)
        start = clock.now()
        ended: dict[str, float] = {}
        ready = threading.Barrier(len(names))

        def run(name: str) -> None:
            try:
                with PropexoClient(
                    TOKEN,
                    base_url=fake.url,
                    rate_limit=limit,
                    clock=clock.now,
                    sleep=lockstep.sleep,
                    jitter=lambda: 0.5,
                    user_agent=name,
                ) as client:
                    ready.wait(timeout=30)
                    if late and name != names[0]:
                        lockstep.sleep(late)
                    _walk(fake, client, pages)
                ended[name] = clock.now() - start
            finally:
                lockstep.done()

        threads = [threading.Thread(target=run, args=(n,)) for n in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert sorted(ended) == sorted(names)
        records = [r for r in fake.requests() if r.path == PAGE]
        first = min(ended.values())
        agents = [
            {k.lower(): v for k, v in r.headers.items()}["user-agent"]
            for r in records
            if start + since <= r.time < start + first and r.status == 200
        ]
        return {n: agents.count(n) for n in names}, len(records), fake.rate_limited_count


def test_clients_sharing_a_token_converge_to_fair_shares_after_an_unequal_start() -> None:
    # one client has the budget to itself for nearly a window; three more then join, and
    # the first arrives first at every reset
    counts, sent, rejected = _compete(
        ["a", "b", "c", "d"], pages=150, limit=40, late=50.0, since=300.0
    )
    # four windows on, each gets at least a fifth of what all get (a fair share is a
    # quarter) until the first is done
    assert min(counts.values()) >= 0.2 * sum(counts.values()), counts
    # pacing, not 429s, splits the budget: racing clients overshoot it about once a window
    # (of 40 here; of 150, Propexo's default, that is under 1 %)
    assert rejected <= 0.05 * sent, (rejected, sent)


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


def _drive(pacer: Pacer, now: list[float], others: int, count: int) -> list[float]:
    """Book `count` requests, each sent when its slot comes and answered with the budget a
    fixed window of `pacer.limit` has left after it and `others` requests of someone else."""
    waits, remaining = [], pacer.limit
    for _ in range(count):
        booking = pacer.book()
        now[0] += booking.wait
        remaining -= 1 + others
        pacer.observe({"x-ratelimit-remaining": str(max(0, remaining))}, booking.ticket)
        waits.append(booking.wait)
    return waits


def test_pacer_spends_free_budget_at_once_and_spreads_the_last_fifth() -> None:
    now = [100.0]
    pacer = Pacer(10, 60.0, headroom=0.0, clock=lambda: now[0])
    waits = _drive(pacer, now, others=0, count=10)
    assert waits[:8] == [0.0] * 8  # 80 % of the budget: no waits
    assert waits[8:] == pytest.approx([20.0, 20.0])  # the rest between now and the reset
    assert pacer.reserve() == pytest.approx(20.0)  # spent: the next one waits for the reset
    assert pacer.share == 1.0


def test_pacer_spreads_its_part_when_others_spend_the_same_budget() -> None:
    alone, shared = [0.0], [0.0]
    lone = _drive(Pacer(100, 60.0, headroom=0.0, clock=lambda: alone[0]), alone, 0, 85)
    pacer = Pacer(100, 60.0, headroom=0.0, clock=lambda: shared[0])
    waits = _drive(pacer, shared, 1, 42)  # each of ours answered after one of someone else
    assert pacer.share == pytest.approx(0.5, abs=0.03)
    assert lone[:80] == [0.0] * 80  # alone, free budget is spent at once
    assert waits[:2] == [0.0] * 2  # ... and so it is until others show
    # shared, nothing is free: our part of what is left is spread until the reset, so that
    # whoever comes first to a window does not take all of it
    assert all(wait > 0 for wait in waits[2:])
    assert shared[0] < 60.0
    assert sum(waits[2:12]) == pytest.approx(sum(waits[12:22]), rel=0.2)


def test_overtaking_answers_to_a_lone_clients_concurrent_requests_are_not_others() -> None:
    now = [0.0]
    pacer = Pacer(100, 60.0, headroom=0.0, clock=lambda: now[0])
    remaining, waits = 100, []
    for _ in range(10):  # four requests at once, counted by the server out of order
        bookings = [pacer.book() for _ in range(4)]
        waits += [b.wait for b in bookings]
        a, b, c, d = (b.ticket for b in bookings)
        counted = {b: remaining - 1, a: remaining - 2, d: remaining - 3, c: remaining - 4}
        remaining -= 4
        for ticket in (a, b, c, d):  # ... and answered in the order they were sent
            pacer.observe({"x-ratelimit-remaining": str(counted[ticket])}, ticket)
    assert pacer.share == 1.0  # alone, so the free budget stays free
    assert waits == [0.0] * 40


def test_late_answers_from_a_spent_window_do_not_push_the_next_one_further() -> None:
    now = [0.0]
    pacer = Pacer(10, 60.0, headroom=0.0, clock=lambda: now[0])
    last = [pacer.book() for _ in range(10)][-3:]  # three of them not answered yet
    fresh = pacer.book()  # spent: the first of the next window
    assert fresh.wait == pytest.approx(60.0)
    for left, booking in zip((2, 1, 0), last, strict=True):  # ... then their answers come
        pacer.observe({"x-ratelimit-remaining": str(left)}, booking.ticket)
    assert pacer.book().wait == pytest.approx(60.0)  # still the next window, not the one after


def test_pacer_honours_pauses_and_believes_the_server_limit() -> None:
    now = [100.0]
    pacer = Pacer(120, 60.0, headroom=0.0, clock=lambda: now[0])
    assert pacer.reserve() == 0.0
    pacer.pause_for(3.0)
    booking = pacer.book()
    assert booking.wait == 3.0 and booking.paused
    pacer.observe({"x-ratelimit-limit": "60", "x-ratelimit-remaining": "12"})
    assert pacer.limit == 60
    pacer.observe({"x-ratelimit-limit": "500"})
    assert pacer.limit == 500  # the server's word replaces the configured assumption


@pytest.mark.parametrize("remaining", ["lots", "nan", "-5", "1e300", ""])
def test_a_hostile_remaining_header_holds_a_request_one_window_at_most(remaining: str) -> None:
    now = [100.0]
    pacer = Pacer(10, 60.0, headroom=0.0, clock=lambda: now[0])
    for _ in range(3):
        booking = pacer.book()
        assert 0.0 <= booking.wait <= 60.0
        now[0] += booking.wait  # sent when its slot comes
        pacer.observe({"x-ratelimit-remaining": remaining}, booking.ticket)


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
