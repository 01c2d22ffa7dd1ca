select run_id, finished_at, status, delivery_date, seconds, files, rows_loaded::bigint as rows_loaded,
       rows_quarantined::bigint as rows_quarantined, findings_count, findings
from marts.load_runs
order by finished_at desc
