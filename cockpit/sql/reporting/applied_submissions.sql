-- One row per report submitted in the cockpit that a load has applied to the warehouse.
with applied as (
    select submission_id from marts.applied_submissions
),
final as (
    select distinct submission_id from applied
)
select * from final
