"""`Closing` and `AsyncClosing`: the context-manager faces of a `close()` and an `aclose()`.

`with thing:` returns the thing and calls `thing.close()` at the end of the block, whatever
the block raised (the exception is never swallowed); `async with thing:` awaits
`thing.aclose()` the same way. One mixin each, so that an asyncio-only object cannot be used
with a plain `with` by accident.
"""

from __future__ import annotations

from typing import Self


class Closing:
    """Mixin: `with` around `close()`."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClosing:
    """Mixin: `async with` around `aclose()`."""

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
