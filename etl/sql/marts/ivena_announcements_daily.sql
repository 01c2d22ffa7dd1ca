-- One row per day, facility and urgency (1 high ... 3 low): patient announcements, exact counts.
-- Only for totals and aggregates: breakdowns by hospital must suppress counts below 5
-- (queries do that; day-by-hospital breakdowns read marts.ivena_daily_by_facility).
-- depends on: nothing
with announcements as (select * from staging.ivena_announcements),
per_day as (
    select cast(announced_at as date) as day_date, facility_id, urgency,
           count(*) as announcements, max(announced_at) as latest_announced_at
    from announcements
    group by all
),
final as (select * from per_day order by day_date, facility_id, urgency)
select * from final
