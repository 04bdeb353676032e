"""A fake Propexo for your tests: a real HTTP server on 127.0.0.1, seeded, scriptable, inspectable.

Install it with `pip install "propexo-client[testing]"`. As a pytest fixture (the extra registers
`propexo.testing.pytest_plugin`; nothing to configure), seeded with a Rent Manager integration
`int-rm-1` (3 locations x 5 residents) and a ResMan one `int-resman-1` (2 properties x 5)::

    def test_my_service_reads_residents(propexo_fake):
        with propexo_fake.client() as client:
            assert len(list(client.residents.list(integration_id="int-rm-1"))) == 15

Or as a context manager, anywhere::

    with FakePropexo() as fake:
        fake.seed_rentmanager(2, 3, integration_id="int-rm-1")
        fake.url, fake.token        # where it listens, the bearer token it accepts
        client = fake.client()      # a PropexoClient of it (fake.async_client(): the async one)

Every read (GET) operation of the spec answers from seeded data, paged by `offset`/`limit` with
the API's `meta` (`hasMore`, `total`): locations, residents and charge codes as seeded; leases,
units, properties and the other lists made up from their response schemas, `5` per seeded
integration and tied to it, the same for the same `FakePropexo(seed=...)`; a get by id answers
its list's item or 404. The spec it serves is the `openapi.yaml` the client was generated from,
shipped in the wheel; its answers can be checked against it (`validate_responses=True`, as the
fixture does). Batch charge endpoints create write jobs whose status
moves from PENDING to an `Outcome` (`fake.set_job_policy(Outcome("FAILURE"))`,
`fake.queue_job_outcomes(...)`, `RandomOutcomes`). A `ManualClock` makes time move only when a
test says so. Faults are scripted per route and count::

    fake.inject(Fault.http(429, retry_after=1), route="GET /v1/residents/*", times=2)
    fake.inject(Fault.http(503), route="POST /v1/resident-charges/batch/*")
    fake.inject(Fault.slow(5))                  # a timeout for a client with a shorter one
    fake.inject(Fault.drop_after())             # accepted, then the connection drops

What was sent is inspectable: `fake.requests(route)` (every request, its body and answer; never
the Authorization header), `fake.batch_requests()`, `fake.accepted_charges()`, `fake.jobs()`,
`fake.job_status(job_id)`. `python -m propexo.testing --port 0` runs it as a process.
"""

from ._clock import ManualClock, RealClock
from ._faults import Fault, RequestInfo
from ._jobs import JobRequest, Outcome, RandomOutcomes
from ._models import AcceptedCharge, Job
from ._server import FakePropexo, RequestRecord
from ._spec import Spec, load_spec
from ._state import ApiError, State

__all__ = [
    "AcceptedCharge",
    "ApiError",
    "FakePropexo",
    "Fault",
    "Job",
    "JobRequest",
    "ManualClock",
    "Outcome",
    "RandomOutcomes",
    "RealClock",
    "RequestInfo",
    "RequestRecord",
    "Spec",
    "State",
    "load_spec",
]
