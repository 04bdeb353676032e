"""Write jobs: wait for them, watch many at once, retry failed ones, and see what became of
a batch submission's rows. Every request goes through a `PropexoClient` and its pacing.

Sibling packages (`journal`, `cli`) import what else they need from `propexo.jobs.internal`.
"""

from .._errors import JobConnectionError as JobConnectionError
from .._errors import JobError as JobError
from .._errors import JobRequestError as JobRequestError
from .._errors import JobServerError as JobServerError
from .._errors import JobTimeoutError, NotRetryableError
from .._errors import MalformedStatusError as MalformedStatusError
from .._errors import UnknownJobError as UnknownJobError
from ._atracker import AsyncJobTracker
from ._batch import ChunkStatus, RowFate, RowStatus, SubmissionStatus, submission_status
from ._hooks import JobHooks
from ._model import JobChain, JobStatus, Progress, WriteStatus
from ._policy import DEFAULT_WAIT_TIMEOUT, PollPolicy
from ._tracker import JobTracker

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncJobTracker",
    "ChunkStatus",
    "JobChain",
    "JobHooks",
    "JobStatus",
    "JobTimeoutError",
    "JobTracker",
    "NotRetryableError",
    "PollPolicy",
    "Progress",
    "RowFate",
    "RowStatus",
    "SubmissionStatus",
    "WriteStatus",
    "submission_status",
]
