"""Reads and writes of the canonical store, one function per thing a step needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, fields
from datetime import date, datetime, timezone
from typing import Any

import pandas as pd
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from consistency.normalize import stable_id
from consistency.records import Classification, Evidence, Flag, InteractionText, Turn
from consistency.store import models as m
from consistency.store.db import upsert


def start_run(session: Session, kind: str, business_date: date | None) -> int:
    run = m.Run(kind=kind, business_date=business_date, started_at=datetime.now(timezone.utc), stats={})
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, status: str, stats: dict[str, Any]) -> None:
    run = session.get(m.Run, run_id)
    if run is not None:
        run.status, run.stats, run.finished_at = status, stats, datetime.now(timezone.utc)


def save_interactions(session: Session, rows: list[dict[str, Any]], turns: list[dict[str, Any]]) -> int:
    """Upsert interactions with their turns, branches and agents; returns interactions sent."""
    if not rows:
        return 0
    branches: dict[str, date] = {}
    for r in rows:
        seen = branches.get(r["branch"])
        branches[r["branch"]] = min(seen, r["business_date"]) if seen else r["business_date"]
    upsert(session, m.Branch, ({"code": b, "first_seen": d} for b, d in branches.items()), update=[])
    agents = {r["agent"]: r["branch"] for r in rows if r["agent"]}
    upsert(session, m.Agent, ({"id": a, "branch": b} for a, b in agents.items()))
    written: set[tuple[Any, ...]] = set()
    sent = upsert(session, m.Interaction, rows, written=written)
    upsert(session, m.Turn, turns, written=written)  # keys (interaction id, idx): the id comes first too
    forget_labels(session, {key[0] for key in written})
    return sent


def forget_labels(session: Session, ids: Iterable[str], chunk: int = 1_000) -> int:
    """Drop the model's labels of interactions whose stored values changed, so classify labels them again.

    A re-export that corrects a contact (its text, outcome, CSAT ...) makes its label stale; a row
    sent again unchanged keeps its label. A manager's correction stays.
    """
    ids = sorted(ids)
    cls = m.Classification
    gone = 0
    for i in range(0, len(ids), chunk):
        gone += session.execute(delete(cls).where(cls.interaction_id.in_(ids[i:i + chunk]),
                                                  cls.corrected_by.is_(None))).rowcount
    return gone


def save_quarantine(session: Session, rows: list[dict[str, Any]]) -> int:
    # A re-run keeps the first sighting's created_at and run: the record was bad then already.
    return upsert(session, m.Quarantine, rows, update=["message", "raw", "content_sha256", "stored_copy"])


def save_mystery(session: Session, rows: list[dict[str, Any]]) -> int:
    return upsert(session, m.MysteryShopResult, rows)


def pending_classification(session: Session, start: date, end: date, model_version: str,
                           branches: Sequence[str] | None = None, batch: int = 5_000) -> Iterator[list[InteractionText]]:
    """Interactions in [start, end] not yet classified by ``model_version``, in batches with turns."""
    ids = pending_ids(session, start, end, model_version, branches)
    for i in range(0, len(ids), batch):
        yield interaction_texts(session, ids[i:i + batch])


def pending_ids(session: Session, start: date, end: date, model_version: str,
                branches: Sequence[str] | None = None) -> list[str]:
    """Ids of the interactions in [start, end] not yet classified by ``model_version``, in id order."""
    cls = m.Classification
    query = (
        select(m.Interaction.id)
        .outerjoin(cls, cls.interaction_id == m.Interaction.id)
        .where(m.Interaction.business_date.between(start, end))
        .where((cls.interaction_id.is_(None)) | (cls.model_version != model_version))
        .order_by(m.Interaction.id)
    )
    if branches:
        query = query.where(m.Interaction.branch.in_(list(branches)))
    return list(session.scalars(query))


def interaction_texts(session: Session, ids: Sequence[str]) -> list[InteractionText]:
    """The interactions ``ids`` (in that order) with their turns: what the classifier reads."""
    heads = {h.id: h for h in session.execute(
        select(m.Interaction.id, m.Interaction.channel, m.Interaction.transfers, m.Interaction.outcome,
               m.Interaction.lang, m.Interaction.csat).where(m.Interaction.id.in_(list(ids))))}
    turns = _turns_of(session, list(ids))
    return [InteractionText(i, heads[i].channel, turns[i], heads[i].transfers or 0, heads[i].outcome, heads[i].lang,
                            heads[i].csat) for i in ids if i in heads]


def _turns_of(session: Session, ids: list[str]) -> dict[str, list[Turn]]:
    """Each interaction's turns in order (an interaction with none gets an empty list)."""
    turns: dict[str, list[Turn]] = {iid: [] for iid in ids}
    rows = session.execute(
        select(m.Turn.interaction_id, m.Turn.speaker, m.Turn.text, m.Turn.offset_s)
        .where(m.Turn.interaction_id.in_(ids)).order_by(m.Turn.interaction_id, m.Turn.idx)
    )
    for t in rows:
        turns[t.interaction_id].append(Turn(t.speaker, t.text, t.offset_s))
    return turns


