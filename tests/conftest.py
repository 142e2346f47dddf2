"""Shared fixtures: settings with a per-session gazetteer cache, built once for the whole run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from incidex.settings import Settings


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gazetteer cache for the test run; a developer's built index is reused when present."""
    existing = os.environ.get("INCIDEX_TEST_CACHE")
    return Path(existing) if existing else tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def settings(cache_dir: Path) -> Settings:
    return Settings(cache_dir=str(cache_dir))


@pytest.fixture(autouse=True, scope="session")
def _cache_env(cache_dir: Path) -> None:
    """Commands the tests run (incidex extract ...) use the same cache."""
    os.environ["INCIDEX_CACHE_DIR"] = str(cache_dir)
