"""No answer is one error wherever it happens: a generated operation, a lookup of
`plan_charges` and a job's status request to a port nobody listens on all raise
`APIConnectionError`, naming the request and its cause, without the token, and whole after
a trip through pickle."""

from __future__ import annotations

import pickle
import socket
from collections.abc import Callable

import pytest
from propexo import APIConnectionError, PropexoClient, RetryPolicy, plan_charges
from propexo._errors import job_of

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.drivers import Driver
from tests.fake_propexo import ManualClock


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_no_answer_is_one_error_for_an_operation_a_lookup_and_a_job(driver: Driver) -> None:
    clock = ManualClock()
    with PropexoClient(
        TOKEN,
        base_url=f"http://127.0.0.1:{_free_port()}",
        retry_policy=RetryPolicy(error_budget=0),  # no retries: one refused connection each
        sleep=clock.advance,
        clock=clock.now,
    ) as client:
        calls: list[Callable[[], object]] = [
            lambda: client.locations.list_rentmanager(integration_id=RM).to_list(),
            lambda: plan_charges(
                [charge_row("res-1", 1)], integration_id=RM, client=client, transaction_dates=DATES
            ),
            lambda: driver.tracker(client).status("job-1"),
        ]
        errors: list[APIConnectionError] = []
        for call in calls:
            with pytest.raises(APIConnectionError) as caught:
                call()
            errors.append(caught.value)
    assert [type(error) for error in errors] == [APIConnectionError] * 3
    assert [error.operation for error in errors] == [
        "list_locations_rentmanager",
        "list Rent Manager locations",
        "job job-1: GET /v1/admin/write-status",
    ]
    assert [job_of(error) for error in errors] == [None, None, "job-1"]
    for error in errors:
        assert "no answer from the API: ConnectError" in str(error)
        assert TOKEN not in f"{error} {error!r}" and TOKEN.encode() not in pickle.dumps(error)
        restored = pickle.loads(pickle.dumps(error))
        assert (type(restored), str(restored), restored.operation, job_of(restored)) == (
            APIConnectionError,
            str(error),
            error.operation,
            job_of(error),
        )