def journey_texts(session: Session, batch: int = 5_000, ids: Sequence[str] | None = None
                  ) -> Iterator[tuple[list[InteractionText], list[str | None], list[datetime]]]:
    """Stored interactions (all, or ``ids``) with turns, customer id and start, in batches (learning from history)."""
    query = (select(m.Interaction.id, m.Interaction.channel, m.Interaction.transfers, m.Interaction.outcome,
                    m.Interaction.lang, m.Interaction.csat, m.Interaction.customer, m.Interaction.started_at)
             .order_by(m.Interaction.id))
    if ids is not None:
        heads = [h for i in range(0, len(ids), 500)
                 for h in session.execute(query.where(m.Interaction.id.in_(list(ids[i:i + 500])))).all()]
    else:
        heads = session.execute(query).all()
    for i in range(0, len(heads), batch):
        part = heads[i:i + batch]
        turns = _turns_of(session, [h.id for h in part])
        yield ([InteractionText(h.id, h.channel, turns[h.id], h.transfers or 0, h.outcome, h.lang, h.csat) for h in part],
               [h.customer for h in part], [h.started_at for h in part])


def branches_on(session: Session, business_date: date) -> list[str]:
    """Distinct branches with interactions on one business date."""
    query = select(m.Interaction.branch).where(m.Interaction.business_date == business_date).distinct()
    return sorted(session.scalars(query))


def save_classifications(session: Session, results: Iterable[Classification]) -> int:
    rows = [classification_row(c) for c in results]
    # A manager's correction wins over a re-run of the model.
    corrected = {cid for (cid,) in session.execute(
        select(m.Classification.interaction_id).where(m.Classification.corrected_by.is_not(None)))}
    return upsert(session, m.Classification, (r for r in rows if r["interaction_id"] not in corrected))


_CLASSIFICATION_FIELDS = tuple(f.name for f in fields(Classification) if f.name != "evidence")
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


def classification_row(c: Classification) -> dict[str, Any]:
    """The stored row of one classification: what ``dataclasses.asdict`` gives, without its deep copy.

    Every field but ``evidence`` is a string, number, bool or None, and evidence spans hold only those,
    so a shallow read is the same row; ``asdict`` deep-copied each value and took most of the save's time.
    """
    row = {name: getattr(c, name) for name in _CLASSIFICATION_FIELDS}
    row["evidence"] = [e if isinstance(e, dict) else {name: getattr(e, name) for name in _EVIDENCE_FIELDS}
                       for e in c.evidence]
    row["corrected_by"] = None
    return row


CELL_CHUNK = 200  # (date, branch, channel, agent) combinations per query: SQLite parses an OR chain as a deep tree


def interaction_frame(session: Session, start: date, end: date, branches: Sequence[str] | None = None,
                      cells: Iterable[tuple[date, str, str, str]] | None = None) -> pd.DataFrame:
    """One row per interaction in [start, end] with its labels, in the shape the detect step reads
    (optionally of some branches, or only of some (business date, branch, channel, agent): a flag's
    evidence; agent "" is an interaction without one)."""
    i, c = m.Interaction, m.Classification
    query = (
        select(i.id.label("interaction_id"), i.business_date, i.branch, i.channel, i.agent, i.customer,
               func.coalesce(c.lang, i.lang).label("lang"), i.topic, i.hour, i.started_at, c.tone, c.p_negative,
               c.courteous, c.resolution, c.blame, i.transfers, i.wait_s, i.handle_s, i.csat, i.outcome)
        .outerjoin(c, c.interaction_id == i.id)
        .where(i.business_date.between(start, end))
    )
    if branches:
        query = query.where(i.branch.in_(list(branches)))
    if cells is None:
        rows = session.execute(query).all()
    else:
        # each combination its own AND term: the date-led index serves every one, on SQLite and PostgreSQL
        cells, rows = list(cells), []
        for k in range(0, len(cells), CELL_CHUNK):
            terms = [and_(i.business_date == d, i.branch == b, i.channel == ch,
                          i.agent == a if a else or_(i.agent.is_(None), i.agent == ""))
                     for d, b, ch, a in cells[k:k + CELL_CHUNK]]
            rows += session.execute(query.where(or_(*terms))).all()
    df = pd.DataFrame(rows, columns=list(query.selected_columns.keys()))
    if df.empty:
        return df
    df["business_date"] = pd.to_datetime(df["business_date"])
    df["started_at"] = pd.to_datetime(df["started_at"], utc=True)
    df["lang"] = df["lang"].fillna("unknown")
    has_tone = df["tone"].notna()
    df["negative"] = (df["tone"] == "negative").astype(float).where(has_tone)
    df["courteous"] = df["courteous"].astype(float)
    has_res = df["resolution"].notna()
    df["resolved"] = (df["resolution"] == "resolved").astype(float).where(has_res)
    df["escalated"] = (df["resolution"] == "escalated").astype(float).where(has_res)
    df["blame"] = df["blame"].fillna(False).astype(int)
    df["transfers"] = df["transfers"].fillna(0).astype(int)
    df["transferred"] = (df["transfers"] > 0).astype(int)
    for col in ("p_negative", "wait_s", "handle_s", "csat"):
        df[col] = df[col].astype(float)
    return df.drop(columns=["tone", "resolution"])


