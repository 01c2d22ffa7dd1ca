-- Every load run, when and how it ended; no city-wide counts, no findings (they name other units' files and values).
select run_id, finished_at, status, null::varchar as source_dir, delivery_date, seconds,
       null::bigint as files, null::hugeint as rows_loaded, null::hugeint as rows_quarantined,
       null::bigint as findings_count, null::varchar[] as findings
from {source}.marts.load_runs
