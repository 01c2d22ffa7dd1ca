"""Sitzungsmodus on the page: one slide on the wall, the form that prepares a meeting, the list of
prepared meetings with their papers, and a meeting's figures beside today's.

The slides, snapshots and packs come from cockpit.board (plain Python); this module only draws them.
"""

import streamlit as st

from cockpit import audit
from cockpit.board import projector
from cockpit.board.agenda import proposed_meeting
from cockpit.board.compare import compare_meetings, compare_with_live
from cockpit.board.model import Meeting, Slide
from cockpit.board.pack import pdf_bytes, pptx_bytes
from cockpit.board.scopes import MeetingPermissionError
from cockpit.board.slides import build_slides
from cockpit.board.snapshots import (
    MEETING_NAME_MAX_CHARS,
    MeetingExistsError,
    MeetingNameError,
    MeetingNotFoundError,
    meeting_file,
    open_meeting,
    prepare_meeting,
)
from cockpit.presentation import markdown_text, plotly_config
from cockpit.ui.charts import categories_in_words
from cockpit.ui.context import t, tr
from cockpit.ui.downloads import download_button
from cockpit.viewer import Viewer

AUTO_ADVANCE_SECONDS = 20


# ---- presenting: ?sitzung=<slug>&folie=N -----------------------------------------------------------


def _go_to(number: int) -> None:
    st.query_params["folie"] = str(number)


def _leave() -> None:
    for key in ("sitzung", "folie"):
        st.query_params.pop(key, None)


def _slide_number(total: int) -> int:
    """?folie=N, kept within 1..total (anything else in the URL: the first slide)."""
    try:
        return min(max(int(st.query_params.get("folie", "1")), 1), total)
    except ValueError:
        return 1


def present(viewer: Viewer, slug: str) -> None:
    """One slide of the meeting full-screen, with the navigation a presenter (or a clicker) uses."""
    lang = viewer.language
    try:
        meeting = open_meeting(slug, viewer)  # outside the viewer's scope: "not found", as for no such meeting
    except MeetingNotFoundError:
        st.title(t("board_mode_title"))
        st.error(t("board_not_found"))
        st.button(t("board_exit"), on_click=_leave)
        return
    slides = build_slides(meeting, lang, viewer)
    number = _slide_number(len(slides))
    slide = slides[number - 1]
    st.html(projector.PRESENTING_CSS)
    if slide.key != "title":
        st.html(projector.header_html(slide))
    if slide.figure is not None:
        text_column, figure_column = st.columns([5, 6], gap="large")
        text_column.html(projector.body_html(slide, lang))
        words = slide_in_words(slide)
        with figure_column.container(key=projector.FIGURE_KEY):
            st.plotly_chart(
                projector.wall_figure(slide.figure),
                config=plotly_config(lang),
                height="stretch",
                key=f"board_chart_{slide.key}",
                alt=words or None,  # for screen readers only: on the wall the text column says it in large type
            )
    else:
        st.html(projector.body_html(slide, lang))
    auto = _navigation(number, len(slides))
    st.html(projector.CLICKER_JS, unsafe_allow_javascript=True)
    if auto and number < len(slides):
        _auto_advance(slug, number)


def slide_in_words(slide: Slide) -> str:
    """The slide's bar chart in words (its text alternative, as every chart has): the slide's title, the highest
    and the lowest bar with the value the bar shows; '' for a chart without bars."""
    bars = [trace for trace in slide.figure.data if trace.type == "bar"]
    if not bars:
        return ""
    bar = bars[0]
    values = list(bar.y if bar.y is not None else [])
    texts = (
        list(bar.text) if bar.text is not None and not isinstance(bar.text, str) else [tr().number(v) for v in values]
    )
    return categories_in_words(slide.title, list(bar.x), values, texts)


def _navigation(number: int, total: int) -> bool:
    """Back, the counter, next, auto-advance and end in one row; True when auto-advance is on."""
    with st.container(key="board_nav", horizontal=True, vertical_alignment="center"):
        st.button(
            t("board_previous"), key=projector.PREVIOUS_KEY, on_click=_go_to, args=(number - 1,), disabled=number == 1
        )
        st.html(f'<div class="board-counter">{t("board_counter", number=number, total=total)}</div>', width="content")
        st.button(
            t("board_next"), key=projector.NEXT_KEY, on_click=_go_to, args=(number + 1,), disabled=number == total
        )
        auto = st.toggle(t("board_auto"), key="board_auto")
        st.button(t("board_exit"), key="board_exit", on_click=_leave)
    return auto


@st.fragment(run_every=AUTO_ADVANCE_SECONDS)
def _auto_advance(slug: str, number: int) -> None:
    """Runs with the slide, then every AUTO_ADVANCE_SECONDS: the second time, it moves on."""
    shown = (slug, number)
    if st.session_state.get("board_auto_shown") != shown:
        st.session_state["board_auto_shown"] = shown
        return
    _go_to(number + 1)
    st.rerun(scope="app")


# ---- preparing and listing meetings --------------------------------------------------------------------


def scope_text(units: tuple[str, ...] | None) -> str:
    return t("board_scope_all") if units is None else ", ".join(units)


