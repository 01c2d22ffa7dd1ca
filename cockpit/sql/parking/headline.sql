-- The year of the reference date up to that date: tickets (and the same period a year before),
-- phone share, targets and a status against them.
-- Ticket status is pro rata: on track (grün) when the tickets so far reach the target times the
-- share of the year elapsed (ticket_target_to_date, shown beside the status on the Board's slide);
-- gelb from 90 % of that; rot below. Phone share: the one definition in
-- marts.kpi_phone_share (the year up to the Stichtag) and the KPI-Katalog's status rule (kpi_status).
with params as (
    select $as_of::date as as_of_date, year($as_of::date) as year
),
this_year as (
    select coalesce(sum(tickets), 0) as tickets
    from marts.parking_daily, params
    where day_date between make_date(params.year, 1, 1) and params.as_of_date
),
share_now as (
    select phone_fees_ytd_eur as phone_fees_eur, coin_income_ytd_eur as coin_income_eur, phone_share,
           day_date as share_as_of_date
    from marts.kpi_phone_share, params
    where kpi_phone_share.year = params.year and day_date <= params.as_of_date
    qualify row_number() over (order by day_date desc) = 1
),
last_year as (
    select sum(tickets) as tickets_last_year
    from marts.parking_daily, params
    where day_date between make_date(params.year - 1, 1, 1) and (params.as_of_date - interval 1 year)::date
),
ticket_target as (
    select target_value as ticket_target, target_year as ticket_target_year
    from marts.parking_targets where measure = 'digital_tickets'
),
share_target as (
    select target_value as share_target, target_year as share_target_year, is_higher_better as share_higher_better
    from marts.parking_targets where measure = 'phone_share'
),
combined as (
    select p.year, p.as_of_date, t.tickets, l.tickets_last_year, s.phone_fees_eur, s.coin_income_eur,
           s.phone_share, s.share_as_of_date,
           (p.as_of_date - make_date(p.year, 1, 1) + 1)
               / (make_date(p.year + 1, 1, 1) - make_date(p.year, 1, 1))::double as year_elapsed,
           tt.ticket_target, tt.ticket_target_year, st.share_target, st.share_target_year, st.share_higher_better
    from params as p
    cross join this_year as t
    cross join last_year as l
    left join share_now as s on true
    left join ticket_target as tt on true
    left join share_target as st on true
),
pro_rata as (
    select *,
           case when ticket_target_year = year then ticket_target * year_elapsed end as ticket_target_to_date
    from combined
),
final as (
    select *,
           case
               when ticket_target_to_date is null then null
               when tickets >= ticket_target_to_date then 'grün'
               when tickets >= 0.9 * ticket_target_to_date then 'gelb'
               else 'rot'
           end as ticket_status,
           kpi_status(phone_share, share_target, share_higher_better) as share_status
    from pro_rata
)
select * from final
