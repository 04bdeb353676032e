"""Helpers of the journal tests: inputs over the fake's residents, and what the fake got."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import RM, charge_row, residents_by_location
from tests.fake_propexo import FakePropexo

BATCH_RM = "/v1/resident-charges/batch/rentmanager/"


def rows_for(
    fake: FakePropexo, count: int, integration_id: str = RM, start: int = 0
) -> list[dict[str, Any]]:
    """`count` valid rows spread over the integration's residents (every location)."""
    residents = [r for ids in residents_by_location(fake, integration_id).values() for r in ids]
    return [charge_row(residents[n % len(residents)], n) for n in range(start, start + count)]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def accepted_references(fake: FakePropexo, integration_id: str = RM) -> Counter[str]:
    """How many times the fake accepted each reference number (2 would be a double post)."""
    return Counter(
        a.charge["reference_number"]
        for a in fake.accepted_charges()
        if a.integration_id == integration_id
    )


def batch_posts(fake: FakePropexo) -> int:
    return len(fake.batch_requests())
