-- The next Smart-City-Board meeting on or after $as_of (no rows if the calendar has none).
with meetings as (select * from marts.board_meetings),
final as (
    select meeting_date, meeting_name
    from meetings
    where meeting_date >= $as_of
    order by meeting_date
    limit 1
)
select * from final
