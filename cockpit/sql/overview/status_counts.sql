-- Open projects (not Abgeschlossen/Eingestellt) by the overall status of their latest report
-- known on $as_of (project_reports_as_of); status_overall is null for projects without a report. by_stabsstelle
-- counts the projects whose shown assessment is the Stabsstelle's.
with projects as (
    select * from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
    where phase not in ('Abgeschlossen', 'Eingestellt')
),
latest as (
    select r.*
    from project_reports_as_of($as_of) as r
    join projects as p using (project_id)
),
final as (
    select l.status_overall, count(*) as projects,
           count(*) filter (where l.assessed_by = 'Stabsstelle') as by_stabsstelle,
           count(*) filter (where l.assessed_by = 'Fachbereich') as by_fachbereich
    from projects as p
    left join latest as l using (project_id)
    group by l.status_overall
)
select * from final
