-- One row per milestone of the chosen project: baseline, the latest forecast or actual date
-- reported on or before the reference date, and the slip in days (positive = later than planned).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
reported as (
    select m.*, row_number() over (partition by m.milestone_id order by m.report_month desc) as recency
    from marts.milestone_forecasts as m
    join project using (project_id)
    where m.report_month <= $as_of
),
final as (
    select milestone_id, milestone, report_month, baseline_date, forecast_date, actual_date,
           actual_date is not null as is_reached, slip_days
    from reported
    where recency = 1
    order by baseline_date, milestone_id
)
select * from final
