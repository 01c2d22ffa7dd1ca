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
