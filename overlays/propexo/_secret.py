"""A wrapper that keeps the bearer token out of reprs, logs, exceptions and pickles."""

from __future__ import annotations

from typing import NoReturn

REDACTED = "***"


class Token:
    """The API bearer token. `str()`/`repr()` never show it; only `reveal()` does."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if isinstance(value, Token):
            value = value.reveal()
        if not isinstance(value, str) or not value.strip():
            raise ValueError("the API token must be a non-empty string")
        if any(c in value for c in "\r\n"):
            raise ValueError("the API token must not contain line breaks")
        self._value = value

    def reveal(self) -> str:
        """The token itself: for the Authorization header and nothing else."""
        return self._value

    def __repr__(self) -> str:
        return f"Token('{REDACTED}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Token, self._value))

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Token cannot be pickled (it would write the secret out)")
