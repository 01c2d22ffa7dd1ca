-- One row per project, reporting month and assessing unit (Fachbereich or Stabsstelle),
-- with the previous report's overall status of the same assessor for change detection, and known_from:
-- the day the report became known (the delivered "Gemeldet am", else the last day of the
-- report month; cockpit/sql/scoping.sql is_report_known).
-- depends on: nothing
with reports as (select * from staging.status_reports),
final as (
    select r.* exclude (source_file, source_row),
           lag(status_overall) over w as previous_status_overall,
           lag(report_month) over w as previous_report_month
    from reports as r
    window w as (partition by project_id, assessed_by order by report_month)
)
select * from final
