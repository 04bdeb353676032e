"""Batch resident charges: validate, split by location (or property), plan, and submit.

Sibling packages (`journal`, `cli`) import what else they need from the private modules.
"""

from ._api import aplan_charges, asubmit_charges, plan_charges, submit_charges
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
    asubmit_plan,
    submit_plan,
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
    "asubmit_charges",
    "asubmit_plan",
    "plan_charges",
    "read_charges",
    "submit_charges",
    "submit_plan",
    "validate_charges",
]
