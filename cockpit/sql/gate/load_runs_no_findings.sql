-- Every load run with its figures, without the findings' text (it quotes the cell values of delivered files).
select * replace (null::varchar[] as findings)
from {source}.marts.load_runs
