"""The chain's own reviewers as a last calibration step: per judgement and language, probabilities bent towards gold.

Reviewers' relabels (``gold_labels``) are few and come one interaction at a time, far too few to refit a
text model, but enough to learn how far this chain's way of speaking moves each model's probabilities.
For every judgement (tone, courtesy, resolution, blame) and language with enough gold labels, a
temperature-and-bias layer is fitted on the model's log-probabilities,

    p'_c  proportional to  p_c ** a * exp(b_c),

pulled towards the identity (a = 1, b = 0) so a handful of labels moves little. It leaves the trained
models untouched (tone and courtesy belong to their own training), and ``InteractionClassifier`` applies
it after them, so a night's labels follow what reviewers said. Saved as ``gold_calibration.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from consistency.classify.courtesy import COURTEOUS_THRESHOLD
from consistency.records import RESOLUTIONS, TONES, Classification

FILENAME = "gold_calibration.json"
# The judgement vocabularies of the review app (web.review.JUDGEMENTS), in the order of the probability columns.
CLASSES: dict[str, tuple[str, ...]] = {
    "tone": TONES,
    "courtesy": ("courteous", "discourteous"),
    "resolution": RESOLUTIONS,
    "blame": ("blame", "no_blame"),
}
PRIOR_STRENGTH = 10.0  # the pull to identity weighs like this many labels: 20 labels move it half-way
_EPS = 1e-6


@dataclass(frozen=True)
class Bend:
    """One judgement x language: the temperature ``a`` and per-class biases ``b`` over the model's log-probabilities."""

    a: float
    b: tuple[float, ...]
    n_fit: int

    def apply(self, probs: np.ndarray) -> np.ndarray:
        """Bent probabilities, rows summing to one."""
        return _softmax(self.a * np.log(np.clip(probs, _EPS, 1.0)) + np.asarray(self.b))


def fit_bend(probs: np.ndarray, labels: list[str], classes: tuple[str, ...],
             prior_strength: float = PRIOR_STRENGTH) -> Bend:
    """Maximum a-posteriori ``a`` and ``b``: log-loss on the gold labels plus a Gaussian pull to the identity."""
    from scipy.optimize import minimize

    logp = np.log(np.clip(probs, _EPS, 1.0))
    y = np.array([classes.index(label) for label in labels])
    k = len(classes)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        a, b = theta[0], theta[1:]
        p = _softmax(a * logp + b)
        rows = np.arange(len(y))
        nll = -np.log(np.clip(p[rows, y], 1e-12, None)).sum()
        resid = p.copy()
        resid[rows, y] -= 1.0  # d nll / d logits
        grad = np.concatenate([[np.sum(resid * logp)], resid.sum(axis=0)])
        pull = np.concatenate([[theta[0] - 1.0], b])
        return nll + 0.5 * prior_strength * float(pull @ pull), grad + prior_strength * pull

    start = np.concatenate([[1.0], np.zeros(k)])
    result = minimize(loss, start, jac=True, method="L-BFGS-B")
    return Bend(round(float(result.x[0]), 6), tuple(round(float(v), 6) for v in result.x[1:]), len(y))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def judgement_probs(judgement: str, c: Classification, blame_rates: dict[str, float]) -> np.ndarray | None:
    """The model's probabilities for one judgement of one classification, columns as ``CLASSES``; None if undefined."""
    if judgement == "tone":
        row = [c.p_negative, c.p_neutral, c.p_positive]
    elif judgement == "courtesy":
        row = [c.p_courteous, None if c.p_courteous is None else 1.0 - c.p_courteous]
    elif judgement == "resolution":
        row = [c.p_resolved, c.p_unresolved, c.p_escalated]
    else:  # blame: a cue, read through how often the cue was right on labelled conversations
        p = blame_rates.get("with_cue", 1.0) if c.blame else blame_rates.get("without_cue", 0.0)
        row = [p, 1.0 - p]
    return None if any(v is None for v in row) else np.asarray(row, dtype=float)


def judgement_label(judgement: str, c: Classification) -> str | None:
    """The model's label for one judgement, in the review app's vocabulary."""
    if judgement == "tone":
        return c.tone
    if judgement == "courtesy":
        return None if c.courteous is None else ("courteous" if c.courteous else "discourteous")
    if judgement == "resolution":
        return c.resolution
    return "blame" if c.blame else "no_blame"


class GoldCalibration:
    """The fitted bends, keyed by (judgement, language); applied to classifications after the models."""

    def __init__(self, bends: dict[tuple[str, str], Bend], info: dict[str, Any] | None = None) -> None:
        self.bends = bends
        self.info = info or {}
        payload = json.dumps(self._bends_json(), sort_keys=True)
        self.version = "g" + hashlib.sha256(payload.encode()).hexdigest()[:6]

    def apply(self, c: Classification, blame_rates: dict[str, float]) -> Classification:
        """``c`` with every judgement that has a bend for its language re-scored (labels follow the bent probabilities)."""
        changes: dict[str, Any] = {}
        for judgement in CLASSES:
            bend = self.bends.get((judgement, c.lang))
            probs = None if bend is None else judgement_probs(judgement, c, blame_rates)
            if probs is None:
                continue
            p = bend.apply(probs[None, :])[0]
            if judgement == "tone":
                changes.update(p_negative=float(p[0]), p_neutral=float(p[1]), p_positive=float(p[2]),
                               tone=TONES[int(p.argmax())])
            elif judgement == "courtesy":
                changes.update(p_courteous=float(p[0]), courteous=bool(p[0] >= COURTEOUS_THRESHOLD))
            elif judgement == "resolution":
                changes.update(p_resolved=float(p[0]), p_unresolved=float(p[1]), p_escalated=float(p[2]),
                               resolution=RESOLUTIONS[int(p.argmax())])
            else:
                changes["blame"] = bool(p[0] >= 0.5)
        return replace(c, **changes) if changes else c

    def _bends_json(self) -> list[dict[str, Any]]:
        return [{"judgement": j, "lang": lang, "a": b.a, "b": list(b.b), "n_fit": b.n_fit}
                for (j, lang), b in sorted(self.bends.items())]

    def save(self, models_dir: Path) -> Path:
        path = Path(models_dir) / FILENAME
        path.write_text(json.dumps({"version": self.version, "bends": self._bends_json(), "info": self.info},
                                   indent=2) + "\n")
        return path

    @classmethod
    def load(cls, models_dir: Path) -> "GoldCalibration | None":
        """The saved calibration, or None when the chain has not trained on its gold labels."""
        path = Path(models_dir) / FILENAME
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        bends = {(d["judgement"], d["lang"]): Bend(d["a"], tuple(d["b"]), d["n_fit"]) for d in data["bends"]}
        return cls(bends, data.get("info"))
