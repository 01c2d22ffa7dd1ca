"""`make run`'s sign-in step for real: `python -m cockpit.demo_sign_in run -- <command>` writes the demo secrets
(0600, a fresh cookie secret), starts the demo provider on 127.0.0.1 while the command runs, and stops it after."""

import os
import signal
import socket
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

from cockpit.access import check_sign_in, parse_access
from common import settings
from tests.browser_support import free_port

# The command the provider runs beside: it fetches the provider's discovery document, as st.login does.
FETCH_DISCOVERY = """
import json, sys, urllib.request
url = sys.argv[1]
with urllib.request.urlopen(url, timeout=10) as response:
    print(json.load(response)["issuer"])
"""


def test_demo_sign_in_writes_secrets_and_serves_the_provider_only_while_the_dashboard_runs(tmp_path):
    secrets = tmp_path / "secrets.toml"
    port, idp_port = free_port(), free_port()
    discovery = f"http://127.0.0.1:{idp_port}/.well-known/openid-configuration"
    command = [sys.executable, "-m", "cockpit.demo_sign_in", "run", "--port", str(port), "--idp-port", str(idp_port)]
    command += ["--secrets", str(secrets), "--", sys.executable, "-c", FETCH_DISCOVERY, discovery]
    result = subprocess.run(command, cwd=settings.PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"http://127.0.0.1:{idp_port}" in result.stdout  # the command reached the provider
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    written = tomllib.loads(secrets.read_text(encoding="utf-8"))
    check_sign_in(written["auth"])  # what the dashboard checks at every run
    assert written["auth"]["redirect_uri"] == f"http://127.0.0.1:{port}/oauth2callback"
    assert len(parse_access(written["access"]).groups) >= 5
    with socket.socket() as probe:  # the provider has stopped with the command
        assert probe.connect_ex(("127.0.0.1", idp_port)) != 0


def test_an_existing_secrets_file_is_kept_with_its_cookie_secret(tmp_path):
    secrets = tmp_path / "secrets.toml"
    command = [sys.executable, "-m", "cockpit.demo_sign_in", "run", "--idp-port", str(free_port())]
    command += ["--secrets", str(secrets), "--", sys.executable, "-c", "pass"]
    subprocess.run(command, cwd=settings.PROJECT_ROOT, check=True, capture_output=True, timeout=120)
    first = secrets.read_text(encoding="utf-8")
    subprocess.run(command, cwd=settings.PROJECT_ROOT, check=True, capture_output=True, timeout=120)
    assert secrets.read_text(encoding="utf-8") == first  # sign-ins survive a restart


def test_a_demo_secrets_file_follows_the_dashboard_port_and_keeps_its_cookie_secret(tmp_path):
    secrets = tmp_path / "secrets.toml"
    base = [sys.executable, "-m", "cockpit.demo_sign_in", "run", "--idp-port", str(free_port())]
    cookie_secrets = set()
    for port in (8501, 8601):
        command = [*base, "--port", str(port), "--secrets", str(secrets), "--", sys.executable, "-c", "pass"]
        subprocess.run(command, cwd=settings.PROJECT_ROOT, check=True, capture_output=True, timeout=120)
        auth = tomllib.loads(secrets.read_text(encoding="utf-8"))["auth"]
        assert auth["redirect_uri"] == f"http://127.0.0.1:{port}/oauth2callback"
        cookie_secrets.add(auth["cookie_secret"])
    assert len(cookie_secrets) == 1
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600


# A stand-in for the dashboard: says who it is, then waits to be stopped.
WAIT_FOR_STOP = "import os, sys, threading; print(f'dashboard-pid={os.getpid()}', flush=True); threading.Event().wait()"


def test_stopping_make_run_stops_the_provider_and_the_dashboard(tmp_path):
    idp_port = free_port()
    command = [sys.executable, "-u", "-m", "cockpit.demo_sign_in", "run", "--idp-port", str(idp_port)]
    command += ["--secrets", str(tmp_path / "secrets.toml"), "--", sys.executable, "-c", WAIT_FOR_STOP]
    runner = subprocess.Popen(command, cwd=settings.PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        dashboard_pid = None
        for line in runner.stdout:  # the provider answers before the dashboard starts
            if line.startswith("dashboard-pid="):
                dashboard_pid = int(line.strip().split("=")[1])
                break
        assert dashboard_pid
        runner.send_signal(signal.SIGTERM)
        assert runner.wait(timeout=30) == 143
    finally:
        runner.kill()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", idp_port)) != 0  # the provider is gone
    try:
        os.kill(dashboard_pid, 0)
        alive = not Path(f"/proc/{dashboard_pid}/status").read_text().count("State:\tZ")
    except ProcessLookupError:
        alive = False
    assert not alive  # and so is the dashboard
