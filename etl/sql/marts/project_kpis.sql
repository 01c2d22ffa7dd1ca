-- One row per project, linked KPI and period of a city-wide value (period null while the KPI has
-- no city-wide value yet): the KPIs a project is meant to move, with goal and values over time.
-- City-wide values as the KPI-Katalog shows them (marts.kpi_city_values).
-- depends on: marts.kpi_city_values
with definitions as (select * from staging.kpi_definitions),
city_values as (select kpi_id, period_start_date, value from marts.kpi_city_values),
links as (
    select d.kpi_id, trim(linked.project_id) as project_id
    from definitions as d, unnest(d.linked_project_ids) as linked(project_id)
    where trim(linked.project_id) <> ''
),
final as (
    select l.project_id, d.kpi_id, d.kpi_name, d.unit, d.target_value, d.target_year,
           d.is_higher_better, d.field, v.period_start_date, v.value
    from links as l
    join definitions as d using (kpi_id)
    left join city_values as v using (kpi_id)
)
select * from final
