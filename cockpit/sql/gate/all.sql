-- Every row and column of a table that holds nothing of a single project.
select * from {source}.marts.{table}
