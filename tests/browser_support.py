"""Helpers for walking the running dashboard in a real browser (tests and the screenshot script).

Starts the app the way `make run` does, finds every page registered in dashboard.py, and waits
for a Streamlit run to finish without sleeping.
"""

import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from cockpit import demo_sign_in
from cockpit.ui.navigation import PAGES as NAVIGATION
from cockpit.viewer import CDO

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = PROJECT_ROOT / "dashboard.py"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
START_TIMEOUT_S = 60

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# A finished run: the script is not running (the state before the first run is "initial"), the main
# area holds at least one element, and no lazily loaded widget still shows its skeleton.
RUN_FINISHED_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]');
    const main = document.querySelector('[data-testid="stMain"] [data-testid="stElementContainer"]');
    const loading = document.querySelector('[data-testid="stSkeleton"]');
    return Boolean(app && main && !loading);
}"""

# Every Plotly chart on the page has drawn its SVG (they render after the run has finished).
CHARTS_DRAWN_JS = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .every(chart => chart.querySelector('.main-svg'))"""


@dataclass(frozen=True)
class RegisteredPage:
    url_path: str
    default: bool

    @property
    def route(self) -> str:
        """Streamlit serves the default page at the root; its url_path is not a route at all."""
        return "" if self.default else self.url_path


def registered_pages(role: str = CDO) -> list[RegisteredPage]:
    """Every page the role may open (cockpit.ui.navigation.PAGES), in menu order. Each has its own address;
    the root URL switches to the first one (cockpit.ui.navigation)."""
    return [RegisteredPage(url_path, False) for *_, url_path, roles in NAVIGATION if role in roles]


def chromium_path() -> str | None:
    return shutil.which("chromium")


# A test in Debian's chromium: skipped on a machine without it (`make browser` installs it), never on CI.
NEEDS_CHROMIUM = pytest.mark.skipif(
    chromium_path() is None and not os.environ.get("CI"),
    reason="chromium is not installed (`make browser` installs it); on CI a missing chromium fails the run",
)


