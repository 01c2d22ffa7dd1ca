-- One row per current Stadtbezirk (12 since 01.11.2021): name, centre point and its tile in the schematic map.
-- depends on: nothing
with districts as (select * from ref.districts),
final as (
    select
        district_id, district_name,
        cast(latitude as double) as latitude, cast(longitude as double) as longitude,
        cast(tile_row as integer) as tile_row, cast(tile_col as integer) as tile_col
    from districts
)
select * from final
