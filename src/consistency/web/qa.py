"""The random QA sample (per agent x channel) and agreement: model vs reviewers, reviewer vs reviewer.

A QA sample is drawn without looking at the model's labels, so the share of items where the
reviewer agrees with the model estimates how often the machine is right (flag queues cannot:
they are chosen because something looked wrong).
"""

from __future__ import annotations

import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consistency.store import models as m
from consistency.web.queues import restrict, wilson
from consistency.web.review import JUDGEMENTS
from consistency.web.users import Principal

PER_CELL = 2  # interactions drawn per agent x channel
SAMPLE_DAYS = 7


def draw_sample(session: Session, who: Principal, per_cell: int = PER_CELL, days: int = SAMPLE_DAYS,
                end: date | None = None) -> str:
    """Draw ``per_cell`` random interactions for every agent x channel of the last ``days`` days."""
    i = m.Interaction
    if end is None:
        end = session.execute(restrict(select(func.max(i.business_date)), i.branch, who)).scalar()
    sample = secrets.token_hex(8)
    if end is None:
        return sample
    ranked = restrict(select(i.id, i.branch, i.channel, i.agent,
                             func.row_number().over(partition_by=(i.agent, i.channel), order_by=func.random()).label("k"))
                      .where(i.business_date > end - timedelta(days=days), i.business_date <= end,
                             i.agent.is_not(None)), i.branch, who).subquery()
    now = datetime.now(timezone.utc)
    for r in session.execute(select(ranked).where(ranked.c.k <= per_cell)):
        session.add(m.QASampleItem(sample=sample, drawn_at=now, drawn_by=who.username, interaction_id=r.id,
                                   branch=r.branch, channel=r.channel, agent=r.agent))
    return sample


def open_items(session: Session, who: Principal, limit: int = 200) -> list[m.QASampleItem]:
    q = m.QASampleItem
    return list(session.execute(restrict(select(q).where(q.done_at.is_(None)), q.branch, who)
                                .order_by(q.channel, q.agent, q.id).limit(limit)).scalars())


def item_counts(session: Session, who: Principal) -> dict[str, int]:
    q = m.QASampleItem
    base = restrict(select(func.count()).select_from(q), q.branch, who)
    return {"open": session.execute(base.where(q.done_at.is_(None))).scalar_one(),
            "done": session.execute(base.where(q.done_at.is_not(None))).scalar_one()}


def get_item(session: Session, who: Principal, item_id: int) -> m.QASampleItem | None:
    item = session.get(m.QASampleItem, item_id)
    return item if item is not None and who.sees(item.branch) else None


def complete(session: Session, who: Principal, item: m.QASampleItem) -> None:
    item.done_by, item.done_at = who.username, datetime.now(timezone.utc)


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (fewer than 2 items or no variation)."""
    if len(a) != len(b) or len(a) < 2:
        return None
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass
class AgreementRow:
    judgement: str
    lang: str
    n: int
    agree: int
    kappa: float | None

    @property
    def rate(self) -> float:
        return self.agree / self.n if self.n else float("nan")

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.agree, self.n)


def model_agreement(session: Session, who: Principal, qa_only: bool = True) -> list[AgreementRow]:
    """Model label vs reviewer label per judgement and language (each reviewer's latest label counts)."""
    g = m.GoldLabel
    query = select(g).join(m.Interaction, m.Interaction.id == g.interaction_id)
    if qa_only:
        query = query.where(g.source == "qa")
    query = restrict(query, m.Interaction.branch, who).order_by(g.id)
    latest: dict[tuple[str, str, str], m.GoldLabel] = {}
    for row in session.execute(query).scalars():
        latest[(row.interaction_id, row.judgement, row.reviewer)] = row
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in latest.values():
        if row.model_label is None:
            continue
        for lang in (row.lang or "unknown", "all"):
            pairs[(row.judgement, lang)].append((row.model_label, row.label))
    out = []
    for judgement in JUDGEMENTS:
        for (j, lang), items in sorted(pairs.items(), key=lambda kv: (kv[0][1] != "all", kv[0][1])):
            if j != judgement:
                continue
            out.append(AgreementRow(judgement, lang, len(items), sum(a == b for a, b in items),
                                    cohen_kappa([a for a, _ in items], [b for _, b in items])))
    return out


def reviewer_kappa(session: Session, who: Principal) -> list[dict[str, Any]]:
    """Cohen's kappa between each pair of reviewers over the interactions both labelled, per judgement."""
    g = m.GoldLabel
    query = restrict(select(g).join(m.Interaction, m.Interaction.id == g.interaction_id), m.Interaction.branch, who)
    latest: dict[tuple[str, str, str], str] = {}
    for row in session.execute(query.order_by(g.id)).scalars():
        latest[(row.judgement, row.interaction_id, row.reviewer)] = row.label
    by_item: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for (judgement, iid, reviewer), lab in latest.items():
        by_item[(judgement, iid)][reviewer] = lab
    pairs: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for (judgement, _), labels in by_item.items():
        names = sorted(labels)
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                pairs[(judgement, names[x], names[y])].append((labels[names[x]], labels[names[y]]))
    return [{"judgement": j, "a": a, "b": b, "n": len(items), "agree": sum(p == q for p, q in items),
             "kappa": cohen_kappa([p for p, _ in items], [q for _, q in items])}
            for (j, a, b), items in sorted(pairs.items())]
