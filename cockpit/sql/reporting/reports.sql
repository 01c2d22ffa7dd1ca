-- One row per reporting month and assessor of the chosen project up to the reporting month, latest first:
-- what prefills a new report and what "last month" was.
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
reports as (
    select r.*
    from marts.status_reports as r
    join project using (project_id)
    where r.report_month <= $month
),
final as (
    select report_month, assessed_by, status_overall, status_schedule, status_budget, status_scope,
           status_risks, percent_complete, reason, needs_board_decision, board_decision_text, phase
    from reports
    order by report_month desc, assessed_by
)
select * from final
