-- One row per load run (from the load log, which survives rebuilds; rejected runs included).
-- depends on: nothing
with runs as (select * from log.load_runs),
files as (
    select run_id, count(*) as files, sum(rows_loaded) as rows_loaded, sum(rows_quarantined) as rows_quarantined
    from log.load_files group by run_id
),
final as (
    select r.run_id, r.finished_at, r.status, r.source_dir, r.delivery_date, r.seconds,
           coalesce(f.files, 0) as files, coalesce(f.rows_loaded, 0) as rows_loaded,
           coalesce(f.rows_quarantined, 0) as rows_quarantined, r.findings_count, r.findings
    from runs as r left join files as f using (run_id)
    order by r.finished_at desc
)
select * from final
