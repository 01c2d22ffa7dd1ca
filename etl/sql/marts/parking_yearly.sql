-- One row per year: digital parking tickets, fees paid by phone and coin income at the machines,
-- and repeat parkers (vehicles with two or more tickets in the year, counted by their keyed hash).
-- depends on: nothing
-- Vehicles are grouped by their key, a 64-bit number (cheap to group at tens of millions of tickets; two
-- vehicles sharing one is about as likely as 1 in 10^7 at a million vehicles a year).
with vehicle_years as (
    select year(started_at) as year, vehicle_key as vehicle, count(*) as tickets,
           count(vehicle_key) > 0 as has_key,
           sum(parking_fee_eur) as parking_fees_eur, sum(service_fee_eur) as service_fees_eur
    from staging.parking_transactions group by 1, 2
),
transactions as (
    select year, sum(tickets)::bigint as digital_tickets,
           sum(parking_fees_eur) as phone_parking_fees_eur, sum(service_fees_eur) as service_fees_eur,
           count(*) filter (where has_key) as distinct_vehicles
    from vehicle_years group by 1
),
repeat_parkers as (
    select year, count(*) filter (where tickets >= 2) as repeat_vehicles,
           coalesce(sum(tickets) filter (where tickets >= 2), 0) as repeat_vehicle_tickets
    from vehicle_years group by 1
),
coins as (
    select year(emptied_date) as year, sum(amount_eur) as coin_income_eur
    from staging.parking_coin_income group by 1
),
final as (
    select year, coalesce(t.digital_tickets, 0) as digital_tickets,
           coalesce(t.phone_parking_fees_eur, 0) as phone_parking_fees_eur,
           coalesce(t.service_fees_eur, 0) as service_fees_eur,
           coalesce(t.distinct_vehicles, 0) as distinct_vehicles,
           coalesce(c.coin_income_eur, 0) as coin_income_eur,
           t.phone_parking_fees_eur / nullif(t.phone_parking_fees_eur + c.coin_income_eur, 0) as phone_share,
           coalesce(r.repeat_vehicles, 0) as repeat_vehicles,
           coalesce(r.repeat_vehicle_tickets, 0) as repeat_vehicle_tickets
    from transactions as t full join coins as c using (year) left join repeat_parkers as r using (year)
    order by year
)
select * from final
