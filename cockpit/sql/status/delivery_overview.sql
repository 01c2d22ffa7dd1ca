select delivery, delivery_label, mode, files, rows_loaded::bigint as rows_loaded,
       rows_quarantined::bigint as rows_quarantined, latest_at,
       case
           when latest_at is null then 'master_data'
           when date_diff('day', latest_at, $today) > 95 then 'stale'
           when date_diff('day', latest_at, $today) > 35 then 'aging'
           else 'fresh'
       end as freshness
from marts.delivery_overview
order by sort_order
