-- The projects led by a unit in scope, public columns only: no summary, budget, dates, priority, roles, partners.
select project_id, title, lead_unit_id, lead_unit, dezernat, field_primary, field_secondary, field_primary_en,
       field_sort_order, phase
from {source}.marts.projects
where {everything} or list_contains({units}, lead_unit_id)
