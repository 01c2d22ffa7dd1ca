-- One row per day with ticket-machine emptyings: coin income (the city knows coins only per emptying).
-- depends on: nothing
with coins as (select * from staging.parking_coin_income),
per_day as (
    select emptied_date, count(*) as emptyings, sum(amount_eur) as coin_income_eur
    from coins
    group by all
),
final as (select * from per_day order by emptied_date)
select * from final
