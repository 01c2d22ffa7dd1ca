"""Shared fixtures: a tiny delivery set, warehouses built from it by the real ETL, and one AppTest harness.

Page tests open a page with `run_page` (a fresh AppTest the test may click on) or `read_page` (the same
run shared by every test that asks for the same page, warehouse, scope, URL and session state: for tests
that only read). Warehouse variants (`warehouse_variant`) are the fixture deliveries with some files
replaced, loaded once per session. `downloads` reads the bytes behind a download button.
"""

import base64
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import streamlit.config
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from cockpit import demo_sign_in
from cockpit.ui.navigation import PAGES
from common import settings
from etl.load import load
from tests.fixture_deliveries import DEMO_SCALE, DEMO_TODAY, demo_deliveries, write_fixture

FIXTURE_DATE = dt.date(2026, 11, 26)
# One clock for the whole run, whatever the machine's date: the fixtures are as of FIXTURE_DATE, and every
# part of the cockpit (AppTest pages, served dashboards, command lines in subprocesses) reads common.clock.
os.environ["COCKPIT_TODAY"] = FIXTURE_DATE.isoformat()

# Production hides error details; tests want to read them.
streamlit.config.set_option("client.showErrorDetails", "full")

DASHBOARD = settings.PROJECT_ROOT / "dashboard.py"
PAGE_URLS = {path: url_path for _section, path, _title, _icon, url_path, _roles in PAGES}
APP_TIMEOUT_S = 120  # a cold first run on a busy two-core machine takes several seconds; later runs < 1 s


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def audit_log(tmp_path_factory) -> Path:
    """The suite's own audit log (served dashboards inherit it), never the repository's data/audit.jsonl."""
    path = tmp_path_factory.mktemp("audit") / "audit.jsonl"
    os.environ["COCKPIT_AUDIT_LOG"] = str(path)
    settings.AUDIT_LOG_PATH = path
    return path


@pytest.fixture(scope="session", autouse=True)
def reporting_folders(tmp_path_factory) -> tuple[Path, Path]:
    """The suite's own submission store and inbox (served dashboards and command lines inherit them), never the
    repository's data/reporting.sqlite or data/inbox, which may hold a developer's submissions."""
    folder = tmp_path_factory.mktemp("reporting")
    inbox, store = folder / "inbox", folder / "reporting.sqlite"
    os.environ["COCKPIT_INBOX"], os.environ["COCKPIT_REPORTING_DB"] = str(inbox), str(store)
    settings.INBOX_DIR, settings.REPORTING_DB_PATH = inbox, store
    return inbox, store


@pytest.fixture(scope="session", autouse=True)
def no_secrets_file(tmp_path_factory) -> None:
    """AppTest runs see only the secrets a test gives them, never the checkout's .streamlit/secrets.toml that
    `make run` writes for the demo (a test of a missing configuration would otherwise find one)."""
    from streamlit import config

    config.set_option("secrets.files", [str(tmp_path_factory.mktemp("no_secrets") / "secrets.toml")])


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright, one per browser test module (modules skip before using it when
    chromium is missing outside CI)."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import chromium_path, launch_chromium

    assert chromium_path(), "chromium is missing: `make browser` installs Debian's chromium"
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


# ---- warehouses ------------------------------------------------------------------------------------


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
    monkeypatch.setattr(settings, "WAREHOUSE_PATH", fixture_warehouse)
    return fixture_warehouse


@pytest.fixture(scope="session")
def demo_load(tmp_path_factory):
    """The demo at a tenth of its size (DEMO_SCALE, as of DEMO_TODAY) loaded by the real ETL once per session:
    (warehouse path, LoadResult). Read only."""
    warehouse = tmp_path_factory.mktemp("demo_warehouse") / "warehouse.duckdb"
    result = load(demo_deliveries(tmp_path_factory, DEMO_SCALE, today=DEMO_TODAY), warehouse, DEMO_TODAY)
    return warehouse, result


@pytest.fixture(scope="session")
def warehouse_variant(tmp_path_factory) -> Callable[..., Path]:
    """`warehouse_variant(name, **files)`: the fixture deliveries with some files replaced (write_fixture's
    keyword arguments), loaded by the real ETL as of FIXTURE_DATE. Built once per session per name; read only.
    """
    built: dict[str, tuple[str, Path]] = {}

    def build(name: str, **files) -> Path:
        recipe = repr(sorted(files.items()))
        if name in built:
            assert built[name][0] == recipe, f"warehouse variant {name!r} was built from other files"
            return built[name][1]
        folder = tmp_path_factory.mktemp(name)
        path = folder / "warehouse.duckdb"
        load(write_fixture(folder / "deliveries", **files), path, FIXTURE_DATE)
        built[name] = (recipe, path)
        return path

    return build


