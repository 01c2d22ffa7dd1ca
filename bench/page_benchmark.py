"""Time each city-KPI page on the demo warehouse and on one built with --scale 10, and their ratio.

    python bench/page_benchmark.py --small bench/out/scale-1.duckdb --large bench/out/scale-10.duckdb 2>/dev/null

Each page is run by Streamlit's AppTest (the router first, then the page), signed in as the demo CDO, with the
data cache and the shared figures (cockpit.ui.memo) cleared before every run, so the figure is a cold page
run: the queries plus building and rendering every figure. bench/serve_benchmark.py measures warm page views.
Build the warehouses first with bench/load_benchmark.py (or `python -m etl generate/load`).
A page that reads aggregated marts stays about as fast at ten times the transactions.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import streamlit.logger
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cockpit import data_access, demo_sign_in  # noqa: E402
from cockpit.ui import memo  # noqa: E402
from common import settings  # noqa: E402

PAGES = ["pages/kpi_catalogue.py", "pages/wlan.py", "pages/parking.py", "pages/emergency_care.py"]
ENTRY = str(settings.PROJECT_ROOT / "dashboard.py")
SECRETS = {"auth": demo_sign_in.demo_auth(8501, cookie_secret="b" * 48), "access": demo_sign_in.demo_access()}


def cold_page_seconds(warehouse: Path, page: str, repeats: int) -> float:
    settings.WAREHOUSE_PATH = warehouse
    app = AppTest.from_file(ENTRY, default_timeout=300)
    app.secrets.update(SECRETS)
    app.user = {"is_logged_in": True, **demo_sign_in.demo_claims("cdo")}
    app.run()
    timings = []
    for _ in range(repeats):
        data_access.clear_cache()
        memo.clear()
        started = time.perf_counter()
        app.switch_page(page).run()
        timings.append(time.perf_counter() - started)
        if app.exception:
            raise RuntimeError(f"{page} failed on {warehouse}: {app.exception[0].message}")
    return statistics.median(timings)


def main() -> int:
    streamlit.logger.set_log_level("error")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=Path, default=Path("bench/out/scale-1.duckdb"))
    parser.add_argument("--large", type=Path, default=Path("bench/out/scale-10.duckdb"))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    settings.AUDIT_LOG_PATH = Path(tempfile.mkdtemp(prefix="page-bench-")) / "audit.jsonl"  # sign-ins stay out of data/
    for path in (args.small, args.large):
        if not path.exists():
            print(f"missing warehouse {path}: run bench/load_benchmark.py --scales 1 10 first", file=sys.stderr)
            return 1
    print(f"{'page':<28} {'demo s':>8} {'scale 10 s':>11} {'ratio':>6}")
    for page in PAGES:
        small = cold_page_seconds(args.small.resolve(), page, args.repeats)
        large = cold_page_seconds(args.large.resolve(), page, args.repeats)
        print(f"{page:<28} {small:>8.2f} {large:>11.2f} {large / small:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
