"""README screenshots of the Board slides: one PNG per slide of a prepared meeting, as the projector shows it.

    python scripts/slide_screenshots.py --url http://127.0.0.1:8501 --meeting SLUG --out docs/screenshots

The meeting must be prepared in the data folder the running dashboard reads (`python -m cockpit.board prepare`;
`python -m cockpit.board list` shows the slugs). Files are named folie-<n>-<slide key>.png. Signs in as the demo
CDO; uses Debian's chromium (`make browser`). Exits 1 if a slide shows an error.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from cockpit.board.slides import build_slides  # noqa: E402
from cockpit.board.snapshots import list_meetings  # noqa: E402
from cockpit.viewer import Viewer  # noqa: E402
from tests.browser_support import error_boxes, launch_chromium, signed_in_context, wait_for_run  # noqa: E402

TIMEOUT_MS = 60_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8501", help="the running dashboard")
    parser.add_argument("--meeting", required=True, help="the meeting's slug (python -m cockpit.board list)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    parser.add_argument("--size", default="1280x720", help="projector resolution, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    meetings = {meeting.slug: meeting for meeting in list_meetings(Viewer())}
    if args.meeting not in meetings:
        print(f"no prepared meeting {args.meeting!r}; prepared: {', '.join(meetings) or 'none'}", file=sys.stderr)
        return 1
    keys = [slide.key for slide in build_slides(meetings[args.meeting])]
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = signed_in_context(browser, args.url, "cdo", TIMEOUT_MS)
        for number, key in enumerate(keys, start=1):
            page = context.new_page()
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"{args.url}/sitzung?sitzung={args.meeting}&folie={number}")
            wait_for_run(page, TIMEOUT_MS)
            path = args.out / f"folie-{number}-{key}.png"
            page.screenshot(path=str(path))
            errors = error_boxes(page)
            if errors:
                failed = True
                print(f"{path}: {errors}", file=sys.stderr)
            print(path)
            page.close()
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
