"""Delivered and typed text is shown as text: Markdown links and images, HTML tags in project titles,
summaries, milestone and KPI names, and in ?projekt= and ?projects_search=, never become a link, an image
fetched from another host or a clickable legend entry (issue 10).

A page's Markdown is checked as Streamlit receives it: the dangerous characters carry a backslash (so the
browser shows them, and builds no link or image), and with the backslashes taken away the user reads the
delivered text unchanged. Plotly charts are checked in their JSON figure: tags arrive as &lt;…&gt;, which
Plotly shows as the characters, never as a tag. Last, the same pages in Chromium: nothing is fetched from
evil.example, no link to it is on the page, and the delivered text is there to read.
"""

import re
from urllib.parse import quote

import pytest
from streamlit.testing.v1 import AppTest

from tests.browser_support import (
    NEEDS_CHROMIUM,
    PageWatch,
    launch_chromium,
    running_app,
    signed_in_context,
    wait_for_run,
)
from tests.conftest import chart_specs
from tests.fixture_deliveries import KPI_DEFINITIONS, MILESTONES, PROJECTS

IMAGE = "![x](http://evil.example/a.png)"
LINK = "[Bitte neu anmelden](http://evil.example/login)"
ANCHOR = '<a href="http://evil.example">Klick</a>'
TAG = "<img src=http://evil.example/x.png>"
HOSTILE = f"{IMAGE} {LINK} {ANCHOR} {TAG}"
TITLE = f"Geodaten {ANCHOR} {IMAGE} {LINK} {TAG}"  # the tag first: the heatmap shortens titles

# In Markdown source: a link or image target after an unescaped bracket, a raw tag, a bare web address (GFM makes
# it a link; the shown text carries an invisible word joiner after "http").
UNESCAPED_MARKDOWN = re.compile(r"(?<!\\)\]\(http|(?<!\\)<a href|(?<!\\)<img|https?://")
WORD_JOINER = "\u2060"
MARKDOWN_KINDS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")


def _hostile_warehouse(warehouse_variant):
    projects = [dict(PROJECTS[0]), dict(PROJECTS[1], title=TITLE, summary=HOSTILE), PROJECTS[2]]
    milestones = [dict(row, milestone=f"Ausschreibung {ANCHOR} {TAG}") for row in MILESTONES]
    kpis = [dict(KPI_DEFINITIONS[0], kpi_name=f"WLAN {HOSTILE}", what_we_measure=HOSTILE, linked_projects="P-002")]
    return warehouse_variant("hostile_text", projects=projects, milestones=milestones, kpi_definitions=kpis)


def _markdown_bodies(app: AppTest) -> list[str]:
    bodies = [element.value for kind in MARKDOWN_KINDS for element in getattr(app, kind)]
    return bodies + [metric.label for metric in app.metric]


def _seen(markdown: str) -> str:
    """What the user reads: Markdown backslash escapes removed, the invisible word joiner unseen."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace(WORD_JOINER, "")


def _assert_markdown_is_text(app: AppTest, *shown: str) -> None:
    assert not app.exception, app.exception
    bodies = _markdown_bodies(app)
    for body in bodies:
        assert not UNESCAPED_MARKDOWN.search(body), body
    for text in shown:
        assert any(text in _seen(body) for body in bodies), f"{text!r} is not shown as text"


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _assert_charts_are_text(app: AppTest, *escaped: str) -> None:
    strings = [s for spec in chart_specs(app) for s in _strings(spec)]
    assert strings, "no chart on the page"
    for text in strings:
        assert "<a href" not in text and "<img" not in text, text
    for text in escaped:
        assert any(text in s for s in strings), f"{text!r} is not in any chart"


@pytest.fixture(scope="module")
def hostile(warehouse_variant):
    return _hostile_warehouse(warehouse_variant)


def test_project_profile_shows_delivered_title_summary_and_milestone_as_text(hostile, read_page):
    app = read_page("pages/project_profile.py", warehouse=hostile, projekt="P-002")
    _assert_markdown_is_text(app, f"P-002 · {TITLE}", HOSTILE)
    assert app.header[0].value.startswith(f'P-002 · Geodaten \\<a href="http{WORD_JOINER}://evil.example"\\>Klick')
    # the milestone trend legend: the tags are shown as characters, not as a link or an image
    _assert_charts_are_text(app, "M1 Ausschreibung &lt;a href=", "&lt;img src=http://evil.example/x.png&gt;")


def test_kpi_catalogue_shows_delivered_kpi_name_description_and_linked_project_as_text(hostile, read_page):
    app = read_page("pages/kpi_catalogue.py", warehouse=hostile)
    _assert_markdown_is_text(app, f"WLAN {HOSTILE}", HOSTILE, f"P-002 {TITLE}")
    assert any(m.value.startswith("#### WLAN \\!\\[x\\]") for m in app.markdown)


def test_overview_heatmap_labels_delivered_titles_as_text(hostile, read_page):
    app = read_page("pages/overview.py", warehouse=hostile)
    _assert_markdown_is_text(app)
    _assert_charts_are_text(app, "P-002 Geodaten &lt;a href=")


def test_project_from_the_url_is_named_in_the_refusal_as_text(run_page):
    app = run_page("pages/project_profile.py", projekt=LINK)
    _assert_markdown_is_text(app, LINK)
    assert app.error[0].value.startswith(
        f"Das Projekt „\\[Bitte neu anmelden\\](http{WORD_JOINER}://evil.example/login)“"
    )


def test_search_from_the_url_is_named_in_the_answer_as_text(run_page):
    app = run_page("pages/project_list.py", projects_search=IMAGE)
    _assert_markdown_is_text(app, f"Kein Projekt passt zur Suche „{IMAGE}“")
    assert f"\\!\\[x\\](http{WORD_JOINER}://evil.example/a.png)" in app.info[0].value


BROWSER_TIMEOUT_MS = 120_000  # a busy two-core machine; a page takes 2-10 s
BROWSER_ROUTES = (
    "projektsteckbrief?projekt=P-002",
    "kpi-katalog",
    f"projektsteckbrief?projekt={quote(LINK)}",
    f"projektliste?projects_search={quote(IMAGE + ' nirgends')}",  # the hostile project's title holds IMAGE
)


@NEEDS_CHROMIUM
def test_in_the_browser_nothing_is_fetched_from_or_linked_to_another_host(hostile):
    sync_api = pytest.importorskip("playwright.sync_api")
    with running_app(hostile) as app, sync_api.sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = signed_in_context(browser, app.url, "cdo", BROWSER_TIMEOUT_MS)
        shown = []
        for route in BROWSER_ROUTES:
            page = context.new_page()
            watch = PageWatch(page, route.split("?")[0])
            page.goto(f"{app.url}/{route}")
            wait_for_run(page, BROWSER_TIMEOUT_MS)
            assert not [url for url in watch.off_host if "evil.example" in url], route
            linked = page.eval_on_selector_all(
                '[href*="evil.example"], [src*="evil.example"], [*|href*="evil.example"]', "nodes => nodes.length"
            )
            assert linked == 0, f"{route}: {linked} links or images to evil.example"
            shown.append(page.inner_text('[data-testid="stMain"]').replace(WORD_JOINER, ""))
            page.close()
        browser.close()
    profile, catalogue, refusal, search = shown
    assert f"P-002 · {TITLE}" in profile and HOSTILE in profile
    assert f"WLAN {HOSTILE}" in catalogue
    assert f"„{LINK}“" in refusal
    assert f"„{IMAGE} nirgends“" in search
