"""Offline maps: the outline is drawn, the attribution is shown, nothing is fetched from the internet."""

import numpy as np
import pandas as pd

from cockpit import maps

DISTRICTS = pd.DataFrame(
    {
        "district_id": ["130", "120", "321"],
        "district_name": ["Mitte", "Östliches Ringgebiet", "Lehndorf-Watenbüttel"],
        "latitude": [52.264, 52.269, 52.296],
        "longitude": [10.522, 10.550, 10.456],
        "tile_row": [2, 2, 1],
        "tile_col": [2, 3, 0],
    }
)


def test_outline_map_has_the_city_outline_the_attribution_and_no_tile_source():
    fig = maps.outline_figure(note="Positionen ungefähr")
    names = [trace.name for trace in fig.data]
    assert maps.OUTLINE_TRACE_NAME in names
    outline = fig.data[names.index(maps.OUTLINE_TRACE_NAME)]
    assert len(outline.x) > 40 and outline.x[0] == outline.x[-1]
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "© GeoBasis-DE / BKG (2021), Ausschnitt" in texts and "Positionen ungefähr" in texts
    figure_json = fig.to_json()
    assert "http" not in figure_json
    assert not fig.layout.map.style and not fig.layout.map.layers and not fig.layout.geo.scope


def test_tile_map_labels_every_district_says_it_is_schematic_and_needs_no_internet():
    fig = maps.district_tile_map(
        DISTRICTS, [26.0, None, 4.0], ["26", "–", "4"], note="Schematische Kachelkarte", colour_title="Anzahl"
    )
    texts = [a.text for a in fig.layout.annotations]
    assert any("Mitte" in text and "26" in text for text in texts)
    assert any("Östliches<br>Ringgebiet" in text and "–" in text for text in texts)
    assert "Schematische Kachelkarte" in texts
    assert len(fig.layout.shapes) == 3
    assert "http" not in fig.to_json()


def test_points_inside_and_outside_the_outline():
    inside = maps.inside_outline(np.array([10.519, 10.0, 10.52]), np.array([52.2625, 52.0, 52.50]))
    assert inside.tolist() == [True, False, False]


def test_cells_within_reach_of_a_hotspot_count_the_grid_points_in_the_radius():
    cells = pd.DataFrame(
        {
            "longitude": [10.52 + i * 50 / maps.METRES_PER_DEGREE_LON for i in range(-5, 6) for _ in range(-5, 6)],
            "latitude": [52.26 + j * 50 / maps.METRES_PER_DEGREE_LAT for _ in range(-5, 6) for j in range(-5, 6)],
        }
    )
    hotspot = pd.DataFrame({"latitude": [52.26], "longitude": [10.52]})
    # grid points (i, j) with (50 i)² + (50 j)² <= 101²: i² + j² <= 4, that is 13 points
    assert maps.cells_within_reach(cells, hotspot, 101).sum() == 13


def test_district_cells_lie_inside_the_outline_and_belong_to_the_nearest_centre():
    cells = maps.district_cells(DISTRICTS, 250)
    assert set(cells["district_id"]) == {"130", "120", "321"}
    assert maps.inside_outline(cells["longitude"].to_numpy(), cells["latitude"].to_numpy()).all()
    west = cells[(cells["longitude"] < 10.46) & (cells["latitude"] > 52.28)]
    assert len(west) > 0
    assert (west["district_id"] == "321").all()
