-- One row per day and facility: sign-off periods starting that day and their hours
-- (a sign-off is counted on the day it starts, whole, even if it runs past midnight).
-- depends on: nothing
with signoffs as (select * from staging.ivena_signoffs),
per_day as (
    select cast(signed_off_from as date) as day_date, facility_id,
           count(*) as signoffs, sum(signed_off_hours) as signed_off_hours
    from signoffs
    group by all
),
final as (select * from per_day order by day_date, facility_id)
select * from final