def prepare_form(viewer: Viewer) -> None:
    """Name, meeting date and data date (proposed from the calendar and the viewer's day); freezes the data as
    a meeting of the viewer's own scope. Only for roles that prepare meetings (cockpit.board enforces it too)."""
    if not viewer.may_prepare_meetings:
        st.info(t("board_may_not_prepare"))
        return
    proposal = proposed_meeting(viewer)
    with st.form("board_prepare_form"):
        name = st.text_input(t("board_name"), value=proposal.name)
        left, middle, right = st.columns(3)
        meeting_date = left.date_input(t("board_meeting_date"), value=proposal.meeting_date, format="DD.MM.YYYY")
        data_as_of = middle.date_input(t("board_data_as_of"), value=proposal.data_as_of, format="DD.MM.YYYY")
        scope = scope_text(viewer.scope.units)
        right.text_input(t("board_scope"), disabled=True, value=scope)
        replace = st.checkbox(t("board_replace"))
        submitted = st.form_submit_button(t("board_prepare_button"), type="primary")
    if not submitted:
        return
    if not name.strip():
        st.error(t("board_name_missing"))
        return
    replacing = replace and meeting_file(name, meeting_date, viewer.scope).exists()
    try:
        meeting = prepare_meeting(name, meeting_date, data_as_of, viewer, replace=replace)
    except MeetingExistsError:  # the viewer's own scope's meeting: other scopes' meetings are other files
        st.error(t("board_exists", name=markdown_text(name.strip()), date=tr().date(meeting_date), scope=scope))
        return
    except MeetingPermissionError:
        st.error(t("board_may_not_prepare"))
        return
    except MeetingNameError:
        st.error(t("board_name_too_long", max=MEETING_NAME_MAX_CHARS))
        return
    audit.record(
        "meeting_replaced" if replacing else "meeting_prepared",
        viewer,
        meeting=meeting.slug,
        name=meeting.name,
        data_as_of=meeting.data_as_of.isoformat(),
    )
    st.success(t("board_prepared", name=markdown_text(meeting.name), date=tr().date(meeting.data_as_of)))


def _open(slug: str) -> None:
    st.query_params["sitzung"] = slug
    _go_to(1)


def meeting_list(meetings: list[Meeting], viewer: Viewer) -> None:
    """One line per prepared meeting: present it, or download its papers (built only when clicked)."""
    if not meetings:
        st.info(t("board_no_meetings"))
        return
    lang, translate = viewer.language, tr()
    for meeting in meetings:
        line, button, pdf, pptx = st.columns([5, 1, 1, 1], vertical_alignment="center")
        line.markdown(
            t(
                "board_meeting_line",
                name=markdown_text(meeting.name),  # typed by a person: shown as text
                meeting=translate.date(meeting.meeting_date),
                data=translate.date(meeting.data_as_of),
                scope=scope_text(meeting.scope_units),
            )
        )
        button.button(t("board_present"), key=f"board_open_{meeting.slug}", on_click=_open, args=(meeting.slug,))
        # The papers are built only when clicked, from the same frozen slides as the wall.
        for column, builder, suffix, label in (
            (pdf, pdf_bytes, "pdf", "pack_download_pdf"),
            (pptx, pptx_bytes, "pptx", "pack_download_pptx"),
        ):
            with column:
                download_button(
                    t(label),
                    lambda m=meeting, build=builder: build(build_slides(m, lang, viewer), m, lang),
                    f"{meeting.slug}.{suffix}",
                    key=f"board_{suffix}_{meeting.slug}",
                )


NOW = "now"  # the comparison's other side: today's data rather than another meeting


def comparison(meetings: list[Meeting], viewer: Viewer) -> None:
    """A prepared meeting's headline figures (slides 2 and 7), frozen, beside another prepared meeting's of the
    same scope or beside the same figures as of the viewer's Stichtag, with a Δ column."""
    by_slug = {meeting.slug: meeting for meeting in meetings}
    # the labels are made in this run, in the viewer's language (a format_func may be called outside the run)
    labels = {NOW: t("board_compare_now")} | {slug: _meeting_label(meeting) for slug, meeting in by_slug.items()}
    left, right = st.columns(2)
    slug = left.selectbox(
        t("board_compare_meeting"), list(by_slug), format_func=labels.__getitem__, key="board_compare"
    )
    meeting = by_slug[slug]
    others = [m.slug for m in meetings if m.slug != slug and m.scope_units == meeting.scope_units]
    other = right.selectbox(
        t("board_compare_with"),
        [NOW, *others],
        format_func=labels.__getitem__,
        key="board_compare_with",
    )
    if other == NOW:
        table = compare_with_live(meeting, viewer.reference_date, viewer.language, viewer)
    else:
        earlier, later = sorted((meeting, by_slug[other]), key=lambda m: (m.meeting_date, m.created_at))
        table = compare_meetings(earlier, later, viewer.language, viewer)
    st.table(table, hide_index=True)


def _meeting_label(meeting: Meeting) -> str:
    """'Smart-City-Board 4/2026 (09.12.2026)': names typed by a person, shown by a selectbox as text."""
    return f"{meeting.name} ({tr().date(meeting.meeting_date)})"
