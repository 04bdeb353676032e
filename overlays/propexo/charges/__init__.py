"""Batch resident charges: validate, split by location (or property), plan, and submit."""

from ._api import (
    aplan_charges,
    assign_partitions,
    asubmit_charges,
    directory_for,
    plan_charges,
    submit_charges,
)
from ._directory import Memberships, PartitionDirectory, RentManagerLocations, ResManProperties
from ._files import FileFormat, detect_format, read_charges
from ._model import MAX_CENTS, Charge, ChargeProblem, InvalidChargesError
from ._plan import DEFAULT_MAX_BATCH_SIZE, Chunk, Plan, input_fingerprint, make_plan
from ._submit import (
    DEFAULT_CONCURRENCY,
    ChunkHooks,
    ChunkResult,
    ChunkSender,
    Outcome,
    RowResult,
    SubmissionResult,
    asubmit_plan,
    classify_error,
    classify_response,
    submit_plan,
)
from ._validate import validate_charges
from ._vendors import RENTMANAGER, RESMAN, VENDORS, Vendor, get_vendor, resman_batch_id

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_BATCH_SIZE",
    "MAX_CENTS",
    "RENTMANAGER",
    "RESMAN",
    "VENDORS",
    "Charge",
    "ChargeProblem",
    "Chunk",
    "ChunkHooks",
    "ChunkResult",
    "ChunkSender",
    "FileFormat",
    "InvalidChargesError",
    "Memberships",
    "Outcome",
    "PartitionDirectory",
    "Plan",
    "RentManagerLocations",
    "ResManProperties",
    "RowResult",
    "SubmissionResult",
    "Vendor",
    "aplan_charges",
    "assign_partitions",
    "asubmit_charges",
    "asubmit_plan",
    "classify_error",
    "classify_response",
    "detect_format",
    "directory_for",
    "get_vendor",
    "input_fingerprint",
    "make_plan",
    "plan_charges",
    "read_charges",
    "resman_batch_id",
    "submit_charges",
    "submit_plan",
    "validate_charges",
]
