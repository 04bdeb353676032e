"""When to poll a job again: exponential backoff with jitter, capped."""

from __future__ import annotations

import math

import attrs

from .._errors import ConfigurationError

#: A wait gives up after this long unless told otherwise. Rent Manager writes usually finish
#: within a minute; ten minutes leaves room for a busy PMS without hanging a script forever.
DEFAULT_WAIT_TIMEOUT = 600.0


#: The longest wait between two polls of a job by default. Jobs finish at any time (uniform over
#: minutes, in practice): a 5 s cap sees a finished job about 2.5 s late on average while
#: spending about a quarter of the polls of polling every second (tests/bench/bench_jobs.py;
#: a 30 s cap spent 0.07x the polls but saw jobs 12 s late on average).
DEFAULT_POLL_CAP = 5.0


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (_number(value) and value > 0):
        raise ConfigurationError(
            f"PollPolicy.{attribute.name} must be a positive number, got {value!r}"
        )


def _not_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (_number(value) and value >= 0):
        raise ConfigurationError(
            f"PollPolicy.{attribute.name} must be a number >= 0, got {value!r}"
        )


@attrs.frozen
class PollPolicy:
    """How a tracker spaces the status polls of one job.

    The first poll comes `first_delay` after tracking starts (0: at once, so that a job that
    has long finished costs one request). Then the interval starts at `initial` and grows by
    `factor` per poll up to `cap`: a job is seen at most `cap` seconds after it finished,
    with a number of polls that grows with the log of its duration instead of linearly. Each
    interval is shortened by a random fraction of at most `jitter`, so that many jobs started
    together spread out (never lengthened: the cap holds). `max_failed_polls` polls in a row
    may fail transiently (5xx, no answer) before the job is reported as an error.
    """

    first_delay: float = attrs.field(default=0.0, validator=_not_negative)
    initial: float = attrs.field(default=1.0, validator=_positive)
    factor: float = attrs.field(default=2.0, validator=_positive)
    cap: float = attrs.field(default=DEFAULT_POLL_CAP, validator=_positive)
    jitter: float = attrs.field(default=0.2, validator=_not_negative)
    max_failed_polls: int = attrs.field(default=3)

    def __attrs_post_init__(self) -> None:
        if self.factor < 1:
            raise ConfigurationError(f"PollPolicy.factor must be >= 1, got {self.factor!r}")
        if self.cap < self.initial:
            raise ConfigurationError(
                f"PollPolicy.cap ({self.cap!r}) must not be below initial ({self.initial!r})"
            )
        if self.jitter >= 1:
            raise ConfigurationError(f"PollPolicy.jitter must be below 1, got {self.jitter!r}")
        failed = self.max_failed_polls
        if isinstance(failed, bool) or not isinstance(failed, int) or failed < 0:
            raise ConfigurationError(
                f"PollPolicy.max_failed_polls must be an integer >= 0, got {failed!r}"
            )

    @classmethod
    def fixed(cls, every: float) -> PollPolicy:
        """Poll every `every` seconds, no backoff, no jitter (the naive baseline)."""
        return cls(initial=every, factor=1.0, cap=every, jitter=0.0)

    def interval(self, polls: int, jitter: float) -> float:
        """Seconds from poll number `polls` (1-based) to the next; `jitter` in [0, 1)."""
        steps = max(0, polls - 1)
        if self.factor == 1:
            base = self.initial
        elif steps >= math.log(self.cap / self.initial, self.factor):
            base = self.cap  # also keeps factor**steps from overflowing
        else:
            base = min(self.cap, self.initial * self.factor**steps)
        return base * (1.0 - self.jitter * jitter)
