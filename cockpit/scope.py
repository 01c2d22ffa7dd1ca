"""Who may see what: the viewer's scope, decided on the server, never by a widget or the URL.

A scope is everything (the Stabsstelle, the CDO) or a set of lead units (a department head).
Until sign-in lands, the scope comes from the deployment: the environment variable
COCKPIT_SCOPE_UNITS (e.g. "61,65") or, for a signed-in user, the [scopes] table in
.streamlit/secrets.toml keyed by the user's e-mail. Sign-in (st.login) plugs in here.
"""

import os
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class Scope:
    """units=None: everything; otherwise only projects led by these units."""

    units: tuple[str, ...] | None = None

    @property
    def is_everything(self) -> bool:
        return self.units is None

    def allows(self, unit_id: str) -> bool:
        return self.units is None or unit_id in self.units


EVERYTHING = Scope()


def _units(text: str) -> tuple[str, ...]:
    return tuple(sorted({u.strip() for u in text.split(",") if u.strip()}))


def viewer_scope() -> Scope:
    """The scope of the person using this session, derived anew on every run."""
    email = getattr(st.user, "email", None) if st.user.get("is_logged_in", False) else None
    if email:
        scopes = st.secrets.get("scopes", {}) if st.secrets else {}
        granted = scopes.get(email)
        if granted is None:
            return Scope(units=())
        return EVERYTHING if granted == "*" else Scope(units=_units(",".join(granted)))
    configured = os.environ.get("COCKPIT_SCOPE_UNITS")
    return Scope(units=_units(configured)) if configured else EVERYTHING
