"""What `propexo`'s own packages (`journal`, `cli`) use of `propexo.charges` beyond its
public names: for propexo's own packages only, with no compatibility promise.

Each name is here because a sibling package needs it: the declaration of `Charge`'s fields
(`SPECS`: the CLI's column help, reconciliation's key checks), the vendors, the cached
directory of an integration's residents (the CLI's lookups), the plan's pieces a journal
rebuilds and checks, and the sending of a plan's chunks (a journal's submit).
"""

from ._api import directory_for
from ._directory import Memberships
from ._model import SPECS
from ._plan import input_fingerprint, make_plan
from ._submit import asend_chunks, send_chunks
from ._validate import Row
from ._vendors import Vendor, get_vendor

__all__ = [
    "SPECS",
    "Memberships",
    "Row",
    "Vendor",
    "asend_chunks",
    "directory_for",
    "get_vendor",
    "input_fingerprint",
    "make_plan",
    "send_chunks",
]
