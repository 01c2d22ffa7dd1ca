-- The budget of the year of $as_of over the viewer's projects: fortgeschriebener Ansatz, Obligo,
-- Ist and what is left (available = fortgeschriebener Ansatz - Ist - Obligo); one row. The delivery keeps
-- no history (budget_lines_as_of in scoping.sql): today's figures, as of actual_as_of_date.
with projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
lines as (
    select b.*
    from budget_lines_as_of($as_of) as b
    join projects as p using (project_id)
    where b.budget_year = year(cast($as_of as date))
),
final as (
    select year(cast($as_of as date)) as budget_year,
           count(*) as budget_lines,
           coalesce(sum(updated_plan_eur), 0) as updated_plan_eur,
           coalesce(sum(committed_eur), 0) as committed_eur,
           coalesce(sum(actual_eur), 0) as actual_eur,
           coalesce(sum(available_eur), 0) as available_eur,
           max(actual_as_of_date) as actual_as_of_date
    from lines
)
select * from final
