-- One row for the chosen project if it lies in the viewer's scope (any phase): its lead unit.
with projects as (
    select * from scoped_projects(null, null, null, null)
),
final as (
    select project_id, title, lead_unit_id
    from projects
    where project_id = $project_id
)
select * from final
