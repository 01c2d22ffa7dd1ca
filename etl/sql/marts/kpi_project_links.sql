-- One row per KPI and project meant to move it. Pages join project_id to scoped_projects,
-- so a department sees only its own linked projects.
-- depends on: nothing
with definitions as (select * from staging.kpi_definitions),
links as (
    select kpi_id, unnest(linked_project_ids) as project_id
    from definitions
),
final as (
    select distinct kpi_id, project_id
    from links
    where project_id <> ''
)
select * from final
