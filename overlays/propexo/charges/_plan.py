"""The plan: charges grouped by partition (location or property) and cut into chunks.

A plan is a pure function of its input: the same charges, partitions, vendor, integration and
`max_batch_size` always give the same chunks in the same order, with the same fingerprints, so
that a journal (issue 5) can resume a run by matching them. Nothing here talks to the network.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import itertools
import json
import json.encoder
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from .._errors import ConfigurationError
from ._model import (
    ALL_VALUES,
    GETTERS,
    SPECS,
    Charge,
    ChargeColumns,
    ColumnBlock,
    picker,
    same,
)

#: Default charges per batch request. Propexo publishes no maximum. 100 keeps a request body
#: near 25 KB and bounds the damage of one bad charge (a 400 rejects its whole chunk) and of an
#: unknown outcome (one chunk to reconcile), while 150 requests a minute still post 15,000
#: charges a minute: for a month of a portfolio the per-location split, not the chunk size,
#: decides the number of requests.
DEFAULT_MAX_BATCH_SIZE = 100
FORMAT = "propexo-charge-plan/1"


_CONVERTERS = {spec.to_json for spec in SPECS.values() if spec.to_json is not same}


def _to_json(value: object) -> object:
    """What the encoder calls for a value JSON has no form for (the declared conversions:
    a transaction date becomes its ISO 8601 text)."""
    for convert in _CONVERTERS:
        try:
            return convert(value)
        except TypeError:
            continue
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# One converter (the usual case) is handed to the encoder as is: no Python frame per charge.
_DEFAULT = next(iter(_CONVERTERS)) if len(_CONVERTERS) == 1 else _to_json
# The C encoder that json.dumps(..., ensure_ascii=False, separators=(",", ":")) builds on every
# call, built once: the canonical line is made 100,000 times for a large input.
_MAKE_ENCODER: Callable[..., Callable[[Any, int], list[str]]] | None = getattr(
    json.encoder, "c_make_encoder", None
)
_ENCODE = (
    None
    if _MAKE_ENCODER is None
    else _MAKE_ENCODER(
        None, _DEFAULT, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
)
_PRINTABLE = tuple(spec.printable for spec in SPECS.values())


def _encoded(values: object, zero: int = 0) -> list[str]:
    return [json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=_to_json)]


_ENCODE_ONE = _ENCODE or _encoded
_ESCAPED = re.compile(r'[\x00-\x1f\\"]')  # what JSON escapes in a string (ensure_ascii off)
_NONE = type(None)


def _json_value(value: object) -> str:
    return "".join(_ENCODE_ONE(value, 0))


def _column(values: list[Any], printable: bool = False) -> tuple[str, list[Any] | None]:
    """How one field's JSON texts go into the canonical lines: a %-placeholder and its column
    (None: the placeholder is the text of every row). Exactly the encoder's output: plain
    strings are quoted as they are, anything unusual is encoded value by value. `printable`:
    the field's values are known to hold no control character (`FieldSpec.printable`)."""
    kinds = set(map(type, values))
    if kinds == {_NONE}:
        return "null", None
    if kinds == {dt.datetime} and _DEFAULT is dt.datetime.isoformat:
        # One conversion per distinct object (a validated input shares one per date text).
        ids = list(map(id, values))
        distinct = dict(zip(ids, values, strict=True))
        texts = {key: _DEFAULT(when) for key, when in distinct.items()}
        values, kinds, printable = list(map(texts.__getitem__, ids)), {str}, True
    if kinds == {str}:
        joined = "".join(values)
        if (
            '"' not in joined
            and "\\" not in joined
            and (printable or joined.isprintable() or _ESCAPED.search(joined) is None)
        ):
            return '"%s"', values
        return "%s", list(map(json.encoder.encode_basestring, values))
    if kinds == {int}:
        return "%d", values
    return "%s", list(map(_json_value, values))


def _texts(charges: Sequence[Charge]) -> list[str]:
    """The canonical line of each charge, as text (see `column_texts`)."""
    return column_texts([list(map(take, charges)) for take in GETTERS], len(charges))


