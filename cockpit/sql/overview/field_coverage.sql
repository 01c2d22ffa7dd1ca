-- One row per Handlungsfeld (all eight, or those chosen in the filter): the viewer's projects
-- with it as primary field, how many are active (Idee, Planung, Umsetzung, Betrieb), how many
-- name it as second field, their total budget and the fortgeschriebener Ansatz of the year of $as_of.
-- Phases as of $as_of (scoped_projects_as_of); projects_with_todays_phase counts those without a reported one.
with fields as (
    select *
    from marts.overview_fields_of_action
    where $fields is null or list_contains(cast($fields as varchar[]), field)
),
projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
plan_this_year as (
    select b.project_id, sum(b.updated_plan_eur) as updated_plan_eur
    from marts.budget_lines as b
    join projects as p using (project_id)
    where b.budget_year = year(cast($as_of as date))
    group by b.project_id
),
primary_counts as (
    select p.field_primary as field, count(*) as projects,
           count(*) filter (where p.phase in ('Idee', 'Planung', 'Umsetzung', 'Betrieb')) as active_projects,
           count(*) filter (where p.is_phase_today) as projects_with_todays_phase,
           sum(p.total_budget_eur) as total_budget_eur,
           sum(b.updated_plan_eur) as updated_plan_eur
    from projects as p
    left join plan_this_year as b using (project_id)
    group by p.field_primary
),
secondary_counts as (
    select field_secondary as field, count(*) as secondary_projects
    from projects
    where field_secondary is not null and field_secondary <> ''
    group by field_secondary
),
final as (
    select f.field, f.field_en, f.sort_order,
           coalesce(c.projects, 0) as projects,
           coalesce(c.active_projects, 0) as active_projects,
           coalesce(c.projects_with_todays_phase, 0) as projects_with_todays_phase,
           coalesce(s.secondary_projects, 0) as secondary_projects,
           coalesce(c.total_budget_eur, 0) as total_budget_eur,
           coalesce(c.updated_plan_eur, 0) as updated_plan_eur
    from fields as f
    left join primary_counts as c using (field)
    left join secondary_counts as s using (field)
    order by f.sort_order
)
select * from final
