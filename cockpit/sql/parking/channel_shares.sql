-- One row per month and channel (App, SMS, Anruf) of the chart's window (from the month holding
-- $window_start to $window_end, the reference date): tickets and share of the month's tickets in %.
with monthly as (
    select date_trunc('month', day_date)::date as month_date, channel, sum(tickets) as tickets
    from marts.parking_daily
    where day_date >= date_trunc('month', $window_start::date) and day_date <= $window_end
    group by all
),
final as (
    select month_date, channel, tickets,
           100.0 * tickets / sum(tickets) over (partition by month_date) as share_percent
    from monthly
    order by month_date, case channel when 'App' then 1 when 'SMS' then 2 else 3 end
)
select * from final
