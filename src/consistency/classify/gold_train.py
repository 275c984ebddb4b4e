"""Learn from reviewers: fit the gold calibration on part of the gold labels, report on the part it never saw.

Gold labels are split by a hash of the customer (the interaction id when there is none), so one
customer's contacts, and every judgement of one interaction, fall on the same side: nothing the fit
saw is scored. The held-out third is scored per judgement and language with the trained models as
they are ("before") and with the calibration applied ("after"). See ``consistency.classify.gold``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.engine import Engine

from consistency.classify.gold import (CLASSES, FILENAME, Bend, GoldCalibration, fit_bend, judgement_label,
                                      judgement_probs)
from consistency.records import Classification

HOLDOUT_BUCKETS = 3  # one customer in three is held out
MIN_FIT = 20  # fewer gold labels than this for a judgement x language: the models stay as trained
CV_FOLDS = 5
METRICS_FILE = "gold_metrics.json"


def held_out(key: str) -> bool:
    """Deterministic side of the split for a customer (or interaction) id."""
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % HOLDOUT_BUCKETS == 0


def consensus(rows: list[Any]) -> dict[tuple[str, str], str]:
    """One label per (interaction, judgement): the reviewers' majority, ties to the latest (rows come oldest first)."""
    votes: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        votes.setdefault((r.interaction_id, r.judgement), []).append(r.label)
    out = {}
    for key, labels in votes.items():
        counts = Counter(labels)
        top = max(counts.values())
        out[key] = next(label for label in reversed(labels) if counts[label] == top)
    return out


def train_on_gold(engine: Engine, models_dir: Path, progress: Callable[..., None] | None = None) -> dict[str, Any]:
    """Fit the gold calibration on the fit part of the store's gold labels, save it, and report on the held-out part."""
    import json

    from consistency.classify import InteractionClassifier
    from consistency.store.db import session_scope
    from consistency.web.labels import gold_labels

    with session_scope(engine) as session:
        gold = consensus(gold_labels(session))
    loaded = InteractionClassifier.load(models_dir)
    # "Before" is the trained models alone: a previous calibration is replaced, never stacked.
    base = InteractionClassifier(loaded.tone, loaded.courtesy, loaded.resolution)
    by_id, side = classify_gold(engine, base, sorted({iid for iid, _ in gold}), progress)
    calibration, report = fit_and_score(gold, by_id, side, base.resolution.info.get("blame_rates", {}))
    if calibration.bends:
        report["artifact"] = str(calibration.save(models_dir))
        report["version"] = calibration.version
    else:
        report["skipped"] = "no judgement x language had enough gold labels for a calibration that beats the model"
        old = Path(models_dir) / FILENAME
        if old.exists():  # an earlier calibration the current labels no longer support
            old.unlink()
            report["removed"] = str(old)
    (Path(models_dir) / METRICS_FILE).write_text(json.dumps(report, indent=2, default=float) + "\n")
    return report


def classify_gold(engine: Engine, classifier: Any, ids: list[str], progress: Callable[..., None] | None = None
                  ) -> tuple[dict[str, Classification], dict[str, bool]]:
    """The models' reading of each gold interaction, and its side of the split (True: held out)."""
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    items, customers = [], []
    with session_scope(engine) as session:
        for part, custs, _ in repo.journey_texts(session, ids=ids):
            items += part
            customers += custs
    classified: list[Classification] = []
    for i in range(0, len(items), 1_000):
        classified += classifier.classify(items[i:i + 1_000])
        if progress:
            progress("classify gold", len(classified), len(items), cumulative=True)
    side = {it.interaction_id: held_out(cust or it.interaction_id) for it, cust in zip(items, customers)}
    return {c.interaction_id: c for c in classified}, side


def fit_and_score(gold: dict[tuple[str, str], str], by_id: dict[str, Classification], side: dict[str, bool],
                  rates: dict[str, float]) -> tuple[GoldCalibration, dict[str, Any]]:
    """Fit the bends on the fit side, score before / after on the held-out side."""
    bends, cells = _fit_bends(gold, by_id, side, rates)
    ids = {iid for iid, _ in gold}
    calibration = GoldCalibration(bends, {"gold_labels": len(gold), "interactions": len(ids),
                                          "holdout_share": f"1/{HOLDOUT_BUCKETS} of customers", "min_fit": MIN_FIT})
    report: dict[str, Any] = {"gold_labels": len(gold), "interactions": len(ids),
                              "fit_interactions": sum(not side.get(i, True) for i in ids),
                              "heldout_interactions": sum(side.get(i, False) for i in ids), "min_fit": MIN_FIT,
                              "cells": _score(cells, calibration, rates)}
    return calibration, report


