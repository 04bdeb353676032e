"""The plan: charges grouped by partition (location or property) and cut into chunks.

A plan is a pure function of its input: the same charges, partitions, vendor, integration and
`max_batch_size` always give the same chunks in the same order, with the same fingerprints, so
that a journal can resume a run by matching them. Nothing here talks to the network.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from .._errors import ConfigurationError
from ._model import Charge

#: Default charges per batch request. Propexo publishes no maximum. 100 keeps a request body
#: near 25 KB and bounds the damage of one bad charge (a 400 rejects its whole chunk) and of an
#: unknown outcome (one chunk to reconcile), while 150 requests a minute still post 15,000
#: charges a minute: for a month of a portfolio the per-location split, not the chunk size,
#: decides the number of requests.
DEFAULT_MAX_BATCH_SIZE = 100
FORMAT = "propexo-charge-plan/1"

#: What json.dumps(values, ensure_ascii=False, separators=(",", ":")) uses, made once: the
#: canonical line is made for each of 100,000 charges. (No circular check: a line is a flat
#: list; the text is the same.)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _text(charge: Charge) -> str:
    """The canonical line of a charge, as text: the JSON list of its field values."""
    return _ENCODER.encode(charge.values())


def charge_lines(charges: Iterable[Charge]) -> list[bytes]:
    """The canonical bytes of each charge, used by every fingerprint: the JSON list of its
    field values in declaration order (`Charge.values()`), without spaces, UTF-8."""
    return [_text(charge).encode() for charge in charges]


def charge_line(charge: Charge) -> bytes:
    """The canonical bytes of one charge (see `charge_lines`)."""
    return _text(charge).encode()


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
    return _digest(_INPUT_PREFIX, map(_text, charges))


@attrs.frozen
class Chunk:
    """One batch request's worth of charges, all in one partition."""

    index: int  # 0-based position in the plan
    partition: str  # the location id (Rent Manager) or property id (ResMan)
    part: int  # 1-based number of this chunk within its partition
    rows: tuple[int, ...]  # the charges' 1-based input rows, in input order
    # The charges of those rows, in the same order; the fingerprint stands for them in
    # comparisons.
    charges: tuple[Charge, ...] = attrs.field(repr=False, eq=False)
    fingerprint: str  # sha256 of vendor, integration, partition and the charges

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
    """Group `charges` by partition (`partitions[i]` that of `charges[i]`; first appearance
    first, input order inside) and cut each group into chunks of at most `max_batch_size`: the
    fewest requests the API allows. The charges are `Charge`s, valid as made: planning checks
    none of their fields, and its chunks hold these very objects."""
    if (
        isinstance(max_batch_size, bool)
        or not isinstance(max_batch_size, int)
        or max_batch_size < 1
    ):
        raise ConfigurationError(
            f"max_batch_size must be a positive integer, got {max_batch_size!r}"
        )
    if len(partitions) != len(charges):
        raise ValueError("one partition per charge is needed")
    lines = list(map(_text, charges))
    whole = _digest(_INPUT_PREFIX, iter(lines))
    header = f"{FORMAT}\n{vendor}\n{integration_id}\n".encode()
    plan_digest = hashlib.sha256(header + f"{max_batch_size}\n".encode())
    plan_digest.update(whole.encode())
    groups: dict[str, list[int]] = {}  # each partition's 0-based positions, in input order
    for position, partition in enumerate(partitions):
        groups.setdefault(partition, []).append(position)
    chunks: list[Chunk] = []
    for partition, members in groups.items():
        prefix = header + partition.encode() + b"\n"
        for part, start in enumerate(range(0, len(members), max_batch_size), start=1):
            taken = members[start : start + max_batch_size]
            chunk = Chunk(
                len(chunks),
                partition,
                part,
                tuple(position + 1 for position in taken),
                tuple(charges[position] for position in taken),
                _digest(prefix, (lines[position] for position in taken)),
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
