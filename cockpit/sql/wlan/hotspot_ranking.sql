-- One row per hotspot in operation during the $window_days days up to $as_of that reported usage in them:
-- sessions per day in operation (days in operation within the window, whether or not usage was reported)
-- and mean availability over the days reported.
with hotspots as (select * from marts.wlan_hotspots),
window_bounds as (
    select cast($as_of as date) - cast($window_days as integer) + 1 as first_day, cast($as_of as date) as last_day
),
usage as (
    select u.*
    from marts.wlan_hotspot_daily as u, window_bounds as w
    where u.usage_date between w.first_day and w.last_day
),
in_window as (
    select
        h.hotspot_id, h.place, h.district_name, h.operator,
        date_diff('day', greatest(h.in_operation_from_date, w.first_day),
                  least(coalesce(h.in_operation_to_date, w.last_day), w.last_day)) + 1 as days_in_operation
    from hotspots as h, window_bounds as w
    where h.in_operation_from_date <= w.last_day
      and (h.in_operation_to_date is null or h.in_operation_to_date >= w.first_day)
),
usage_per_hotspot as (
    select hotspot_id, sum(sessions) as sessions, avg(availability_pct) as availability_pct,
           count(*) as days_reported
    from usage
    group by hotspot_id
),
final as (
    select
        i.*, u.sessions, u.days_reported,
        u.sessions / i.days_in_operation as sessions_per_day,
        u.availability_pct
    from in_window as i
    join usage_per_hotspot as u using (hotspot_id)
    order by sessions_per_day desc, i.hotspot_id
)
select * from final
