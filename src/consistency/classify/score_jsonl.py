"""`consistency score`: classify a chat JSONL file (docs/formats.md) into one JSON line per conversation.

Streamed: a first pass keeps only line count and (customer, start time) per line, to know repeat
contacts within 7 days; the second pass reads, classifies in batches and writes. A line that is not
a JSON object with ``conversation_id`` and a ``messages`` list is reported with its number and
skipped; any other oddity (no turns, one side silent, unknown roles, emoji only, huge turns) gives
a defined record with nulls and a ``reason``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from consistency.records import Classification, InteractionText, Turn

BATCH = 2_000
REPEAT_DAYS = 7
_ROLES = {"customer": "customer", "agent": "agent", "bot": "system", "system": "system",
          # Names other exports use for the same two sides; anything else is an unknown role (ignored, named).
          "user": "customer", "client": "customer", "caller": "customer",
          "operator": "agent", "staff": "agent", "support": "agent", "advisor": "agent", "representative": "agent"}
# What each cue is evidence for, so a reader of the output sees why a label was given.
CUE_LABEL = {
    "blame": "blame", "fix_confirmed": "resolved", "works_now": "resolved", "closing_offer": "resolved",
    "still_broken": "unresolved", "follow_up": "unresolved", "refusal": "unresolved", "handoff": "unresolved",
    "escalation_request": "escalated", "thanks": "courteous", "greeting": "courteous", "apology": "courteous",
    "emoji_positive": "positive", "emoji_negative": "negative",
}
OUTPUT_FIELDS = ("conversation_id", "lang", "tone", "p_negative", "p_neutral", "p_positive", "p_courteous",
                 "courteous", "resolution", "p_resolved", "p_unresolved", "p_escalated", "blame", "p_blame",
                 "model_version", "evidence", "reason")


@dataclass
class BadLine:
    """A line that could not be read as a conversation."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ScoreReport:
    """What a run did: conversations written, lines skipped (with why), and the model version used."""

    written: int = 0
    bad: list[BadLine] = field(default_factory=list)
    model_version: str = ""
    repeat_known: int = 0  # conversations whose 7-day repeat contact could be told from the file


