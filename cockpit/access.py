"""Who may see what: the access rules of .streamlit/secrets.toml, validated, and a user's grant. Plain Python.

The [access] section maps the groups of the ID token (the claim named by `groups_claim`) and single
users (by e-mail or subject) to a role and, for a department, its units:

    [access]
    groups_claim = "groups"
    [access.groups]
    smart-city-stabsstelle = { role = "cdo" }
    fb-61 = { role = "department", units = ["61"] }
    [access.users]
    "leitung.fb66@braunschweig.de" = { role = "department", units = ["66", "68"] }

Fail closed: a missing or malformed section raises AccessConfigError naming the key and what was
expected; a user no rule names gets no grant (and sees nothing). A user rule wins over group rules;
several department groups add up their units; group rules of different roles are a conflict, not
the broader one of them.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from cockpit.viewer import DEPARTMENT, ROLES, Scope, Viewer

DEFAULT_GROUPS_CLAIM = "groups"
# st.login's [auth] section with one (the default) provider; Streamlit reads it, we check it first.
AUTH_KEYS = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")
MIN_COOKIE_SECRET_CHARS = 32


class AccessConfigError(ValueError):
    """The [access] section is missing or malformed; the message names the key and what was expected."""


@dataclass(frozen=True)
class Grant:
    role: str
    units: tuple[str, ...] | None  # None: everything (every role but department)

    def viewer_fields(self) -> dict:
        return {"role": self.role, "scope": Scope(units=self.units)}


@dataclass(frozen=True)
class Refusal:
    """Why a signed-in user gets nothing: 'unknown' (no rule names them) or 'conflict' (rules disagree)."""

    reason: str
    detail: str = ""


@dataclass(frozen=True)
class AccessRules:
    groups_claim: str
    groups: Mapping[str, Grant]
    users: Mapping[str, Grant]

    def grant_for(self, claims: Mapping) -> Grant | Refusal:
        """The grant of the user with these ID-token claims (email, sub, and the groups claim)."""
        for key in (claims.get("email"), claims.get("sub")):
            if isinstance(key, str) and key.strip().lower() in self.users:
                return self.users[key.strip().lower()]
        member_of = claims.get(self.groups_claim) or []
        if isinstance(member_of, str):
            member_of = [member_of]
        grants = [self.groups[g] for g in member_of if isinstance(g, str) and g in self.groups]
        if not grants:
            return Refusal("unknown")
        roles = {grant.role for grant in grants}
        if len(roles) > 1:
            return Refusal("conflict", ", ".join(sorted(roles)))
        if roles == {DEPARTMENT}:
            return Grant(DEPARTMENT, tuple(sorted({unit for grant in grants for unit in grant.units})))
        return grants[0]


def check_sign_in(section: object) -> None:
    """Raise AccessConfigError unless [auth] holds everything st.login needs."""
    if not isinstance(section, Mapping) or not section:
        raise AccessConfigError(f"Abschnitt [auth] fehlt; erwartet: {', '.join(AUTH_KEYS)}")
    for key in AUTH_KEYS:
        value = section.get(key)
        if not isinstance(value, str) or not value.strip():
            raise AccessConfigError(f"auth.{key}: erwartet ein nicht leerer Text")
    if len(section["cookie_secret"]) < MIN_COOKIE_SECRET_CHARS:
        raise AccessConfigError(f"auth.cookie_secret: erwartet mindestens {MIN_COOKIE_SECRET_CHARS} zufällige Zeichen")
    for key in ("redirect_uri", "server_metadata_url"):
        if not section[key].startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise AccessConfigError(f"auth.{key}: erwartet eine https://-Adresse (http nur auf diesem Rechner)")


def parse_access(section: object) -> AccessRules:
    """Validate the [access] section (a mapping as st.secrets gives it) into AccessRules."""
    if not isinstance(section, Mapping) or not section:
        raise AccessConfigError("Abschnitt [access] fehlt oder ist leer; erwartet: Rollen für Gruppen oder Personen")
    claim = section.get("groups_claim", DEFAULT_GROUPS_CLAIM)
    if not isinstance(claim, str) or not claim.strip():
        raise AccessConfigError(f'access.groups_claim: erwartet der Name eines Claims wie "groups", nicht {claim!r}')
    unknown = set(section) - {"groups_claim", "groups", "users"}
    if unknown:
        raise AccessConfigError(
            f"access: unbekannte Schlüssel {sorted(unknown)}; erwartet: groups_claim, groups, users"
        )
    groups = _grants(section.get("groups", {}), "access.groups")
    users = {name.strip().lower(): grant for name, grant in _grants(section.get("users", {}), "access.users").items()}
    if not groups and not users:
        raise AccessConfigError("access: keine einzige Regel; erwartet: [access.groups] oder [access.users]")
    return AccessRules(claim.strip(), groups, users)


def _grants(table: object, where: str) -> dict[str, Grant]:
    if not isinstance(table, Mapping):
        raise AccessConfigError(f"{where}: erwartet eine Tabelle von Namen zu {{ role = ..., units = [...] }}")
    return {str(name): _grant(rule, f"{where}.{name}") for name, rule in table.items()}


def _grant(rule: object, where: str) -> Grant:
    if not isinstance(rule, Mapping):
        raise AccessConfigError(f"{where}: erwartet {{ role = ..., units = [...] }}, gefunden {rule!r}")
    unknown = set(rule) - {"role", "units"}
    if unknown:
        raise AccessConfigError(f"{where}: unbekannte Schlüssel {sorted(unknown)}; erwartet: role, units")
    role = rule.get("role")
    if role not in ROLES:
        raise AccessConfigError(f"{where}.role: erwartet eine von {', '.join(ROLES)}, gefunden {role!r}")
    units = rule.get("units")
    if role != DEPARTMENT:
        if units is not None:
            raise AccessConfigError(
                f"{where}.units: nur die Rolle {DEPARTMENT} hat Einheiten; die Rolle {role} sieht alles"
            )
        return Grant(role, None)
    if isinstance(units, str) or not isinstance(units, list | tuple):
        raise AccessConfigError(f'{where}.units: erwartet eine Liste wie ["61", "65"], gefunden {units!r}')
    if not units or not all(isinstance(u, str) and u.strip() for u in units):
        raise AccessConfigError(f"{where}.units: erwartet mindestens eine Einheit, jede ein nicht leerer Text")
    return Grant(DEPARTMENT, tuple(sorted({u.strip() for u in units})))


def signed_in_viewer(claims: Mapping, rules: AccessRules, **viewer_fields) -> Viewer | Refusal:
    """The Viewer of a signed-in user, or why they get nothing."""
    grant = rules.grant_for(claims)
    if isinstance(grant, Refusal):
        return grant
    who = claims.get("email") or claims.get("sub")
    return Viewer(who=str(who), **grant.viewer_fields(), **viewer_fields)
