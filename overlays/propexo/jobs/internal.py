"""What `propexo`'s own packages (`journal`) use of `propexo.jobs` beyond its public names:
for propexo's own packages only, with no compatibility promise."""

from ._base import OnProgress
from ._calls import MAX_JOB_ERRORS

__all__ = ["MAX_JOB_ERRORS", "OnProgress"]
