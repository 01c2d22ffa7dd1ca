-- One row per project, reporting month and status dimension where the department (Fachbereich) and the
-- Stabsstelle assessed the same month differently, latest month first; paired_months counts every
-- month of the portfolio both assessed.
with projects as (
    select project_id, title, lead_unit_id from scoped_projects(null, null, null, null)
),
reports as (
    select r.*
    from marts.status_reports as r
    join projects using (project_id)
),
dimensions as (
    unpivot (select project_id, report_month, assessed_by, status_overall as overall,
                    status_schedule as schedule, status_budget as budget, status_scope as scope,
                    status_risks as risks from reports)
    on overall, schedule, budget, scope, risks
    into name dimension value status
),
paired as (
    select f.project_id, f.report_month, f.dimension, f.status as department_status, s.status as office_status
    from dimensions as f
    join dimensions as s
      on s.project_id = f.project_id and s.report_month = f.report_month and s.dimension = f.dimension
     and s.assessed_by = 'Stabsstelle'
    where f.assessed_by = 'Fachbereich'
),
counts as (
    select count(distinct (project_id, report_month)) as paired_months,
           count(distinct (project_id, report_month)) filter (where department_status <> office_status)
               as differing_months
    from paired
),
final as (
    select p.project_id, j.title, j.lead_unit_id, p.report_month, p.dimension, p.department_status,
           p.office_status, c.paired_months, c.differing_months,
           case p.dimension when 'overall' then 1 when 'schedule' then 2 when 'budget' then 3
                            when 'scope' then 4 else 5 end as dimension_order
    from paired as p
    join projects as j using (project_id)
    cross join counts as c
    where p.department_status <> p.office_status
    order by p.report_month desc, p.project_id, dimension_order
)
select * from final
