"""The access log on Datenstand: who signed in, prepared meetings and downloaded what, latest first."""

import pandas as pd
import streamlit as st

from cockpit.i18n import TEXTS, translator
from cockpit.ui.charts import as_of_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import Viewer
from cockpit.views import common


def _scope(value, tr) -> str:
    if value == "*":
        return tr("filter_all")
    return ", ".join(value) if isinstance(value, list) else "–"


def _details(value: dict, tr) -> str:
    """What happened, in words: the file downloaded, the meeting prepared (the sign-in's token time is left out)."""
    shown = {key: text for key, text in (value or {}).items() if key != "signed_in_at" and text is not None}
    return ", ".join(
        f"{tr('audit_detail_' + key) if 'audit_detail_' + key in TEXTS else key}: {text}" for key, text in shown.items()
    )


def table(viewer: Viewer, rows: pd.DataFrame) -> None:
    """The log as text (the page shows it to the Stabsstelle only), with CSV and Excel of the same rows."""
    tr = translator(viewer.language)
    if rows.empty:
        st.info(tr("audit_empty"))
        return
    shown = pd.DataFrame(
        {
            tr("audit_at"): [tr.datetime(at) for at in rows["at"]],
            tr("audit_event"): [tr(f"audit_event_{event}") for event in rows["event"]],
            tr("audit_user"): rows["user"].fillna("–"),
            tr("audit_role"): [tr(f"audit_role_{role}") if isinstance(role, str) else "–" for role in rows["role"]],
            tr("audit_scope"): [_scope(value, tr) for value in rows["scope"]],
            tr("audit_details"): [_details(value, tr) for value in rows["details"]],
        }
    )
    height = common.table_height(len(shown), 420)
    show_table(shown, hide_index=True, width="stretch", height=height, download="zugriffsprotokoll", as_of=viewer.day)
    as_of_caption(viewer.day, *TEXTS["as_of_label"])
