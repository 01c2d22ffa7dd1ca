-- One row per hotspot.
with source as (select * from raw.valid_wlan_hotspots),
final as (
    select
        hotspot_id, place, de_decimal(latitude) as latitude, de_decimal(longitude) as longitude,
        district_id, operator,
        de_date(in_operation_from) as in_operation_from_date,
        de_date(in_operation_to) as in_operation_to_date,
        source_file, source_row
    from source
)
select * from final
