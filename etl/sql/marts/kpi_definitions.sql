-- One row per KPI: Bochum's four fields, target, direction, cadence and how old its latest value may be.
-- A value is stale when the end of its period lies further back than allowed_age before the reference
-- date: täglich 2 days, monatlich 2 months, quartalsweise 2 quarters, jährlich 15 months.
-- computed_from is the delivered mark of a KPI the cockpit computes from a feed (contract column "Berechnung";
-- empty: the values as delivered), never its name, so a renamed KPI keeps its computation (docs/metrics.md).
-- Only the first KPI by kpi_id per mark counts (computed_measure). parking_measure names the Handyparken ones:
-- 'phone_share' ("Anteil Handyparken"), whose values the cockpit computes from its own feeds instead of taking
-- the delivered ones (marts.kpi_phone_share), and 'digital_tickets' ("Digitale Parkscheine"): its target only.
-- "IVENA-Krankenhäuser": the hospitals connected to IVENA, counted as houses (marts.kpi_city_values).
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
matched as (
    select
        d.kpi_id, d.kpi_name, d.what_we_measure, d.why_it_matters, d.goal_text,
        d.target_value, d.target_year, d.unit, d.is_higher_better, d.cadence, d.source,
        nullif(trim(d.standard_reference), '') as standard_reference, d.field,
        f.field_en, cast(f.sort_order as integer) as field_sort_order,
        list_filter(d.linked_project_ids, lambda p: p <> '') as linked_project_ids,
        c.period_length, c.allowed_age, d.computed_from
    from definitions as d
    left join fields as f on f.field = d.field
    left join cadences as c on c.cadence = d.cadence
),
first_marked as (
    select *,
           case when row_number() over (partition by computed_from order by kpi_id) = 1 then computed_from end
               as computed_measure
    from matched
),
final as (
    select *,
           case computed_measure
               when 'Anteil Handyparken' then 'phone_share'
               when 'Digitale Parkscheine' then 'digital_tickets'
           end as parking_measure
    from first_marked
)
select * from final
