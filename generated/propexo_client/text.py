"""Server text made safe to print, log, write to a CSV file or a journal.

Whatever the server says is untrusted: it may echo an Authorization header, be megabytes long,
or carry terminal escapes and bidi overrides. `clean_text` redacts bearer credentials, drops
control and format characters and caps the length; `error_message` picks the message out of an
error body. The generated errors and the `propexo` overlay both use these: one extraction, one
cleaning. (Copied into the generated package from scripts/static/ by the regeneration.)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

REDACTED = "***"
#: Longest server message kept (characters); the rest is cut and counted.
MAX_MESSAGE_LENGTH = 500
#: Longest excerpt of a body that is not an error object (characters; cut without a count).
EXCERPT_LENGTH = 200
#: `Bearer <word>` in any spelling a header, a URL or a form may give it (groups: the word, the
#: separator, what follows); the word ends at whitespace, a quote or JSON punctuation.
BEARER = re.compile(r"(?i)\b(bearer)(\s+|%20|\+)([^\s'\",;}\]]+)")
#: A credential holds a digit, or a token68 symbol between other characters (`abc.def`,
#: `x-y`), or is long; prose after "bearer" ("invalid bearer token.") is none of these.
_CREDENTIAL = re.compile(r"[0-9]|[-._~+/][A-Za-z0-9]|^.{20,}$")
_SPACES = re.compile(r"\s+")


def _redact(match: re.Match[str]) -> str:
    word, separator, what = match.groups()
    # `%20` and `+` are how URLs and forms spell the header, never prose.
    if separator.isspace() and not _CREDENTIAL.search(what):
        return match.group(0)
    return f"{word}{separator}{REDACTED}"


def redact_bearer(text: str) -> str:
    """`text` with every `Bearer <credential>` replaced by `Bearer ***`; prose such as
    "missing or invalid bearer token" is left as it is."""
    return BEARER.sub(_redact, text)


def _printable(char: str) -> bool:
    # Cc: C0/C1 controls (ESC, NUL, CR, NEL); Cf: format (bidi overrides, zero-width);
    # Cs: lone surrogates; Co/Cn: private or unassigned.
    return unicodedata.category(char)[0] != "C"


def clean_text(text: str, *, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """One line of printable text: bearer credentials redacted, control and format
    characters dropped (line breaks and tabs become spaces), at most `limit` characters."""
    text = redact_bearer(text)
    text = "".join(c if _printable(c) else " " if c in "\t\n\r\v\f" else "" for c in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        cut = len(text) - limit
        text = f"{text[:limit]}... ({cut} more characters)"
    return text


def decode_json(content: bytes) -> Any:
    """The JSON value of `content`, or None when it is not JSON or is nested too deep for
    the parser (a RecursionError, not a ValueError)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def error_message(body: Any, content: bytes) -> str:
    """The message of an error answer as safe one-line text (see `clean_text`): the spec's
    `error.message`, else a top-level `message` (what proxies and gateways send), else an
    excerpt of the body; "" when the body is empty. `body` is `content` decoded
    (`decode_json`)."""
    message: Any = None
    if isinstance(body, Mapping):
        error = body.get("error")
        message = error.get("message") if isinstance(error, Mapping) else None
        if message is None:
            message = body.get("message")
    if isinstance(message, (str, int, float)) and not isinstance(message, bool):
        cleaned = clean_text(str(message))
        if cleaned:
            return cleaned
    excerpt = content[:4096].decode("utf-8", "replace")
    return clean_text(excerpt, limit=len(excerpt))[:EXCERPT_LENGTH]
