-- One row per month and facility type, from the first connection (or the month holding $window_start,
-- whichever is later) to $window_end (the reference date): facilities connected on the first day of the month.
with facilities as (select * from marts.ivena_facilities),
months as (
    select unnest(generate_series(
        greatest(date_trunc('month', (select min(connected_from_date) from facilities)),
                 date_trunc('month', $window_start::date)),
        date_trunc('month', $window_end::date), interval 1 month))::date as month_date
),
types as (select distinct facility_type from facilities),
final as (
    select m.month_date, t.facility_type,
           count(f.facility_id) as facilities_connected
    from months as m
    cross join types as t
    left join facilities as f
        on f.facility_type = t.facility_type
       and f.connected_from_date <= m.month_date
       and (f.connected_to_date is null or f.connected_to_date > m.month_date)
    group by all
    order by m.month_date, t.facility_type
)
select * from final
