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
    # the clients and their shared settings
    "PropexoClient",
    "AsyncPropexoClient",
    "ClientOptions",
    "ClientSettings",
    "RetryPolicy",
    # the domain verbs and the value they take
    "plan_charges",
    "submit_charges",
    "asubmit_charges",
    "read_charges",
    "submit_plan",
    "asubmit_plan",
    "JobTracker",
    "AsyncJobTracker",
    "Charge",
    # stop signals (SIGTERM, SIGHUP) handled as Ctrl-C
    "stop_on_signals",
    "Interrupted",
    # the exceptions a caller catches
    "PropexoError",
    "ConfigurationError",
    "ClientClosedError",
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
    "InvalidChargesError",
    "NotRetryableError",
    "JobTimeoutError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    # constants
    "DEFAULT_TIMEOUT",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_WINDOW",
    "DEFAULT_MAX_BATCH_SIZE",
    "DEFAULT_WAIT_TIMEOUT",
    "__version__",
}

#: Old names of folded errors, still importable (outside `__all__`), and the class each now is.
FOLDED = {
    "propexo.ApiError": "APIStatusError",
    "propexo.charges._model.ChargeFieldsError": "InvalidChargesError",
    "propexo.InvalidParameterError": "ConfigurationError",
    "propexo.PaginationError": "ResponseValidationError",
    "propexo_client.pagination.PaginationError": "ResponseValidationError",
    "propexo_client.errors.UnexpectedStatus": "APIStatusError",
    "propexo.LookupFailedError": "APIConnectionError",
    "propexo.cli._input.LookupFailed": "APIConnectionError",
    "propexo._transport.ResponseTooLargeError": "ResponseValidationError",
    "propexo.JournalCorruptError": "JournalError",
    "propexo.JournalStateError": "JournalError",
    "propexo.journal.JournalCorruptError": "JournalError",
    "propexo.journal.JournalStateError": "JournalError",
    "propexo.webhooks.WebhookPayloadError": "ResponseValidationError",
    "propexo.jobs.JobError": "PropexoError",
    "propexo.jobs.JobRequestError": "APIStatusError",
    "propexo.jobs.UnknownJobError": "APIStatusError",
    "propexo.jobs.JobServerError": "InternalServerError",
    "propexo.jobs.JobConnectionError": "APIConnectionError",
    "propexo.jobs.MalformedStatusError": "ResponseValidationError",
}
#: Names that left the root's `__all__` but stay importable from it, as before.
KEPT_AT_ROOT = (
    "SyncPager",
    "AsyncPager",
    "Plan",
    "SubmissionResult",
    "Outcome",
    "DateWindow",
    "JobStatus",
    "PollPolicy",
    "JournaledSubmission",
    "JobError",
    "JobRequestError",
    "JobServerError",
    "JobConnectionError",
    "UnknownJobError",
    "MalformedStatusError",
)

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
    },
    "propexo.journal": {
        "ChunkEntry",
        "ChunkState",
        "Finding",
        "Journal",
        "JournalError",
        "JournalLockedError",
        "JournalMismatchError",
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
        "WebhookReceiver",
        "WriteOperationFailure",
        "compute_signature",
        "construct_event",
    },
}
#: Subpackages whose exceptions are exported there only, not from the root.
OWN_EXCEPTIONS = ("propexo.webhooks", "propexo.jobs")


def test_the_root_exports_exactly_the_curated_names() -> None:
    assert set(propexo.__all__) == ROOT
    assert len(propexo.__all__) == len(ROOT) <= 45  # no name twice; a short list
    for name in ROOT:
        assert getattr(propexo, name) is not None


@pytest.mark.parametrize("path", sorted(FOLDED))
def test_an_old_error_name_is_the_class_it_folded_into(path: str) -> None:
    module, _, name = path.rpartition(".")
    old = getattr(importlib.import_module(module), name)
    assert old is getattr(propexo, FOLDED[path])
    assert name not in getattr(importlib.import_module(module), "__all__", ())


def test_names_that_left_the_root_list_stay_importable_from_the_root() -> None:
    for name in KEPT_AT_ROOT:
        assert name not in propexo.__all__
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
