-- The last Smart-City-Board meeting before $as_of (null if there was none).
with meetings as (select * from marts.board_meetings),
final as (
    select max(meeting_date) as meeting_date
    from meetings
    where meeting_date < $as_of
)
select * from final
