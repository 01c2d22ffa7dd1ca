"""Figures and tables built once and shared by sessions (cockpit.ui.memo): each viewer still sees only what
is theirs, and a new warehouse shows new figures.

Fixture: P-001 (BS|ENERGY) and P-002 (FB 61) are running, P-003 (FB 40, Digitale Bildung) is Eingestellt.
"""

import json
import os

from cockpit.ui import memo
from tests.conftest import plotly_values
from tests.fixture_deliveries import PROJECTS, copy_warehouse

PAGE = "pages/overview.py"
AS_OF = "2026-11-26"


def _charts(app) -> dict[str, dict]:
    """Each chart of the page by its key, as the JSON figure the browser draws."""
    return {chart.proto.id.rsplit("-", 1)[-1]: json.loads(chart.proto.spec) for chart in app.get("plotly_chart")}


def _projects_per_field(app) -> dict[str, int]:
    """Projects per Handlungsfeld as the coverage chart draws them (active plus other bars)."""
    active, other = _charts(app)["overview_fields"]["data"]
    counts = zip(active["y"], plotly_values(active["x"]), plotly_values(other["x"]), strict=True)
    return {field: a + o for field, a, o in counts if a + o}


def _active_per_field(app) -> dict[str, int]:
    active = _charts(app)["overview_fields"]["data"][0]
    counts = zip(active["y"], plotly_values(active["x"]), strict=True)
    return {field.split("✖ ")[-1].removesuffix("</b>"): count for field, count in counts}


def test_a_department_never_gets_the_figures_built_for_the_cdo(run_page):
    memo.clear()
    cdo = run_page(PAGE, stand=AS_OF)
    assert not cdo.exception
    assert sum(_projects_per_field(cdo).values()) == 3
    built_for_cdo = len(memo.CACHE)
    assert built_for_cdo > 0  # the CDO's figures are now shared in the server

    department = run_page(PAGE, scope_units="61", stand=AS_OF)
    assert not department.exception
    # FB 61 leads only P-002: one project in its field, none of BS|ENERGY's or FB 40's
    assert sum(_projects_per_field(department).values()) == 1
    # Its heat map holds the same single project as the CDO's, yet it is built for FB 61, not handed over.
    assert _charts(department)["overview_heatmap"]["data"][0]["y"] == ["P-002 Geodatenportal"]
    assert _charts(cdo)["overview_heatmap"]["data"][0]["y"] == ["P-002 Geodatenportal"]
    heatmaps = [key for key in memo.CACHE._items if key[1] == "_styled" and "status_heatmap" in repr(key[3])]
    assert sorted((key[2][1], key[2][2]) for key in heatmaps) == [("cdo", None), ("department", ("61",))]

    shared = len(memo.CACHE)
    again = run_page(PAGE, stand=AS_OF)  # a second CDO session is served from the cache: same figures, none built
    assert _charts(again) == _charts(cdo)
    assert len(memo.CACHE) == shared


def test_a_new_warehouse_shows_new_figures(run_page, fixture_warehouse, warehouse_variant, tmp_path):
    memo.clear()
    served = copy_warehouse(fixture_warehouse, tmp_path / "served")
    before = run_page(PAGE, warehouse=served, stand=AS_OF)
    assert _active_per_field(before)["Digitale Bildung"] == 0

    revived = [dict(p, phase="Umsetzung") if p["project_id"] == "P-003" else p for p in PROJECTS]
    reloaded = copy_warehouse(warehouse_variant("p003_revived", projects=revived), tmp_path / "reloaded")
    os.replace(reloaded, served)  # what the ETL's atomic swap does

    after = run_page(PAGE, warehouse=served, stand=AS_OF)
    assert not after.exception
    assert _active_per_field(after)["Digitale Bildung"] == 1
