"""Courtesy and resolution on the support-desk text of ``benchmarks/data/service_text`` (hand-labelled, written
blind to the product by separate authors; see its README). Every set there has since been looked at while
changing cue lists, so these are regression guards with a margin, not blind figures."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from consistency.classify import InteractionClassifier
from consistency.classify.courtesy import COURTEOUS_THRESHOLD, CourtesyModel
from consistency.classify.score_jsonl import read_conversation

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "service_text"
REPLY_SETS = sorted(DATA.glob("replies_*.jsonl"))
CHAT_SETS = sorted(DATA.glob("dialogues_*.jsonl"))
RUDE_BOUND = {"replies_a": 0.1, "replies_b": 0.15, "replies_c": 0.35, "replies_d": 0.6, "replies_e": 0.7}
# Set e was scored blind with this model: 88% of its polite replies called courteous (176 of 200; README).
POLITE_BOUND = {"replies_e": 0.85}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def test_the_sets_are_there() -> None:
    assert len(REPLY_SETS) >= 2 and len(CHAT_SETS) >= 2


@pytest.mark.parametrize("path", REPLY_SETS, ids=lambda p: p.stem)
def test_support_replies_are_called_as_people_labelled_them(models_dir: Path, path: Path) -> None:
    model = CourtesyModel.load(models_dir)
    called: dict[str, list[bool]] = {}
    for r in _lines(path):
        p = float(model.p_turns([r["text"]], r["lang"])[0])
        called.setdefault(r["label"], []).append(p >= COURTEOUS_THRESHOLD)
    share = {label: float(np.mean(v)) for label, v in called.items()}
    assert share["polite"] >= POLITE_BOUND.get(path.stem, 0.9), share
    assert share["curt"] <= 0.25, share
    # Sarcasm and talking down without a listed phrase pass as courteous: the lexicons were written reading a and
    # b (now 3% and 9% of their rude replies called courteous), partly c (26%), never d (53%) or e (63%, blind).
    assert share["rude"] <= RUDE_BOUND[path.stem], share


@pytest.mark.parametrize("path", CHAT_SETS, ids=lambda p: p.stem)
def test_resolution_ranks_support_chats_and_length_does_not_decide(models_dir: Path, path: Path) -> None:
    chats = _lines(path)
    items = [read_conversation({"conversation_id": c["conversation_id"], "messages": c["messages"]}, 0, None)[0]
             for c in chats]
    out = InteractionClassifier.load(models_dir).classify(items)
    y = np.array([c["label"] == "resolved" for c in chats])
    p = np.array([o.p_resolved for o in out])
    turns = np.array([len(c["messages"]) for c in chats])
    assert roc_auc_score(y, p) >= 0.85
    assert abs(np.corrcoef(p, turns)[0, 1]) < 0.3
    called = p >= 0.5
    assert called[y].mean() >= 0.85 and called[~y].mean() <= 0.4


TONE_SETS = sorted(DATA.glob("customer_tone_*.jsonl"))


@pytest.mark.parametrize("path", TONE_SETS, ids=lambda p: p.stem)
def test_customer_tone_reads_every_language_alike(models_dir: Path, path: Path) -> None:
    """Every language was written with the same label mix: the share read as negative may not swing with the
    language. Set a was read while writing the service phrases (gaps -0.08 to +0.00 since); b was not (gaps
    -0.12 to +0.01, spread 0.12; 0.19 before the phrases)."""
    from consistency.classify.metrics import macro_f1
    from consistency.records import InteractionText, Turn

    texts = _lines(path)
    out = InteractionClassifier.load(models_dir).classify(
        [InteractionText(t["id"], t["channel"], [Turn("customer", t["text"])]) for t in texts])
    gaps = {}
    for lang in sorted({t["lang"] for t in texts}):
        idx = [k for k, t in enumerate(texts) if t["lang"] == lang]
        truth = [texts[k]["label"] for k in idx]
        pred = [out[k].tone or "neutral" for k in idx]
        gaps[lang] = np.mean([p == "negative" for p in pred]) - np.mean([y == "negative" for y in truth])
        assert macro_f1(truth, pred) >= 0.65, lang
        assert gaps[lang] > -0.2, gaps
    assert max(gaps.values()) - min(gaps.values()) <= 0.2, gaps


BLAME_SETS = sorted(DATA.glob("blame_*.jsonl"))
# blame_a was read while widening the team and fault patterns (11% -> 71% caught); blame_b was scored once after,
# blind: 15% caught (4% before), 1 false alarm in 78. The bounds guard those figures, they are no target.
BLAME_RECALL = {"blame_a": 0.6, "blame_b": 0.1}


@pytest.mark.parametrize("path", BLAME_SETS, ids=lambda p: p.stem)
def test_blame_of_another_department_is_caught_without_false_alarms(models_dir: Path, path: Path) -> None:
    from consistency.records import InteractionText, Turn

    lines = _lines(path)
    out = InteractionClassifier.load(models_dir).classify(
        [InteractionText(r["id"], "chat", [Turn("agent", r["text"])], lang=r["lang"]) for r in lines])
    said = np.array([c.blame for c in out])
    truth = np.array([r["label"] == "blame" for r in lines])
    assert said[truth].mean() >= BLAME_RECALL[path.stem]
    assert said[~truth].mean() <= 0.05
