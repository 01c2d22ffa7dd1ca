-- One row per month since the first hotspot: hotspots in operation at the month's end, opened and
-- taken out of service in the month. Months run to the latest date known from hotspots or usage.
-- depends on: nothing
with hotspots as (select * from staging.wlan_hotspots),
usage as (select * from staging.wlan_usage),
bounds as (
    select
        date_trunc('month', min(in_operation_from_date)) as first_month,
        greatest(
            max(in_operation_from_date), max(coalesce(in_operation_to_date, in_operation_from_date)),
            (select max(usage_date) from usage)
        ) as last_day
    from hotspots
),
months as (
    select cast(month as date) as month_start_date,
           cast(month + interval 1 month - interval 1 day as date) as month_end_date
    from bounds, range(first_month, last_day + interval 1 day, interval 1 month) as r(month)
),
final as (
    select
        m.month_start_date, m.month_end_date,
        count(*) filter (
            where h.in_operation_from_date <= m.month_end_date
              and (h.in_operation_to_date is null or h.in_operation_to_date >= m.month_end_date)
        ) as hotspots_in_operation,
        count(*) filter (
            where h.in_operation_from_date between m.month_start_date and m.month_end_date
        ) as hotspots_opened,
        count(*) filter (
            where h.in_operation_to_date between m.month_start_date and m.month_end_date
        ) as hotspots_closed
    from months as m
    cross join hotspots as h
    group by all
    order by m.month_start_date
)
select * from final
