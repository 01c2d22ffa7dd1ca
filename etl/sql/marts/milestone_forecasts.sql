-- One row per milestone per reporting month: its forecast as of that month and the slip
-- against the baseline in days (positive = later than planned), and known_from: the day the report became
-- known (the delivered "Gemeldet am", else the last day of the report month;
-- cockpit/sql/scoping.sql is_report_known).
-- depends on: nothing
with milestones as (select * from staging.milestones),
final as (
    select m.* exclude (source_file, source_row),
           date_diff('day', baseline_date, coalesce(actual_date, forecast_date)) as slip_days
    from milestones as m
)
select * from final
