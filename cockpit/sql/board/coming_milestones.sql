-- Milestones not yet reached whose forecast (in each milestone's latest report known on
-- $as_of, milestones_as_of) falls within $days days after $as_of: one row per milestone, soonest first.
with projects as (
    select project_id, title
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
final as (
    select l.project_id, p.title, l.milestone_id, l.milestone, l.baseline_date, l.forecast_date,
           date_diff('day', l.baseline_date, l.forecast_date) as slip_days
    from milestones_as_of($as_of) as l
    join projects as p using (project_id)
    where (l.actual_date is null or l.actual_date > $as_of)
      and l.forecast_date > $as_of and l.forecast_date <= cast($as_of as date) + cast($days as integer)
    order by l.forecast_date, l.project_id, l.milestone_id
)
select * from final
