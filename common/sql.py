"""Quoting for the few SQL statements that must name a table or a path (values always go in parameters)."""


def ident(name: str) -> str:
    """A DuckDB identifier: "name" with inner quotes doubled."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A DuckDB string literal: 'text' with inner quotes doubled (for ATTACH paths, which take no parameters)."""
    return "'" + str(text).replace("'", "''") + "'"
