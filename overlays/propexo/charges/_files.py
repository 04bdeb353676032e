"""Reading charges from CSV or JSON Lines files (the Charge fields as columns / keys).

A file is untrusted input: it is read in bounded lines (`MAX_LINE_BYTES`) up to a bounded
size (`MAX_FILE_BYTES`), as strict UTF-8, and anything that would make one field's value
ambiguous (a CSV column named twice, a JSON key given twice) is refused, never resolved.
Problems name their row (row 1 is the first charge) or, for bytes that are not even text,
their line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

from ._model import Charge, ChargeProblem, InvalidChargesError
from ._validate import DateWindow, check_rows
from ._vendors import Vendor

FileFormat = Literal["csv", "jsonl"]
#: One line of input: a charge takes a few hundred bytes.
MAX_LINE_BYTES = 1024 * 1024
#: The whole input: about a million charges.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Digits an amount may have in the file (MAX_CENTS has 16): longer numbers are not parsed.
MAX_AMOUNT_DIGITS = 30

_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits only: "١٢٥٠٠" is no amount
_SUFFIXES: dict[str, FileFormat] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
}
_ROW = dict[str, object] | ChargeProblem


def _unreadable(problem: ChargeProblem) -> InvalidChargesError:
    """The file cannot be read on from here; `problem` says where and why (`read_charges`
    adds it to the problems found so far)."""
    return InvalidChargesError([problem])


def _raw_lines(stream: BinaryIO) -> Iterator[bytes]:
    """The stream's lines, each at most `MAX_LINE_BYTES`, in all at most `MAX_FILE_BYTES`
    (so that /dev/zero or a runaway file ends with a message)."""
    total = 0
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        total += len(raw)
        if total > MAX_FILE_BYTES:
            raise _unreadable(
                ChargeProblem(0, None, f"the file is larger than {MAX_FILE_BYTES} bytes")
            )
        if len(raw) > MAX_LINE_BYTES:
            raise _unreadable(
                ChargeProblem(0, None, f"line {number} is longer than {MAX_LINE_BYTES} bytes")
            )
        yield raw


def _lines(stream: BinaryIO) -> Iterator[str]:
    """`_raw_lines` as text (UTF-8, a leading byte order mark dropped)."""
    for number, raw in enumerate(_raw_lines(stream), start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _unreadable(
                ChargeProblem(
                    0,
                    None,
                    f"line {number} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at "
                    f"position {exc.start + 1} of the line); save the file as UTF-8",
                )
            ) from None


def _check_size(path: Path) -> None:
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        raise _unreadable(ChargeProblem(0, None, f"the file is larger than {MAX_FILE_BYTES} bytes"))


def detect_format(path: Path, stream: BinaryIO | None = None) -> FileFormat:
    """By suffix; otherwise JSON Lines when the first non-blank character is `{` or `[`
    (read from `stream` when given, which is then rewound; else from the file)."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found:
        return found
    try:
        with path.open("rb") if stream is None else contextlib.nullcontext(stream) as source:
            for line in _lines(source):
                if line.strip():
                    return "jsonl" if line.lstrip()[0] in "{[" else "csv"
    except InvalidChargesError:
        pass  # reading it as CSV reports the problem
    finally:
        if stream is not None:
            stream.seek(0)
    return "csv"


def _opened(path: Path) -> BinaryIO:
    """The file to read, once: a regular file as it is; a pipe, a FIFO or /dev/stdin (which
    can be read only once) read into memory line by line, within the same limits."""
    if path.is_file():
        return path.open("rb")
    with path.open("rb") as source:
        return io.BytesIO(b"".join(_raw_lines(source)))


def _amount(data: dict[str, object], row: int) -> ChargeProblem | None:
    """CSV cells are text: an amount that is an integer becomes one."""
    amount = data.get("amount_in_cents")
    if not isinstance(amount, str) or not _INTEGER.fullmatch(amount.strip()):
        return None
    digits = len(amount.strip().lstrip("+-").lstrip("0"))
    if digits > MAX_AMOUNT_DIGITS:
        return ChargeProblem(
            row, "amount_in_cents", f"is a number of {digits} digits, far beyond any amount"
        )
    data["amount_in_cents"] = int(amount)
    return None


#: Separators a "CSV" may have been saved with (a spreadsheet in a comma-decimal locale: ";").
_OTHER_SEPARATORS = ((";", "semicolon"), ("\t", "tab"))


def _separator_hint(cells: list[str]) -> ChargeProblem | None:
    """A header read as one cell that holds `;` or a tab: the file has another separator.
    One line saying so, instead of every column reported missing and that cell unknown."""
    if len(cells) != 1:
        return None
    count, name = max((cells[0].count(sep), name) for sep, name in _OTHER_SEPARATORS)
    return ChargeProblem(0, None, f"the file looks {name}-separated: use commas") if count else None


