"""A stateful fake Propexo API over real HTTP on 127.0.0.1, for the client's tests."""

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
