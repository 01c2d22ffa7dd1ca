-- One row per current Stadtbezirk: name, centre point and schematic tile position.
select district_id, district_name, latitude, longitude, tile_row, tile_col
from marts.kpi_districts
order by district_id
