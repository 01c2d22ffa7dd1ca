-- The values the global filters offer: only what lies within the viewer's scope.
select distinct dezernat, lead_unit_id, lead_unit, field_primary, field_sort_order
from scoped_projects(null, null, null, null)
