"""Training entry point: tone models on the labelled data, then courtesy / resolution on generated conversations."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from consistency.records import SUPPORTED_LANGS, TONES


def train_all(data_dir: Path, models_dir: Path, seed: int = 0) -> dict[str, Any]:
    """Train tone models for all languages, then the interaction models on top of them (deterministic); return metrics.

    Tone metrics go to ``tone_metrics.json`` (dev splits), courtesy / resolution metrics to
    ``interaction_metrics.json`` (held-out generated seed); the returned dict holds both.
    """
    from consistency.classify.data import tone_split
    from consistency.classify.metrics import accuracy, expected_calibration_error, macro_f1
    from consistency.classify.tone import ToneModel
    from consistency.classify.tone_model import fit_language

    models = {}
    metrics: dict[str, Any] = {"seed": seed, "languages": {}}
    digest = hashlib.sha256(f"seed={seed}".encode())
    for lang in SUPPORTED_LANGS:
        texts, labels = tone_split(data_dir, lang, "train")
        digest.update("\x00".join(texts + labels).encode())
        model, info = fit_language(texts, labels, lang, seed)
        models[lang] = model
        dev_texts, dev_labels = tone_split(data_dir, lang, "dev")
        probs = model.predict_proba(dev_texts)
        pred = model.decide(probs)
        info.update(dev_rows=len(dev_labels), dev_macro_f1=macro_f1(dev_labels, pred),
                    dev_accuracy=accuracy(dev_labels, pred),
                    dev_ece=expected_calibration_error(dev_labels, probs, TONES))
        metrics["languages"][lang] = info
    # The version names the fitted weights too, so a change of method (same data) gets a new version
    # and the pipeline re-labels what the old model labelled.
    for lang in SUPPORTED_LANGS:
        m = models[lang]
        for arr in (m.coef, m.nb_coef, m.cal_coef, m.decision_weights):
            digest.update(np.ascontiguousarray(arr).tobytes())
    version = f"tone-{digest.hexdigest()[:12]}"
    tone = ToneModel(models, version)
    path = tone.save(models_dir)
    metrics.update(version=version, artifact=str(path), artifact_bytes=path.stat().st_size)
    (Path(models_dir) / "tone_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    metrics["interaction"] = train_interaction_models(models_dir, tone, seed)
    return metrics


def train_interaction_models(models_dir: Path, tone: Any, seed: int = 0) -> dict[str, Any]:
    """Courtesy and resolution models on generated conversations read through ``tone``; writes their metrics."""
    from consistency.classify.interaction_eval import train_interaction

    _, metrics = train_interaction(models_dir, tone, seed)
    (Path(models_dir) / "interaction_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics
