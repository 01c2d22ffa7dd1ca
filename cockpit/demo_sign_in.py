"""The demo's own sign-in: a real OpenID Connect provider on 127.0.0.1 with one demo user per role.

    python -m cockpit.demo_sign_in run --port 8501 -- <dashboard command ...>

writes .streamlit/secrets.toml when it is missing (demo provider, demo access rules, a fresh cookie
secret, mode 0600), starts the demo provider (the oidc-provider-mock package) when the secrets point
at it, runs the dashboard command and stops the provider when the dashboard ends. A city points
secrets.toml at its own provider instead (README: "Sign-in and roles"); then no demo provider starts.
"""

import argparse
import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from common import settings

DEMO_IDP_PORT = 9400
SECRETS_PATH = settings.PROJECT_ROOT / ".streamlit" / "secrets.toml"
START_TIMEOUT_S = 60

# One demo user per role (sub = e-mail); the groups claim carries the role, as Keycloak or Entra ID would.
DEMO_USERS = {
    "cdo": {"sub": "cdo@braunschweig.example", "name": "Demo CDO", "groups": ["smart-city-stabsstelle"]},
    "board": {"sub": "board@braunschweig.example", "name": "Demo Board", "groups": ["smart-city-board"]},
    "fb61": {"sub": "fb61@braunschweig.example", "name": "Demo FB 61", "groups": ["fb-61"]},
    "fb66": {"sub": "fb66@braunschweig.example", "name": "Demo FB 66", "groups": ["fb-66"]},
    "forum": {"sub": "forum@braunschweig.example", "name": "Demo Forum", "groups": ["smart-city-forum"]},
}
DEMO_USER_ROLES = {"cdo": "cdo", "board": "board", "fb61": "department", "fb66": "department", "forum": "forum"}
DEPARTMENT_GROUPS = {"fb-61": ["61"], "fb-66": ["66"], "fb-40": ["40"], "fb-65": ["65"], "fb-bse": ["BSE"]}


def demo_access() -> dict:
    """The [access] section of the demo: groups to roles (and a department's units)."""
    groups = {
        "smart-city-stabsstelle": {"role": "cdo"},
        "smart-city-board": {"role": "board"},
        "smart-city-forum": {"role": "forum"},
    }
    groups.update({name: {"role": "department", "units": units} for name, units in DEPARTMENT_GROUPS.items()})
    return {"groups_claim": "groups", "groups": groups}


def demo_claims(user: str) -> dict:
    """The ID-token claims of a demo user ('cdo', 'fb61', …) as the provider issues them."""
    claims = dict(DEMO_USERS[user])
    claims["email"] = claims["sub"]
    return claims


def provider_url(port: int = DEMO_IDP_PORT) -> str:
    return f"http://127.0.0.1:{port}"


def demo_auth(dashboard_port: int, idp_port: int = DEMO_IDP_PORT, cookie_secret: str | None = None) -> dict:
    """The [auth] section for st.login against the demo provider (any client id and secret is accepted)."""
    return {
        "redirect_uri": f"http://127.0.0.1:{dashboard_port}/oauth2callback",
        "cookie_secret": cookie_secret or secrets.token_urlsafe(48),
        "client_id": "smart-city-cockpit",
        "client_secret": secrets.token_urlsafe(24),
        "server_metadata_url": f"{provider_url(idp_port)}/.well-known/openid-configuration",
    }


def _toml_value(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_toml_value(v)}" for key, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)  # strings and lists of strings are valid TOML this way


DEMO_MARKER = "# Sign-in of the demo (cockpit/demo_sign_in.py). Never commit this file."


def secrets_toml(auth: dict, access: dict) -> str:
    lines = [DEMO_MARKER, "[auth]"]
    lines += [f"{key} = {_toml_value(value)}" for key, value in auth.items()]
    lines += ["", "[access]", f"groups_claim = {_toml_value(access['groups_claim'])}", "", "[access.groups]"]
    lines += [f"{_toml_value(name)} = {_toml_value(rule)}" for name, rule in access["groups"].items()]
    return "\n".join(lines) + "\n"


