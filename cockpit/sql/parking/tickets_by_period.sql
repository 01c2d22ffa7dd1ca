-- Digital tickets per month or year ($granularity), by channel, up to the reference date.
with daily as (
    select * from marts.parking_daily where day_date <= $as_of
),
final as (
    select date_trunc($granularity, day_date)::date as period_date, channel, sum(tickets) as tickets
    from daily
    group by all
    order by period_date, channel
)
select * from final
