"""What `propexo charges plan|submit` tells about its input file: the columns in `--help`, and
one line for a file saved with another separator than the comma."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from propexo import InvalidChargesError, read_charges
from propexo.charges._model import SPECS
from propexo.cli import _input
from propexo.cli._app import app

from tests.conftest import DATES_OPTION, RM, TOKEN, charge_row, residents_by_location
from tests.fake_propexo import FakePropexo


def _run(*args: str, token: str = TOKEN) -> Result:
    result = CliRunner().invoke(
        app, list(args), env={"PROPEXO_API_TOKEN": token}, catch_exceptions=False
    )
    assert TOKEN not in result.output and TOKEN not in result.stderr
    return result


def _columns(help_text: str) -> dict[str, str]:
    """The help's column lines: name -> the rest of the line."""
    lines = help_text.split("Its columns (keys):\n", 1)[1].splitlines()
    return {line.split()[0]: " ".join(line.split()[1:]) for line in lines if line.strip()}


def _write_csv(path: Path, rows: list[dict[str, object]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("command", ["plan", "submit"])
def test_help_lists_every_charge_field_as_required_or_optional(command: str) -> None:
    result = _run("charges", command, "--help")
    assert result.exit_code == 0
    columns = _columns(result.stdout)
    assert list(columns) == list(SPECS)  # every field, in declared order
    for name, rest in columns.items():
        assert rest.split()[0] in ("required", "optional"), name
        words = rest.split()
        every_vendor = words[0] == "required" and words[1:2] != ["for"]
        assert every_vendor == SPECS[name].required, name
    assert columns["resident_id"].startswith("required for rentmanager, resman")
    assert "required for yardi" in columns["unit_id"]
    assert "required for propertyware_rest" in columns["lease_id"]
    assert "Rent Manager: the location" in columns["location_id"]
    assert "ResMan: the property (else looked up); Yardi: the property" in columns["property_id"]
    assert "whole cents" in columns["amount_in_cents"]
    assert "comma-separated" in result.stdout


def test_help_notes_name_only_declared_fields() -> None:
    assert set(_input._COLUMN_NOTES) <= set(SPECS)


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab")])
def test_a_file_with_another_separator_gets_one_hint_and_nothing_is_sent(
    tmp_path: Path, fake: FakePropexo, delimiter: str, name: str
) -> None:
    residents = [r for ids in residents_by_location(fake).values() for r in ids]
    rows = [charge_row(residents[n], n) for n in range(3)]
    source = _write_csv(tmp_path / "in.csv", rows, delimiter)
    result = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--journal", str(tmp_path / "j.sqlite"), *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 2
    problems = result.stderr.splitlines()[1:]
    assert problems == [f"  input: the file looks {name}-separated: use commas"]
    assert fake.requests() == []


def test_read_charges_reports_the_separator_alone(tmp_path: Path) -> None:
    source = _write_csv(tmp_path / "in.csv", [charge_row("r1", 1)], ";")
    with pytest.raises(InvalidChargesError) as caught:
        read_charges(source)
    assert [(p.row, p.field, p.message) for p in caught.value.problems] == [
        (0, None, "the file looks semicolon-separated: use commas")
    ]


def test_semicolons_and_tabs_inside_comma_separated_cells_are_text(tmp_path: Path) -> None:
    rows = [charge_row(f"r{n}", n, location_id="L1", notes="rent;\tparking") for n in range(2)]
    source = _write_csv(tmp_path / "in.csv", rows)
    result = _run("charges", "plan", str(source), "--integration-id", RM, *DATES_OPTION, token="")
    assert result.exit_code == 0, result.output
    assert [c.notes for c in read_charges(source)] == ["rent;\tparking"] * 2
