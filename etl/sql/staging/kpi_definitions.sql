-- One row per KPI.
with source as (select * from raw.valid_kpi_definitions),
final as (
    select
        kpi_id, kpi_name, what_we_measure, why_it_matters, goal_text,
        target_value, target_year,
        unit, direction = 'höher ist besser' as is_higher_better, cadence, source,
        standard_reference, field,
        nullif(trim(computed_from), '') as computed_from,
        list_transform(string_split(coalesce(linked_projects, ''), ','), lambda x: trim(x)) as linked_project_ids,
        source_file, source_row
    from source
)
select * from final
