"""The async driver's own promises: it takes an `AsyncPropexoClient`, and planning a journaled
submission never runs on the event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest
from propexo import (
    AsyncPropexoClient,
    PropexoClient,
    SubmissionResult,
    asubmit_charges,
    submit_charges,
)
from propexo._transport import SEND_GATES
from propexo.charges._directory import Memberships
from propexo.jobs import AsyncJobTracker, JobTracker
from propexo.journal import ChunkState, Journal

from tests.conftest import DATES, RM, residents_by_location
from tests.fake_propexo import FakePropexo, Fault
from tests.journal_support import accepted_references, rows_for


async def _asubmit(
    client: PropexoClient, rows: Any, journal: Path, **options: Any
) -> SubmissionResult:
    """`asubmit_charges` through an `AsyncPropexoClient` sharing `client`'s settings, for
    Rent Manager at the tests' fixed today."""
    async with AsyncPropexoClient(settings=client.settings) as aclient:
        return await asubmit_charges(
            aclient, rows, journal=journal, integration_id=RM, transaction_dates=DATES, **options
        )


class _ThreadRecordingDirectory:
    """A directory that notes which thread asked it (planning asks it synchronously)."""

    def __init__(self, fake: FakePropexo) -> None:
        self._map: Memberships = {
            resident: (location,)
            for location, residents in residents_by_location(fake).items()
            for resident in residents
        }
        self.threads: list[int] = []

    def memberships(self, residents: Collection[str] = ()) -> Memberships:
        self.threads.append(threading.get_ident())
        return self._map

    async def amemberships(self, residents: Collection[str] = ()) -> Memberships:
        self.threads.append(threading.get_ident())
        return self._map


def test_asubmit_charges_plans_in_a_worker_thread_not_on_the_event_loop(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 12)
    directory = _ThreadRecordingDirectory(fake)
    loop_threads: list[int] = []

    async def go() -> bool:
        loop_threads.append(threading.get_ident())
        result = await _asubmit(client, rows, tmp_path / "j.journal", directory=directory)
        return result.ok

    assert asyncio.run(go())
    assert directory.threads and loop_threads[0] not in directory.threads
    assert accepted_references(fake) == {r["reference_number"]: 1 for r in rows}


def test_a_new_journals_lookups_go_through_an_async_client(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    # An AsyncPropexoClient has no sync pool: these lookups can only have been awaited.
    rows = rows_for(fake, 9)  # no location_id: each resident's location is looked up

    async def go() -> bool:
        result = await _asubmit(client, rows, tmp_path / "j.journal")
        return result.ok

    assert asyncio.run(go())
    assert [r.route for r in fake.requests()].count("/v1/locations/rentmanager/") == 1


def test_the_async_functions_take_an_async_client_and_the_sync_tracker_refuses_one(
    fake: FakePropexo, client: PropexoClient
) -> None:
    aclient = AsyncPropexoClient(settings=client.settings)
    assert isinstance(AsyncJobTracker(aclient), AsyncJobTracker)
    assert isinstance(AsyncJobTracker(client), AsyncJobTracker)  # as before
    with pytest.raises(TypeError, match="expected a PropexoClient, got AsyncPropexoClient"):
        JobTracker(aclient)  # type: ignore[arg-type]

    async def go() -> bool:
        async with aclient:
            result = await asubmit_charges(
                aclient, rows_for(fake, 5), integration_id=RM, transaction_dates=DATES, journal=None
            )
        return result.ok

    assert asyncio.run(go())


def test_the_send_gate_marks_run_in_a_worker_thread_from_asyncio(
    fake: FakePropexo, client: PropexoClient
) -> None:
    marks: list[tuple[str, int]] = []

    class Gate:
        def sending(self) -> None:
            marks.append(("sending", threading.get_ident()))

        def not_sent(self) -> None:
            marks.append(("not_sent", threading.get_ident()))

    fake.inject(
        Fault.too_many_requests(retry_after=1), "POST /v1/resident-charges/batch/*", times=1
    )

    async def go() -> int:
        async with AsyncPropexoClient(settings=client.settings) as aclient:
            await aclient.api.get_async_httpx_client().post(
                "/v1/resident-charges/batch/rentmanager/",
                json={},
                extensions={SEND_GATES: (Gate(),)},
            )
        return threading.get_ident()

    loop = asyncio.run(go())
    assert [name for name, _ in marks] == ["sending", "not_sent", "sending"]
    assert all(thread != loop for _, thread in marks)


def test_aplan_charges_reads_and_plans_in_a_worker_thread(
    fake: FakePropexo, client: PropexoClient
) -> None:
    from propexo.charges import aplan_charges

    rows = rows_for(fake, 30)
    readers: list[int] = []

    def charges() -> Iterator[dict[str, Any]]:  # runs in the thread that reads the input
        readers.append(threading.get_ident())
        yield from rows

    async def go() -> tuple[int, int]:
        async with AsyncPropexoClient(settings=client.settings) as aclient:
            plan = await aplan_charges(
                charges(), integration_id=RM, client=aclient, transaction_dates=DATES
            )
        return threading.get_ident(), plan.charge_count

    loop, count = asyncio.run(go())
    assert count == 30 and readers and loop not in readers


_JOURNAL_STEPS = ("check_sendable", "mark_sending", "mark_not_sent", "record_result")


def test_asubmit_charges_reads_and_writes_the_journal_in_worker_threads_only(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int]] = []
    for name in _JOURNAL_STEPS:
        original = getattr(Journal, name)

        def noted(
            self: Journal, *args: Any, _name: str = name, _call: Any = original, **kw: Any
        ) -> Any:
            calls.append((_name, threading.get_ident()))
            return _call(self, *args, **kw)

        monkeypatch.setattr(Journal, name, noted)
    # one 429: that attempt's "sending" mark is undone ("not sent") before the retry
    fake.inject(
        Fault.too_many_requests(retry_after=1), "POST /v1/resident-charges/batch/*", times=1
    )
    rows = rows_for(fake, 12)

    async def go() -> tuple[int, bool]:
        result = await _asubmit(client, rows, tmp_path / "j.journal", concurrency=3)
        return threading.get_ident(), result.ok

    loop, ok = asyncio.run(go())
    assert ok and {name for name, _ in calls} == set(_JOURNAL_STEPS)
    assert [name for name, thread in calls if thread == loop] == []


def test_a_cancelled_asubmit_charges_lets_its_request_in_flight_end_and_journals_it(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 12)
    journal = tmp_path / "j.journal"
    cancel: list[Any] = []
    fake.on_accept(lambda job: bool(cancel.pop()()) and False, times=1)

    async def go() -> None:
        main = asyncio.current_task()
        assert main is not None
        loop = asyncio.get_running_loop()
        cancel.append(lambda: loop.call_soon_threadsafe(main.cancel))  # Ctrl-C's cancellation
        await _asubmit(client, rows, journal, max_batch_size=2, concurrency=1)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(go())
    with Journal.open(journal) as cut:
        states = [c.state for c in cut.chunks()]
    # the chunk in flight got its answer and it is journaled; no other chunk was taken
    assert states[0] is ChunkState.ACCEPTED and len(states) > 2
    assert states[1:] == [ChunkState.PLANNED] * (len(states) - 1)
    assert len(fake.batch_requests()) == 1
    resumed = submit_charges(
        client, rows, journal=journal, integration_id=RM, max_batch_size=2, transaction_dates=DATES
    )
    assert resumed.ok and len(resumed.sent) == len(states) - 1
    assert accepted_references(fake) == {r["reference_number"]: 1 for r in rows}