def write_secrets(path: Path, text: str) -> None:
    """Create the file with mode 0600 from the first byte (it holds the cookie secret)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def follow_port(path: Path, port: int) -> None:
    """A demo secrets file written for another dashboard port gets this port's redirect address (the cookie
    secret stays); a city's own file is never touched."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith(DEMO_MARKER):
        return
    with path.open("rb") as handle:
        current = tomllib.load(handle)["auth"]["redirect_uri"]
    wanted = f"http://127.0.0.1:{port}/oauth2callback"
    if current != wanted:
        fresh = path.with_name(path.name + ".new")
        fresh.unlink(missing_ok=True)
        write_secrets(
            fresh, text.replace(f"redirect_uri = {json.dumps(current)}", f"redirect_uri = {json.dumps(wanted)}")
        )
        os.replace(fresh, path)
        print(f"Demo sign-in now redirects to port {port} ({path}).")


def provider_command(port: int) -> list[str]:
    command = [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1", "--port", str(port)]
    for user in DEMO_USERS:
        claims = demo_claims(user)
        command += ["--user-claims", json.dumps(claims)]
    return command


@contextlib.contextmanager
def running_provider(port: int = DEMO_IDP_PORT, log_path: Path | None = None) -> Iterator[str]:
    """The demo provider in a subprocess until the block ends; yields its issuer URL once it answers."""
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(provider_command(port), stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_answering(f"{provider_url(port)}/.well-known/openid-configuration", process)
        yield provider_url(port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log_path:
            log.close()


def _wait_until_answering(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the demo sign-in provider ended at start (exit {process.returncode}); port in use?")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"the demo sign-in provider did not answer at {url} within {START_TIMEOUT_S} s")


def _demo_provider_port(path: Path) -> int | None:
    """The port of the demo provider that secrets.toml points at; None when it points elsewhere."""
    with path.open("rb") as handle:
        url = tomllib.load(handle).get("auth", {}).get("server_metadata_url", "")
    prefix = "http://127.0.0.1:"
    if url.startswith(prefix) and url.endswith("/.well-known/openid-configuration"):
        return int(url[len(prefix) :].split("/", 1)[0])
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cockpit.demo_sign_in",
        description=__doc__.split("\n\n")[0],
        epilog="Everything after -- is the dashboard command, run while the demo provider is up.",
    )
    parser.add_argument("action", choices=["run"])
    parser.add_argument("--port", type=int, default=8501, help="the dashboard's port (for the redirect address)")
    parser.add_argument("--idp-port", type=int, default=DEMO_IDP_PORT)
    parser.add_argument("--secrets", type=Path, default=SECRETS_PATH, help="the secrets.toml to use or write")
    argv = sys.argv[1:] if argv is None else argv
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    command = argv[split + 1 :] or None  # the dashboard command after "--"
    if not args.secrets.exists():
        write_secrets(args.secrets, secrets_toml(demo_auth(args.port, args.idp_port), demo_access()))
        print(f"Demo sign-in written to {args.secrets} (mode 0600).")
    follow_port(args.secrets, args.port)
    demo_port = _demo_provider_port(args.secrets)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stop request ends the provider and dashboard too
    try:
        if demo_port is None:
            return _run(command)
        with running_provider(demo_port) as issuer:
            print(f"Demo sign-in provider at {issuer}; users: {', '.join(u['sub'] for u in DEMO_USERS.values())}")
            return _run(command)
    except KeyboardInterrupt:
        return 130


def _run(command: list[str] | None) -> int:
    """The dashboard command until it ends; stopped with us on any exit (Ctrl-C, SIGTERM)."""
    if not command:
        return 0
    process = subprocess.Popen(command)
    try:
        return process.wait()
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
