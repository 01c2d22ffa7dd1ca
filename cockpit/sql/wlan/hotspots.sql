-- One row per hotspot opened on or before $as_of, with its status on that date:
-- 'in_operation' (in_operation_to empty or not before $as_of) or 'out_of_service'.
with hotspots as (select * from marts.wlan_hotspots),
final as (
    select
        hotspot_id, place, latitude, longitude, district_id, district_name, operator,
        in_operation_from_date, in_operation_to_date,
        case when in_operation_to_date is null or in_operation_to_date >= $as_of
             then 'in_operation' else 'out_of_service' end as status
    from hotspots
    where in_operation_from_date <= $as_of
    order by hotspot_id
)
select * from final
