-- Projects whose overall status changed between the latest report the Board could have seen on
-- $since (the reports known the day before it met, is_report_known in scoping.sql) and the
-- latest known on $as_of: one row per project, change = new_red (red now, not red before,
-- including projects first reported red), worsened (otherwise worse) or improved.
with projects as (
    select project_id, title, lead_unit
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
reports as (
    select r.*
    from marts.overview_project_reports as r
    join projects as p using (project_id)
),
before as (
    select * from reports
    where is_report_known(known_from, cast($since as date) - 1)  -- the reports in by the eve of the meeting
    qualify row_number() over (partition by project_id order by report_month desc) = 1
),
now as (
    select r.*
    from project_reports_as_of($as_of) as r
    join projects as p using (project_id)
),
compared as (
    select n.project_id, b.status_overall as status_before, b.report_month as report_month_before,
           n.status_overall as status_now, n.report_month as report_month_now,
           case b.status_overall when 'rot' then 2 when 'gelb' then 1 when 'grün' then 0 end as rank_before,
           case n.status_overall when 'rot' then 2 when 'gelb' then 1 when 'grün' then 0 end as rank_now
    from now as n
    left join before as b using (project_id)
),
final as (
    select p.project_id, p.title, p.lead_unit, c.status_before, c.report_month_before,
           c.status_now, c.report_month_now,
           case
               when c.status_now = 'rot' and coalesce(c.status_before, '') <> 'rot' then 'new_red'
               when c.rank_now > c.rank_before then 'worsened'
               else 'improved'
           end as change
    from compared as c
    join projects as p using (project_id)
    where (c.status_now = 'rot' and coalesce(c.status_before, '') <> 'rot') or c.rank_now <> c.rank_before
    order by case change when 'new_red' then 0 when 'worsened' then 1 else 2 end, c.rank_now desc, p.project_id
)
select * from final
