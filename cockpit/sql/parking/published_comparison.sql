-- One row per published year (up to the reference date) and measure: our figure, the published one
-- (marts.parking_published, rounded) and our deviation from it as a share.
-- measure: 'tickets' (count), 'phone_fees_eur' and 'coin_income_eur' (euro).
with params as (select $as_of::date as as_of_date),
ours as (
    select year(day_date) as year, sum(tickets)::double as tickets, sum(parking_fees_eur) as phone_fees_eur
    from marts.parking_daily, params where day_date <= params.as_of_date group by all
),
coins as (
    select year(emptied_date) as year, sum(coin_income_eur) as coin_income_eur
    from marts.parking_coins_daily, params where emptied_date <= params.as_of_date group by all
),
published as (
    select p.*, p.year = year(params.as_of_date) and params.as_of_date < make_date(p.year, 12, 31) as is_partial_year
    from marts.parking_published as p, params where p.year <= year(params.as_of_date)
),
measures as (
    select p.year, p.is_partial_year, p.source, 1 as measure_order, 'tickets' as measure,
           o.tickets as ours, p.published_tickets::double as published
    from published as p left join ours as o using (year)
    union all
    select p.year, p.is_partial_year, p.source, 2, 'phone_fees_eur', o.phone_fees_eur, p.published_phone_fees_eur
    from published as p left join ours as o using (year)
    union all
    select p.year, p.is_partial_year, p.source, 3, 'coin_income_eur', c.coin_income_eur, p.published_coin_income_eur
    from published as p left join coins as c using (year)
),
final as (
    select year, is_partial_year, measure, ours, published, ours / published - 1 as deviation, source
    from measures
    order by year, measure_order
)
select * from final
