-- The projects this viewer may open in the Steckbrief: their whole scope, regardless of filters.
select project_id, title
from scoped_projects(null, null, null, null)
order by project_id