def column_texts(
    columns: Sequence[list[Any]],
    count: int,
    verbatim: Sequence[list[str] | None] | None = None,
) -> list[str]:
    """The canonical lines of `count` charges given as columns of their field values (in
    declaration order), built column by column: one C-level map per field and one %-format
    per charge, the same text as `json.dumps` of each charge's values. `verbatim`, per field:
    its JSON texts when JSON quotes each of them as it is (None: find out)."""
    if not count:
        return []
    placeholders, texts = [], []
    for n, (values, printable) in enumerate(zip(columns, _PRINTABLE, strict=True)):
        known = None if verbatim is None else verbatim[n]
        placeholder, column = ('"%s"', known) if known is not None else _column(values, printable)
        placeholders.append(placeholder)
        if column is not None:
            texts.append(column)
    line = "[" + ",".join(placeholders) + "]"
    if not texts:
        return [line] * count
    return list(map(line.__mod__, zip(*texts, strict=True)))


def charge_lines(charges: Sequence[Charge]) -> list[bytes]:
    """The canonical bytes of each charge, used by every fingerprint: the JSON list of its
    field values in declaration order (`Charge.values()`), without spaces, UTF-8."""
    return list(map(str.encode, _texts(charges)))


def charge_line(charge: Charge) -> bytes:
    """The canonical bytes of one charge (see `charge_lines`)."""
    return _json_value(ALL_VALUES(charge)).encode()


_INPUT_PREFIX = b"propexo-charges/1\n"
_SLICE = 8192  # lines hashed per update: bounds the joined bytes held at once


def _digest(prefix: bytes, lines: Iterator[str]) -> str:
    """sha256 of `prefix` and then each line followed by a newline, UTF-8."""
    digest = hashlib.sha256(prefix)
    batch = list(itertools.islice(lines, _SLICE))
    while batch:
        batch.append("")
        digest.update("\n".join(batch).encode())
        batch = list(itertools.islice(lines, _SLICE))
    return digest.hexdigest()


def input_fingerprint(charges: Iterable[Charge]) -> str:
    """sha256 of the input's charges in order (what a journal calls "the same input")."""
    return _digest(_INPUT_PREFIX, iter(_texts(list(charges))))


@attrs.frozen
class Chunk:
    """One batch request's worth of charges, all in one partition."""

    index: int  # 0-based position in the plan
    partition: str  # the location id (Rent Manager) or property id (ResMan)
    part: int  # 1-based number of this chunk within its partition
    rows: tuple[int, ...]  # the charges' 1-based input rows, in input order
    # The charges, or the plan's columns they are made from when first asked for (`charges`);
    # the fingerprint stands for them in comparisons.
    _charges: tuple[Charge, ...] | ChargeColumns = attrs.field(
        repr=False, eq=False, alias="charges"
    )
    fingerprint: str  # sha256 of vendor, integration, partition and the charges

    @property
    def charges(self) -> tuple[Charge, ...]:
        """The chunk's charges, in input order (made once, on first use, from a plan's columns;
        two threads asking at once may each make them, equal)."""
        found = self._charges
        if isinstance(found, ChargeColumns):
            found = found.charges(self.rows)
            object.__setattr__(self, "_charges", found)
        return found

    @property
    def id(self) -> str:
        """Stable and readable: position plus content hash, e.g. `0007-3fa2b9c01d4e`."""
        return f"{self.index + 1:04d}-{self.fingerprint[:12]}"

    def __len__(self) -> int:
        return len(self.rows)

    def to_json(self, *, charges: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "index": self.index,
            "partition": self.partition,
            "part": self.part,
            "size": len(self.rows),
            "fingerprint": self.fingerprint,
            "rows": list(self.rows),
        }
        if charges:
            data["charges"] = [c.to_json() for c in self.charges]
        return data


