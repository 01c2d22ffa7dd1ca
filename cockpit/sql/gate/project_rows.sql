-- The rows of a table with a project_id that belong to projects led by a unit in scope.
select * from {source}.marts.{table}
where {everything}
   or project_id in (select project_id from {source}.marts.projects where list_contains({units}, lead_unit_id))
