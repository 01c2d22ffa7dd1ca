-- One row per kind of delivery: files, rows loaded and set aside, and how current the data is
-- (latest date in the data; null for master data, which has no time axis).
-- depends on: nothing
with latest as (
    select 'projects' as delivery, null::timestamp as latest_at
    union all select 'status_reports', max(report_month) from staging.status_reports
    union all select 'milestones', max(report_month) from staging.milestones
    union all select 'risks', max(identified_date) from staging.risks
    union all select 'budget', max(actual_as_of_date) from staging.budget
    union all select 'kpi_definitions', null
    union all select 'kpi_values', max(period_start_date) from staging.kpi_values
    union all select 'wlan_hotspots', null
    union all select 'wlan_usage', max(usage_date) from staging.wlan_usage
    union all select 'parking_transactions', max(started_at) from staging.parking_transactions
    union all select 'parking_coin_income', max(emptied_date) from staging.parking_coin_income
    union all select 'ivena_facilities', null
    union all select 'ivena_announcements', max(announced_at) from staging.ivena_announcements
    union all select 'ivena_signoffs', max(signed_off_from) from staging.ivena_signoffs
),
files as (
    select delivery, count(*) as files, sum(rows_loaded) as rows_loaded, sum(rows_quarantined) as rows_quarantined
    from log.load_files
    where run_id = (select run_id from log.load_runs where status = 'loaded' order by finished_at desc limit 1)
    group by delivery
),
final as (
    select d.delivery, d.delivery_label, d.mode, d.sort_order,
           coalesce(f.files, 0) as files, coalesce(f.rows_loaded, 0) as rows_loaded,
           coalesce(f.rows_quarantined, 0) as rows_quarantined, l.latest_at
    from ref.deliveries as d
    left join files as f using (delivery)
    left join latest as l using (delivery)
    order by d.sort_order
)
select * from final
