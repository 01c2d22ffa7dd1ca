"""Paths and settings, anchored at the repository and overridable by environment variables."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("COCKPIT_DATA_DIR", PROJECT_ROOT / "data"))
DEMO_DELIVERIES_DIR = Path(os.environ.get("COCKPIT_SOURCE_DIR", DATA_DIR / "demo"))
WAREHOUSE_PATH = Path(os.environ.get("COCKPIT_WAREHOUSE", DATA_DIR / "warehouse.duckdb"))
CITY_OUTLINE_PATH = PROJECT_ROOT / "data" / "braunschweig_city_outline_vg5000_2021.geojson"
DEMO_SEED = 2016
# Append-only record of sign-ins, meetings prepared or replaced, and downloads (cockpit.audit).
AUDIT_LOG_PATH = Path(os.environ.get("COCKPIT_AUDIT_LOG", DATA_DIR / "audit.jsonl"))
# The departments' monthly reports entered in the cockpit (drafts, submissions, reviews, history): SQLite,
# never the warehouse (cockpit.reporting.store).
REPORTING_DB_PATH = Path(os.environ.get("COCKPIT_REPORTING_DB", DATA_DIR / "reporting.sqlite"))
# Accepted reports, one folder each in the delivery form of the contracts, applied by the next load.
INBOX_DIR = Path(os.environ.get("COCKPIT_INBOX", DATA_DIR / "inbox"))


def load_log_path(warehouse_path: Path) -> Path:
    """The append-only load log lives beside the warehouse and survives every rebuild."""
    return warehouse_path.with_name(warehouse_path.stem + ".load_log.jsonl")


def pseudonym_key_path(warehouse_path: Path) -> Path:
    """The secret for hashing number plates; created on first load, never committed.

    COCKPIT_PSEUDONYM_KEY_FILE puts it outside the data folder (e.g. on a separately backed-up volume).
    """
    if os.environ.get("COCKPIT_PSEUDONYM_KEY_FILE"):
        return Path(os.environ["COCKPIT_PSEUDONYM_KEY_FILE"])
    return warehouse_path.with_name(".pseudonym_key")
