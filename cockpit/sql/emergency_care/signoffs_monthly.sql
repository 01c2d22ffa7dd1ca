-- One row per month and hospital: hours signed off, up to the reference date.
select date_trunc('month', s.day_date)::date as month_date, f.facility, sum(s.signed_off_hours) as signed_off_hours
from marts.ivena_signoffs_daily as s join marts.ivena_facilities as f using (facility_id)
where s.day_date <= $as_of
group by all
order by month_date, f.facility
