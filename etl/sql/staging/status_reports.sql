-- One row per project, reporting month and assessing unit.
with source as (select * from raw.valid_status_reports),
final as (
    select
        project_id, report_month, assessed_by,
        status_overall, status_schedule, status_budget, status_scope, status_risks,
        percent_complete, reason,
        needs_board_decision, board_decision_text,
        nullif(trim(phase), '') as phase,
        reported_on as reported_on_date,
        source_file, source_row
    from source
)
select * from final
