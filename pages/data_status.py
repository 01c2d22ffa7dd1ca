"""Datenstand: what was loaded when, from which files, what is set aside, and how current each source is."""

import streamlit as st

from cockpit import formatting
from cockpit.data_access import status
from cockpit.i18n import language, t
from cockpit.scope import viewer_scope

QUARANTINE_ROWS_SHOWN = 1000
lang = language()
scope = viewer_scope()

st.title(t("page_data_status"))
runs = status.load_runs(scope)
loaded = runs[runs["status"] == "loaded"]
last = loaded.iloc[0]
st.caption(f"{t('data_as_of')}: {formatting.datetime(last['finished_at'], lang)}")

first, second, third, fourth = st.columns(4)
first.metric(t("last_load"), formatting.datetime(last["finished_at"], lang))
second.metric(t("files"), formatting.number(last["files"], lang=lang))
third.metric(t("rows_loaded"), formatting.number(last["rows_loaded"], lang=lang))
fourth.metric(t("rows_quarantined"), formatting.number(last["rows_quarantined"], lang=lang))

st.subheader(t("deliveries"))
deliveries = status.delivery_overview(scope)
st.dataframe(
    {
        t("delivery"): deliveries["delivery_label"],
        t("mode"): [t(f"mode_{m}") for m in deliveries["mode"]],
        t("files"): [formatting.number(v, lang=lang) for v in deliveries["files"]],
        t("rows_loaded"): [formatting.number(v, lang=lang) for v in deliveries["rows_loaded"]],
        t("rows_quarantined"): [formatting.number(v, lang=lang) for v in deliveries["rows_quarantined"]],
        t("latest_data"): [formatting.date(v, lang) for v in deliveries["latest_at"]],
        t("freshness"): [t(f) for f in deliveries["freshness"]],
    },
    hide_index=True,
    width="stretch",
)

st.subheader(t("quarantine"))
total = status.quarantine_count(scope)
if total == 0:
    st.info(t("quarantine_empty"))
else:
    st.write(t("quarantine_intro"))
    rows = status.quarantine(scope, QUARANTINE_ROWS_SHOWN)
    table = {
        t("delivery"): rows["delivery_label"],
        t("file"): rows["source_file"],
        t("row"): rows["source_row"],
        t("column"): rows["column_label"],
        t("value"): rows["value"],
        t("reason"): rows["message"],
    }
    st.dataframe(table, hide_index=True, width="stretch")
    if total > len(rows):
        st.caption(
            t("shown_rows", shown=formatting.number(len(rows), lang=lang), total=formatting.number(total, lang=lang))
        )

st.subheader(t("load_log"))
st.dataframe(
    {
        t("finished_at"): [formatting.datetime(v, lang) for v in runs["finished_at"]],
        t("status"): [t(f"run_{s}") for s in runs["status"]],
        t("files"): runs["files"],
        t("rows_loaded"): [formatting.number(v, lang=lang) for v in runs["rows_loaded"]],
        t("rows_quarantined"): [formatting.number(v, lang=lang) for v in runs["rows_quarantined"]],
        t("findings"): runs["findings_count"],
        t("seconds"): [formatting.number(v, 1, lang) for v in runs["seconds"]],
    },
    hide_index=True,
    width="stretch",
)
rejected = runs[runs["findings_count"] > 0]
for _, run in rejected.head(5).iterrows():
    status = t("run_" + run["status"])
    with st.expander(f"{t('rejected_findings')}: {formatting.datetime(run['finished_at'], lang)} ({status})"):
        st.text("\n".join(run["findings"]))
