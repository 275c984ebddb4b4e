"""Per-day sufficient statistics of every cell and case-mix pattern, refreshed for the new night only.

A night adds one day to a window of weeks. Instead of re-reading the window, the aggregate step
stores for each (business date, branch, channel, agent, language, topic, hour band, history) and each
outcome the count of known values, their sum and sum of squares (and, for times, the same on the
log1p scale the case-mix model of times uses). Rates, means and variances of any cell, channel, week
or window are then sums over these rows, whatever the window.

What a night re-writes: its own day, plus the days whose first-contact resolution its contacts
settle (``REPEAT_WINDOW_DAYS + 1`` days back: a contact's FCR is known once a full week after it is
observed), plus any day of the window that has no statistics yet (the first run, a backfill).

``history`` (first / repeat contact) is fixed per contact: "repeat" when the same customer contacted
the chain in the ``lookback_days`` before it. Detection's own ``case_mix_features`` counts "earlier in
the window" instead, which moves as the window slides; stored statistics need a definition that
does not, so that a day once written stays right.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import pandas as pd
from sqlalchemy import Engine, delete, select

from consistency.aggregate import (CELL_COLUMNS, METRICS, REPEAT_WINDOW_DAYS, add_journey_columns, journey_order,
                                   period_start)
from consistency.detect.casemix import hour_band, no_spread
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import session_scope, upsert

KEYS = list(m.STAT_KEYS)
SETTLE_DAYS = REPEAT_WINDOW_DAYS + 1  # days back a night's contacts can still change FCR of


def contact_history(journey: pd.DataFrame, lookback_days: int) -> pd.Series:
    """'repeat' when the customer contacted the chain in the ``lookback_days`` before, else 'first'.

    ``journey`` holds interaction_id, customer and started_at; unknown customers are 'unknown'.
    A customer's contacts at the same second count in interaction-id order (``journey_order``), as FCR does.
    """
    out = pd.Series("unknown", index=journey.index, dtype=object)
    known = journey["customer"].notna() & journey["started_at"].notna()
    if not known.any():
        return out
    sub = journey.loc[known]
    seconds = ((pd.to_datetime(sub["started_at"], utc=True) - pd.Timestamp("1970-01-01", tz="UTC"))
               // pd.Timedelta(seconds=1)).to_numpy(dtype=np.int64)
    code = pd.factorize(sub["customer"])[0].astype(np.int64)
    key = code * 10_000_000_000 + (seconds - seconds.min())  # customers ~300 years apart, as add_journey_columns
    order = journey_order(key, sub["interaction_id"] if "interaction_id" in sub else None)
    sorted_key = key[order]
    earlier = np.arange(len(sorted_key)) - np.searchsorted(sorted_key, sorted_key - lookback_days * 86_400, side="left")
    repeat = np.empty(len(key), dtype=bool)
    repeat[order] = earlier > 0
    out.loc[known] = np.where(repeat, "repeat", "first")
    return out


def attach_history(frame: pd.DataFrame, journey: pd.DataFrame, lookback_days: int) -> pd.DataFrame:
    """``frame`` with the stored ``history`` of each interaction; ``journey`` must reach ``lookback_days`` before it."""
    history = contact_history(journey, lookback_days)
    return frame.assign(history=frame["interaction_id"].map(pd.Series(history.to_numpy(), index=journey["interaction_id"])))


def pattern_keys(frame: pd.DataFrame) -> pd.DataFrame:
    """Each interaction's stored pattern: (business date, branch, channel, agent, language, topic, hour band, history)."""
    return pd.DataFrame({
        "business_date": pd.to_datetime(frame["business_date"]).dt.date,
        "branch": frame["branch"].astype(str),
        "channel": frame["channel"].astype(str),
        "agent": frame["agent"].fillna("").astype(str),
        "lang": frame["lang"].fillna("unknown").astype(str),
        "topic": frame["topic"].fillna("unknown").astype(str),
        "hour_band": hour_band(frame["hour"]),
        "history": frame["history"].astype(str),
    }, index=frame.index)


