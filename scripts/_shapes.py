"""One class per shape: a resident is a ``Resident``, and custom data a ``CustomData``, wherever
an answer or a body holds one.

Propexo writes its schemas out inline at every place that holds them: the items of
``GET /v1/residents/`` and the ``results`` of ``GET /v1/residents/{id}`` are the same 40 fields,
and the generator would make two unrelated classes of them (``Resident`` and
``GetResidentResponseResults``). Before the generator parses the document (never in
``openapi.yaml``, which stays Propexo's contract), schemas written out at several places become
components, and each place a ``$ref`` to its component, so the generator builds one class:

1. each list operation's item schema becomes a component named for the resource (``Resident``),
   and every inline schema identical to it a ``$ref`` to it;
2. then every other object schema found at two places or more. Identical means the same
   canonical form (the schema as JSON with sorted keys): what the generator puts in a class
   (properties, types, required, nested shapes, and the title, descriptions and examples it
   writes into the docstrings) is all in it, so one class serves every place unchanged. A
   free-form object (no properties) is identical only to free-form objects under the same
   property name: its shape says nothing of what it holds, its name does, so the 63 free-form
   ``data`` of answers share a class but not with ``integration_data``. A shape repeated only
   because the shape holding it is (the slots of a sync schedule's days) is shared with its
   holder, not on its own.

A shape of step 2 is named by what its places have in common, never by which place came first,
so that a new place of the same shape in a later release keeps the name:

* a titled schema by its title (the generator's own name for it: ``Entrata``);
* else by the words every place's last property name ends with, and what follows that property
  (``custom_data`` -> ``CustomData``; ``billing_address`` and ``address`` -> ``Address``;
  ``headers`` items -> ``HeadersItem``);
* else (one shape under many property names, the 72 ``method_specific`` credentials) by what its
  places' parents have in common, and ``Value`` (``MethodSpecificValue``);
* else it is not shared.

A name a component already has is not taken; when shapes claim one name, the shape at the most
places keeps it (then the first in canonical order) and the others take their next name: the
longer run of property names their places end with, if they all end alike; a shape without
one stays where it is.

What the merged places were called stays importable: ``merged`` maps each class the generator
would have made at a merged place (and at every place inside it) to the class it builds instead
there, for ``_model_names`` to turn into aliases (and the names file into deprecated ones).
"""

from __future__ import annotations

import copy
import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from scripts._normalize import operations

_UNIONS = ("anyOf", "oneOf")


@attrs.frozen
class Shared:
    """`document` with its repeated shapes shared; `merged`: the generator's class name at a
    place that is now a ``$ref`` (or is now the component) -> its class name there now."""

    document: dict[str, Any]
    merged: dict[str, str]


@attrs.frozen
class _Word:
    """A word of a place's name after its component's: a property's name (`prop`), or the
    generator's word for where the schema sits (``item``, ``additional_property``, ``type_0``)."""

    text: str
    prop: bool


_Tail = tuple[_Word, ...]


@attrs.frozen
class _Place:
    """An inline object schema: its generator name string, where its ``$ref`` would go, the
    words of its name after its component's, and its canonical form."""

    name: str
    schema: dict[str, Any]
    container: Any
    key: Any
    tail: _Tail
    owner: str | None
    shape: str


