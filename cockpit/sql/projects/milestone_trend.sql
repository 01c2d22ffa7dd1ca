-- One row per milestone and reporting month of the chosen project known on the reference date (is_report_known):
-- the forecast (or the actual date once reached) as reported that month.
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
final as (
    select m.milestone_id, m.milestone, m.report_month, m.baseline_date, m.forecast_date, m.actual_date,
           coalesce(m.actual_date, m.forecast_date) as expected_date, m.slip_days
    from marts.milestone_forecasts as m
    join project using (project_id)
    where is_report_known(m.known_from, $as_of)
    order by m.milestone_id, m.report_month
)
select * from final
