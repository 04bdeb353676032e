"""Names a release changes stay importable, deprecated: found by place against the names file."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts._model_names import KnownNames, Naming, renamed

ROOT = Path(__file__).resolve().parents[2]


def _naming(places: dict[str, str]) -> Naming:
    return Naming(overrides={}, aliases={}, places=places)


def test_a_place_named_otherwise_is_a_rename() -> None:
    before = KnownNames(places={"V1WidgetsGetOutputResultsItem": "Gadget"}, deprecated={})
    known, renames = renamed(before, _naming({"V1WidgetsGetOutputResultsItem": "Widget"}))
    assert renames == {"Gadget": "Widget"}
    assert known.deprecated == {"Gadget": "Widget"}
    assert known.places == {"V1WidgetsGetOutputResultsItem": "Widget"}


def test_an_old_name_still_naming_a_class_is_no_rename() -> None:
    # Two places merged into one class: the other place's class keeps its own name.
    before = KnownNames(places={"A": "Widget", "B": "Gadget"}, deprecated={})
    known, renames = renamed(before, _naming({"A": "Widget", "B": "Widget", "C": "Gadget"}))
    assert renames == {}
    assert known.deprecated == {}


def test_deprecated_names_are_carried_and_follow_a_second_rename() -> None:
    before = KnownNames(places={"P": "Gadget"}, deprecated={"Thing": "Gadget", "Gone": "Lost"})
    known, renames = renamed(before, _naming({"P": "Widget"}))
    assert renames == {"Gadget": "Widget"}
    # "Gone" named a class that no longer exists: nothing to point it at.
    assert known.deprecated == {"Gadget": "Widget", "Thing": "Widget"}


def test_the_first_generation_has_no_renames() -> None:
    known, renames = renamed(None, _naming({"P": "Widget"}))
    assert renames == {} and known.deprecated == {}


def test_the_names_file_reads_back_what_it_wrote() -> None:
    known = KnownNames(places={"P": "Widget", "A": "B"}, deprecated={"Gadget": "Widget"})
    text = known.dumps()
    assert KnownNames.loads(text) == known
    assert text == KnownNames.loads(text).dumps()  # sorted keys: the same file every time


@pytest.mark.slow
def test_the_current_spec_renames_two_classes_of_the_2026_02_12_release(
    shared_specs: Path, tmp_path: Path
) -> None:
    """Measured on Propexo's releases: an enum that was alone under its property name
    (``FrequencyNormalized``) is named by its model once another enum of that property appears,
    and a shape that was at one place (the appointment query's ``meta``) is the shared ``Meta``
    once the PMS-specific answers hold it too; the old names are found by their places. Every
    shape shared in both releases keeps its name."""
    from scripts import _generate, _normalize, _yaml

    def naming(file: Path) -> Naming:
        document = _normalize.normalize(_yaml.loads(file.read_text(encoding="utf-8")))
        return _generate._named(document, ROOT / "generator-config.yml", tmp_path)[1]

    before, _ = renamed(None, naming(shared_specs / "releases" / "2026-02-12.yml"))
    known, renames = renamed(before, naming(shared_specs / "current.yml"))
    assert renames == {
        "FrequencyNormalized": "RecurringResidentChargeFrequencyNormalized",
        "QueryAppointmentAvailabilityResponseMeta": "Meta",
    }
    assert known.deprecated == renames
