-- One row per risk of the chosen project, with every column of the risk contract (is_open: not closed).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
final as (
    select r.risk_id, r.project_id, r.risk, r.probability, r.impact, r.risk_status, r.mitigation, r.owner_role,
           r.identified_date, r.risk_status <> 'geschlossen' as is_open
    from marts.risks as r
    join project using (project_id)
    order by r.probability * r.impact desc, r.risk_id
)
select * from final
