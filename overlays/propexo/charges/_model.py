"""The `Charge` value, declared once, and the problems found in an input of charges.

Each attrs field of `Charge` carries a `FieldSpec` in its metadata: the check that validates
it, whether it is required, whether the batch endpoints take it, whether it identifies the
charge at reconciliation and which journal column keeps it. Validation (`_validate`), the
canonical line of every fingerprint (`_plan`), the vendor request bodies (`_vendors`), the
reconciliation key and the journal's `rows` columns (`journal`) are all derived from it:
adding a field means adding one line here.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import gc
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
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


def check_when(value: object) -> dt.datetime:
    """A timezone-aware date-time (a datetime or an ISO 8601 string with an offset)."""
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii():
            raise ValueError(f"is not an ISO 8601 date-time: {value!r}")
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"is not an ISO 8601 date-time: {value!r}") from None
        if len(text) <= 10:
            raise ValueError(f"must be a date-time with a timezone offset, got the date {value!r}")
        value = parsed
    elif not isinstance(value, dt.datetime):
        raise TypeError(f"must be an ISO 8601 date-time string, got {_shown(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"has no timezone offset (naive): {value.isoformat()!r}; add Z or +hh:mm")
    return value


def check_optional_id(value: object) -> str | None:
    """An optional identifier: absent, null or "" mean "not given"."""
    if value is None or value == "":
        return None
    return check_id(value)


def same(value: Any) -> Any:
    return value


@attrs.frozen
class FieldSpec:
    """What one `Charge` field is, beyond its type (kept in the attrs field's metadata)."""

    check: Callable[[object], Any]  # validates (and converts) an input value, or raises
    required: bool = True
    sent: bool = True  # every batch endpoint's charge item takes it under the same name
    key: bool = False  # identifies the charge when reconciling with Propexo's records
    column: str | None = None  # the SQL type of its own column in the journal's `rows`
    to_json: Callable[[Any], Any] = same  # its JSON value (input files, canonical line)
    printable: bool = False  # a valid value is None or printable text (no control character)


def _field(spec: FieldSpec, **kw: Any) -> Any:
    def validator(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        try:
            spec.check(value)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{attribute.name}: {exc}") from None

    if not spec.required:
        kw.setdefault("default", None)
    return attrs.field(validator=validator, metadata={"spec": spec}, **kw)


def _to_datetime(value: Any) -> Any:
    """Accept an ISO 8601 date-time string where a datetime is expected."""
    if isinstance(value, str) and len(value) > 10:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@attrs.frozen(slots=True)
class Charge:
    """One resident charge to post. Money is integer cents; the date must be timezone-aware.

    `location_id` (Rent Manager) or `property_id` (ResMan) may name the charge's partition up
    front; otherwise it is looked up from the resident. The field order is the order of the
    canonical line that fingerprints are made of: never reorder, only append.
    """

    resident_id: str = _field(FieldSpec(check_id, key=True, column="TEXT", printable=True))
    charge_code_id: str = _field(FieldSpec(check_id, key=True, printable=True))
    transaction_date: dt.datetime = _field(  # noqa: RUF009 (an attrs field, as the others)
        FieldSpec(check_when, key=True, column="TEXT", to_json=dt.datetime.isoformat),
        converter=_to_datetime,
    )
    notes: str = _field(FieldSpec(check_notes, key=True))
    amount_in_cents: int = _field(FieldSpec(check_cents, key=True, column="INTEGER"))
    reference_number: str = _field(FieldSpec(check_id, key=True, column="TEXT", printable=True))
    location_id: str | None = _field(
        FieldSpec(check_optional_id, required=False, sent=False, printable=True)
    )
    property_id: str | None = _field(
        FieldSpec(check_optional_id, required=False, sent=False, printable=True)
    )

    def to_json(self) -> dict[str, Any]:
        """The charge as a JSON object (as in a JSON Lines input file); unset options left out."""
        data: dict[str, Any] = {}
        for name, spec in SPECS.items():
            value = getattr(self, name)
            if value is not None or spec.required:
                data[name] = spec.to_json(value)
        return data

    def values(self) -> list[Any]:
        """Every field's JSON value, in declaration order (the canonical line's content)."""
        values = list(ALL_VALUES(self))
        for i, to_json in _CONVERTED:
            values[i] = to_json(values[i])
        return values


#: The declaration, field by field, in order.
SPECS: dict[str, FieldSpec] = {
    f.name: f.metadata["spec"] for f in attrs.fields(Charge) if "spec" in f.metadata
}
FIELDS = tuple(SPECS)
REQUIRED_FIELDS = tuple(name for name, spec in SPECS.items() if spec.required)
OPTIONAL_FIELDS = tuple(name for name, spec in SPECS.items() if not spec.required)
#: Each field's value of a charge, one getter per field, and all of them at once (a tuple).
GETTERS = tuple(operator.attrgetter(name) for name in FIELDS)
ALL_VALUES = operator.attrgetter(*FIELDS)
_CONVERTED = tuple((i, s.to_json) for i, s in enumerate(SPECS.values()) if s.to_json is not same)
#: What every vendor's batch charge item takes under the field's own name.
SENT_FIELDS = tuple(name for name, spec in SPECS.items() if spec.sent)
#: What tells one charge from another in Propexo's records (reconciliation).
KEY_FIELDS = tuple(name for name, spec in SPECS.items() if spec.key)
#: The journal's per-row columns besides the whole charge: name -> SQL type.
JOURNAL_COLUMNS = {name: spec.column for name, spec in SPECS.items() if spec.column}


def sent_values(charge: Charge) -> dict[str, Any]:
    """The fields every batch endpoint takes, as the generated item models want them."""
    return {name: getattr(charge, name) for name in SENT_FIELDS}


def journal_values(charge: Charge) -> tuple[Any, ...]:
    """The journal columns' values, in `JOURNAL_COLUMNS` order."""
    return tuple(SPECS[name].to_json(getattr(charge, name)) for name in JOURNAL_COLUMNS)


#: Each field's slot setter, in `FIELDS` order (what frozen attrs' `__init__` itself uses).
SETTERS = tuple(getattr(Charge, name).__set__ for name in FIELDS)


def checked_charge(values: Sequence[Any]) -> Charge:
    """A `Charge` from values (in `FIELDS` order) that the field checks already passed.

    Bulk validation checks each field once to collect every problem; running the same
    validators again in `Charge.__init__` would double the cost of a 100,000-row input.
    """
    return checked_charges([(value,) for value in values], 1)[0]


_NEW = object.__new__


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile (as Mercurial's `nogc`): making 100,000 charges,
    none in a cycle, would otherwise set off collections that traverse every live object
    again and again, for nothing. The collector is left as it was found.

    The objects made meanwhile then go straight to the oldest generation (`gc.freeze()` and
    `gc.unfreeze()`, two list splices), instead of one young collection traversing all of them
    at once, cold, right after: they are long-lived, and a full collection still finds any
    garbage among them. Skipped if the program froze objects of its own, which `unfreeze`
    would release."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def checked_charges(columns: Sequence[Iterable[Any]], count: int) -> list[Charge]:
    """`count` Charges from columns of values (in `FIELDS` order) that the field checks passed
    (see `checked_charge`): each field is set on every charge by one C-level map of its slot
    setter, with no Python frame per charge."""
    charges: list[Charge] = list(map(_NEW, itertools.repeat(Charge, count)))
    for set_value, column in zip(SETTERS, columns, strict=True):
        collections.deque(map(set_value, charges, column), maxlen=0)
    return charges


def picker(indexes: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Takes the items at `indexes` (at least one) as a tuple, in one C call."""
    if len(indexes) == 1:
        index = indexes[0]
        return lambda items: (items[index],)
    return operator.itemgetter(*indexes)


@attrs.frozen
class ColumnBlock:
    """`count` checked charges as columns of their values (in `FIELDS` order), as validation's
    column path takes them; `verbatim`, per field, the column's JSON texts when JSON quotes each
    of them as it is (None: not known), for the canonical lines."""

    columns: list[list[Any]]
    count: int
    verbatim: tuple[list[str] | None, ...]


class ChargeColumns:
    """Checked charges as columns of their values (in `FIELDS` order), without a `Charge`
    object each: what a plan made from validated rows keeps. Each chunk makes its charges
    from here when they are first asked for (sending, journaling), a hundred at a time, so
    planning 100,000 charges neither makes nor frees 100,000 objects it does not need yet."""

    __slots__ = ("_columns", "count")

    def __init__(self, columns: Sequence[list[Any]], count: int) -> None:
        if len(columns) != len(FIELDS) or any(len(c) != count for c in columns):
            raise ValueError(f"one column of {count} values per field is needed")
        self._columns = tuple(columns)
        self.count = count

    def column(self, name: str) -> list[Any]:
        """The values of one field, in row order."""
        return self._columns[FIELDS.index(name)]

    def charges(self, rows: Sequence[int]) -> tuple[Charge, ...]:
        """The charges of these 1-based rows, in that order."""
        if not rows:
            return ()
        pick = picker([row - 1 for row in rows])
        return tuple(checked_charges([pick(c) for c in self._columns], len(rows)))

    def __len__(self) -> int:
        return self.count

    def __repr__(self) -> str:
        return f"ChargeColumns({self.count} charges)"


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


class InvalidChargesError(PropexoError, ValueError):
    """The input has problems; nothing was sent. `problems` lists every one of them."""

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
