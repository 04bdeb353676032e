"""Tests of `propexo.webhooks`."""
