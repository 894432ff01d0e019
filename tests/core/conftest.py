"""Fixtures the domain tests share (the base and the engine are the suite's, in tests/conftest.py)."""

from __future__ import annotations

import pytest

from bot.core.claims import ClaimChecker
from bot.core.engine import Engine


@pytest.fixture(scope="module")
def checker(engine: Engine) -> ClaimChecker:
    """A claim checker over the shipped base's engine, one a test module."""
    return ClaimChecker(engine)
