"""Yardi and Propertyware REST end to end against the fake: their own item fields checked per
row before anything is sent, one partition per request (a Yardi property, a Propertyware
lease), the journal, resume, and reconciliation without a reference number (an ambiguous
match stays in doubt)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from propexo import PropexoClient, submit_charges
from propexo.charges import Charge, InvalidChargesError, plan_charges
from propexo.charges._plan import charge_line
from propexo.charges._vendors import RESMAN
from propexo.cli._app import app
from propexo.journal import ChunkState, JournaledSubmission
from propexo.journal._reconcile import SYNCED_CHARGES, WRITE_LOG

from tests.conftest import DATES, DATES_OPTION, TOKEN
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault

YARDI = "int-yardi-1"
PWR = "int-pwr-1"
BATCH_ROUTE = "POST /v1/resident-charges/batch/*"
WRITE_LOGS = "/v1/admin/logs/writes/"


def yardi_rows(fake: FakePropexo, count: int, start: int = 0) -> list[dict[str, Any]]:
    """`count` Yardi rows over the integration's residents (every property): no notes, no
    reference number."""
    with fake.state.lock:
        residents = [r for r in fake.state.residents.values() if r.integration_id == YARDI]
    rows = []
    for n in range(start, start + count):
        resident = residents[n % len(residents)]
        rows.append(
            {
                "resident_id": resident.id,
                "charge_code_id": f"{YARDI}-cc-rent",
                "transaction_date": "2026-02-01T00:00:00Z",
                "amount_in_cents": 10_000 + n,
                "property_id": resident.property_id,
                "unit_id": f"{resident.id}-unit",
                "financial_account_id": "fa-rent",
                "post_month": "2026-02",
            }
        )
    return rows


def pwr_rows(fake: FakePropexo, count: int, start: int = 0) -> list[dict[str, Any]]:
    """`count` Propertyware REST rows over the integration's leases; no reference number."""
    with fake.state.lock:
        leases = [r.id for r in fake.state.residents.values() if r.integration_id == PWR]
    return [
        {
            "lease_id": leases[n % len(leases)],
            "financial_account_id": "fa-rent",
            "transaction_date": "2026-02-01T00:00:00Z",
            "amount_in_cents": 20_000 + n,
            "description": f"February rent {n}",
        }
        for n in range(start, start + count)
    ]


@pytest.fixture
def seeded(fake: FakePropexo) -> FakePropexo:
    fake.seed_yardi(2, 3, integration_id=YARDI)
    fake.seed_propertyware_rest(2, 2, integration_id=PWR)
    return fake


VENDORS = {
    "yardi": (YARDI, yardi_rows, "property_id"),
    "propertyware_rest": (PWR, pwr_rows, "lease_id"),
}


def _accepted(fake: FakePropexo, integration_id: str) -> Counter[str]:
    """How often the fake accepted each charge (by its amount, unique in these inputs)."""
    return Counter(
        str(a.charge["amount_in_cents"])
        for a in fake.accepted_charges()
        if a.integration_id == integration_id
    )


def test_yardi_rows_are_held_to_yardi_fields_before_anything_is_sent(seeded: FakePropexo) -> None:
    rows = yardi_rows(seeded, 3)
    del rows[0]["unit_id"]
    rows[1]["notes"] = "Yardi items carry no notes"
    rows[2]["post_month"] = "2026-13"
    with pytest.raises(InvalidChargesError) as caught:
        plan_charges(rows, vendor="yardi", integration_id=YARDI, transaction_dates=DATES)
    shown = str(caught.value)
    assert "row 1, unit_id: is missing" in shown
    assert "row 2, notes: Yardi charges take no 'notes'" in shown
    assert "row 3, post_month: is not a month as YYYY-MM or YYYY-MM-DD: '2026-13'" in shown
    assert seeded.requests() == []


