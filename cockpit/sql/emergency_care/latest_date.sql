-- The date the IVENA data is as of: the latest announcement on or before $as_of.
select max(latest_announced_at)::date as latest_announcement_date
from marts.ivena_announcements_daily
where day_date <= $as_of
