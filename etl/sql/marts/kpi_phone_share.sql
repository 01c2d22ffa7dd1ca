-- One row per calendar day from the first Handyparken or coin day to the last one: the year to that day's
-- parking fees paid by phone, coin income of the ticket machines, and the share paid by phone.
-- This is the one definition of "Anteil der Parkgebühren per Handy" (docs/metrics.md): fees paid by phone
-- ÷ (fees paid by phone + coin income), 1 January up to the day; coins count on the day a machine was
-- emptied. The KPI-Katalog, the Handyparken page, the Board's KPI slide and marts.kpi_city_values read it.
-- depends on: marts.parking_daily, marts.parking_coins_daily
with phone as (
    select day_date, sum(parking_fees_eur) as phone_fees_eur
    from marts.parking_daily
    group by all
),
coins as (
    select emptied_date as day_date, sum(coin_income_eur) as coin_income_eur
    from marts.parking_coins_daily
    group by all
),
bounds as (
    select least(min(day_date), (select min(day_date) from coins)) as first_date,
           greatest(max(day_date), (select max(day_date) from coins)) as last_date
    from phone
),
calendar as (
    select cast(unnest(generate_series(first_date, last_date, interval 1 day)) as date) as day_date
    from bounds
    where first_date is not null
),
daily as (
    select c.day_date, year(c.day_date) as year,
           coalesce(p.phone_fees_eur, 0) as phone_fees_eur, coalesce(k.coin_income_eur, 0) as coin_income_eur
    from calendar as c
    left join phone as p using (day_date)
    left join coins as k using (day_date)
),
year_to_date as (
    select day_date, year,
           sum(phone_fees_eur) over (partition by year order by day_date) as phone_fees_ytd_eur,
           sum(coin_income_eur) over (partition by year order by day_date) as coin_income_ytd_eur
    from daily
),
final as (
    select *,
           phone_fees_ytd_eur / nullif(phone_fees_ytd_eur + coin_income_ytd_eur, 0) as phone_share
    from year_to_date
    order by day_date
)
select * from final
