-- One row per KPI the chosen project is meant to move: its latest city-wide value known on the reference
-- date (its period over: is_kpi_value_known in scoping.sql; none if there is no such value yet), and its target.
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
linked as (
    select k.*, coalesce(is_kpi_value_known(k.period_start_date, d.period_length, $as_of), false) as is_known
    from marts.project_kpis as k
    join project using (project_id)
    left join marts.kpi_definitions as d using (kpi_id)
),
ranked as (
    select *, row_number() over (partition by kpi_id order by is_known desc, period_start_date desc) as recency
    from linked
),
final as (
    select kpi_id, kpi_name, unit,
           case when is_known then value end as latest_value,
           case when is_known then period_start_date end as latest_period_date,
           target_value, target_year, is_higher_better
    from ranked
    where recency = 1
    order by kpi_id
)
select * from final
