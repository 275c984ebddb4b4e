"""Training entry point: tone and courtesy on real labelled data, then resolution on generated conversations.

Tone and courtesy are first fitted on train and scored on dev (the figures written to the metrics
files), then refitted on train + dev, and that refit is what ships: dev chose the method, and the
hidden test sets are scored against a floor that also uses train + dev. Only data whose licence
lets a commercial product ship a model learnt from it is fitted on: English and Russian tone come
from lexicons (``tone_lexicon``), and their labelled sets are read for dev figures only.
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

    tone, metrics = train_tone(data_dir, models_dir, seed)
    courtesy = train_courtesy(data_dir, models_dir, seed)
    (Path(models_dir) / "courtesy_metrics.json").write_text(json.dumps(courtesy, indent=2) + "\n")
    metrics["courtesy"] = courtesy
    metrics["interaction"] = train_interaction_models(models_dir, tone, seed)
    return metrics


def train_tone(data_dir: Path, models_dir: Path, seed: int = 0) -> tuple[Any, dict[str, Any]]:
    """Write ``tone.skops`` and ``tone_metrics.json``; return the model and its metrics.

    de, id and nb are fitted (on train for the dev figures, then on train + dev for what ships).
    en and ru are the lexicon scorers: their labelled data's licences forbid shipping anything learnt
    from it, so their train splits are never read, and their dev splits (when present) only score
    the scorer for the metrics file.
    """
    from consistency.classify.data import tone_split
    from consistency.classify.tone import ToneModel
    from consistency.classify.tone_lexicon import LEXICON_LANGS, LexiconToneModel
    from consistency.classify.tone_model import fit_language

    models: dict[str, Any] = {}
    metrics: dict[str, Any] = {"seed": seed, "languages": {}}
    digest = hashlib.sha256(f"seed={seed}".encode())
    for lang in SUPPORTED_LANGS:
        if lang in LEXICON_LANGS:
            models[lang] = LexiconToneModel.shipped(lang)
            info: dict[str, Any] = {"method": "lexicon", "train_rows": 0, "shipped_rows": 0,
                                    "mapping": dict(vars(models[lang].mapping))}
            try:
                info.update(_dev_figures(models[lang], *tone_split(data_dir, lang, "dev")))
            except FileNotFoundError:
                info["dev_rows"] = 0  # nothing to score it on; the scorer itself needs no data
            metrics["languages"][lang] = info
            continue
        texts, labels = tone_split(data_dir, lang, "train")
        dev_texts, dev_labels = tone_split(data_dir, lang, "dev")
        held_out, info = fit_language(texts, labels, lang, seed)
        info.update(method="trained", **_dev_figures(held_out, dev_texts, dev_labels))
        digest.update("\x00".join(texts + dev_texts + labels + dev_labels).encode())
        models[lang], _ = fit_language(texts + dev_texts, labels + dev_labels, lang, seed)
        info["shipped_rows"] = len(labels) + len(dev_labels)
        metrics["languages"][lang] = info
    # The version names the fitted weights and the lexicons too, so a change of method (same data)
    # gets a new version and the pipeline re-labels what the old model labelled.
    for lang in SUPPORTED_LANGS:
        m = models[lang]
        if lang in LEXICON_LANGS:
            digest.update(repr(sorted(m.to_state().items())).encode())
            continue
        for arr in (m.coef, m.nb_coef, m.cal_coef, m.decision_weights, *([] if m.prior is None else [m.prior])):
            digest.update(np.ascontiguousarray(arr).tobytes())
    version = f"tone-{digest.hexdigest()[:12]}"
    tone = ToneModel(models, version)
    path = tone.save(models_dir)
    metrics.update(version=version, fitted_on="train+dev (de, id, nb); en, ru: lexicons, not fitted",
                   artifact=str(path), artifact_bytes=path.stat().st_size)
    (Path(models_dir) / "tone_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    return tone, metrics


def _dev_figures(model: Any, dev_texts: list[str], dev_labels: list[str]) -> dict[str, Any]:
    """Macro-F1, accuracy, ECE and negative share (labelled vs predicted) of ``model`` on a dev split."""
    from consistency.classify.metrics import accuracy, expected_calibration_error, macro_f1

    probs = model.predict_proba(dev_texts)
    pred = model.decide(probs)
    return {"dev_rows": len(dev_labels), "dev_macro_f1": macro_f1(dev_labels, pred),
            "dev_accuracy": accuracy(dev_labels, pred), "dev_ece": expected_calibration_error(dev_labels, probs, TONES),
            "dev_negative_share": {"observed": float(np.mean([y == "negative" for y in dev_labels])),
                                   "predicted": float(np.mean([y == "negative" for y in pred]))}}


def train_interaction_models(models_dir: Path, tone: Any, seed: int = 0) -> dict[str, Any]:
    """Resolution on generated conversations read through ``tone``; writes its metrics, and the saved courtesy
    model's, on the held-out generated seed next to the retired rules."""
    from consistency.classify.courtesy import CourtesyModel
    from consistency.classify.interaction_eval import train_interaction

    _, metrics = train_interaction(models_dir, tone, seed, courtesy=CourtesyModel.load(models_dir))
    (Path(models_dir) / "interaction_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics
