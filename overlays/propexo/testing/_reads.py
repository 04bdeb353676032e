"""Every read (GET) operation of the spec that `_api.py` has no handler for, from made-up items.

A list operation (`/v1/leases/`) answers, for each seeded integration, `per_integration` items
generated from its response schema (`_generate.py`), tied to that integration (`id`,
`integration_id`, `integration_vendor`, and a seeded `resident_id`, `location_id` or
`property_id` of it), filtered by the query parameters that name an item field and paged as the
API pages (`offset`, `limit`, `order-by`; `meta.hasMore`, `meta.total`); `/v1/properties/`
answers the seeded properties (fields the seed has not, made up). A get operation
(`/v1/leases/{lease_id}`) answers the item of its list with that id, or 404. Other reads (lists
under an id, summaries) answer items generated for their path. The same seed, state and request
give the same answer. A list's items of one integration are made once and kept until the
integration or the records they are made from or link to change (not on each read).
"""

from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

from ._api import Call, Handler, Reply, find_route, matching, page
from ._generate import Generator
from ._spec import Spec
from ._state import ApiError, State

#: Query parameters that page or order a list rather than filter it.
PAGING = frozenset({"offset", "limit", "order-by"})
#: Item fields set from the seeded records (the State attribute) of the item's integration.
LINKS = {"resident_id": "residents", "location_id": "locations", "property_id": "properties"}
#: Lists whose items are the seeded records (State attribute), their other fields made up.
SEEDED = {"/v1/properties/": "properties"}
#: Fields a seeded record gives its item.
RECORD_FIELDS = ("x_id", "name", "location_id")
#: Items of a list under a path parameter (`/v1/residents/{id}/...`), per path.
PER_PATH = 3


