-- One row per day and hour of starting: digital parking tickets (for the weekday x hour heat map).
-- depends on: nothing
with transactions as (select * from staging.parking_transactions),
per_hour as (
    select cast(started_at as date) as day_date,
           isodow(started_at) as weekday_number,
           hour(started_at) as start_hour,
           count(*) as tickets
    from transactions
    group by all
),
final as (select * from per_hour order by day_date, start_hour)
select * from final
