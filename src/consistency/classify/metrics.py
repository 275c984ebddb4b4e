"""Scores for the tone model: macro-F1, accuracy and expected calibration error."""

from __future__ import annotations

import numpy as np


def macro_f1(y_true: list[str], y_pred: list[str]) -> float:
    """Unweighted mean F1 over the classes present in truth or prediction."""
    from sklearn.metrics import f1_score

    return float(f1_score(y_true, y_pred, average="macro"))


def accuracy(y_true: list[str], y_pred: list[str]) -> float:
    """Share of exact matches."""
    return float(np.mean([a == b for a, b in zip(y_true, y_pred)])) if y_true else float("nan")


def expected_calibration_error(y_true: list[str], probs: np.ndarray, classes: tuple[str, ...], bins: int = 15) -> float:
    """Top-label ECE: |confidence - accuracy| averaged over equal-width confidence bins, weighted by size."""
    if len(y_true) == 0:
        return float("nan")
    conf = probs.max(axis=1)
    correct = np.array([classes[i] == y for i, y in zip(probs.argmax(axis=1), y_true)], dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        sel = idx == b
        if sel.any():
            ece += sel.mean() * abs(conf[sel].mean() - correct[sel].mean())
    return float(ece)
