-- One row per month of the chart's window (from the month holding $window_start to $window_end, the
-- reference date): parking fees paid by phone, coin income, and the phone share in %.
-- Coins are booked on the day a machine was emptied, so single months can swing.
with phone as (
    select date_trunc('month', day_date)::date as month_date, sum(parking_fees_eur) as phone_fees_eur
    from marts.parking_daily
    where day_date >= date_trunc('month', $window_start::date) and day_date <= $window_end
    group by all
),
coins as (
    select date_trunc('month', emptied_date)::date as month_date, sum(coin_income_eur) as coin_income_eur
    from marts.parking_coins_daily
    where emptied_date >= date_trunc('month', $window_start::date) and emptied_date <= $window_end
    group by all
),
final as (
    select month_date, coalesce(p.phone_fees_eur, 0) as phone_fees_eur,
           coalesce(c.coin_income_eur, 0) as coin_income_eur,
           100.0 * coalesce(p.phone_fees_eur, 0)
               / nullif(coalesce(p.phone_fees_eur, 0) + coalesce(c.coin_income_eur, 0), 0) as phone_share_percent
    from phone as p full join coins as c using (month_date)
    order by month_date
)
select * from final
