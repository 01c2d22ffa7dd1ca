-- One row per budget year: Ansatz, fortgeschriebener Ansatz, Obligo, Ist, verfügbar and
-- year-end forecast of the projects within scope.
with projects as (
    select project_id from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
scoped_lines as (
    select l.*
    from marts.budget_lines_forecast as l
    join projects as p using (project_id)
),
final as (
    select
        cast(budget_year as varchar) as group_label,
        budget_year,
        sum(planned_eur) as planned_eur,
        sum(updated_plan_eur) as updated_plan_eur,
        sum(committed_eur) as committed_eur,
        sum(actual_eur) as actual_eur,
        sum(available_eur) as available_eur,
        sum(year_end_forecast_eur) as year_end_forecast_eur,
        max(actual_as_of_date) as actual_as_of_date
    from scoped_lines
    group by budget_year
    order by budget_year
)
select * from final
