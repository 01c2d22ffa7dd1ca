-- Open projects (not Abgeschlossen/Eingestellt) with the five status dimensions of their latest
-- report known on $as_of (project_reports_as_of), worst first (overall, then the sum over all dimensions), at most
-- $row_limit rows; projects_with_report counts all of them before the limit.
with projects as (
    select project_id, title
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
    where phase not in ('Abgeschlossen', 'Eingestellt')
),
latest as (
    select r.*
    from project_reports_as_of($as_of) as r
    join projects as p using (project_id)
),
ranked as (
    select p.project_id, p.title, l.report_month, l.assessed_by,
           l.status_overall, l.status_schedule, l.status_budget, l.status_scope, l.status_risks,
           (case l.status_overall when 'rot' then 2 when 'gelb' then 1 else 0 end) as overall_rank,
           list_sum([
               case s when 'rot' then 2 when 'gelb' then 1 else 0 end
               for s in [l.status_overall, l.status_schedule, l.status_budget, l.status_scope, l.status_risks]
           ]) as total_rank
    from projects as p
    join latest as l using (project_id)
),
final as (
    select *, count(*) over () as projects_with_report
    from ranked
    order by overall_rank desc, total_rank desc, report_month, project_id
    limit $row_limit
)
select * from final