JOURNEY_PART = 100_000  # rows fetched at a time: only one part exists as Python row objects at once


def journey_frame(session: Session, start: date, end: date, customers: Sequence[str] | None = None,
                  dates: bool = False) -> pd.DataFrame:
    """Only id, customer and start time (and with ``dates`` the business date) of the interactions in
    [start, end] (optionally of some customers): what contact history and FCR need.

    Read in parts of ``JOURNEY_PART`` rows (a server-side cursor on PostgreSQL), each made columns at once,
    so a night of a million contacts never sits in memory as row objects.
    """
    i = m.Interaction
    columns = [i.id.label("interaction_id"), i.customer, i.started_at] + ([i.business_date] if dates else [])
    query = select(*columns).where(i.business_date.between(start, end))
    if customers is not None:
        query = query.where(i.customer.in_(list(customers)))
    names = [c.key for c in columns]
    result = session.execute(query, execution_options={"yield_per": JOURNEY_PART})
    parts = [pd.DataFrame(rows, columns=names) for rows in result.partitions()]
    df = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=names)
    df["started_at"] = pd.to_datetime(df["started_at"], utc=True)
    if dates:
        df["business_date"] = pd.to_datetime(df["business_date"]).dt.date
    return df


def last_contact(session: Session, start: date, end: date) -> pd.Timestamp | None:
    """The latest start time of a known customer's contact in [start, end]: how far FCR is observed."""
    i = m.Interaction
    value = session.scalar(select(func.max(i.started_at)).where(i.business_date.between(start, end),
                                                               i.customer.is_not(None)))
    return None if value is None else pd.Timestamp(value, tz="UTC") if pd.Timestamp(value).tzinfo is None \
        else pd.Timestamp(value).tz_convert("UTC")


def mystery_frame(session: Session, start: date, end: date) -> pd.DataFrame:
    """Mystery-shop results in [start, end], one float column per criterion."""
    r = m.MysteryShopResult
    rows = session.execute(select(r).where(r.shop_date.between(start, end))).scalars().all()
    records = [{"shop_id": x.native_id, "shop_date": x.shop_date, "branch": x.branch, "channel": x.channel,
                "shopper": x.shopper, "comment": x.comment, **x.scores} for x in rows]
    df = pd.DataFrame(records, columns=None if records else ["shop_id", "shop_date", "branch", "channel", "shopper"])
    if not df.empty:
        df["shop_date"] = pd.to_datetime(df["shop_date"])
    return df


def save_aggregates(session: Session, cells: pd.DataFrame, period: str) -> int:
    if cells.empty:
        return 0
    rows = [{"period": period, "period_start": pd.Timestamp(r.period_start).date(), "branch": r.branch,
             "channel": r.channel, "metric": r.metric, "n": int(r.n), "value": float(r.value)}
            for r in cells.itertuples(index=False)]
    return upsert(session, m.Aggregate, rows)


def flag_id(flag: Flag, business_date: date) -> str:
    return stable_id(flag.type, flag.metric, str(flag.branch), str(flag.channel), str(flag.agent),
                     business_date.isoformat())