def stats_from_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Group labelled interactions (with ``fcr`` and ``history``) into one row per day, cell, agent and pattern."""
    columns = KEYS + m.stat_columns()
    if frame.empty:
        return pd.DataFrame(columns=columns)
    if "interaction_id" in frame:
        # Sums in id order: the same rows give the same bits whatever order the database returned them
        # in (a re-run of a 300k night read them in another order and rewrote sums differing in the last digit).
        frame = frame.sort_values("interaction_id", kind="stable")
    keys = pattern_keys(frame)
    values = {}
    for outcome in m.STAT_OUTCOMES:
        y = pd.to_numeric(frame[outcome], errors="coerce").astype(float) if outcome in frame \
            else pd.Series(np.nan, index=frame.index)
        known = y.notna()
        values[f"{outcome}_n"] = known.astype(np.int64)
        values[f"{outcome}_sum"] = y.fillna(0.0)
        values[f"{outcome}_sumsq"] = (y ** 2).fillna(0.0)
        if outcome in m.STAT_MEASUREMENTS:
            log = np.log1p(np.maximum(y, 0.0))
            values[f"{outcome}_logsum"] = log.fillna(0.0)
            values[f"{outcome}_logsumsq"] = (log ** 2).fillna(0.0)
            values[f"{outcome}_sumcube"] = (y ** 3).fillna(0.0)
    table = pd.concat([keys, pd.DataFrame(values, index=frame.index)], axis=1)
    return table.groupby(KEYS, sort=True, observed=True).sum().reset_index()[columns]


def days_to_refresh(engine: Engine, first: date, last: date) -> list[date]:
    """The night's day, the days whose FCR it settles, and every day of [first, last] still without statistics."""
    with session_scope(engine) as session:
        stored = set(session.scalars(select(m.CellStat.business_date).distinct()
                                     .where(m.CellStat.business_date.between(first, last))))
        present = set(session.scalars(select(m.Interaction.business_date).distinct()
                                      .where(m.Interaction.business_date.between(first, last))))
    settle = {last - timedelta(days=k) for k in range(SETTLE_DAYS + 1)}
    return sorted(d for d in present if d not in stored or d in settle)


def refresh(engine: Engine, days: Sequence[date], lookback_days: int) -> int:
    """Recompute and store the statistics of ``days`` (all branches); returns rows written.

    Reads customer and start time of [min(days) - ``lookback_days``, max(days)] (what ``history`` and
    ``fcr`` need, for every contact at once), then the labelled rows one day and branch at a time
    (``day_branch_stats``), never the rest of the window. A pattern's rows all lie in one day and
    branch, so the sums are those of one pass over all rows, bit for bit; the memory is that of one
    branch's day, not the night's (a 300k night's 9 days took ~700 MB as one frame).
    """
    if not days:
        return 0
    first, last = min(days), max(days)
    with session_scope(engine) as session:
        journey = repo.journey_frame(session, first - timedelta(days=lookback_days), last, dates=True)
    contacts = journey_columns(journey, first, last, set(days), lookback_days)
    del journey
    written = 0
    with session_scope(engine) as session:
        session.execute(delete(m.CellStat).where(m.CellStat.business_date.in_(list(days))))
        for day in sorted(days):
            for branch in repo.branches_on(session, day):
                stats = day_branch_stats(repo.interaction_frame(session, day, day, [branch]), contacts)
                written += upsert(session, m.CellStat, stats.to_dict("records"))
    return written


def journey_columns(journey: pd.DataFrame, first: date, last: date, days: set[date],
                    lookback_days: int) -> pd.DataFrame:
    """``fcr`` and ``history`` of the contacts of ``days``, indexed by interaction id.

    ``journey`` (``repo.journey_frame`` with dates) reaches ``lookback_days`` before ``first``. FCR
    looks at the same customer's later contacts of [first, last] only (observed up to the last of
    them), as ``add_journey_columns`` over the rows of [first, last] does.
    """
    if journey.empty:
        return pd.DataFrame({"fcr": pd.Series(dtype=float), "history": pd.Series(dtype=object)})
    history = contact_history(journey, lookback_days)
    inside = journey["business_date"].between(first, last).to_numpy()
    fcr = add_journey_columns(journey.loc[inside, ["interaction_id", "customer", "started_at"]])["fcr"]
    wanted = journey.loc[inside, "business_date"].isin(days).to_numpy()
    return pd.DataFrame({"fcr": fcr.to_numpy()[wanted], "history": history.to_numpy()[inside][wanted]},
                        index=pd.Index(journey.loc[inside, "interaction_id"].to_numpy()[wanted], name="interaction_id"))


