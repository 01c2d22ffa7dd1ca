-- One row per day and facility with announcements. Counts below 5 are suppressed here already
-- (announcements null, is_suppressed true), so no page can show a small count by hospital and day.
-- depends on: nothing
with announcements as (select * from staging.ivena_announcements),
counted as (
    select cast(announced_at as date) as day_date, facility_id, count(*) as exact_announcements
    from announcements
    group by all
),
final as (
    select day_date, facility_id,
           case when exact_announcements >= 5 then exact_announcements end as announcements,
           exact_announcements < 5 as is_suppressed
    from counted
    order by day_date, facility_id
)
select * from final
