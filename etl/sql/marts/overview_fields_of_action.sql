-- One row per Handlungsfeld of the Smart-City-Rahmenkonzept (all eight, in the strategy's order).
-- depends on: nothing
with fields as (select * from ref.fields_of_action),
final as (
    select field, field_en, cast(sort_order as integer) as sort_order
    from fields
    order by sort_order
)
select * from final
