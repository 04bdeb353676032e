"""Tests of `propexo.charges`."""
