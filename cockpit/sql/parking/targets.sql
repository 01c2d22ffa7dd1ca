-- The Handyparken targets from the delivered KPI definitions (one row per measure, none if not defined).
select measure, kpi_id, kpi_name, target_value, target_year from marts.parking_targets order by measure
