"""Trained agent courtesy (binary) and resolution (resolved / unresolved / escalated) models.

Both read the same design matrix: the interaction feature vector (``FEATURE_NAMES``: cue counts,
turn structure, who spoke last, transfers, outcome code), the customer-tone probabilities and the
channel. Gradient-boosted trees find the interactions between them (a follow-up promise means
"unresolved" unless the customer thanks for a fix); isotonic calibration on cross-validation folds
turns their scores into probabilities that match observed frequencies.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from consistency.classify.interaction_features import FEATURE_NAMES, InteractionFeatures
from consistency.records import CHANNELS, RESOLUTIONS

MODEL_FILE = "interaction.skops"
HIDE_OUTCOME_SHARE = 0.5
# Beyond skops' defaults, the calibrated gradient-boosted trees need exactly these two types.
_TRUSTED = frozenset({"sklearn.calibration._CalibratedClassifier",
                      "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor"})
DESIGN_NAMES: tuple[str, ...] = (
    *FEATURE_NAMES, "tone_negative", "tone_neutral", "tone_positive", "tone_missing",
    "last_tone_negative", "last_tone_neutral", "last_tone_positive",
    *(f"channel_{c}" for c in CHANNELS),
)


def design_matrix(feats: list[InteractionFeatures], cust_probs: np.ndarray, channels: list[str]) -> np.ndarray:
    """Rows in ``DESIGN_NAMES`` order; an unscored tone becomes zeros plus a ``tone_missing`` flag."""
    n = len(feats)
    x = np.zeros((n, len(DESIGN_NAMES)), dtype=np.float64)
    if n == 0:
        return x
    nf = len(FEATURE_NAMES)
    x[:, :nf] = np.stack([f.vector for f in feats])
    probs = np.asarray(cust_probs, dtype=np.float64).reshape(n, 3)
    missing = np.isnan(probs).any(axis=1)
    x[:, nf:nf + 3] = np.where(missing[:, None], 0.0, probs)
    x[:, nf + 3] = missing
    last = np.array([np.full(3, np.nan) if f.last_customer_tone is None else f.last_customer_tone for f in feats],
                    dtype=np.float64).reshape(n, 3)
    x[:, nf + 4:nf + 7] = np.nan_to_num(last, nan=0.0)
    for k, ch in enumerate(channels):
        if ch in CHANNELS:
            x[k, nf + 7 + CHANNELS.index(ch)] = 1.0
    return x


def _one_thread():
    """OpenMP off for prediction: each of the ~800 small tree walks would start a thread team, and on a
    busy machine the spinning threads cost far more CPU than the walk (measured: 1,500 chats 10.7 -> 1.4 CPU-s)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="openmp")


def _estimator(seed: int):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import HistGradientBoostingClassifier

    trees = HistGradientBoostingClassifier(max_iter=80, learning_rate=0.15, max_leaf_nodes=15,
                                           min_samples_leaf=40, l2_regularization=1.0, random_state=seed)
    # Cross-validated isotonic calibration: each fold's trees are calibrated on rows they did not see.
    return CalibratedClassifierCV(trees, method="isotonic", cv=3, ensemble=True)


@dataclass
class InteractionModel:
    """Calibrated courtesy and resolution classifiers plus the version naming their weights."""

    courtesy: object
    resolution: object
    version: str

    def p_courteous(self, x: np.ndarray) -> np.ndarray:
        """P(agent courteous) per row."""
        if len(x) == 0:
            return np.zeros(0)
        with _one_thread():
            probs = self.courtesy.predict_proba(x)
        return probs[:, list(self.courtesy.classes_).index(1)]

    def p_resolution(self, x: np.ndarray) -> np.ndarray:
        """[n, 3] probabilities in ``RESOLUTIONS`` order."""
        if len(x) == 0:
            return np.zeros((0, len(RESOLUTIONS)))
        with _one_thread():
            probs = self.resolution.predict_proba(x)
        order = [list(self.resolution.classes_).index(r) for r in RESOLUTIONS]
        return probs[:, order]

    def save(self, models_dir: Path) -> Path:
        """Write ``interaction.skops`` into ``models_dir``."""
        import skops.io as sio

        Path(models_dir).mkdir(parents=True, exist_ok=True)
        path = Path(models_dir) / MODEL_FILE
        state = {"version": self.version, "design_names": list(DESIGN_NAMES),
                 "courtesy": self.courtesy, "resolution": self.resolution}
        sio.dump(state, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        return path

    @classmethod
    def load(cls, models_dir: Path) -> "InteractionModel":
        """Load ``interaction.skops``; only the scikit-learn types this module writes are trusted."""
        import skops.io as sio

        path = Path(models_dir) / MODEL_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{path}: interaction model not found; run `consistency train` first")
        untrusted = sio.get_untrusted_types(file=path)
        unexpected = [t for t in untrusted if t not in _TRUSTED]
        if unexpected:
            raise ValueError(f"{path}: unexpected types in model file: {', '.join(unexpected)}")
        state = sio.load(path, trusted=untrusted)
        if tuple(state["design_names"]) != DESIGN_NAMES:
            raise ValueError(f"{path}: trained on other features than this code builds; run `consistency train`")
        return cls(state["courtesy"], state["resolution"], state["version"])


def hide_outcome(x: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """A copy of ``x`` whose outcome code is blanked (in ``rows``, default all), as a source without codes gives it."""
    x = x.copy()
    rows = slice(None) if rows is None else rows
    for name in DESIGN_NAMES:
        if name.startswith("outcome_"):
            x[rows, DESIGN_NAMES.index(name)] = 0.0
    x[rows, DESIGN_NAMES.index("outcome_missing")] = 1.0
    return x


def fit(x: np.ndarray, courteous: np.ndarray, has_agent: np.ndarray, resolution: list[str],
        seed: int = 0) -> InteractionModel:
    """Courtesy on rows with agent speech only (elsewhere it is undefined); resolution on all rows."""
    # The generator's outcome code always matches the true resolution, so a model shown every code
    # would learn nothing else. Real sources often lack a code (or code it loosely): half the training
    # rows hide it, so the words and the conversation's shape have to carry the label too.
    hidden = np.random.default_rng(seed).random(len(x)) < HIDE_OUTCOME_SHARE
    x = hide_outcome(x, hidden)
    # One thread as in prediction: on the shared 2-core machine a thread team mostly spins.
    with _one_thread():
        courtesy = _estimator(seed).fit(x[has_agent], np.asarray(courteous)[has_agent])
        res = _estimator(seed).fit(x, np.asarray(resolution))
        digest = hashlib.sha256()
        for model in (courtesy, res):
            for cal in model.calibrated_classifiers_:
                digest.update(np.ascontiguousarray(cal.predict_proba(x[:256])).tobytes())
    return InteractionModel(courtesy, res, f"ia-{digest.hexdigest()[:12]}")
