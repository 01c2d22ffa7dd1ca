-- One row per day of month $month and hospital with announcements; counts below 5 arrive
-- suppressed from the mart (announcements null, is_suppressed true).
select d.day_date, d.facility_id, f.facility, d.announcements, d.is_suppressed
from marts.ivena_daily_by_facility as d join marts.ivena_facilities as f using (facility_id)
where date_trunc('month', d.day_date) = $month::date and d.day_date <= $as_of
order by d.day_date, f.facility
