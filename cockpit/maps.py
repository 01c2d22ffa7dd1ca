"""Maps that render without internet: the city outline as a line on plain lon/lat axes.

No tiles, no topojson from a CDN: every map is a go.Scatter figure (SVG) with the city outline
(© GeoBasis-DE / BKG (2021), VG5000) drawn as a trace, equal aspect for Braunschweig's latitude,
and the attribution as an annotation. Districts have no polygons yet: they are drawn as a labelled
tile map (district_tile_map), and the schematic district areas used for coverage are the grid cells nearest to each
district centre within the outline (a Voronoi split, not the official boundaries).
"""

import functools
import json
import math

import numpy as np
import pandas as pd
import plotly.colors as pcolors
import plotly.graph_objects as go

from common import settings

ATTRIBUTION = "© GeoBasis-DE / BKG (2021), Ausschnitt"
OUTLINE_TRACE_NAME = "Stadtgrenze"
OUTLINE_COLOUR = "#5f6b7a"
CITY_LATITUDE = 52.27
METRES_PER_DEGREE_LAT = 110_574.0
METRES_PER_DEGREE_LON = 111_320.0 * math.cos(math.radians(CITY_LATITUDE))


@functools.lru_cache(maxsize=1)
def city_outline() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(longitudes, latitudes) of the outer ring of the city outline, closed."""
    geojson = json.loads(settings.CITY_OUTLINE_PATH.read_text(encoding="utf-8"))
    geometry = geojson["features"][0]["geometry"]
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else geometry["coordinates"][0]
    ring = rings[0]
    return tuple(p[0] for p in ring), tuple(p[1] for p in ring)


def inside_outline(longitudes: np.ndarray, latitudes: np.ndarray) -> np.ndarray:
    """True for each point inside the city outline (ray casting, vectorised over the points)."""
    ring_lon, ring_lat = (np.asarray(c) for c in city_outline())
    inside = np.zeros(len(longitudes), dtype=bool)
    for i in range(len(ring_lon) - 1):
        x1, y1, x2, y2 = ring_lon[i], ring_lat[i], ring_lon[i + 1], ring_lat[i + 1]
        crosses = (y1 > latitudes) != (y2 > latitudes)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = x1 + (latitudes - y1) * (x2 - x1) / (y2 - y1)
        inside ^= crosses & (longitudes < x_at)
    return inside


@functools.lru_cache(maxsize=4)
def _district_cells(centres: tuple[tuple[str, float, float], ...], cell_m: float) -> pd.DataFrame:
    ring_lon, ring_lat = city_outline()
    lon_step, lat_step = cell_m / METRES_PER_DEGREE_LON, cell_m / METRES_PER_DEGREE_LAT
    lons = np.arange(min(ring_lon) + lon_step / 2, max(ring_lon), lon_step)
    lats = np.arange(min(ring_lat) + lat_step / 2, max(ring_lat), lat_step)
    grid_lon, grid_lat = (a.ravel() for a in np.meshgrid(lons, lats))
    keep = inside_outline(grid_lon, grid_lat)
    grid_lon, grid_lat = grid_lon[keep], grid_lat[keep]
    centre_lon = np.array([c[2] for c in centres])
    centre_lat = np.array([c[1] for c in centres])
    dx = (grid_lon[:, None] - centre_lon[None, :]) * METRES_PER_DEGREE_LON
    dy = (grid_lat[:, None] - centre_lat[None, :]) * METRES_PER_DEGREE_LAT
    nearest = np.argmin(dx * dx + dy * dy, axis=1)
    return pd.DataFrame(
        {
            "longitude": grid_lon,
            "latitude": grid_lat,
            "district_id": np.array([c[0] for c in centres])[nearest],
        }
    )


def district_cells(districts: pd.DataFrame, cell_m: float = 50.0) -> pd.DataFrame:
    """Grid cells (cell_m apart) inside the outline, each assigned to the nearest district centre.

    districts needs district_id, latitude, longitude. One row per cell: longitude, latitude, district_id.
    """
    centres = tuple(
        (str(r.district_id), float(r.latitude), float(r.longitude)) for r in districts.itertuples(index=False)
    )
    return _district_cells(centres, float(cell_m)).copy()


def cells_within_reach(cells: pd.DataFrame, points: pd.DataFrame, radius_m: float) -> np.ndarray:
    """True for each cell whose centre lies within radius_m of any point (latitude, longitude)."""
    reached = np.zeros(len(cells), dtype=bool)
    cell_lon, cell_lat = cells["longitude"].to_numpy(), cells["latitude"].to_numpy()
    for lat, lon in zip(points["latitude"].astype(float), points["longitude"].astype(float), strict=True):
        dx = (cell_lon - lon) * METRES_PER_DEGREE_LON
        dy = (cell_lat - lat) * METRES_PER_DEGREE_LAT
        reached |= dx * dx + dy * dy <= radius_m * radius_m
    return reached


def outline_figure(note: str | None = None, height: int = 560) -> go.Figure:
    """An empty map: the city outline on lon/lat axes with equal aspect, attribution and an optional note."""
    ring_lon, ring_lat = city_outline()
    fig = go.Figure(
        go.Scatter(
            x=list(ring_lon),
            y=list(ring_lat),
            mode="lines",
            name=OUTLINE_TRACE_NAME,
            line={"color": OUTLINE_COLOUR, "width": 2},
            fill="toself",
            fillcolor="rgba(95,107,122,0.06)",
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.update_xaxes(
        visible=False, scaleanchor="y", scaleratio=math.cos(math.radians(CITY_LATITUDE)), constrain="domain"
    )
    fig.update_yaxes(visible=False, constrain="domain")
    text = ATTRIBUTION if not note else f"{note} · {ATTRIBUTION}"
    fig.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"size": 11, "color": "#555555"},
        bgcolor="rgba(255,255,255,0.8)",
    )
    fig.update_layout(height=height, plot_bgcolor="white", paper_bgcolor="white", dragmode="pan")
    return fig


def add_points(
    fig: go.Figure,
    points: pd.DataFrame,
    *,
    name: str,
    colour: str,
    symbol: str = "circle",
    size: int = 11,
    hover: list[str] | None = None,
) -> go.Figure:
    """Markers at (longitude, latitude); hover holds one ready-formatted text per point."""
    fig.add_trace(
        go.Scatter(
            x=points["longitude"],
            y=points["latitude"],
            mode="markers",
            name=name,
            marker={"color": colour, "symbol": symbol, "size": size, "line": {"color": "white", "width": 1}},
            hovertext=hover,
            hoverinfo="text" if hover is not None else "skip",
        )
    )
    return fig


def _tile_text(name: str, value_text: str) -> str:
    words = name.replace("-", "-<br>").replace(" ", "<br>") if len(name) > 14 else name
    return f"{words}<br><b>{value_text}</b>"


def district_tile_map(
    districts: pd.DataFrame,
    values: list[float | None],
    value_texts: list[str],
    *,
    note: str,
    colour_title: str,
    height: int = 520,
) -> go.Figure:
    """Districts as a labelled tile map (one square per Stadtbezirk at tile_row/tile_col, roughly by
    geography), coloured by value, grey where there is none. Schematic: no outline, no boundaries."""
    numbers = [None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v) for v in values]
    known = [v for v in numbers if v is not None]
    top = max(known) if known and max(known) > 0 else 1.0
    fig = go.Figure()
    for row, value, text in zip(districts.itertuples(index=False), numbers, value_texts, strict=True):
        x, y = float(row.tile_col), -float(row.tile_row)
        fill = "#e0e0e0" if value is None else pcolors.sample_colorscale("Blues", [0.15 + 0.85 * value / top])[0]
        dark = value is not None and value / top > 0.55
        fig.add_shape(
            type="rect",
            x0=x - 0.47,
            x1=x + 0.47,
            y0=y - 0.47,
            y1=y + 0.47,
            fillcolor=fill,
            line={"color": "white", "width": 2},
        )
        fig.add_annotation(
            x=x,
            y=y,
            text=_tile_text(row.district_name, text),
            showarrow=False,
            font={"size": 12, "color": "white" if dark else "#1a1a1a"},
        )
    fig.add_trace(
        go.Scatter(
            x=districts["tile_col"].astype(float),
            y=-districts["tile_row"].astype(float),
            mode="markers",
            marker={
                "size": 40,
                "opacity": 0,
                "color": [v if v is not None else 0 for v in numbers],
                "colorscale": [[0, pcolors.sample_colorscale("Blues", [0.15])[0]], [1, "rgb(8,48,107)"]],
                "cmin": 0,
                "cmax": top,
                "colorbar": {"title": {"text": colour_title}, "thickness": 14},
            },
            hovertext=[
                f"{r.district_id} {r.district_name}: {t}"
                for r, t in zip(districts.itertuples(index=False), value_texts, strict=True)
            ],
            hoverinfo="text",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[-0.6, districts["tile_col"].astype(float).max() + 0.6])
    fig.update_yaxes(visible=False, scaleanchor="x", range=[-districts["tile_row"].astype(float).max() - 0.6, 0.6])
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=1.0,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"size": 11, "color": "#555555"},
    )
    fig.update_layout(height=height, plot_bgcolor="white", paper_bgcolor="white")
    return fig
