-- One row per month, zone and 5-minute band of parking duration: digital parking tickets.
-- Durations are capped at 24 h (band 1440 = a day or longer). Month grain: a median is read from the bands.
-- depends on: nothing
with transactions as (select * from staging.parking_transactions),
durations as (
    select date_trunc('month', started_at)::date as month_date, zone,
           least(date_diff('minute', started_at, ended_at), 1440) as duration_minutes
    from transactions
),
banded as (
    select month_date, zone, (duration_minutes // 5) * 5 as band_from_minutes, count(*) as tickets
    from durations
    group by all
),
final as (select * from banded order by month_date, zone, band_from_minutes)
select * from final
