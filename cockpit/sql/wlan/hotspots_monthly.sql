-- One row per month of the chart's window (from the month holding $window_start to $window_end, the
-- reference date): hotspots in operation at the month's end, opened and closed in it.
with monthly as (select * from marts.wlan_hotspots_monthly),
final as (
    select month_start_date, hotspots_in_operation, hotspots_opened, hotspots_closed
    from monthly
    where month_start_date >= date_trunc('month', $window_start::date) and month_start_date <= $window_end
    order by month_start_date
)
select * from final
