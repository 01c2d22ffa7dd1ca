-- Every KPI; its linked projects only as far as they are led by a unit in scope.
with scoped as (
    select coalesce(list(project_id), []::varchar[]) as project_ids
    from {source}.marts.projects
    where list_contains({units}, lead_unit_id)
)
select k.* replace (
    case when {everything} then k.linked_project_ids
         else list_filter(k.linked_project_ids, lambda id: list_contains(s.project_ids, id)) end
    as linked_project_ids
)
from {source}.marts.kpi_definitions as k cross join scoped as s
