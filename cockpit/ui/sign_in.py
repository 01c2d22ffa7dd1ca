"""Sign-in at the door of every run: the configured OpenID Connect provider through st.login, then the role.

`signed_in_viewer_fields()` is the router's first step. It stops the run, showing only a message and
never a figure, when sign-in is not configured or malformed ([auth], [access] in .streamlit/secrets.toml),
when nobody is signed in (the sign-in screen, on every URL), or when the signed-in user has no grant.
Otherwise it returns who, role and scope for the run's Viewer.
"""

import logging

import streamlit as st

from cockpit import audit
from cockpit.access import AccessConfigError, AccessRules, Refusal, check_sign_in, parse_access, signed_in_viewer
from cockpit.presentation import markdown_text
from cockpit.ui.context import t
from cockpit.viewer import DEPARTMENT, Viewer

log = logging.getLogger("cockpit.sign_in")
SIGNED_IN_KEY = "audit_signed_in"  # who of this session is already in the audit log


def _secret_section(name: str) -> object:
    """A section of secrets.toml; a missing or unreadable file counts as a missing section."""
    try:
        return st.secrets.get(name)
    except Exception as error:  # noqa: BLE001 - Streamlit raises several kinds for a missing or broken file
        log.error("secrets.toml could not be read: %s", error)
        return None


def _access_rules() -> AccessRules:
    check_sign_in(_secret_section("auth"))
    return parse_access(_secret_section("access"))


def _claims() -> dict:
    return dict(st.user.to_dict()) if st.user.get("is_logged_in", False) else {}


def signed_in_viewer_fields() -> dict:
    """who, role and scope of the signed-in user, or the run stops with the reason on screen."""
    try:
        rules = _access_rules()
    except AccessConfigError as error:
        log.error("sign-in is not configured, showing nothing: %s", error)
        st.error(t("sign_in_not_configured", detail=markdown_text(error)), icon="🔒")
        st.stop()
    claims = _claims()
    if not claims:
        _sign_in_screen()
        st.stop()
    viewer = signed_in_viewer(claims, rules)
    if isinstance(viewer, Refusal):
        _refused(claims, viewer)
        st.stop()
    if st.session_state.get(SIGNED_IN_KEY) != viewer.who:  # once per session, and once per sign-in
        issued = claims.get("iat")
        if issued is None or not audit.has_sign_in(viewer.who, issued):
            audit.record("sign_in", viewer, signed_in_at=issued)
        st.session_state[SIGNED_IN_KEY] = viewer.who
    return {"who": viewer.who, "role": viewer.role, "scope": viewer.scope}


def _sign_in_screen() -> None:
    st.title(t("sign_in_title"))
    st.write(t("sign_in_intro"))
    st.button(t("sign_in_button"), type="primary", on_click=st.login)


def _refused(claims: dict, refusal: Refusal) -> None:
    who = str(claims.get("email") or claims.get("sub") or "?")
    log.warning("signed-in user %r has no grant (%s %s), showing nothing", who, refusal.reason, refusal.detail)
    if st.session_state.get(SIGNED_IN_KEY) != who:
        audit.record("sign_in_refused", None, who=who, reason=refusal.reason)
        st.session_state[SIGNED_IN_KEY] = who
    if refusal.reason == "conflict":
        st.error(t("sign_in_conflict", who=markdown_text(who), roles=markdown_text(refusal.detail)), icon="🔒")
    else:
        st.error(t("sign_in_unknown_user", who=markdown_text(who)), icon="🔒")
    st.button(t("sign_out_button"), on_click=st.logout)


def role_label(viewer: Viewer) -> str:
    if viewer.role == DEPARTMENT:
        return t("role_department", units=", ".join(viewer.scope.units))
    return t(f"role_{viewer.role}")


def signed_in_sidebar(viewer: Viewer) -> None:
    """Who is signed in, in which role, and the way out."""
    st.sidebar.caption(t("signed_in_as", who=markdown_text(viewer.who), role=role_label(viewer)))
    st.sidebar.button(t("sign_out_button"), on_click=st.logout, key="sign_out")
