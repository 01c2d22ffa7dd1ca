-- Milestones reached after $since and on or before $as_of (per each milestone's latest report
-- known on $as_of, milestones_as_of): one row per milestone.
with projects as (
    select project_id, title
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
final as (
    select p.project_id, p.title, l.milestone_id, l.milestone, l.baseline_date, l.actual_date,
           date_diff('day', l.baseline_date, l.actual_date) as slip_days
    from milestones_as_of($as_of) as l
    join projects as p using (project_id)
    where l.actual_date > $since and l.actual_date <= $as_of
    order by l.actual_date desc, p.project_id
)
select * from final
