"""A stateful fake Propexo API over real HTTP on 127.0.0.1, for the client's tests."""

from .clock import ManualClock, RealClock
from .faults import Fault, RequestInfo
from .jobs import JobRequest, Outcome, RandomOutcomes
from .models import AcceptedCharge, Job
from .server import FakePropexo, RequestRecord
from .spec import Spec, load_spec
from .state import ApiError, State

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
