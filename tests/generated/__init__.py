"""Tests of the generated package, `propexo_client` (errors, names, parsing, pagination)."""
