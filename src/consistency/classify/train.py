"""Training entry point: tone and courtesy on real labelled data, then resolution on generated conversations.

Tone and courtesy are first fitted on train and scored on dev (the figures written to the metrics
files), then refitted on train + dev, and that refit is what ships: dev chose the method, and the
hidden test sets are scored against a floor that also uses train + dev.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from consistency.records import SUPPORTED_LANGS, TONES


def train_all(data_dir: Path, models_dir: Path, seed: int = 0) -> dict[str, Any]:
    """Train tone and courtesy, then the interaction models on top of tone (deterministic); return metrics.

    Tone metrics go to ``tone_metrics.json`` and courtesy metrics to ``courtesy_metrics.json`` (dev
    splits, models fitted on train), resolution metrics to ``interaction_metrics.json`` (held-out
    generated seed); the returned dict holds all three.
    """
    from consistency.classify.courtesy_train import train_courtesy
    from consistency.classify.data import tone_split
    from consistency.classify.metrics import accuracy, expected_calibration_error, macro_f1
    from consistency.classify.tone import ToneModel
    from consistency.classify.tone_model import fit_language

    models = {}
    metrics: dict[str, Any] = {"seed": seed, "languages": {}}
    digest = hashlib.sha256(f"seed={seed}".encode())
    for lang in SUPPORTED_LANGS:
        texts, labels = tone_split(data_dir, lang, "train")
        dev_texts, dev_labels = tone_split(data_dir, lang, "dev")
        held_out, info = fit_language(texts, labels, lang, seed)
        probs = held_out.predict_proba(dev_texts)
        pred = held_out.decide(probs)
        info.update(dev_rows=len(dev_labels), dev_macro_f1=macro_f1(dev_labels, pred),
                    dev_accuracy=accuracy(dev_labels, pred),
                    dev_ece=expected_calibration_error(dev_labels, probs, TONES),
                    dev_negative_share={"observed": float(np.mean([y == "negative" for y in dev_labels])),
                                        "predicted": float(np.mean([y == "negative" for y in pred]))})
        digest.update("\x00".join(texts + dev_texts + labels + dev_labels).encode())
        models[lang], _ = fit_language(texts + dev_texts, labels + dev_labels, lang, seed)
        info["shipped_rows"] = len(labels) + len(dev_labels)
        metrics["languages"][lang] = info
    # The version names the fitted weights too, so a change of method (same data) gets a new version
    # and the pipeline re-labels what the old model labelled.
    for lang in SUPPORTED_LANGS:
        m = models[lang]
        for arr in (m.coef, m.nb_coef, m.cal_coef, m.decision_weights, *([] if m.prior is None else [m.prior])):
            digest.update(np.ascontiguousarray(arr).tobytes())
    version = f"tone-{digest.hexdigest()[:12]}"
    tone = ToneModel(models, version)
    path = tone.save(models_dir)
    metrics.update(version=version, fitted_on="train+dev", artifact=str(path), artifact_bytes=path.stat().st_size)
    (Path(models_dir) / "tone_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    courtesy = train_courtesy(data_dir, models_dir, seed)
    (Path(models_dir) / "courtesy_metrics.json").write_text(json.dumps(courtesy, indent=2) + "\n")
    metrics["courtesy"] = courtesy
    metrics["interaction"] = train_interaction_models(models_dir, tone, seed)
    return metrics


def train_interaction_models(models_dir: Path, tone: Any, seed: int = 0) -> dict[str, Any]:
    """Resolution on generated conversations read through ``tone``; writes its metrics, and the saved courtesy
    model's, on the held-out generated seed next to the retired rules."""
    from consistency.classify.courtesy import CourtesyModel
    from consistency.classify.interaction_eval import train_interaction

    _, metrics = train_interaction(models_dir, tone, seed, courtesy=CourtesyModel.load(models_dir))
    (Path(models_dir) / "interaction_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics
