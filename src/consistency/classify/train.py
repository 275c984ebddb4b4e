"""Training entry point: fit every language's tone model on train, score it on dev, save to models/."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from consistency.records import SUPPORTED_LANGS, TONES


def train_all(data_dir: Path, models_dir: Path, seed: int = 0) -> dict[str, Any]:
    """Train tone models for all languages (deterministic for a given data + seed); return dev metrics."""
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
    return metrics
