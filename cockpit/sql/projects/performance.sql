-- One row for the chosen project: earned value from the latest reported percent complete on or
-- before the reference date, planned value from the share of the planned duration elapsed, actual
-- cost from the booked Ist of all years; CPI = EV / AC, SPI = EV / PV.
with project as (
    select * from scoped_projects(null, null, null, null) where project_id = $project_id
),
progress as (
    select r.percent_complete, r.report_month, r.assessed_by
    from marts.status_reports as r
    join project using (project_id)
    where r.report_month <= $as_of and r.percent_complete is not null
    order by r.report_month desc, (r.assessed_by = 'Stabsstelle') desc
    limit 1
),
costs as (
    select sum(b.actual_eur) as actual_cost_eur, max(b.actual_as_of_date) as actual_as_of_date
    from marts.budget_lines as b
    join project using (project_id)
),
values_ as (
    select p.total_budget_eur, g.percent_complete, g.report_month, c.actual_cost_eur, c.actual_as_of_date,
           g.percent_complete / 100 * p.total_budget_eur as earned_value_eur,
           p.total_budget_eur * least(greatest(
               date_diff('day', p.planned_start_date, cast($as_of as date))
               / nullif(date_diff('day', p.planned_start_date, p.planned_end_date), 0), 0), 1) as planned_value_eur
    from project as p
    cross join progress as g
    cross join costs as c
),
final as (
    select *, earned_value_eur / nullif(actual_cost_eur, 0) as cpi,
           earned_value_eur / nullif(planned_value_eur, 0) as spi
    from values_
)
select * from final
