-- Table macros a data-access connection creates before a query that uses them (cockpit.data_access),
-- so they always match the code, whatever warehouse or meeting snapshot is read.
-- The projects the global filters select. The viewer's scope is the scope gate's job: marts.projects
-- already holds only the projects in scope (cockpit/sql/gate/; tests/test_scope_gate.py proves the gate
-- alone keeps other units out). NULL means "no restriction".
create or replace temp macro scoped_projects(dezernate, lead_units, fields, phases) as table
    select *
    from marts.projects
    where (dezernate is null or list_contains(cast(dezernate as varchar[]), dezernat))
      and (lead_units is null or list_contains(cast(lead_units as varchar[]), lead_unit_id))
      and (fields is null or list_contains(cast(fields as varchar[]), field_primary)
           or list_contains(cast(fields as varchar[]), field_secondary))
      and (phases is null or list_contains(cast(phases as varchar[]), phase));

-- The report shown for every project as of a date: its latest on or before that date
-- (one row per project; the Stabsstelle's assessment where it rated that month).
create or replace temp macro project_reports_as_of(as_of) as table
    select *
    from marts.overview_project_reports
    where report_month <= as_of
    qualify row_number() over (partition by project_id order by report_month desc) = 1;

-- Every milestone as forecast in its latest report on or before a date (one row per milestone).
create or replace temp macro milestones_as_of(as_of) as table
    select *
    from marts.milestone_forecasts
    where report_month <= as_of
    qualify row_number() over (partition by project_id, milestone_id order by report_month desc) = 1;

-- Earned value per project as of a date (one row per project with a reported percent complete): earned value
-- from the latest percent complete on or before that date (the Stabsstelle's where both reported), planned
-- value from the share of the planned duration elapsed, actual cost from the booked Ist of all years;
-- CPI = EV / AC, SPI = EV / PV. The Projektsteckbrief and the Übersicht's Handlungsbedarf read it.
create or replace temp macro project_performance(as_of) as table
    with progress as (
        select project_id, percent_complete, report_month, assessed_by
        from marts.status_reports
        where report_month <= as_of and percent_complete is not null
        qualify row_number() over (
            partition by project_id order by report_month desc, (assessed_by = 'Stabsstelle') desc
        ) = 1
    ),
    costs as (
        select project_id, sum(actual_eur) as actual_cost_eur, max(actual_as_of_date) as actual_as_of_date
        from marts.budget_lines
        group by project_id
    ),
    values_ as (
        select p.project_id, p.total_budget_eur, g.percent_complete, g.report_month, c.actual_cost_eur,
               c.actual_as_of_date,
               g.percent_complete / 100 * p.total_budget_eur as earned_value_eur,
               p.total_budget_eur * least(greatest(
                   date_diff('day', p.planned_start_date, cast(as_of as date))
                   / nullif(date_diff('day', p.planned_start_date, p.planned_end_date), 0), 0), 1)
                   as planned_value_eur
        from marts.projects as p
        join progress as g using (project_id)
        left join costs as c using (project_id)
    )
    select *, earned_value_eur / nullif(actual_cost_eur, 0) as cpi,
           earned_value_eur / nullif(planned_value_eur, 0) as spi
    from values_;

-- A KPI value's status against its target (docs/metrics.md), the one rule of the KPI-Katalog, the
-- Handyparken page and the Board's KPI slide: on or beyond the target = grün; short of it by at most
-- 10 % of the target = gelb; else rot ('niedriger ist besser': beyond means below). NULL without both.
create or replace temp macro kpi_status(value, target, is_higher_better) as
    case
        when value is null or target is null then null
        when is_higher_better and value >= target then 'grün'
        when not is_higher_better and value <= target then 'grün'
        when abs(value - target) <= 0.1 * abs(target) then 'gelb'
        else 'rot'
    end;
