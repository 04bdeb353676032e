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
from ruamel.yaml.composer import ComposerError
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
from ruamel.yaml.parser import ParserError
from ruamel.yaml.scanner import ScannerError

from scripts._errors import SpecError

Document = dict[str, Any]


# Limits for untrusted downloads: Propexo's largest spec is under 3 MB, nests 18 levels deep and
# uses no aliases; these leave room for growth and refuse a billion-laughs file at once.
MAX_CHARS = 64 * 1024 * 1024
MAX_DEPTH = 200
MAX_ALIASES = 10_000
MAX_NODES = 5_000_000


def loads(text: str) -> Document:
    """Parse a JSON or YAML 1.2 document; dates become ISO strings, as JSON would carry them.

    Raises ``SpecError`` (one line) for anything that is not a readable mapping within the limits.
    """
    if len(text) > MAX_CHARS:
        raise SpecError(f"the spec holds {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if not text.strip():
        raise SpecError("the spec is empty")
    data = _json(text)
    if data is None:
        data = _yaml(text)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        raise SpecError(f"an OpenAPI document must be a mapping at the top level, not {kind}")
    _check_depth(data)
    result = _jsonable(data)
    assert isinstance(result, dict)
    return result


def _json(text: str) -> Any:
    """The document if ``text`` is JSON, else None (so YAML, a superset, gets its turn)."""
    if not text.lstrip().startswith(("{", "[")):
        return None

    def refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise SpecError(f"duplicate key {key!r} in a JSON object")
            out[key] = value
        return out

    try:
        return json.loads(text, object_pairs_hook=refuse_duplicates)
    except json.JSONDecodeError:
        return None  # flow-style YAML also starts with "{"
    except RecursionError:
        raise SpecError(f"the spec nests deeper than {MAX_DEPTH} levels") from None


def _yaml(text: str) -> Any:
    """YAML 1.2: libyaml's fast parser first; the pure parser when libyaml's (1.1) grammar refuses
    what 1.2 allows, such as ``url: https://...`` inside a flow mapping."""
    for pure in (False, True):
        yaml = YAML(typ="safe", pure=pure)
        try:
            node = yaml.compose(text)
        except (ScannerError, ParserError) as error:
            if not pure:
                continue
            raise SpecError(f"not valid YAML or JSON: {_first_line(error)}") from None
        except ComposerError as error:
            raise SpecError(f"bad YAML alias: {_first_line(error)}") from None
        except RecursionError:
            raise SpecError(f"the spec nests deeper than {MAX_DEPTH} levels") from None
        if node is None:
            raise SpecError("the spec is empty")
        _check_nodes(node)
        try:
            return yaml.constructor.construct_document(node)
        except DuplicateKeyError as error:
            raise SpecError(f"duplicate key: {_first_line(error, 'found')}") from None
        except ConstructorError as error:
            raise SpecError(f"refused YAML: {_first_line(error, 'could not')}") from None
    raise AssertionError("unreachable")


def _first_line(error: MarkedYAMLError, starting: str = "") -> str:
    """The problem and its line, from ruamel's multi-line message."""
    problem = error.problem or error.context or str(error)
    if starting:
        found = [line for line in str(error).splitlines() if line.strip().startswith(starting)]
        problem = found[0].strip() if found else problem
    mark = error.problem_mark or error.context_mark
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{problem}{where}"


def _check_nodes(root: Node) -> None:
    """Refuse alias bombs and deep nesting before anything is built: count aliases, and the nodes
    the document would hold once every alias is expanded (shared subtrees counted once each)."""
    expanded: dict[int, int] = {}
    seen: set[int] = set()
    aliases = 0
    # Iterative post-order walk; a node met again is an alias (the composer shares the object).
    stack: list[tuple[Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            children = _children(node)
            expanded[key] = 1 + sum(expanded[id(c)] for c in children)
            if expanded[key] > MAX_NODES:
                raise SpecError(f"the spec expands to more than {MAX_NODES:,} nodes (YAML aliases)")
            continue
        if key in seen:
            aliases += 1
            if aliases > MAX_ALIASES:
                raise SpecError(f"the spec uses more than {MAX_ALIASES:,} YAML aliases")
            if key not in expanded:
                raise SpecError("a YAML alias refers to a node that contains it")
            continue
        seen.add(key)
        if depth > MAX_DEPTH:
            raise SpecError(f"the spec nests deeper than {MAX_DEPTH} levels")
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _check_depth(data: Any) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SpecError(f"the spec nests deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


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
