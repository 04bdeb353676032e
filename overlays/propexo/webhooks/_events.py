"""Typed webhook events: one frozen class per trigger Propexo documents, and `UnknownEvent`.

Where a delivery names its trigger is not documented: the body has no documented trigger
field and Propexo documents no trigger header. So the trigger comes from the caller when it
knows it (a URL registered for one trigger, or a header of its own that the registration's
`headers` makes Propexo send with each delivery); otherwise it is inferred from the payload's
shape, which can tell only the documented shapes apart:

* `meta.object` + `record_id` + `diff` is a DATA_* change: DATA_NEW when `diff.previous` is
  missing, null or empty, else DATA_UPDATE (a guess: the docs call this payload simplified);
* `successful_job_count` + `failed_job_count` + `is_sync_finished` is SYNC_COMPLETE
  (FIRST_SYNC_COMPLETE has the same shape and cannot be told apart);
* anything else, JOB_FAILURE and WRITE_OPERATION_FAILURE included (their payloads are not
  documented), is an `UnknownEvent` with `trigger` None.

`Event.inferred` says which happened. Documented fields are typed; a documented field that is
missing or of another type is None (the body is signed by Propexo; refusing it would only make
it be delivered again). Every event keeps the parsed mapping (`data`) and the raw body (`raw`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs

DATA_UPDATE = "DATA_UPDATE"
DATA_NEW = "DATA_NEW"
JOB_FAILURE = "JOB_FAILURE"
SYNC_COMPLETE = "SYNC_COMPLETE"
FIRST_SYNC_COMPLETE = "FIRST_SYNC_COMPLETE"
WRITE_OPERATION_FAILURE = "WRITE_OPERATION_FAILURE"

#: Where a failure payload may name its job, in the order tried: `root_job_id` and `job_id`
#: (the names the write-status API and the write responses use), at the top level, then under
#: `meta` (where Rent Manager writes put `job_id`).
JOB_ID_KEYS = ("root_job_id", "job_id")
#: Longer strings are not taken for job ids.
MAX_JOB_ID_LENGTH = 200


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _mapping(value: object) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) else None


def job_ids(data: Mapping[str, Any]) -> tuple[str, ...]:
    """Candidate job ids of a failure payload, conservatively: strings under `JOB_ID_KEYS`
    at the top level or under `meta`, printable, without surrounding spaces, bounded."""
    found: list[str] = []
    for place in (data, _mapping(data.get("meta"))):
        for key in JOB_ID_KEYS:
            value = place.get(key) if place is not None else None
            if (
                isinstance(value, str)
                and 0 < len(value) <= MAX_JOB_ID_LENGTH
                and value == value.strip()
                and value.isprintable()
                and value not in found
            ):
                found.append(value)
    return tuple(found)


def _at(kind: Callable[[object], Any], *path: str) -> Callable[[Mapping[str, Any]], Any]:
    """A reader of the value at `path` in a body, as `kind` takes it (None: missing)."""

    def read(data: Mapping[str, Any]) -> Any:
        value: object = data
        for key in path:
            value = value.get(key) if isinstance(value, Mapping) else None
        return kind(value)

    return read


#: The metadata key of a typed field: the reader of its value in a parsed body.
_READ = "propexo.read"


@attrs.frozen(kw_only=True)
class Event:
    """A verified delivery. `trigger` is its trigger name (None: unknown), `inferred` whether
    that name was guessed from the payload's shape; `data` is the parsed body, `raw` its bytes."""

    TRIGGER: ClassVar[str | None] = None

    trigger: str | None
    inferred: bool
    data: Mapping[str, Any] = attrs.field(repr=False, eq=False)
    raw: bytes = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class _DataChange(Event):
    """A DATA_* payload: `{"meta": {"object", "integration_id"}, "record_id", "diff":
    {"previous", "new"}}`, documented as simplified."""

    object: str | None = attrs.field(metadata={_READ: _at(_str, "meta", "object")})
    integration_id: str | None = attrs.field(metadata={_READ: _at(_str, "meta", "integration_id")})
    record_id: str | None = attrs.field(metadata={_READ: _at(_str, "record_id")})
    previous: Mapping[str, Any] | None = attrs.field(
        repr=False, eq=False, metadata={_READ: _at(_mapping, "diff", "previous")}
    )
    new: Mapping[str, Any] | None = attrs.field(
        repr=False, eq=False, metadata={_READ: _at(_mapping, "diff", "new")}
    )


