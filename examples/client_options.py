# pyright: strict
"""Client options as a downstream user types them: per-call options, `http_client=` with an
`httpx.MockTransport` (a unit test of one's own code, no network), `with_raw_response`, and a
fetched resident handed to a function typed on the package's `Resident`.

    python examples/client_options.py

Checked by `mypy --strict` and pyright in CI (`nox -s typecheck`) and run in
tests/client/test_call_options.py. A resident is a `Resident` wherever it comes from: a list, or
`residents.get(...).results`.
"""

from __future__ import annotations

import asyncio
import json

import httpx
from propexo import APIStatusError, AsyncPropexoClient, PropexoClient
from propexo_client.models import Resident

#: Properties Propexo always sends, null here (a resident's JSON as `residents.get` answers).
NULL_PROPERTIES = [
    "address_1",
    "address_1_alternate",
    "address_2",
    "address_2_alternate",
    "balance_in_cents",
    "city",
    "city_alternate",
    "country",
    "country_alternate",
    "custom_data",
    "date_of_birth",
    "email_1",
    "email_2",
    "is_employee",
    "last_name",
    "last_seen",
    "late_balance_in_cents",
    "middle_name",
    "notes",
    "phone_1",
    "phone_2",
    "state",
    "state_alternate",
    "x_lease_id",
    "zip",
    "zip_alternate",
]
RESIDENT: dict[str, object] = {
    **dict.fromkeys(NULL_PROPERTIES),
    "id": "res-1",
    "x_id": "R1",
    "first_name": "Ada",
    "integration_id": "int-rm-1",
    "integration_vendor": "RENTMANAGER",
    "property_id": "loc-1",
    "phone_1_type": "MOBILE",
    "phone_2_type": "HOME",
    "pets": [],
    "vehicles": [],
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}


def describe(resident: Resident) -> str:
    return f"{resident.id}: {resident.first_name or '?'}"


def answer(request: httpx.Request) -> httpx.Response:
    """A stand-in Propexo: one resident, and a 404 with Propexo's error code for others."""
    meta: dict[str, object] = {"orderBy": [], "total": 1, "limit": 100, "offset": 0}
    if request.url.path.rstrip("/") == "/v1/residents":
        return httpx.Response(200, json={"results": [RESIDENT], "meta": meta})
    if request.url.path == "/v1/residents/res-1":
        return httpx.Response(200, json={"results": RESIDENT, "meta": meta})
    error = {"error": {"code": "NOT_FOUND", "message": "no such resident"}}
    return httpx.Response(404, content=json.dumps(error), headers={"x-request-id": "r-9"})


def main() -> list[str]:
    lines: list[str] = []
    http_client = httpx.Client(transport=httpx.MockTransport(answer))
    with PropexoClient(
        "example-token", base_url="https://propexo.invalid", http_client=http_client
    ) as client:
        for resident in client.residents.list(extra_query={"trace": "example"}):
            lines.append(describe(resident))
        everyone: list[Resident] = client.residents.list(page_size=50).to_list()
        lines.append(f"{len(everyone)} resident(s)")
        fetched = client.residents.get("res-1", timeout=5.0, max_retries=0)
        lines.append(describe(fetched.results))
        raw = client.residents.with_raw_response.get("res-1", extra_headers={"X-Run": "1"})
        headers: httpx.Headers = raw.headers
        lines.append(f"{raw.status_code} {headers['content-type']} {describe(raw.parse().results)}")
        try:
            client.residents.get("nobody")
        except APIStatusError as error:
            request_id = error.headers.get("x-request-id")
            method = error.request.method if error.request is not None else "?"
            lines.append(f"{error.status_code} {error.code} {method} {request_id}")
    return lines


async def amain() -> list[str]:
    """The same from asyncio: `AsyncPropexoClient` over an `httpx.AsyncClient`."""
    lines: list[str] = []
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncPropexoClient(
        "example-token", base_url="https://propexo.invalid", http_client=http_client
    ) as client:
        everyone: list[Resident] = await client.residents.list(timeout=5.0).to_list()
        lines.extend(describe(resident) for resident in everyone)
        fetched = await client.residents.get("res-1", extra_headers={"X-Run": "2"})
        lines.append(describe(fetched.results))
        raw = await client.residents.with_raw_response.get("res-1")
        lines.append(f"{raw.status_code} {describe(raw.parse().results)}")
    return lines


if __name__ == "__main__":
    print("\n".join(main() + asyncio.run(amain())))
