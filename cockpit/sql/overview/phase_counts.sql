-- Projects in the viewer's selection by phase as of the Stichtag (scoped_projects_as_of), and how many of them
-- carry today's phase (no status report naming a phase by then).
with projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
final as (
    select phase, count(*) as projects, count(*) filter (where is_phase_today) as projects_with_todays_phase
    from projects
    group by phase
)
select * from final
