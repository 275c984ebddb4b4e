"""Trained courtesy / resolution models: scored on a generated seed training never saw, against the old rules."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from consistency.classify import InteractionClassifier
from consistency.classify.interaction_data import HELDOUT_SEED, TRAIN_SEEDS, generated
from consistency.classify.interaction_eval import Prepared, evaluate, fit_on, prepare
from consistency.classify.interaction_model import InteractionModel
from consistency.records import InteractionText, Turn

pytestmark = pytest.mark.slow  # generates and reads back ~10k conversations (~20 s)

DEMO_SEED = 7  # the product's demo: never trained or scored on


@pytest.fixture(scope="module")
def heldout(tone_model) -> Prepared:
    return prepare(generated(HELDOUT_SEED, 6_000), tone_model)


@pytest.fixture(scope="module")
def committed(models_dir: Path) -> InteractionModel:
    return InteractionModel.load(models_dir)


@pytest.fixture(scope="module")
def scores(committed: InteractionModel, heldout: Prepared, models_dir: Path) -> dict:
    from consistency.classify.resolution import ResolutionModel

    # Resolution as the product gives it: the signal model of resolution.json, not the trees' old head.
    return evaluate(committed, heldout, ResolutionModel.load(models_dir))


def test_seeds_keep_training_heldout_and_demo_apart(models_dir: Path) -> None:
    assert HELDOUT_SEED not in TRAIN_SEEDS and DEMO_SEED not in (*TRAIN_SEEDS, HELDOUT_SEED)
    metrics = json.loads((models_dir / "interaction_metrics.json").read_text())
    assert metrics["train_seeds"] == list(TRAIN_SEEDS) and metrics["heldout_seed"] == HELDOUT_SEED
    assert metrics["version"] == InteractionModel.load(models_dir).version


@pytest.mark.parametrize("codes", ["codes_given", "codes_hidden"])
@pytest.mark.parametrize("task", ["courtesy", "resolution"])
def test_model_beats_the_old_rules_on_heldout(scores: dict, codes: str, task: str) -> None:
    model, rules = scores[codes][task]["model"], scores[codes][task]["rules"]
    assert model["macro_f1"] > rules["macro_f1"], (codes, task, model, rules)
    assert model["accuracy"] > rules["accuracy"], (codes, task, model, rules)


@pytest.mark.parametrize("codes", ["codes_given", "codes_hidden"])
@pytest.mark.parametrize("task", ["courtesy", "resolution"])
def test_probabilities_are_calibrated_on_heldout(scores: dict, codes: str, task: str) -> None:
    assert scores[codes][task]["model"]["ece"] < 0.05, scores[codes][task]


def test_predicted_resolved_contacts_come_back_less_often(scores: dict) -> None:
    # Real-world check: a repeat contact within 7 days says the first one was not resolved,
    # and survey scores say how it felt.
    rc = scores["repeat_contact"]
    assert rc["predicted_resolved"] < rc["predicted_unresolved"]
    assert rc["csat_predicted_resolved"] > rc["csat_predicted_unresolved"]


def test_training_is_deterministic(tone_model) -> None:
    part = prepare(generated(TRAIN_SEEDS[0], 3_000), tone_model)
    a, b = fit_on([part], seed=0), fit_on([part], seed=0)
    assert a.version == b.version
    np.testing.assert_array_equal(a.p_resolution(part.x), b.p_resolution(part.x))
    np.testing.assert_array_equal(a.p_courteous(part.x), b.p_courteous(part.x))


def test_saved_model_round_trips(committed: InteractionModel, heldout: Prepared, tmp_path: Path) -> None:
    committed.save(tmp_path)
    again = InteractionModel.load(tmp_path)
    assert again.version == committed.version
    np.testing.assert_allclose(again.p_resolution(heldout.x[:200]), committed.p_resolution(heldout.x[:200]))


def test_courtesy_is_undefined_without_agent_speech(models_dir: Path) -> None:
    classifier = InteractionClassifier.load(models_dir)
    visit = InteractionText("v1", "in_person", [Turn("customer", "The staff were lovely and fixed my card quickly."),
                                                Turn("note", "Card issue handled, customer satisfied.")],
                            outcome="RESOLVED")
    chat = InteractionText("c1", "chat", [Turn("customer", "My card does not work."),
                                         Turn("agent", "Sorry to hear that, I have fixed it now.")])
    v, c = classifier.classify([visit, chat])
    assert v.courteous is None and v.p_courteous is None and v.resolution == "resolved"
    assert c.courteous is not None and 0.0 <= c.p_courteous <= 1.0
    assert classifier.resolution.version in classifier.version
    assert classifier.version.endswith(classifier.resolution.version)


def test_repeat_contact_is_the_same_customer_again_within_seven_days() -> None:
    from datetime import datetime, timedelta, timezone

    from consistency.classify.interaction_data import LabelledSet, repeat_within

    t0 = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)
    customers = ["a", "b", "a", "b", None, "c"]
    starts = [t0, t0, t0 + timedelta(days=6, hours=23), t0 + timedelta(days=8), t0, t0]
    data = LabelledSet([InteractionText(str(k), "chat", []) for k in range(6)], [1] * 6, ["resolved"] * 6,
                       customers, starts, [None] * 6)
    # a comes back within 7 days (on any channel); b only after 8; unknown and one-off customers never repeat.
    assert repeat_within(data) == [True, False, False, False, False, False]
