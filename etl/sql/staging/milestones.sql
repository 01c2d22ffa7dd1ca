-- One row per milestone per reporting month (its forecast as of that month).
with source as (select * from raw.valid_milestones),
final as (
    select
        project_id, milestone_id, milestone, de_month(report_month) as report_month,
        de_date(baseline_date) as baseline_date, de_date(forecast_date) as forecast_date,
        de_date(actual_date) as actual_date,
        source_file, source_row
    from source
)
select * from final