def test_propertyware_rows_need_a_lease_and_an_account_and_no_resident(
    seeded: FakePropexo,
) -> None:
    rows = pwr_rows(seeded, 2)
    del rows[0]["lease_id"]
    rows[1]["resident_id"] = "r-1"
    rows[1]["financial_account_id"] = " fa"
    with pytest.raises(InvalidChargesError) as caught:
        plan_charges(rows, vendor="propertyware_rest", integration_id=PWR, transaction_dates=DATES)
    assert [(p.row, p.field) for p in caught.value.problems] == [
        (1, "lease_id"),
        (2, "resident_id"),
        (2, "financial_account_id"),
    ]


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_one_request_per_partition_each_charge_accepted_once(
    driver: Driver, tmp_path: Path, seeded: FakePropexo, client: PropexoClient, vendor: str
) -> None:
    integration, make_rows, field = VENDORS[vendor]
    rows = make_rows(seeded, 10)
    result = driver.submit_charges(
        client,
        rows,
        journal=tmp_path / "run.journal",
        vendor=vendor,
        integration_id=integration,
        max_batch_size=100,
        transaction_dates=DATES,
    )
    assert result.ok, result.counts
    posts = seeded.batch_requests()
    assert len(posts) == len({row[field] for row in rows})  # the fewest the rule allows
    for post in posts:
        assert post.route == f"/v1/resident-charges/batch/{vendor}/"
        assert len({item[field] for item in post.body["charges"]}) == 1
    assert _accepted(seeded, integration) == Counter(str(r["amount_in_cents"]) for r in rows)
    again = driver.submit_charges(
        client,
        rows,
        journal=tmp_path / "run.journal",
        vendor=vendor,
        integration_id=integration,
        max_batch_size=100,
        transaction_dates=DATES,
    )
    assert len(seeded.batch_requests()) == len(posts) and again.in_doubt == ()


def _dropped(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient, vendor: str, name: str = "run"
) -> tuple[Path, list[dict[str, Any]], str]:
    """A run whose first chunk reached the fake but got no answer: (journal, rows, job id)."""
    integration, make_rows, _ = VENDORS[vendor]
    rows = make_rows(fake, 8)
    journal = tmp_path / f"{name}.journal"
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)
    result = submit_charges(
        client,
        rows,
        journal=journal,
        vendor=vendor,
        integration_id=integration,
        concurrency=1,
        transaction_dates=DATES,
    )
    assert [c.outcome for c in result.in_doubt] == ["unknown"]
    job_id = fake.batch_requests()[-len(result.chunks)].job_id
    assert job_id
    return journal, rows, job_id


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_a_dropped_chunk_is_found_in_the_write_logs_and_resuming_posts_nothing_twice(
    tmp_path: Path, seeded: FakePropexo, client: PropexoClient, vendor: str
) -> None:
    integration = VENDORS[vendor][0]
    journal, rows, job_id = _dropped(tmp_path, seeded, client, vendor)
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
        assert (finding.found, finding.source, finding.job_id) == (True, WRITE_LOG, job_id)
        assert run.chunks()[0].state is ChunkState.ACCEPTED
    posts = len(seeded.batch_requests())
    with JournaledSubmission.resume(journal) as run:
        assert run.submit(client).in_doubt == ()
    assert len(seeded.batch_requests()) == posts  # the found chunk is not sent again
    assert _accepted(seeded, integration) == Counter(str(r["amount_in_cents"]) for r in rows)


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_without_write_logs_synced_charges_match_on_the_fields_they_have(
    tmp_path: Path, seeded: FakePropexo, client: PropexoClient, vendor: str
) -> None:
    journal, _, _ = _dropped(tmp_path, seeded, client, vendor)
    seeded.inject(Fault.http(403), f"GET {WRITE_LOGS}", times=None)
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
        assert (finding.found, finding.source) == (True, SYNCED_CHARGES), finding.note
        assert run.chunks()[0].state is ChunkState.ACCEPTED


@pytest.mark.parametrize("vendor", sorted(VENDORS))
@pytest.mark.parametrize("source", ["write_logs", "synced_charges"])
def test_two_records_that_fit_a_charge_without_a_reference_leave_it_in_doubt(
    tmp_path: Path, seeded: FakePropexo, client: PropexoClient, vendor: str, source: str
) -> None:
    integration, _, _ = VENDORS[vendor]
    first, rows, _ = _dropped(tmp_path, seeded, client, vendor, "first")
    with JournaledSubmission.resume(first) as run:
        run.reconcile(client)
        run.submit(client)
    # The same charges again, from another journal: its dropped chunk is fitted by the
    # first run's write log and its own, and nothing tells them apart.
    second, _, _ = _dropped(tmp_path, seeded, client, vendor, "second")
    if source == "synced_charges":
        seeded.inject(Fault.http(403), f"GET {WRITE_LOGS}", times=None)
    with JournaledSubmission.resume(second) as run:
        (finding,) = run.reconcile(client).findings
        assert not finding.found
        assert finding.note.startswith("ambiguous: ")
        assert "no reference number to tell them apart" in finding.note
        assert run.chunks()[0].state is ChunkState.UNKNOWN
    # Both runs posted every charge: the second one's records are the very twins above.
    assert _accepted(seeded, integration) == Counter({str(r["amount_in_cents"]): 2 for r in rows})


