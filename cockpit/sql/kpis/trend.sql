-- One row per KPI and period: the last 24 city-wide values known on $as_of (kpi_city_values_as_of; the cards'
-- sparklines).
with city_values as (select * from kpi_city_values_as_of($as_of)),
ranked as (
    select kpi_id, period_start_date, value,
           row_number() over (partition by kpi_id order by period_start_date desc) as recency
    from city_values
),
final as (
    select kpi_id, period_start_date, value
    from ranked
    where recency <= 24
    order by kpi_id, period_start_date
)
select * from final
