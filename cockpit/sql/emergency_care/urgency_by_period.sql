-- One row per period ($grain: day, week, month or year) and urgency (1 high ... 3 low): announcements
-- of all hospitals (no breakdown by hospital, so exact counts), from $window_start to $window_end
-- (the reference date), aggregated from the daily mart.
with daily as (
    select * from marts.ivena_announcements_daily
    where day_date >= $window_start and day_date <= $window_end
),
final as (
    select date_trunc($grain, day_date)::date as period_date, urgency, sum(announcements) as announcements
    from daily
    group by all
    order by period_date, urgency
)
select * from final
