-- One row per budget year of the chosen project: Ansatz (updated), Obligo and Ist, and for the year
-- of the reference date a year-end forecast from the burn rate (Ist per day elapsed until the
-- actuals' date, times the days of the year; the days elapsed are capped at the year's length).
with project as (
    select project_id from scoped_projects(null, null, null, null) where project_id = $project_id
),
years as (
    select b.budget_year, sum(b.planned_eur) as planned_eur, sum(b.updated_plan_eur) as updated_plan_eur,
           sum(b.committed_eur) as committed_eur, sum(b.actual_eur) as actual_eur,
           max(b.actual_as_of_date) as actual_as_of_date
    from marts.budget_lines as b
    join project using (project_id)
    group by b.budget_year
),
burn as (
    select *,
           date_diff('day', make_date(budget_year, 1, 1), make_date(budget_year + 1, 1, 1)) as days_in_year,
           least(greatest(date_diff('day', make_date(budget_year, 1, 1), actual_as_of_date) + 1, 1),
                 date_diff('day', make_date(budget_year, 1, 1), make_date(budget_year + 1, 1, 1))) as days_elapsed
    from years
),
final as (
    select budget_year, planned_eur, updated_plan_eur, committed_eur, actual_eur, actual_as_of_date,
           budget_year = year(cast($as_of as date)) as is_current_year, days_elapsed, days_in_year,
           case when budget_year = year(cast($as_of as date)) and actual_as_of_date is not null
                then actual_eur / days_elapsed * days_in_year end as forecast_eur
    from burn
    order by budget_year
)
select * from final
