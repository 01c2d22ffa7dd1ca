-- The budget years with lines of projects within scope, newest first.
with projects as (
    select project_id from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
final as (
    select distinct l.budget_year
    from marts.budget_lines as l
    join projects as p using (project_id)
    order by l.budget_year desc
)
select * from final
