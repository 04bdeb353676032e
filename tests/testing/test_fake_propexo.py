"""The fake Propexo server, over real HTTP: auth, paging, batch rules, jobs, rate limit, faults.

Every response a test receives is checked against the spec's response schema by an httpx hook.
"""

from __future__ import annotations

import http.client
import json
import re
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

try:  # the repo root is on sys.path when tests/ is a package or pytest runs as `python -m`
    from tests.fake_propexo import (
        FakePropexo,
        Fault,
        Job,
        JobRequest,
        ManualClock,
        Outcome,
        RandomOutcomes,
        RealClock,
        State,
        load_spec,
        pytest_plugin,
    )
except ModuleNotFoundError:  # otherwise pytest puts tests/ itself on sys.path
    from fake_propexo import (  # type: ignore[no-redef,import-not-found]
        FakePropexo,
        Fault,
        Job,
        JobRequest,
        ManualClock,
        Outcome,
        RandomOutcomes,
        RealClock,
        State,
        load_spec,
        pytest_plugin,
    )

fake_propexo = pytest_plugin.propexo_fake  # the fixture other test modules use

ROOT = Path(__file__).resolve().parents[2]
RM, RESMAN = "int-rm-1", "int-resman-1"
RM_BATCH = "/v1/resident-charges/batch/rentmanager/"
RESMAN_BATCH = "/v1/resident-charges/batch/resman/"
LOC0, LOC1 = f"{RM}-loc-000", f"{RM}-loc-001"


def rm_resident(location: int, n: int) -> str:
    return f"{RM}-prop-{location:03d}-res-{n:03d}"


def resman_resident(prop: int, n: int) -> str:
    return f"{RESMAN}-prop-{prop:03d}-res-{n:03d}"


def charge(resident_id: str, ref: str = "ref-1", **changes: Any) -> dict[str, Any]:
    body = {
        "resident_id": resident_id,
        "charge_code_id": f"{RM}-cc-rent",
        "transaction_date": "2026-01-15T00:00:00Z",
        "notes": "January rent",
        "amount_in_cents": 125000,
        "reference_number": ref,
    }
    return {**body, **changes}


def resman_charge(resident_id: str, ref: str = "rm-ref-1", **changes: Any) -> dict[str, Any]:
    extra = {"batch_id": "batch-1", "description": "Rent", "charge_code_id": f"{RESMAN}-cc-rent"}
    return charge(resident_id, ref, **{**extra, **changes})


# -- an independent check of every response against the spec ----------------------------------

SPEC = load_spec().document
REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)
TEMPLATES = sorted(
    (
        (re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(p)) + "$"), p)
        for p in SPEC["paths"]
    ),
    key=lambda pair: "{" in pair[1],  # literal paths before templated ones
)
SEEN: set[tuple[str, str, int]] = set()


def response_schema_ref(method: str, path: str, status: int) -> tuple[str, str]:
    for pattern, template in TEMPLATES:
        operation = SPEC["paths"][template].get(method.lower())
        if operation and pattern.match(path):
            answer = operation["responses"].get(str(status))
            if answer is None:  # 401, 429 and 5xx are not in the spec: errorResponse
                return template, "#/components/schemas/errorResponse"
            return template, answer["content"]["application/json"]["schema"]["$ref"]
    return path, "#/components/schemas/errorResponse"


def check_against_spec(response: httpx.Response) -> None:
    request = response.request
    if request.url.path.startswith("/_fake/"):
        return
    response.read()
    template, ref = response_schema_ref(request.method, request.url.path, response.status_code)
    validator = Draft202012Validator({"$ref": "urn:spec" + ref}, registry=REGISTRY)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(response.json())]
    assert not errors, f"{request.method} {request.url.path} {response.status_code}: {errors[:3]}"
    SEEN.add((request.method, template, response.status_code))


def make_client(fake: FakePropexo, **kw: Any) -> httpx.Client:
    headers = kw.pop("headers", fake.headers)
    return httpx.Client(
        base_url=fake.url, headers=headers, event_hooks={"response": [check_against_spec]}, **kw
    )


@pytest.fixture
def fake() -> Iterator[FakePropexo]:
    with FakePropexo(validate_responses=True, rate_limit=10_000) as server:
        server.seed_rentmanager(3, 5, integration_id=RM, seed=7)
        server.seed_resman(2, 3, integration_id=RESMAN, seed=7)
        yield server
    assert not server.schema_violations and not server.internal_errors


@pytest.fixture
def client(fake: FakePropexo) -> Iterator[httpx.Client]:
    with make_client(fake) as c:
        yield c


def error_code(response: httpx.Response) -> str:
    code: str = response.json()["error"]["code"]
    return code


# -- auth, transport ---------------------------------------------------------------------------


