"""The curated public surface: what `import propexo` offers, pinned.

Adding a name to a package's `__all__` is a decision: add it to the set here in the same
commit. Every exception of the library is reachable from the root.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import propexo
import pytest

ROOT = {
    # the clients, their shared settings and the pager their list methods return
    "PropexoClient",
    "AsyncPropexoClient",
    "ClientOptions",
    "ClientSettings",
    "SyncPager",
    "AsyncPager",
    # the domain verbs and what they take and give
    "plan_charges",
    "submit_charges",
    "asubmit_charges",
    "read_charges",
    "submit_plan",
    "asubmit_plan",
    "JournaledSubmission",
    "JobTracker",
    "AsyncJobTracker",
    "Charge",
    "DateWindow",
    "Plan",
    "SubmissionResult",
    "Outcome",
    "JobStatus",
    "PollPolicy",
    "RetryPolicy",
    # stop signals (SIGTERM, SIGHUP) handled as Ctrl-C
    "stop_on_signals",
    "Interrupted",
    # the exception hierarchy
    "PropexoError",
    "ConfigurationError",
    "ClientClosedError",
    "InvalidParameterError",
    "ApiError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "ResponseValidationError",
    "PaginationError",
    "LookupFailedError",
    "InvalidChargesError",
    "JobError",
    "JobRequestError",
    "JobServerError",
    "JobConnectionError",
    "UnknownJobError",
    "MalformedStatusError",
    "NotRetryableError",
    "JobTimeoutError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalCorruptError",
    "JournalStateError",
    # constants
    "DEFAULT_TIMEOUT",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_WINDOW",
    "DEFAULT_MAX_BATCH_SIZE",
    "DEFAULT_WAIT_TIMEOUT",
    "__version__",
}

SUBPACKAGES = {
    "propexo.charges": {
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
    },
    "propexo.jobs": {
        "DEFAULT_WAIT_TIMEOUT",
        "AsyncJobTracker",
        "ChunkStatus",
        "JobChain",
        "JobConnectionError",
        "JobError",
        "JobHooks",
        "JobRequestError",
        "JobServerError",
        "JobStatus",
        "JobTimeoutError",
        "JobTracker",
        "MalformedStatusError",
        "NotRetryableError",
        "PollPolicy",
        "Progress",
        "RowFate",
        "RowStatus",
        "SubmissionStatus",
        "UnknownJobError",
        "WriteStatus",
        "submission_status",
    },
    "propexo.journal": {
        "ChunkEntry",
        "ChunkState",
        "Finding",
        "Journal",
        "JournalCorruptError",
        "JournalError",
        "JournalLockedError",
        "JournalMismatchError",
        "JournalStateError",
        "JournaledSubmission",
        "Reconciliation",
        "asubmit_charges",
        "asubmit_plan",
        "submit_charges",
        "submit_plan",
    },
    "propexo.webhooks": {
        "ANY_TRIGGER",
        "DATA_NEW",
        "DATA_UPDATE",
        "FIRST_SYNC_COMPLETE",
        "JOB_FAILURE",
        "MAX_PAYLOAD_SIZE",
        "MIN_SECRET_LENGTH",
        "SIGNATURE_HEADER",
        "SYNC_COMPLETE",
        "TRIGGER_HEADER",
        "WRITE_OPERATION_FAILURE",
        "AnyEvent",
        "DataNew",
        "DataUpdate",
        "Event",
        "FirstSyncComplete",
        "JobFailure",
        "RecentDeliveries",
        "SignatureVerificationError",
        "SyncComplete",
        "UnknownEvent",
        "WebhookPayloadError",
        "WebhookReceiver",
        "WriteOperationFailure",
        "compute_signature",
        "construct_event",
    },
}
#: Subpackages whose exceptions are exported there only, not from the root.
OWN_EXCEPTIONS = ("propexo.webhooks",)


def test_the_root_exports_exactly_the_curated_names() -> None:
    assert set(propexo.__all__) == ROOT
    assert len(propexo.__all__) == len(ROOT)  # no name twice
    for name in ROOT:
        assert getattr(propexo, name) is not None


@pytest.mark.parametrize("module", sorted(SUBPACKAGES))
def test_each_subpackage_exports_exactly_its_names(module: str) -> None:
    package = importlib.import_module(module)
    assert set(package.__all__) == SUBPACKAGES[module]
    assert len(package.__all__) == len(SUBPACKAGES[module])


def _modules() -> list[str]:
    found = ["propexo"]
    for info in pkgutil.walk_packages(propexo.__path__, "propexo."):
        if not info.name.startswith("propexo.cli"):  # needs the [cli] extra's imports
            found.append(info.name)
    return found


def test_every_exception_of_the_library_is_exported_from_the_root() -> None:
    errors = set()
    for name in _modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, propexo.PropexoError)
                and value.__module__.startswith("propexo")
            ):
                errors.add(value)
    exported = {v for v in map(propexo.__dict__.get, propexo.__all__) if inspect.isclass(v)}
    for name in OWN_EXCEPTIONS:
        package = importlib.import_module(name)
        exported |= {getattr(package, n) for n in package.__all__}
    assert errors - exported == set()


def test_no_internal_helper_leaks_into_the_root() -> None:
    for name in ("Pacer", "PacedTransport", "TransportStats", "USER_AGENT", "ChunkSender"):
        assert name not in propexo.__all__
        assert not hasattr(propexo, name)
