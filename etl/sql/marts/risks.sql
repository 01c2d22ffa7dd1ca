-- One row per risk, with its score (probability x impact, 1 to 25).
-- depends on: nothing
with risks as (select * from staging.risks),
final as (select r.* exclude (source_file, source_row) from risks as r)
select * from final
