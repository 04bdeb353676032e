"""Tests across packages: the public surface, typing as users see it, the README, docs, examples,
the version, the test drivers, and the adversarial suite that attacks every layer at once."""
