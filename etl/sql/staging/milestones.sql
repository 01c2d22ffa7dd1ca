-- One row per milestone per reporting month (its forecast as of that month), with known_from: the day the
-- report became known (its "Gemeldet am", else the last day of the report month).
with source as (select * from raw.valid_milestones),
final as (
    select
        project_id, milestone_id, milestone, report_month,
        baseline_date, forecast_date,
        actual_date,
        coalesce(reported_on, last_day(report_month)) as known_from,
        source_file, source_row
    from source
)
select * from final
