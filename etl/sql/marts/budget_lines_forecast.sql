-- One row per budget line (project, budget year, budget type, account, funding source) with its
-- year-end forecast and the money not yet spent. Forecast of a running year: Ist extrapolated
-- from the burn rate (Ist / days from 1 January to the Ist date) to 31 December, plus the Obligo,
-- which becomes Ist by then. A closed year (Ist as of 31 December) keeps its Ist; a year that has
-- not started has no forecast.
-- depends on: marts.budget_lines
with lines as (select * from marts.budget_lines),
calendar as (
    select l.*,
           make_date(budget_year, 1, 1) as year_start_date,
           make_date(budget_year, 12, 31) as year_end_date
    from lines as l
),
burn as (
    select c.*,
           date_diff('day', year_start_date, actual_as_of_date) + 1 as days_elapsed,
           date_diff('day', year_start_date, year_end_date) + 1 as days_in_year
    from calendar as c
),
year_states as (
    select b.*,
           case when actual_as_of_date >= year_end_date then 'closed'
                when actual_as_of_date < year_start_date then 'not_started'
                else 'running' end as year_state
    from burn as b
),
final as (
    select y.* exclude (year_start_date, year_end_date, days_elapsed, days_in_year),
           case year_state
               when 'closed' then actual_eur
               when 'running' then actual_eur * days_in_year / days_elapsed + committed_eur
           end as year_end_forecast_eur,
           greatest(updated_plan_eur - actual_eur, 0) as unspent_eur
    from year_states as y
)
select * from final
