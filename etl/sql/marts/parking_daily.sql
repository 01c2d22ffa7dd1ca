-- One row per day, zone and channel: digital parking tickets, fees and parked minutes.
-- Pages read this instead of the transactions, so they stay fast at any number of transactions.
-- depends on: nothing
with transactions as (select * from staging.parking_transactions),
per_day as (
    select cast(started_at as date) as day_date, zone, channel,
           count(*) as tickets,
           sum(parking_fee_eur) as parking_fees_eur,
           sum(service_fee_eur) as service_fees_eur,
           sum(date_diff('minute', started_at, ended_at)) as parked_minutes,
           max(started_at) as latest_started_at
    from transactions
    group by all
),
final as (select * from per_day order by day_date, zone, channel)
select * from final
