"""The benchmark table: one format for the runner and for each suite run on its own."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def fmt(value: float) -> str:
    return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"


def table(rows: list[Row]) -> str:
    lines = ["| measure | value | ratio | budget | ok |", "|---|---:|---:|---|---|"]
    for row in rows:
        ratio = f"{row['ratio']:.2f}x" if "ratio" in row else ""
        budget = row.get("budget") or ""
        if budget and not isinstance(budget, str):
            budget = f"<= {budget:g} {row['unit']}"
        ok = "" if "ok" not in row or not budget else ("yes" if row["ok"] else "**NO**")
        lines.append(
            f"| {row['name']} | {fmt(row['value'])} {row['unit']} | {ratio} | {budget} | {ok} |"
        )
    return "\n".join(lines)


def print_rows(rows: list[Row]) -> int:
    """Print the table; the exit status is 1 when any budget was missed."""
    print(table(rows))
    return 1 if any(row.get("ok") is False for row in rows) else 0
