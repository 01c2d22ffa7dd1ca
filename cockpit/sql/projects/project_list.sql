-- One row per project in scope and filters matching the search text, with the status of the latest
-- report on or before the reference date (project_reports_as_of: the Stabsstelle's assessment where both
-- exist for a month) and the phase as of the reference date (scoped_projects_as_of; is_phase_today where no
-- report named one by then). Master data are today's: the projects delivery keeps no history.
with projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
latest as (
    select r.*
    from project_reports_as_of($as_of) as r
    join projects as p using (project_id)
),
searched as (
    select p.*
    from projects as p
    where $search is null
       or contains(
           lower(concat_ws(' ', p.project_id, p.title, p.summary, p.lead_unit_id, p.lead_unit, p.partners)),
           lower($search)
       )
),
final as (
    select s.project_id, s.title, s.lead_unit, s.dezernat, s.field_primary, s.phase, s.is_phase_today, s.priority,
           s.planned_start_date, s.planned_end_date, l.percent_complete, s.total_budget_eur,
           l.report_month, l.assessed_by, l.status_overall, l.status_schedule, l.status_budget
    from searched as s
    left join latest as l using (project_id)
    order by s.project_id
)
select * from final