def day_branch_stats(frame: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    """``stats_from_frame`` of one day and branch's labelled rows, with their ``fcr`` and ``history`` from ``contacts``."""
    if frame.empty:
        return stats_from_frame(frame)
    ids = frame["interaction_id"]
    return stats_from_frame(frame.assign(fcr=ids.map(contacts["fcr"]), history=ids.map(contacts["history"])))


def refresh_night(engine: Engine, business_date: date, window_days: int) -> list[date]:
    """Bring the window's statistics up to date after the night ``business_date`` was stored; returns the days written."""
    days = days_to_refresh(engine, business_date - timedelta(days=window_days - 1), business_date)
    refresh(engine, days, window_days)
    return days


def load(engine: Engine, first: date, last: date, branches: Sequence[str] | None = None) -> pd.DataFrame:
    """The stored statistics of [first, last] (optionally some branches only)."""
    query = select(m.CellStat.__table__).where(m.CellStat.business_date.between(first, last))
    if branches:
        query = query.where(m.CellStat.branch.in_(list(branches)))
    with session_scope(engine) as session:
        result = session.execute(query)
        return pd.DataFrame(result.all(), columns=list(result.keys()))


def undefined_channels(stats: pd.DataFrame, outcome: str) -> set[str]:
    """Channels where ``outcome`` takes one value only over the window (not measured there: see mask_undefined)."""
    g = stats.groupby("channel")[[f"{outcome}_n", f"{outcome}_sum", f"{outcome}_sumsq"]].sum()
    n, s, q = (g[c].to_numpy(float) for c in g.columns)
    constant = (n >= 2) & no_spread(n, s, q)
    return set(g.index[constant])


def load_patterns(engine: Engine, first: date, last: date, branches: Sequence[str] | None = None) -> pd.DataFrame:
    """The window's statistics as detection's input: one row per day, cell, agent and case-mix pattern.

    What ``detect.nightly._prepare`` makes of raw rows, from the statistics: business dates as
    timestamps, each outcome blanked (count and sums zero) on the channels where it is not measured
    (``aggregate.mask_undefined``), and ``interactions``, the pattern's number of contacts (every
    contact has a known ``transferred``; the largest count of any outcome in case one has not).
    """
    return as_patterns(load(engine, first, last, branches))


def as_patterns(stats: pd.DataFrame) -> pd.DataFrame:
    """Statistics (``load`` or ``stats_from_frame``) in detection's shape: see ``load_patterns``."""
    if stats.empty:
        return stats
    stats = stats.copy()
    stats["business_date"] = pd.to_datetime(stats["business_date"]).dt.normalize()
    stats["interactions"] = stats[[f"{o}_n" for o in m.STAT_OUTCOMES]].max(axis=1)
    for outcome in m.STAT_OUTCOMES:
        blank = stats["channel"].isin(undefined_channels(stats, outcome)).to_numpy()
        if blank.any():
            names = [c for c in stats.columns if c.startswith(f"{outcome}_")]
            stats.loc[blank, names] = 0.0
    return stats


def cell_metrics_from_stats(stats: pd.DataFrame, period: str = "day") -> pd.DataFrame:
    """The long table of ``aggregate.cell_metrics`` (n and mean per cell and period), summed from statistics."""
    if stats.empty:
        return pd.DataFrame(columns=CELL_COLUMNS)
    starts = period_start(pd.Series(pd.to_datetime(stats["business_date"])), period)
    parts = []
    for metric, spec in METRICS.items():
        outcome = spec.column
        if f"{outcome}_n" not in stats:
            continue
        frame = pd.DataFrame({"period_start": starts.to_numpy(), "branch": stats["branch"], "channel": stats["channel"],
                              "n": stats[f"{outcome}_n"], "s": stats[f"{outcome}_sum"]})
        frame = frame[~frame["channel"].isin(undefined_channels(stats, outcome))]
        table = frame.groupby(["period_start", "branch", "channel"], observed=True)[["n", "s"]].sum().reset_index()
        table = table[table["n"] > 0]
        parts.append(table.assign(metric=metric, value=table["s"] / table["n"]))
    if not parts:
        return pd.DataFrame(columns=CELL_COLUMNS)
    cells = pd.concat(parts, ignore_index=True)[CELL_COLUMNS]
    cells["n"] = cells["n"].astype(int)
    return cells.sort_values(["metric", "period_start", "branch", "channel"], ignore_index=True)


def window_rows(engine: Engine, first: date, last: date, lookback_days: int,
                branches: Sequence[str] | None = None) -> pd.DataFrame:
    """The raw rows of [first, last] as detection's full-window mode reads them: labels, ``fcr`` and the
    stored ``history`` (contact in the ``lookback_days`` before), so raw rows and statistics agree."""
    with session_scope(engine) as session:
        frame = repo.interaction_frame(session, first, last, branches)
        journey = repo.journey_frame(session, first - timedelta(days=lookback_days), last)
    if frame.empty:
        return frame
    return attach_history(add_journey_columns(frame), journey, lookback_days)


CUSTOMER_CHUNK = 500  # customers per IN list of the evidence read
NO_CONTACTS = pd.DataFrame(columns=["interaction_id", "pattern"])
# Contacts the evidence reader keeps between flags. Kept whole, the cells a 300k night's flags read
# took ~250 MB (growing with the night); beyond this many rows the least recently read cells are dropped
# (and read again if a later flag asks: the same rows, so the same evidence).
CONTACT_CACHE_ROWS = 100_000
FETCH_ROWS = 50_000  # contacts (as the statistics count them) read in one go; a larger cell is read on its own
EVIDENCE_COLUMNS = tuple(sorted({spec.column for spec in METRICS.values()}))  # what flags.ContactReader gives


def pattern_contacts(engine: Engine, patterns: pd.DataFrame, first: date, last: date, lookback_days: int):
    """Detection's evidence reader over stored statistics (``flags.ContactReader``).

    Given row positions of ``patterns`` (``load_patterns`` of [first, last]), reads only the
    interactions of those rows' (day, branch, channel, agent) and the contact times of their customers;
    gives them the columns the full-window mode gives raw rows (``fcr`` from the same customers' later
    contacts as seen up to the window's last contact, the stored ``history``) and tells which pattern
    row each belongs to. Cells are read in groups of about ``FETCH_ROWS`` contacts. What was read once
    is kept for the night's next flags, up to ``CONTACT_CACHE_ROWS`` contacts (least recently read
    cells go first), with only the columns a flag's evidence reads: the id, the outcomes and the
    pattern's keys. A cell's contacts do not depend on which other cells were read with it, so
    neither bound changes the evidence.
    """
    cells: OrderedDict[tuple, pd.DataFrame] = OrderedDict()  # (day, branch, channel, agent) -> its contacts, ready
    held = [0]  # contacts in ``cells``
    sizes: dict[tuple, int] = {}  # contacts of each (day, branch, channel, agent) of ``patterns``, filled once
    observed: list = []  # the window's last contact, read once
    cell_keys = ["business_date", "branch", "channel", "agent"]

    def fetch(missing: list[tuple]) -> None:
        since = min(c[0] for c in missing)
        with session_scope(engine) as session:
            frame = repo.interaction_frame(session, since, max(c[0] for c in missing), cells=missing)
            customers = sorted(frame["customer"].dropna().unique()) if not frame.empty else []
            journey = pd.concat([repo.journey_frame(session, since - timedelta(days=lookback_days), last,
                                                    customers[k:k + CUSTOMER_CHUNK])
                                 for k in range(0, len(customers), CUSTOMER_CHUNK)]
                                + [pd.DataFrame(columns=["interaction_id", "customer", "started_at"])], ignore_index=True)
            if not observed:
                observed.append(repo.last_contact(session, first, last))
        for cell in missing:
            cells[cell] = NO_CONTACTS
        if frame.empty:
            return
        # FCR: the same customer's later contacts, observed up to the window's last contact (as in the window)
        fcr = add_journey_columns(journey, observed_until=observed[0]).set_index("interaction_id")["fcr"]
        frame = attach_history(frame.assign(fcr=frame["interaction_id"].map(fcr)), journey, lookback_days)
        kept = ["interaction_id", *(c for c in EVIDENCE_COLUMNS if c in frame)]
        keyed = pd.concat([frame[kept].reset_index(drop=True), pattern_keys(frame).reset_index(drop=True)
                           .rename(columns=lambda k: f"key_{k}")], axis=1)
        for cell, part in keyed.groupby([f"key_{k}" for k in cell_keys], sort=False):
            cells[tuple(cell)] = part
            held[0] += len(part)

    def forget_oldest() -> None:
        while held[0] > CONTACT_CACHE_ROWS and cells:
            held[0] -= len(cells.popitem(last=False)[1])

    def read(positions: np.ndarray) -> pd.DataFrame:
        positions = np.asarray(positions, int)
        wanted = patterns.iloc[positions][KEYS].assign(pattern=positions)
        if wanted.empty:
            return NO_CONTACTS
        wanted["business_date"] = pd.to_datetime(wanted["business_date"]).dt.date
        asked = list(wanted[cell_keys].drop_duplicates().itertuples(index=False, name=None))
        missing = [c for c in asked if c not in cells]
        if missing and not sizes:
            counted = patterns.assign(business_date=pd.to_datetime(patterns["business_date"]).dt.date)
            sizes.update(counted.groupby(cell_keys, sort=False)["interactions"].sum().items())
        group, rows = [], 0
        for cell in missing:  # read in groups of about FETCH_ROWS contacts: the night's cells grow with it
            if group and rows + sizes.get(cell, 0) > FETCH_ROWS:
                fetch(group)
                group, rows = [], 0
            group.append(cell)
            rows += sizes.get(cell, 0)
        if group:
            fetch(group)
        for c in asked:
            cells.move_to_end(c)
        parts = [cells[c] for c in asked if not cells[c].empty]
        forget_oldest()
        if not parts:
            return NO_CONTACTS
        frame = pd.concat(parts, ignore_index=True)
        owner = frame[[f"key_{k}" for k in KEYS]].set_axis(KEYS, axis=1).assign(row=np.arange(len(frame)))
        owner = owner.merge(wanted, on=KEYS)
        return frame.iloc[owner["row"].to_numpy()].assign(pattern=owner["pattern"].to_numpy())

    return read
