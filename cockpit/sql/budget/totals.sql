-- Ansatz, fortgeschriebener Ansatz, Obligo, Ist, verfügbar and year-end forecast of one budget
-- year ($budget_year), in total and by lead unit, Handlungsfeld (primary field only, so no euro is
-- counted twice), budget type, funding source and funding programme; projects within scope.
with projects as (
    select project_id, lead_unit_id, lead_unit, field_primary, field_sort_order
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
lines as (
    select * from marts.budget_lines_forecast where budget_year = $budget_year
),
scoped_lines as (
    select l.*, p.lead_unit_id, p.lead_unit, p.field_primary, p.field_sort_order
    from lines as l
    join projects as p using (project_id)
),
grouped as (
    select
        case
            when grouping(lead_unit_id) = 0 then 'lead_unit'
            when grouping(field_primary) = 0 then 'field'
            when grouping(budget_type) = 0 then 'budget_type'
            when grouping(funding_programme) = 0 then 'funding_programme'
            when grouping(funding_source) = 0 then 'funding_source'
            else 'total'
        end as dimension,
        coalesce(lead_unit_id, field_primary, budget_type, funding_source) as group_key,
        coalesce(lead_unit, field_primary, budget_type, funding_source) as group_label,
        funding_programme,
        case when grouping(field_primary) = 0 then any_value(field_sort_order) end as field_sort_order,
        sum(planned_eur) as planned_eur,
        sum(updated_plan_eur) as updated_plan_eur,
        sum(committed_eur) as committed_eur,
        sum(actual_eur) as actual_eur,
        sum(available_eur) as available_eur,
        sum(year_end_forecast_eur) as year_end_forecast_eur,
        min(funding_deadline_date) filter (where funding_deadline_date >= $as_of) as next_deadline_date,
        count(*) as line_count,
        max(actual_as_of_date) as actual_as_of_date
    from scoped_lines
    group by grouping sets (
        (), (lead_unit_id, lead_unit), (field_primary), (budget_type), (funding_source),
        (funding_source, funding_programme)
    )
),
final as (
    select *
    from grouped
    order by dimension, field_sort_order, group_key, funding_programme nulls first
)
select * from final
