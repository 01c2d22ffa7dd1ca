-- One row per month and zone: digital tickets. Zones 'I a'/'I b' since 01.05.2024; before 'I' (and 'II').
with final as (
    select date_trunc('month', day_date)::date as month_date, zone, sum(tickets) as tickets
    from marts.parking_daily
    where day_date <= $as_of
    group by all
    order by month_date, zone
)
select * from final
