-- One row per KPI.
with source as (select * from raw.valid_kpi_definitions),
final as (
    select
        kpi_id, kpi_name, what_we_measure, why_it_matters, goal_text,
        de_decimal(target_value) as target_value, de_int(target_year) as target_year,
        unit, direction = 'höher ist besser' as is_higher_better, cadence, source,
        standard_reference, field,
        list_transform(string_split(coalesce(linked_projects, ''), ','), lambda x: trim(x)) as linked_project_ids,
        source_file, source_row
    from source
)
select * from final
