"""Tests of `propexo.cli` (the `propexo` command)."""
