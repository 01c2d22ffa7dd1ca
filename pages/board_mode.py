"""Sitzungsmodus: prepare a meeting (freeze the data), open prepared meetings, present them on the wall.

?sitzung=<slug>&folie=N shows one slide full-screen, without Streamlit's chrome; the arrow and page
keys of a presentation clicker move between slides. Without ?sitzung the page lists and prepares.
"""

import datetime as dt

import streamlit as st

from cockpit import formatting
from cockpit.board import projector
from cockpit.board.pack import pdf_bytes, pptx_bytes
from cockpit.board.slides import build_slides, compare_with_live
from cockpit.board.snapshots import (
    MeetingExistsError,
    MeetingNotFoundError,
    list_meetings,
    open_meeting,
    prepare_meeting,
)
from cockpit.data_access.board import next_board_meeting
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import plotly_config
from cockpit.scope import viewer_scope

AUTO_ADVANCE_SECONDS = 20

scope = viewer_scope()
lang = language()


def _go_to(number: int) -> None:
    st.query_params["folie"] = str(number)


def _leave() -> None:
    for key in ("sitzung", "folie"):
        st.query_params.pop(key, None)


def _present(slug: str) -> None:
    try:
        meeting = open_meeting(slug, scope=scope)
    except MeetingNotFoundError:
        st.title(t("board_mode_title"))
        st.error(t("board_not_found"))
        st.button(t("board_exit"), on_click=_leave)
        return
    slides = build_slides(meeting, lang)
    try:
        number = min(max(int(st.query_params.get("folie", "1")), 1), len(slides))
    except ValueError:
        number = 1
    slide = slides[number - 1]
    st.html(projector.PRESENTING_CSS)
    if slide.key != "title":
        st.html(projector.header_html(slide))
    if slide.figure is not None:
        text_column, figure_column = st.columns([5, 6], gap="large")
        text_column.html(projector.body_html(slide, lang))
        with figure_column.container(key=projector.FIGURE_KEY):
            st.plotly_chart(
                projector.wall_figure(slide.figure),
                config=plotly_config(),
                height="stretch",
                key=f"board_chart_{slide.key}",
            )
    else:
        st.html(projector.body_html(slide, lang))
    with st.container(key="board_nav", horizontal=True, vertical_alignment="center"):
        st.button(
            t("board_previous"), key=projector.PREVIOUS_KEY, on_click=_go_to, args=(number - 1,), disabled=number == 1
        )
        st.html(
            f'<div class="board-counter">{t("board_counter", number=number, total=len(slides))}</div>', width="content"
        )
        st.button(
            t("board_next"), key=projector.NEXT_KEY, on_click=_go_to, args=(number + 1,), disabled=number == len(slides)
        )
        auto = st.toggle(t("board_auto"), key="board_auto")
        st.button(t("board_exit"), key="board_exit", on_click=_leave)
    st.html(projector.CLICKER_JS, unsafe_allow_javascript=True)
    if auto and number < len(slides):
        _auto_advance(slug, number)


@st.fragment(run_every=AUTO_ADVANCE_SECONDS)
def _auto_advance(slug: str, number: int) -> None:
    """Runs with the slide, then every AUTO_ADVANCE_SECONDS: the second time, it moves on."""
    shown = (slug, number)
    if st.session_state.get("board_auto_shown") != shown:
        st.session_state["board_auto_shown"] = shown
        return
    _go_to(number + 1)
    st.rerun(scope="app")


def _prepare_form() -> None:
    today = dt.date.today()
    upcoming = next_board_meeting(scope, today)
    st.subheader(t("board_prepare"))
    with st.form("board_prepare_form"):
        name = st.text_input(t("board_name"), value=upcoming[1] if upcoming else "")
        left, middle, right = st.columns(3)
        meeting_date = left.date_input(
            t("board_meeting_date"), value=upcoming[0] if upcoming else today, format="DD.MM.YYYY"
        )
        data_as_of = middle.date_input(
            t("board_data_as_of"), value=today.replace(day=1) - dt.timedelta(days=1), format="DD.MM.YYYY"
        )
        right.text_input(
            t("board_scope"),
            disabled=True,
            value=t("board_scope_all") if scope.is_everything else ", ".join(scope.units),
        )
        replace = st.checkbox(t("board_replace"))
        submitted = st.form_submit_button(t("board_prepare_button"), type="primary")
    if not submitted:
        return
    if not name.strip():
        st.error(t("board_name_missing"))
        return
    try:
        meeting = prepare_meeting(name, meeting_date, data_as_of, scope, replace=replace)
    except MeetingExistsError:
        st.error(t("board_exists"))
        return
    st.success(t("board_prepared", name=meeting.name, date=formatting.date(meeting.data_as_of, lang)))


def _open(slug: str) -> None:
    st.query_params["sitzung"] = slug
    _go_to(1)


def _meeting_list(meetings) -> None:
    st.subheader(t("board_meetings"))
    if not meetings:
        st.info(t("board_no_meetings"))
        return
    for meeting in meetings:
        units = meeting.scope_units
        line, button, pdf, pptx = st.columns([5, 1, 1, 1], vertical_alignment="center")
        line.markdown(
            t(
                "board_meeting_line",
                name=meeting.name,
                meeting=formatting.date(meeting.meeting_date, lang),
                data=formatting.date(meeting.data_as_of, lang),
                scope=t("board_scope_all") if units is None else ", ".join(units),
            )
        )
        button.button(t("board_present"), key=f"board_open_{meeting.slug}", on_click=_open, args=(meeting.slug,))
        # The papers are built only when clicked, from the same frozen slides as the wall.
        pdf.download_button(
            t("pack_download_pdf"),
            data=lambda m=meeting: pdf_bytes(build_slides(m, lang), m, lang),
            file_name=f"{meeting.slug}.pdf",
            mime="application/pdf",
            key=f"board_pdf_{meeting.slug}",
        )
        pptx.download_button(
            t("pack_download_pptx"),
            data=lambda m=meeting: pptx_bytes(build_slides(m, lang), m, lang),
            file_name=f"{meeting.slug}.pptx",
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            key=f"board_pptx_{meeting.slug}",
        )


def _comparison(meetings) -> None:
    if not meetings:
        return
    st.subheader(t("board_compare"))
    by_slug = {meeting.slug: meeting for meeting in meetings}
    slug = st.selectbox(
        t("board_compare_meeting"), list(by_slug), format_func=lambda s: by_slug[s].name, key="board_compare"
    )
    st.table(compare_with_live(by_slug[slug], current_filters().reference_date, lang), hide_index=True)


slug = st.query_params.get("sitzung")
if slug:
    _present(slug)
else:
    st.title(t("board_mode_title"))
    st.caption(t("board_mode_intro"))
    list_area = st.container()
    _prepare_form()
    prepared = list_meetings(scope)  # after the form, so a meeting just prepared is listed
    with list_area:
        _meeting_list(prepared)
    _comparison(prepared)
