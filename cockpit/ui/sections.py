"""Building blocks that let a page read as its own table of contents.

A page is a header, a guard, then sections; each section is a titled block whose body is one call
into cockpit.views, and which ends with the date its data is as of:

    page_header(t("page_wlan"), t("wlan_intro"))
    stop_if(hotspots.empty, t("empty_selection"))
    with section(t("wlan_over_time"), as_of=viewer.reference_date):
        views.wlan.over_time(viewer)
"""

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import streamlit as st

from cockpit.i18n import translator
from cockpit.ui.charts import as_of_caption
from cockpit.ui.context import language
from cockpit.ui.downloads import exports_as_of
from cockpit.viewer import Viewer


def page_header(title: str, intro: str | None = None) -> None:
    """The page's language for the browser (<html lang>), the page title and one line saying what it answers."""
    document_language(language())
    st.title(title)
    if intro:
        st.caption(intro)


def document_language(lang: str) -> None:
    """Set <html lang="de"> (or "en") on the page: Streamlit's own page says lang="en" whatever the interface
    language, so screen readers would read German with English rules. A script in the page itself (st.html runs
    it in the document, no iframe), nothing loaded from anywhere."""
    script = f"<script>document.documentElement.lang = {json.dumps(lang)};</script>"
    st.sidebar.html(script, unsafe_allow_javascript=True)  # in the sidebar: no gap above the page title


def stop_if(condition: bool, message: str) -> None:
    """The guard: when there is nothing to show, say so and render nothing more."""
    if condition:
        st.info(message)
        st.stop()


@contextmanager
def section(
    title: str | None,
    caption: str | None = None,
    as_of=None,
    as_of_labels: tuple[str, str] = ("Datenstand", "Data as of"),
) -> Iterator[None]:
    """A titled block; with as_of, it ends with the date its data is as of (labels: German, English), and the
    downloads in it carry that date (cockpit.ui.downloads.with_as_of)."""
    if title:
        st.subheader(title)
    if caption:
        st.caption(caption)
    with exports_as_of(as_of):
        yield
    if as_of is not None:
        as_of_caption(as_of, *as_of_labels)


REFERENCE_DATE_LABELS = ("Stichtag", "Reference date")


def today_value_caption(viewer: Viewer, figures: str, data_as_of: dt.date | pd.Timestamp | None = None) -> None:
    """Say that `figures` (their names, in the viewer's language) show today's values, not the Stichtag's: their
    delivery keeps no history (README, "Stichtag"). Said only when it matters: with data_as_of (the day the
    values are as of), when that day lies after the Stichtag; without, when the Stichtag lies before today."""
    if data_as_of is None:
        applies = viewer.reference_date < viewer.day
    else:
        applies = not pd.isna(data_as_of) and pd.Timestamp(data_as_of).date() > viewer.reference_date
    if applies:
        st.caption(translator(viewer.language)("as_of_today_no_history", figures=figures))
