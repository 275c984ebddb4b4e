"""Per-interaction features from cues and turn structure, as a fixed-order numeric vector.

Its fixed column order (``FEATURE_NAMES``) is what the trained courtesy / resolution models in
``interaction_model`` read (plus customer tone and channel). Evidence spans (turn index + character
offsets) are collected on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from consistency.classify.courtesy_features import clean as courtesy_text
from consistency.classify.turn_reading import TurnReader
from consistency.records import SUPPORTED_LANGS, Evidence, InteractionText

OUTCOMES: tuple[str, ...] = ("RESOLVED", "CALLBACK", "ESCALATED", "TRANSFERRED", "ABANDONED")
_AGENT_CUES = ("apology", "thanks", "greeting", "blame", "follow_up", "fix_confirmed", "emoji_negative")
_CUSTOMER_CUES = ("thanks", "escalation_request", "apology", "emoji_positive", "emoji_negative")
_LAST_CUSTOMER_CUES = ("thanks", "escalation_request", "fix_confirmed", "negation")
# A visit's staff note is a record, not speech: its cues describe the outcome, never the agent's manner.
_NOTE_CUES = ("blame", "negation", "fix_confirmed", "follow_up", "escalation_request")

FEATURE_NAMES: tuple[str, ...] = (
    *(f"agent_{c}" for c in _AGENT_CUES),
    *(f"customer_{c}" for c in _CUSTOMER_CUES),
    *(f"last_customer_{c}" for c in _LAST_CUSTOMER_CUES),
    *(f"note_{c}" for c in _NOTE_CUES),
    "agent_turns", "customer_turns", "customer_spoke_last", "agent_spoke_first", "transfers",
    *(f"outcome_{o.lower()}" for o in OUTCOMES),
    "outcome_missing",
)
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
MAX_TURN_CHARS = 5_000  # cue search per turn; a pasted log beyond this adds nothing but time


@dataclass
class InteractionFeatures:
    """One interaction's feature vector, its evidence spans and the text the tone model should read."""

    vector: np.ndarray
    evidence: list[Evidence] = field(default_factory=list)
    customer_text: str = ""
    customer_said: list[str] = field(default_factory=list)  # the customer's turns one by one (joined: customer_text)
    has_agent_text: bool = False
    last_customer_text: str = ""  # the customer's final turn, when they spoke more than once
    last_customer_tone: np.ndarray | None = None  # tone probabilities of that turn (set by the classifier)
    # Every cue seen, as "{speaker}_{cue}" and "last_customer_{cue}" counts, including cues the fixed vector
    # has no column for (the resolution signals read them; see ``resolution.py``).
    cue_counts: dict[str, int] = field(default_factory=dict)
    # The customer's last turn answers the agent (they spoke more than once, and an agent turn came before).
    customer_reacted: bool = False
    # The customer's closing words: their last two turns after the agent first answered ("Perfect, thanks!"
    # followed by "no, that's all" still closes satisfied). Cues there count as "closing_customer_{cue}".
    closing_turns: frozenset[int] = frozenset()
    # The agent's last two turns: a refusal or "it will take 5 working days" there is how the contact ended,
    # not a step on the way. Cues there count as "closing_agent_{cue}".
    closing_agent_turns: frozenset[int] = frozenset()
    last_customer_question: bool = False  # ... and it asks something


def extract(items: list[InteractionText], langs: list[str], reader: TurnReader | None = None
            ) -> list[InteractionFeatures]:
    """Features for each interaction, reading its turns with the cue reader of its language.

    ``reader``: the batch's :class:`TurnReader`, so that courtesy finds the agent turns already read."""
    reader = reader or TurnReader()
    out = [InteractionFeatures(vector=np.zeros(len(FEATURE_NAMES), dtype=np.float32)) for _ in items]
    # Service text repeats itself (an agent's stock lines, "Thanks!", "ok"): each distinct text is read once.
    where: dict[tuple[str, str], list[tuple[int, int]]] = {}
    last_customer: list[int] = []  # per interaction, its last customer turn (said or empty)
    for k, (item, lang) in enumerate(zip(items, langs)):
        _structure(item, out[k])
        last_customer.append(max((t for t, turn in enumerate(item.turns) if turn.speaker == "customer"), default=-1))
        if lang in SUPPORTED_LANGS:
            for t, turn in enumerate(item.turns):
                text = turn.text
                said = isinstance(text, str) and text and not text.isspace()
                if said and turn.speaker in ("agent", "customer", "note"):
                    where.setdefault((lang, text[:MAX_TURN_CHARS]), []).append((k, t))
    for (lang, text), turns in where.items():
        # Courtesy reads an agent's turn again, links and numbers masked; when that leaves the same string,
        # its tokens and politeness phrases are taken on this one reading.
        shared = any(items[k].turns[t].speaker == "agent" for k, t in turns) and courtesy_text(text) == text
        reading = reader.read(lang, text, lowers=shared, politeness=shared)
        if reading.cues:
            cues = reading.evidence
            for k, t in turns:
                _add_cues(items[k].turns[t].speaker, t, t == last_customer[k], cues, out[k])
    for f in out:
        f.evidence.sort(key=lambda e: e.turn)  # turn order, as read (stable: a turn's cues keep their order)
    return out


