-- The Forum's and the public's project list: only the public fields (title, field, phase, lead unit) of
-- the projects in the filters matching the search text. The gate exposes nothing more to that role: no status
-- reports, so the phase is today's (is_phase_today).
with projects as (
    select * from scoped_projects($dezernate, $lead_units, $fields, $phases)
),
final as (
    select project_id, title, lead_unit, dezernat, field_primary, phase, true as is_phase_today
    from projects
    where $search is null
       or contains(lower(concat_ws(' ', project_id, title, lead_unit_id, lead_unit)), lower($search))
    order by field_sort_order, project_id
)
select * from final
