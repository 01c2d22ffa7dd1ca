-- One row per hotspot and day.
with source as (select * from raw.valid_wlan_usage),
final as (
    select
        hotspot_id, de_date(usage_date) as usage_date, de_int(sessions) as sessions,
        de_int(unique_devices) as unique_devices, de_decimal(data_volume_gb) as data_volume_gb,
        de_decimal(availability_pct) as availability_pct,
        source_file, source_row
    from source
)
select * from final
