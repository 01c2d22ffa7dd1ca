-- One row per KPI and period: the city-wide value. It is the delivered row without a Stadtbezirk;
-- where a period has only district rows, it is their sum (is_sum_of_districts).
-- depends on: nothing
with kpi_values as (select * from staging.kpi_values),
city_rows as (
    select kpi_id, period_start_date, sum(value) as value
    from kpi_values
    where district_id is null or district_id = ''
    group by all
),
district_sums as (
    select kpi_id, period_start_date, sum(value) as value
    from kpi_values
    where district_id is not null and district_id <> ''
    group by all
),
final as (
    select
        coalesce(c.kpi_id, d.kpi_id) as kpi_id,
        coalesce(c.period_start_date, d.period_start_date) as period_start_date,
        coalesce(c.value, d.value) as value,
        c.value is null as is_sum_of_districts
    from city_rows as c
    full join district_sums as d using (kpi_id, period_start_date)
)
select * from final
