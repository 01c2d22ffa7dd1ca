-- High risks (score = probability x impact >= $high_risk_score, HIGH_RISK_SCORE) identified after $since and on or before
-- $as_of: one row per risk.
with projects as (
    select project_id, title
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
final as (
    select p.project_id, p.title, r.risk_id, r.risk, r.risk_score, r.probability, r.impact,
           r.risk_status, r.identified_date
    from marts.risks as r
    join projects as p using (project_id)
    where r.risk_score >= $high_risk_score and r.identified_date > $since and r.identified_date <= $as_of
    order by r.risk_score desc, r.identified_date desc, p.project_id
)
select * from final