def _fit_bends(gold: dict[tuple[str, str], str], by_id: dict[str, Classification], side: dict[str, bool],
               rates: dict[str, float]) -> tuple[dict[tuple[str, str], Bend], dict[tuple[str, str], dict[str, Any]]]:
    """Bends for every judgement x language where one beats the model in cross-validation on the fit part.

    Log-loss is what the bend minimises, but a reviewer sees labels: a bend that sharpens the
    probabilities can still lose the rare class, so it ships only when its out-of-fold labels have
    a higher macro-F1 than the model's own on the same fit rows (the held-out part is never looked at).
    """
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for (iid, judgement), label in sorted(gold.items()):
        c = by_id.get(iid)
        probs = None if c is None or judgement not in CLASSES else judgement_probs(judgement, c, rates)
        if probs is None or label not in CLASSES[judgement]:
            continue  # the model says nothing here (no agent speech, unsupported language)
        cell = cells.setdefault((judgement, c.lang), {"fit": [], "held": []})
        cell["held" if side[iid] else "fit"].append((c, label, probs))
    bends = {}
    for key, cell in cells.items():
        labels = [label for _, label, _ in cell["fit"]]
        cell["n_fit"] = len(labels)
        if len(labels) < MIN_FIT or len(set(labels)) < 2:
            cell["why_not"] = f"fewer than {MIN_FIT} labels" if len(labels) < MIN_FIT else "one class"
            continue
        model_f1, bent_f1 = _cross_validate(key, cell["fit"], rates)
        cell["cv_macro_f1"] = {"model": round(model_f1, 4), "calibrated": round(bent_f1, 4)}
        if bent_f1 <= model_f1:
            cell["why_not"] = "did not beat the model in cross-validation"
            continue
        bends[key] = fit_bend(np.vstack([p for *_, p in cell["fit"]]), labels, CLASSES[key[0]])
    return bends, cells


def _cross_validate(key: tuple[str, str], rows: list[tuple[Classification, str, np.ndarray]],
                    rates: dict[str, float]) -> tuple[float, float]:
    """Macro-F1 on the fit rows: the model's labels, and out-of-fold labels of bends fitted on the other folds."""
    from consistency.classify.metrics import macro_f1

    judgement = key[0]
    truth = [label for _, label, _ in rows]
    model = [judgement_label(judgement, c) or "" for c, _, _ in rows]
    bent = [""] * len(rows)
    for fold in range(CV_FOLDS):
        train = [k for k in range(len(rows)) if k % CV_FOLDS != fold]
        if len({truth[k] for k in train}) < 2:
            return 0.0, 0.0
        bend = fit_bend(np.vstack([rows[k][2] for k in train]), [truth[k] for k in train], CLASSES[judgement])
        one = GoldCalibration({key: bend})
        for k in range(fold, len(rows), CV_FOLDS):
            bent[k] = judgement_label(judgement, one.apply(rows[k][0], rates)) or ""
    return macro_f1(truth, model), macro_f1(truth, bent)


def _score(cells: dict[tuple[str, str], dict[str, Any]], calibration: GoldCalibration,
           rates: dict[str, float]) -> list[dict[str, Any]]:
    """Per judgement x language: n and accuracy / macro-F1 (AUC for the two-class judgements) before vs after."""
    from consistency.classify.metrics import accuracy, macro_f1

    out = []
    for (judgement, lang), cell in sorted(cells.items()):
        row: dict[str, Any] = {"judgement": judgement, "lang": lang, "n_fit": cell["n_fit"],
                               "n_heldout": len(cell["held"]), "calibrated": (judgement, lang) in calibration.bends,
                               "why_not": cell.get("why_not"), "cv_macro_f1": cell.get("cv_macro_f1")}
        truth = [label for _, label, _ in cell["held"]]
        for name, cls in (("before", [c for c, _, _ in cell["held"]]),
                          ("after", [calibration.apply(c, rates) for c, _, _ in cell["held"]])):
            pred = [judgement_label(judgement, c) or "" for c in cls]
            row[f"accuracy_{name}"] = round(accuracy(truth, pred), 4) if truth else None
            row[f"macro_f1_{name}"] = round(macro_f1(truth, pred), 4) if truth else None
            if len(CLASSES[judgement]) == 2:
                row[f"auc_{name}"] = _auc(truth, [judgement_probs(judgement, c, rates) for c in cls],
                                          CLASSES[judgement][0])
        out.append(row)
    return out


def _auc(truth: list[str], probs: list[np.ndarray | None], positive: str) -> float | None:
    """AUC of the first class's probability; None when the held-out part has only one class."""
    from sklearn.metrics import roc_auc_score

    y = [t == positive for t in truth]
    if len(set(y)) < 2:
        return None
    return round(float(roc_auc_score(y, [p[0] for p in probs])), 4)
