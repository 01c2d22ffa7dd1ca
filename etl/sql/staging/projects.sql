-- One row per project.
with source as (select * from raw.valid_projects),
final as (
    select
        project_id, title, summary, lead_unit_id, lead_unit, dezernat,
        field_primary, field_secondary, phase,
        planned_start as planned_start_date,
        planned_end as planned_end_date,
        priority, is_flagship, lead_role, partners, funding_programme,
        total_budget_eur,
        source_file, source_row
    from source
)
select * from final
