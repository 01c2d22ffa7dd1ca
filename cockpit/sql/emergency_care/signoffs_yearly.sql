-- One row per year and hospital: sign-off periods and hours signed off (counted on the day a
-- sign-off starts), up to the reference date.
select year(s.day_date) as year, s.facility_id, f.facility,
       sum(s.signoffs) as signoffs, sum(s.signed_off_hours) as signed_off_hours
from marts.ivena_signoffs_daily as s join marts.ivena_facilities as f using (facility_id)
where s.day_date <= $as_of
group by all
order by year desc, f.facility