def save_flags(session: Session, flags: Iterable[Flag], business_date: date, run_id: int | None,
               replace: bool = True) -> int:
    """Store a night's flags; a flag a manager already reviewed keeps its status on re-runs.

    With ``replace`` the date's open flags that this run no longer raises are removed (a re-run
    with better data or models must not leave yesterday's answer standing); reviewed flags stay,
    since a manager's decision is part of the record. A run over a subset of branches passes
    ``replace=False``: it cannot speak for the flags of the others.
    """
    rows = []
    for f in flags:
        row = asdict(f)
        row.update(id=flag_id(f, business_date), run_id=run_id, business_date=business_date,
                   details=_jsonable(row["details"]))
        rows.append(row)
    if replace:
        stale = delete(m.FlagRecord).where(m.FlagRecord.business_date == business_date,
                                           m.FlagRecord.status == "open",
                                           m.FlagRecord.id.not_in([r["id"] for r in rows]))
        session.execute(stale)
    columns = [c for c in rows[0] if c not in ("id", "status")] if rows else []
    return upsert(session, m.FlagRecord, rows, update=columns)


def save_night_cells(session: Session, funnel: pd.DataFrame, business_date: date,
                     branches: Sequence[str] | None = None) -> int:
    """Replace the night's (or those branches') cells with detection's funnel table: n, observed, case-mix expected."""
    nc = m.NightCell
    gone = delete(nc).where(nc.business_date == business_date)
    session.execute(gone.where(nc.branch.in_(list(branches))) if branches else gone)
    rows = [{"business_date": business_date, "metric": r["metric"], "branch": r["branch"], "channel": r["channel"],
             "n": int(r["n"]), "observed": float(r["observed"]), "expected": float(r["expected"]),
             "q_value": None if pd.isna(r["q_value"]) else float(r["q_value"]), "flagged": bool(r["flagged"])}
            for r in funnel.to_dict("records")
            if int(r["n"]) > 0 and pd.notna(r["observed"]) and pd.notna(r["expected"])]
    if rows:
        session.execute(insert(nc), rows)
    return len(rows)


def list_flags(session: Session, business_date: date | None = None, status: str | None = None) -> list[m.FlagRecord]:
    query = select(m.FlagRecord)
    if business_date is None:
        latest = session.execute(select(func.max(m.FlagRecord.business_date))).scalar()
        business_date = latest
    if business_date is not None:
        query = query.where(m.FlagRecord.business_date == business_date)
    if status:
        query = query.where(m.FlagRecord.status == status)
    return list(session.execute(query.order_by(m.FlagRecord.q_value.asc().nulls_last(), m.FlagRecord.type)).scalars())


OPEN_WATCH = ("watching", "promoted")
SAME_EPISODE_DAYS = 3  # a retired episode whose onset is this close to a stored one's is that one


def save_watch_items(session: Session, items: Iterable[Any], business_date: date, run_id: int | None,
                     branches: Sequence[str] | None = None) -> int:
    """Bring the stored watch list up to one night: continue, promote, retire or add items; log the night.

    ``items`` are ``detect.watch.WatchItem`` (live, promoted tonight, or retired within the window).
    A live item continues the stored open item of its cell and metric; an open item with no live
    item tonight is retired (its CUSUM returned to zero), with the date the window shows when it
    does, else tonight. A run over a subset of ``branches`` retires only their items. Nights are meant to be saved in date order; re-saving a night rewrites its rows.
    """
    items = list(items)
    stored = list(session.execute(select(m.WatchItemRecord)).scalars())
    open_by_cell = {(r.metric, r.branch, r.channel): r for r in stored if r.status in OPEN_WATCH}
    seen_ids: set[str] = set()
    rows, nights = [], []
    for item in items:
        cell = (item.metric, item.branch, item.channel)
        record = None
        if item.status in OPEN_WATCH:
            record = open_by_cell.get(cell)
        else:
            record = next((r for r in stored if (r.metric, r.branch, r.channel) == cell
                           and abs((r.onset_date - item.onset_date).days) <= SAME_EPISODE_DAYS), None)
        item_id = record.id if record is not None else stable_id("watch", *cell, item.onset_date.isoformat())
        if item_id in seen_ids:
            continue
        seen_ids.add(item_id)
        promoted_on = record.promoted_on if record is not None else None
        if item.status == "promoted" and promoted_on is None:
            promoted_on = business_date
        rows.append({"id": item_id, "run_id": run_id, "metric": item.metric, "branch": item.branch,
                     "channel": item.channel, "status": item.status, "alarm_date": item.alarm_date,
                     "onset_date": item.onset_date,
                     "first_listed": record.first_listed if record is not None else business_date,
                     "last_seen": business_date, "promoted_on": promoted_on, "retired_on": item.retired_on,
                     "retired_reason": item.retired_reason, "n": item.n, "observed": item.observed,
                     "expected": item.expected, "size": item.size, "cusum": item.cusum,
                     "threshold": item.threshold, "promoted_by": item.promoted_by,
                     "details": _jsonable({"peak": item.peak, "path": item.path})})
        nights.append(_night(item_id, business_date, run_id, item.status, item))
    for record in open_by_cell.values():
        if record.id in seen_ids:
            continue
        if branches is not None and record.branch not in branches:
            continue
        record.status, record.retired_on, record.last_seen = "retired", business_date, business_date
        record.retired_reason = record.retired_reason or "CUSUM back to zero"
        nights.append(_night(record.id, business_date, run_id, "retired", record))
    upsert(session, m.WatchItemRecord, rows)
    session.flush()
    upsert(session, m.WatchItemNight, nights)
    return len(rows)


