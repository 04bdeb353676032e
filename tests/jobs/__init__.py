"""Tests of `propexo.jobs`."""
