-- One row per project: master data with the Handlungsfeld's order. Pages reach it only
-- through the scoped_projects table macro (cockpit/sql/scoping.sql).
-- depends on: nothing
with projects as (select * from staging.projects),
fields as (select * from ref.fields_of_action),
final as (
    select p.* exclude (source_file, source_row), f.field_en as field_primary_en,
           cast(f.sort_order as integer) as field_sort_order
    from projects as p
    left join fields as f on f.field = p.field_primary
)
select * from final
