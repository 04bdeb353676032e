"""Tests of `propexo.journal`."""
