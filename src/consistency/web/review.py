"""Decisions on flags and labels, each written to the append-only audit log.

Flags carry a review version: a decision names the version it was made on, and when someone
else decided in between, the decision is refused (the caller keeps what the person wrote as a
comment, so nothing is lost) instead of silently overwriting the first reviewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consistency.store import models as m
from consistency.web.users import Principal

DECISIONS = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "open"}
DISMISS_REASONS = ("explained by case mix", "data or export problem", "classifier error", "known and handled",
                   "too small to act on", "other")
JUDGEMENTS: dict[str, tuple[str, ...]] = {
    "tone": ("negative", "neutral", "positive"),
    "courtesy": ("courteous", "discourteous"),
    "resolution": ("resolved", "unresolved", "escalated"),
    "blame": ("blame", "no_blame"),
}
MAX_TEXT = 2_000


class Conflict(Exception):
    """Someone else changed the flag after this person loaded it."""

    def __init__(self, current: dict[str, Any]) -> None:
        super().__init__("the flag was changed by someone else")
        self.current = current


class ReviewError(ValueError):
    """A decision that cannot be taken as asked (bad reason, unknown label); message for the user."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def audit(session: Session, who: str, action: str, object_type: str, object_id: str,
          before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Append one entry; nothing in the app updates or deletes audit rows."""
    session.add(m.AuditEntry(at=_now(), username=who, action=action, object_type=object_type,
                             object_id=object_id, before=before, after=after))


def review_state(session: Session, flag: m.FlagRecord) -> dict[str, Any]:
    review = session.get(m.FlagReview, flag.id)
    return {"status": flag.status, "version": review.version if review else 0,
            "assigned_to": review.assigned_to if review else None,
            "decided_by": review.decided_by if review else None,
            "decided_at": review.decided_at.isoformat() if review and review.decided_at else None,
            "reason": review.reason if review else None}


def _bump(session: Session, flag_id: str, seen_version: int, values: dict[str, Any]) -> None:
    """Compare-and-set on the review version: one UPDATE (or first INSERT) that fails if it moved."""
    if seen_version == 0:
        try:
            with session.begin_nested():
                session.add(m.FlagReview(flag_id=flag_id, version=1, **values))
            return
        except IntegrityError:
            pass  # someone created the review row first: fall through to the versioned update, which fails
    done = session.execute(update(m.FlagReview).where(m.FlagReview.flag_id == flag_id,
                                                      m.FlagReview.version == seen_version)
                           .values(version=seen_version + 1, **values))
    if done.rowcount != 1:
        raise Conflict({})


def decide(session: Session, who: Principal, flag: m.FlagRecord, action: str, seen_version: int,
           reason: str = "") -> dict[str, Any]:
    """Confirm, dismiss (with a reason) or reopen a flag made on version ``seen_version``."""
    if action not in DECISIONS:
        raise ReviewError(f"{action!r} is not a decision")
    reason = reason.strip()[:MAX_TEXT]
    if action == "dismiss" and not reason:
        raise ReviewError("a dismissal needs a reason")
    before = review_state(session, flag)
    if before["version"] != seen_version:
        raise Conflict(before)
    try:
        _bump(session, flag.id, seen_version, {"decided_by": who.username, "decided_at": _now(),
                                               "reason": reason or None})
    except Conflict:
        session.expire_all()
        raise Conflict(review_state(session, flag)) from None
    flag.status = DECISIONS[action]
    session.flush()
    after = review_state(session, flag)
    audit(session, who.username, action, "flag", flag.id, before, after)
    return after


def assign(session: Session, who: Principal, flag: m.FlagRecord, assignee: str, seen_version: int) -> dict[str, Any]:
    assignee = assignee.strip()
    if assignee and session.execute(select(m.User.id).where(m.User.username == assignee,
                                                            m.User.active.is_(True))).scalar() is None:
        raise ReviewError(f"no active user {assignee!r}")
    before = review_state(session, flag)
    if before["version"] != seen_version:
        raise Conflict(before)
    try:
        _bump(session, flag.id, seen_version, {"assigned_to": assignee or None})
    except Conflict:
        session.expire_all()
        raise Conflict(review_state(session, flag)) from None
    session.flush()
    after = review_state(session, flag)
    audit(session, who.username, "assign", "flag", flag.id, before, after)
    return after


def comment(session: Session, who: Principal, flag_id: str, text: str) -> m.FlagComment | None:
    text = text.strip()[:MAX_TEXT]
    if not text:
        return None
    note = m.FlagComment(flag_id=flag_id, username=who.username, at=_now(), text=text)
    session.add(note)
    audit(session, who.username, "comment", "flag", flag_id, None, {"text": text})
    return note


def comments(session: Session, flag_id: str) -> list[m.FlagComment]:
    return list(session.execute(select(m.FlagComment).where(m.FlagComment.flag_id == flag_id)
                                .order_by(m.FlagComment.at)).scalars())


def history(session: Session, object_type: str, object_id: str) -> list[m.AuditEntry]:
    return list(session.execute(select(m.AuditEntry).where(m.AuditEntry.object_type == object_type,
                                                           m.AuditEntry.object_id == object_id)
                                .order_by(m.AuditEntry.at)).scalars())


def model_labels(cls: m.Classification | None) -> dict[str, str | None]:
    """The labels a classification row says, in the judgement vocabulary of ``JUDGEMENTS``."""
    if cls is None:
        return dict.fromkeys(JUDGEMENTS)
    return {
        "tone": cls.tone,
        "courtesy": None if cls.courteous is None else ("courteous" if cls.courteous else "discourteous"),
        "resolution": cls.resolution,
        "blame": None if cls.blame is None else ("blame" if cls.blame else "no_blame"),
    }


@dataclass(frozen=True)
class Relabel:
    judgement: str
    before: str | None
    after: str


def relabel(session: Session, who: Principal, interaction: m.Interaction, labels: dict[str, str],
            source: str = "relabel") -> list[Relabel]:
    """Record a reviewer's labels as gold labels; the interaction's labels follow the latest reviewer.

    Every judgement given is stored (also when it agrees with the model: that is what measures how
    often the machine is right). The model's own label is kept beside it from the first time the
    interaction was reviewed, since later the classification row holds the correction.
    """
    cls = session.get(m.Classification, interaction.id)
    current = model_labels(cls)
    changes: list[Relabel] = []
    for judgement, label in labels.items():
        if not label:
            continue
        if judgement not in JUDGEMENTS or label not in JUDGEMENTS[judgement]:
            raise ReviewError(f"{label!r} is not a {judgement} label")
        first = session.execute(select(m.GoldLabel.model_label).where(
            m.GoldLabel.interaction_id == interaction.id, m.GoldLabel.judgement == judgement)
            .order_by(m.GoldLabel.id).limit(1)).first()
        model_label = first[0] if first else current[judgement]
        session.add(m.GoldLabel(interaction_id=interaction.id, judgement=judgement, label=label,
                                model_label=model_label, lang=(cls.lang if cls else None) or interaction.lang,
                                reviewer=who.username, at=_now(), source=source))
        changes.append(Relabel(judgement, current[judgement], label))
    if cls is not None and changes:
        before = {c.judgement: c.before for c in changes}
        for c in changes:
            _apply(cls, c.judgement, c.after)
        cls.corrected_by = who.username
        audit(session, who.username, "relabel", "interaction", interaction.id, before,
              {c.judgement: c.after for c in changes})
    elif changes:
        audit(session, who.username, "relabel", "interaction", interaction.id, None,
              {c.judgement: c.after for c in changes})
    return changes


def _apply(cls: m.Classification, judgement: str, label: str) -> None:
    if judgement == "tone":
        cls.tone = label
    elif judgement == "courtesy":
        cls.courteous = label == "courteous"
    elif judgement == "resolution":
        cls.resolution = label
    elif judgement == "blame":
        cls.blame = label == "blame"
