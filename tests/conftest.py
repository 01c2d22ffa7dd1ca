"""Shared fixtures: a tiny delivery set, and a warehouse built from it by the real ETL."""

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import streamlit.config

from cockpit import config
from etl.load import load
from tests.fixture_deliveries import write_fixture

FIXTURE_DATE = dt.date(2026, 11, 26)

# Production hides error details; tests want to read them.
streamlit.config.set_option("client.showErrorDetails", "full")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def deliveries(tmp_path) -> Path:
    return write_fixture(tmp_path / "deliveries")


@pytest.fixture
def warehouse(tmp_path, deliveries) -> Path:
    path = tmp_path / "warehouse" / "warehouse.duckdb"
    load(deliveries, path, FIXTURE_DATE)
    return path


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory) -> Path:
    """One warehouse from the tiny fixture for read-only page tests."""
    folder = tmp_path_factory.mktemp("fixture")
    path = folder / "warehouse.duckdb"
    load(write_fixture(folder / "deliveries"), path, FIXTURE_DATE)
    return path


@pytest.fixture
def app_warehouse(monkeypatch, fixture_warehouse) -> Path:
    """Point the dashboard at the fixture warehouse."""
    monkeypatch.setattr(config, "WAREHOUSE_PATH", fixture_warehouse)
    return fixture_warehouse
