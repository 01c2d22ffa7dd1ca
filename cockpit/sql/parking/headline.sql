-- The year of the reference date up to that date: tickets (and the same period a year before),
-- phone share, targets and a status against them.
-- Ticket status is pro rata: on track (grün) when the tickets so far reach the target times the
-- share of the year elapsed; gelb from 90 % of that; rot below. Phone share: grün at or above the
-- target, gelb below it while the target year is still ahead, rot below it after.
with params as (
    select $as_of::date as as_of_date, year($as_of::date) as year
),
this_year as (
    select coalesce(sum(tickets), 0) as tickets, coalesce(sum(parking_fees_eur), 0) as phone_fees_eur
    from marts.parking_daily, params
    where day_date between make_date(params.year, 1, 1) and params.as_of_date
),
last_year as (
    select sum(tickets) as tickets_last_year
    from marts.parking_daily, params
    where day_date between make_date(params.year - 1, 1, 1) and (params.as_of_date - interval 1 year)::date
),
coins as (
    select coalesce(sum(coin_income_eur), 0) as coin_income_eur
    from marts.parking_coins_daily, params
    where emptied_date between make_date(params.year, 1, 1) and params.as_of_date
),
ticket_target as (
    select target_value as ticket_target, target_year as ticket_target_year
    from marts.parking_targets where measure = 'digital_tickets'
),
share_target as (
    select target_value as share_target, target_year as share_target_year
    from marts.parking_targets where measure = 'phone_share'
),
combined as (
    select p.year, p.as_of_date, t.tickets, l.tickets_last_year, t.phone_fees_eur, c.coin_income_eur,
           t.phone_fees_eur / nullif(t.phone_fees_eur + c.coin_income_eur, 0) as phone_share,
           (p.as_of_date - make_date(p.year, 1, 1) + 1)
               / (make_date(p.year + 1, 1, 1) - make_date(p.year, 1, 1))::double as year_elapsed,
           tt.ticket_target, tt.ticket_target_year, st.share_target, st.share_target_year
    from params as p
    cross join this_year as t
    cross join last_year as l
    cross join coins as c
    left join ticket_target as tt on true
    left join share_target as st on true
),
final as (
    select *,
           case
               when ticket_target is null or ticket_target_year <> year then null
               when tickets >= ticket_target * year_elapsed then 'grün'
               when tickets >= 0.9 * ticket_target * year_elapsed then 'gelb'
               else 'rot'
           end as ticket_status,
           case
               when share_target is null or phone_share is null then null
               when phone_share >= share_target then 'grün'
               when year <= share_target_year then 'gelb'
               else 'rot'
           end as share_status
    from combined
)
select * from final