def _cli(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"PROPEXO_API_TOKEN": TOKEN})
    assert TOKEN not in result.output and TOKEN not in result.stderr
    return result


def _csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_cli_submits_a_yardi_csv_with_propexo_item_columns_and_resumes_without_vendor(
    tmp_path: Path, seeded: FakePropexo
) -> None:
    rows = yardi_rows(seeded, 6)
    rows[0]["post_month"] = ""  # an optional column's empty cell: not given
    source = _csv(tmp_path / "yardi.csv", rows)
    journal = tmp_path / "yardi.journal"
    common = ("--integration-id", YARDI, "--base-url", seeded.url, "--journal", str(journal))
    first = _cli("charges", "submit", str(source), "--vendor", "yardi", *common, *DATES_OPTION)
    assert first.exit_code == 0, first.output
    posts = seeded.batch_requests()
    assert len(posts) == 2  # two chunks, sent by two workers in either order
    sent = [charge for post in posts for charge in post.body["charges"]]
    assert sum("post_month" not in charge for charge in sent) == 1
    again = _cli("charges", "submit", str(source), *common, *DATES_OPTION)
    assert again.exit_code == 0, again.output
    assert "sent 0 batch request(s) in this run" in again.stdout
    assert len(seeded.batch_requests()) == 2


def test_cli_refuses_a_column_the_vendor_does_not_take_naming_row_and_field(
    tmp_path: Path, seeded: FakePropexo
) -> None:
    rows = [{**row, "reference_number": f"R{n}"} for n, row in enumerate(pwr_rows(seeded, 2))]
    rows[1]["financial_account_id"] = ""
    source = _csv(tmp_path / "pwr.csv", rows)
    wrong = _cli(
        "charges", "submit", str(source), "--vendor", "yardi", "--integration-id", YARDI,
        "--base-url", seeded.url, *DATES_OPTION,
    )  # fmt: skip
    assert wrong.exit_code == 2
    assert "row 1, resident_id: is missing" in wrong.stderr
    assert "row 1, lease_id: Yardi charges take no 'lease_id'" in wrong.stderr
    right = _cli(
        "charges", "plan", str(source), "--vendor", "propertyware_rest", "--integration-id", PWR,
        *DATES_OPTION,
    )  # fmt: skip
    assert right.exit_code == 2
    assert "row 2, financial_account_id: must not be empty" in right.stderr
    assert seeded.requests() == []


def test_appended_fields_end_the_canonical_line_only_when_set() -> None:
    base: dict[str, Any] = {
        "resident_id": "r1",
        "charge_code_id": "rent",
        "transaction_date": "2026-02-01T00:00:00Z",
        "amount_in_cents": 100,
        "property_id": "p1",
    }
    yardi = Charge(**base, unit_id="u1", financial_account_id="fa", post_month="2026-02-17")
    assert charge_line(yardi) == (
        b'["r1","rent","2026-02-01T00:00:00+00:00",null,100,null,null,"p1",'
        b'{"unit_id":"u1","financial_account_id":"fa","post_month":"2026-02-01"}]'
    )
    assert charge_line(Charge(**base)).endswith(b',null,"p1"]')  # as before any was declared


def test_resman_sends_a_given_description_else_the_notes_and_rent_manager_takes_none() -> None:
    rows: list[dict[str, Any]] = [
        {
            "resident_id": f"r{n}",
            "charge_code_id": "rent",
            "transaction_date": "2026-02-01T00:00:00Z",
            "notes": f"notes {n}",
            "amount_in_cents": 100 + n,
            "reference_number": f"R{n}",
            "property_id": "p1",
        }
        for n in range(2)
    ]
    rows[0]["description"] = "February rent"
    plan = plan_charges(rows, vendor="resman", integration_id="i", transaction_dates=DATES)
    items = RESMAN.request("i", plan.chunks[0])["json"]["charges"]
    assert [item["description"] for item in items] == ["February rent", "notes 1"]
    with pytest.raises(InvalidChargesError, match="row 1, description: Rent Manager charges"):
        plan_charges(rows, integration_id="i", transaction_dates=DATES)