def test_requests_without_the_right_bearer_token_get_401_and_the_token_is_never_recorded(
    fake: FakePropexo,
) -> None:
    with make_client(fake, headers={}) as anonymous:
        assert anonymous.get("/v1/residents/").status_code == 401
        wrong = anonymous.get("/v1/residents/", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and error_code(wrong) == "UNAUTHORIZED"
        assert "x-ratelimit-remaining" in wrong.headers
        basic = anonymous.get("/v1/residents/", headers={"Authorization": f"Basic {fake.token}"})
        assert basic.status_code == 401
    with make_client(fake) as authed:
        assert authed.get("/v1/residents/").status_code == 200
    assert [r.status for r in fake.requests()] == [401, 401, 401, 200]
    assert all("authorization" not in {k.lower() for k in r.headers} for r in fake.requests())
    assert fake.token not in json.dumps(fake.dump())


def test_connections_are_kept_alive_between_requests(fake: FakePropexo) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=5)
    sockets = []
    for _ in range(3):
        conn.request("GET", "/v1/charge-codes/", headers=fake.headers)
        response = conn.getresponse()
        assert response.status == 200 and json.loads(response.read())["results"]
        sockets.append(conn.sock)
    conn.close()
    assert sockets[0] is not None and all(s is sockets[0] for s in sockets)


def test_a_chunked_request_body_is_read_whole_and_the_connection_stays_usable(
    fake: FakePropexo, client: httpx.Client
) -> None:
    body = json.dumps({"integration_id": RM, "charges": [charge(rm_resident(0, 0), "chunked")]})
    halves = iter([body[:40].encode(), body[40:].encode()])
    response = client.post(RM_BATCH, content=halves, headers={"Content-Type": "application/json"})
    assert response.request.headers["Transfer-Encoding"] == "chunked"
    assert response.status_code == 200 and response.json()["result"] == json.loads(body)
    assert client.get("/v1/charge-codes/").status_code == 200
    assert [a.charge["reference_number"] for a in fake.accepted_charges()] == ["chunked"]


def test_a_client_gone_before_its_body_ended_is_neither_served_nor_recorded(
    fake: FakePropexo,
) -> None:
    head = (
        f"POST {RM_BATCH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {fake.token}\r\n"
        "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", fake.port)) as conn:
        conn.sendall(head.encode() + b'{"integration_id": ')
    with make_client(fake) as client:  # the next request is served once the cut one is done
        assert client.get("/v1/charge-codes/").status_code == 200
    time.sleep(0.05)
    assert [r.route for r in fake.requests()] == ["/v1/charge-codes/"]
    assert fake.jobs() == [] and not fake.internal_errors


def test_the_shared_fixture_serves_seeded_integrations_with_default_limits(
    fake_propexo: FakePropexo,
) -> None:
    with make_client(fake_propexo) as client:
        locations = client.get("/v1/locations/rentmanager/")
        residents = client.get("/v1/residents/", params={"integration_id": RESMAN})
    assert locations.json()["meta"]["total"] == 3 and residents.json()["meta"]["total"] == 10
    assert locations.headers["x-ratelimit-limit"] == "150"
    assert residents.headers["x-ratelimit-remaining"] == "148"


# -- reads -------------------------------------------------------------------------------------


def test_locations_page_with_offset_and_limit_and_filter_by_integration(
    fake: FakePropexo, client: httpx.Client
) -> None:
    fake.seed_rentmanager(7, 0, integration_id="int-rm-2")
    first = client.get("/v1/locations/rentmanager/", params={"integration_id": "int-rm-2"}).json()
    assert first["meta"]["limit"] == 100 and first["meta"]["total"] == 7
    ids = []
    for offset in range(0, 8, 3):
        page = client.get(
            "/v1/locations/rentmanager/",
            params={"integration_id": "int-rm-2", "offset": offset, "limit": 3},
        ).json()
        assert page["meta"]["hasMore"] == (offset + 3 < 7)
        ids += [loc["id"] for loc in page["results"]]
    assert sorted(ids) == sorted(loc["id"] for loc in first["results"])
    assert len(set(ids)) == 7 and all(i.startswith("int-rm-2-loc-") for i in ids)
    too_big = client.get("/v1/locations/rentmanager/", params={"limit": 251})
    assert too_big.status_code == 400 and "limit" in too_big.json()["error"]["message"]
    assert client.get("/v1/locations/rentmanager/", params={"offset": "x"}).status_code == 400


def test_residents_filter_by_location_property_and_integration(client: httpx.Client) -> None:
    def ids(**params: Any) -> set[str]:
        return {r["id"] for r in client.get("/v1/residents/", params=params).json()["results"]}

    assert ids(location_id=LOC1) == {rm_resident(1, n) for n in range(5)}
    assert ids(property_id=f"{RM}-prop-002") == {rm_resident(2, n) for n in range(5)}
    assert ids(integration_id=RESMAN) == {resman_resident(p, n) for p in range(2) for n in range(3)}
    assert ids(location_id="no-such-location") == set()
    resident = client.get("/v1/residents/", params={"location_id": LOC0, "limit": 1}).json()
    assert resident["results"][0]["integration_vendor"] == "RENTMANAGER"


def test_residents_page_at_most_250_at_a_time(fake: FakePropexo, client: httpx.Client) -> None:
    fake.seed_rentmanager(1, 260, integration_id="int-big")
    params: dict[str, Any] = {"location_id": "int-big-loc-000", "limit": 250}
    first = client.get("/v1/residents/", params=params).json()
    second = client.get("/v1/residents/", params={**params, "offset": 250}).json()
    assert len(first["results"]) == 250 and first["meta"]["hasMore"] is True
    assert len(second["results"]) == 10 and second["meta"]["hasMore"] is False
    assert len({r["id"] for r in first["results"] + second["results"]}) == 260


