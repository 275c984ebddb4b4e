"""Plain records passed between the steps of the data flow.

Connectors (``consistency.ingest``) yield :class:`RawInteraction`, :class:`MysteryShopRecord`
and :class:`Rejected`; normalize turns raw interactions into stored rows; classify and detect
produce :class:`Classification` and :class:`Flag`. Nothing here touches a database or Prefect,
so every step can be tested with plain objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Channel = Literal["phone", "email", "chat", "in_person"]
CHANNELS: tuple[str, ...] = ("phone", "email", "chat", "in_person")
SOURCE_KINDS: tuple[str, ...] = (*CHANNELS, "mystery_shop")
# "note": written about the contact (a visit log's staff note), never said to the customer.
Speaker = Literal["customer", "agent", "system", "note"]
TONES: tuple[str, ...] = ("negative", "neutral", "positive")
RESOLUTIONS: tuple[str, ...] = ("resolved", "unresolved", "escalated")
SUPPORTED_LANGS: tuple[str, ...] = ("en", "de", "id", "nb", "ru")


@dataclass(slots=True)
class Turn:
    """One utterance in a conversation; ``offset_s`` is seconds since the contact started."""

    speaker: Speaker
    text: str
    offset_s: float | None = None


@dataclass(slots=True)
class RawInteraction:
    """A contact as a connector read it, before masking, pseudonymising and hashing."""

    source: str  # one of CHANNELS: the connector that read it
    native_id: str  # id in the source system (call id, root Message-ID, conversation id, visit id)
    branch: str
    started_at: datetime  # timezone-aware
    turns: list[Turn]
    file: str  # lineage: the file the record came from ...
    row: int  # ... and its 1-based row / line / message number there
    agent: str | None = None
    customer: str | None = None
    ended_at: datetime | None = None
    wait_seconds: float | None = None
    transfers: int = 0
    outcome: str | None = None  # source outcome code, e.g. RESOLVED / CALLBACK / ESCALATED
    csat: float | None = None  # post-contact survey 1-5
    topic: str | None = None  # contact reason, where the source gives one
    lang: str | None = None  # declared language, where the source gives one
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def channel(self) -> str:
        return self.source


@dataclass(slots=True)
class MysteryShopRecord:
    """One mystery-shop visit/contact with per-criterion scores on a 1-5 scale."""

    native_id: str
    shop_date: date
    branch: str
    channel: str
    shopper: str | None
    scores: dict[str, float]  # criterion -> score, e.g. greeting, courtesy, knowledge, resolution
    comment: str
    file: str
    row: int


@dataclass(slots=True)
class Rejected:
    """A record (or a whole file, ``row=None``) that broke a rule; it goes to quarantine."""

    source: str
    file: str
    row: int | None
    rule: str  # short machine-readable rule name, e.g. "missing_column", "bad_date"
    message: str  # one line a person can read, naming what is wrong
    raw: str = ""  # the raw record as read, so nothing is lost

    def __str__(self) -> str:
        where = f"{self.file}" + (f", row {self.row}" if self.row is not None else "")
        return f"{where}: {self.rule}: {self.message}"


IngestItem = RawInteraction | MysteryShopRecord | Rejected


@dataclass(slots=True)
class Evidence:
    """A span of text that supports a label: which cue, in which turn, where."""

    cue: str  # e.g. apology, thanks, greeting, blame, escalation_request, follow_up, fix_confirmed
    text: str
    turn: int  # index into the interaction's turns (0 for a single text)
    start: int  # character offsets within that turn's text
    end: int


@dataclass(slots=True)
class Classification:
    """Per-interaction labels with calibrated probabilities and the evidence behind them."""

    interaction_id: str
    lang: str  # detected language, or "unsupported"
    tone: str | None  # customer tone, one of TONES (None for unsupported language / no text)
    p_negative: float | None
    p_neutral: float | None
    p_positive: float | None
    courteous: bool | None
    p_courteous: float | None
    resolution: str | None  # one of RESOLUTIONS
    p_resolved: float | None
    p_unresolved: float | None
    p_escalated: float | None
    blame: bool  # agent blamed another department
    evidence: list[Evidence]
    model_version: str


@dataclass(slots=True)
class Flag:
    """A branch / channel / agent that is out of line, with the statistics and a sentence."""

    type: str  # funnel | drift | cross_channel | mystery_vs_logs
    metric: str
    branch: str | None
    channel: str | None
    agent: str | None
    direction: Literal["worse", "better"]
    level: Literal["agent", "branch", "channel", "chain"]
    observed: float
    expected: float
    n: int
    lower: float | None  # control limits used for the decision (99.8% for funnels)
    upper: float | None
    p_value: float | None
    q_value: float | None
    first_seen: date
    sentence: str  # plain language, for a manager
    details: dict[str, Any] = field(default_factory=dict)  # level decomposition, top interactions...


@dataclass(slots=True)
class InteractionText:
    """What the classify step needs of a stored interaction (text already masked)."""

    interaction_id: str
    channel: str
    turns: list[Turn]
    transfers: int = 0
    outcome: str | None = None
    lang: str | None = None  # declared language hint; the classifier detects its own
    csat: float | None = None  # post-contact survey 1-5, where the source has one (a resolution signal)
    repeat_contact: bool | None = None  # same customer back within 7 days on any channel; None = not known
