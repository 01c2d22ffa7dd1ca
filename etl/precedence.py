"""Applying the inbox inside the build database: the precedence rule, the inbox's own checks, the submissions.

Precedence, decided here and nowhere else (`supersede`): a row of an inbox file replaces every row with the same
contract key from the delivered files and from earlier inbox folders (a folder name begins with the time of
acceptance: the later name is the later submission). The replaced rows are removed after the raw load and before
the rules across rows run, so the duplicate-key check does not refuse them; rows within one folder never replace
each other (a duplicate there stays a finding). The rows replaced are counted per file in the load result and log.
"""

import duckdb

from common.sql import ident
from etl.contracts import load_contracts
from etl.inbox import INBOX_CONTRACTS, Submission

SUBMISSIONS_DDL = """
create or replace table raw.inbox_submissions (
    submission_id varchar, project_id varchar, report_month date, submitted_by varchar, submitted_at timestamp,
    accepted_by varchar, accepted_at timestamp, inbox_folder varchar, load_run_id varchar
)
"""


def name_sources(con: duckdb.DuckDBPyConnection, names: dict[str, str]) -> None:
    """The raw rows of inbox copies carry the inbox file's name as their source file."""
    if not names:
        return
    con.execute("create or replace temp table inbox_names (copy varchar, source_file varchar)")
    con.executemany("insert into inbox_names values (?, ?)", [[k, v] for k, v in names.items()])
    for delivery in INBOX_CONTRACTS:
        con.execute(
            f"update raw.{ident(delivery)} as r set source_file = n.source_file "
            "from inbox_names as n where r.source_file = n.copy"
        )


def _rank_table(con: duckdb.DuckDBPyConnection, submissions: list[Submission], names: dict[str, str]) -> None:
    """inbox_ranks: each inbox file with the position of its folder (1 = earliest); delivered files have none."""
    con.execute("create or replace temp table inbox_ranks (source_file varchar, folder_rank int)")
    rank = {s.folder: number for number, s in enumerate(submissions, start=1)}
    rows = [[shown, rank[shown.split("/")[1]]] for shown in names.values()]
    if rows:
        con.executemany("insert into inbox_ranks values (?, ?)", rows)


def supersede(con: duckdb.DuckDBPyConnection, submissions: list[Submission], names: dict[str, str]) -> dict:
    """Apply the precedence rule: remove every row an inbox row of a later folder replaces (see the module).

    Returns {(delivery, source_file): rows removed}; an inbox row that would replace a row of another project
    (a risk ID of another project) is a finding in raw.findings, added after validation (`add_findings`).
    """
    _rank_table(con, submissions, names)
    con.execute(
        "create or replace temp table inbox_foreign (delivery varchar, source_file varchar, source_row bigint, "
        "column_label varchar, value varchar, message varchar)"
    )
    removed = {}
    for delivery in INBOX_CONTRACTS if names else ():
        contract = load_contracts()[delivery]
        key = ", ".join(ident(contract.column(k).stored_name) for k in contract.key)
        not_null = " and ".join(f"{ident(k)} is not null" for k in contract.key)
        con.execute(
            f"""create or replace temp table superseded as
            select source_file, source_row, project_id, winner_file, winner_row, winner_project from (
                select x.source_file, x.source_row, x.project_id, coalesce(r.folder_rank, 0) as folder_rank,
                       max(coalesce(r.folder_rank, 0)) over k as winning_rank,
                       arg_max(x.source_file, coalesce(r.folder_rank, 0)) over k as winner_file,
                       arg_max(x.source_row, coalesce(r.folder_rank, 0)) over k as winner_row,
                       arg_max(x.project_id, coalesce(r.folder_rank, 0)) over k as winner_project
                from raw.{ident(delivery)} as x left join inbox_ranks as r using (source_file)
                where {not_null}
                window k as (partition by {key})
            ) where folder_rank < winning_rank"""
        )
        label = contract.column(contract.key[0]).label
        con.execute(
            "insert into inbox_foreign select ?, winner_file, winner_row, ?, project_id, "
            "'gehört zu Projekt ' || project_id || '; erwartet: ein Eintrag des Projekts ' || winner_project "
            "from superseded where project_id is distinct from winner_project",
            [delivery, label],
        )
        for file, rows in con.execute("select source_file, count(*) from superseded group by 1").fetchall():
            removed[(delivery, file)] = rows
        con.execute(
            f"delete from raw.{ident(delivery)} as x using superseded as s "
            "where x.source_file = s.source_file and x.source_row = s.source_row"
        )
    con.execute("drop table if exists superseded")
    return removed


def add_findings(con: duckdb.DuckDBPyConnection, submissions: list[Submission]) -> None:
    """After validation: inbox rows of another project than their submission, and inbox rows that would have
    replaced another project's row, added to raw.findings (the inbox deliveries are strict: they refuse)."""
    con.execute("insert into raw.findings select * from inbox_foreign")
    for submission in submissions:
        folder = f"inbox/{submission.folder}/"
        for delivery in INBOX_CONTRACTS:
            label = load_contracts()[delivery].column("project_id").label
            con.execute(
                f"insert into raw.findings select ?, source_file, source_row, ?, project_id, "
                f"'gehört nicht zu dieser Einreichung; erwartet: ' || ? "
                f"from raw.{ident(delivery)} where starts_with(source_file, ?) and project_id is distinct from ?",
                [delivery, label, submission.project_id, folder, submission.project_id],
            )
        month_label = load_contracts()["status_reports"].column("report_month").label
        con.execute(
            "insert into raw.findings select 'status_reports', source_file, source_row, ?, "
            "strftime(report_month, '%m.%Y'), 'gehört nicht zu dieser Einreichung; erwartet: ' || ? "
            "from raw.status_reports where starts_with(source_file, ?) and report_month is distinct from ?",
            [month_label, f"{submission.report_month:%m.%Y}", folder, submission.report_month],
        )


def write_submissions(con: duckdb.DuckDBPyConnection, submissions: list[Submission], run_id: str) -> None:
    """raw.inbox_submissions: what submission.json of every applied folder says (user ids of staff, no more)."""
    con.execute(SUBMISSIONS_DDL)
    if submissions:
        con.executemany(
            "insert into raw.inbox_submissions values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    s.submission_id,
                    s.project_id,
                    s.report_month,
                    s.submitted_by,
                    s.submitted_at,
                    s.accepted_by,
                    s.accepted_at,
                    f"inbox/{s.folder}",
                    run_id,
                ]
                for s in submissions
            ],
        )
