-- One row per Handyparken measure that has a target in the delivered KPI definitions.
-- measure 'digital_tickets': a KPI counting digital parking tickets (name mentions "Parkschein");
-- measure 'phone_share': a KPI in % on fees paid by phone (name mentions "Handy" and "Park").
-- No such KPI delivered: no row, and the page says that no target is defined.
-- depends on: nothing
with definitions as (select * from staging.kpi_definitions),
matched as (
    select case
               when kpi_name ilike '%parkschein%' and unit <> '%' then 'digital_tickets'
               when kpi_name ilike '%handy%' and kpi_name ilike '%park%' and unit = '%' then 'phone_share'
           end as measure,
           kpi_id, kpi_name, target_value, target_year, unit
    from definitions
    where target_value is not null
),
final as (
    select measure, kpi_id, kpi_name,
           case when measure = 'phone_share' then target_value / 100 else target_value end as target_value,
           target_year
    from matched
    where measure is not null
    qualify row_number() over (partition by measure order by kpi_id) = 1
)
select * from final
