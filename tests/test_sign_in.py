"""Sign-in and roles at the door of every run (AppTest signs in through st.user, as Streamlit's test harness
does; tests/test_sign_in_browser.py signs in through the real provider): fail closed on missing or malformed
configuration, unknown users and anonymous visitors; each role sees its own pages and nothing more.
"""

import json

import pytest
from streamlit.testing.v1 import AppTest

from cockpit import audit
from cockpit.access import AccessConfigError, parse_access
from cockpit.demo_sign_in import demo_access, demo_claims
from tests.conftest import APP_TIMEOUT_S, DASHBOARD, TEST_SECRETS

CDO_CLAIMS = {"is_logged_in": True, "email": "cdo@braunschweig.example", "groups": ["smart-city-stabsstelle"]}


def _dashboard(monkeypatch, app_warehouse, secrets: dict, user: dict) -> AppTest:
    app = AppTest.from_file(str(DASHBOARD), default_timeout=APP_TIMEOUT_S)
    app.secrets.update(secrets)
    app.user = user
    return app.run()


def _shows_data(app: AppTest) -> bool:
    """Any figure, table, chart or filter: what a visitor without a grant must never see."""
    return bool(len(app.metric) or len(app.dataframe) or app.get("plotly_chart") or len(app.multiselect))


def _plain(text: str) -> str:
    """Text as the reader sees it: without the Markdown escapes and word joiners that keep it literal."""
    return text.replace("\\", "").replace("\u2060", "")


def test_anonymous_visitor_gets_the_sign_in_screen_and_no_figure(monkeypatch, app_warehouse):
    app = _dashboard(monkeypatch, app_warehouse, TEST_SECRETS, {"is_logged_in": False})
    assert not app.exception
    assert [b.label for b in app.button] == ["Anmelden"]
    assert not _shows_data(app)


@pytest.mark.parametrize(
    ("secrets", "named"),
    [
        ({}, "[auth]"),
        ({"auth": TEST_SECRETS["auth"]}, "[access]"),
        ({"auth": {**TEST_SECRETS["auth"], "cookie_secret": "kurz"}, "access": demo_access()}, "auth.cookie_secret"),
        ({"auth": {**TEST_SECRETS["auth"], "client_id": ""}, "access": demo_access()}, "auth.client_id"),
        (
            {"auth": TEST_SECRETS["auth"], "access": {"groups": {"smart-city-stabsstelle": {"role": "chef"}}}},
            "access.groups.smart-city-stabsstelle.role",
        ),
        (
            {"auth": TEST_SECRETS["auth"], "access": {"groups": {"fb": {"role": "department", "units": "61"}}}},
            "access.groups.fb.units",
        ),
    ],
    ids=["no-file", "no-access", "short-cookie-secret", "empty-client-id", "unknown-role", "units-as-string"],
)
def test_missing_or_malformed_configuration_shows_nothing_and_says_why(monkeypatch, app_warehouse, secrets, named):
    """Even a signed-in CDO sees no figure when the configuration is broken: the reason names the key."""
    app = _dashboard(monkeypatch, app_warehouse, secrets, CDO_CLAIMS)
    assert not app.exception
    assert not _shows_data(app)
    assert len(app.error) == 1
    assert "nicht eingerichtet" in app.error[0].value
    assert named.replace("[", "").replace("]", "") in _plain(app.error[0].value)


def test_a_grant_written_as_a_string_is_an_error_not_a_set_of_characters():
    with pytest.raises(AccessConfigError, match=r'erwartet eine Liste wie \["61", "65"\]'):
        parse_access({"users": {"x@braunschweig.de": {"role": "department", "units": "61"}}})


@pytest.mark.parametrize(
    "claims",
    [
        {"is_logged_in": True, "email": "fremd@example.org", "sub": "fremd@example.org"},
        {"is_logged_in": True, "email": "fremd@example.org", "groups": ["irgendwer"]},
        {"is_logged_in": True, "email": "zwei@example.org", "groups": ["smart-city-board", "fb-61"]},
    ],
    ids=["no-groups", "unknown-group", "conflicting-roles"],
)
def test_a_signed_in_user_without_a_clear_grant_sees_nothing(monkeypatch, app_warehouse, audit_log, claims):
    app = _dashboard(monkeypatch, app_warehouse, TEST_SECRETS, claims)
    assert not app.exception
    assert not _shows_data(app)
    assert claims["email"] in _plain(app.error[0].value)
    assert [b.label for b in app.button] == ["Abmelden"]
    refused = [e for e in audit.read() if e["event"] == "sign_in_refused" and e["user"] == claims["email"]]
    assert refused


