"""Train resolution on generated seeds; score the product's courtesy and resolution, next to the old rules, on a held-out seed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from consistency.classify.interaction_data import LabelledSet, repeat_within
from consistency.classify.interaction_features import InteractionFeatures
from consistency.classify.interaction_model import design_matrix, hide_outcome
from consistency.classify.language import UNSUPPORTED
from consistency.classify.tone import ToneModel
from consistency.records import RESOLUTIONS

_COURTESY_CLASSES = ("0", "1")


@dataclass
class Prepared:
    """A labelled set turned into what the models read."""

    data: LabelledSet
    feats: list[InteractionFeatures]
    probs: np.ndarray
    x: np.ndarray
    has_agent: np.ndarray  # courtesy is defined (agent speech in a supported language)
    langs: list[str]


def prepare(data: LabelledSet, tone: ToneModel) -> Prepared:
    """Features exactly as :class:`InteractionClassifier` computes them at classify time."""
    from consistency.classify.interaction import InteractionClassifier

    langs, feats, probs = InteractionClassifier.features_with(tone, data.items)
    x = design_matrix(feats, probs, [it.channel for it in data.items])
    has_agent = np.array([f.has_agent_text and lang != UNSUPPORTED for f, lang in zip(feats, langs)], dtype=bool)
    return Prepared(data, feats, probs, x, has_agent, langs)


def _rules(p: Prepared, hidden: bool) -> tuple[np.ndarray, np.ndarray]:
    """The retired hand-set rules (``rules-v1``), kept as the baseline the models must beat."""
    from consistency.classify.interaction_features import FEATURE_NAMES
    from consistency.classify.interaction_rules import courtesy_probability, resolution_probabilities

    court, res = [], []
    for k, f in enumerate(p.feats):
        if p.has_agent[k]:
            court.append(courtesy_probability(f))  # the rules' courtesy never reads the outcome code
        if hidden:
            f = InteractionFeatures(hide_outcome(p.x[k:k + 1])[0, :len(FEATURE_NAMES)].astype(np.float32),
                                    f.evidence, f.customer_text, f.has_agent_text)
        tone = p.probs[k] if not np.isnan(p.probs[k]).any() else None
        res.append(resolution_probabilities(f, tone))
    return np.asarray(court, dtype=float), np.asarray(res)


def _scores(y: list[str], probs: np.ndarray, classes: tuple[str, ...]) -> dict[str, float]:
    from consistency.classify.interaction import COURTEOUS_THRESHOLD
    from consistency.classify.metrics import accuracy, expected_calibration_error, macro_f1

    if classes == _COURTESY_CLASSES:
        # The product's own decision (p >= threshold is courteous), not argmax: they differ at exactly 0.5,
        # where the rules often land.
        pred = [classes[int(p >= COURTEOUS_THRESHOLD)] for p in probs[:, 1]]
    else:
        pred = [classes[i] for i in probs.argmax(axis=1)]
    return {"macro_f1": round(macro_f1(y, pred), 4), "accuracy": round(accuracy(y, pred), 4),
            "ece": round(expected_calibration_error(y, probs, classes), 4)}


def _resolution_probs(p: Prepared, hidden: bool, resolution: Any) -> np.ndarray:
    """The product's resolution: the signal model (``resolution.json``), codes as given or hidden."""
    from consistency.classify.resolution_train import hide_outcomes, signals

    s = signals(p)
    return resolution.predict(hide_outcomes(s) if hidden else s)


def evaluate(p: Prepared, resolution: Any, courtesy: Any = None) -> dict[str, Any]:
    """Courtesy (when ``courtesy`` is given) and resolution scores of the product and the retired rules on ``p``,
    with outcome codes as given and hidden. The product's courtesy reads only agent words, so it does not
    depend on the codes."""
    y_court = [str(c) for c, h in zip(p.data.courteous, p.has_agent) if h]
    y_res = list(p.data.resolution)
    out: dict[str, Any] = {"rows": len(y_res), "courtesy_rows": len(y_court)}
    if courtesy is not None:
        from consistency.classify.interaction import agent_turns

        agent = [turns for turns, h in zip(agent_turns(p.data.items), p.has_agent) if h]
        langs = [lang for lang, h in zip(p.langs, p.has_agent) if h]
        pc = np.array([np.nan if v is None else v for v in courtesy.p_interactions(agent, langs)], dtype=float)
    for hidden in (False, True):
        rc, rr = _rules(p, hidden)
        key = "codes_hidden" if hidden else "codes_given"
        out[key] = {"resolution": {"product": _scores(y_res, _resolution_probs(p, hidden, resolution), RESOLUTIONS),
                                   "rules": _scores(y_res, rr, RESOLUTIONS)},
                    "courtesy": {"rules": _scores(y_court, np.c_[1 - rc, rc], _COURTESY_CLASSES)}}
        if courtesy is not None:
            out[key]["courtesy"]["product"] = _scores(y_court, np.c_[1 - pc, pc], _COURTESY_CLASSES)
    out["repeat_contact"] = repeat_agreement(p, resolution)
    return out


def repeat_agreement(p: Prepared, resolution: Any, hidden: bool = True) -> dict[str, float]:
    """Share of contacts followed by a repeat contact within 7 days, by predicted resolution.

    A repeat contact is real-world evidence that the first one was not resolved, so predicted
    ``resolved`` contacts should come back less often than predicted ``unresolved`` ones. Scored with
    outcome codes hidden, so the check is on what the model reads from the conversation itself.
    """
    pred = np.array([RESOLUTIONS[i] for i in _resolution_probs(p, hidden, resolution).argmax(axis=1)])
    repeat = np.array(repeat_within(p.data))
    truth = np.array(p.data.resolution)
    out: dict[str, float] = {}
    for label in RESOLUTIONS:
        sel = pred == label
        out[f"predicted_{label}"] = round(float(repeat[sel].mean()), 4) if sel.any() else float("nan")
        sel = truth == label
        out[f"true_{label}"] = round(float(repeat[sel].mean()), 4) if sel.any() else float("nan")
    csat = np.array([np.nan if c is None else float(c) for c in p.data.csat])
    for label in RESOLUTIONS:
        sel = (pred == label) & ~np.isnan(csat)
        out[f"csat_predicted_{label}"] = round(float(csat[sel].mean()), 3) if sel.any() else float("nan")
    return out


def train_interaction(models_dir: Path, tone: ToneModel, seed: int = 0, interactions: int | None = None,
                      courtesy: Any = None) -> tuple[Any, dict[str, Any]]:
    """Generate the training seeds and the held-out seed, fit and save ``resolution.json``, score the product
    (resolution, and courtesy when given) against the retired rules on the held-out seed."""
    from consistency.classify.interaction_data import DEMO_INTERACTIONS, HELDOUT_SEED, TRAIN_SEEDS, generated
    from consistency.classify.resolution_train import train_resolution

    n = interactions or DEMO_INTERACTIONS
    train = [prepare(generated(s, n), tone) for s in TRAIN_SEEDS]
    heldout = prepare(generated(HELDOUT_SEED, n), tone)
    resolution, resolution_metrics = train_resolution(train, heldout, seed)
    resolution.save(models_dir)
    metrics: dict[str, Any] = {
        "seed": seed, "version": resolution.version, "tone_version": tone.version,
        "train_seeds": list(TRAIN_SEEDS), "heldout_seed": HELDOUT_SEED, "interactions_per_seed": n,
        "train_rows": int(sum(len(p.x) for p in train)),
        "heldout": evaluate(heldout, resolution, courtesy),
        "resolution_signals": resolution_metrics,
    }
    return resolution, metrics