def _loads(raw: str) -> Any:
    """One JSON line: orjson (several times faster); a line it refuses goes to the standard library, which
    also reads NaN / Infinity and huge integers, and whose error message names the rule broken."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)  # naive: read as UTC


def _journeys(path: Path) -> tuple[int, dict[int, bool | None]]:
    """(lines, repeat contact per line number): same customer again within 7 days in this file.

    Unknown (None) when the file ends less than 7 days after the contact and no repeat was seen.
    """
    lines = 0
    contacts: dict[str, list[tuple[datetime, int]]] = {}
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for lines, raw in enumerate(fh, start=1):
            if '"customer"' not in raw:
                continue
            try:
                rec = _loads(raw)
            except ValueError:
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("customer"), (str, int)):
                continue
            ts = _parse_time(rec.get("started_at"))
            if ts is not None:
                contacts.setdefault(str(rec["customer"]), []).append((ts, lines))
    repeat: dict[int, bool | None] = {}
    all_times = [ts for cs in contacts.values() for ts, _ in cs]
    if not all_times:
        return lines, repeat
    last_seen = max(all_times)
    window = timedelta(days=REPEAT_DAYS)
    for cs in contacts.values():
        cs.sort()
        for k, (ts, line) in enumerate(cs):
            again = k + 1 < len(cs) and cs[k + 1][0] - ts <= window
            repeat[line] = True if again else (False if ts + window <= last_seen else None)
    return lines, repeat


def _number(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if x == x else None


def read_conversation(rec: Any, line: int, repeat: bool | None) -> tuple[InteractionText | None, list[str], str | None]:
    """(interaction, notes about odd content, error) for one parsed line; error set means skip the line."""
    if not isinstance(rec, dict):
        return None, [], "not a JSON object"
    cid = rec.get("conversation_id")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool) or str(cid).strip() == "":
        return None, [], "missing conversation_id"
    messages = rec.get("messages")
    if not isinstance(messages, list):
        return None, [], "missing messages (a list of {role, text})"
    notes: list[str] = []
    turns: list[Turn] = []
    unknown: set[str] = set()
    for m in messages:
        # Every message keeps its place, so evidence turn indexes point into the input's messages.
        m = m if isinstance(m, dict) else {}
        role = str(m.get("role", "")).strip().lower()
        speaker = _ROLES.get(role)
        if speaker is None:
            unknown.add(role or "(none)")
            speaker = "system"
        text = m.get("text", m.get("content"))
        turns.append(Turn(speaker, text if isinstance(text, str) else ""))
    if unknown:
        notes.append(f"turns with unknown role ignored: {', '.join(sorted(unknown))}")
    lang = rec.get("lang") if isinstance(rec.get("lang"), str) else None
    channel = rec.get("channel") if rec.get("channel") in ("phone", "email", "chat", "in_person") else "chat"
    transfers = _number(rec.get("transfers"))
    outcome = rec.get("outcome") if isinstance(rec.get("outcome"), str) and rec.get("outcome").strip() else None
    csat = _number(rec.get("csat"))
    item = InteractionText(str(cid), channel, turns, int(transfers) if transfers and transfers > 0 else 0,
                           outcome.strip().upper() if outcome else None, lang,
                           csat if csat is not None and 1 <= csat <= 5 else None, repeat)
    return item, notes, None


def _reasons(item: InteractionText, c: Classification, notes: list[str]) -> str | None:
    said = {t.speaker for t in item.turns if t.text.strip()}
    why = list(notes)
    if not item.turns or not said:
        why.append("empty conversation: no text")
    else:
        if "customer" not in said:
            why.append("no customer turn: no tone")
        if "agent" not in said:
            why.append("no agent turn: no courtesy")
    if c.lang == "unsupported" and said:
        why.append("language not supported or not recognisable (en, de, id, nb, ru)")
    elif c.tone is None and "customer" in said:
        why.append("customer text gives no tone (too little text)")
    if c.resolution is None:
        why.append("nothing to judge resolution on")
    return "; ".join(why) or None


def to_record(item: InteractionText, c: Classification, p_blame: float, notes: list[str]) -> dict[str, Any]:
    """The output line for one conversation (``OUTPUT_FIELDS``)."""
    evidence = []
    for e in c.evidence:
        label = CUE_LABEL.get(e.cue, e.cue)
        if label == "courteous" and item.turns[e.turn].speaker != "agent":
            # The customer's own manners are no evidence of the agent's courtesy; their thanks is of resolution.
            if e.cue != "thanks":
                continue
            label = "resolved"
        evidence.append({"turn": e.turn, "start": e.start, "end": e.end, "cue": e.cue, "text": e.text, "label": label})
    r = lambda x: None if x is None else round(float(x), 4)  # noqa: E731
    return {
        "conversation_id": item.interaction_id, "lang": None if c.lang == "unsupported" else c.lang,
        "tone": c.tone, "p_negative": r(c.p_negative), "p_neutral": r(c.p_neutral), "p_positive": r(c.p_positive),
        "p_courteous": r(c.p_courteous), "courteous": c.courteous, "resolution": c.resolution,
        "p_resolved": r(c.p_resolved), "p_unresolved": r(c.p_unresolved), "p_escalated": r(c.p_escalated),
        "blame": c.blame, "p_blame": r(p_blame), "model_version": c.model_version, "evidence": evidence,
        "reason": _reasons(item, c, notes),
    }


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        yield from enumerate(fh, start=1)


def score_jsonl(input: Path, output: Path, models_dir: Path, batch: int = BATCH,
                progress: Callable[[int, int], None] | None = None,
                on_bad: Callable[[BadLine], None] | None = None, classifier: Any = None) -> ScoreReport:
    """Classify every conversation of ``input`` into ``output`` (one JSON line each); return what happened.

    ``classifier``: an already loaded :class:`InteractionClassifier` (else loaded from ``models_dir``).
    """
    from consistency.classify.interaction import InteractionClassifier

    input, output = Path(input), Path(output)
    if not input.is_file():
        raise FileNotFoundError(f"{input}: file not found")
    classifier = classifier or InteractionClassifier.load_cached(models_dir)
    blame_rates = classifier.resolution.info.get("blame_rates", {})
    report = ScoreReport(model_version=classifier.version)
    total, repeats = _journeys(input)
    report.repeat_known = sum(v is not None for v in repeats.values())
    output.parent.mkdir(parents=True, exist_ok=True)
    pending: list[tuple[InteractionText, list[str]]] = []
    done = 0

    def flush(out) -> None:
        nonlocal done
        if not pending:
            return
        results = classifier.classify([it for it, _ in pending])
        for (item, notes), c in zip(pending, results):
            p_blame = blame_rates.get("with_cue" if c.blame else "without_cue", 1.0 if c.blame else 0.0)
            out.write(orjson.dumps(to_record(item, c, p_blame, notes)) + b"\n")
        report.written += len(pending)
        done += len(pending)
        pending.clear()
        if progress:
            progress(done + len(report.bad), total)

    with output.open("wb") as out:  # orjson writes UTF-8 bytes
        for line, raw in _lines(input):
            if not raw.strip():
                continue
            try:
                rec = _loads(raw)
            except ValueError as exc:
                bad = BadLine(line, f"not valid JSON ({exc.msg} at column {exc.colno})")
            else:
                item, notes, error = read_conversation(rec, line, repeats.get(line))
                if item is not None:
                    pending.append((item, notes))
                    if len(pending) >= batch:
                        flush(out)
                    continue
                bad = BadLine(line, error or "unreadable")
            report.bad.append(bad)
            if on_bad:
                on_bad(bad)
        flush(out)
    if progress:
        progress(total, total)
    return report