def _night(item_id: str, business_date: date, run_id: int | None, status: str, item: Any) -> dict[str, Any]:
    return {"item_id": item_id, "business_date": business_date, "run_id": run_id, "status": status,
            "n": int(item.n), "observed": _finite(item.observed), "expected": _finite(item.expected),
            "size": _finite(item.size), "cusum": float(item.cusum), "threshold": float(item.threshold)}


def _finite(x: float) -> float:
    return float(x) if x == x else 0.0


def list_watch_items(session: Session, business_date: date | None = None,
                     status: str | None = None) -> list[m.WatchItemRecord]:
    """The watch items of one night (default: the latest saved), strongest evidence first.

    ``status`` (watching, promoted, retired) filters on the item's status *that night*; each
    returned record carries it as ``night_status`` as well.
    """
    if business_date is None:
        business_date = session.execute(select(func.max(m.WatchItemNight.business_date))).scalar()
        if business_date is None:
            return []
    query = (select(m.WatchItemRecord, m.WatchItemNight)
             .join(m.WatchItemNight, m.WatchItemNight.item_id == m.WatchItemRecord.id)
             .where(m.WatchItemNight.business_date == business_date))
    if status:
        query = query.where(m.WatchItemNight.status == status)
    out = []
    for record, night in session.execute(query):
        record.night_status = night.status  # type: ignore[attr-defined]
        record.night = night  # type: ignore[attr-defined]
        out.append(record)
    return sorted(out, key=lambda r: (r.night_status != "watching", -r.night.cusum / max(r.night.threshold, 1e-9),
                                      r.metric, r.branch, r.channel))


def watch_history(session: Session, item_id: str) -> list[m.WatchItemNight]:
    """One item's nights, oldest first."""
    return list(session.execute(select(m.WatchItemNight).where(m.WatchItemNight.item_id == item_id)
                                .order_by(m.WatchItemNight.business_date)).scalars())


def list_quarantine(session: Session, source: str | None = None, limit: int = 200) -> list[m.Quarantine]:
    query = select(m.Quarantine)
    if source:
        query = query.where(m.Quarantine.source == source)
    return list(session.execute(query.order_by(m.Quarantine.file, m.Quarantine.row).limit(limit)).scalars())


def evidence_for(session: Session, interaction_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Turns and evidence spans of the given interactions, for the report's drill-down."""
    if not interaction_ids:
        return {}
    ids = list(interaction_ids)
    out: dict[str, dict[str, Any]] = {}
    for inter, cls in session.execute(
        select(m.Interaction, m.Classification).outerjoin(
            m.Classification, m.Classification.interaction_id == m.Interaction.id).where(m.Interaction.id.in_(ids))
    ):
        out[inter.id] = {"interaction": inter, "classification": cls, "turns": []}
    for t in session.execute(select(m.Turn).where(m.Turn.interaction_id.in_(ids)).order_by(m.Turn.idx)).scalars():
        out[t.interaction_id]["turns"].append(t)
    return out


def counts(session: Session) -> dict[str, int]:
    """Row counts of every table: what a re-run must leave unchanged."""
    return {t.__table__.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (m.Branch, m.Agent, m.Interaction, m.Turn, m.Quarantine, m.Classification, m.Aggregate,
                      m.FlagRecord, m.MysteryShopResult, m.WatchItemRecord, m.WatchItemNight, m.CellStat)}


def date_range(session: Session) -> tuple[date | None, date | None]:
    return session.execute(select(func.min(m.Interaction.business_date), func.max(m.Interaction.business_date))).one()


def _jsonable(value: Any) -> Any:
    """Make detection details storable as JSON (dates, numpy numbers, frames)."""
    import numpy as np

    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and value != value:  # NaN is not valid JSON
        return None
    return value

