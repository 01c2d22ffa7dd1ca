"""Meetings belong to a scope: who prepares, replaces, lists and opens which meeting. Plain Python.

A meeting's identity is (scope, name, date): the scope is part of its slug and file name, so a
department's "Smart-City-Board 4/2026" is another file than the Stabsstelle's whole-portfolio one.

- Preparing (and replacing) is for viewer.may_prepare_meetings (the Stabsstelle and departments), and
  always for the preparer's own scope: only the Stabsstelle with everything prepares whole-portfolio
  meetings, a department only meetings of exactly its units. Board and Forum prepare nothing.
- Seeing (listing, opening, the papers): everyone but the Forum, and only meetings within their scope
  (a viewer with everything sees all; a department the meetings of its units).
Whatever a viewer may not see does not exist for them: no message, listing or error tells it apart
from a meeting that was never prepared.
"""

import hashlib
import re

from cockpit.viewer import Scope, Viewer

SCOPE_TAG_MAX_CHARS = 20  # "_fb-61-65": the scope's part of a department meeting's slug


class MeetingPermissionError(PermissionError):
    """This viewer may not prepare (or replace) meetings; the message says so in German."""


def preparing_scope(viewer: Viewer) -> Scope:
    """The scope of the meetings this viewer prepares and replaces: their own, exactly.

    Raises MeetingPermissionError for the Board and the Forum, and for a scope without units."""
    if not viewer.may_prepare_meetings:
        raise MeetingPermissionError(
            "Sitzungen bereiten die Stabsstelle (gesamtes Portfolio) und die Fachbereiche (eigene Projekte) vor."
        )
    if viewer.scope.units == ():
        raise MeetingPermissionError("Ohne federführende Einheit gibt es keine Sitzung vorzubereiten.")
    return viewer.scope


def may_see(viewer: Viewer, meeting_units: tuple[str, ...] | None) -> bool:
    """May this viewer list, open and download a meeting of this scope (None: the whole portfolio)?"""
    if not viewer.sees_internal:
        return False
    if viewer.scope.is_everything:
        return True
    return meeting_units is not None and set(meeting_units) <= set(viewer.scope.units)


def narrowed(meeting_units: tuple[str, ...] | None, viewer: Viewer) -> Scope:
    """The meeting's scope within the viewer's (what a reader of the meeting's figures may see)."""
    if viewer.scope.is_everything:
        return Scope(units=meeting_units)
    if meeting_units is None:
        return viewer.scope
    return Scope(units=tuple(u for u in meeting_units if u in viewer.scope.units))


def scope_tag(units: tuple[str, ...] | None) -> str:
    """'' for the whole portfolio; 'fb-61' or 'fb-61-65' for units; IDs that are not plain lower-case
    letters and digits, or too many of them, get a short hash of the exact IDs: tags never collide."""
    if units is None:
        return ""
    plain = "-".join(units)
    if units and all(re.fullmatch(r"[a-z0-9]+", u) for u in units) and len(plain) + 3 <= SCOPE_TAG_MAX_CHARS:
        return f"fb-{plain}"
    digest = hashlib.sha256("\n".join(units).encode()).hexdigest()[:8]
    readable = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[: SCOPE_TAG_MAX_CHARS - 3 - 9].strip("-")
    return f"fb-{readable}-{digest}" if readable else f"fb-{digest}"
