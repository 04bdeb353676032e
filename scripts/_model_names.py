"""Model names: what a generated class is, not the URL path it was found under.

Propexo names its schemas after paths (``_v1_residents__get_output``), so the generator's classes
would be ``V1ResidentsGetOutputResultsItem``. The names here are a deterministic function of the
operation and of the schema's place in it:

* an operation's body and answer (the ``_<path>_<method>_input/_output`` schemas) are named by the
  operation: ``BatchCreateResidentChargesRentmanagerRequest``, ``ListResidentsResponse``, and so
  are the path-named schemas that extend them (``...RequestChargesItems``);
* the items a list operation returns (inline ``results`` items) by the resource its path names,
  and its vendor when the path has one: ``Resident``, ``ResidentCharge``, ``LocationResman``;
* an enum by its property (``integration_vendor`` -> ``IntegrationVendor``, ``phone_1_type`` and
  ``phone_2_type`` -> ``PhoneType``) when every enum of that property in the spec has the same
  values, otherwise by the model or operation that holds it and the property
  (``LeaseStatus``);
* anything else nested inside by its parent's new name and the property (``ResidentPetsItem``).

A resource written out inline in several answers is one class (``_shapes``): the item of
``GET /v1/residents/`` and the ``results`` of ``GET /v1/residents/{id}`` are both ``Resident``.

Two different schemas given one name fail the run, naming both places. The path-derived names,
and the names merged places had before (``GetResidentResponseResults``), stay importable from
``propexo_client.models`` as aliases.

The generator applies the names through its ``class_overrides``: a first parse with its own
names gives the places, and the overrides are keyed by the name the generator derives once the
parents are renamed.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any, Literal

import attrs

from scripts import _generator
from scripts._errors import SpecError
from scripts._names import VENDORS, singular
from scripts._normalize import operations
from scripts._shapes import Shared, share_shapes
from scripts._template_globals import response_enums

_PATH_SCHEMA = re.compile(r"_(input|output)$")


class ModelNameError(SpecError):
    """Two different schemas would get one class name."""


@attrs.frozen
class Naming:
    """`overrides`: generator-derived class name -> our name; `aliases`: the generator's own
    (path-derived) name -> our name, for everything that was renamed."""

    overrides: dict[str, str]
    aliases: dict[str, str]
    #: Every class's place (the generator's own, path-derived name) -> our name: what a later
    #: release compares with to find the classes it renamed.
    places: dict[str, str] = attrs.field(factory=dict)


def pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[_\-\s]+", text) if word)


def _family(prop_name: str) -> str:
    """``phone_1_type`` -> ``phone_type``; ``address_2`` -> ``address``."""
    return re.sub(r"_\d+(?=_|$)", "", prop_name)


def _resource(operation_id: str) -> str:
    """The item name a list operation promises: its noun, singular, then its vendor
    (``list_resident_charges`` -> ``ResidentCharge``, ``list_locations_rentmanager`` ->
    ``LocationRentmanager``, ``list_job_logs_by_job`` -> ``JobLogByJob``)."""
    noun = operation_id.removeprefix("list_")
    vendor = next(
        (v for v in sorted(VENDORS, key=len, reverse=True) if noun.endswith("_" + v)), None
    )
    if vendor:
        noun = noun[: -len(vendor) - 1]
    head, by, tail = noun.partition("_by_")
    name = pascal(singular(head.replace("_", "-"))) + (pascal(by + tail) if by else "")
    return name + (pascal(vendor) if vendor else "")


def _children(prop: Any) -> list[tuple[str, Any]]:
    """(owning property name, property) for every property directly inside `prop`."""
    if _generator.kind(prop) == "model":
        inner = list(prop.required_properties or []) + list(prop.optional_properties or [])
        found = [(str(p.python_name), p) for p in inner]
        extra = prop.additional_properties
        if extra is not None and not isinstance(extra, bool):
            found.append(("additional", extra))
        return found
    return []


def _nested(name: str, prop: Any) -> list[tuple[str, Any]]:
    """Classes reachable from `prop` without crossing into another model: itself, or through
    unions and lists."""
    kind = _generator.kind(prop)
    if kind in ("model", "enum"):
        return [(name, prop)]
    if kind == "union":
        return [found for inner in prop.inner_properties for found in _nested(name, inner)]
    if kind == "list":
        return _nested(name, prop.inner_property)
    return []


#: Where each inline class sits: its path-derived name -> (property, owner's path-derived name,
#: property name); the owner is "@operation" for a parameter's enum and None for a component enum.
Places = dict[str, tuple[Any, str | None, str]]


@attrs.frozen
class _OperationNames:
    """Names that follow from the operations alone, by the generator's path-derived names."""

    #: Body, answer and list item (and the path-named components extending them) -> our name.
    explicit: dict[str, str]
    #: A list operation's answer -> the resource its items are.
    list_results: dict[str, str]
    #: A list operation's item -> its resource name.
    list_items: dict[str, str]


