-- One row per zone of year $year plus 'all': tickets, median parking duration (the 5-minute band
-- holding the middle ticket, its lower bound) and mean duration in minutes.
-- Month grain: the reference date's whole month counts.
with bands as (
    select zone, band_from_minutes, sum(tickets) as tickets
    from marts.parking_duration_histogram
    where year(month_date) = $year and month_date <= $as_of
    group by all
),
with_all as (
    select zone, band_from_minutes, tickets from bands
    union all
    select 'all' as zone, band_from_minutes, sum(tickets) as tickets from bands group by all
),
cumulated as (
    select zone, band_from_minutes, tickets,
           sum(tickets) over (partition by zone order by band_from_minutes) as tickets_so_far,
           sum(tickets) over (partition by zone) as total_tickets
    from with_all
),
medians as (
    select zone, total_tickets as tickets, band_from_minutes as median_minutes
    from cumulated
    where tickets_so_far * 2 >= total_tickets
    qualify row_number() over (partition by zone order by band_from_minutes) = 1
),
means as (
    select zone, sum(parked_minutes) / sum(tickets) as mean_minutes
    from marts.parking_daily
    where year(day_date) = $year and day_date <= $as_of
    group by all
    union all
    select 'all' as zone, sum(parked_minutes) / sum(tickets) as mean_minutes
    from marts.parking_daily
    where year(day_date) = $year and day_date <= $as_of
),
final as (
    select m.zone, m.tickets, m.median_minutes, a.mean_minutes
    from medians as m left join means as a using (zone)
    order by m.zone = 'all', m.zone
)
select * from final
