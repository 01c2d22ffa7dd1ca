-- One row per KPI: Bochum's four fields, target, direction, cadence and how old its latest value may be.
-- A value is stale when the end of its period lies further back than allowed_age before the reference
-- date: täglich 2 days, monatlich 2 months, quartalsweise 2 quarters, jährlich 15 months.
-- depends on: nothing
with definitions as (select * from staging.kpi_definitions),
fields as (select * from ref.fields_of_action),
cadences as (
    select * from (values
        ('täglich', interval 1 day, interval 2 day, 1),
        ('monatlich', interval 1 month, interval 2 month, 2),
        ('quartalsweise', interval 3 month, interval 6 month, 3),
        ('jährlich', interval 12 month, interval 15 month, 4)
    ) as c(cadence, period_length, allowed_age, cadence_order)
),
final as (
    select
        d.kpi_id, d.kpi_name, d.what_we_measure, d.why_it_matters, d.goal_text,
        d.target_value, d.target_year, d.unit, d.is_higher_better, d.cadence, d.source,
        nullif(trim(d.standard_reference), '') as standard_reference, d.field,
        f.field_en, cast(f.sort_order as integer) as field_sort_order,
        list_filter(d.linked_project_ids, lambda p: p <> '') as linked_project_ids,
        c.period_length, c.allowed_age
    from definitions as d
    left join fields as f on f.field = d.field
    left join cadences as c on c.cadence = d.cadence
)
select * from final
