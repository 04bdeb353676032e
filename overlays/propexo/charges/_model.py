"""The `Charge` value, declared once, and the problems found in an input of charges.

Each attrs field of `Charge` carries a `FieldSpec` in its metadata: the check that validates
it, whether it is required, whether the batch endpoints take it and whether it identifies the
charge at reconciliation. A `Charge` runs every field's check
when it is made, so a `Charge` is valid by construction: validation of an input (`_validate`)
is making one per row, and nothing checks a `Charge`'s fields again. The canonical line of
every fingerprint (`_plan`), the vendor request bodies (`_vendors`) and the reconciliation key
are derived from the declaration too: adding a field means adding one line here (and, as it
changes what a journal stores, a new journal format version: `propexo.journal._schema`).
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .._errors import PropexoError

#: Largest amount accepted: beyond 2**53 - 1 a JSON consumer may round the number.
MAX_CENTS = 2**53 - 1


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


# Bidi controls (they reorder what people see) and the characters that do not belong in any
# text field: C0/C1 controls but TAB, LF and CR, and lone surrogates (not encodable).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BAD_IN_NOTES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")


def _invisible(value: str, start: int = 0) -> str:
    """Where and what the first non-printable character of `value` is."""
    for i, char in enumerate(value[start:], start=start):
        if not char.isprintable():
            return f"U+{ord(char):04X} at position {i + 1}"
    return "?"


def check_id(value: object) -> str:
    """A required identifier or code: non-empty, no surrounding whitespace, and printable:
    no control, format (bidi, zero-width), separator or unassigned characters."""
    if not isinstance(value, str):
        raise TypeError(f"must be a string, got {_shown(value)}")
    if not value.strip():
        raise ValueError("must not be empty")
    if value != value.strip():
        raise ValueError(f"has leading or trailing whitespace: {value!r}")
    if not value.isprintable():
        raise ValueError(
            f"holds an invisible or control character ({_invisible(value)}); ids and codes "
            "must be printable text"
        )
    return value


def check_notes(value: object) -> str:
    """Notes are required by the API but may be empty; free text (tabs and line breaks too),
    but no other control character and no bidi control."""
    if not isinstance(value, str):
        raise TypeError(f"must be a string, got {_shown(value)}")
    if not value.isprintable() and (found := _BAD_IN_NOTES.search(value)):
        raise ValueError(
            f"holds a control or bidi character (U+{ord(found.group()):04X} at position "
            f"{found.start() + 1})"
        )
    return value


def check_cents(value: object) -> int:
    """An exact positive number of cents: no floats, strings or booleans."""
    if isinstance(value, bool) or not isinstance(value, int):
        hint = ""
        if isinstance(value, float | str) and "." in str(value):
            hint = " (it looks like a decimal amount; give whole cents, e.g. 1250 for 12.50)"
        raise TypeError(f"must be an integer number of cents, got {_shown(value)}{hint}")
    if value <= 0:
        raise ValueError(f"must be greater than 0, got {value}")
    if value > MAX_CENTS:
        raise ValueError(f"must be at most {MAX_CENTS}, got {value}")
    return value


@functools.lru_cache(maxsize=4096)
def _parsed_when(text: str) -> dt.datetime:
    """The date-time an ISO 8601 text gives. Remembered, and datetimes are immutable: the
    charges of one input, a handful of distinct dates in 100,000 rows, share one object per
    text instead of parsing and keeping one each."""
    stripped = text.strip()
    if not stripped.isascii():
        raise ValueError(f"is not an ISO 8601 date-time: {text!r}")
    try:
        parsed = dt.datetime.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"is not an ISO 8601 date-time: {text!r}") from None
    if len(stripped) <= 10:
        raise ValueError(f"must be a date-time with a timezone offset, got the date {text!r}")
    return parsed


def check_when(value: object) -> dt.datetime:
    """A timezone-aware date-time (a datetime or an ISO 8601 string with an offset)."""
    if isinstance(value, str):
        value = _parsed_when(value)
    elif not isinstance(value, dt.datetime):
        raise TypeError(f"must be an ISO 8601 date-time string, got {_shown(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"has no timezone offset (naive): {value.isoformat()!r}; add Z or +hh:mm")
    return value


def check_given_id(value: object) -> str | None:
    """An identifier that some vendors require and others do not take: None when not given
    (whether it is missing is the vendor's to say), else as `check_id` ("" is empty)."""
    return None if value is None else check_id(value)


def check_given_notes(value: object) -> str | None:
    """Notes when given (None: not given; "" is given, empty), as `check_notes`."""
    return None if value is None else check_notes(value)


def check_optional_id(value: object) -> str | None:
    """An optional identifier: absent, null or "" mean "not given"."""
    if value is None or value == "":
        return None
    return check_id(value)


def check_optional_text(value: object) -> str | None:
    """Optional free text (a description): absent, null or "" mean "not given"; otherwise
    as notes."""
    if value is None or value == "":
        return None
    return check_notes(value)


_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def check_post_month(value: object) -> str | None:
    """An optional accounting month, `YYYY-MM` or an ISO date `YYYY-MM-DD` (Yardi uses only
    its year and month): kept as the month's first day, `YYYY-MM-01`."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"must be a month as YYYY-MM or YYYY-MM-DD, got {_shown(value)}")
    found = _MONTH.fullmatch(value)
    try:
        if found is None:
            raise ValueError
        dt.date(int(found[1]), int(found[2]), int(found[3] or 1))
    except ValueError:
        raise ValueError(f"is not a month as YYYY-MM or YYYY-MM-DD: {value!r}") from None
    return f"{found[1]}-{found[2]}-01"


def same(value: Any) -> Any:
    return value


@attrs.frozen
class FieldSpec:
    """What one `Charge` field is, beyond its type (kept in the attrs field's metadata)."""

    check: Callable[[object], Any]  # validates (and converts) an input value, or raises
    # Every vendor requires it. Which other fields a vendor requires, takes or refuses is the
    # vendor's declaration (`_vendors.Vendor.required` / `.optional`), checked per row.
    required: bool = False
    to_json: Callable[[Any], Any] = same  # its JSON value (input files, canonical line)
    # Declared after the canonical line's first form (8 values): in the line only when set,
    # in one trailing object, so that the lines (and fingerprints) of charges without it stay
    # what they were.
    appended: bool = False


def _meta(spec: FieldSpec) -> dict[str, FieldSpec]:
    """A `Charge` field's attrs metadata: its `FieldSpec`. Each field is declared by calling
    `attrs.field` itself (not a helper that calls it) because that call is what type checkers
    (mypy's attrs plugin, pyright's dataclass_transform) read: which fields are required (no
    default) and what a converter accepts."""
    return {"spec": spec}


def _accepts_when(value: str | dt.datetime) -> Any:
    """`transaction_date`'s attrs converter, there for its signature: `Charge(...)` is typed
    to take ISO 8601 text or a datetime, while the attribute is a datetime. The value goes on
    unchanged: `check_when` converts and checks it in `__attrs_post_init__`, with the other
    fields' checks, so that every bad field is reported at once."""
    return value


@attrs.frozen(slots=True, kw_only=True)
class Charge:
    """One resident charge to post, for any vendor. Money is integer cents; the date must be
    timezone-aware.

    The fields are the union of the vendors' batch item fields, each under Propexo's name:
    which ones a vendor requires and takes is declared once per vendor (`_vendors`) and
    checked per row by validation; a field a vendor does not take stays None. `location_id`
    (Rent Manager) or `property_id` (ResMan) may name the charge's partition up front;
    otherwise it is looked up from the resident. The field order is the order of the
    canonical line that fingerprints are made of: never reorder, only append (as `appended`).

    Making one checks every given field (`__attrs_post_init__`) and raises
    `InvalidChargesError` naming each one that fails. `transaction_date` may be given as ISO
    8601 text.
    """

    resident_id: str | None = attrs.field(default=None, metadata=_meta(FieldSpec(check_given_id)))
    charge_code_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_given_id))
    )
    transaction_date: dt.datetime = attrs.field(
        converter=_accepts_when,
        metadata=_meta(FieldSpec(check_when, required=True, to_json=dt.datetime.isoformat)),
    )
    notes: str | None = attrs.field(default=None, metadata=_meta(FieldSpec(check_given_notes)))
    amount_in_cents: int = attrs.field(metadata=_meta(FieldSpec(check_cents, required=True)))
    reference_number: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_given_id))
    )
    location_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_optional_id))
    )
    property_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_optional_id))
    )
    unit_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_given_id, appended=True))
    )
    financial_account_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_given_id, appended=True))
    )
    lease_id: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_given_id, appended=True))
    )
    description: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_optional_text, appended=True))
    )
    post_month: str | None = attrs.field(
        default=None, metadata=_meta(FieldSpec(check_post_month, appended=True))
    )

    def __attrs_post_init__(self) -> None:
        """The one loop over the declared checks: each field checked once, every failure
        collected (an input's report names every bad field of a row at once), and the value
        each check gives kept (a date-time for its ISO text, None for an empty option). A
        frozen class sets it as attrs documents for `__attrs_post_init__`: by
        `object.__setattr__`."""
        problems: list[tuple[str, Exception]] = []
        for name, spec in _DECLARED:
            value = getattr(self, name)
            try:
                if value is None and spec.required:
                    raise ValueError("is missing")
                checked = spec.check(value)
            except (TypeError, ValueError) as exc:
                problems.append((name, exc))
                continue
            if checked is not value:
                object.__setattr__(self, name, checked)
        if problems:
            raise InvalidChargesError([ChargeProblem(0, name, str(exc)) for name, exc in problems])

    def to_json(self) -> dict[str, Any]:
        """The charge as a JSON object (as in a JSON Lines input file); unset options left out."""
        data: dict[str, Any] = {}
        for name, spec in SPECS.items():
            value = getattr(self, name)
            if value is not None or spec.required:
                data[name] = spec.to_json(value)
        return data

    def values(self) -> list[Any]:
        """The canonical line's content: the first form's field values in declaration order,
        then, when any appended field is set, one object of those set (name: JSON value)."""
        values = list(ALL_VALUES(self))
        for i, to_json in _CONVERTED:
            values[i] = to_json(values[i])
        appended = values[_FIRST_FORM:]
        del values[_FIRST_FORM:]
        if appended.count(None) < len(appended):
            values.append(
                {
                    name: value
                    for name, value in zip(FIELDS[_FIRST_FORM:], appended, strict=True)
                    if value is not None
                }
            )
        return values


