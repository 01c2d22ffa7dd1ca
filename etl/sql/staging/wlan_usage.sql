-- One row per hotspot and day.
with source as (select * from raw.valid_wlan_usage),
final as (
    select
        hotspot_id, usage_date, sessions,
        unique_devices, data_volume_gb,
        availability_pct,
        source_file, source_row
    from source
)
select * from final