def test_seeding_is_deterministic_per_seed() -> None:
    def seeded(seed: int) -> dict[str, Any]:
        state = State()
        state.seed_rentmanager(4, 6, seed=seed)
        return state.to_json()

    assert seeded(3) == seeded(3)
    assert seeded(3) != seeded(4)
    data = seeded(3)
    assert len(data["locations"]) == 4 and len(data["residents"]) == 24
    assert all(len(r["location_ids"]) == 1 for r in data["residents"])


def test_state_with_jobs_survives_a_json_round_trip() -> None:
    state = State()
    state.seed_rentmanager(2, 2)
    state.outcomes.queued.append(Outcome("FAILURE", delay=3, errors=("no",)))
    state.accept_batch("RENTMANAGER", rm_body(charge(rm_resident(1, 1))), now=100.0)
    copy = State()
    copy.load_json(json.loads(json.dumps(state.to_json())))
    assert copy.to_json() == state.to_json()
    assert copy.jobs["job-000001"].status(102.9) == "PENDING"
    assert copy.jobs["job-000001"].status(103.0) == "FAILURE"


def test_charge_codes_list(client: httpx.Client) -> None:
    codes = client.get("/v1/charge-codes/", params={"integration_id": RM}).json()["results"]
    assert {c["id"] for c in codes} == {f"{RM}-cc-rent", f"{RM}-cc-late", f"{RM}-cc-util"}


# -- batch writes ------------------------------------------------------------------------------


def test_an_accepted_batch_answers_its_job_and_records_every_charge(
    fake: FakePropexo, client: httpx.Client
) -> None:
    body = {
        "integration_id": RM,
        "charges": [charge(rm_resident(1, 0), "a"), charge(rm_resident(1, 3), "b")],
    }
    response = client.post(RM_BATCH, json=body)
    assert response.status_code == 200
    job_id = response.json()["meta"]["job_id"]
    assert response.json()["result"] == body
    accepted = fake.accepted_charges()
    assert [(a.job_id, a.location_id, a.charge["reference_number"]) for a in accepted] == [
        (job_id, LOC1, "a"),
        (job_id, LOC1, "b"),
    ]
    resman = client.post(
        RESMAN_BATCH,
        json={"integration_id": RESMAN, "charges": [resman_charge(resman_resident(1, 2))]},
    )
    assert resman.status_code == 200
    assert fake.accepted_charges()[-1].property_id == f"{RESMAN}-prop-001"
    assert len(fake.batch_requests()) == 2 and fake.batch_requests()[0].body == body


def test_charges_in_two_locations_are_refused_and_counted(
    fake: FakePropexo, client: httpx.Client
) -> None:
    mixed = {
        "integration_id": RM,
        "charges": [charge(rm_resident(0, 0)), charge(rm_resident(2, 0))],
    }
    response = client.post(RM_BATCH, json=mixed)
    assert response.status_code == 400 and error_code(response) == "MIXED_LOCATIONS"
    assert response.json()["error"]["details"]["location_ids"] == [LOC0, f"{RM}-loc-002"]
    assert "same Rent Manager location" in response.json()["error"]["message"]
    assert fake.mixed_location_batches_seen == 1 and fake.accepted_charges() == []
    resman = {
        "integration_id": RESMAN,
        "charges": [resman_charge(resman_resident(0, 0)), resman_charge(resman_resident(1, 0))],
    }
    refused = client.post(RESMAN_BATCH, json=resman)
    assert refused.status_code == 400 and error_code(refused) == "MIXED_PROPERTIES"
    assert fake.mixed_property_batches_seen == 1 and fake.jobs() == []


@pytest.mark.parametrize("location_ids", [[], [LOC0, LOC1]], ids=["no-location", "two-locations"])
def test_a_resident_without_exactly_one_location_cannot_be_charged(
    fake: FakePropexo, client: httpx.Client, location_ids: list[str]
) -> None:
    fake.add_resident("odd-resident", RM, f"{RM}-prop-000", location_ids=location_ids)
    body = {"integration_id": RM, "charges": [charge(rm_resident(0, 1)), charge("odd-resident")]}
    response = client.post(RM_BATCH, json=body)
    assert response.status_code == 400 and error_code(response) == "LOCATION_NOT_RESOLVED"
    assert response.json()["error"]["details"]["index"] == 1
    assert fake.unresolved_location_batches_seen == 1 and fake.accepted_charges() == []


def test_unknown_residents_and_integrations_are_refused(client: httpx.Client) -> None:
    unknown = client.post(RM_BATCH, json={"integration_id": RM, "charges": [charge("ghost")]})
    assert unknown.status_code == 400 and error_code(unknown) == "RESIDENT_NOT_FOUND"
    foreign = client.post(
        RM_BATCH, json={"integration_id": RM, "charges": [charge(resman_resident(0, 0))]}
    )
    assert foreign.status_code == 400 and error_code(foreign) == "RESIDENT_NOT_FOUND"
    wrong_vendor = client.post(RM_BATCH, json={"integration_id": RESMAN, "charges": [charge("x")]})
    assert wrong_vendor.status_code == 400 and error_code(wrong_vendor) == "INTEGRATION_NOT_FOUND"


OK = charge(rm_resident(0, 0))
NO_REFERENCE = {k: v for k, v in OK.items() if k != "reference_number"}


