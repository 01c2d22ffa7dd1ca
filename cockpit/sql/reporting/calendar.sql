-- One row per active project (Planung, Umsetzung, Betrieb) in scope: whether the warehouse holds the
-- department's report (Fachbereich) and the Stabsstelle's assessment for the reporting month.
with projects as (
    select * from scoped_projects(null, null, null, null)
    where phase in ('Planung', 'Umsetzung', 'Betrieb')
),
reports as (
    select project_id, assessed_by
    from marts.status_reports
    where report_month = $month
),
final as (
    select p.project_id, p.title, p.lead_unit_id, p.lead_unit,
           exists (select 1 from reports as r
                   where r.project_id = p.project_id and r.assessed_by = 'Fachbereich') as has_department_report,
           exists (select 1 from reports as r
                   where r.project_id = p.project_id and r.assessed_by = 'Stabsstelle') as has_office_report
    from projects as p
    order by p.project_id
)
select * from final
