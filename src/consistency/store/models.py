"""SQLAlchemy 2 models of the canonical store. Schema changes go through Alembic revisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Run(Base):
    """One execution of a step sequence (an audit night, an upload, a backfill day)."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))  # audit | ingest | mystery_shop_upload
    business_date: Mapped[date | None] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), default="running")
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Branch(Base):
    __tablename__ = "branches"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen: Mapped[date | None] = mapped_column(Date)


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # keyed-hash pseudonym
    branch: Mapped[str | None] = mapped_column(String(64))


class Interaction(Base):
    """One customer contact on one channel, text masked, people pseudonymised, with lineage."""

    __tablename__ = "interactions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # stable hash of source + native id
    source: Mapped[str] = mapped_column(String(16))
    native_id: Mapped[str] = mapped_column(String(255))
    channel: Mapped[str] = mapped_column(String(16))
    branch: Mapped[str] = mapped_column(ForeignKey("branches.code"))
    agent: Mapped[str | None] = mapped_column(String(32))
    customer: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    business_date: Mapped[date] = mapped_column(Date)
    hour: Mapped[int] = mapped_column(Integer)  # local hour of start, for case mix
    lang: Mapped[str | None] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(64), default="unknown")
    wait_s: Mapped[float | None] = mapped_column(Float)
    handle_s: Mapped[float | None] = mapped_column(Float)
    transfers: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(32))
    csat: Mapped[float | None] = mapped_column(Float)
    n_turns: Mapped[int] = mapped_column(Integer, default=0)
    file: Mapped[str] = mapped_column(Text)
    row: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_interactions_date_branch_channel", "business_date", "branch", "channel"),
        Index("ix_interactions_customer", "customer"),
        Index("ix_interactions_date_customer", "business_date", "customer", "started_at"),
    )


class Turn(Base):
    __tablename__ = "turns"

    interaction_id: Mapped[str] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)  # PII masked before storage
    offset_s: Mapped[float | None] = mapped_column(Float)


class Quarantine(Base):
    """A record or file that broke a rule, kept whole so nothing is lost."""

    __tablename__ = "quarantine"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of file + row + rule: re-runs upsert
    run_id: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))
    file: Mapped[str] = mapped_column(Text)
    row: Mapped[int | None] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(128))
    message: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The file's bytes as they were when the record was rejected: its hash and a stored copy, so a
    # replay (or a person) can read it even after the export folder is cleaned up.
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    stored_copy: Mapped[str | None] = mapped_column(Text)
    # Set when a replay stored the record (or every record of a rejected file): it is done.
    replayed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    replay_run_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_quarantine_rule", "rule"), Index("ix_quarantine_run", "run_id"))


class SourcePartition(Base):
    """The ingest ledger: one source folder loaded whole, with the manifest of the files it held.

    A night's partition is read again only when its manifest (every file's path, size and content
    hash) or the reader (``ingest.READER_VERSION``, time zone, pseudonym key) differs from the last
    complete load: records span files (e-mail threads, a call log and its transcripts), so a folder
    is the unit that is skipped or re-read. Written only after every batch of the folder is stored.
    """

    __tablename__ = "source_partitions"

    folder: Mapped[str] = mapped_column(Text, primary_key=True)  # absolute path
    kind: Mapped[str] = mapped_column(String(16))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    reader: Mapped[str] = mapped_column(String(128))  # reader version; time zone; key fingerprint
    files: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)  # bytes of all its files
    interactions: Mapped[int] = mapped_column(Integer)  # records sent to the store (mystery-shop rows too)
    quarantined: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int | None] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SourceFile(Base):
    """One file of a loaded partition: what was read, its hash, and the records whose lineage names it."""

    __tablename__ = "source_files"

    path: Mapped[str] = mapped_column(Text, primary_key=True)  # absolute path
    folder: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)  # stored records read from this file (0: e.g. a transcript)
    quarantined: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int | None] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_source_files_folder", "folder"),)


class Classification(Base):
    __tablename__ = "classifications"

    interaction_id: Mapped[str] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True)
    model_version: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(16))
    tone: Mapped[str | None] = mapped_column(String(16))
    p_negative: Mapped[float | None] = mapped_column(Float)
    p_neutral: Mapped[float | None] = mapped_column(Float)
    p_positive: Mapped[float | None] = mapped_column(Float)
    courteous: Mapped[bool | None] = mapped_column(Boolean)
    p_courteous: Mapped[float | None] = mapped_column(Float)
    resolution: Mapped[str | None] = mapped_column(String(16))
    p_resolved: Mapped[float | None] = mapped_column(Float)
    p_unresolved: Mapped[float | None] = mapped_column(Float)
    p_escalated: Mapped[float | None] = mapped_column(Float)
    blame: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    # A quality manager's correction overrides the model and becomes training data.
    corrected_by: Mapped[str | None] = mapped_column(String(64))