def _structure(item: InteractionText, f: InteractionFeatures) -> None:
    v = f.vector
    spoken = [t for t in item.turns if t.speaker in ("agent", "customer") and isinstance(t.text, str) and t.text.strip()]
    v[_INDEX["agent_turns"]] = np.log1p(sum(t.speaker == "agent" for t in spoken))
    v[_INDEX["customer_turns"]] = np.log1p(sum(t.speaker == "customer" for t in spoken))
    v[_INDEX["customer_spoke_last"]] = float(bool(spoken) and spoken[-1].speaker == "customer")
    v[_INDEX["agent_spoke_first"]] = float(bool(spoken) and spoken[0].speaker == "agent")
    v[_INDEX["transfers"]] = float(min(max(item.transfers or 0, 0), 5))
    outcome = (item.outcome or "").strip().upper()
    if outcome in OUTCOMES:
        v[_INDEX[f"outcome_{outcome.lower()}"]] = 1.0
    else:
        v[_INDEX["outcome_missing"]] = 1.0
    said = [t.text for t in spoken if t.speaker == "customer"]
    f.customer_said = said
    f.customer_text = "\n".join(said)
    f.has_agent_text = any(t.speaker == "agent" for t in spoken)
    f.last_customer_text = said[-1] if len(said) > 1 else ""
    if len(said) > 1:
        last = max(k for k, t in enumerate(spoken) if t.speaker == "customer")
        f.customer_reacted = any(t.speaker == "agent" for t in spoken[:last])
        f.last_customer_question = f.customer_reacted and "?" in said[-1][-MAX_TURN_CHARS:]
    said_at = [k for k, t in enumerate(item.turns) if t.speaker == "customer" and isinstance(t.text, str)
               and t.text.strip()]
    # The first customer turn states the problem, even when an agent's greeting came before it.
    answered = [k for k in said_at[1:] if any(t.speaker == "agent" and isinstance(t.text, str) and t.text.strip()
                                              for t in item.turns[said_at[0]:k])]
    f.closing_turns = frozenset(answered[-2:])
    agent_at = [k for k, t in enumerate(item.turns) if t.speaker == "agent" and isinstance(t.text, str) and t.text.strip()]
    f.closing_agent_turns = frozenset(agent_at[-2:])


def _add_cues(speaker: str, t: int, last_customer: bool, cues: list[tuple[str, str, int, int]],
              f: InteractionFeatures) -> None:
    """Count turn ``t``'s cues, given as (cue, text, start, end), into ``f`` and keep them as evidence.

    ``last_customer``: no customer turn (said or empty) comes after this one."""
    for cue, text, start, end in cues:
        name = f"{speaker}_{cue}"
        f.cue_counts[name] = f.cue_counts.get(name, 0) + 1
        if name in _INDEX:
            f.vector[_INDEX[name]] += 1.0
        if t in f.closing_turns:
            f.cue_counts[f"closing_customer_{cue}"] = f.cue_counts.get(f"closing_customer_{cue}", 0) + 1
        elif t in f.closing_agent_turns:
            f.cue_counts[f"closing_agent_{cue}"] = f.cue_counts.get(f"closing_agent_{cue}", 0) + 1
        if last_customer:
            f.cue_counts[f"last_customer_{cue}"] = f.cue_counts.get(f"last_customer_{cue}", 0) + 1
            if f"last_customer_{cue}" in _INDEX:
                f.vector[_INDEX[f"last_customer_{cue}"]] += 1.0
        if cue not in ("negation", "intensifier") and speaker != "note":
            # The turn index says who spoke, so the cue keeps its plain name.
            f.evidence.append(Evidence(cue=cue, text=text, turn=t, start=start, end=end))


def value(f: InteractionFeatures, name: str) -> float:
    """One named feature of an interaction."""
    return float(f.vector[_INDEX[name]])