def launch_chromium(playwright):
    """Debian's chromium, headless; Playwright never downloads a browser here."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (data: and blob: never leave it)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome-error"):
        return True
    return parts.hostname in LOCAL_HOSTS


class RunningApp:
    """A streamlit process whose output is drained by a thread (kept for error messages)."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process = process
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.output: list[str] = []
        self.visited = False  # set by whoever opens a page: a test of the first visit needs a server nobody used
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        for line in self.process.stdout:
            self.output.append(line)
            self._lines.put(line)
        self._lines.put(None)

    def wait_until_serving(self, timeout_s: float = START_TIMEOUT_S) -> None:
        """Read the output until Streamlit prints its URL, then check /_stcore/health once."""
        deadline = time.monotonic() + timeout_s
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"streamlit did not start within {timeout_s} s:\n{self.log_tail()}")
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                raise RuntimeError(f"streamlit exited with {self.process.wait()}:\n{self.log_tail()}")
            if "URL:" in line and "http" in line:
                break
        with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=10) as response:
            body = response.read().decode()
        if body.strip() != "ok":
            raise RuntimeError(f"/_stcore/health answered {body!r}")

    def log_tail(self, lines: int = 60) -> str:
        return "".join(self.output[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def running_app(
    warehouse: Path, port: int | None = None, environment: dict[str, str] | None = None
) -> Iterator[RunningApp]:
    """`make run` against the given warehouse, with the repo's .streamlit/config.toml and a real sign-in:
    the demo OpenID Connect provider on its own port and a secrets file pointing at it. environment: variables
    set for the app on top of this process's (e.g. COCKPIT_INBOX, COCKPIT_REPORTING_DB in a test's folder)."""
    port = port or free_port()
    idp_port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COCKPIT_SCOPE")}
    env.setdefault("COCKPIT_DATA_DIR", str(warehouse.parent))  # meetings and packs beside the test warehouse
    env.update(environment or {})
    env["COCKPIT_WAREHOUSE"] = str(warehouse)
    env["PYTHONUNBUFFERED"] = "1"
    with tempfile.TemporaryDirectory(prefix="cockpit-secrets-") as folder:
        secrets_path = Path(folder) / "secrets.toml"
        auth = demo_sign_in.demo_auth(port, idp_port)
        demo_sign_in.write_secrets(secrets_path, demo_sign_in.secrets_toml(auth, demo_sign_in.demo_access()))
        command = [sys.executable, "-m", "cockpit.serve", "run", "dashboard.py", "--server.port", str(port)]
        command += ["--server.headless", "true", "--server.address", "127.0.0.1", "--secrets.files", str(secrets_path)]
        with demo_sign_in.running_provider(idp_port):
            process = subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
            )
            app = RunningApp(process, port)
            try:
                app.wait_until_serving()
                yield app
            finally:
                app.stop()


SIGN_IN_BUTTON = ("Anmelden", "Sign in")


def sign_in(page, url: str, user: str = "cdo", timeout_ms: int = 60_000) -> None:
    """Sign in at the cockpit at url through its real provider as a demo user ('cdo', 'board', 'fb61', 'fb66',
    'forum'): the cockpit's sign-in button, the provider's form, back to the cockpit's first page."""
    page.goto(url, timeout=timeout_ms)
    button = page.get_by_role("button", name=SIGN_IN_BUTTON[0]).or_(page.get_by_role("button", name=SIGN_IN_BUTTON[1]))
    button.click(timeout=timeout_ms)
    page.wait_for_url(lambda address: not address.startswith(url), timeout=timeout_ms)  # at the provider
    sub = demo_sign_in.DEMO_USERS[user]["sub"]
    page.locator(f'button[name="sub"][value="{sub}"]').click(timeout=timeout_ms)
    page.wait_for_url(lambda address: address.startswith(url), timeout=timeout_ms)
    page.wait_for_function(RUN_FINISHED_JS, timeout=timeout_ms)


def german_context(browser, timeout_ms: int = 60_000, **options):
    """A fresh browser context (nobody signed in) as a German user in Braunschweig would have it."""
    context = browser.new_context(**{"locale": "de-DE", "timezone_id": "Europe/Berlin", **options})
    context.set_default_timeout(timeout_ms)
    return context


def signed_in_context(browser, url: str, user: str = "cdo", timeout_ms: int = 60_000, **options):
    """A browser context whose cookie holds a sign-in as the demo user: every page it opens is signed in."""
    context = german_context(browser, timeout_ms, **options)
    page = context.new_page()
    sign_in(page, url, user, timeout_ms)
    page.close()
    return context


def wait_for_run(page, timeout_ms: int = 30_000) -> None:
    """Wait until the Streamlit run has finished and the charts have drawn."""
    page.wait_for_function(RUN_FINISHED_JS, timeout=timeout_ms)
    page.wait_for_function(CHARTS_DRAWN_JS, timeout=timeout_ms)


def wait_for_layout(page, timeout_ms: int = 30_000) -> None:
    """After a resize: the run is still finished, the charts are drawn, and two frames have been painted."""
    wait_for_run(page, timeout_ms)
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


# Streamlit scrolls inside its main area and sidebar, so Playwright's full_page sees only the viewport.
CONTENT_HEIGHT_JS = """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stSidebarContent"]']
    .map(selector => document.querySelector(selector)?.scrollHeight || 0))"""
MAX_SCREENSHOT_HEIGHT = 16_000


def full_page_screenshot(page, path: Path, timeout_ms: int = 30_000, restore: bool = True) -> None:
    """Screenshot the whole page: grow the viewport to the content's height, then restore it (restore=False
    leaves it grown, for a caller that sets another viewport next anyway)."""
    viewport = page.viewport_size
    height = min(max(page.evaluate(CONTENT_HEIGHT_JS), viewport["height"]), MAX_SCREENSHOT_HEIGHT)
    if height > viewport["height"]:
        page.set_viewport_size({"width": viewport["width"], "height": height})
        wait_for_layout(page, timeout_ms)
    page.screenshot(path=path)
    if restore and height > viewport["height"]:
        page.set_viewport_size(viewport)
        wait_for_layout(page, timeout_ms)


# Streamlit's own frontend asks for these relative to a deep link's path and gets 404s (ENGINEERING.md).
KNOWN_DEEP_LINK_404 = "Failed to load resource: the server responded with a status of 404 (Not Found)"
KNOWN_DEEP_LINK_PATHS = ("_stcore/host-config", "_stcore/health")


class PageWatch:
    """Collects what a user would not see but must not happen: console errors, page errors, off-host requests."""

    def __init__(self, page, route: str):
        self.route = route
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.off_host: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("request", lambda request: self._check_host(request.url))
        page.on("websocket", lambda socket: self._check_host(socket.url))

    def _is_known_deep_link_404(self, message) -> bool:
        path = urlsplit(message.location.get("url", "")).path
        known = {f"/{self.route}/{tail}" for tail in KNOWN_DEEP_LINK_PATHS} if self.route else set()
        return message.text == KNOWN_DEEP_LINK_404 and path in known

    def _on_console(self, message) -> None:
        if message.type == "error" and not self._is_known_deep_link_404(message):
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _check_host(self, url: str) -> None:
        if not is_local(url):
            self.off_host.append(url)

    def problems(self) -> list[str]:
        return (
            [f"console error: {text}" for text in self.console_errors]
            + [f"page error: {text}" for text in self.page_errors]
            + [f"request leaves this machine: {url}" for url in self.off_host]
        )


def error_boxes(page) -> list[str]:
    """Texts of exceptions and st.error boxes shown on the page."""
    selector = '[data-testid="stException"], [data-testid="stAlertContentError"]'
    return [box.inner_text().strip()[:500] for box in page.query_selector_all(selector)]
