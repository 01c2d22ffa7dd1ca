-- One row per weekday (1 Monday ... 7 Sunday) and start hour (0-23) of year $year: digital tickets,
-- zero where none; up to the reference date.
with grid as (
    select weekday.range as weekday_number, start_hour.range as start_hour
    from range(1, 8) as weekday, range(0, 24) as start_hour
),
counts as (
    select weekday_number, start_hour, sum(tickets) as tickets
    from marts.parking_hourly
    where year(day_date) = $year and day_date <= $as_of
    group by all
),
final as (
    select g.weekday_number, g.start_hour, coalesce(c.tickets, 0) as tickets
    from grid as g left join counts as c using (weekday_number, start_hour)
    order by g.weekday_number, g.start_hour
)
select * from final
