-- One row per funded budget line (Bund, Land, EU) whose deadline is on or after the reference
-- date, with the days left and the money at risk: the funded money not yet spent (fortgeschriebener
-- Ansatz - Ist, so including the Obligo) when the project's expected end lies after the deadline.
-- Expected end = the later of the planned end and the latest milestone date (actual, else forecast)
-- in each milestone's latest report known on the reference date (milestones_as_of). Near: at most $near_days days left.
with projects as (
    select project_id, title, lead_unit_id, lead_unit, planned_end_date
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
),
latest_milestones as (
    select project_id, max(coalesce(actual_date, forecast_date)) as latest_milestone_date
    from milestones_as_of($as_of)
    group by project_id
),
funded_lines as (
    select *
    from marts.budget_lines_forecast
    where funding_source <> 'Eigenmittel' and funding_deadline_date >= $as_of
),
expected_ends as (
    select f.*, p.title, p.lead_unit_id, p.lead_unit, p.planned_end_date, m.latest_milestone_date,
           greatest(p.planned_end_date, m.latest_milestone_date) as expected_end_date,
           date_diff('day', cast($as_of as date), f.funding_deadline_date) as days_left
    from funded_lines as f
    join projects as p using (project_id)
    left join latest_milestones as m using (project_id)
),
final as (
    select e.*,
           days_left <= $near_days as is_deadline_near,
           coalesce(expected_end_date > funding_deadline_date, false) as is_end_after_deadline,
           case when expected_end_date > funding_deadline_date then unspent_eur else 0 end as at_risk_eur
    from expected_ends as e
    order by funding_deadline_date, project_id, budget_year
)
select * from final
