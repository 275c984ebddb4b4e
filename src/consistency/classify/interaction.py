"""Interaction-level labels: customer tone, agent courtesy, resolution (trained models), blame, evidence."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from consistency.classify.courtesy import COURTEOUS_THRESHOLD, CourtesyModel
from consistency.classify.gold import GoldCalibration
from consistency.classify.interaction_features import InteractionFeatures, extract, value
from consistency.classify.language import UNSUPPORTED, detect
from consistency.classify.resolution import ResolutionModel, signal_matrix
from consistency.classify.tone import ToneModel
from consistency.classify.turn_reading import TurnReader
from consistency.records import RESOLUTIONS, Classification, InteractionText

__all__ = ["COURTEOUS_THRESHOLD", "InteractionClassifier"]  # the threshold's meaning: see courtesy.py
_DETECT_CHARS = 300  # enough customer text to tell five languages apart; keeps 50k interactions fast


class InteractionClassifier:
    """Labels whole interactions; ``version`` changes whenever the tone, courtesy or resolution model changes."""

    def __init__(self, tone: ToneModel, courtesy: CourtesyModel, resolution: ResolutionModel,
                 gold: GoldCalibration | None = None) -> None:
        self.tone = tone
        self.courtesy = courtesy
        self.resolution = resolution
        self.gold = gold  # the chain's reviewers, applied last (``consistency train --gold``)
        self.version = f"{tone.version}+{courtesy.version}+{resolution.version}"
        if gold is not None:
            self.version += f"+{gold.version}"

    @classmethod
    def load(cls, models_dir: Path) -> "InteractionClassifier":
        """Load the tone, courtesy and resolution models (and the gold calibration, if any) from ``models_dir``."""
        return cls(ToneModel.load(models_dir), CourtesyModel.load(models_dir), ResolutionModel.load(models_dir),
                   GoldCalibration.load(models_dir))

    @classmethod
    def load_cached(cls, models_dir: Path) -> "InteractionClassifier":
        """:meth:`load`, once per process while the files in ``models_dir`` keep their size and mtime.

        The nightly flow classifies one branch per task and a Dask worker runs many of them; each task
        loaded the models again (0.2 s of CPU once the modules are imported, 2.5 s the first time).
        """
        key = _files_key(Path(models_dir))
        if key not in _LOADED:
            if _LOADED:
                gc.unfreeze()  # the replaced models must be collectable again
            _LOADED.clear()  # a retrained model replaces the old one; keep one in memory
            _LOADED[key] = cls.load(models_dir)
            # The models are a quarter of a million Python objects (vocabularies, lexicons, pipelines) that
            # live as long as the process: every full garbage collection walked them all, ~11% of the CPU
            # of `consistency score`. Frozen, the collector skips them; one collection first, so that no
            # garbage of the loading is frozen with them.
            gc.collect()
            gc.freeze()
        return _LOADED[key]

    def features(self, items: list[InteractionText], reader: TurnReader | None = None
                 ) -> tuple[list[str], list[InteractionFeatures], np.ndarray]:
        """(language, cue + structure features, customer-tone probabilities) per interaction: what the models read."""
        return self.features_with(self.tone, items, reader)

    @staticmethod
    def features_with(tone: ToneModel, items: list[InteractionText], reader: TurnReader | None = None
                      ) -> tuple[list[str], list[InteractionFeatures], np.ndarray]:
        """:meth:`features` for a given tone model (training builds them before any interaction model exists).

        ``reader``: the batch's :class:`TurnReader`; each distinct turn is tokenized once for cues, tone and
        courtesy."""
        reader = reader or TurnReader()
        langs = _languages(items)
        feats = extract(items, langs, reader)
        _, cust_probs = tone.predict_proba([f.customer_text for f in feats], langs,
                                           turns=[f.customer_said for f in feats], reader=reader)
        # How the customer sounds at the end says more about resolution than the whole conversation does;
        # only multi-turn customers need a second (short-text) pass, the others' last turn is all they said.
        again = [k for k, f in enumerate(feats) if f.last_customer_text]
        if again:
            last_texts = [feats[k].last_customer_text for k in again]
            _, last = tone.predict_proba(last_texts, [langs[k] for k in again], turns=[(t,) for t in last_texts],
                                         reader=reader)
            for k, p in zip(again, last):
                feats[k].last_customer_tone = p
        for k, f in enumerate(feats):
            if f.last_customer_tone is None:
                f.last_customer_tone = cust_probs[k]
        return langs, feats, cust_probs

    def classify(self, items: list[InteractionText]) -> list[Classification]:
        """One :class:`Classification` per interaction, in input order."""
        if not items:
            return []
        with collector_paused():
            return self._classify(items)

    def _classify(self, items: list[InteractionText]) -> list[Classification]:
        reader = TurnReader()  # this batch's turns, each read once for cues, tone and courtesy
        langs, feats, cust_probs = self.features(items, reader)
        labels = self.tone.labels(langs, cust_probs)
        # Courtesy: every agent turn scored by the politeness model learnt from human judgements, then
        # aggregated so one curt line counts (courtesy.CourtesyModel.p_interactions).
        p_courteous = self.courtesy.p_interactions(agent_turns(items), langs, reader)
        # Resolution from named signals (outcome code, CSAT, repeat contact, last words, closing move, tone).
        p_resolution = self.resolution.predict(signal_matrix(items, feats, cust_probs))
        out: list[Classification] = []
        for k, item in enumerate(items):
            f, p, lang = feats[k], cust_probs[k], langs[k]
            supported = lang != UNSUPPORTED
            # Courtesy is undefined without agent speech (a visit's staff note is not the agent speaking).
            p_court = float(p_courteous[k]) if supported and f.has_agent_text else None
            if (supported and (f.has_agent_text or f.customer_text)) or item.outcome or item.csat is not None:
                res = p_resolution[k]
            else:
                res = None
            tone_ok = not np.isnan(p).any()
            out.append(Classification(
                interaction_id=item.interaction_id,
                lang=lang,
                tone=labels[k],
                p_negative=float(p[0]) if tone_ok else None,
                p_neutral=float(p[1]) if tone_ok else None,
                p_positive=float(p[2]) if tone_ok else None,
                courteous=None if p_court is None else p_court >= COURTEOUS_THRESHOLD,
                p_courteous=p_court,
                resolution=None if res is None else RESOLUTIONS[int(res.argmax())],
                p_resolved=None if res is None else float(res[0]),
                p_unresolved=None if res is None else float(res[1]),
                p_escalated=None if res is None else float(res[2]),
                blame=value(f, "agent_blame") > 0,
                evidence=f.evidence,
                model_version=self.version,
            ))
        if self.gold is not None:
            rates = self.resolution.info.get("blame_rates", {})
            out = [self.gold.apply(c, rates) for c in out]
        return out


_LOADED: dict[tuple, InteractionClassifier] = {}


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is labelled (reference counting still frees everything).

    A batch keeps tens of thousands of objects alive (its interactions, each distinct turn's reading) and
    makes almost no cyclic garbage, yet each full collection walked them all and the tokenizers' rule
    tables: 16% of the CPU of a batch of ~1,000-character chats, 6.5% before the per-batch reading
    (gc.callbacks; models/MODEL_CARD.md). The collector runs again as soon as the batch is done; an outer
    pause (a caller's) is left as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _files_key(models_dir: Path) -> tuple:
    """What identifies a loaded model set: the folder and each file's name, size and modification time."""
    files = sorted(p for p in models_dir.iterdir() if p.is_file()) if models_dir.is_dir() else []
    return (str(models_dir.resolve()), tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files))


def agent_turns(items: list[InteractionText]) -> list[list[str]]:
    """What each agent said, turn by turn (a visit's staff note is not the agent speaking)."""
    return [[t.text for t in it.turns if t.speaker == "agent" and isinstance(t.text, str) and t.text.strip()]
            for it in items]


def _languages(items: list[InteractionText]) -> list[str]:
    """Declared language if supported, else detected from the customer's words (agent's if silent)."""
    return detect([language_sample(it) for it in items], [it.lang for it in items])


def language_sample(item: InteractionText) -> str:
    """What language detection reads of an interaction: the customer's first words (everyone's if silent)."""
    cust = " ".join(t.text for t in item.turns if t.speaker == "customer" and isinstance(t.text, str))
    if not cust.strip():
        cust = " ".join(t.text for t in item.turns if isinstance(t.text, str))
    return cust[:_DETECT_CHARS]
