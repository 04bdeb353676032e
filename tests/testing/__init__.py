"""Tests of `propexo.testing`, the shipped fake Propexo and its pytest fixture."""
