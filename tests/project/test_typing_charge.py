"""How `Charge` is typed for its users, checked twice: pytest runs these tests, and the
``typecheck`` session runs ``mypy --strict`` (and pyright) on this file as on a user's code.

`transaction_date` takes ISO 8601 text or a datetime and is a datetime once made; the fields
without a default must be given. `assert_type` is checked by the type checkers (a no-op when
run); each ``type: ignore[...]`` is an error the type checkers must find (strict mypy reports
an ignore that is not needed, so a call that became accepted fails the session)."""

from __future__ import annotations

import datetime as dt
from typing import assert_type

import attrs
import pytest
from propexo import Charge
from propexo.charges._model import SPECS


def test_a_charge_takes_its_date_as_iso_text_and_keeps_a_datetime() -> None:
    charge = Charge(
        resident_id="res-1",
        charge_code_id="cc",
        transaction_date="2026-07-01T00:00:00Z",
        notes="",
        amount_in_cents=1250,
        reference_number="REF-1",
    )

    when = assert_type(charge.transaction_date, dt.datetime)
    assert when == dt.datetime(2026, 7, 1, tzinfo=dt.UTC)


def test_a_charge_takes_its_date_as_a_datetime_too() -> None:
    when = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)

    charge = Charge(
        resident_id="res-1",
        charge_code_id="cc",
        transaction_date=when,
        notes="",
        amount_in_cents=1250,
        reference_number="REF-1",
        location_id="loc-1",
    )

    assert assert_type(charge.transaction_date, dt.datetime) is when
    assert assert_type(charge.location_id, str | None) == "loc-1"


def test_a_charge_without_its_required_fields_is_refused() -> None:
    with pytest.raises(TypeError):
        Charge()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Charge(
            resident_id="res-1",
            charge_code_id="cc",
            transaction_date=20260701,  # type: ignore[arg-type]
            notes="",
            amount_in_cents=1250,
            reference_number="REF-1",
        )


def test_a_field_has_a_default_exactly_when_its_spec_is_optional() -> None:
    """The declaration says it twice (attrs' default, which type checkers read, and the
    spec's `required`, which the checks read): they must agree."""
    defaults = {f.name: f.default for f in attrs.fields(Charge)}

    assert {name: defaults[name] is attrs.NOTHING for name in SPECS} == {
        name: spec.required for name, spec in SPECS.items()
    }
