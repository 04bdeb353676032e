"""Reading and writing specs: YAML 1.2 in, deterministic block YAML out.

Propexo's spec relies on YAML 1.2 (an unquoted ``ON`` is the Ontario state code, not ``true``),
so it is read with ruamel.yaml's safe loader, which follows 1.2. The emitter is our own: it writes
every mapping and list in block style and quotes any string that a YAML 1.1 *or* 1.2 reader could
take for something else, so the committed ``openapi.yaml`` reads the same in every tool.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML

Document = dict[str, Any]


def loads(text: str) -> Document:
    """Parse a JSON or YAML 1.2 document; dates become ISO strings, as JSON would carry them."""
    stripped = text.lstrip()
    data: Any = json.loads(text) if stripped.startswith("{") else YAML(typ="safe").load(text)
    if not isinstance(data, dict):
        raise ValueError("an OpenAPI document must be a mapping at the top level")
    result = _jsonable(data)
    assert isinstance(result, dict)
    return result


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


# Plain scalars that some YAML reader resolves to a non-string: YAML 1.1 booleans (y, on, off, ...),
# nulls, numbers in any base or with underscores, sexagesimals, timestamps, infinities and NaN.
_AMBIGUOUS = re.compile(
    r"""^(?:
        [yYnN] | yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
      | ~ | null|Null|NULL
      | [-+]?[0-9_][0-9_:]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
      | [-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?
      | [-+]?0[bBoOxX][0-9a-fA-F_]+
      | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
      | \d{4}-\d{1,2}-\d{1,2}.*
    )$""",
    re.VERBOSE,
)
_PLAIN = re.compile(r"^[A-Za-z0-9_./$()+-][A-Za-z0-9_ ./$(){}+,:*-]*$")


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return json.dumps(value)
    text = str(value)
    if (
        _PLAIN.match(text)
        and not _AMBIGUOUS.match(text)
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
        and not text.startswith("-")
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _key(key: str) -> str:
    return _scalar(key)


def _emit(value: Any, indent: int) -> Iterator[str]:
    pad = "  " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict) and item:
                yield f"{pad}{_key(key)}:"
                yield from _emit(item, indent + 1)
            elif isinstance(item, list) and item:
                yield f"{pad}{_key(key)}:"
                yield from _emit(item, indent)
            else:
                yield f"{pad}{_key(key)}: {_inline(item)}"
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:
                lines = list(_emit(item, indent + 1))
                first = lines[0][len(pad) + 2 :]
                yield f"{pad}- {first}"
                yield from lines[1:]
            elif isinstance(item, list) and item:
                lines = list(_emit(item, indent + 1))
                yield f"{pad}- {lines[0].lstrip()}"
                yield from lines[1:]
            else:
                yield f"{pad}- {_inline(item)}"
    else:
        yield f"{pad}{_inline(value)}"


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value)


def dumps(document: Document) -> str:
    """Block-style YAML for a JSON-compatible document, in the document's own key order."""
    return "\n".join(_emit(document, 0)) + "\n"
