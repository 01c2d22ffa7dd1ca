"""The access log (cockpit.audit) as a table, for the role that may read it (the Stabsstelle)."""

import pandas as pd

from cockpit import audit
from cockpit.data_access.gate import NotInScope, audience
from cockpit.viewer import Viewer

COLUMNS = ["at", "event", "user", "role", "scope", "details"]


def access_log(viewer: Viewer, limit: int = 500) -> pd.DataFrame:
    """The latest events first; NotInScope for every role but the CDO's."""
    if not viewer.reads_audit_log or not viewer.scope.is_everything:
        raise NotInScope("the access log", ["audit"], audience(viewer))
    rows = pd.DataFrame(audit.read(limit), columns=COLUMNS)
    rows["at"] = pd.to_datetime(rows["at"])
    return rows
