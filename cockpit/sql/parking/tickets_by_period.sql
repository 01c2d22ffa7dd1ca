-- Digital tickets per period ($grain: day, week, month or year) and channel, from $window_start to
-- $window_end (the reference date), aggregated from the daily mart.
with daily as (
    select * from marts.parking_daily where day_date >= $window_start and day_date <= $window_end
),
final as (
    select date_trunc($grain, day_date)::date as period_date, channel, sum(tickets) as tickets
    from daily
    group by all
    order by period_date, channel
)
select * from final
