"""Fitting and scoring the courtesy model on the Stanford Politeness Corpus (``courtesy/en_politeness``).

The two weight vectors are fitted on the polite (top quartile) vs impolite (bottom quartile)
requests: that contrast is what annotators agreed on. The Platt maps are fitted on out-of-fold
scores of the same rows, so p is a calibrated P(polite | polite or impolite), and p >= 0.5 means
"reads more like the requests people rated polite than those they rated impolite". (A map to
"not in the bottom quartile" was tried first: with a 75% base rate it called almost every short
curt reply courteous, 0.8 and up.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from consistency.classify.courtesy import CourtesyModel
from consistency.classify.courtesy_features import politeness_features
from consistency.classify.features import TfidfBlock
from consistency.classify.politeness_cues import LEXICONS, SERVICE_OFFSET, SERVICE_WEIGHTS

WORD_FEATURES = 30_000
FULL_C = 5.0  # chosen on dev among 2 / 3 / 5 / 10 (0.823 / 0.825 / 0.825 / 0.824 AUC); char n-grams did not help
STRATEGY_C = 1.0
FOLDS = 5
LABELS = ("impolite", "neutral", "polite")


def courtesy_split(data_dir: Path, split: str) -> tuple[list[str], list[str], list[str]]:
    """Texts, labels and sources of one split; rows with empty text or an unknown label are dropped."""
    import pandas as pd

    path = Path(data_dir) / "courtesy" / "en_politeness" / f"{split}.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: politeness data not found (set CONSISTENCY_DATA_DIR)")
    frame = pd.read_csv(path, keep_default_na=False, dtype=str)
    missing = {"text", "label"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    keep = (frame["text"].str.strip() != "") & frame["label"].isin(LABELS)
    sources = frame["source"] if "source" in frame.columns else pd.Series([""] * len(frame))
    return frame.loc[keep, "text"].tolist(), frame.loc[keep, "label"].tolist(), sources[keep].tolist()


def _lr(x: Any, y: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, max_iter=3000, random_state=seed).fit(x, y)
    return lr.coef_[0].astype(np.float32), float(lr.intercept_[0])


def _platt(scores: np.ndarray, target: np.ndarray, seed: int) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=100.0, max_iter=2000, random_state=seed).fit(scores[:, None], target)
    return np.array([lr.coef_[0, 0], lr.intercept_[0]])


def fit_courtesy(texts: list[str], labels: list[str], seed: int = 0) -> CourtesyModel:
    """Fit both weight vectors and their Platt maps (deterministic for a given seed)."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels)
    f = politeness_features(texts, "en")
    word = TfidfBlock.fit(f.words, "word", WORD_FEATURES)
    mean = f.dense.mean(axis=0)
    scale = f.dense.std(axis=0)
    scale[scale == 0] = 1.0
    dense = (f.dense - mean) / scale
    full = sparse.hstack([word.transform(f.words), sparse.csr_matrix(dense)], format="csr")
    ends = y != "neutral"
    polite = (y == "polite").astype(int)
    # Out-of-fold scores for the Platt maps: a map fitted on scores of rows the weights saw is overconfident.
    oof = np.zeros((len(y), 2))
    for tr, te in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(dense, y):
        tr = tr[ends[tr]]
        coef, b = _lr(full[tr], polite[tr], FULL_C, seed)
        oof[te, 0] = np.asarray(full[te] @ coef).ravel() + b
        coef, b = _lr(dense[tr], polite[tr], STRATEGY_C, seed)
        oof[te, 1] = dense[te] @ coef + b
    full_coef, full_b = _lr(full[ends], polite[ends], FULL_C, seed)
    strat_coef, strat_b = _lr(dense[ends], polite[ends], STRATEGY_C, seed)
    full_platt = _platt(oof[ends, 0], polite[ends], seed)
    strat_platt = _platt(oof[ends, 1], polite[ends], seed)
    digest = hashlib.sha256(f"seed={seed}".encode())
    digest.update(repr(LEXICONS).encode())  # a changed lexicon gives other scores, so another version
    service = np.asarray(SERVICE_WEIGHTS, dtype=np.float32)
    for arr in (full_coef, strat_coef, full_platt, strat_platt, mean, scale, service, np.float64(SERVICE_OFFSET)):
        digest.update(np.ascontiguousarray(arr).tobytes())
    return CourtesyModel(word, mean.astype(np.float32), scale.astype(np.float32), full_coef, full_b, full_platt,
                         strat_coef, strat_b, strat_platt, f"courtesy-{digest.hexdigest()[:12]}", service,
                         SERVICE_OFFSET)


