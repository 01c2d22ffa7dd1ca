-- Every kind of delivery, with only what is the scope's own: the rows of its projects (counted in the gated
-- views of this connection, {gated}.marts) and their latest date. The measurement feeds and the KPI catalogue
-- are city-wide: their latest date stays (their marts are readable), their counts are null; no file counts.
with own as (
    select 'projects' as delivery, count(*) as rows_loaded, null::timestamp as latest_at
    from {gated}.marts.projects
    union all select 'status_reports', count(*), max(report_month) from {gated}.marts.status_reports
    union all select 'milestones', count(*), max(report_month) from {gated}.marts.milestone_forecasts
    union all select 'risks', count(*), max(identified_date) from {gated}.marts.risks
    union all select 'budget', count(*), max(actual_as_of_date) from {gated}.marts.budget_lines
)
select d.delivery, d.delivery_label, d.mode, d.sort_order, null::bigint as files,
       o.rows_loaded::hugeint as rows_loaded, null::hugeint as rows_quarantined,
       case when o.delivery is null then d.latest_at else o.latest_at end as latest_at
from {source}.marts.delivery_overview as d left join own as o using (delivery)
