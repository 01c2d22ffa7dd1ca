-- One row per month and hospital: hours signed off, from the month holding $window_start to $window_end
-- (the reference date).
select date_trunc('month', s.day_date)::date as month_date, f.facility, sum(s.signed_off_hours) as signed_off_hours
from marts.ivena_signoffs_daily as s join marts.ivena_facilities as f using (facility_id)
where s.day_date >= date_trunc('month', $window_start::date) and s.day_date <= $window_end
group by all
order by month_date, f.facility
