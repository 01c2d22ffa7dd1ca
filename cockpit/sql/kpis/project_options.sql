-- The projects the page's project filter offers: linked to at least one KPI and within the viewer's scope.
with links as (select * from marts.kpi_project_links),
projects as (select * from scoped_projects($dezernate, $lead_units, null, $phases)),
final as (
    select distinct p.project_id, p.title
    from projects as p
    join links as l using (project_id)
    order by p.project_id
)
select * from final
