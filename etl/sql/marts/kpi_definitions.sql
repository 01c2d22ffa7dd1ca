-- One row per KPI: Bochum's four fields, target, direction, cadence and how old its latest value may be.
-- A value is stale when the end of its period lies further back than allowed_age before the reference
-- date: täglich 2 days, monatlich 2 months, quartalsweise 2 quarters, jährlich 15 months.
-- parking_measure names the Handyparken KPIs (the first by kpi_id per measure): 'phone_share', a KPI in %
-- on parking fees paid by phone (name mentions "Handy" and "Park"), whose values the cockpit computes from
-- its own feeds instead of taking the delivered ones (marts.kpi_phone_share, docs/metrics.md); and
-- 'digital_tickets', a KPI counting digital parking tickets (name mentions "Parkschein"): its target only.
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
        c.period_length, c.allowed_age,
        case
            when d.kpi_name ilike '%parkschein%' and d.unit <> '%' then 'digital_tickets'
            when d.kpi_name ilike '%handy%' and d.kpi_name ilike '%park%' and d.unit = '%' then 'phone_share'
        end as matched_measure
    from definitions as d
    left join fields as f on f.field = d.field
    left join cadences as c on c.cadence = d.cadence
),
final as (
    select * exclude (matched_measure),
           case when row_number() over (partition by matched_measure order by kpi_id) = 1 then matched_measure end
               as parking_measure
    from matched
)
select * from final