@attrs.frozen
class Plan:
    """Every chunk to send, in order; `fingerprint` covers the input and the whole split."""

    vendor: str
    integration_id: str
    max_batch_size: int
    input_fingerprint: str
    chunks: tuple[Chunk, ...] = attrs.field(repr=False)
    fingerprint: str

    @property
    def charge_count(self) -> int:
        return sum(len(c) for c in self.chunks)

    @property
    def partitions(self) -> tuple[str, ...]:
        """Partitions in order of first appearance in the input."""
        return tuple(dict.fromkeys(c.partition for c in self.chunks))

    def chunk(self, chunk_id: str) -> Chunk:
        for chunk in self.chunks:
            if chunk.id == chunk_id:
                return chunk
        raise KeyError(chunk_id)

    def to_json(self, *, charges: bool = False) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "vendor": self.vendor,
            "integration_id": self.integration_id,
            "max_batch_size": self.max_batch_size,
            "charge_count": self.charge_count,
            "input_fingerprint": self.input_fingerprint,
            "fingerprint": self.fingerprint,
            "chunks": [c.to_json(charges=charges) for c in self.chunks],
        }

    def dumps(self, *, charges: bool = False) -> str:
        """Canonical JSON: the same plan gives the same text, byte for byte."""
        return json.dumps(
            self.to_json(charges=charges), ensure_ascii=False, separators=(",", ":"), sort_keys=True
        )


def make_plan(
    charges: Sequence[Charge],
    partitions: Sequence[str],
    *,
    vendor: str,
    integration_id: str,
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
) -> Plan:
    """Group `charges` by partition (first appearance first, input order inside) and cut each
    group into chunks of at most `max_batch_size`: the fewest requests the API allows."""
    return plan_lines(
        charges,
        _texts(charges),
        partitions,
        vendor=vendor,
        integration_id=integration_id,
        max_batch_size=max_batch_size,
    )


def lines_of(parts: Iterable[Sequence[Charge] | ColumnBlock]) -> list[str]:
    """The canonical lines of charges given in parts, each a run of charges or a block of
    columns (as validation checked them)."""
    lines: list[str] = []
    for part in parts:
        if isinstance(part, ColumnBlock):
            lines.extend(column_texts(part.columns, part.count, part.verbatim))
        else:
            lines.extend(_texts(part))
    return lines


def _grouped(partitions: Sequence[str]) -> dict[str, list[int]]:
    """Each partition's 1-based rows, partitions by first appearance, input order inside
    (C-level work for 100,000 charges: one append per charge, by a map)."""
    groups: dict[str, list[int]] = {p: [] for p in dict.fromkeys(partitions)}
    appends = map(list.append, map(groups.__getitem__, partitions), range(1, len(partitions) + 1))
    collections.deque(appends, maxlen=0)
    return groups


def plan_lines(
    charges: Sequence[Charge] | ChargeColumns,
    lines: Sequence[str],
    partitions: Sequence[str],
    *,
    vendor: str,
    integration_id: str,
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
) -> Plan:
    """`make_plan` given the charges' canonical lines (`lines[i]` that of `charges[i]`). Given
    `ChargeColumns`, each chunk makes its `Charge` objects when they are first asked for."""
    if (
        isinstance(max_batch_size, bool)
        or not isinstance(max_batch_size, int)
        or max_batch_size < 1
    ):
        raise ConfigurationError(
            f"max_batch_size must be a positive integer, got {max_batch_size!r}"
        )
    if not len(partitions) == len(charges) == len(lines):
        raise ValueError("one partition and one canonical line per charge are needed")
    whole = _digest(_INPUT_PREFIX, iter(lines))
    header = f"{FORMAT}\n{vendor}\n{integration_id}\n".encode()
    chunks: list[Chunk] = []
    plan_digest = hashlib.sha256(header + f"{max_batch_size}\n".encode())
    plan_digest.update(whole.encode())
    # Each chunk's rows are a slice of its partition's rows; row n's line and charge are
    # item n of these (a placeholder first: rows count from 1).
    by_row: list[str] = ["", *lines]
    source = charges if isinstance(charges, ChargeColumns) else [None, *charges]
    for partition, members in _grouped(partitions).items():
        prefix = header + partition.encode() + b"\n"
        for part, start in enumerate(range(0, len(members), max_batch_size), start=1):
            rows = tuple(members[start : start + max_batch_size])
            pick = picker(rows)
            chunk = Chunk(
                len(chunks),
                partition,
                part,
                rows,
                source if isinstance(source, ChargeColumns) else pick(source),
                _digest(prefix, iter(pick(by_row))),
            )
            plan_digest.update(f"\n{chunk.id}".encode())
            chunks.append(chunk)
    return Plan(
        vendor,
        integration_id,
        max_batch_size,
        whole,
        tuple(chunks),
        plan_digest.hexdigest(),
    )
