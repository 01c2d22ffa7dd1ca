-- One row per project, reporting month and assessing unit, with known_from: the day the report became known
-- (its "Gemeldet am", else the last day of the report month; cockpit/sql/scoping.sql is_report_known).
with source as (select * from raw.valid_status_reports),
final as (
    select
        project_id, report_month, assessed_by,
        status_overall, status_schedule, status_budget, status_scope, status_risks,
        percent_complete, reason,
        needs_board_decision, board_decision_text,
        nullif(trim(phase), '') as phase,
        coalesce(reported_on, last_day(report_month)) as known_from,
        source_file, source_row
    from source
)
select * from final
