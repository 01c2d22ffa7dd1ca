"""README screenshots: one full-page PNG per registered page, taken from a running dashboard.

    python scripts/screenshots.py --url http://127.0.0.1:8501 --out docs/screenshots --size 1600x1000

Pages are found in dashboard.py (every st.Page with a url_path), so a new page gets its screenshot by
itself. Uses Debian's chromium (`make browser`); nothing is downloaded. Exits 1 if a page shows an
error or the browser logs one (the screenshot is still written, so you can see what went wrong).
"""

import argparse
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from cockpit.demo_sign_in import DEMO_USER_ROLES  # noqa: E402
from tests.browser_support import (  # noqa: E402
    PageWatch,
    chromium_path,
    error_boxes,
    full_page_screenshot,
    launch_chromium,
    registered_pages,
    signed_in_context,
    wait_for_run,
)

TIMEOUT_MS = 60_000


def viewport(text: str) -> dict[str, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"size must look like 1600x1000, not {text!r}") from error
    return {"width": width, "height": height}


def check_running(url: str) -> None:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=10) as response:
            if response.read().decode().strip() == "ok":
                return
    except OSError as error:
        sys.exit(f"No dashboard at {url} ({error}); start it with `make run` first.")
    sys.exit(f"The dashboard at {url} is not healthy.")


def take_screenshots(url: str, out: Path, size: dict[str, int], only: set[str], user: str = "cdo") -> list[str]:
    """Write <out>/<url_path>.png for every page; return the problems seen."""
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = signed_in_context(browser, url, user, TIMEOUT_MS, viewport=size)
        for registered in registered_pages(DEMO_USER_ROLES[user]):
            if only and registered.url_path not in only:
                continue
            page = context.new_page()
            watch = PageWatch(page, registered.route)
            page.goto(f"{url}/{registered.route}")
            wait_for_run(page, TIMEOUT_MS)
            path = out / f"{registered.url_path}.png"
            full_page_screenshot(page, path, TIMEOUT_MS)
            seen = [f"error box: {box}" for box in error_boxes(page)] + watch.problems()
            problems += [f"{registered.url_path}: {problem}" for problem in seen]
            print(f"{path}{'  (' + str(len(seen)) + ' problem(s))' if seen else ''}")
            page.close()
        browser.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Full-page screenshots of every dashboard page")
    parser.add_argument("--url", default="http://127.0.0.1:8501", help="the running dashboard")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    parser.add_argument("--size", type=viewport, default=viewport("1600x1000"), help="browser window, WIDTHxHEIGHT")
    parser.add_argument("--pages", nargs="*", default=[], help="only these url paths (default: all)")
    parser.add_argument("--user", choices=list(DEMO_USER_ROLES), default="cdo", help="the demo user to sign in as")
    args = parser.parse_args()
    if chromium_path() is None:
        sys.exit("chromium is not installed: `make browser` installs Debian's chromium.")
    url = args.url.rstrip("/")
    check_running(url)
    problems = take_screenshots(url, args.out, args.size, set(args.pages), args.user)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
