-- Projects in the viewer's selection by phase (master data, current phase).
with projects as (
    select * from scoped_projects($dezernate, $lead_units, $fields, $phases)
),
final as (
    select phase, count(*) as projects
    from projects
    group by phase
)
select * from final
