-- One row per hotspot and day with usage: read only for short windows (the last 90 days before the
-- reference date) to rank hotspots; long ranges come from marts.wlan_daily.
-- depends on: nothing
with usage as (select * from staging.wlan_usage),
final as (
    select hotspot_id, usage_date, sessions, unique_devices, data_volume_gb, availability_pct
    from usage
)
select * from final
