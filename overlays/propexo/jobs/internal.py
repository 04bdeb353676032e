"""What `propexo`'s own packages (`journal`, `cli`) use of `propexo.jobs` beyond its public names:
for propexo's own packages only, with no compatibility promise."""

from ._base import OnProgress
from ._calls import MAX_JOB_ERRORS
from ._schedule import report_job_id

__all__ = ["MAX_JOB_ERRORS", "OnProgress", "report_job_id"]
