select delivery_label, source_file, source_row, column_label, value, message
from marts.quarantine
order by delivery, source_file, source_row
limit $row_limit
