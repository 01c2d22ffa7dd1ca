-- One row per active project (Planung, Umsetzung, Betrieb) in the viewer's scope, whatever the filters:
-- the projects that report monthly, with their lead unit.
with projects as (
    select * from scoped_projects(null, null, null, null)
),
final as (
    select project_id, title, lead_unit_id, lead_unit, phase
    from projects
    where phase in ('Planung', 'Umsetzung', 'Betrieb')
    order by project_id
)
select * from final
