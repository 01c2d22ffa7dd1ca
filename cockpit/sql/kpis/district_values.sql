-- One row per KPI with district values and current Stadtbezirk (all 12): the values of the latest period
-- on or before $as_of that has district rows; districts without a value in that period have value null.
with district_values as (select * from marts.kpi_district_values where period_start_date <= $as_of),
districts as (select * from marts.kpi_districts),
definitions as (select * from marts.kpi_definitions),
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
