-- One row per period ($grain: day, week, month or year) from $window_start to $window_end: sessions,
-- devices (sum of daily counts per hotspot), data volume, and availability as the mean over the
-- days' mean availability. Read from the daily mart, never from per-hotspot rows.
with daily as (
    select * from marts.wlan_daily
    where usage_date >= $window_start and usage_date <= $window_end
),
final as (
    select
        cast(date_trunc($grain, usage_date) as date) as period_start_date,
        sum(sessions) as sessions,
        sum(unique_devices) as unique_devices,
        sum(data_volume_gb) as data_volume_gb,
        sum(availability_pct * hotspots_reporting) / sum(hotspots_reporting) as availability_pct,
        count(*) as days_with_data
    from daily
    group by all
    order by period_start_date
)
select * from final