def model_names(
    document: dict[str, Any], data: Any, class_name: Any, merged: dict[str, str] | None = None
) -> Naming:
    """Names for the classes of `data` (parsed from `document` with the generator's own names).
    `class_name(text)` is the generator's class name for a string (its `ClassName`); `merged`
    maps the generator's names at places ``_shapes`` shared to the class now built there."""
    models = {str(m.class_info.name): m for m in data.models}
    components = (document.get("components") or {}).get("schemas") or {}
    component_class = {str(class_name(key)): key for key in components}

    by_operation = _operation_names(document, components, class_name)
    explicit = by_operation.explicit | _extending(by_operation.explicit, component_class)
    explicit |= _list_items(models, by_operation.list_results, component_class)
    places = _places(models, data, component_class)

    taken = (set(component_class) - set(explicit)) | set(explicit.values())
    enums = _enum_names(models, places, component_class, data, response_enums(data), taken)
    every = sorted(set(models) | set(places))
    final = _settle(every, explicit, enums, component_class, places, models)

    overrides = _overrides(every, places, final)
    _check_collisions(final, models, places)
    aliases = {old: new for old, new in final.items() if old != new}
    aliases.update(_merged_aliases(merged or {}, final, by_operation.list_items))
    placed = final | {old: final[now] for old, now in (merged or {}).items() if now in final}
    return Naming(overrides=overrides, aliases=aliases, places=placed)


def _operation_names(
    document: dict[str, Any], components: dict[str, Any], class_name: Any
) -> _OperationNames:
    """An operation's body and answer are named by the operation, a list's item by its resource."""
    explicit: dict[str, str] = {}
    list_results: dict[str, str] = {}
    list_items: dict[str, str] = {}
    for method, path, operation in operations(document):
        op = pascal(operation["operationId"])
        base = path.replace("/", "_") + f"_{method}"
        for suffix, role in (("_output", "Response"), ("_input", "Request")):
            if base + suffix in components:
                explicit[str(class_name(base + suffix))] = op + role
        if operation["operationId"].startswith("list_") and base + "_output" in components:
            resource = _resource(operation["operationId"])
            list_results[str(class_name(base + "_output"))] = resource
            list_items[str(class_name(base + "_output_results_item"))] = resource
    return _OperationNames(explicit, list_results, list_items)


def _extending(explicit: dict[str, str], component_class: dict[str, str]) -> dict[str, str]:
    """Other path-named components, named after the operation schema their name extends
    (``V1ResidentChargesBatchRentmanagerPostInputChargesItems`` ->
    ``BatchCreateResidentChargesRentmanagerRequestChargesItems``)."""
    path_named = sorted(explicit, key=len, reverse=True)
    found: dict[str, str] = {}
    for old in component_class:
        if old not in explicit and re.match(r"V\d", old):
            stem = next((k for k in path_named if old.startswith(k) and old != k), None)
            if stem is not None:
                found[old] = explicit[stem] + old[len(stem) :]
    return found


def _list_items(
    models: dict[str, Any], list_results: dict[str, str], component_class: dict[str, str]
) -> dict[str, str]:
    """The inline item of each list answer's ``results`` -> the list's resource name."""
    found: dict[str, str] = {}
    for name, model in models.items():
        results: Any = next((p for n, p in _children(model) if n == "results"), None)
        if name in list_results and _generator.kind(results) == "list":
            item = results.inner_property
            if _generator.kind(item) == "model":
                old_item = str(item.class_info.name)
                if old_item not in component_class:
                    found[old_item] = list_results[name]
    return found


def _places(models: dict[str, Any], data: Any, component_class: dict[str, str]) -> Places:
    """Where each class that is not a model of its own sits (see ``Places``)."""
    places: Places = {}
    for name, model in models.items():
        for prop_name, prop in _children(model):
            for inner_name, inner in _nested(prop_name, prop):
                old = str(inner.class_info.name)
                if old not in component_class:
                    places.setdefault(old, (inner, name, inner_name))
    for endpoint in _generator.endpoints(data):
        for parameter in endpoint.list_all_parameters():
            for inner_name, inner in _nested(str(parameter.python_name), parameter):
                old = str(inner.class_info.name)
                if old not in component_class:
                    places.setdefault(old, (inner, f"@{endpoint.name}", inner_name))
    for old, key in component_class.items():
        if old in models or old in places:
            continue
        places[old] = (None, None, key)  # a component enum, named by the properties using it
    return places


