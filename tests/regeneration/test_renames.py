"""Names a release changes stay importable, deprecated: found by place against the names file."""

from __future__ import annotations

from scripts._model_names import KnownNames, Naming, renamed


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
