"""A wrapper that keeps the bearer token out of reprs, logs, exceptions and pickles."""

from __future__ import annotations

from typing import NoReturn

from propexo_client.text import REDACTED

__all__ = ["REDACTED", "Token"]


class Token:
    """The API bearer token. `str()`/`repr()` never show it; only `reveal()` does.

    Surrounding whitespace is stripped; a token with anything but visible ASCII left inside
    is refused (`ValueError`), since every request would fail with it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if isinstance(value, Token):
            value = value.reveal()
        if not isinstance(value, str) or not value.strip():
            raise ValueError("the API token must be a non-empty string")
        # As read from a file or an environment variable: surrounding whitespace (a trailing
        # newline) is not part of it. Inside, only visible ASCII can travel in the header.
        value = value.strip()
        if not all("!" <= c <= "~" for c in value):
            raise ValueError(
                "the API token holds a space, a control character (line break, NUL) or a "
                "non-ASCII character: only visible ASCII characters can be sent (the token "
                "is not shown)"
            )
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
