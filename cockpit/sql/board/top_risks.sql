-- The portfolio's highest risks not closed as of $as_of (identified on or before it), by score
-- (probability x impact), at most $row_limit rows, plus the count of all such risks.
with projects as (
    select project_id, title
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
open_risks as (
    select r.*, p.title
    from marts.risks as r
    join projects as p using (project_id)
    where r.identified_date <= $as_of and r.risk_status <> 'geschlossen'
),
final as (
    select project_id, title, risk_id, risk, probability, impact, risk_score, risk_status, identified_date,
           count(*) over () as open_risks
    from open_risks
    order by risk_score desc, identified_date desc, project_id, risk_id
    limit $row_limit
)
select * from final