def warehouse_rows(path: Path, sql: str, *params) -> list[tuple]:
    """Rows of a query against a warehouse, read-only (the numbers a test compares the page with)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


# ---- running pages ---------------------------------------------------------------------------------


class RecordingMediaStorage(MemoryMediaFileStorage):
    """Streamlit's in-memory media storage of an AppTest run that registers itself, so a test can read the
    bytes behind a download button (AppTest creates one storage per run)."""

    instances: list["RecordingMediaStorage"] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        RecordingMediaStorage.instances.append(self)


def signed_in_user(user, scope_units: str | None) -> dict:
    """The ID-token claims AppTest hands the app as st.user: a demo user ('cdo', 'fb61', 'forum', …), a dict of
    claims, a department of the given units (scope_units '61,65': its groups fb-61 and fb-65), or anonymous
    (user=None and no scope_units)."""
    if scope_units is not None:
        units = [u.strip() for u in scope_units.split(",") if u.strip()]
        groups = [f"fb-{unit.lower()}" for unit in units]
        return {"is_logged_in": True, "email": f"{'+'.join(groups) or 'nobody'}@test.example", "groups": groups}
    if user is None:
        return {"is_logged_in": False}
    claims = user if isinstance(user, dict) else demo_sign_in.demo_claims(user)
    return {"is_logged_in": True, **claims}


TEST_SECRETS = {"auth": demo_sign_in.demo_auth(8501, cookie_secret="t" * 48), "access": demo_sign_in.demo_access()}


def _open(monkeypatch, fixture_warehouse: Path, page: str | None, warehouse, user, session_state, query):
    """Run dashboard.py signed in as user, with the URL's query parameters, switch to page, preset session
    state, run it."""
    monkeypatch.setattr(settings, "WAREHOUSE_PATH", Path(warehouse or fixture_warehouse))
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", RecordingMediaStorage)
    app = AppTest.from_file(str(DASHBOARD), default_timeout=APP_TIMEOUT_S)
    app.secrets.update(TEST_SECRETS)
    app.user = user
    for key, value in query.items():
        app.query_params[key] = value
    for key, value in (session_state or {}).items():
        app.session_state[key] = value
    if page is not None:
        # The page's address, as a deep link opens it: one run instead of the root's run and a switch.
        app._page_hash = calc_hash(PAGE_URLS[page])
    return app.run()


@pytest.fixture
def run_page(monkeypatch, fixture_warehouse) -> Callable[..., AppTest]:
    """`run_page("pages/x.py", warehouse=None, user="cdo", scope_units=None, session_state=None, **query_params)`:
    a fresh AppTest on that page (None: the router's default page) against the fixture warehouse or the given
    one, signed in as a demo user (see signed_in_user; scope_units: a department of those units). The test may
    interact with it and rerun.
    """

    def run(page: str | None, *, warehouse=None, user="cdo", scope_units=None, session_state=None, **query):
        claims = signed_in_user(user, scope_units)
        return _open(monkeypatch, fixture_warehouse, page, warehouse, claims, session_state, query)

    return run


_SHARED_RUNS: dict[str, AppTest] = {}


@pytest.fixture
def read_page(monkeypatch, fixture_warehouse) -> Callable[..., AppTest]:
    """Like run_page, but a run already made with the same arguments is handed out again: only read it
    (no clicks, no reruns, no page switches)."""

    def read(page: str | None, *, warehouse=None, user="cdo", scope_units=None, session_state=None, **query):
        claims = signed_in_user(user, scope_units)
        state = sorted((session_state or {}).items())
        key = repr((page, str(warehouse or fixture_warehouse), sorted(claims.items()), state, sorted(query.items())))
        if key not in _SHARED_RUNS:
            _SHARED_RUNS[key] = _open(monkeypatch, fixture_warehouse, page, warehouse, claims, session_state, query)
        return _SHARED_RUNS[key]

    return read


@pytest.fixture
def downloads() -> Callable[..., bytes]:
    """`downloads(button)`: the bytes a user gets from a download button of a run_page/read_page run."""

    def content(button) -> bytes:
        file_id = button.proto.url.rsplit("/", 1)[1]
        for storage in reversed(RecordingMediaStorage.instances):
            try:
                return storage.get_file(file_id).content
            except MediaFileStorageError:  # another run's storage
                continue
        raise AssertionError(f"no recorded download {file_id!r}")

    return content


# ---- reading what a page shows ----------------------------------------------------------------------


def shown_metrics(app: AppTest) -> dict[str, str]:
    """Metric label -> value, as the user reads them."""
    return {m.label: m.value for m in app.metric}


def displayed_table(element) -> pd.DataFrame:
    """A styled dataframe as the viewer reads it: its display values (formatted text), not the raw data."""
    return pa.ipc.open_stream(element.proto.arrow_data.styler.display_values).read_all().to_pandas()


def table_with(app: AppTest, *columns: str, position: int = 0) -> pd.DataFrame:
    """The position-th shown table that has all these columns."""
    tables = [frame.value for frame in app.dataframe if set(columns) <= set(frame.value.columns)]
    if len(tables) <= position:
        raise AssertionError(f"no table {position} with columns {columns!r}")
    return tables[position]


def chart_specs(app: AppTest) -> list[dict]:
    """Every Plotly chart on the page as its JSON figure."""
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def plotly_values(data) -> list:
    """Plotly sends numeric arrays as base64 typed arrays ({'dtype', 'bdata'}); lists stay lists."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"]).tolist()
    return list(data)
