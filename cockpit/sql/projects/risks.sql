-- One row per risk of the chosen project identified on or before the reference date.
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
final as (
    select r.risk_id, r.risk, r.probability, r.impact, r.risk_score, r.risk_status, r.mitigation,
           r.owner_role, r.identified_date,
           r.risk_status = 'geschlossen' as is_closed
    from marts.risks as r
    join project using (project_id)
    where r.identified_date <= $as_of
    order by r.risk_score desc, r.risk_id
)
select * from final
