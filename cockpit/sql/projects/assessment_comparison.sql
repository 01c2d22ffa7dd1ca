-- One row per reporting month and status dimension of the chosen project where both the department
-- (Fachbereich) and the Stabsstelle assessed that month, both known on the reference date (is_report_known).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
reports as (
    select r.*
    from marts.status_reports as r
    join project using (project_id)
    where is_report_known(r.known_from, $as_of)
),
dimensions as (
    unpivot (select report_month, assessed_by, status_overall as overall, status_schedule as schedule,
                    status_budget as budget, status_scope as scope, status_risks as risks from reports)
    on overall, schedule, budget, scope, risks
    into name dimension value status
),
paired as (
    select f.report_month, f.dimension, f.status as department_status, s.status as office_status
    from dimensions as f
    join dimensions as s
      on s.report_month = f.report_month and s.dimension = f.dimension and s.assessed_by = 'Stabsstelle'
    where f.assessed_by = 'Fachbereich'
),
final as (
    select *, department_status <> office_status as is_different,
           case dimension when 'overall' then 1 when 'schedule' then 2 when 'budget' then 3
                          when 'scope' then 4 else 5 end as dimension_order
    from paired
    order by report_month desc, dimension_order
)
select * from final
