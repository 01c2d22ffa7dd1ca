-- One row per reporting month and assessor of the chosen project: the reports known on the reference date
-- (is_report_known in scoping.sql).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
final as (
    select r.report_month, r.assessed_by, r.status_overall, r.status_schedule, r.status_budget,
           r.status_scope, r.status_risks, r.percent_complete, r.reason, r.needs_board_decision,
           r.board_decision_text
    from marts.status_reports as r
    join project using (project_id)
    where is_report_known(r.known_from, $as_of)
    order by r.report_month desc, r.assessed_by
)
select * from final
