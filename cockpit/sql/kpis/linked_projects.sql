-- One row per KPI and linked project the viewer may see: projects come only through
-- scoped_projects, so a department sees its own linked projects and nothing of others.
with links as (select * from marts.kpi_project_links),
projects as (select * from scoped_projects($dezernate, $lead_units, null, $phases)),
final as (
    select l.kpi_id, p.project_id, p.title, p.lead_unit, p.phase
    from links as l
    join projects as p using (project_id)
    order by l.kpi_id, p.project_id
)
select * from final
