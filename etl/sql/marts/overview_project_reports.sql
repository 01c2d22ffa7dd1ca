-- One row per project and reporting month: the assessment the cockpit shows (the Stabsstelle's
-- where it assessed that month, else the Fachbereich's self-assessment), whether either asked
-- for a Board decision that month, the shown overall status of the project's previous report, and the
-- project's phase that month (the shown assessment's, else the other's; NULL when neither named one: the
-- column "Phase" is optional; cockpit/sql/scoping.sql project_phases_as_of), and known_from: the day the
-- shown assessment became known (its "Gemeldet am", else the last day of the report month;
-- cockpit/sql/scoping.sql is_report_known).
-- depends on: nothing
with reports as (select * from staging.status_reports),
preferred as (
    select r.*,
           row_number() over (
               partition by project_id, report_month
               order by case assessed_by when 'Stabsstelle' then 0 else 1 end
           ) as preference
    from reports as r
),
month_totals as (
    select project_id, report_month,
           bool_or(needs_board_decision) as needs_board_decision,
           string_agg(nullif(trim(board_decision_text), ''), '; ') as board_decision_text,
           max(percent_complete) as any_percent_complete,
           max(phase) as any_phase
    from reports
    group by project_id, report_month
),
shown as (
    select p.project_id, p.report_month, p.assessed_by,
           p.status_overall, p.status_schedule, p.status_budget, p.status_scope, p.status_risks,
           coalesce(p.percent_complete, m.any_percent_complete) as percent_complete, p.reason,
           m.needs_board_decision, m.board_decision_text,
           coalesce(p.phase, m.any_phase) as phase,
           p.known_from
    from preferred as p
    join month_totals as m using (project_id, report_month)
    where p.preference = 1
),
final as (
    select s.*,
           lag(status_overall) over w as previous_status_overall,
           lag(report_month) over w as previous_report_month
    from shown as s
    window w as (partition by project_id order by report_month)
)
select * from final
