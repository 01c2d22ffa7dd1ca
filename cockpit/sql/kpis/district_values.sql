-- One row per KPI with district values and current Stadtbezirk (all 12): the values of the latest period
-- known on $as_of (its period over: is_kpi_value_known in scoping.sql) that has district rows; districts
-- without a value in that period have value null.
with definitions as (select * from marts.kpi_definitions),
district_values as (
    select v.*
    from marts.kpi_district_values as v
    join definitions as d using (kpi_id)
    where is_kpi_value_known(v.period_start_date, d.period_length, $as_of)
),
districts as (select * from marts.kpi_districts),
latest_period as (
    select kpi_id, max(period_start_date) as period_start_date
    from district_values
    group by kpi_id
),
grid as (
    select lp.kpi_id, lp.period_start_date, d.*
    from latest_period as lp
    cross join districts as d
),
final as (
    select
        g.kpi_id, k.kpi_name, k.unit, g.period_start_date, g.district_id, g.district_name,
        g.latitude, g.longitude, g.tile_row, g.tile_col, v.value
    from grid as g
    join definitions as k using (kpi_id)
    left join district_values as v using (kpi_id, period_start_date, district_id)
    where ($fields is null or list_contains(cast($fields as varchar[]), k.field))
    order by g.kpi_id, g.district_id
)
select * from final
