"""Server text made safe to print, write to a CSV file or journal.

Whatever the server says is untrusted: it may echo our own Authorization header, be megabytes
long, or carry terminal escapes and bidi overrides. `clean_text` (redacts bearer credentials,
drops control and format characters, caps the length) is the generated package's
(`propexo_client.text`), so that the generated errors and the overlay clean text one way;
`redact_secret` removes one known secret (the client's own token, in the forms a JSON body
could spell it).
"""

from __future__ import annotations

import json

from propexo_client.text import MAX_MESSAGE_LENGTH, REDACTED, clean_text, redact_bearer

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "clean_text",
    "redact_bearer",
    "redact_secret",
    "secret_forms",
]


def secret_forms(secret: str) -> tuple[bytes, ...]:
    """The byte strings under which `secret` can appear in a response body: as is, and as
    JSON spells it (escaped, with and without escaped slashes), longest first."""
    escaped = json.dumps(secret)[1:-1]
    forms = {secret, escaped, escaped.replace("/", "\\/")}
    return tuple(sorted((f.encode() for f in forms if f), key=len, reverse=True))


def redact_secret(data: bytes, forms: tuple[bytes, ...]) -> bytes:
    """`data` with every form of the secret replaced by `***`."""
    for form in forms:
        if form in data:
            data = data.replace(form, REDACTED.encode())
    return data
