"""Validate connector output with the Great Expectations suites in ``expectations/``.

A batch is flattened into one DataFrame row per record, the kind's suite runs once over it, and
every row an expectation flags becomes a :class:`Rejected` naming the rule and the value. GE is
imported only here and only when a batch is validated: its import alone takes seconds.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consistency.config import REPO_ROOT
from consistency.records import MysteryShopRecord, RawInteraction, Rejected

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations import ExpectationSuite

EXPECTATIONS_DIR = REPO_ROOT / "expectations"
MYSTERY_CRITERIA = ("greeting", "courtesy", "knowledge", "resolution")
Record = RawInteraction | MysteryShopRecord


def suite_path(kind: str, directory: Path | None = None) -> Path:
    """The suite file of a source kind."""
    return (directory or EXPECTATIONS_DIR) / f"{kind}.json"


@lru_cache(maxsize=None)
def _load_suite_cached(path: Path) -> ExpectationSuite:
    import great_expectations as gx

    data = json.loads(path.read_text(encoding="utf-8"))
    return gx.ExpectationSuite(name=data["name"], expectations=data["expectations"], meta=data.get("meta"))


def load_suite(kind: str, directory: Path | None = None) -> ExpectationSuite:
    """The kind's ExpectationSuite, read from its JSON file once per process."""
    path = suite_path(kind, directory)
    if not path.is_file():
        raise FileNotFoundError(f"no expectation suite for {kind!r} at {path}")
    return _load_suite_cached(path.resolve())


@lru_cache(maxsize=1)
def _batch_definition() -> Any:
    """An ephemeral GE context with one whole-DataFrame batch definition, built once per process."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # no usage pings from a nightly job
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    asset = context.data_sources.add_pandas("consistency").add_dataframe_asset("batch")
    return asset.add_batch_definition_whole_dataframe("whole")


def warm_up() -> None:
    """Import Great Expectations and build its context now (seconds of CPU), e.g. before forking workers."""
    _batch_definition()


def to_frame(kind: str, items: list[Record]) -> pd.DataFrame:
    """One row per record with the columns the suites check (blank strings become nulls)."""
    import pandas as pd

    rows = [_mystery_row(r) if isinstance(r, MysteryShopRecord) else _interaction_row(r) for r in items]
    frame = pd.DataFrame(rows)
    for column in ("started_at", "ended_at"):
        if column in frame:
            # Naive UTC: instants compare the same, and GE's pandas path warns on tz-aware columns.
            frame[column] = pd.to_datetime(frame[column], utc=True).dt.tz_convert(None)
    if kind == "mystery_shop" and not frame.empty:
        frame["shop_date"] = pd.to_datetime(frame["shop_date"])
    return frame


def _blank_to_none(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _interaction_row(r: RawInteraction) -> dict[str, Any]:
    return {
        "native_id": _blank_to_none(r.native_id),
        "branch": _blank_to_none(r.branch),
        "agent": _blank_to_none(r.agent),
        "customer": _blank_to_none(r.customer),
        "started_at": r.started_at,
        "ended_at": r.ended_at,
        "wait_seconds": _number(r.wait_seconds),
        "transfers": _number(r.transfers),
        "csat": _number(r.csat),
        "outcome": r.outcome.strip().upper() if r.outcome else None,
        "topic": r.topic,
        "n_turns": len(r.turns),
        "text_chars": sum(len(t.text) for t in r.turns),
    }


def _mystery_row(r: MysteryShopRecord) -> dict[str, Any]:
    others = [float(v) for k, v in r.scores.items() if k not in MYSTERY_CRITERIA]
    return {
        "native_id": _blank_to_none(r.native_id),
        "branch": _blank_to_none(r.branch),
        "shop_date": r.shop_date,
        "channel": _blank_to_none(r.channel),
        **{c: _number(r.scores.get(c)) for c in MYSTERY_CRITERIA},
        # Vendors add criteria of their own: the one farthest from the scale's middle stands for
        # them all, so one bad extra score gives one reject whatever the number of extra columns.
        "other_criteria_extreme": max(others, key=lambda v: abs(v - 3)) if others else math.nan,
    }


def _number(value: Any) -> float:
    return math.nan if value is None else float(value)


def validate_batch(kind: str, items: list[Record], directory: Path | None = None) -> tuple[list[Record], list[Rejected]]:
    """Split a batch into records that pass the kind's suite and Rejected ones (one per broken rule)."""
    if not items:
        return [], []
    frame = to_frame(kind, items)
    suite = load_suite(kind, directory)
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    rejected: list[Rejected] = []
    bad: set[int] = set()
    for outcome in result.results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        indexes = outcome.result.get("unexpected_index_list")
        if indexes is None:  # a table-level failure (e.g. a missing column) names no rows: a bug, say so
            raise RuntimeError(f"suite {kind}: {config.type} failed without row indexes: {outcome.exception_info}")
        for index in indexes:
            position = int(index)
            bad.add(position)
            rejected.append(_rejected(kind, items[position], frame.iloc[position], config.type, config.kwargs))
    good = [item for i, item in enumerate(items) if i not in bad]
    return good, rejected


def _rejected(kind: str, item: Record, row: Any, rule_type: str, kwargs: dict[str, Any]) -> Rejected:
    columns = [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs]
    rule = f"{rule_type}:{'/'.join(columns)}"
    return Rejected(kind, item.file, item.row, rule, _message(rule_type, kwargs, row),
                    raw=json.dumps(asdict(item), default=str, ensure_ascii=False))


def _message(rule_type: str, kwargs: dict[str, Any], row: Any) -> str:
    """One readable line naming the column, the value and what was expected."""
    column = kwargs.get("column")
    value = _shown(row.get(column)) if column else None
    if rule_type == "expect_column_values_to_not_be_null":
        return f"{column} is missing"
    if rule_type.endswith("_to_be_between"):
        low, high = kwargs.get("min_value"), kwargs.get("max_value")
        what = "length of " if "lengths" in rule_type else ""
        bounds = f"{_shown(low) if low is not None else '-inf'}..{_shown(high) if high is not None else 'inf'}"
        return f"{what}{column} = {value} is outside {bounds}"
    if rule_type == "expect_column_values_to_be_in_set":
        return f"{column} = {value} is not one of {', '.join(map(str, kwargs['value_set']))}"
    if rule_type == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = kwargs["column_A"], kwargs["column_B"]
        return f"{a} = {_shown(row.get(a))} is before {b} = {_shown(row.get(b))}"
    return f"{column} = {value} fails {rule_type}"


def _shown(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "(empty)"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)
