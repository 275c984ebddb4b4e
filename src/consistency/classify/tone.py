"""Customer tone for any text: language routing + the per-language models saved in ``models/``.

de, id and nb are trained models (``tone_model``); en and ru are lexicon scorers (``tone_lexicon``),
because their only labelled data may not ship in a commercial product's model. Both kinds give
the same calibrated three-class probabilities and decisions.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from consistency.classify.language import UNSUPPORTED, detect
from consistency.classify.tone_lexicon import LexiconToneModel
from consistency.classify.tone_model import LanguageToneModel
from consistency.classify.turn_reading import TurnReader
from consistency.records import TONES

TONE_FILE = "tone.skops"
MAX_CHARS = 20_000  # a 100 KB paste is scored on its first 20,000 characters: tone is set by then


class ToneModel:
    """Per-language tone models; ``predict_proba`` routes each text to its language's model."""

    def __init__(self, models: dict[str, LanguageToneModel | LexiconToneModel], version: str,
                 load_seconds: float = 0.0) -> None:
        self.models = models
        self.version = version
        self.load_seconds = load_seconds

    @classmethod
    def load(cls, models_dir: Path) -> "ToneModel":
        """Load ``tone.skops`` from ``models_dir`` (skops: arrays and strings only, no pickled code)."""
        import skops.io as sio

        path = Path(models_dir) / TONE_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{path}: tone model not found; run `consistency train` first")
        t0 = time.perf_counter()
        untrusted = sio.get_untrusted_types(file=path)
        if untrusted:
            # Our artifacts hold only dicts, strings and numpy arrays; anything else is not ours.
            raise ValueError(f"{path}: unexpected types in model file: {', '.join(untrusted)}")
        state = sio.load(path)
        try:
            models = {lang: _from_state(s) for lang, s in state["languages"].items()}
        except ValueError as exc:
            raise ValueError(f"{path}: {exc}") from None
        return cls(models, state["version"], time.perf_counter() - t0)

    def save(self, models_dir: Path) -> Path:
        """Write ``tone.skops`` into ``models_dir``."""
        import zipfile

        import skops.io as sio

        Path(models_dir).mkdir(parents=True, exist_ok=True)
        path = Path(models_dir) / TONE_FILE
        state = {"version": self.version, "languages": {k: m.to_state() for k, m in sorted(self.models.items())}}
        sio.dump(state, path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        return path

    def predict_proba(self, texts: list[str], langs: list[str | None] | None = None,
                      turns: list[Sequence[str]] | None = None, reader: TurnReader | None = None
                      ) -> tuple[list[str], np.ndarray]:
        """(language per text, probabilities [n, 3] in TONES order); NaN rows for unsupported or empty texts.

        ``turns``: each text's turns, when it is several joined by line breaks (``texts[i] == "\\n".join(turns[i])``);
        the trained models then read each distinct turn once per batch ``reader``, with the same result.
        """
        texts = [t if isinstance(t, str) else "" for t in texts]
        detected = detect(texts, langs)
        probs = np.full((len(texts), len(TONES)), np.nan)
        by_lang: dict[str, list[int]] = {}
        for i, (text, lang) in enumerate(zip(texts, detected)):
            if lang != UNSUPPORTED and lang in self.models and text.strip():
                by_lang.setdefault(lang, []).append(i)
        for lang, idx in by_lang.items():
            # Short replies repeat ("Thanks!", "ok"): each distinct text is scored once (rows are independent).
            cut = [texts[i][:MAX_CHARS] for i in idx]
            distinct = list(dict.fromkeys(cut))
            rows = None
            if turns is not None:
                # A text cut short is read as one turn; equal texts give equal features however they split.
                row_of = {c: tuple(turns[i]) if len(texts[i]) <= MAX_CHARS else (c,) for i, c in zip(idx, cut)}
                rows = [row_of[c] for c in distinct]
            p = self.models[lang].predict_proba(distinct, rows, reader)
            if len(distinct) == len(cut):
                probs[idx] = p
            else:
                row = {t: k for k, t in enumerate(distinct)}
                probs[idx] = p[[row[t] for t in cut]]
        return detected, probs

    def labels(self, langs: list[str], probs: np.ndarray) -> list[str | None]:
        """The decision per row (macro-F1 weighted argmax of its language's model); None for NaN rows."""
        out: list[str | None] = [None] * len(langs)
        for i, (lang, row) in enumerate(zip(langs, probs)):
            if lang in self.models and not np.isnan(row).any():
                out[i] = self.models[lang].decide(row[None, :])[0]
        return out


def _from_state(state: dict) -> LanguageToneModel | LexiconToneModel:
    """A language's stored state: a lexicon scorer's few hand-set numbers or a trained model's arrays."""
    if state.get("kind") == "lexicon":
        return LexiconToneModel.from_state(state)
    return LanguageToneModel.from_state(state)
