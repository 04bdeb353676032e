"""What the crash suite counted, for its one summary line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Tally:
    runs: int = 0
    kills: Counter[str] = field(default_factory=Counter)  # by kill point
    charges: int = 0
    lost: int = 0
    duplicated: int = 0
    unknown: int = 0  # in-doubt chunks whose body reached the fake; reconcile found each
    unsent: int = 0  # in-doubt chunks whose body never left; reconcile found none: resent
    reconciles: int = 0
    clean_resumes: int = 0  # resumes of finished runs (each sent no request at all)
    processes: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        points = " ".join(f"{k}={v}" for k, v in sorted(self.kills.items()))
        return (
            f"faults: runs={self.runs} kills={sum(self.kills.values())} charges={self.charges} "
            f"lost={self.lost} duplicated={self.duplicated} unknown={self.unknown} "
            f"(each reached the fake before the kill; reconcile found each) "
            f"unsent_in_doubt={self.unsent} (marked sending, killed before the body left; "
            f"reconcile found none; resent once) reconciles={self.reconciles} "
            f"clean_resumes={self.clean_resumes} (0 requests each) processes={self.processes} "
            f"seconds={self.seconds:.0f} | kill points: {points}"
        )


TALLY = Tally()
