-- One row for the chosen project: earned value, planned value, actual cost, CPI and SPI as of the
-- reference date (the project_performance macro in cockpit/sql/scoping.sql defines them; the
-- Übersicht's Handlungsbedarf reads the same macro).
with project as (
    select * from scoped_projects(null, null, null, null) where project_id = $project_id
),
final as (
    select f.* exclude (project_id)
    from project_performance($as_of) as f
    join project using (project_id)
)
select * from final
