-- Table macros a data-access connection creates before a query that uses them (cockpit.data_access),
-- so they always match the code, whatever warehouse or meeting snapshot is read.
--
-- The Stichtag ($as_of) travels in time where the deliveries keep history, and the rule for each kind
-- lives here: status reports and milestone forecasts count from the day they came in (is_report_known: the
-- delivered "Gemeldet am", else the last day of the report month), the latest report month
-- among those (project_reports_as_of, milestones_as_of); a project's phase by the phase its known status
-- reports name (project_phases_as_of, scoped_projects_as_of); KPI values once their period is over, from its
-- last day (kpi_city_values_as_of, is_kpi_value_known; cockpit/sql/kpis/); risks by identified_on (a risk
-- counts from the day it was identified). Without history, queries read today's rows and the screen says so
-- (cockpit.ui.sections.today_value_caption): project master data, the phase of a project without a report
-- naming one by then (is_phase_today), a risk's status and rating,
-- and the budget lines (one Ist per line, as of its actual_as_of; only a line's budget year tells that
-- its money cannot have been booked before the Stichtag: budget_lines_as_of).
-- Whether a status report or milestone forecast was known on a date: from known_from, the delivered "Gemeldet am",
-- else the last day of its report month (the earliest a report can speak for the whole month; set once per
-- delivery in etl/sql/staging/; a warehouse written before known_from existed reads the report month,
-- cockpit/sql/gate/policy.toml).
-- A meeting snapshot holds what was known when it was prepared, so it freezes known_from as the report month and
-- its Datenstand selects reporting months (cockpit/board/snapshots.py). Ordering stays by report month: of the
-- known reports, the latest report month is shown.
create or replace temp macro is_report_known(known_from, as_of) as
    known_from <= cast(as_of as date);

-- Whether a KPI value was known on a date: once its period is over, from its last day (period start + the KPI's
-- period length - 1 day, marts.kpi_definitions.period_length), not from the period's start: the value of June or
-- of 2024 cannot have been known before June or 2024 was over. Values the cockpit computes from daily feed rows
-- up to the date (the phone share of the Stichtag's month, cockpit/sql/kpis/catalogue.sql) do not use it.
create or replace temp macro is_kpi_value_known(period_start_date, period_length, as_of) as
    cast(period_start_date + period_length as date) - 1 <= cast(as_of as date);

-- The city-wide KPI values known on a date (one row per KPI and period; is_kpi_value_known).
create or replace temp macro kpi_city_values_as_of(as_of) as table
    select v.*
    from marts.kpi_city_values as v
    join marts.kpi_definitions as d using (kpi_id)
    where is_kpi_value_known(v.period_start_date, d.period_length, as_of);

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

-- Every project's phase as of a date (one row per project): the phase named by its latest status report known
-- on that date (is_report_known) that names one (the shown assessment's, else the other assessor's that month); without
-- such a report, today's phase from the projects delivery, and is_phase_today says so. A status report names
-- its month's phase since the contract's optional column "Phase" (older deliveries leave it out).
-- A phase that changed after the project's last report (closed without a final report) is known only from the
-- projects delivery: past the last report, today's phase wins where it differs, flagged as today's.
create or replace temp macro project_phases_as_of(as_of) as table
    with named as (
        select project_id, report_month, known_from, phase,
               report_month = max(report_month) over (partition by project_id) as is_last_report
        from marts.overview_project_reports
        where phase is not null
    ),
    reported as (
        select project_id, phase, is_last_report
        from named
        where is_report_known(known_from, as_of)
        qualify row_number() over (partition by project_id order by report_month desc) = 1
    ),
    chosen as (
        select p.project_id, p.phase as phase_today, r.phase as phase_reported,
               r.phase is null or (r.is_last_report and r.phase <> p.phase) as is_phase_today
        from marts.projects as p
        left join reported as r using (project_id)
    )
    select project_id, case when is_phase_today then phase_today else phase_reported end as phase, is_phase_today
    from chosen;

-- The projects the global filters select, with their phase as of a date (project_phases_as_of): what
-- every screen that shows or filters by phase at a Stichtag reads. The phase filter applies to that phase.
-- (scoped_projects keeps today's phase: the Forum's list, whose gate shows no status reports, and Meldung.)
create or replace temp macro scoped_projects_as_of(dezernate, lead_units, fields, phases, as_of) as table
    select p.* replace (a.phase as phase), a.is_phase_today
    from scoped_projects(dezernate, lead_units, fields, null) as p
    join project_phases_as_of(as_of) as a using (project_id)
    where phases is null or list_contains(cast(phases as varchar[]), a.phase);

-- The report shown for every project as of a date: its latest known on that date (is_report_known; one row
-- per project; the Stabsstelle's assessment where it rated that month, known when that assessment came in).
create or replace temp macro project_reports_as_of(as_of) as table
    select *
    from marts.overview_project_reports
    where is_report_known(known_from, as_of)
    qualify row_number() over (partition by project_id order by report_month desc) = 1;

-- Every milestone as forecast in its latest report known on a date (is_report_known; one row per milestone).
create or replace temp macro milestones_as_of(as_of) as table
    select *
    from marts.milestone_forecasts
    where is_report_known(known_from, as_of)
    qualify row_number() over (partition by project_id, milestone_id order by report_month desc) = 1;

-- Budget lines as far as they can be known on a date (one row per budget line, with its year-end forecast):
-- the lines of budget years up to the year of that date. The delivery keeps one Ist per line, as of its
-- actual_as_of, and no history: those lines carry today's figures, and is_actual_after_as_of says when
-- their Ist is of a later day than the date (the screen then says "Stand heute"). A later budget year's
-- money cannot have been booked by then, so its lines are left out.
create or replace temp macro budget_lines_as_of(as_of) as table
    select *, actual_as_of_date > cast(as_of as date) as is_actual_after_as_of
    from marts.budget_lines_forecast
    where budget_year <= year(cast(as_of as date));

-- Earned value per project as of a date (one row per project with a reported percent complete): earned value
-- from the latest percent complete known on that date (is_report_known; the Stabsstelle's where both reported), planned
-- value from the share of the planned duration elapsed, actual cost from the booked Ist of the budget years up
-- to the date's year (budget_lines_as_of: today's Ist of those lines, no history delivered);
-- CPI = EV / AC, SPI = EV / PV. The Projektsteckbrief and the Übersicht's Handlungsbedarf read it.
create or replace temp macro project_performance(as_of) as table
    with progress as (
        select project_id, percent_complete, report_month, assessed_by
        from marts.status_reports
        where is_report_known(known_from, as_of) and percent_complete is not null
        qualify row_number() over (
            partition by project_id order by report_month desc, (assessed_by = 'Stabsstelle') desc
        ) = 1
    ),
    costs as (
        select project_id, sum(actual_eur) as actual_cost_eur, max(actual_as_of_date) as actual_as_of_date
        from budget_lines_as_of(as_of)
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
