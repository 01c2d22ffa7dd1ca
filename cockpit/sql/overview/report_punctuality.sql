-- Status reports on time: active projects (Planung, Umsetzung, Betrieb) with a report (by either
-- assessor) for the last full month before $as_of, i.e. the month before the month of $as_of, received by
-- $as_of (is_report_known in scoping.sql).
with projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
    where phase in ('Planung', 'Umsetzung', 'Betrieb')
),
due as (
    select cast(date_trunc('month', cast($as_of as date)) - interval 1 month as date) as due_month
),
reported as (
    select distinct r.project_id
    from marts.overview_project_reports as r
    join projects as p using (project_id)
    where r.report_month = (select due_month from due) and is_report_known(r.known_from, $as_of)
),
final as (
    select (select due_month from due) as due_month,
           count(*) as active_projects,
           count(r.project_id) as reported_on_time
    from projects as p
    left join reported as r using (project_id)
)
select * from final
