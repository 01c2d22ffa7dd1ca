-- Table macros every data-access connection creates before its query (cockpit.data_access), so
-- they always match the code, whatever warehouse or meeting snapshot is read.
-- The one gate through which queries reach projects: the viewer's scope (units) and the global
-- filters. A NULL argument means "no restriction"; an empty list of units means "nothing".
create or replace temp macro scoped_projects(units, dezernate, lead_units, fields, phases) as table
    select *
    from marts.projects
    where (units is null or list_contains(cast(units as varchar[]), lead_unit_id))
      and (dezernate is null or list_contains(cast(dezernate as varchar[]), dezernat))
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
