-- One row per day: sessions, devices and data volume summed over all hotspots, and the mean
-- availability of the hotspots that reported that day.
-- depends on: nothing
with usage as (select * from staging.wlan_usage),
final as (
    select
        usage_date,
        sum(sessions) as sessions,
        sum(unique_devices) as unique_devices,
        sum(data_volume_gb) as data_volume_gb,
        avg(availability_pct) as availability_pct,
        count(*) as hotspots_reporting
    from usage
    group by usage_date
    order by usage_date
)
select * from final
