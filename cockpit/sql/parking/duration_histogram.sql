-- One row per duration band and zone of year $year: tickets. Bands of 15 minutes up to 3 h,
-- then 1 h up to 6 h, then 6-12 h, 12-24 h and 24 h or more (all in minutes).
with bands as (
    select zone, band_from_minutes, tickets
    from marts.parking_duration_histogram
    where year(month_date) = $year and month_date <= $as_of
),
display as (
    select zone, tickets,
           case
               when band_from_minutes < 180 then (band_from_minutes // 15) * 15
               when band_from_minutes < 360 then (band_from_minutes // 60) * 60
               when band_from_minutes < 720 then 360
               when band_from_minutes < 1440 then 720
               else 1440
           end as band_from
    from bands
),
final as (
    select band_from,
           case
               when band_from < 180 then band_from + 15
               when band_from < 360 then band_from + 60
               when band_from = 360 then 720
               when band_from = 720 then 1440
           end::double as band_to,
           zone, sum(tickets) as tickets
    from display
    group by all
    order by band_from, zone
)
select * from final