def rm_body(*charges: Any) -> dict[str, Any]:
    return {"integration_id": RM, "charges": list(charges)}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        pytest.param({"charges": [OK]}, "integration_id", id="no-integration"),
        pytest.param({"integration_id": RM}, "charges", id="no-charges"),
        pytest.param(rm_body(), "charges", id="empty-charges"),
        pytest.param(
            rm_body({**OK, "amount_in_cents": "12.50"}), "[0].amount_in_cents", id="str-amount"
        ),
        pytest.param(
            rm_body({**OK, "amount_in_cents": 12.5}), "[0].amount_in_cents", id="float-amount"
        ),
        pytest.param(
            rm_body(OK, {**OK, "transaction_date": "2026-01-15"}), "[1].transaction_date", id="date"
        ),
        pytest.param(rm_body(NO_REFERENCE), "reference_number", id="no-reference"),
        pytest.param(
            {"integration_id": 7, "charges": [OK]}, "integration_id", id="integration-int"
        ),
        pytest.param([OK], "body", id="not-an-object"),
    ],
)
def test_batch_bodies_that_break_the_request_schema_get_400_naming_the_problem(
    fake: FakePropexo, client: httpx.Client, body: Any, named: str
) -> None:
    response = client.post(RM_BATCH, json=body)
    assert response.status_code == 400 and error_code(response) == "VALIDATION_ERROR"
    assert named in response.json()["error"]["message"]
    assert fake.accepted_charges() == [] and fake.jobs() == []


def test_resman_batches_need_their_own_required_fields(client: httpx.Client) -> None:
    without_batch_id = {
        k: v for k, v in resman_charge(resman_resident(0, 0)).items() if k != "batch_id"
    }
    response = client.post(
        RESMAN_BATCH, json={"integration_id": RESMAN, "charges": [without_batch_id]}
    )
    assert response.status_code == 400 and "batch_id" in response.json()["error"]["message"]
    not_json = client.post(
        RESMAN_BATCH, content=b"{oops", headers={"Content-Type": "application/json"}
    )
    assert not_json.status_code == 400 and error_code(not_json) == "INVALID_JSON"


# -- jobs --------------------------------------------------------------------------------------


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def timed(clock: ManualClock) -> Iterator[FakePropexo]:
    """A fake whose time moves only when the test advances it."""
    with FakePropexo(clock=clock, validate_responses=True, rate_limit=10_000) as server:
        server.seed_rentmanager(2, 3, integration_id=RM)
        yield server
    assert not server.schema_violations


def submit(client: httpx.Client, *refs: str) -> str:
    body = {
        "integration_id": RM,
        "charges": [charge(rm_resident(0, i), ref) for i, ref in enumerate(refs)],
    }
    response = client.post(RM_BATCH, json=body)
    assert response.status_code == 200, response.text
    job_id: str = response.json()["meta"]["job_id"]
    return job_id


def status(client: httpx.Client, job_id: str) -> dict[str, Any]:
    response = client.get(f"/v1/admin/write-status/{job_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_write_status_is_pending_until_the_delay_passes_then_the_configured_outcome(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.queue_job_outcomes(
        Outcome("SUCCESS", delay=5),
        Outcome("PARTIAL_SUCCESS", delay=5, errors=("charges[1]: bad code",), failed_indices=(1,)),
        Outcome("FAILURE", delay=10, errors=("Rent Manager is down",)),
    )
    with make_client(timed) as client:
        ok, partial, failed = submit(client, "a"), submit(client, "b", "c"), submit(client, "d")
        assert [status(client, j)["write_status"] for j in (ok, partial, failed)] == ["PENDING"] * 3
        assert status(client, ok) == {
            "write_status": "PENDING",
            "errors": [],
            "created_record_id": None,
        }
        clock.advance(5)
        assert status(client, ok) == {
            "write_status": "SUCCESS",
            "errors": [],
            "created_record_id": None,
        }
        assert status(client, partial)["errors"] == ["charges[1]: bad code"]
        assert status(client, partial)["write_status"] == "PARTIAL_SUCCESS"
        assert status(client, failed)["write_status"] == "PENDING"
        clock.advance(5)
        assert status(client, failed) == {
            "write_status": "FAILURE",
            "errors": ["Rent Manager is down"],
            "created_record_id": None,
        }
        unknown = client.get("/v1/admin/write-status/job-999999")
        assert unknown.status_code == 400 and error_code(unknown) == "JOB_NOT_FOUND"