class Aggregate(Base):
    __tablename__ = "aggregates"

    period: Mapped[str] = mapped_column(String(8), primary_key=True)  # day | week
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    branch: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)


class FlagRecord(Base):
    __tablename__ = "flags"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of type + cell + metric + date
    run_id: Mapped[int | None] = mapped_column(Integer)
    business_date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(32))
    metric: Mapped[str] = mapped_column(String(32))
    branch: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str | None] = mapped_column(String(16))
    agent: Mapped[str | None] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(8))
    level: Mapped[str] = mapped_column(String(16))
    observed: Mapped[float] = mapped_column(Float)
    expected: Mapped[float] = mapped_column(Float)
    n: Mapped[int] = mapped_column(Integer)
    lower: Mapped[float | None] = mapped_column(Float)
    upper: Mapped[float | None] = mapped_column(Float)
    p_value: Mapped[float | None] = mapped_column(Float)
    q_value: Mapped[float | None] = mapped_column(Float)
    first_seen: Mapped[date] = mapped_column(Date)
    sentence: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | confirmed | dismissed


class NightCell(Base):
    """A night's branch x channel cell as detection saw it: observed against the case-mix expected value.

    The review app's heat map and league table read these, so they show the same expected values the
    flags were tested against (not the channel's chain-wide rate).
    """

    __tablename__ = "night_cells"

    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    branch: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    observed: Mapped[float] = mapped_column(Float)
    expected: Mapped[float] = mapped_column(Float)
    q_value: Mapped[float | None] = mapped_column(Float)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)


class MysteryShopResult(Base):
    __tablename__ = "mystery_shop_results"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    native_id: Mapped[str] = mapped_column(String(255))
    shop_date: Mapped[date] = mapped_column(Date)
    branch: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    shopper: Mapped[str | None] = mapped_column(String(32))
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")
    file: Mapped[str] = mapped_column(Text)
    row: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[int | None] = mapped_column(Integer)


# --- Review web app (revision 0004): people, their decisions and the labels they give ---------


class User(Base):
    """A person who signs in to the review app; ``branches`` None means every branch."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id; the clear password is never kept
    role: Mapped[str] = mapped_column(String(16))  # viewer | reviewer | admin
    branches: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSession(Base):
    """A signed-in browser; the cookie carries only this id, signed, so logout can end it."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginAttempt(Base):
    """Failed and good sign-ins, kept in the store so every worker process sees the same count."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ok: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_login_attempts_username_at", "username", "at"), Index("ix_login_attempts_ip_at", "ip", "at"))


class AuditEntry(Base):
    """Append-only: who did what to which object, with the state before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_audit_log_object", "object_type", "object_id"),)


class FlagReview(Base):
    """The review state of a flag; ``version`` makes two reviewers' decisions collide visibly."""

    __tablename__ = "flag_reviews"

    flag_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(Text)


class FlagComment(Base):
    __tablename__ = "flag_comments"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    flag_id: Mapped[str] = mapped_column(String(32), index=True)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)


class GoldLabel(Base):
    """A reviewer's label for one judgement of one interaction, next to what the model said."""

    __tablename__ = "gold_labels"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    interaction_id: Mapped[str] = mapped_column(String(32))
    judgement: Mapped[str] = mapped_column(String(16))  # tone | courtesy | resolution | blame
    label: Mapped[str] = mapped_column(String(16))
    model_label: Mapped[str | None] = mapped_column(String(16))
    lang: Mapped[str | None] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(16), default="relabel")  # relabel | qa

    __table_args__ = (Index("ix_gold_labels_interaction", "interaction_id", "judgement"),)


class QASampleItem(Base):
    """One interaction drawn at random for a QA evaluation of its agent x channel."""

    __tablename__ = "qa_sample"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    sample: Mapped[str] = mapped_column(String(32), index=True)  # one draw
    drawn_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    drawn_by: Mapped[str] = mapped_column(String(64))
    interaction_id: Mapped[str] = mapped_column(String(32))
    branch: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    agent: Mapped[str | None] = mapped_column(String(32))
    done_by: Mapped[str | None] = mapped_column(String(64))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# Indexes the review app's pages lean on (created by revision 0004).
