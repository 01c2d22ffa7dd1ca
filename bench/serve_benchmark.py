"""Server CPU per warm page view with N concurrent signed-in browser sessions, and time to content.

    python bench/serve_benchmark.py --warehouse data/warehouse.duckdb --sessions 1 10 30

Starts the dashboard as `make run` does (tests.browser_support.running_app: its own demo sign-in provider,
the repository's .streamlit/config.toml), signs in once as the demo user and hands that sign-in cookie to
every session (Playwright storage state), so no session clicks through the provider. A warm-up session opens
every page once (data caches filled). Then, for each N, N browser contexts open the pages at the same time,
each page in a fresh tab (a new Streamlit session per view, as a bookmark or a reload does). The server's CPU
is read from /proc/<pid>/stat (user + system, the streamlit process and its children) before and after.

Time to content: from the navigation's start until the run has finished and every chart has drawn.
An error is a page that shows an exception or error box, throws in the browser, or does not finish in time.
"""

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from playwright.async_api import async_playwright
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import browser_support as support  # noqa: E402

PAGES = {"uebersicht": "Übersicht", "handyparken": "Handyparken"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and of its children (those that have exited and those still running)."""
    total = 0.0
    for task in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{task}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
        total += (utime + stime + cutime + cstime) / CLOCK_TICKS
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in map(int, children):
            found += [child, *_children(child)]
    return found


def signed_in_state(url: str, user: str) -> dict:
    """One real sign-in through the provider; its cookies serve every benchmark session."""
    with sync_playwright() as playwright:
        browser = support.launch_chromium(playwright)
        context = support.signed_in_context(browser, url, user)
        state = context.storage_state()
        browser.close()
    return state


async def open_view(context, url: str, timeout_ms: int) -> tuple[float | None, str | None]:
    """Open one page in a new tab: seconds to content, or None and what went wrong."""
    page = await context.new_page()
    thrown: list[str] = []
    page.on("pageerror", lambda error: thrown.append(str(error)))
    started = time.perf_counter()
    try:
        await page.goto(url, timeout=timeout_ms)
        await page.wait_for_function(support.RUN_FINISHED_JS, timeout=timeout_ms)
        await page.wait_for_function(support.CHARTS_DRAWN_JS, timeout=timeout_ms)
        seconds = time.perf_counter() - started
        boxes = [(await box.inner_text()).strip()[:200] for box in await page.query_selector_all(ERROR_SELECTOR)]
        problem = "; ".join(boxes + thrown) or None
        return (None, problem) if problem else (seconds, None)
    except Exception as error:  # a timeout or a crashed tab counts as an error of this view
        return None, f"{type(error).__name__}: {str(error).splitlines()[0]}"
    finally:
        await page.close()


async def new_context(browser, state: dict, base: str, warm: bool, timeout_ms: int):
    """A browser of one person; warm: one who has used the cockpit before, so the browser already holds
    Streamlit's static files (its own cache: hashed file names, cached for a year) and only asks the server for
    the page's session."""
    context = await browser.new_context(storage_state=state, locale="de-DE", timezone_id="Europe/Berlin")
    if warm:
        page = await context.new_page()
        await page.goto(f"{base}/", timeout=timeout_ms)
        await page.wait_for_function(support.RUN_FINISHED_JS, timeout=timeout_ms)
        await page.close()
    return context


async def session(context, base: str, routes: list[str], timeout_ms: int) -> list:
    return [(route, *await open_view(context, f"{base}/{route}", timeout_ms)) for route in routes]


async def measure(
    base: str, pid: int, state: dict, counts: list[int], routes: list[str], timeout_ms: int, warm: bool
) -> list:
    results = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=support.chromium_path(), args=support.CHROMIUM_ARGS)
        warm_up = await new_context(browser, state, base, False, timeout_ms * 4)
        await session(warm_up, base, routes, timeout_ms * 4)  # server caches filled, first run done
        await warm_up.close()
        for count in counts:
            contexts = await asyncio.gather(
                *(new_context(browser, state, base, warm, timeout_ms) for _ in range(count))
            )
            cpu_before, wall_before = process_cpu_seconds(pid), time.perf_counter()
            views = await asyncio.gather(*(session(context, base, routes, timeout_ms) for context in contexts))
            cpu = process_cpu_seconds(pid) - cpu_before
            wall = time.perf_counter() - wall_before
            await asyncio.gather(*(context.close() for context in contexts))
            flat = [view for views_of_one in views for view in views_of_one]
            results.append(summary(count, flat, cpu, wall))
        await browser.close()
    return results


def summary(count: int, views: list, cpu: float, wall: float) -> dict:
    times = sorted(seconds for _, seconds, _ in views if seconds is not None)
    errors = [f"{route}: {problem}" for route, _, problem in views if problem]

    def percentile(share: float) -> float | None:
        return times[min(len(times) - 1, round(share * (len(times) - 1)))] if times else None

    return {
        "sessions": count,
        "views": len(views),
        "server_cpu_s": round(cpu, 2),
        "cpu_per_view_s": round(cpu / len(views), 3),
        "p50_s": percentile(0.5),
        "p95_s": percentile(0.95),
        "wall_s": round(wall, 1),
        "errors": len(errors),
        "error_samples": errors[:5],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=ROOT / "data" / "warehouse.duckdb")
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--pages", nargs="+", default=list(PAGES), help="routes each session opens, in order")
    parser.add_argument("--user", default="cdo", help="demo user: cdo, board, fb61, fb66, forum")
    parser.add_argument("--timeout", type=float, default=180, help="seconds a view may take before it is an error")
    parser.add_argument(
        "--file-watcher",
        choices=["configured", "none"],
        default="configured",
        help="none: serve without Streamlit's source watcher (server.fileWatcherType), as a server in production",
    )
    parser.add_argument(
        "--browser-cache",
        choices=["warm", "cold"],
        default="warm",
        help="warm: every session's browser has opened the cockpit before (static files in its cache); "
        "cold: a browser that never has, so the server also sends Streamlit's frontend with every view",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not args.warehouse.exists():
        print(f"missing warehouse {args.warehouse}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as scratch:
        os.environ["COCKPIT_DATA_DIR"] = scratch  # meetings, packs and the access log stay out of data/
        os.environ["COCKPIT_AUDIT_LOG"] = str(Path(scratch) / "audit.jsonl")
        if args.file_watcher == "none":
            os.environ["STREAMLIT_SERVER_FILE_WATCHER_TYPE"] = "none"
        with support.running_app(args.warehouse.resolve()) as app:
            state = signed_in_state(app.url, args.user)
            timeout_ms = args.timeout * 1000
            results = asyncio.run(
                measure(
                    app.url, app.process.pid, state, args.sessions, args.pages, timeout_ms, args.browser_cache == "warm"
                )
            )
    header = ("sessions", "views", "server CPU s", "CPU/view s", "p50 s", "p95 s", "errors")
    print("{:>8} {:>6} {:>12} {:>10} {:>6} {:>6} {:>6}".format(*header))
    for row in results:
        p50, p95 = (f"{row[k]:.2f}" if row[k] is not None else "–" for k in ("p50_s", "p95_s"))
        print(
            f"{row['sessions']:>8} {row['views']:>6} {row['server_cpu_s']:>12.2f} {row['cpu_per_view_s']:>10.3f} "
            f"{p50:>6} {p95:>6} {row['errors']:>6}"
        )
        for sample in row["error_samples"]:
            print(f"         {sample}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 1 if any(row["errors"] for row in results) else 0


if __name__ == "__main__":
    sys.exit(main())