def test_a_default_policy_decides_outcomes_and_a_job_can_be_reconfigured(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.set_job_policy(
        lambda job: Outcome("FAILURE" if job.charge_count > 1 else "SUCCESS", delay=1)
    )
    with make_client(timed) as client:
        single, double = submit(client, "a"), submit(client, "b", "c")
        clock.advance(1)
        assert status(client, single)["write_status"] == "SUCCESS"
        assert status(client, double)["write_status"] == "FAILURE"
        timed.set_job_outcome(single, Outcome("FAILURE", errors=("late failure",)))
        assert status(client, single)["errors"] == ["late failure"]


def test_only_failed_writes_can_be_retried_and_the_retry_gets_its_own_outcome(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.queue_job_outcomes(
        Outcome("FAILURE", delay=1), Outcome("SUCCESS", delay=1), Outcome("SUCCESS", delay=3)
    )
    with make_client(timed) as client:
        failed, ok = submit(client, "a", "b"), submit(client, "c")
        pending = client.post(f"/v1/admin/retry-write/{failed}", json={})
        assert pending.status_code == 400 and error_code(pending) == "NOT_RETRYABLE"
        clock.advance(1)
        retried = client.post(f"/v1/admin/retry-write/{failed}", json={})
        assert retried.status_code == 200 and retried.json()["success"] is True
        new_job = retried.json()["job_id"]
        assert new_job not in (failed, ok)
        assert status(client, new_job)["write_status"] == "PENDING"
        clock.advance(3)
        assert status(client, new_job)["write_status"] == "SUCCESS"
        assert status(client, failed)["write_status"] == "FAILURE"
        not_failed = client.post(f"/v1/admin/retry-write/{ok}")
        assert not_failed.status_code == 400 and error_code(not_failed) == "NOT_RETRYABLE"
        assert client.post("/v1/admin/retry-write/job-424242").status_code == 400
    assert len(timed.accepted_charges()) == 3  # a retry accepts nothing new


def test_write_logs_list_finished_jobs_with_their_request_parameters(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.queue_job_outcomes(
        Outcome("SUCCESS"), Outcome("FAILURE", errors=("nope",)), Outcome(delay=60)
    )
    with make_client(timed) as client:
        ok, failed, pending = submit(client, "a"), submit(client, "b", "c"), submit(client, "d")
        logs = client.get("/v1/admin/logs/writes/").json()["results"]["logs"]
        assert {log["job_id"] for log in logs} == {ok, failed}  # the schema has no PENDING status
        by_job = {log["job_id"]: log for log in logs}
        assert [c["reference_number"] for c in by_job[failed]["parameters"]["charges"]] == [
            "b",
            "c",
        ]
        assert by_job[failed]["status"] == "FAILURE" and by_job[failed]["error"] == "nope"
        assert by_job[ok]["status"] == "SUCCESS" and by_job[ok]["error"] is None
        only_failures = client.get("/v1/admin/logs/writes/", params={"status": "FAILURE"}).json()
        assert [log["job_id"] for log in only_failures["results"]["logs"]] == [failed]
        paged = client.get("/v1/admin/logs/writes/", params={"limit": 1, "offset": 1}).json()
        assert len(paged["results"]["logs"]) == 1
        assert client.get("/v1/admin/logs/writes/", params={"limit": 101}).status_code == 400
        clock.advance(3 * 3600)
        logs = client.get("/v1/admin/logs/writes/").json()["results"]["logs"]
        assert pending in {log["job_id"] for log in logs}
        recent = client.get("/v1/admin/logs/writes/", params={"time_range": "hour"}).json()
        assert recent["results"]["logs"] == []


def test_resident_charges_list_what_successful_jobs_wrote(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.queue_job_outcomes(
        Outcome("SUCCESS"),
        Outcome("FAILURE"),
        Outcome("PARTIAL_SUCCESS", failed_indices=(0,)),
        Outcome("SUCCESS", delay=30),
    )
    with make_client(timed) as client:
        submit(client, "ok-1", "ok-2")
        submit(client, "failed-1")
        submit(client, "partial-failed", "partial-ok")
        submit(client, "later")
        listed = client.get("/v1/resident-charges/").json()["results"]
        assert sorted(c["reference_number"] for c in listed) == ["ok-1", "ok-2", "partial-ok"]
        one = client.get("/v1/resident-charges/", params={"resident_id": rm_resident(0, 1)}).json()
        assert sorted(c["reference_number"] for c in one["results"]) == ["ok-2", "partial-ok"]
        assert one["results"][0]["x_location_id"] == "1"
        clock.advance(30)
        assert len(client.get("/v1/resident-charges/").json()["results"]) == 4
        dated = {"transaction_date_start": "2026-01-16", "transaction_date_end": "2026-02-01"}
        assert client.get("/v1/resident-charges/", params=dated).json()["results"] == []
        same_day = {"transaction_date_start": "2026-01-15", "transaction_date_end": "2026-01-15"}
        assert len(client.get("/v1/resident-charges/", params=same_day).json()["results"]) == 4


def test_a_seeded_random_policy_repeats_itself_and_mixes_outcomes(fake: FakePropexo) -> None:
    def outcomes(seed: int) -> list[str]:
        policy = RandomOutcomes(seed, success=0.5, partial=0.25, failure=0.25, delay=(1, 2))
        jobs = [policy(JobRequest(f"j{i}", RM, "RENTMANAGER", 3, None)) for i in range(40)]
        assert all(1 <= job.delay <= 2 for job in jobs)
        return [job.status for job in jobs]

    assert outcomes(1) == outcomes(1) != outcomes(2)
    assert set(outcomes(1)) == {"SUCCESS", "PARTIAL_SUCCESS", "FAILURE"}
    control = {"random": {"seed": 5, "success": 0, "partial": 0, "failure": 1}}
    assert httpx.post(f"{fake.url}/_fake/jobs", json=control).status_code == 200
    with make_client(fake) as client:
        assert status(client, submit(client, "r"))["write_status"] == "FAILURE"


def test_a_faster_real_clock_ends_jobs_sooner() -> None:
    with FakePropexo(clock=RealClock(speed=50), job_outcome=Outcome(delay=15)) as fake:
        fake.seed_rentmanager(1, 1, integration_id=RM)
        with make_client(fake) as client:
            job_id = submit(client, "fast")
            assert status(client, job_id)["write_status"] == "PENDING"
            time.sleep(0.4)  # 20 s on the fake's clock
            assert status(client, job_id)["write_status"] == "SUCCESS"


# -- rate limiting -----------------------------------------------------------------------------


def test_rate_limit_headers_throttling_and_429_until_the_window_resets(clock: ManualClock) -> None:
    with FakePropexo(clock=clock, rate_limit=10, rate_window=60, throttle_delay=2) as fake:
        with make_client(fake) as client:
            started = clock.now()
            answers = [client.get("/v1/charge-codes/") for _ in range(8)]
            assert [a.headers["x-ratelimit-remaining"] for a in answers] == [
                str(9 - i) for i in range(8)
            ]
            assert all(a.headers["x-ratelimit-limit"] == "10" for a in answers)
            assert clock.now() == started  # no throttling up to 80 %
            client.get("/v1/charge-codes/")
            client.get("/v1/charge-codes/")
            assert clock.now() == started + 4  # two answers held back 2 s each
            refused = client.get("/v1/charge-codes/")
            assert refused.status_code == 429 and error_code(refused) == "RATE_LIMITED"
            assert refused.headers["Retry-After"] == "56"
            assert refused.headers["x-ratelimit-remaining"] == "0"
            assert client.get("/v1/residents/").status_code == 429
            clock.advance(56)
            again = client.get("/v1/charge-codes/")
            assert again.status_code == 200 and again.headers["x-ratelimit-remaining"] == "9"
        assert fake.rate_limited_count == 2 and fake.too_many_requests_count == 2


def test_throttling_really_delays_answers_on_the_real_clock() -> None:
    with (
        FakePropexo(rate_limit=5, rate_window=2, throttle_delay=0.3) as fake,
        make_client(fake) as client,
    ):
        started = time.monotonic()
        for _ in range(4):
            client.get("/v1/charge-codes/")
        fast = time.monotonic() - started
        client.get("/v1/charge-codes/")  # the 5th of 5 is past 80 %
        assert fast < 0.3 <= time.monotonic() - started - fast
        assert client.get("/v1/charge-codes/").status_code == 429


# -- faults ------------------------------------------------------------------------------------


def test_scripted_status_faults_apply_in_order_to_matching_routes_only(
    fake: FakePropexo, client: httpx.Client
) -> None:
    for code in (503, 500, 502):
        fake.inject(Fault.http(code), "POST /v1/resident-charges/batch/*")
    fake.inject(Fault.too_many_requests(retry_after=7), "POST /v1/resident-charges/batch/*")
    assert client.get("/v1/charge-codes/").status_code == 200  # another route: untouched
    body = {"integration_id": RM, "charges": [charge(rm_resident(0, 0))]}
    codes = [client.post(RM_BATCH, json=body) for _ in range(5)]
    assert [c.status_code for c in codes] == [503, 500, 502, 429, 200]
    assert codes[3].headers["Retry-After"] == "7"
    assert [r.fault for r in fake.batch_requests()] == [
        "status:503",
        "status:500",
        "status:502",
        "status:429",
        None,
    ]
    assert len(fake.accepted_charges()) == 1 and fake.too_many_requests_count == 1
    assert fake.rate_limited_count == 0


def test_a_predicate_picks_which_requests_fail(fake: FakePropexo, client: httpx.Client) -> None:
    fake.inject(
        Fault.http(503),
        RM_BATCH,
        times=None,
        when=lambda info: info.body["charges"][0]["reference_number"] == "poison",
    )
    statuses = [
        client.post(
            RM_BATCH, json={"integration_id": RM, "charges": [charge(rm_resident(0, 0), ref)]}
        ).status_code
        for ref in ("fine", "poison", "fine", "poison")
    ]
    assert statuses == [200, 503, 200, 503]


def test_a_scripted_reply_is_served_as_is_for_one_job_only(fake: FakePropexo) -> None:
    job_id, other = fake.create_jobs(2)
    fake.inject(Fault.reply({"write_status": "DONE"}), f"GET /v1/admin/write-status/{job_id}")
    fake.inject(Fault.reply(raw="<html>oops</html>", status=502), "GET /v1/admin/write-status/*")
    with httpx.Client(base_url=fake.url, headers=fake.headers) as plain:  # no schema check
        odd = plain.get(f"/v1/admin/write-status/{other}")  # the first rule names job_id only
        first = plain.get(f"/v1/admin/write-status/{job_id}")
        again = plain.get(f"/v1/admin/write-status/{job_id}")
    assert (odd.status_code, odd.text) == (502, "<html>oops</html>")
    assert (first.status_code, first.json()) == (200, {"write_status": "DONE"})
    assert again.json()["write_status"] == "SUCCESS"  # each rule was used once
    assert [r.fault for r in fake.requests("/v1/admin/write-status/{root_job_id}")] == [
        "reply:502",
        "reply:200",
        None,
    ]
    assert fake.status_counts[502] == 1
    assert not fake.schema_violations  # broken on purpose: scripted replies are not validated


def test_jobs_created_without_requests_behave_like_accepted_batches(
    timed: FakePropexo, clock: ManualClock
) -> None:
    timed.queue_job_outcomes(Outcome("FAILURE", delay=3, errors=("no",)))
    timed.set_job_policy(Outcome("SUCCESS", delay=1))
    ids = timed.create_jobs(3)
    assert ids == ["job-000001", "job-000002", "job-000003"]
    assert timed.requests() == [] and len(timed.accepted_charges()) == 3
    assert [timed.job_status(j) for j in ids] == ["PENDING"] * 3
    clock.advance(3)
    assert [timed.job_status(j) for j in ids] == ["FAILURE", "SUCCESS", "SUCCESS"]


def test_a_slow_answer_trips_the_client_timeout_and_otherwise_arrives_late(
    fake: FakePropexo, client: httpx.Client
) -> None:
    fake.inject(Fault.slow(0.5), "GET /v1/charge-codes/", times=2)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/v1/charge-codes/", timeout=0.1)
    started = time.monotonic()
    assert client.get("/v1/charge-codes/").status_code == 200
    assert time.monotonic() - started >= 0.5


def test_a_drop_before_processing_accepts_nothing(fake: FakePropexo, client: httpx.Client) -> None:
    fake.inject(Fault.drop_before(), RM_BATCH)
    body = {"integration_id": RM, "charges": [charge(rm_resident(0, 0))]}
    with pytest.raises(httpx.TransportError):
        client.post(RM_BATCH, json=body)
    assert fake.accepted_charges() == [] and fake.jobs() == []
    assert (
        fake.batch_requests()[0].status is None and fake.batch_requests()[0].fault == "drop_before"
    )
    assert client.post(RM_BATCH, json=body).status_code == 200  # a new connection works


def test_a_drop_after_accepting_records_the_charges_but_never_answers(
    fake: FakePropexo, client: httpx.Client
) -> None:
    fake.inject(Fault.drop_after(), RM_BATCH)
    body = {
        "integration_id": RM,
        "charges": [charge(rm_resident(0, 0), "x"), charge(rm_resident(0, 1), "y")],
    }
    with pytest.raises(httpx.TransportError):
        client.post(RM_BATCH, json=body)
    [job] = fake.jobs()
    assert [(a.job_id, a.charge["reference_number"]) for a in fake.accepted_charges()] == [
        (job.id, "x"),
        (job.id, "y"),
    ]
    assert fake.batch_requests()[0].job_id == job.id and fake.batch_requests()[0].status is None


def test_on_accept_hooks_run_after_recording_and_before_answering(
    fake: FakePropexo, client: httpx.Client
) -> None:
    seen: list[tuple[str, int]] = []

    def hook(job: Job) -> None:
        seen.append((job.id, len(fake.accepted_charges())))

    fake.on_accept(hook, times=1)
    response = client.post(
        RM_BATCH, json={"integration_id": RM, "charges": [charge(rm_resident(0, 0))]}
    )
    assert seen == [(response.json()["meta"]["job_id"], 1)]
    client.post(RM_BATCH, json={"integration_id": RM, "charges": [charge(rm_resident(0, 0))]})
    assert len(seen) == 1  # used up


CHILD = textwrap.dedent(
    """
    import sys, httpx
    url, token, body = sys.argv[1], sys.argv[2], sys.argv[3]
    print("posting", flush=True)
    r = httpx.post(url + "/v1/resident-charges/batch/rentmanager/", content=body,
                   headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    print("answered", r.status_code, flush=True)
    """
)


def test_kill_on_accept_kills_the_client_between_accepting_and_answering(fake: FakePropexo) -> None:
    body = json.dumps({"integration_id": RM, "charges": [charge(rm_resident(2, 4), "killed")]})
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, fake.url, fake.token, body], stdout=subprocess.PIPE, text=True
    )
    fake.kill_on_accept(child.pid)
    out, _ = child.communicate(timeout=20)
    assert child.returncode == -signal.SIGKILL
    assert "posting" in out and "answered" not in out
    assert [a.charge["reference_number"] for a in fake.accepted_charges()] == ["killed"]
    assert fake.batch_requests()[0].fault == "on_accept"


# -- conformance, control endpoints, process mode ----------------------------------------------


def test_every_route_and_status_the_fake_emits_conforms_to_the_spec(
    timed: FakePropexo, clock: ManualClock
) -> None:
    """Drive every route through its answers; the httpx hook validates each one."""
    SEEN.clear()
    timed.seed_resman(2, 2, integration_id=RESMAN)
    timed.queue_job_outcomes(Outcome("FAILURE"), Outcome("PARTIAL_SUCCESS"))
    with make_client(timed) as client, make_client(timed, headers={}) as anonymous:
        failed, partial = submit(client, "a"), submit(client, "b", "c")
        client.post(RM_BATCH, json={"integration_id": RM, "charges": []})
        client.post(
            RESMAN_BATCH,
            json={"integration_id": RESMAN, "charges": [resman_charge(resman_resident(0, 0))]},
        )
        client.post(RESMAN_BATCH, json={"integration_id": RESMAN, "charges": [{}]})
        for path in (
            "/v1/locations/rentmanager/",
            "/v1/residents/",
            "/v1/charge-codes/",
            "/v1/resident-charges/",
        ):
            client.get(path)
            client.get(path, params={"limit": 999})
        client.get("/v1/admin/logs/writes/")
        client.get("/v1/admin/logs/writes/", params={"limit": 0})
        client.get(f"/v1/admin/write-status/{partial}")
        client.get("/v1/admin/write-status/nope")
        client.post(f"/v1/admin/retry-write/{failed}", json={})
        client.post(f"/v1/admin/retry-write/{partial}", json={})
        anonymous.get("/v1/residents/")
        timed.inject(Fault.http(503), "GET /v1/residents/")
        client.get("/v1/residents/")
    routes = {(m, p) for m, p, _ in SEEN}
    assert len(routes) == 9
    assert all((m, p, 200) in SEEN and (m, p, 400) in SEEN for m, p in routes)
    assert {("GET", "/v1/residents/", 401), ("GET", "/v1/residents/", 503)} <= SEEN
    assert timed.validated >= {(m, p, s) for m, p, s in SEEN}  # the fake checked its side too


def test_the_fake_refuses_to_emit_a_body_that_breaks_the_spec(fake: FakePropexo) -> None:
    fake.state.locations[LOC0].name = 42  # type: ignore[assignment]  # the schema wants a string
    response = httpx.get(f"{fake.url}/v1/locations/rentmanager/", headers=fake.headers)
    assert response.status_code == 500 and error_code(response) == "FAKE_SCHEMA_VIOLATION"
    assert "name" in fake.schema_violations[0]["errors"][0]
    fake.schema_violations.clear()


def test_control_endpoints_script_the_fake_from_another_process(
    fake: FakePropexo, tmp_path: Path
) -> None:
    control = httpx.Client(base_url=fake.url + "/_fake")
    assert control.post(
        "/faults", json={"fault": {"kind": "status", "status": 502}, "route": RM_BATCH}
    ).json() == {"ok": True}
    assert (
        control.post("/jobs", json={"queue": [{"status": "FAILURE", "errors": ["x"]}]}).status_code
        == 200
    )
    assert (
        control.post(
            "/rate-limit", json={"limit": 3, "throttle_delay": 0, "reset": True}
        ).status_code
        == 200
    )
    assert (
        control.post(
            "/seed",
            json={
                "generate": [
                    {"locations": 1, "residents_per_location": 1, "integration_id": "int-9"}
                ]
            },
        ).status_code
        == 200
    )
    assert control.post("/nope", json={}).status_code == 404
    with make_client(fake) as client:
        body = {"integration_id": RM, "charges": [charge(rm_resident(0, 0))]}
        assert client.post(RM_BATCH, json=body).status_code == 502
        job_id = client.post(RM_BATCH, json=body).json()["meta"]["job_id"]
        assert status(client, job_id) == {
            "write_status": "FAILURE",
            "errors": ["x"],
            "created_record_id": None,
        }
        assert client.get("/v1/residents/").status_code == 429
    state = control.get("/state").json()
    assert state["job_status"] == {job_id: "FAILURE"}
    assert state["counters"]["status_counts"] == {"502": 1, "200": 2, "429": 1}
    assert "int-9" in {i["id"] for i in state["integrations"]}
    assert control.post("/dump", json={"path": str(tmp_path / "state.json")}).status_code == 200
    assert (
        json.loads((tmp_path / "state.json").read_text())["accepted_charges"][0]["job_id"] == job_id
    )


@pytest.mark.slow
def test_runs_as_a_process_seeded_from_a_file_and_dumps_its_state_on_sigterm(
    tmp_path: Path,
) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(
        json.dumps(
            {"generate": [{"locations": 2, "residents_per_location": 2, "integration_id": RM}]}
        )
    )
    out = tmp_path / "out.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "propexo.testing", "--port", "0", "--token", "proc-secret",
         "--seed-file", str(seed), "--state-out", str(out)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        killer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        httpx.post(url + "/_fake/on-accept", json={"kill_pid": killer.pid})
        headers = {"Authorization": "Bearer proc-secret"}
        body = {"integration_id": RM, "charges": [charge(rm_resident(1, 1))]}
        with pytest.raises(httpx.TransportError):
            httpx.post(url + RM_BATCH, json=body, headers=headers)
        assert killer.wait(timeout=10) == -signal.SIGKILL
        residents = httpx.get(url + "/v1/residents/", headers=headers).json()
        assert residents["meta"]["total"] == 4
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    dumped = out.read_text()
    assert "proc-secret" not in dumped
    state = json.loads(dumped)
    assert [a["charge"]["resident_id"] for a in state["accepted_charges"]] == [rm_resident(1, 1)]
    assert [r["status"] for r in state["requests"]] == [None, 200]


def test_stopping_closes_kept_alive_connections(fake: FakePropexo) -> None:
    client = make_client(fake)
    assert client.get("/v1/charge-codes/").status_code == 200
    fake.stop()
    with pytest.raises(httpx.TransportError):
        client.get("/v1/charge-codes/")
    client.close()


def test_a_client_that_resets_its_connection_mid_request_prints_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with FakePropexo() as fake:
        host, port = fake.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"GET /v1/residents/ HT")  # half a request line, then a reset (RST)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        assert httpx.get(f"{fake.url}/v1/residents/", timeout=5).status_code == 401  # serving
    assert "Traceback" not in capsys.readouterr().err
