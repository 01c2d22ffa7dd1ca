-- One row per dashboard submission applied by this load (an inbox folder), with the rows of it in the warehouse.
-- Rows a later submission replaced are not counted (etl/precedence.py); rows_applied = 0: fully replaced.
-- depends on: nothing
with submissions as (select * from raw.inbox_submissions),
inbox_rows as (
    select source_file from staging.status_reports where starts_with(source_file, 'inbox/')
    union all
    select source_file from staging.milestones where starts_with(source_file, 'inbox/')
    union all
    select source_file from staging.risks where starts_with(source_file, 'inbox/')
),
rows_per_folder as (
    select regexp_extract(source_file, '^(inbox/[^/]+)/', 1) as inbox_folder, count(*) as rows_applied
    from inbox_rows
    group by all
),
final as (
    select s.submission_id, s.project_id, s.report_month, s.submitted_by, s.submitted_at,
           s.accepted_by, s.accepted_at, s.inbox_folder, s.load_run_id,
           coalesce(r.rows_applied, 0) as rows_applied
    from submissions as s left join rows_per_folder as r using (inbox_folder)
    order by s.inbox_folder
)
select * from final