def _is_class(schema: dict[str, Any]) -> bool:
    """Whether the generator makes a class of `schema` (an object, or an enum)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "properties" in schema or "enum" in schema or "object" in kinds


def _named(schema: Any, name: str, owner: str | None) -> str:
    """The generator's name string for `schema` at `name`: a titled class is named by the
    model holding it (`owner`; none for a component) and its title, wherever it sits."""
    title = schema.get("title") if isinstance(schema, dict) else None
    if isinstance(title, str) and title and _is_class(schema):
        return title if owner is None else f"{owner}_{title}"
    return name


def _base(schema: dict[str, Any], name: str, kind: str = "object") -> str:
    """The name string of the `kind` (an object: its class) at `name`, that the names inside it
    extend: an untitled ``type: [object, "null"]`` is a union to the generator, its object
    ``..._type_0`` (and an array's items ``..._type_0_item``)."""
    kinds = schema.get("type")
    if isinstance(kinds, list) and len(kinds) > 1 and kind in kinds and not schema.get("title"):
        return f"{name}_type_{kinds.index(kind)}"
    return name


def _inside_of(
    schema: dict[str, Any], name: str, owner: str | None
) -> list[tuple[Any, str, str | None, Any, Any, _Word]]:
    """(schema, name string, owner, container, key, word) of each schema directly inside the
    one at `name`: a property's, an item's, an additional property's, a union member's."""
    base = _base(schema, name)
    # (schema, name string, owner, container, key, word, whether the word is a property's)
    inner: list[tuple[Any, str, str | None, Any, Any, str, bool]] = [
        (value, f"{base}_{prop}", base, schema["properties"], prop, prop, True)
        for prop, value in (schema.get("properties") or {}).items()
        if isinstance(value, dict)
    ]
    if isinstance(schema.get("items"), dict):
        at = _base(schema, name, "array") + "_item"
        inner.append((schema["items"], at, owner, schema, "items", "item", False))
    if isinstance(schema.get("additionalProperties"), dict):
        at = base + "_additional_property"
        word = "additional_property"
        inner.append(
            (schema["additionalProperties"], at, base, schema, "additionalProperties", word, False)
        )
    for keyword in _UNIONS:
        for i, value in enumerate(schema.get(keyword) or []):
            if isinstance(value, dict):
                inner.append(
                    (value, f"{base}_type_{i}", owner, schema[keyword], i, f"type_{i}", False)
                )
    found: list[tuple[Any, str, str | None, Any, Any, _Word]] = []
    for value, at, held_by, container, key, text, prop in inner:
        named = _named(value, at, held_by)
        if named != at:  # titled: the title is the word its name ends with
            text, prop = str(value["title"]), True
        found.append((value, named, held_by, container, key, _Word(text, prop)))
    return found


def _places(
    schema: Any, name: str, owner: str | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(generator name string, schema) of `schema` (the generator's name string for it: `name`)
    and of every schema inside it that the generator makes a class of."""
    if not isinstance(schema, dict):
        return
    if _is_class(schema):
        yield _base(schema, name), schema
    for inner, at, held_by, _, _, _ in _inside_of(schema, name, owner):
        yield from _places(inner, at, held_by)


def _inline(schema: Any, name: str) -> list[_Place]:
    """Every inline object schema inside `schema` (the component `name`), in the order of the
    document, parents first; its name string is the generator's, without the ``_type_0`` of
    a nullable object (as a ``$ref`` to it would be named)."""
    found: list[_Place] = []
    stack: list[tuple[Any, str, str | None, Any, Any, _Tail]] = (
        [(schema, name, None, None, None, ())] if isinstance(schema, dict) else []
    )
    while stack:
        outer, at, owner, container, key, tail = stack.pop()
        if container is not None and "properties" in outer:
            found.append(_Place(at, outer, container, key, tail, owner, _shape(outer, tail)))
        stack.extend(
            (inner, inner_at, held_by, held_in, inner_key, (*tail, word))
            for inner, inner_at, held_by, held_in, inner_key, word in reversed(
                _inside_of(outer, at, owner)
            )
        )
    return found


def _shape(schema: dict[str, Any], tail: _Tail = ()) -> str:
    """The canonical form of `schema`: equal for schemas the generator makes one class of."""
    return json.dumps(schema, sort_keys=True) + _free_form(schema, tail)


def share_shapes(
    document: dict[str, Any], resource: Callable[[str], str], class_name: Callable[[str], str]
) -> Shared:
    """`document` (not changed) with every list operation's item shape shared as a component,
    then every other object shape written out at several places.

    `resource(operation_id)` names a list operation's item (``Resident``); `class_name(text)` is
    the generator's class name for a string. A resource whose name is already a component keeps
    its places as they are."""
    class_name = functools.cache(class_name)  # asked again for every place inside each place
    shared = copy.deepcopy(document)
    schemas = shared.setdefault("components", {}).setdefault("schemas", {})
    items = _replace(schemas, _found(schemas), _resources(shared, schemas, resource), class_name)
    found = _found(schemas)
    taken = {class_name(key) for key in schemas}
    repeats = _replace(schemas, found, _repeated(found, taken, class_name), class_name)
    merged = {old: repeats.get(new, new) for old, new in items.items()} | repeats
    if not merged:
        return Shared(document=document, merged={})
    return Shared(document=shared, merged=merged)


def _resources(
    document: dict[str, Any], schemas: dict[str, Any], resource: Callable[[str], str]
) -> dict[str, str]:
    """Each list operation's item shape -> the component named for its resource."""
    items: dict[str, str] = {}  # shape -> component key
    for method, path, operation in operations(document):
        op_id = str(operation.get("operationId", ""))
        output = path.replace("/", "_") + f"_{method}_output"
        results = ((schemas.get(output) or {}).get("properties") or {}).get("results") or {}
        item = results.get("items") if isinstance(results, dict) else None
        if not op_id.startswith("list_") or not isinstance(item, dict) or "properties" not in item:
            continue
        key = resource(op_id)
        if key not in schemas and _shape(item) not in items:
            items[_shape(item)] = key
    return items


def _found(schemas: dict[str, Any]) -> list[_Place]:
    """Every inline object schema of every component, parents before what they hold."""
    return [
        place for component, schema in list(schemas.items()) for place in _inline(schema, component)
    ]


def _free_form(schema: dict[str, Any], tail: _Tail) -> str:
    """For an object without properties, the words its name ends with from its property's name
    on (``custom_data``), so that it shares a class only with free-form objects of that name:
    its shape says nothing of what it holds, its name does."""
    if schema.get("properties"):
        return ""
    start = max((i for i, word in enumerate(tail) if word.prop), default=0)
    return " " + "_".join(word.text for word in tail[start:])


def _prefix(name: str, names: dict[str, str] | set[str]) -> str | None:
    """The longest of `names` that `name` is, or is a place inside (its name extends it)."""
    if name in names:
        return name
    return next(
        (name[:i] for i in range(len(name) - 1, 0, -1) if name[i] == "_" and name[:i] in names),
        None,
    )


def _replace(
    schemas: dict[str, Any],
    found: list[_Place],
    targets: dict[str, str],
    class_name: Callable[[str], str],
) -> dict[str, str]:
    """Every place of `found` whose shape `targets` names becomes a ``$ref`` to that component
    (the first place's schema becoming the component); returns the generator's class name at
    each place replaced (and inside it) -> its class name there now."""
    merged: dict[str, str] = {}
    moved: dict[str, str] = {}  # a place whose schema became a component -> that component
    later: dict[str, str] = {}  # a class name inside a moved place -> its class name now
    gone: set[str] = set()  # places replaced by a $ref: nothing inside them is generated
    for place in found:
        component = targets.get(place.shape)
        if component is None or _prefix(place.name, gone) is not None:
            continue
        owner = _prefix(place.name, moved)
        now = place.name if owner is None else moved[owner] + place.name[len(owner) :]
        if component in schemas:
            gone.add(place.name)
        else:
            schemas[component] = place.schema  # the first place: its schema becomes the component
            moved[place.name] = component
        place.container[place.key] = {"$ref": f"#/components/schemas/{component}"}
        for (old, _), (was, _), (new, _) in zip(
            _places(place.schema, place.name, place.owner),
            _places(place.schema, now, place.owner),
            _places(place.schema, component),
            strict=True,
        ):
            merged[class_name(old)] = later[class_name(was)] = class_name(new)
    for old, new in merged.items():
        while new in later and later[new] != new:
            new = later[new]
        merged[old] = new
    return merged


def _repeated(
    found: list[_Place], taken: set[str], class_name: Callable[[str], str]
) -> dict[str, str]:
    """Each object shape that stays at several places once the larger shapes holding it are
    shared -> the component it becomes (a name no class in `taken` has)."""
    groups: dict[str, list[_Place]] = defaultdict(list)
    for place in found:
        groups[place.shape].append(place)
    candidates = {shape: _candidates(places) for shape, places in groups.items() if len(places) > 1}
    order = sorted((s for s, names in candidates.items() if names), key=lambda s: (-len(s), s))
    while True:
        counts: dict[str, int] = {}
        gone: set[str] = set()
        for shape in order:  # a place inside another shape's place: only the first one stays
            alive = [p.name for p in groups[shape] if _prefix(p.name, gone) is None]
            if len(alive) > 1:
                counts[shape] = len(alive)
                gone.update(alive[1:])
        names = _unique({s: candidates[s] for s in counts}, counts, taken, class_name)
        if len(names) == len(counts):
            return names
        order = [s for s in order if s in names or s not in counts]


def _candidates(places: list[_Place]) -> list[str]:
    """The names a shape may take, the first preferred: the words its places' names end with,
    from a property's name on (``custom_data``; ``headers_item``), shortest first; else, for a
    shape with properties, the words its places' parents end with and ``value``
    (``method_specific_value`` for one shape under many property names)."""
    title = places[0].schema.get("title")
    if isinstance(title, str) and title:
        return [title]  # the generator names a titled class by its title, wherever it is
    found = _common(tuple(p.tail for p in places))
    if found or not places[0].schema.get("properties"):
        return found
    parents = tuple(p.tail[:-1] for p in places)
    return [name + "_value" for name in _common(parents)]


def _common(tails: tuple[_Tail, ...]) -> list[str]:
    """The names `tails` share, preferred first: the words every last property's name ends with
    and what follows it (``address`` for ``billing_address`` and ``address``; ``headers_item``);
    then, when the last properties are one, the longer runs of the tails' ends."""
    ends = _ends(tails)
    if ends is None:
        return []
    names, after = ends
    words: list[str] = []
    for column in zip(*(reversed(name) for name in names), strict=False):
        if len(set(column)) > 1:
            break
        words.insert(0, column[0])
    if not words:
        return []
    found = ["_".join([*words, *after])]
    if any(len(name) > len(words) for name in names):
        return found
    for length in range(len(after) + 2, min(len(tail) for tail in tails) + 1):
        run = tails[0][-length:]
        if any(tail[-length:] != run for tail in tails):
            break
        if run[0].prop:
            found.append("_".join(word.text for word in run))
    return found


def _ends(tails: tuple[_Tail, ...]) -> tuple[list[list[str]], tuple[str, ...]] | None:
    """The words of each tail's last property name, and the words after it if all tails have
    the same (``item``); None if not, or if a tail has no property."""
    names: list[list[str]] = []
    afters: set[tuple[str, ...]] = set()
    for tail in tails:
        last = max((i for i, word in enumerate(tail) if word.prop), default=None)
        if last is None:
            return None
        names.append(tail[last].text.split("_"))
        afters.add(tuple(word.text for word in tail[last + 1 :]))
    return (names, afters.pop()) if len(afters) == 1 else None


def _unique(
    names: dict[str, list[str]],
    counts: dict[str, int],
    taken: set[str],
    class_name: Callable[[str], str],
) -> dict[str, str]:
    """One component name per shape: its first candidate that no class in `taken` has and no
    other shape claims; when shapes claim one name, the shape at the most places (then the first
    in canonical order) keeps it and the others take their next candidate; a shape out of
    candidates is left out (it stays where it is)."""
    choice = dict.fromkeys(names, 0)
    while True:
        claims: dict[str, list[str]] = defaultdict(list)
        for shape, index in choice.items():
            claims[class_name(names[shape][index])].append(shape)
        losers = [
            shape
            for name, shapes in claims.items()
            for shape in (
                shapes if name in taken else sorted(shapes, key=lambda s: (-counts[s], s))[1:]
            )
        ]
        if not losers:
            return {shape: class_name(names[shape][index]) for shape, index in choice.items()}
        for shape in losers:
            choice[shape] += 1
            if choice[shape] == len(names[shape]):
                del choice[shape]
