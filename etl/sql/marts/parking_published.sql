-- One row per year with published Handyparken figures (regionalheute.de, yearly reports; rounded).
-- Shown beside our own figures on the Handyparken page.
-- depends on: nothing
with published(year, published_tickets, published_phone_fees_eur, published_coin_income_eur) as (
    values
        (2022, 240000, 500000.0, 1600000.0),
        (2023, 380000, 900000.0, 2200000.0),
        (2024, 530000, 1290000.0, 2160000.0)
),
final as (
    select year::integer as year, published_tickets::bigint as published_tickets,
           published_phone_fees_eur, published_coin_income_eur,
           'regionalheute.de' as source
    from published
)
select * from final
