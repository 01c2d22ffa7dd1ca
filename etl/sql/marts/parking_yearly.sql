-- One row per year: digital parking tickets, fees paid by phone and coin income at the machines,
-- and repeat parkers (vehicles with two or more tickets in the year, counted by their keyed hash).
-- depends on: nothing
with transactions as (
    select year(started_at) as year, count(*) as digital_tickets,
           sum(parking_fee_eur) as phone_parking_fees_eur, sum(service_fee_eur) as service_fees_eur,
           count(distinct vehicle_key) as distinct_vehicles
    from staging.parking_transactions group by 1
),
vehicle_years as (
    select year(started_at) as year, vehicle_key, count(*) as tickets
    from staging.parking_transactions group by 1, 2
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
