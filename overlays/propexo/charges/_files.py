"""Reading charges from CSV or JSON Lines files (the Charge fields as columns / keys)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from ._model import Charge, ChargeProblem, InvalidChargesError
from ._validate import DateWindow, check_rows

FileFormat = Literal["csv", "jsonl"]
_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits only: "١٢٥٠٠" is no amount
_SUFFIXES: dict[str, FileFormat] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
}


def detect_format(path: Path) -> FileFormat:
    """By suffix; otherwise JSON Lines when the first non-blank character is `{`."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found:
        return found
    with path.open(encoding="utf-8-sig") as stream:
        for line in stream:
            if line.strip():
                return "jsonl" if line.lstrip().startswith("{") else "csv"
    return "csv"


def _csv_rows(path: Path) -> Iterator[dict[str, object] | ChargeProblem]:
    with path.open(newline="", encoding="utf-8-sig") as stream:
        reader = csv.DictReader(stream)
        for row in reader:
            if not any(v for k, v in row.items() if k is not None) and None not in row:
                continue  # a blank line
            data: dict[str, object] = dict(row)
            amount = data.get("amount_in_cents")
            if isinstance(amount, str) and _INTEGER.fullmatch(amount.strip()):
                data["amount_in_cents"] = int(amount)
            yield data


def _jsonl_rows(path: Path) -> Iterator[dict[str, object] | ChargeProblem]:
    with path.open(encoding="utf-8-sig") as stream:
        row = 0
        for line in stream:
            if not line.strip():
                continue
            row += 1
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield ChargeProblem(row, None, f"is not valid JSON: {exc}")
                continue
            if not isinstance(data, dict):
                yield ChargeProblem(row, None, f"must be a JSON object, got {type(data).__name__}")
                continue
            yield data


def read_charges(
    path: str | Path,
    *,
    format: FileFormat | None = None,
    transaction_dates: DateWindow | None = None,
) -> list[Charge]:
    """Read and validate every row of a CSV or JSON Lines file.

    Row numbers count charges, blank lines aside: row 1 is the first line after a CSV header.
    CSV cells are text, so `amount_in_cents` is read as an integer when it is one
    ("1250"); anything else ("12.50", "") is reported. Raises `InvalidChargesError` listing
    every problem; returns the charges in file order. `transaction_dates`: see
    `validate_charges`.
    """
    path = Path(path)
    kind = format or detect_format(path)
    rows = _csv_rows(path) if kind == "csv" else _jsonl_rows(path)
    problems: list[ChargeProblem] = []
    charges: list[Charge] = []
    try:
        charges = check_rows(rows, problems, transaction_dates)
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(ChargeProblem(0, None, f"{path.name} cannot be read as {kind}: {exc}"))
    if problems:
        raise InvalidChargesError(problems)
    return charges
