"""Propexo API client: the generated operations plus batch charge submission.

`PropexoClient` owns the base URL, token, timeouts, pacing and retries, and hands the
generated operations a configured client (`client.api`). `propexo.charges` validates, plans and
submits batch resident charges split by Rent Manager location (or ResMan property);
`propexo.jobs` waits for write jobs, watches many at once and retries failed ones;
`propexo.journal` makes such a submission survive a crash (resume, reconcile).
"""

from propexo_client.pagination import AsyncPager, PaginationError, SyncPager

from ._client import DEFAULT_TIMEOUT, USER_AGENT, AsyncPropexoClient, ClientSettings, PropexoClient
from ._errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PropexoError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._pacing import DEFAULT_RATE_LIMIT, DEFAULT_WINDOW, Pacer
from ._retry import RetryPolicy, certainly_not_sent, retryable_error, retryable_status
from ._secret import Token
from ._transport import AsyncPacedTransport, PacedTransport, TransportStats
from ._urls import ENVIRONMENTS, resolve_base_url
from ._version import __version__
from .charges import (
    Charge,
    ChargeProblem,
    ChunkHooks,
    ChunkResult,
    ChunkSender,
    InvalidChargesError,
    Outcome,
    Plan,
    SubmissionResult,
    asubmit_charges,
    plan_charges,
    read_charges,
    submit_charges,
)
from .jobs import (
    AsyncJobTracker,
    JobChain,
    JobError,
    JobHooks,
    JobStatus,
    JobTimeoutError,
    JobTracker,
    MalformedStatusError,
    NotRetryableError,
    PollPolicy,
    RowFate,
    SubmissionStatus,
    UnknownJobError,
    WriteStatus,
)
from .journal import (
    JournaledSubmission,
    JournalError,
    RunResult,
    asubmit_journaled,
    submit_journaled,
)

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WINDOW",
    "ENVIRONMENTS",
    "USER_AGENT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AsyncJobTracker",
    "AsyncPacedTransport",
    "AsyncPager",
    "AsyncPropexoClient",
    "AuthenticationError",
    "BadRequestError",
    "Charge",
    "ChargeProblem",
    "ChunkHooks",
    "ChunkResult",
    "ChunkSender",
    "ClientSettings",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidChargesError",
    "JobChain",
    "JobError",
    "JobHooks",
    "JobStatus",
    "JobTimeoutError",
    "JobTracker",
    "JournalError",
    "JournaledSubmission",
    "MalformedStatusError",
    "NotFoundError",
    "NotRetryableError",
    "Outcome",
    "PacedTransport",
    "Pacer",
    "PaginationError",
    "PermissionDeniedError",
    "Plan",
    "PollPolicy",
    "PropexoClient",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "RowFate",
    "RunResult",
    "SubmissionResult",
    "SubmissionStatus",
    "SyncPager",
    "Token",
    "TransportStats",
    "UnknownJobError",
    "UnprocessableEntityError",
    "WriteStatus",
    "__version__",
    "asubmit_charges",
    "asubmit_journaled",
    "certainly_not_sent",
    "plan_charges",
    "read_charges",
    "resolve_base_url",
    "retryable_error",
    "retryable_status",
    "submit_charges",
    "submit_journaled",
]
