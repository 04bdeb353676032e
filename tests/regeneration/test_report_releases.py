"""The release report on Propexo's real consecutive releases, for the categories the report learned
late: no false alarm (no renamed argument, media type or security line where none changed), and the
lines that are there are the real changes, worded as a caller meets them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from scripts import _normalize, _yaml
from scripts._report import ReleaseReport, compare

from .conftest import shared_specs_or_skip

pytestmark = pytest.mark.slow

RELEASES = ["2024-08-22", "2025-02-25", "2025-04-03", "2025-09-30", "2026-02-12", "current"]
CATEGORIES = (
    "keyword argument",
    "media type",
    "security",
    "now accepts only",
    "format date-time dropped",
)
DATES = ("application_date", "date_of_birth", "end_date", "move_in_date", "start_date")
LEASE_DATES = (
    "date_of_birth",
    "end_date",
    "move_in_date",
    "move_out_date",
    "scheduled_move_out_date",
    "start_date",
)
# Per pair: the lines of these categories, without the enum values (long lists of states).
EXPECTED: dict[tuple[str, str], set[str]] = {
    ("2024-08-22", "2025-02-25"): {
        *(
            f"`PUT /v1/leases/{{lease_id}}`: request body.{name} type datetime -> str "
            "(format date-time dropped)"
            for name in LEASE_DATES
        ),
        "`PUT /v1/residents/{id}`: request body.date_of_birth type datetime -> str "
        "(format date-time dropped)",
        "`PUT /v1/residents/{id}`: request body.country now accepts only",
        "`PUT /v1/residents/{id}`: request body.state now accepts only",
    },
    ("2025-02-25", "2025-04-03"): set(),
    ("2025-04-03", "2025-09-30"): {
        *(
            f"`POST /v1/applicants/`: request body.{name} type datetime -> str "
            "(format date-time dropped)"
            for name in DATES
        ),
        "`POST /v1/applications/`: request body.vehicles[].license_plate_state now accepts only",
        "`PUT /v1/applications/{id}`: request body.vehicles[].license_plate_state now accepts only",
    },
    ("2025-09-30", "2026-02-12"): set(),
    ("2026-02-12", "current"): set(),
}


@cache
def _document(release: str) -> dict[str, object]:
    folder = shared_specs_or_skip()
    path = (
        folder / "current.yml" if release == "current" else folder / "releases" / f"{release}.yml"
    )
    return _normalize.normalize(_yaml.loads(Path(path).read_text()))


def _summary(report: ReleaseReport) -> set[str]:
    lines = {*report.breaking, *report.notices}
    found = {line for line in lines if any(category in line for category in CATEGORIES)}
    return {line.split(" '")[0] if "now accepts only" in line else line for line in found}


@pytest.mark.parametrize(("old", "new"), list(EXPECTED), ids=lambda release: release)
def test_real_release_pair_reports_only_real_changes_in_the_new_categories(
    old: str, new: str
) -> None:
    report = compare(_document(old), _document(new))
    assert _summary(report) == EXPECTED[(old, new)]
    assert report.notices == ()