def test_department_groups_add_up_their_units():
    rules = parse_access(demo_access())
    grant = rules.grant_for({"email": "x@braunschweig.de", "groups": ["fb-61", "fb-40"]})
    assert (grant.role, grant.units) == ("department", ("40", "61"))


def test_a_user_rule_wins_over_group_rules():
    rules = parse_access({**demo_access(), "users": {"Leitung@Braunschweig.de": {"role": "board"}}})
    assert rules.grant_for({"email": "leitung@braunschweig.de", "groups": ["fb-61"]}).role == "board"


@pytest.mark.parametrize("user", ["cdo", "board", "fb61", "forum"])
def test_each_role_gets_its_pages_and_says_who_is_signed_in(read_page, user):
    app = read_page(None, user=user)
    assert not app.exception
    sidebar = " ".join(c.value for c in app.sidebar.caption)
    assert f"{user}@braunschweig.example" in _plain(sidebar)
    label = {"cdo": "CDO / Stabsstelle", "board": "Smart-City-Board", "fb61": "Fachbereich 61", "forum": "Forum"}
    assert label[user] in sidebar


def test_forum_sees_only_public_project_fields(read_page):
    app = read_page("pages/project_list.py", user="forum")
    assert not app.exception
    columns = set(app.dataframe[0].value.columns)
    assert {"Nr.", "Titel", "Federführung", "Handlungsfeld", "Phase"} <= columns
    hidden = {"Status", "Termine", "Budget", "Gesamtbudget", "Fertigstellung", "Priorität", "Letzter Bericht"}
    assert not columns & hidden, columns & hidden


def test_forum_cannot_open_internal_pages(run_page):
    # /budget-foerderung is not registered for the role: the address leads to the Forum's first page
    app = run_page("pages/budget.py", user="forum")
    assert [title.value for title in app.title] == ["Projektliste"]
    assert not any("Budget" in element.value for element in [*app.header, *app.subheader, *app.metric])


def test_a_sign_in_is_written_to_the_audit_log_once_with_role_and_scope(run_page, audit_log):
    claims = {**demo_claims("fb66"), "iat": 1_796_000_000}  # the ID token's issue time names the sign-in
    for _ in range(2):  # two browser tabs: two sessions, one sign-in
        run_page(None, user=claims)
    entries = [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]
    signed_in = [e for e in entries if e["event"] == "sign_in" and e["user"] == "fb66@braunschweig.example"]
    assert len(signed_in) == 1
    assert (signed_in[0]["role"], signed_in[0]["scope"]) == ("department", ["66"])


def test_sign_in_is_written_to_the_audit_log_with_role_and_scope(read_page, audit_log):
    read_page(None, user="fb61")
    entries = [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]
    signed_in = [e for e in entries if e["event"] == "sign_in" and e["user"] == "fb61@braunschweig.example"]
    assert signed_in and signed_in[-1]["role"] == "department" and signed_in[-1]["scope"] == ["61"]


def test_the_access_log_is_shown_to_the_stabsstelle_only(run_page, read_page, audit_log):
    run_page(None, user={**demo_claims("board"), "iat": 1_796_000_001})  # a sign-in to show
    cdo = run_page("pages/data_status.py", user="cdo")  # a fresh run: the log as it is now
    assert not cdo.exception
    assert "Protokoll der Zugriffe" in [s.value for s in cdo.subheader]
    log = cdo.dataframe[-1].value
    assert "board@braunschweig.example" in set(log["Person"])
    assert "Anmeldung" in set(log["Ereignis"])
    for user in ("board", "fb61"):
        other = read_page("pages/data_status.py", user=user)
        assert not other.exception
        assert "Protokoll der Zugriffe" not in [s.value for s in other.subheader]


def test_a_download_is_written_to_the_access_log_with_user_role_and_scope(run_page, audit_log):
    app = run_page("pages/project_list.py", user="fb61")
    next(b for b in app.get("download_button") if b.label == "Als CSV herunterladen").click().run()
    assert not app.exception
    entries = [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]
    downloads = [e for e in entries if e["event"] == "download" and e["user"] == "fb61@braunschweig.example"]
    assert downloads[-1]["details"] == {"file": "projektliste.csv"}
    assert (downloads[-1]["role"], downloads[-1]["scope"]) == ("department", ["61"])