def _header(cells: list[str]) -> list[str]:
    if hint := _separator_hint(cells):
        raise _unreadable(hint)
    twice = [name for name, n in Counter(cells).items() if n > 1]
    if twice:
        name = twice[0]
        where = [str(n) for n, cell in enumerate(cells, start=1) if cell == name]
        raise _unreadable(
            ChargeProblem(
                0,
                name or None,
                f"the header names column {name!r} twice (columns {', '.join(where)}): "
                "refusing to guess which value counts",
            )
        )
    return cells


def _csv_rows(stream: BinaryIO) -> Iterator[_ROW]:
    reader = csv.reader(_lines(stream))
    row = 0
    try:
        header: list[str] | None = None
        for cells in reader:
            if header is None:
                header = _header(cells)
                continue
            if not cells or not any(cells):
                continue  # a blank line
            row += 1
            data: dict[Any, object] = dict(zip(header, cells, strict=False))
            if len(cells) > len(header):
                data[None] = cells[len(header) :]  # as csv.DictReader: reported as extra cells
            for name in header[len(cells) :]:
                data[name] = None
            yield _amount(data, row) or data
    except csv.Error as exc:
        text = str(exc)
        if "field larger than field limit" in text:
            text = f"a cell is longer than {csv.field_size_limit()} characters"
        raise _unreadable(ChargeProblem(row + 1, None, f"is not valid CSV: {text}")) from None


class _HugeNumber:
    """A JSON integer too long to be an amount, kept unparsed so its field can be named."""

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<a number of {self.digits} digits>"


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:  # KeyError(key): `_jsonl_rows` names the field
            raise KeyError(key)
        data[key] = value
    return data


def _integer(text: str) -> int | _HugeNumber:
    digits = len(text.lstrip("-").lstrip("0"))
    return _HugeNumber(digits) if digits > MAX_AMOUNT_DIGITS else int(text)


def _huge(row: int, data: dict[str, Any]) -> ChargeProblem | None:
    for key, value in data.items():
        if isinstance(value, _HugeNumber):
            return ChargeProblem(
                row, key, f"is a number of {value.digits} digits, far beyond any amount"
            )
    return None


def _surrogate(row: int, data: dict[str, Any]) -> ChargeProblem | None:
    """JSON may escape lone surrogates (\\ud800) that are no Unicode text: name the field."""
    for key, value in data.items():
        for text, field in ((key, None), (value, key)):
            if isinstance(text, str) and not _encodable(text):
                return ChargeProblem(
                    row, field, f"holds a lone surrogate ({text[_bad(text)]!r}): not Unicode text"
                )
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bad(text: str) -> int:
    return next(n for n, c in enumerate(text) if 0xD800 <= ord(c) <= 0xDFFF)


def _jsonl_rows(stream: BinaryIO) -> Iterator[_ROW]:
    row = 0
    for line in _lines(stream):
        if not line.strip():
            continue
        if row == 0 and line.lstrip().startswith("["):
            raise _unreadable(
                ChargeProblem(
                    0,
                    None,
                    "holds a JSON array; give JSON Lines instead: one charge object per line",
                )
            )
        row += 1
        try:
            data = json.loads(line, object_pairs_hook=_object, parse_int=_integer)
        except KeyError as exc:
            twice = "is given twice in one object: refusing to guess which value counts"
            yield ChargeProblem(row, str(exc.args[0]), twice)
            continue
        except RecursionError:
            yield ChargeProblem(row, None, "nests arrays or objects too deeply to be a charge")
            continue
        except ValueError as exc:
            yield ChargeProblem(row, None, f"is not valid JSON: {exc}")
            continue
        if not isinstance(data, dict):
            yield ChargeProblem(row, None, f"must be a JSON object, got {type(data).__name__}")
            continue
        yield _huge(row, data) or (_surrogate(row, data) if "\\u" in line else None) or data


def read_charges(
    path: str | Path,
    *,
    format: FileFormat | None = None,
    transaction_dates: DateWindow | None = None,
    vendor: str | Vendor = "rentmanager",
) -> list[Charge]:
    """Read and validate every row of a CSV or JSON Lines file, held to `vendor`'s fields.

    Row numbers count charges, blank lines aside: row 1 is the first line after a CSV header.
    CSV cells are text, so `amount_in_cents` is read as an integer when it is one
    ("1250"); anything else ("12.50", "") is reported. Raises `InvalidChargesError` listing
    every problem; returns the charges in file order. `transaction_dates`: see
    `validate_charges`.
    """
    path = Path(path)
    problems: list[ChargeProblem] = []
    charges: list[Charge] = []
    try:
        _check_size(path)
        with _opened(path) as stream:
            kind = format or detect_format(path, stream)
            rows = _csv_rows(stream) if kind == "csv" else _jsonl_rows(stream)
            charges = check_rows(rows, problems, transaction_dates, vendor)
    except InvalidChargesError as exc:
        problems.extend(exc.problems)
    except OSError as exc:
        problems.append(ChargeProblem(0, None, f"cannot be read: {exc.strerror or exc}"))
    if problems:
        raise InvalidChargesError(problems)
    return charges
