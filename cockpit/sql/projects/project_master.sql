-- One row for the chosen project if it lies within the viewer's scope, none otherwise.
select project_id, title, summary, lead_unit_id, lead_unit, dezernat, field_primary, field_secondary,
       phase, planned_start_date, planned_end_date, priority, is_flagship, lead_role, partners,
       funding_programme, total_budget_eur
from scoped_projects(null, null, null, null)
where project_id = $project_id
