"""Scoring a CSV of texts and explaining one text: what the CLI's `tone` and `explain` call."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np

from consistency.classify.cues import build_pipeline, cue_evidence
from consistency.classify.language import UNSUPPORTED
from consistency.classify.tone import MAX_CHARS, ToneModel
from consistency.records import TONES

OUTPUT_COLUMNS = ("tone", "p_negative", "p_neutral", "p_positive", "lang")


def score_csv(input: Path, output: Path, models_dir: Path) -> int:
    """Write ``input``'s rows to ``output`` with tone, probabilities and language added; return rows written."""
    input, output = Path(input), Path(output)
    if not input.is_file():
        raise FileNotFoundError(f"{input}: file not found")
    with input.open(newline="", encoding="utf-8-sig") as fh:
        dialect = _dialect(fh.readline())
        fh.seek(0)
        reader = csv.DictReader(fh, dialect=dialect)
        columns = list(reader.fieldnames or [])
        if "text" not in columns:
            raise ValueError(f"missing column 'text' (found: {', '.join(columns) or 'no header'})")
        clash = [c for c in OUTPUT_COLUMNS if c in columns and c != "lang"]
        if clash:
            raise ValueError(f"input already has output column(s) {', '.join(clash)}; rename them first")
        rows = [{k: (v if v is not None else "") for k, v in row.items() if k is not None} for row in reader]
    model = ToneModel.load(models_dir)
    hints = [row.get("lang") or None for row in rows] if "lang" in columns else None
    langs, probs = model.predict_proba([row["text"] for row in rows], hints)
    labels = model.labels(langs, probs)
    fields = [c for c in columns if c != "lang"] + list(OUTPUT_COLUMNS)
    if "lang" in columns:
        fields = columns + [c for c in OUTPUT_COLUMNS if c != "lang"]
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row, lang, p, label in zip(rows, langs, probs, labels):
            ok = not np.isnan(p).any()
            row.update(tone=label or "", lang=lang,
                       **{f"p_{t}": (f"{p[j]:.4f}" if ok else "") for j, t in enumerate(TONES)})
            writer.writerow(row)
    return len(rows)


def _dialect(header: str) -> type[csv.Dialect]:
    """RFC 4180 (doubled quotes escape a quote) with the delimiter the header uses.

    Only the delimiter is taken from the file: csv.Sniffer also guesses quoting and escaping from a
    sample, and its guess turned doubled-quote escaping off and mangled texts with embedded quotes.
    """
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","

    class Rfc4180(csv.excel):
        pass

    Rfc4180.delimiter = delimiter
    return Rfc4180


def explain(text: str, models_dir: Path, lang: str | None = None) -> dict[str, Any]:
    """Label, probabilities, language and evidence spans (cue phrases with character offsets) for one text."""
    model = ToneModel.load(models_dir)
    langs, probs = model.predict_proba([text if isinstance(text, str) else ""], [lang])
    detected, p = langs[0], probs[0]
    result: dict[str, Any] = {"lang": detected, "label": None, "probabilities": None, "evidence": [],
                              "model_version": model.version}
    if not isinstance(text, str) or not text.strip():
        result["message"] = "empty text; no tone given"
        return result
    if detected == UNSUPPORTED or np.isnan(p).any():
        result["message"] = "language not supported (or too little text to tell); no tone given"
        return result
    result["label"] = model.labels(langs, probs)[0]
    result["probabilities"] = {t: round(float(p[j]), 4) for j, t in enumerate(TONES)}
    doc = build_pipeline(detected)(text[:MAX_CHARS])
    result["evidence"] = [
        {"cue": e.cue, "text": e.text, "start": e.start, "end": e.end} for e in cue_evidence(doc, skip=())
    ]
    return result
