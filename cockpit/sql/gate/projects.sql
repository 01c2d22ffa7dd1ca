-- The projects led by a unit in scope, every column.
select * from {source}.marts.projects
where {everything} or list_contains({units}, lead_unit_id)
