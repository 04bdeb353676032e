"""Batch resident charges: validate, split by location (or property), and plan.

Submitting a plan goes through a journal, so that a rerun never posts a charge twice:
`propexo.submit_charges` / `propexo.submit_plan` (from `propexo.journal`) return this
package's `SubmissionResult`. Sibling packages (`journal`, `cli`) import what else they need
from `propexo.charges.internal`, never from the private modules.
"""

from ._api import aplan_charges, plan_charges
from ._directory import PartitionDirectory
from ._files import read_charges
from ._model import MAX_CENTS, Charge, ChargeProblem, InvalidChargesError
from ._plan import DEFAULT_MAX_BATCH_SIZE, Chunk, Plan
from ._submit import (
    DEFAULT_CONCURRENCY,
    ChunkHooks,
    ChunkResult,
    Outcome,
    RowResult,
    SubmissionResult,
)
from ._validate import DateWindow, validate_charges
from ._vendors import VENDORS

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_BATCH_SIZE",
    "MAX_CENTS",
    "VENDORS",
    "Charge",
    "ChargeProblem",
    "Chunk",
    "ChunkHooks",
    "ChunkResult",
    "DateWindow",
    "InvalidChargesError",
    "Outcome",
    "PartitionDirectory",
    "Plan",
    "RowResult",
    "SubmissionResult",
    "aplan_charges",
    "plan_charges",
    "read_charges",
    "validate_charges",
]