@attrs.frozen(kw_only=True)
class DataNew(_DataChange):
    """A record of the watched model appeared (sent only after the first full sync)."""

    TRIGGER: ClassVar[str | None] = DATA_NEW


@attrs.frozen(kw_only=True)
class DataUpdate(_DataChange):
    """A record of the watched model changed: `previous` and `new` values."""

    TRIGGER: ClassVar[str | None] = DATA_UPDATE


@attrs.frozen(kw_only=True)
class _Sync(Event):
    """A SYNC_* payload: `{integration_id, successful_job_count, failed_job_count,
    is_sync_finished, vendor}`. `vendor` stays a string: Propexo adds vendors."""

    integration_id: str | None = attrs.field(metadata={_READ: _at(_str, "integration_id")})
    successful_job_count: int | None = attrs.field(
        metadata={_READ: _at(_int, "successful_job_count")}
    )
    failed_job_count: int | None = attrs.field(metadata={_READ: _at(_int, "failed_job_count")})
    is_sync_finished: bool | None = attrs.field(metadata={_READ: _at(_bool, "is_sync_finished")})
    vendor: str | None = attrs.field(metadata={_READ: _at(_str, "vendor")})


@attrs.frozen(kw_only=True)
class SyncComplete(_Sync):
    """An integration's sync finished."""

    TRIGGER: ClassVar[str | None] = SYNC_COMPLETE


@attrs.frozen(kw_only=True)
class FirstSyncComplete(_Sync):
    """An integration's first full sync finished (DATA_NEW deliveries start after it)."""

    TRIGGER: ClassVar[str | None] = FIRST_SYNC_COMPLETE


@attrs.frozen(kw_only=True)
class _Failure(Event):
    """A failure whose payload Propexo does not document. `job_ids` are the candidate job
    ids found under `JOB_ID_KEYS` at the top level or under `meta` (none: empty)."""

    job_ids: tuple[str, ...] = attrs.field(metadata={_READ: job_ids})

    @property
    def job_id(self) -> str | None:
        """The first candidate job id, if any."""
        return self.job_ids[0] if self.job_ids else None


@attrs.frozen(kw_only=True)
class JobFailure(_Failure):
    """A Propexo job failed (payload undocumented: read `data`)."""

    TRIGGER: ClassVar[str | None] = JOB_FAILURE


@attrs.frozen(kw_only=True)
class WriteOperationFailure(_Failure):
    """A write operation failed (payload undocumented: read `data`)."""

    TRIGGER: ClassVar[str | None] = WRITE_OPERATION_FAILURE


@attrs.frozen(kw_only=True)
class UnknownEvent(Event):
    """A trigger this client does not know, or a payload whose trigger could not be inferred
    (`trigger` None). Nothing is typed: read `data`."""


AnyEvent = (
    DataNew
    | DataUpdate
    | SyncComplete
    | FirstSyncComplete
    | JobFailure
    | WriteOperationFailure
    | UnknownEvent
)


def _is_data_change(data: Mapping[str, Any]) -> bool:
    return isinstance(data.get("meta"), Mapping) and "record_id" in data and "diff" in data


def _is_sync(data: Mapping[str, Any]) -> bool:
    return {"successful_job_count", "failed_job_count", "is_sync_finished"} <= data.keys()


def infer_trigger(data: Mapping[str, Any]) -> str | None:
    """The trigger the payload's shape implies, or None (see the module's docstring)."""
    if _is_data_change(data):
        diff = _mapping(data.get("diff")) or {}
        return DATA_UPDATE if _mapping(diff.get("previous")) else DATA_NEW
    if _is_sync(data):
        return SYNC_COMPLETE
    return None


#: The event class of each trigger this client knows.
_CLASSES: dict[str | None, type[AnyEvent]] = {
    cls.TRIGGER: cls
    for cls in (
        DataNew,
        DataUpdate,
        SyncComplete,
        FirstSyncComplete,
        JobFailure,
        WriteOperationFailure,
    )
}


def make_event(data: Mapping[str, Any], raw: bytes, trigger: str | None) -> AnyEvent:
    """The typed event of a verified, parsed body; `trigger` as the caller knows it (None or
    blank: inferred from the payload's shape). Each typed field is read as its `_READ` says."""
    given = trigger.strip().upper() if trigger is not None else ""
    inferred = not given
    name = infer_trigger(data) if inferred else given
    cls = _CLASSES.get(name, UnknownEvent)
    typed = {f.name: f.metadata[_READ](data) for f in attrs.fields(cls) if _READ in f.metadata}
    return cls(trigger=name, inferred=inferred, data=data, raw=raw, **typed)