class SpecReads:
    """Routes and answers for the spec's GET operations, deterministic for `seed`."""

    def __init__(self, spec: Spec, *, seed: int = 0, per_integration: int = 5) -> None:
        self.spec = spec
        self.seed = seed
        self.per_integration = per_integration
        #: The items of each (list, integration) with what they were made from (`_made`).
        self._cache: dict[tuple[str, str], tuple[object, list[Any]]] = {}
        routes = [p for p, ops in spec.document["paths"].items() if "get" in ops]
        routes.sort(key=lambda r: (r.count("{"), -len(r)))  # literal segments win
        self._patterns = [
            (r, re.compile("^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(r)) + "$"))
            for r in routes
        ]

    def find(self, method: str, path: str) -> tuple[str, dict[str, str], Handler] | None:
        """The spec path template and path parameters of a GET, with this object's handler."""
        if method != "GET":
            return None
        for route, pattern in self._patterns:
            found = pattern.match(path)
            if found:
                return route, found.groupdict(), self.serve
        return None

    def serve(self, c: Call) -> Reply:
        """The answer to one read, from the shape of its 200 response schema."""
        gen = self._generator(c.route, *c.path_params.values())
        schema = gen.resolve(self._answer_schema(c.route))
        properties = schema.get("properties", {})
        results = gen.resolve(properties.get("results", {}))
        if "meta" in properties and "items" in results:
            items = self.items(c.state, c.route, c.path_params, results["items"])
            fields = gen.resolve(results["items"]).get("properties", {})
            defaults = {
                p["name"]: p.get("schema", {}).get("default")
                for p in self.spec.operation(c.route, "get").get("parameters", [])
            }
            filters = [
                n
                for n, v in c.params.items()
                if n in fields and n not in PAGING and v != defaults.get(n)
            ]
            return Reply(200, page(matching(items, c.params, *filters), c.params))
        if "meta" in properties and "results" in properties:
            item = self._one(c, results)
            return Reply(200, {"meta": gen.value(properties["meta"], "meta"), "results": item})
        return Reply(200, gen.value(schema, "body"))

    def items(
        self, state: State, route: str, path_params: dict[str, str], schema: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """Every item of a list operation, before filters and paging."""
        kind = _kind(route)
        if path_params:
            under = "-".join(path_params.values())
            return [
                self._item(schema, route, f"{kind}-{under}-{n:03d}", None, state)
                for n in range(1, PER_PATH + 1)
            ]
        seeded = SEEDED.get(route)
        owners = (
            {r.integration_id for r in getattr(state, seeded).values()}
            if seeded
            else state.integrations
        )
        return [
            item
            for integration_id in sorted(owners)
            for item in self._made(state, route, schema, integration_id)
        ]

    def _made(
        self, state: State, route: str, schema: dict[str, Any], integration_id: str
    ) -> list[Any]:
        """The items of a list that belong to one integration: made once, and made again only
        when what they are made from changes (the integration, the records they link to, the
        seeded records they stand for), so that each read does not make them up anew."""
        seeded = SEEDED.get(route)
        records = sorted(
            (r for r in getattr(state, seeded).values() if r.integration_id == integration_id)
            if seeded
            else (),
            key=lambda r: r.id,
        )
        basis = (id(schema), _links(state, integration_id), [_fields(r) for r in records])
        cached = self._cache.get((route, integration_id))
        if cached is not None and cached[0] == basis:
            return cached[1]
        kind = _kind(route)
        made = (
            [self._seeded(schema, route, record, state) for record in records]
            if seeded
            else [
                self._item(schema, route, f"{integration_id}-{kind}-{n:03d}", integration_id, state)
                for n in range(1, self.per_integration + 1)
            ]
        )
        self._cache[(route, integration_id)] = (basis, made)
        return made

    def _seeded(self, schema: dict[str, Any], route: str, record: Any, state: State) -> Any:
        """The item of a seeded record: its id, integration and own fields, the rest made up."""
        item = self._item(schema, route, record.id, record.integration_id, state)
        if isinstance(item, dict):
            for name in RECORD_FIELDS:
                if isinstance(item.get(name), str) and getattr(record, name, None) is not None:
                    item[name] = getattr(record, name)
        return item

    def _one(self, c: Call, schema: dict[str, Any]) -> Any:
        """The item a get operation names: its list's item with that id (the fields the get's
        schema has beyond the list's made up), or 404; made up when there is no such list."""
        names = list(c.path_params)
        wanted = c.path_params[names[-1]] if names else ""
        parent = c.route[: c.route.rfind("{")]
        found = self._list(c, parent, {n: c.path_params[n] for n in names[:-1]})
        if found is None:
            return self._item(schema, c.route, wanted, None, c.state)
        for listed in found:
            if listed.get("id") == wanted:
                item = self._item(schema, c.route, wanted, listed.get("integration_id"), c.state)
                if not isinstance(item, dict):
                    return listed
                return item | {k: v for k, v in listed.items() if k in item}
        raise ApiError(404, "NOT_FOUND", f"no {_kind(c.route)} {wanted!r}")

    def _list(
        self, c: Call, route: str, path_params: dict[str, str]
    ) -> list[dict[str, Any]] | None:
        """Every item of the list operation at `route` (hand-written or generated), if any."""
        if route == c.route or "get" not in self.spec.document["paths"].get(route, {}):
            return None
        everything = {"offset": 0, "limit": 10**9}
        written = find_route("GET", route)
        if written is not None:
            call = dataclasses.replace(c, route=route, path_params=path_params, params=everything)
            results = written[2](call).body.get("results")
            return results if isinstance(results, list) else None
        schema = self.item_schema(route)
        return None if schema is None else self.items(c.state, route, path_params, schema)

    def item_schema(self, route: str) -> dict[str, Any] | None:
        """The item schema of the list operation at `route`, if the spec has one there."""
        if "get" not in self.spec.document["paths"].get(route, {}):
            return None
        gen = self._generator(route)
        results = gen.resolve(gen.resolve(self._answer_schema(route)).get("properties", {}))
        found = gen.resolve(results.get("results", {})).get("items")
        return found if isinstance(found, dict) else None

    def _item(
        self,
        schema: dict[str, Any],
        route: str,
        item_id: str,
        integration_id: str | None,
        state: State,
    ) -> Any:
        gen = self._generator(route, item_id)
        item = gen.value(schema, _kind(route))
        if not isinstance(item, dict):
            return item
        if "id" in item:
            item["id"] = item_id
        integration = state.integrations.get(integration_id or "")
        if integration is None:
            return item
        if "integration_id" in item:
            item["integration_id"] = integration.id
        vendor = gen.resolve(
            gen.resolve(schema).get("properties", {}).get("integration_vendor", {})
        )
        if integration.vendor in vendor.get("enum", ()):
            item["integration_vendor"] = integration.vendor
        rng = random.Random(f"{self.seed}|{route}|{item_id}|links")
        for name, attribute in LINKS.items():
            records = getattr(state, attribute)
            mine = sorted(r.id for r in records.values() if r.integration_id == integration.id)
            if isinstance(item.get(name), str) and mine:
                item[name] = rng.choice(mine)
        return item

    def _answer_schema(self, route: str) -> dict[str, Any]:
        answer = self.spec.operation(route, "get")["responses"]["200"]
        schema: dict[str, Any] = answer["content"]["application/json"]["schema"]
        return schema

    def _generator(self, route: str, *key: str) -> Generator:
        return Generator(self.spec, random.Random("|".join((str(self.seed), route, *key))))


def _kind(route: str) -> str:
    """`leases` for `/v1/leases/{lease_id}`: the first segment after the version."""
    return route.strip("/").split("/")[1] if route.count("/") > 1 else "item"


def _links(state: State, integration_id: str) -> object:
    """What an integration's made-up items take from the state: its vendor and the ids of
    its records that `LINKS` fields point to."""
    integration = state.integrations.get(integration_id)
    return (
        integration.vendor if integration else None,
        [
            sorted(
                r.id
                for r in getattr(state, attribute).values()
                if r.integration_id == integration_id
            )
            for attribute in LINKS.values()
        ],
    )


def _fields(record: Any) -> tuple[Any, ...]:
    """What a seeded record gives its item (`RECORD_FIELDS`), with its id."""
    return (record.id, *(getattr(record, name, None) for name in RECORD_FIELDS))
