-- One row per Smart-City-Board meeting (the Stabsstelle's calendar; invented dates in the demo).
-- depends on: nothing
with meetings as (select * from ref.board_meetings),
final as (
    select de_date(meeting_date) as meeting_date, meeting_name from meetings order by 1
)
select * from final
