-- One row per month and urgency (1 high ... 3 low): announcements of all hospitals (no breakdown
-- by hospital, so exact counts), up to the reference date.
select date_trunc('month', day_date)::date as month_date, urgency, sum(announcements) as announcements
from marts.ivena_announcements_daily
where day_date <= $as_of
group by all
order by month_date, urgency