def _settle(
    every: list[str],
    explicit: dict[str, str],
    enums: dict[str, tuple[str | None, str]],
    component_class: dict[str, str],
    places: Places,
    models: dict[str, Any],
) -> dict[str, str]:
    """Every class's name once no two different classes share one.

    A property-wide enum name yields to a model of that name (the enum is then named by its
    owner); another enum that takes it (named by its owner) gets an "Enum" suffix instead."""
    demoted: set[str] = set()
    suffixed: set[str] = set()
    while True:
        final = _assign(every, explicit, enums, demoted, component_class, places)
        final = {old: new + "Enum" if old in suffixed else new for old, new in final.items()}
        changed = False
        for new, olds in _groups(final).items():
            verdict = _clash(olds, enums, models, places)
            if verdict == "suffix" and not set(olds) - _shared(olds, enums) <= suffixed:
                suffixed |= set(olds) - _shared(olds, enums)
                changed = True
            elif verdict == "demote" and new not in demoted:
                demoted.add(new)
                changed = True
        if not changed:
            return final


def _shared(olds: list[str], enums: dict[str, tuple[str | None, str]]) -> set[str]:
    """The enums among ``olds`` named by their property alone."""
    return {o for o in olds if enums.get(o, ("", ""))[0] is None}


def _clash(
    olds: list[str],
    enums: dict[str, tuple[str | None, str]],
    models: dict[str, Any],
    places: Places,
) -> Literal["none", "suffix", "demote"]:
    """How classes given one name part: not at all (one class, one enum shared, or no enum named
    by its property alone among them), the others take a suffix (all enums), or the property-wide
    name yields."""
    if len(olds) < 2 or _one_enum(olds, models, places):
        return "none"
    shared = _shared(olds, enums)
    if not shared:
        return "none"
    others = [o for o in olds if o not in shared]
    if all(o in enums or o not in models for o in others) and all(
        _generator.kind(places.get(o, (None,))[0]) == "enum" for o in others
    ):
        return "suffix"
    return "demote"


def _overrides(every: list[str], places: Places, final: dict[str, str]) -> dict[str, str]:
    """The name the generator derives (before overrides) for each class once its parent is
    renamed -> our name for it."""
    overrides: dict[str, str] = {}
    for old in every:
        _, owner, _ = places.get(old, (None, None, ""))
        if owner is not None and not owner.startswith("@") and old.startswith(owner):
            derived = final[owner] + old[len(owner) :]
        else:
            derived = old
        if final[old] != derived:
            overrides[derived] = final[old]
    return overrides


def _merged_aliases(
    merged: dict[str, str], final: dict[str, str], list_items: dict[str, str]
) -> dict[str, str]:
    """For a place now shared (``V1ResidentsIdGetOutputResults``), its path-derived name and the
    name it had before (its parent's name and the rest: ``GetResidentResponseResults``; a list
    item's resource name: ``JobLogByJob``) -> the shared class's name (``Resident``)."""
    aliases: dict[str, str] = {}
    named = final | list_items
    owners = sorted(named, key=len, reverse=True)
    for old, now in merged.items():
        if now not in final or old in final:
            continue
        aliases[old] = final[now]
        owner = next((o for o in owners if old.startswith(o)), None)
        if owner is not None:
            before = named[owner] + old[len(owner) :]
            if before not in final.values() and before not in final:
                aliases[before] = final[now]
    return {old: new for old, new in aliases.items() if old != new}


def _assign(
    every: list[str],
    explicit: dict[str, str],
    enums: dict[str, tuple[str | None, str]],
    demoted: set[str],
    component_class: dict[str, str],
    places: dict[str, tuple[Any, str | None, str]],
) -> dict[str, str]:
    final: dict[str, str] = {}

    def name_of(old: str) -> str:
        if old in final:
            return final[old]
        _, place_owner, _ = places.get(old, (None, None, ""))
        if old in explicit:
            new = explicit[old]
        elif old in enums and not (
            enums[old][0] is None and enums[old][1] in demoted and (place_owner is None)
        ):
            owner, family = enums[old]
            if owner is None and family in demoted:
                owner = place_owner
            if owner is None:
                new = family
            elif owner.startswith("@"):
                new = pascal(owner[1:]) + family
            else:
                new = name_of(owner) + family
        elif old in component_class or old not in places:
            new = old
        else:
            if place_owner is None or place_owner.startswith("@"):
                new = old
            else:
                parent_new = name_of(place_owner)
                new = parent_new + old[len(place_owner) :] if old.startswith(place_owner) else old
        final[old] = new
        return new

    for old in every:
        name_of(old)
    return final


def _groups(final: dict[str, str]) -> dict[str, list[str]]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for old, new in final.items():
        by_name[new].append(old)
    return by_name


def _one_enum(
    olds: list[str], models: dict[str, Any], places: dict[str, tuple[Any, str | None, str]]
) -> bool:
    """Whether the classes are one enum found in several places (the generator shares it)."""
    props = [models.get(o) or places.get(o, (None, None, ""))[0] for o in olds]
    return all(_generator.kind(p) == "enum" for p in props) and (
        len({tuple(sorted(map(str, p.values))) for p in props}) == 1
    )


