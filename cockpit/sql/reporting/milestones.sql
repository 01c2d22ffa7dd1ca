-- One row per milestone of the chosen project: its latest forecast reported on or before the reporting month
-- (is_open: not reached yet).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
forecasts as (
    select m.*
    from marts.milestone_forecasts as m
    join project using (project_id)
    where m.report_month <= $month
),
latest as (
    select *
    from forecasts
    qualify row_number() over (partition by milestone_id order by report_month desc) = 1
),
final as (
    select milestone_id, milestone, report_month as forecast_month, baseline_date, forecast_date, actual_date,
           actual_date is null as is_open
    from latest
    order by baseline_date, milestone_id
)
select * from final
