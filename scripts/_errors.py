"""The one error a bad spec raises: a single line naming the problem and where it is."""

from __future__ import annotations


class SpecError(ValueError):
    """A spec that cannot be read or generated as given; ``str()`` is one line for the user."""

    def __init__(self, message: str, where: str = "") -> None:
        text = " ".join(message.split())
        super().__init__(f"{where}: {text}" if where else text)


class ToolchainError(SpecError):
    """The installed generator toolchain is not the one the scripts are written for (an API the
    adapter uses is gone, a template patch no longer applies): not the spec's fault."""
