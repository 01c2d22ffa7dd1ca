-- The dates the Handyparken data is as of: latest transaction and latest emptying on or before $as_of.
with transactions as (
    select max(latest_started_at)::date as latest_transaction_date
    from marts.parking_daily where day_date <= $as_of
),
coins as (
    select max(emptied_date) as latest_emptying_date
    from marts.parking_coins_daily where emptied_date <= $as_of
),
final as (select * from transactions, coins)
select * from final
