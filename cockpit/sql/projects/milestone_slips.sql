-- One row per milestone of the chosen project: baseline, the latest forecast or actual date
-- known on the reference date (milestones_as_of), and the slip in days (positive = later
-- than planned).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
reported as (
    select m.*
    from milestones_as_of($as_of) as m
    join project using (project_id)
),
final as (
    select milestone_id, milestone, report_month, baseline_date, forecast_date, actual_date,
           actual_date is not null as is_reached, slip_days
    from reported
    order by baseline_date, milestone_id
)
select * from final
