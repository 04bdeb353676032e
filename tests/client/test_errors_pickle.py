"""Every exception of the library survives pickling: raised in a process pool's worker, it
reaches the parent with its type, message and attributes, and the pool goes on working.

The classes are found by walking every module of `propexo` and `propexo_client` (the fake
server, `propexo.testing`, aside), so that a new class without an example here fails
`test_every_exception_class_has_an_example`.
"""

from __future__ import annotations

import importlib
import inspect
import multiprocessing
import pickle
import pkgutil
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

TOKEN = "sk-live-0123456789abcdef"


def _classes() -> dict[str, type[BaseException]]:
    """Every BaseException subclass defined in the library, by `module.qualname`."""
    found: dict[str, type[BaseException]] = {}
    for package_name in ("propexo", "propexo_client"):
        package = importlib.import_module(package_name)
        names = [package_name] + [
            info.name
            for info in pkgutil.walk_packages(package.__path__, f"{package_name}.")
            if not info.name.startswith("propexo.testing") and not info.name.endswith("__main__")
        ]
        for name in names:
            for value in vars(importlib.import_module(name)).values():
                if (
                    inspect.isclass(value)
                    and issubclass(value, BaseException)
                    and value.__module__.split(".")[0] in ("propexo", "propexo_client")
                    and not value.__module__.startswith("propexo.testing")
                ):
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def _response(status: int) -> httpx.Response:
    request = httpx.Request(
        "GET",
        "https://api.example.test/v1/residents/",
        headers={"x": "1", "Authorization": f"Bearer {TOKEN}"},
    )
    return httpx.Response(status, json={"error": {"code": "E", "message": "no"}}, request=request)


def _status(cls_name: str, status: int) -> Callable[[], BaseException]:
    def build() -> BaseException:
        from propexo_client import errors

        error = errors.status_error("list_residents", _response(status))
        assert type(error).__name__ == cls_name
        return error

    return build


def _examples() -> dict[str, Callable[[], BaseException]]:
    """A way to build each class, by `module.qualname` (built in the worker and the parent)."""
    from propexo import _errors, _pacing, _signals
    from propexo.charges import _model
    from propexo.jobs._model import JobChain, JobStatus
    from propexo_client import errors

    problem = _model.ChargeProblem(3, "amount_cents", "must be positive")
    status = JobStatus("job-1", "PENDING", polls=4)
    g = "propexo_client.errors."
    return {
        f"{g}PropexoError": lambda: errors.PropexoError("something"),
        f"{g}APIStatusError": _status("APIStatusError", 418),
        f"{g}BadRequestError": _status("BadRequestError", 400),
        f"{g}AuthenticationError": _status("AuthenticationError", 401),
        f"{g}PermissionDeniedError": _status("PermissionDeniedError", 403),
        f"{g}NotFoundError": _status("NotFoundError", 404),
        f"{g}ConflictError": _status("ConflictError", 409),
        f"{g}UnprocessableEntityError": _status("UnprocessableEntityError", 422),
        f"{g}RateLimitError": _status("RateLimitError", 429),
        f"{g}InternalServerError": _status("InternalServerError", 503),
        f"{g}APIConnectionError": lambda: _errors.for_job(
            errors.APIConnectionError(
                "job job-1: POST /v1/admin/retry-write",
                httpx.ConnectError("refused"),
                note=" (not sent)",
            ),
            "job-1",
        ),
        f"{g}APITimeoutError": lambda: errors.APITimeoutError("list_residents"),
        f"{g}ResponseValidationError": lambda: errors.ResponseValidationError(
            "required property missing", operation="get_resident", model="Resident", field="id"
        ),
        f"{g}ConfigurationError": lambda: errors.ConfigurationError("id: empty", parameter="id"),
        "propexo._errors.ClientClosedError": lambda: _errors.ClientClosedError("closed"),
        "propexo._errors.NotRetryableError": lambda: _errors.NotRetryableError("job-1", "SUCCESS"),
        "propexo._errors.JobTimeoutError": lambda: _errors.JobTimeoutError(
            "job-1", 2.5, status, JobChain.start("job-1")
        ),
        "propexo._pacing.WaitStopped": lambda: _pacing.WaitStopped("stopped while waiting"),
        "propexo._signals.Interrupted": lambda: _signals.Interrupted(signal.SIGTERM),
        "propexo.charges._model.InvalidChargesError": lambda: _model.InvalidChargesError([problem]),
        "propexo._errors.JournalError": lambda: _errors.JournalError(
            "j.db", "is truncated", damaged=True
        ),
        "propexo._errors.JournalLockedError": lambda: _errors.JournalLockedError(
            "j.db", "held by pid 7"
        ),
        "propexo._errors.JournalMismatchError": lambda: _errors.JournalMismatchError(
            "j.db", "another input"
        ),
        "propexo._errors.SignatureVerificationError": lambda: _errors.SignatureVerificationError(
            "no signature"
        ),
    }


def _raise(name: str) -> None:
    """In the worker: raise the example of `name`."""
    raise _examples()[name]()


def _view(value: object) -> object:
    """What must survive the trip, in a form `==` compares (httpx objects have no `==`)."""
    if isinstance(value, httpx.Response):
        return (
            "response",
            value.status_code,
            value.headers.multi_items(),
            value.content,
            _view(value.request),
        )
    if isinstance(value, httpx.Request):
        return ("request", value.method, str(value.url), value.headers.multi_items())
    if isinstance(value, BaseException):
        return (type(value), str(value))
    return value


def _state(error: BaseException) -> dict[str, object]:
    return {key: _view(value) for key, value in vars(error).items()}


def test_every_exception_class_has_an_example() -> None:
    assert sorted(_classes()) == sorted(_examples())


def test_the_library_declares_at_most_24_exception_classes() -> None:
    """One error family: a new class must carry behaviour a caller can act on (or fold)."""
    assert len(_classes()) <= 24


def test_every_exception_crosses_a_process_pool_whole() -> None:
    names = sorted(_examples())
    # spawn, not fork: forking a process that runs threads (xdist, the fake) may deadlock.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        futures = {name: pool.submit(_raise, name) for name in names}
        for name in names:
            expected = _examples()[name]()
            got = futures[name].exception(timeout=60)
            assert type(got) is type(expected), name
            assert str(got) == str(expected), name
            assert got.args == expected.args, name
            assert _state(got) == _state(expected), name
        assert pool.submit(len, "after").result(timeout=60) == 5  # the pool still works


@pytest.mark.parametrize("name", sorted(_examples()))
def test_a_pickled_exception_holds_no_token(name: str) -> None:
    error = _examples()[name]()
    assert TOKEN not in repr(pickle.dumps(error))
