-- One row per month up to $as_of: hotspots in operation at the month's end, opened and closed in it.
with monthly as (select * from marts.wlan_hotspots_monthly),
final as (
    select month_start_date, hotspots_in_operation, hotspots_opened, hotspots_closed
    from monthly
    where month_start_date <= $as_of
    order by month_start_date
)
select * from final
