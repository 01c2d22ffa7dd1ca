-- One row per Handyparken measure that has a target in the delivered KPI definitions
-- (marts.kpi_definitions.parking_measure: 'digital_tickets', 'phone_share'); the share as a fraction.
-- No such KPI delivered: no row, and the page says that no target is defined.
-- depends on: marts.kpi_definitions
with definitions as (select * from marts.kpi_definitions),
final as (
    select parking_measure as measure, kpi_id, kpi_name,
           case when parking_measure = 'phone_share' then target_value / 100 else target_value end as target_value,
           target_year, is_higher_better
    from definitions
    where parking_measure is not null and target_value is not null
)
select * from final
