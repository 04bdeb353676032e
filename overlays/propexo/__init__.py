"""Propexo API client: the generated operations plus batch charge submission.

`PropexoClient` owns the base URL, token, timeouts, pacing and retries, and hands the
generated operations a configured client (`client.api`). `plan_charges` validates and plans
batch resident charges split by Rent Manager location (or ResMan property); `submit_plan` /
`submit_charges` send them through a journal, so that a rerun or a crash never posts a charge
twice (resume, reconcile); `JobTracker` waits for write jobs, watches many at once and
retries failed ones.
`stop_on_signals` makes SIGTERM and SIGHUP stop a run as Ctrl-C does (`Interrupted`).

This root exports the clients, the domain verbs, the exceptions a caller catches and the
`DEFAULT_*` constants (`__all__`, pinned by tests/project/test_public_api.py), as
openai-python's root does. The subpackages `propexo.charges`, `propexo.jobs` and `propexo.journal`
export their fuller public surface (result types, policies, the pagers are
`propexo_client.pagination`'s); the old names of folded errors (`ApiError`, `PaginationError`,
`LookupFailedError`, ...) stay importable here, outside `__all__`; everything else lives in
private modules. Logging: the `propexo` logger; `PROPEXO_LOG=info` or `debug` sends it to
stderr (see `propexo._logs`).
"""

from propexo_client.errors import InvalidParameterError as InvalidParameterError
from propexo_client.pagination import AsyncPager as AsyncPager
from propexo_client.pagination import PaginationError as PaginationError
from propexo_client.pagination import SyncPager as SyncPager

from ._client import DEFAULT_TIMEOUT, AsyncPropexoClient, ClientSettings, PropexoClient
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    JobTimeoutError,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    NotFoundError,
    NotRetryableError,
    PermissionDeniedError,
    PropexoError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._errors import ApiError as ApiError
from ._errors import JobConnectionError as JobConnectionError
from ._errors import JobError as JobError
from ._errors import JobRequestError as JobRequestError
from ._errors import JobServerError as JobServerError
from ._errors import MalformedStatusError as MalformedStatusError
from ._errors import UnknownJobError as UnknownJobError
from ._logs import setup_logging
from ._lookup import LookupFailedError as LookupFailedError
from ._options import ClientOptions
from ._pacing import DEFAULT_RATE_LIMIT, DEFAULT_WINDOW
from ._retry import RetryPolicy
from ._signals import Interrupted, stop_on_signals
from ._version import __version__
from .charges import DEFAULT_MAX_BATCH_SIZE, Charge, InvalidChargesError, plan_charges, read_charges
from .charges import DateWindow as DateWindow
from .charges import Outcome as Outcome
from .charges import Plan as Plan
from .charges import SubmissionResult as SubmissionResult
from .jobs import DEFAULT_WAIT_TIMEOUT, AsyncJobTracker, JobTracker
from .jobs import JobStatus as JobStatus
from .jobs import PollPolicy as PollPolicy
from .journal import JournalCorruptError as JournalCorruptError
from .journal import JournaledSubmission as JournaledSubmission
from .journal import JournalStateError as JournalStateError
from .journal import asubmit_charges, asubmit_plan, submit_charges, submit_plan

# The names `X as X` above stay importable from here, outside `__all__` (see the docstring).
__all__ = [
    "DEFAULT_MAX_BATCH_SIZE",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT_TIMEOUT",
    "DEFAULT_WINDOW",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncJobTracker",
    "AsyncPropexoClient",
    "AuthenticationError",
    "BadRequestError",
    "Charge",
    "ClientClosedError",
    "ClientOptions",
    "ClientSettings",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "Interrupted",
    "InvalidChargesError",
    "JobTimeoutError",
    "JobTracker",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "NotFoundError",
    "NotRetryableError",
    "PermissionDeniedError",
    "PropexoClient",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "__version__",
    "asubmit_charges",
    "asubmit_plan",
    "plan_charges",
    "read_charges",
    "stop_on_signals",
    "submit_charges",
    "submit_plan",
]

setup_logging()  # PROPEXO_LOG=debug|info: a stderr handler (nothing otherwise)
