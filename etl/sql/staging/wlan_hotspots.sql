-- One row per hotspot.
with source as (select * from raw.valid_wlan_hotspots),
final as (
    select
        hotspot_id, place, latitude, longitude,
        district_id, operator,
        in_operation_from as in_operation_from_date,
        in_operation_to as in_operation_to_date,
        source_file, source_row
    from source
)
select * from final