#: The declaration, field by field, in order.
SPECS: dict[str, FieldSpec] = {
    f.name: f.metadata["spec"] for f in attrs.fields(Charge) if "spec" in f.metadata
}
_DECLARED = tuple(SPECS.items())
FIELDS = tuple(SPECS)
REQUIRED_FIELDS = tuple(name for name, spec in SPECS.items() if spec.required)
OPTIONAL_FIELDS = tuple(name for name, spec in SPECS.items() if not spec.required)
#: Every field's value of a charge, at once (a tuple).
ALL_VALUES = operator.attrgetter(*FIELDS)
_CONVERTED = tuple((i, s.to_json) for i, s in enumerate(SPECS.values()) if s.to_json is not same)
#: How many fields the canonical line always holds (those declared before any `appended`).
_FIRST_FORM = next((i for i, s in enumerate(SPECS.values()) if s.appended), len(SPECS))
assert all(s.appended for s in list(SPECS.values())[_FIRST_FORM:]), "append fields only"


def sent_values(charge: Charge, fields: Sequence[str]) -> dict[str, Any]:
    """The charge's values of `fields` (a vendor's item fields) that are set, as the
    generated item models want them."""
    return {name: value for name in fields if (value := getattr(charge, name)) is not None}


@attrs.frozen
class ChargeProblem:
    """What is wrong with one field of one input row (row 1 is the first charge)."""

    row: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row > 0 else "input"
        if self.field:
            return f"{where}, {self.field}: {self.message}"
        return f"{where}: {self.message}"


class InvalidChargesError(PropexoError, ValueError, TypeError):
    """The input has problems; nothing was sent. `problems` lists every one of them (row 0
    for a `Charge` made by hand, which raises it naming every field that fails its check).
    Both a ValueError and a TypeError, as the field checks raise either (a value of the wrong
    type, a wrong value of the right type)."""

    SHOWN = 25

    def __init__(self, problems: Sequence[ChargeProblem]) -> None:
        self.problems: tuple[ChargeProblem, ...] = tuple(
            sorted(
                problems, key=lambda p: (p.row, FIELDS.index(p.field) if p.field in FIELDS else 99)
            )
        )
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"... and {len(self.problems) - self.SHOWN} more")
        rows = len({p.row for p in self.problems})
        super().__init__(
            f"{len(self.problems)} problem(s) in {rows} row(s); nothing was sent:\n  "
            + "\n  ".join(lines)
        )


#: The earlier name of the error a `Charge` raises for fields that fail their checks.
ChargeFieldsError = InvalidChargesError
