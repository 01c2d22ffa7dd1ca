-- One row per milestone per reporting month (its forecast as of that month).
with source as (select * from raw.valid_milestones),
final as (
    select
        project_id, milestone_id, milestone, report_month,
        baseline_date, forecast_date,
        actual_date,
        reported_on as reported_on_date,
        source_file, source_row
    from source
)
select * from final
