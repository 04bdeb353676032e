"""What a charge may hold (ASCII-digit amounts, no control or bidi characters, a plausible
transaction date), and a 200 that names no job."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from propexo import PropexoClient
from propexo.charges import InvalidChargesError, read_charges
from propexo.charges._validate import DateWindow, validate_charges
from propexo.cli._app import app

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault

RESIDENT = "int-rm-1-prop-000-res-000"
BATCH = "POST /v1/resident-charges/batch/*"


def _problems(
    rows: list[dict[str, Any]], transaction_dates: DateWindow | None = DATES
) -> list[tuple[int, str | None, str]]:
    """The problems of `rows`, validated in `transaction_dates` (None: the default window)."""
    with pytest.raises(InvalidChargesError) as caught:
        validate_charges(rows, transaction_dates=transaction_dates)
    return [(p.row, p.field, p.message) for p in caught.value.problems]


# --- a 200 whose meta.job_id is null is unknown, as one without the key ---------------------


@pytest.mark.parametrize(
    "answer",
    [{"meta": {"job_id": None}}, {"meta": {}}, {"meta": {"job_id": ""}}, {"meta": {"job_id": 7}}],
    ids=["null", "missing", "empty", "number"],
)
def test_a_200_without_a_usable_job_id_is_unknown(
    driver: Driver, fake: FakePropexo, client: PropexoClient, answer: dict[str, Any]
) -> None:
    fake.inject(Fault.reply(answer, status=200), BATCH)
    result = driver.submit_charges(
        client, [charge_row(RESIDENT, 1)], integration_id=RM, transaction_dates=DATES
    )
    [chunk] = result.chunks
    assert str(chunk.outcome) == "unknown"
    assert chunk.job_id is None and chunk.status_code == 200
    assert "cannot be tracked" in (chunk.error or "")


# --- ASCII digits only in amounts -------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    ["\u0661\u0662\u0665\u0660\u0660", "\uff11\uff12\uff15\uff10\uff10", "12\u0665"],
    ids=["arabic", "full", "mixed"],
)
def test_non_ascii_digits_are_not_an_amount(tmp_path: Path, amount: str) -> None:
    source = tmp_path / "in.csv"
    row = charge_row(RESIDENT, 1, amount_in_cents=amount)
    source.write_text(",".join(row) + "\n" + ",".join(str(v) for v in row.values()) + "\n")
    with pytest.raises(InvalidChargesError) as caught:
        read_charges(source, transaction_dates=DATES)
    [problem] = caught.value.problems
    assert (problem.row, problem.field) == (1, "amount_in_cents")
    assert "integer number of cents" in problem.message


def test_ascii_digits_still_read(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    row = charge_row(RESIDENT, 1, amount_in_cents=" 12500")
    source.write_text(",".join(row) + "\n" + ",".join(str(v) for v in row.values()) + "\n")
    assert read_charges(source, transaction_dates=DATES)[0].amount_in_cents == 12500


# --- control and bidi characters --------------------------------------------------------------

INVISIBLE = {
    "NUL": "\x00",
    "CR": "\r",
    "NEL": "\x85",
    "ESC": "\x1b",
    "RLO": "\u202e",
    "ZWSP": "\u200b",
    "LRI": "\u2066",
    "line separator": "\u2028",
    "lone surrogate": "\ud800",
}


@pytest.mark.parametrize("field", ["resident_id", "charge_code_id", "reference_number"])
@pytest.mark.parametrize("char", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_ids_and_codes_refuse_control_and_bidi_characters(field: str, char: str) -> None:
    row = charge_row(RESIDENT, 1)
    row[field] = f"ab{char}cd"
    [(row_number, named, message)] = _problems([row])
    assert (row_number, named) == (1, field)
    assert f"U+{ord(char):04X} at position 3" in message


def test_optional_ids_refuse_control_and_bidi_characters_too() -> None:
    [(_, field, _)] = _problems([charge_row(RESIDENT, 1, location_id="loc\u202e1")])
    assert field == "location_id"


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x85", "\u202e", "\u2067", "\u200f"], ids=repr)
def test_notes_refuse_controls_and_bidi_controls(char: str) -> None:
    [(_, field, message)] = _problems([charge_row(RESIDENT, 1, notes=f"rent{char}")])
    assert field == "notes" and f"U+{ord(char):04X}" in message


def test_notes_keep_tabs_line_breaks_and_joiners() -> None:
    notes = "March rent\tunit 4\r\nsee lease 👩\u200d👩\u200d👧 café"
    [charge] = validate_charges([charge_row(RESIDENT, 1, notes=notes)], transaction_dates=DATES)
    assert charge.notes == notes


# --- a plausible transaction_date ------------------------------------------------------------


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z"])
def test_implausible_transaction_dates_are_refused(when: str) -> None:
    window = DateWindow.around(dt.date(2026, 11, 27))
    [(_, field, message)] = _problems(
        [charge_row(RESIDENT, 1, transaction_date=when)], transaction_dates=window
    )
    assert field == "transaction_date"
    assert "outside the plausible window 2021-11-27 to 2027-11-27" in message


def test_the_default_date_window_is_around_today() -> None:
    today = dt.datetime.now(dt.UTC).date()
    late = today.replace(year=today.year + 2, day=min(today.day, 28))
    late_row = charge_row(RESIDENT, 1, transaction_date=f"{late}T00:00:00Z")
    [(_, field, _)] = _problems([late_row], transaction_dates=None)
    assert field == "transaction_date"
    assert validate_charges([charge_row(RESIDENT, 1, transaction_date=f"{today}T12:00:00Z")])


def test_the_date_window_can_be_widened_or_lifted() -> None:
    row = charge_row(RESIDENT, 1, transaction_date="1999-06-01T00:00:00-05:00")
    assert validate_charges([row], transaction_dates=DateWindow.parse("1999-01-01.."))
    assert validate_charges([row], transaction_dates=DateWindow())
    with pytest.raises(InvalidChargesError):
        validate_charges([row], transaction_dates=DateWindow.parse("1999-06-02..2030-01-01"))


def test_charge_objects_are_held_to_the_date_window_too() -> None:
    from propexo import Charge

    charge = Charge(
        resident_id=RESIDENT,
        charge_code_id="rent",
        transaction_date=dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        notes="",
        amount_in_cents=100,
        reference_number="r1",
    )
    [(_, field, _)] = _problems([charge])  # type: ignore[list-item]
    assert field == "transaction_date"


def _cli(*args: str) -> Any:
    return CliRunner().invoke(
        app, list(args), env={"PROPEXO_API_TOKEN": TOKEN}, catch_exceptions=False
    )


def test_the_cli_refuses_an_implausible_date_until_transaction_dates_allow_it(
    tmp_path: Path, fake: FakePropexo
) -> None:
    rows = [charge_row(f"r{n}", n, location_id="L1") for n in range(2)]
    rows[1]["transaction_date"] = "1999-12-31T00:00:00Z"
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    plan = ("charges", "plan", str(source), "--integration-id", RM, "--base-url", fake.url)
    refused = _cli(*plan)
    assert refused.exit_code == 2
    assert "row 2, transaction_date: 1999-12-31T00:00:00+00:00 is outside" in refused.stderr
    assert _cli(*plan, "--transaction-dates", "1999-01-01..").exit_code == 0
    bad = _cli(*plan, "--transaction-dates", "1999")
    assert bad.exit_code == 2 and "EARLIEST..LATEST" in bad.stderr
    assert fake.requests() == []
