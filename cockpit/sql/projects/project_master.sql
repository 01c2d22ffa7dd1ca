-- One row for the chosen project if it lies within the viewer's scope, none otherwise: today's master data and
-- the phase as of the reference date (is_phase_today where no status report named one by then).
select project_id, title, summary, lead_unit_id, lead_unit, dezernat, field_primary, field_secondary,
       phase, is_phase_today, planned_start_date, planned_end_date, priority, is_flagship, lead_role, partners,
       funding_programme, total_budget_eur
from scoped_projects_as_of(null, null, null, null, $as_of)
where project_id = $project_id
