-- The date the WLAN use figures are as of: the latest day with reported use on or before $as_of (the
-- page's Datenstand; the Stichtag only says up to when it looks).
with final as (
    select max(usage_date) as latest_usage_date from marts.wlan_daily where usage_date <= $as_of
)
select * from final
