-- The months with announcements on or before the reference date, latest first.
select distinct date_trunc('month', day_date)::date as month_date
from marts.ivena_announcements_daily
where day_date <= $as_of
order by month_date desc