Index("ix_flags_date_status", FlagRecord.business_date, FlagRecord.status)
# The "all open flags" queue: months of nights, of which the open ones are few (revision 0006).
Index("ix_flags_status_q", FlagRecord.status, FlagRecord.q_value)
Index("ix_aggregates_cell", Aggregate.metric, Aggregate.branch, Aggregate.channel, Aggregate.period)
Index("ix_interactions_agent_channel_date", Interaction.agent, Interaction.channel, Interaction.business_date)


class WatchItemRecord(Base):
    """One watch-list episode of a cell and metric: from its CUSUM alarm to promotion or retirement."""

    __tablename__ = "watch_items"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of metric + cell + onset
    run_id: Mapped[int | None] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(32))
    branch: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))  # watching | promoted | retired (as of last_seen)
    alarm_date: Mapped[date] = mapped_column(Date)
    onset_date: Mapped[date] = mapped_column(Date)
    first_listed: Mapped[date] = mapped_column(Date)  # the business date it was first stored
    last_seen: Mapped[date] = mapped_column(Date)
    promoted_on: Mapped[date | None] = mapped_column(Date)
    retired_on: Mapped[date | None] = mapped_column(Date)
    retired_reason: Mapped[str | None] = mapped_column(String(128))
    n: Mapped[int] = mapped_column(Integer)
    observed: Mapped[float] = mapped_column(Float)
    expected: Mapped[float] = mapped_column(Float)
    size: Mapped[float] = mapped_column(Float)
    cusum: Mapped[float] = mapped_column(Float)
    threshold: Mapped[float] = mapped_column(Float)
    promoted_by: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_watch_items_cell", "metric", "branch", "channel"),)


class WatchItemNight(Base):
    """An item's state on one business date: its history, night by night."""

    __tablename__ = "watch_item_nights"

    item_id: Mapped[str] = mapped_column(ForeignKey("watch_items.id", ondelete="CASCADE"), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    n: Mapped[int] = mapped_column(Integer)
    observed: Mapped[float] = mapped_column(Float)
    expected: Mapped[float] = mapped_column(Float)
    size: Mapped[float] = mapped_column(Float)
    cusum: Mapped[float] = mapped_column(Float)
    threshold: Mapped[float] = mapped_column(Float)


# Outcomes whose sufficient statistics a night stores (the ``column`` of each aggregate.METRICS entry);
# measurements also keep log1p sums, the scale the case-mix model of times works on, and sums of cubes.
STAT_OUTCOMES = ("negative", "courteous", "resolved", "escalated", "transferred", "blame", "fcr",
                 "wait_s", "handle_s", "csat")
STAT_MEASUREMENTS = ("wait_s", "handle_s", "csat")
STAT_KEYS = ("business_date", "branch", "channel", "agent", "lang", "topic", "hour_band", "history")


def stat_columns() -> list[str]:
    """Column names of the per-outcome sums: ``<outcome>_n``, ``_sum``, ``_sumsq`` (+ ``_logsum``, ``_logsumsq``,
    ``_sumcube`` for measurements: the watch list calibrates on their skew)."""
    names = []
    for outcome in STAT_OUTCOMES:
        names += [f"{outcome}_n", f"{outcome}_sum", f"{outcome}_sumsq"]
        if outcome in STAT_MEASUREMENTS:
            names += [f"{outcome}_logsum", f"{outcome}_logsumsq", f"{outcome}_sumcube"]
    return names


class CellStat(Base):
    """Sufficient statistics of one day, cell, agent and case-mix pattern: what aggregate and detect sum up.

    One row per (business date, branch, channel, agent, language, topic, hour band, history); for each
    outcome the count of known values, their sum and sum of squares. A night writes its own day (and
    re-writes the few days whose first-contact resolution its contacts settle); nothing else changes.
    """

    __table__ = Table(
        "cell_stats", Base.metadata,
        Column("business_date", Date, primary_key=True),
        Column("branch", String(64), primary_key=True),
        Column("channel", String(16), primary_key=True),
        Column("agent", String(32), primary_key=True),  # "" when the export names no agent
        Column("lang", String(16), primary_key=True),
        Column("topic", String(64), primary_key=True),
        Column("hour_band", String(16), primary_key=True),
        Column("history", String(8), primary_key=True),
        *[Column(name, Integer if name.endswith("_n") else Float, nullable=False, default=0)
          for name in stat_columns()],
    )
