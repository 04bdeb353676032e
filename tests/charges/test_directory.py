"""The resident -> location directory of a long-lived client: cached, looked up again when it
is old or when a plan needs residents it lacks (once per plan, for all of them), and a refusal
that says what was searched. Both drivers (sync and asyncio)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import pytest
from click.testing import CliRunner
from propexo import AsyncPropexoClient, PropexoClient, asubmit_charges
from propexo.charges import InvalidChargesError, Plan, aplan_charges, plan_charges
from propexo.charges._directory import DEFAULT_MAX_AGE, RentManagerLocations
from propexo.cli._app import app

from tests.conftest import DATES, DATES_OPTION, RM, TOKEN, charge_row, residents_by_location
from tests.drivers import Driver, run_async
from tests.fake_propexo import FakePropexo
from tests.journal_support import write_jsonl

#: 10:04 UTC on the tests' today.
START = dt.datetime(2026, 3, 1, 10, 4, tzinfo=dt.UTC).timestamp()


class Clock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def _plan(driver: Driver, client: PropexoClient, rows: list[dict[str, Any]], **kw: Any) -> Plan:
    """`plan_charges`, or `aplan_charges` from asyncio, of `rows` for Rent Manager `RM`."""
    options = {"integration_id": RM, "transaction_dates": DATES, **kw}
    if driver.is_async:
        return run_async(client, lambda a: aplan_charges(rows, client=a, **options))
    return plan_charges(rows, client=client, **options)


def _lookups(fake: FakePropexo) -> int:
    """How many times the directory was looked up (each starts by listing the locations)."""
    return len([r for r in fake.requests() if r.path.startswith("/v1/locations/")])


def _known(fake: FakePropexo) -> list[str]:
    return [r for ids in residents_by_location(fake).values() for r in ids]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def directory(client: PropexoClient, clock: Clock) -> RentManagerLocations:
    """One directory for every plan of a test (as a long-lived client keeps one)."""
    return RentManagerLocations(client, RM, clock=clock)


def test_a_resident_added_after_a_plan_is_planned_by_the_same_directory(
    driver: Driver, fake: FakePropexo, client: PropexoClient, directory: RentManagerLocations
) -> None:
    first = _plan(driver, client, [charge_row(_known(fake)[0], 0)], directory=directory)
    assert first.charge_count == 1 and _lookups(fake) == 1
    fake.add_resident("new-tenant-1", RM, f"{RM}-prop-001", location_ids=[f"{RM}-loc-001"])

    second = _plan(driver, client, [charge_row("new-tenant-1", 1)], directory=directory)

    assert [c.partition for c in second.chunks] == [f"{RM}-loc-001"]
    assert _lookups(fake) == 2
    _plan(driver, client, [charge_row("new-tenant-1", 2)], directory=directory)
    assert _lookups(fake) == 2  # found in the cache now: not looked up again


def test_the_clients_own_directory_plans_a_resident_added_since_its_last_plan(
    fake: FakePropexo, client: PropexoClient
) -> None:
    """The reported failure: the same `PropexoClient`, no directory given, a new tenant."""
    plan_charges(
        [charge_row(_known(fake)[0], 0)], integration_id=RM, client=client, transaction_dates=DATES
    )
    fake.add_resident("new-tenant-1", RM, f"{RM}-prop-002", location_ids=[f"{RM}-loc-002"])
    plan = plan_charges(
        [charge_row("new-tenant-1", 1)], integration_id=RM, client=client, transaction_dates=DATES
    )
    assert [c.partition for c in plan.chunks] == [f"{RM}-loc-002"] and _lookups(fake) == 2


def test_an_expired_directory_is_looked_up_again(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    directory: RentManagerLocations,
    clock: Clock,
) -> None:
    mover = residents_by_location(fake)[f"{RM}-loc-000"][0]
    rows = [charge_row(mover, 0)]
    assert [c.partition for c in _plan(driver, client, rows, directory=directory).chunks] == [
        f"{RM}-loc-000"
    ]
    with fake.state.lock:  # moves out: the cached entry is stale
        fake.state.residents[mover].location_ids = [f"{RM}-loc-002"]
    clock.now += DEFAULT_MAX_AGE - 1
    stale = _plan(driver, client, rows, directory=directory)
    assert [c.partition for c in stale.chunks] == [f"{RM}-loc-000"] and _lookups(fake) == 1

    clock.now += 1
    fresh = _plan(driver, client, rows, directory=directory)

    assert [c.partition for c in fresh.chunks] == [f"{RM}-loc-002"] and _lookups(fake) == 2
    assert DEFAULT_MAX_AGE == 15 * 60


def test_unknown_residents_are_refused_after_exactly_one_more_lookup_saying_what_was_searched(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    directory: RentManagerLocations,
    clock: Clock,
) -> None:
    _plan(driver, client, [charge_row(_known(fake)[0], 0)], directory=directory)
    assert _lookups(fake) == 1
    clock.now += 180
    rows = [charge_row("nobody-1", 1), charge_row(_known(fake)[1], 2), charge_row("nobody-2", 3)]

    with pytest.raises(InvalidChargesError) as caught:
        _plan(driver, client, rows, directory=directory)

    assert _lookups(fake) == 2  # one lookup for both unknown residents
    assert [(p.row, p.field, p.message) for p in caught.value.problems] == [
        (
            row,
            "resident_id",
            f"resident 'nobody-{n}' has no Rent Manager location (in none of the 3 "
            f"locations of integration {RM}, looked up at 10:04 UTC and again now)",
        )
        for row, n in ((1, 1), (3, 2))
    ]
    assert fake.batch_requests() == []


def test_an_unknown_resident_in_a_first_plan_is_not_looked_up_twice(
    driver: Driver, fake: FakePropexo, client: PropexoClient, directory: RentManagerLocations
) -> None:
    with pytest.raises(InvalidChargesError, match="looked up at 10:04 UTC\\)") as caught:
        _plan(driver, client, [charge_row("nobody", 1)], directory=directory)
    assert "again" not in str(caught.value)
    assert _lookups(fake) == 1  # looked up for this very plan: nothing newer to find


def test_an_integration_without_locations_is_one_problem(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = [charge_row(r, n) for n, r in enumerate(_known(fake) * 20)]  # 300 rows
    with pytest.raises(InvalidChargesError) as caught:
        _plan(driver, client, rows, integration_id="int-rm-typo")
    assert [str(p) for p in caught.value.problems] == [
        "input: integration int-rm-typo has no Rent Manager locations: check the integration "
        "id (--integration-id)"
    ]


def test_a_wrong_integration_id_on_the_command_line_is_said_once(
    tmp_path: Any, fake: FakePropexo
) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl", [charge_row(r, n) for n, r in enumerate(_known(fake) * 20)]
    )
    result = CliRunner().invoke(
        app,
        ["charges", "plan", str(source), "--integration-id", "int-rm-typo",
         "--base-url", fake.url, *DATES_OPTION],
        env={"PROPEXO_API_TOKEN": TOKEN},
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.output.count("has no Rent Manager location") == 1
    assert "integration int-rm-typo has no Rent Manager locations" in result.output


def test_a_plan_over_one_location_logs_one_location(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    directory: RentManagerLocations,
    caplog: pytest.LogCaptureFixture,
) -> None:
    one_place = residents_by_location(fake)[f"{RM}-loc-000"][:2]
    with caplog.at_level(logging.INFO, logger="propexo.charges"):
        _plan(
            driver, client, [charge_row(r, n) for n, r in enumerate(one_place)], directory=directory
        )
    planned = [r.getMessage() for r in caplog.records if r.getMessage().startswith("planned")]
    assert planned == [
        f"planned 2 charges in 1 chunk over 1 location (rentmanager, integration {RM})"
    ]


def test_a_journaled_async_submit_refuses_an_unknown_resident_after_one_more_lookup(
    tmp_path: Any, fake: FakePropexo, client: PropexoClient
) -> None:
    """Looked up from asyncio, planned in a worker thread: the thread never looks again."""

    async def go() -> InvalidChargesError:
        async with AsyncPropexoClient(settings=client.settings) as aclient:
            options: dict[str, Any] = {"integration_id": RM, "transaction_dates": DATES}
            known = [charge_row(_known(fake)[0], 0)]
            await asubmit_charges(aclient, known, journal=tmp_path / "1.journal", **options)
            try:
                unknown = [charge_row("nobody", 1)]
                await asubmit_charges(aclient, unknown, journal=tmp_path / "2.journal", **options)
            except InvalidChargesError as exc:
                return exc
        raise AssertionError("planned a resident in no location")

    refused = asyncio.run(go())
    assert "in none of the 3 locations of integration int-rm-1" in str(refused)
    assert "and again now" in str(refused) and _lookups(fake) == 2


def test_partitions_are_counted_in_words() -> None:
    from propexo.charges._vendors import RENTMANAGER, RESMAN

    assert [RENTMANAGER.partition_noun(n) for n in (0, 1, 2)] == [
        "locations",
        "location",
        "locations",
    ]
    assert [RESMAN.partition_noun(n) for n in (1, 3)] == ["property", "properties"]
