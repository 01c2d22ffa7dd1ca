-- One row per source file per load run, with its checksum.
-- depends on: nothing
with final as (select * from log.load_files)
select * from final
