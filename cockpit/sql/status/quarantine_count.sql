select count(*) from marts.quarantine
