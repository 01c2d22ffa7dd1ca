"""How a slide looks on the wall: HTML for its text, CSS that hides Streamlit's chrome, clicker keys.

Type scales with the screen height and never drops below 24 px (1280x720); the chart area is a
fixed share of the height, so a slide fits 1280x720 and 1920x1080 without scrolling.
"""

import html

import plotly.graph_objects as go

from cockpit.board.model import Slide
from cockpit.presentation import STATUS_COLOURS, STATUS_SYMBOLS, status_label

NEXT_KEY = "board_next"
PREVIOUS_KEY = "board_previous"
FIGURE_KEY = "board_figure"
BODY_PX = "clamp(24px, 3.4vh, 44px)"
NAV_PX = "clamp(24px, 2.8vh, 34px)"

PRESENTING_CSS = f"""
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stExpandSidebarButton"] {{ display: none !important; }}
[data-testid="stMainBlockContainer"] {{ padding: 2.5vh 3vw 1vh 3vw !important; max-width: 100% !important; }}
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] {{ gap: 1.2vh; }}
.board-slide {{ color: #111; font-size: {BODY_PX}; line-height: 1.25; }}
.board-slide h1.board-title {{ font-size: clamp(36px, 6vh, 68px); font-weight: 700; margin: 0; padding: 0;
    line-height: 1.15; color: #002a5c; }}
.board-slide .board-subtitle {{ font-size: {BODY_PX}; color: #333; margin: 0.2em 0 0.5em 0;
    border-bottom: 4px solid #004f9f; padding-bottom: 0.3em; }}
.board-slide ul {{ margin: 0.2em 0 0.4em 0; padding-left: 1.1em; }}
.board-slide li, .board-slide td, .board-slide th, .board-slide div {{ font-size: {BODY_PX}; }}
.board-slide li {{ margin: 0.15em 0; }}
.board-slide ul.board-status {{ list-style: none; padding-left: 0; }}
.board-slide .board-chip {{ display: inline-block; min-width: 5.2em; padding: 0 0.35em; margin-right: 0.4em;
    border-radius: 0.2em; font-weight: 700; }}
.board-slide table {{ border-collapse: collapse; width: 100%; font-size: {BODY_PX}; }}
.board-slide th {{ text-align: left; border-bottom: 3px solid #111; padding: 0.12em 0.4em; }}
.board-slide td {{ border-bottom: 1px solid #888; padding: 0.12em 0.4em; white-space: nowrap;
    overflow: hidden; text-overflow: ellipsis; max-width: 40vw; }}
.board-slide td.board-wrap {{ white-space: normal; }}
.board-slide .board-footnote {{ color: #333; margin-top: 0.4em; }}
.board-slide.board-title-slide {{ padding-top: 16vh; }}
.board-slide.board-title-slide ul {{ list-style: none; padding-left: 0; }}
.board-slide.board-title-slide h1.board-title {{ font-size: clamp(44px, 9vh, 100px); }}
.board-slide.board-title-slide li {{ font-size: clamp(28px, 4.5vh, 54px); }}
.st-key-{FIGURE_KEY} {{ height: 52vh; }}
.st-key-board_nav p, .st-key-board_nav button, .st-key-board_nav label {{ font-size: {NAV_PX} !important; }}
.st-key-board_nav button {{ min-height: 2.2em; padding: 0 1em; }}
.st-key-board_nav .board-counter {{ font-size: {BODY_PX}; font-weight: 700; text-align: center; color: #111; }}
</style>
"""

# Presentation clickers send ArrowRight/PageDown/Space (next) and ArrowLeft/PageUp (previous).
CLICKER_JS = f"""
<script>
(() => {{
  const keys = {{ArrowRight: "{NEXT_KEY}", PageDown: "{NEXT_KEY}", " ": "{NEXT_KEY}",
                 ArrowLeft: "{PREVIOUS_KEY}", PageUp: "{PREVIOUS_KEY}"}};
  if (window.__boardClicker) document.removeEventListener("keydown", window.__boardClicker, true);
  window.__boardClicker = (event) => {{
    const target = event.target;
    if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
    const key = keys[event.key];
    if (!key) return;
    const button = document.querySelector(`.st-key-${{key}} button`);
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
    button.blur();
  }};
  document.addEventListener("keydown", window.__boardClicker, true);
}})();
</script>
"""


def _status_chip(status: str | None, lang: str) -> str:
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS[None])
    text_colour = "#111" if status == "gelb" else "#fff"
    return (
        f'<span class="board-chip" style="background:{colour};color:{text_colour}">'
        f"{html.escape(status_label(status, lang))}</span>"
    )


def _cell(value: str, labels: dict[str, str | None], lang: str, wrap: bool) -> str:
    if value in labels:
        return f"<td>{_status_chip(labels[value], lang)}</td>"
    return f'<td class="board-wrap">{html.escape(value)}</td>' if wrap else f"<td>{html.escape(value)}</td>"


def header_html(slide: Slide) -> str:
    """The slide's title, and below it the meeting and data dates."""
    if slide.key == "title":
        return ""
    return (
        '<div class="board-slide">'
        f'<h1 class="board-title">{html.escape(slide.title)}</h1>'
        f'<div class="board-subtitle">{html.escape(slide.subtitle)}</div></div>'
    )


def body_html(slide: Slide, lang: str) -> str:
    """Bullets, status items, table and footnote of a slide (the chart is drawn beside it)."""
    labels = {status_label(s, lang): s for s in STATUS_SYMBOLS if s is not None}
    parts = []
    if slide.key == "title":
        parts.append(f'<h1 class="board-title">{html.escape(slide.title)}</h1>')
    if slide.bullets:
        parts.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in slide.bullets) + "</ul>")
    if slide.status_items:
        parts.append(
            '<ul class="board-status">'
            + "".join(
                f"<li>{_status_chip(item.status, lang)}{html.escape(item.text)}</li>" for item in slide.status_items
            )
            + "</ul>"
        )
    if slide.table is not None and not slide.table.empty:
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in slide.table.columns)
        rows = "".join(
            "<tr>"
            + "".join(
                _cell(str(v), labels, lang, wrap=(position == slide.wrap_column)) for position, v in enumerate(row)
            )
            + "</tr>"
            for row in slide.table.itertuples(index=False)
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    if slide.footnote:
        parts.append(f'<div class="board-footnote">{html.escape(slide.footnote)}</div>')
    extra = " board-title-slide" if slide.key == "title" else ""
    return f'<div class="board-slide{extra}" data-slide="{html.escape(slide.key)}">' + "".join(parts) + "</div>"


def wall_figure(figure: go.Figure) -> go.Figure:
    """The slide's chart, filling the height the CSS gives it."""
    return figure.update_layout(autosize=True, height=None)
