-- One row per year up to the reference date: our tickets, fees, coin income and phone share.
-- Vehicles and repeat parkers come from marts.parking_yearly (whole years); the phone share from
-- marts.kpi_phone_share (its last day of the year on or before the reference date).
with params as (select $as_of::date as as_of_date),
ours as (
    select year(day_date) as year, sum(tickets) as tickets, sum(parking_fees_eur) as phone_fees_eur,
           sum(service_fees_eur) as service_fees_eur
    from marts.parking_daily, params where day_date <= params.as_of_date group by all
),
coins as (
    select year(emptied_date) as year, sum(coin_income_eur) as coin_income_eur
    from marts.parking_coins_daily, params where emptied_date <= params.as_of_date group by all
),
shares as (
    select year, arg_max(phone_share, day_date) as phone_share
    from marts.kpi_phone_share, params where day_date <= params.as_of_date group by all
),
vehicles as (
    select year, distinct_vehicles, repeat_vehicles, repeat_vehicle_tickets from marts.parking_yearly
),
years as (
    select year from ours union select year from coins
),
final as (
    select y.year,
           y.year = year(params.as_of_date) and params.as_of_date < make_date(y.year, 12, 31) as is_partial_year,
           o.tickets, o.phone_fees_eur, o.service_fees_eur, c.coin_income_eur,
           s.phone_share,
           v.distinct_vehicles::double as distinct_vehicles, v.repeat_vehicles::double as repeat_vehicles,
           v.repeat_vehicle_tickets / nullif(o.tickets, 0) as repeat_ticket_share
    from years as y
    cross join params
    left join ours as o using (year)
    left join coins as c using (year)
    left join shares as s using (year)
    left join vehicles as v using (year)
    order by y.year
)
select * from final
