-- One row per hotspot: place, position, Stadtbezirk, operator and its time in operation.
-- depends on: nothing
with hotspots as (select * from staging.wlan_hotspots),
districts as (select * from ref.districts),
final as (
    select
        h.hotspot_id, h.place, h.latitude, h.longitude, h.district_id, d.district_name, h.operator,
        h.in_operation_from_date, h.in_operation_to_date
    from hotspots as h
    left join districts as d using (district_id)
)
select * from final
