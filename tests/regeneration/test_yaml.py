"""YAML in and out: 1.2 semantics on reading, and output that every YAML reader reads alike."""

from __future__ import annotations

import json

import pytest
import yaml as pyyaml  # YAML 1.1, only to prove the output is unambiguous for such readers

from scripts import _yaml

TRICKY = [
    "ON",
    "on",
    "Off",
    "yes",
    "No",
    "y",
    "n",
    "true",
    "null",
    "~",
    "",
    " lead",
    "trail ",
    "1_000",
    "0o17",
    "0x1F",
    "017",
    "1e3",
    ".inf",
    "-.5",
    "12:30:45",
    "2024-01-15",
    "2024-01-15T10:00:00Z",
    "- item",
    "a: b",
    "#hash",
    "x #y",
    "{braces}",
    "[list]",
    "@at",
    "`tick",
    "%pct",
    "!bang",
    "&anchor",
    "*alias",
    "|pipe",
    ">fold",
    "?q",
    '"quoted"',
    "'single'",
    "multi\nline",
    "tab\tchar",
    "émoji ✓",
    "ends:",
]


def test_yaml_12_reads_state_code_on_as_a_string() -> None:
    document = _yaml.loads("openapi: 3.1.0\nenum:\n  - ON\n  - QC\nflag: ON\n")
    assert document["enum"] == ["ON", "QC"]
    assert document["flag"] == "ON"


def test_dates_become_iso_strings_like_json_would_carry_them() -> None:
    document = _yaml.loads("openapi: 3.1.0\nexample: 2024-01-15\n")
    assert document["example"] == "2024-01-15"


def test_json_input_is_read_as_json() -> None:
    assert _yaml.loads(json.dumps({"openapi": "3.1.0", "x": ["ON"]})) == {
        "openapi": "3.1.0",
        "x": ["ON"],
    }


def test_a_document_must_be_a_mapping() -> None:
    with pytest.raises(ValueError, match="mapping"):
        _yaml.loads("- just\n- a list\n")


@pytest.mark.parametrize("text", TRICKY)
def test_every_string_reads_back_as_itself_under_yaml_11_and_12(text: str) -> None:
    out = _yaml.dumps({"key": text, "list": [text], text or "empty": 1})
    assert _yaml.loads(out) == {"key": text, "list": [text], text or "empty": 1}
    assert pyyaml.safe_load(out) == {"key": text, "list": [text], text or "empty": 1}


def test_scalars_of_other_types_keep_their_type() -> None:
    document: dict[str, object] = {
        "i": 3,
        "f": 1.5,
        "t": True,
        "n": None,
        "e": {},
        "l": [],
        "nested": [[1, 2], {"a": [3]}],
    }
    out = _yaml.dumps(document)
    assert _yaml.loads(out) == document
    assert pyyaml.safe_load(out) == document
