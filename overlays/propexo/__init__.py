"""Propexo API client: the generated operations plus batch charge submission.

`PropexoClient` owns the base URL, token, timeouts, pacing and retries, and hands the
generated operations a configured client (`client.api`). `plan_charges` validates and plans
batch resident charges split by Rent Manager location (or ResMan property); `submit_plan` /
`submit_charges` send them through a journal, so that a rerun or a crash never posts a charge
twice (resume, reconcile); `JobTracker` waits for write jobs, watches many at once and
retries failed ones.
`stop_on_signals` makes SIGTERM and SIGHUP stop a run as Ctrl-C does (`Interrupted`).

This root exports the clients, the domain verbs and their result types, every exception and
the `DEFAULT_*` constants (`__all__`, pinned by tests/project/test_public_api.py). The subpackages
`propexo.charges`, `propexo.jobs` and `propexo.journal` export their fuller public surface;
everything else lives in private modules. Logging: the `propexo` logger; `PROPEXO_LOG=info`
or `debug` sends it to stderr (see `propexo._logs`).
"""

from propexo_client.pagination import AsyncPager, PaginationError, SyncPager

from ._client import DEFAULT_TIMEOUT, AsyncPropexoClient, ClientSettings, PropexoClient
from ._errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    JobConnectionError,
    JobError,
    JobRequestError,
    JobServerError,
    JobTimeoutError,
    MalformedStatusError,
    NotFoundError,
    NotRetryableError,
    PermissionDeniedError,
    PropexoError,
    RateLimitError,
    ResponseValidationError,
    UnknownJobError,
    UnprocessableEntityError,
)
from ._logs import setup_logging
from ._lookup import LookupFailedError
from ._options import ClientOptions
from ._pacing import DEFAULT_RATE_LIMIT, DEFAULT_WINDOW
from ._retry import RetryPolicy
from ._signals import Interrupted, stop_on_signals
from ._version import __version__
from .charges import (
    DEFAULT_MAX_BATCH_SIZE,
    Charge,
    DateWindow,
    InvalidChargesError,
    Outcome,
    Plan,
    SubmissionResult,
    plan_charges,
    read_charges,
)
from .jobs import DEFAULT_WAIT_TIMEOUT, AsyncJobTracker, JobStatus, JobTracker, PollPolicy
from .journal import (
    JournalCorruptError,
    JournaledSubmission,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    JournalStateError,
    asubmit_charges,
    asubmit_plan,
    submit_charges,
    submit_plan,
)

__all__ = [
    "DEFAULT_MAX_BATCH_SIZE",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT_TIMEOUT",
    "DEFAULT_WINDOW",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AsyncJobTracker",
    "AsyncPager",
    "AsyncPropexoClient",
    "AuthenticationError",
    "BadRequestError",
    "Charge",
    "ClientClosedError",
    "ClientOptions",
    "ClientSettings",
    "ConfigurationError",
    "ConflictError",
    "DateWindow",
    "InternalServerError",
    "Interrupted",
    "InvalidChargesError",
    "InvalidParameterError",
    "JobConnectionError",
    "JobError",
    "JobRequestError",
    "JobServerError",
    "JobStatus",
    "JobTimeoutError",
    "JobTracker",
    "JournalCorruptError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalStateError",
    "JournaledSubmission",
    "LookupFailedError",
    "MalformedStatusError",
    "NotFoundError",
    "NotRetryableError",
    "Outcome",
    "PaginationError",
    "PermissionDeniedError",
    "Plan",
    "PollPolicy",
    "PropexoClient",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "SubmissionResult",
    "SyncPager",
    "UnknownJobError",
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
