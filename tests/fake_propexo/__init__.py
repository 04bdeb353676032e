"""The fake Propexo for the project's own tests: the shipped kit, `propexo.testing`."""

from propexo.testing import *  # noqa: F403
from propexo.testing import __all__ as __all__
from propexo.testing import pytest_plugin as pytest_plugin
