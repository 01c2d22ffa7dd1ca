-- One row per month and zone of the chart's window (from the month holding $window_start to $window_end,
-- the reference date): digital tickets. Zones 'I a'/'I b' since 01.05.2024; before 'I' (and 'II').
with final as (
    select date_trunc('month', day_date)::date as month_date, zone, sum(tickets) as tickets
    from marts.parking_daily
    where day_date >= date_trunc('month', $window_start::date) and day_date <= $window_end
    group by all
    order by month_date, zone
)
select * from final
