"""The interaction design matrix: feature vector, customer tone and channel, one row per interaction.

It was the input of the retired courtesy / resolution trees (``interaction.skops``, removed; their
figures stay on the model card). The held-out evaluation still builds it: the retired rules read its
feature part with the outcome code blanked (``hide_outcome``), as a source without codes gives it.
"""

from __future__ import annotations

import numpy as np

from consistency.classify.interaction_features import FEATURE_NAMES, InteractionFeatures
from consistency.records import CHANNELS

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


def hide_outcome(x: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """A copy of ``x`` whose outcome code is blanked (in ``rows``, default all), as a source without codes gives it."""
    x = x.copy()
    rows = slice(None) if rows is None else rows
    for name in DESIGN_NAMES:
        if name.startswith("outcome_"):
            x[rows, DESIGN_NAMES.index(name)] = 0.0
    x[rows, DESIGN_NAMES.index("outcome_missing")] = 1.0
    return x
