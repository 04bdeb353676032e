"""`clean_text` and the token redaction of answer bodies (I/O-free)."""

from __future__ import annotations

import json

import pytest
from propexo._sanitize import clean_text, redact_secret, secret_forms

SECRET = 'tok/with"quote-and-slash-0123456789'


def test_clean_text_redacts_bearer_credentials_in_any_spelling() -> None:
    spellings = (
        "Bearer abc.def",
        "bearer   abc123",
        "BEARER%20abc",
        "Bearer+abc",
        '{"a": "Bearer abc-def"}',
        "Bearer abcdefghijklmnopqrstuvwxyz",
    )
    for text in (*spellings, 'Authorization: "Bearer abc/def=="'):
        cleaned = clean_text(text)
        assert "abc" not in cleaned and "***" in cleaned, text


@pytest.mark.parametrize(
    "prose",
    [
        "missing or invalid bearer token",
        "missing or invalid bearer token.",
        "Bearer authentication failed",
        "the bearer scheme is required",
    ],
)
def test_clean_text_keeps_prose_after_the_word_bearer(prose: str) -> None:
    assert clean_text(prose) == prose


@pytest.mark.parametrize(
    "char", ["\x1b", "\x00", "\x07", "\x85", "\u202e", "\u200b", "\u2066", "\ud800", "\ufeff"]
)
def test_clean_text_drops_control_bidi_and_zero_width_characters(char: str) -> None:
    assert clean_text(f"a{char}b") == "ab"


def test_clean_text_makes_one_line_and_caps_it() -> None:
    assert clean_text(" one\r\ntwo\tthree\n ") == "one two three"
    long = clean_text("y" * 1000, limit=10)
    assert long == "yyyyyyyyyy... (990 more characters)"


def test_every_json_spelling_of_the_token_is_redacted() -> None:
    escaped = json.dumps(SECRET)[1:-1]  # tok/with\"quote...
    spellings = [SECRET, escaped, escaped.replace("/", "\\/")]
    body = json.dumps({"raw": "x"}).encode() + " | ".join(spellings).encode()
    cleaned = redact_secret(body, secret_forms(SECRET))
    assert b"quote-and-slash" not in cleaned and cleaned.count(b"***") == 3


def test_redaction_leaves_other_text_alone() -> None:
    body = b'{"error": {"message": "nothing to see"}}'
    assert redact_secret(body, secret_forms(SECRET)) == body