def _enum_names(
    models: dict[str, Any],
    places: dict[str, tuple[Any, str | None, str]],
    component_class: dict[str, str],
    data: Any,
    answered: set[str],
    taken: set[str],
) -> dict[str, tuple[str | None, str]]:
    """(owner, property name) for each enum a response can hold (owner None: the property alone
    names it, unless a model already has that name). Request-only enums keep the name derived
    from their model or operation, so that they stay strict (a shared class would take the
    tolerant response type)."""
    family_values: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    enum_family: dict[str, set[str]] = defaultdict(set)

    for model in models.values():
        for prop_name, prop in _children(model):
            for _, inner in _nested(prop_name, prop):
                old = str(inner.class_info.name)
                if _generator.kind(inner) == "enum" and old in answered:
                    family = _family(prop_name)
                    family_values[family].add(tuple(sorted(map(str, inner.values))))
                    enum_family[old].add(family)

    names: dict[str, tuple[str | None, str]] = {}
    for old, families in enum_family.items():
        if len(families) != 1:
            continue
        family = next(iter(families))
        if len(family_values[family]) == 1 and (
            pascal(family) not in taken or component_class.get(old) is not None
        ):
            names[old] = (None, pascal(family))
        elif old not in component_class:
            _, owner, _ = places.get(old, (None, None, ""))
            if owner is not None:
                names[old] = (owner, pascal(family))
    return names


def _check_collisions(
    final: dict[str, str], models: dict[str, Any], places: dict[str, tuple[Any, str | None, str]]
) -> None:
    for new, olds in sorted(_groups(final).items()):
        if len(olds) > 1 and not _one_enum(olds, models, places):
            raise ModelNameError(
                f"would name {len(olds)} different schemas: " + ", ".join(sorted(olds)),
                where=f"class name {new!r}",
            )


def share_resources(document: dict[str, Any], config: Any) -> Shared:
    """``document`` with each list operation's item shape one component named for its resource
    (see ``_shapes``), for the generator with ``config``."""
    return share_shapes(document, _resource, lambda text: _generator.class_name(text, config))


def apply_model_names(
    document: dict[str, Any], data: Any, config: Any, shared: Shared | None = None
) -> Naming:
    """Put our names for the classes of ``data`` (``document`` parsed with ``config`` and the
    generator's own names) into ``config.class_overrides``; return the naming (its aliases:
    path-derived name -> ours)."""
    naming = model_names(
        document,
        data,
        lambda text: _generator.class_name(text, config),
        shared.merged if shared is not None else None,
    )
    _generator.override_classes(config, naming.overrides)
    return naming


def check_applied(aliases: dict[str, str], data: Any) -> None:
    """Every name we chose is a class the generator made (an override that matched nothing
    would leave a path-derived name behind silently)."""
    made = {str(m.class_info.name) for m in data.models} | {
        str(e.class_info.name) for e in data.enums
    }
    missing = sorted(set(aliases.values()) - made)
    if missing:
        raise ModelNameError(f"model names not applied: {', '.join(missing[:10])}")


@attrs.frozen
class KnownNames:
    """The committed names file (``model-names.json``): each class's place -> its name in the
    last generation, and the names a release renamed -> the class they now name.

    A class renamed by a release (its schema, or its place under an operation, named otherwise)
    keeps its old name as a deprecated alias; the file carries those aliases from one
    regeneration to the next, so they stay until removed by hand at a major version."""

    places: dict[str, str]
    deprecated: dict[str, str]

    @classmethod
    def loads(cls, text: str) -> KnownNames:
        data = json.loads(text)
        return cls(places=dict(data["places"]), deprecated=dict(data["deprecated"]))

    def dumps(self) -> str:
        data = {"deprecated": self.deprecated, "places": self.places}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


def renamed(previous: KnownNames | None, naming: Naming) -> tuple[KnownNames, dict[str, str]]:
    """The names file after `naming`, and the classes it renames since `previous` (old name ->
    new), found by place."""
    classes = set(naming.places.values())
    renames: dict[str, str] = {}
    for place, before in sorted((previous.places if previous else {}).items()):
        now = naming.places.get(place)
        if now is not None and now != before and before not in classes:
            renames.setdefault(before, now)
    deprecated: dict[str, str] = {}
    for old, new in (previous.deprecated if previous else {}).items():
        seen = {old}
        while new in renames and new not in seen:  # renamed again: follow it
            seen.add(new)
            new = renames[new]
        if old not in classes and new in classes:
            deprecated[old] = new
    deprecated |= renames
    known = KnownNames(
        places=dict(sorted(naming.places.items())), deprecated=dict(sorted(deprecated.items()))
    )
    return known, renames
