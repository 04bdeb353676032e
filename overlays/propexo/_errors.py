"""The exceptions the overlay raises; none of them ever holds the bearer token."""

from __future__ import annotations


class PropexoError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigurationError(PropexoError, ValueError):
    """A client setting is unusable (a plain-http URL to a remote host, a bad limit, ...)."""


class ApiError(PropexoError):
    """The API answered a read (lookup) request with an error status."""

    def __init__(self, operation: str, status_code: int, message: str) -> None:
        self.operation = operation
        self.status_code = status_code
        self.message = message
        super().__init__(f"{operation}: HTTP {status_code}: {message}")
