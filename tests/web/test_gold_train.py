"""`consistency train --gold`: reviewers' relabels bend the models, and the held-out part shows it."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from consistency.classify import InteractionClassifier
from consistency.classify.gold import FILENAME
from consistency.classify.gold_train import consensus, held_out
from consistency.cli import app
from consistency.store import models as m
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope
from consistency.web.labels import GoldLabelRow

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"


@pytest.fixture(scope="module")
def relabelled(store_url: str) -> list[str]:
    """A chain whose reviewers read courtesy the other way round from the model, on 150 English interactions.

    Also 5 blame labels: too few to move anything.
    """
    engine = make_engine(store_url)
    now = datetime(2026, 11, 21, tzinfo=timezone.utc)
    with session_scope(engine) as session:
        c = m.Classification
        rows = session.execute(select(c.interaction_id, c.courteous).where(c.lang == "en", c.courteous.is_not(None))
                               .order_by(c.interaction_id).limit(150)).all()
        for iid, courteous in rows:
            flipped = "discourteous" if courteous else "courteous"
            session.add(m.GoldLabel(interaction_id=iid, judgement="courtesy", label=flipped,
                                    model_label="courteous" if courteous else "discourteous", lang="en",
                                    reviewer="rita", at=now, source="relabel"))
        for iid, _ in rows[:5]:
            session.add(m.GoldLabel(interaction_id=iid, judgement="blame", label="blame", model_label="no_blame",
                                    lang="en", reviewer="rita", at=now, source="relabel"))
    engine.dispose()
    assert len(rows) == 150, "the demo store has fewer than 150 English interactions with agent speech"
    return [iid for iid, _ in rows]


def test_train_gold_moves_the_held_out_part_towards_the_reviewers(store_url: str, relabelled: list[str],
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    models = tmp_path / "models"
    shutil.copytree(REPO_MODELS, models)
    monkeypatch.setenv("CONSISTENCY_DB_URL", store_url)
    result = CliRunner().invoke(app, ["train", "--gold", "--models-dir", str(models)])
    assert result.exit_code == 0, result.output
    report = json.loads((models / "gold_metrics.json").read_text())
    cells = {(r["judgement"], r["lang"]): r for r in report["cells"]}
    courtesy = cells[("courtesy", "en")]
    # The split is by customer: every held-out row is one the fit never saw.
    assert courtesy["n_fit"] + courtesy["n_heldout"] == 150 and 20 <= courtesy["n_heldout"] <= 80
    assert courtesy["calibrated"]
    assert courtesy["accuracy_before"] <= 0.05  # the reviewers contradict the model everywhere
    assert courtesy["accuracy_after"] >= 0.9
    if courtesy["auc_before"] is not None:  # both classes held out
        assert courtesy["auc_before"] < 0.5 < courtesy["auc_after"]
    assert not cells[("blame", "en")]["calibrated"]  # 5 labels move nothing
    assert "held out" in result.output  # the console table

    # The nightly classifier now follows the reviewers, under a new version (so the night re-labels).
    base = InteractionClassifier.load(REPO_MODELS)
    tuned = InteractionClassifier.load(models)
    assert tuned.version != base.version and len(tuned.version) <= 64
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        items, _, _ = next(repo.journey_texts(session, ids=relabelled[:40]))
    engine.dispose()
    before = {c.interaction_id: c.courteous for c in base.classify(items)}
    after = {c.interaction_id: c.courteous for c in tuned.classify(items)}
    assert sum(before[k] != after[k] for k in before) >= 0.9 * len(before)
    assert (models / FILENAME).exists()


def test_the_split_is_by_customer_and_deterministic() -> None:
    keys = [f"cust-{k}" for k in range(3000)]
    first = [held_out(k) for k in keys]
    assert first == [held_out(k) for k in keys]
    assert 0.28 < sum(first) / len(first) < 0.39


def test_reviewers_disagreeing_are_settled_by_majority_then_latest() -> None:
    def row(label: str, who: str) -> GoldLabelRow:
        return GoldLabelRow("i1", "tone", label, None, "en", who, "2026-11-21", "relabel", "LON", "chat")

    assert consensus([row("negative", "a"), row("neutral", "b"), row("negative", "c")])[("i1", "tone")] == "negative"
    assert consensus([row("negative", "a"), row("neutral", "b")])[("i1", "tone")] == "neutral"
