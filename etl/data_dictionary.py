"""The data dictionary (docs/data_dictionary.md), rendered from the delivery contracts.

Never edit the Markdown by hand: change etl/contracts.toml and run `python -m etl dictionary`.
A test compares the committed file with render_data_dictionary(), so the two cannot drift.
"""

from pathlib import Path

from etl.contracts import TYPE_EXPECTATIONS, Column, Contract, load_contracts

DICTIONARY_PATH = Path(__file__).resolve().parents[1] / "docs" / "data_dictionary.md"
MODE_TEXT = {
    "strict": "strict: one finding rejects the whole delivery",
    "quarantine": "quarantine: rows with findings are set aside, the rest is loaded",
}
COLUMN_HEADINGS = (
    "German label",
    "Warehouse column",
    "Type",
    "Required",
    "Allowed values / bounds",
    "References",
    "Description",
)
TABLE_HEADER = ("| " + " | ".join(COLUMN_HEADINGS) + " |", "|---" * len(COLUMN_HEADINGS) + "|")


def render_data_dictionary() -> str:
    contracts = load_contracts()
    lines = [
        "# Data dictionary",
        "",
        "<!-- Generated from etl/contracts.toml by `python -m etl dictionary`. Do not edit by hand. -->",
        "",
        "One section per delivery. Labels and descriptions are German, exactly as in the delivered",
        "files and the Excel templates (`python -m etl templates --out DIR`); warehouse columns are",
        "the names in staging and the marts.",
        "",
        "## Deliveries",
        "",
        *(f"- [{c.label}](#{c.name}) (`{c.name}`)" for c in contracts.values()),
        "",
        "## Types",
        "",
        "| Type | What a delivered value looks like |",
        "|---|---|",
        *(f"| `{name}` | {text} |" for name, text in TYPE_EXPECTATIONS.items()),
        "",
    ]
    for contract in contracts.values():
        lines += _section(contract, contracts)
    return "\n".join(lines)


def write_data_dictionary(path: Path = DICTIONARY_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_data_dictionary(), encoding="utf-8")
    return path


def _section(contract: Contract, contracts: dict[str, Contract]) -> list[str]:
    lines = [
        f'<a id="{contract.name}"></a>',
        "",
        f"## {contract.label} (`{contract.name}`)",
        "",
        contract.description,
        "",
        f"- **Mode:** {MODE_TEXT[contract.mode]}",
        f"- **Key:** {', '.join(_ref(contract, name) for name in contract.key)}",
        f"- **Freshness column:** {_ref(contract, contract.freshness) if contract.freshness else 'none'}",
    ]
    if contract.checks:
        lines.append("- **Checks:**")
        lines += [f"  - {check_text(contract, check)}" for check in contract.checks]
    else:
        lines.append("- **Checks:** none beyond the column rules")
    lines += ["", *TABLE_HEADER]
    lines += [_row(column, contracts) for column in contract.columns]
    lines.append("")
    return lines


def _row(column: Column, contracts: dict[str, Contract]) -> str:
    stored = f"`{column.stored_name}`"
    if column.stored_name != column.name:
        stored += f" (keyed hash of `{column.name}`)"
    column_type = f"`{column.type}`" + (", comma-separated list" if column.list else "")
    description = column.description
    if column.personal == "pseudonymise":
        description = f"{description} (pseudonymised: replaced by a keyed hash before storage)".strip()
    if column.optional:
        description = f"{description} (optional column: a file may leave it out, it is then empty)".strip()
    cells = (
        column.label,
        stored,
        column_type,
        "yes" if column.required else "no",
        _allowed(column),
        _reference(column, contracts),
        description,
    )
    return "| " + " | ".join(_cell(text) for text in cells) + " |"


def _allowed(column: Column) -> str:
    parts = []
    if column.enum:
        parts.append(", ".join(f"`{value}`" for value in column.enum))
    elif column.type == "bool":
        parts.append("`ja`, `nein`")
    if column.min is not None and column.max is not None:
        parts.append(f"{_number(column.min)} to {_number(column.max)}")
    elif column.min is not None:
        parts.append(f"≥ {_number(column.min)}")
    elif column.max is not None:
        parts.append(f"≤ {_number(column.max)}")
    if column.pattern:
        parts.append(f"pattern `{column.pattern}`")
    return "; ".join(parts)


def _reference(column: Column, contracts: dict[str, Contract]) -> str:
    if not column.references:
        return ""
    delivery, _, target = column.references.partition(".")
    text = f"`{column.references}`"
    if delivery in contracts:
        text += f" ({contracts[delivery].label}: {contracts[delivery].column(target).label})"
    else:
        text += " (seed table in etl/seeds)"
    return ("each item in " + text) if column.list else text


def check_text(contract: Contract, check: dict) -> str:
    """A cross-column rule from contracts.toml in words."""

    def ref(name: str) -> str:
        return _ref(contract, name)

    rule, column = check["rule"], ref(check["column"])
    if rule == "not_before":
        return f"{column} must not be before {ref(check['other'])}."
    if rule == "not_after_delivery":
        return f"{column} must not be after the delivery (load) date."
    if rule == "required_if":
        return f"{column} is required when {ref(check['when'])} equals `{check['equals']}`."
    if rule == "reason_on_change":
        watched = ", ".join(ref(name) for name in check["watch"])
        partition = ", ".join(ref(name) for name in check["partition"])
        return (
            f"{column} is required whenever one of {watched} differs from the previous report "
            f"of the same {partition}, ordered by {ref(check['order'])}."
        )
    if rule == "pzc_urgency":
        return f"{column} must equal the last digit of {ref(check['other'])}."
    raise ValueError(f"contracts.toml: check rule {rule!r} has no wording in etl/data_dictionary.py")


def _ref(contract: Contract, name: str) -> str:
    return f"`{name}` ({contract.column(name).label})"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
