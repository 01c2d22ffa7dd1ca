"""ETL: validate delivered files against their contracts and build the DuckDB warehouse."""
