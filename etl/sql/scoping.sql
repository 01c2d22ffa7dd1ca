-- The one gate through which queries reach projects: the viewer's scope (units) and the global
-- filters. A NULL argument means "no restriction"; an empty list of units means "nothing".
create or replace macro marts.scoped_projects(units, dezernate, lead_units, fields, phases) as table
    select *
    from marts.projects
    where (units is null or list_contains(cast(units as varchar[]), lead_unit_id))
      and (dezernate is null or list_contains(cast(dezernate as varchar[]), dezernat))
      and (lead_units is null or list_contains(cast(lead_units as varchar[]), lead_unit_id))
      and (fields is null or list_contains(cast(fields as varchar[]), field_primary)
           or list_contains(cast(fields as varchar[]), field_secondary))
      and (phases is null or list_contains(cast(phases as varchar[]), phase));
