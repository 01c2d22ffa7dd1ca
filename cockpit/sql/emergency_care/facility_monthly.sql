-- One row per month and hospital: announcements, with counts below 5 suppressed
-- (announcements null, is_suppressed true), from the month holding $window_start to $window_end (the
-- reference date).
with counted as (
    select date_trunc('month', day_date)::date as month_date, facility_id, sum(announcements) as exact_announcements
    from marts.ivena_announcements_daily
    where day_date >= date_trunc('month', $window_start::date) and day_date <= $window_end
    group by all
),
final as (
    select c.month_date, c.facility_id, f.facility,
           case when c.exact_announcements >= 5 then c.exact_announcements end as announcements,
           c.exact_announcements < 5 as is_suppressed
    from counted as c join marts.ivena_facilities as f using (facility_id)
    order by c.month_date, f.facility
)
select * from final
