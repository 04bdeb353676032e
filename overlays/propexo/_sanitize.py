"""Server text made safe to print, write to a CSV file or journal.

Whatever the server says is untrusted: it may echo our own Authorization header, be megabytes
long, or carry terminal escapes and bidi overrides. `clean_text` redacts bearer credentials,
drops control and format characters and caps the length; `redact_secret` removes one known
secret (the client's own token, in the forms a JSON body could spell it).
"""

from __future__ import annotations

import json
import re
import unicodedata

from ._secret import REDACTED

#: Longest server message kept (characters); the rest is cut and counted.
MAX_MESSAGE_LENGTH = 500
#: `Bearer <credential>` in any spelling a header, a URL or a form may give it (groups: the word,
#: the separator); the credential ends at whitespace, a quote or JSON punctuation.
BEARER = re.compile(r"(?i)\b(bearer)(\s+|%20|\+)[^\s'\",;}\]]+")
_SPACES = re.compile(r"\s+")


def _printable(char: str) -> bool:
    # Cc: C0/C1 controls (ESC, NUL, CR, NEL); Cf: format (bidi overrides, zero-width);
    # Cs: lone surrogates; Co/Cn: private or unassigned.
    return unicodedata.category(char)[0] != "C"


def clean_text(text: str, *, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """One line of printable text: bearer credentials redacted, control and format
    characters dropped (line breaks and tabs become spaces), at most `limit` characters."""
    text = BEARER.sub(rf"\1 {REDACTED}", text)
    text = "".join(c if _printable(c) else " " if c in "\t\n\r\v\f" else "" for c in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        cut = len(text) - limit
        text = f"{text[:limit]}... ({cut} more characters)"
    return text


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