def evaluate(model: CourtesyModel, texts: list[str], labels: list[str], sources: list[str] | None = None,
             strategy_only: bool = False) -> dict[str, Any]:
    """AUC, macro-F1 and ECE on the polite vs impolite rows; share called courteous per label (neutral too).

    ``strategy_only`` scores English with the strategy model every other language uses: the best
    evidence available here of what the lexicon route can do.
    """
    from sklearn.metrics import f1_score, roc_auc_score

    from consistency.classify.courtesy import COURTEOUS_THRESHOLD
    from consistency.classify.metrics import expected_calibration_error

    y = np.asarray(labels)
    p = _strategy_p(model, texts) if strategy_only else model.p_turns(texts, "en")
    ends = y != "neutral"
    target = y[ends]
    probs = np.column_stack([1 - p[ends], p[ends]])
    out: dict[str, Any] = {
        "rows": int(len(y)), "polite": int((y == "polite").sum()), "impolite": int((y == "impolite").sum()),
        "auc_polite_vs_impolite": float(roc_auc_score(target == "polite", p[ends])),
        "macro_f1_polite_vs_impolite": float(f1_score(
            target, np.where(p[ends] >= COURTEOUS_THRESHOLD, "polite", "impolite"), average="macro")),
        "ece_polite_vs_impolite": expected_calibration_error(list(target), probs, ("impolite", "polite")),
        "called_courteous": {lab: float((p[y == lab] >= COURTEOUS_THRESHOLD).mean()) for lab in LABELS},
    }
    if sources:
        src = np.asarray(sources)
        out["auc_by_source"] = {
            s: float(roc_auc_score(y[ends & (src == s)] == "polite", p[ends & (src == s)]))
            for s in sorted(set(sources)) if len(set(y[ends & (src == s)])) == 2
        }
    return out


def _strategy_p(model: CourtesyModel, texts: list[str]) -> np.ndarray:
    """English texts through the strategy-only route (what de / id / nb / ru get)."""
    f = politeness_features(texts, "en")
    dense = (f.dense - model.dense_mean) / model.dense_scale
    a, b = model.strategy_platt
    z = (a * (dense @ model.strategy_coef + model.strategy_intercept) + b + model.service_offset
         + f.service @ model.service_weights)
    return 1.0 / (1.0 + np.exp(-z))


def train_courtesy(data_dir: Path, models_dir: Path, seed: int = 0) -> dict[str, Any]:
    """Fit on train and score dev (the reported figures); then refit on train + dev and save that."""
    texts, labels, _ = courtesy_split(data_dir, "train")
    dev_texts, dev_labels, dev_sources = courtesy_split(data_dir, "dev")
    held_out = fit_courtesy(texts, labels, seed)
    metrics: dict[str, Any] = {
        "seed": seed, "train_rows": len(labels),
        "dev": evaluate(held_out, dev_texts, dev_labels, dev_sources),
        "dev_strategy_only": evaluate(held_out, dev_texts, dev_labels, dev_sources, strategy_only=True),
    }
    shipped = fit_courtesy(texts + dev_texts, labels + dev_labels, seed)
    path = shipped.save(models_dir)
    metrics.update(version=shipped.version, fitted_on="train+dev", artifact=str(path),
                   artifact_bytes=path.stat().st_size)
    return metrics
