"""A client library for accessing Propexo API"""

from ._version import SPEC_SHA256, SPEC_VERSION, __version__
from .client import AuthenticatedClient, Client

__all__ = (
    "SPEC_SHA256",
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
    "__version__",
)
