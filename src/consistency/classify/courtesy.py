"""Agent courtesy learnt from human politeness judgements (``models/courtesy.skops``).

Each agent turn is read on its own: politeness strategy counts (``courtesy_features``, every
language) and, for English, word 1-2 grams. Two logistic regressions fitted on the Stanford
Politeness Corpus (``courtesy_train``) give a politeness score per turn: the full model for
English, the strategy-only model for de / id / nb / ru (which share the English weights through
their own lexicons). A Platt map turns the score into the log-odds of "rated in the polite quartile
rather than the impolite one" by human politeness judgements. An agent's reply is then read as a
service reply, not a request between peers: a hand-set offset moves every turn towards "not
impolite" (a plain informative line is courteous service), and hand-set cues pull curt and rude
replies back down (reproach, dismissal, insult, a terse unmarked order; ``politeness_cues``).

An interaction's ``p_courteous`` averages its agent turns' logits and then pulls towards the
curtest turn (``MIN_WEIGHT``), so one curt line matters but a single short "One moment." among
polite turns does not sink a whole conversation. A greeting is one strategy among twenty-odd,
with a learnt weight; it is never a switch.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from consistency.classify.courtesy_features import DENSE_NAMES, politeness_features
from consistency.classify.politeness_cues import SERVICE_CUES, SERVICE_OFFSET, SERVICE_WEIGHTS
from consistency.classify.features import TfidfBlock
from consistency.classify.turn_reading import TurnReader
from consistency.records import SUPPORTED_LANGS

COURTESY_FILE = "courtesy.skops"
# ``courteous`` means p_courteous >= this. With the service offset, the decision point is p 0.30 on the
# corpus's "polite rather than impolite" scale: a plain, informative reply passes, one that reads like the
# impolite requests, or is curt by the service cues, does not (model card, "Agent courtesy").
COURTEOUS_THRESHOLD = 0.5
# interaction logit = (1 - w) * mean(turn logits) + w * min(turn logits). 0.5 until the curt-reply fix; since a
# plain informative line with no politeness marker ("The address is updated.") scores ~0.4, 0.5 let one such
# line sink a courteous conversation: the demo chain's Norwegian courteous share read 0.77 against 0.92
# labelled. 0.35 is the largest weight that kept every language of that chain within 0.10 of its labels
# (0.5 / 0.35 / 0.25 / 0 gave nb 0.77 / 0.86 / 0.91 / 0.92): chosen on generated data, see the model card.
MIN_WEIGHT = 0.35


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class CourtesyModel:
    """Fitted arrays: English word block + weights, strategy-only weights, Platt maps, version."""

    word: TfidfBlock
    dense_mean: np.ndarray
    dense_scale: np.ndarray
    full_coef: np.ndarray  # [n_words + n_dense] English model
    full_intercept: float
    full_platt: np.ndarray  # [2]: a, b in p = sigmoid(a * score + b)
    strategy_coef: np.ndarray  # [n_dense] every other language
    strategy_intercept: float
    strategy_platt: np.ndarray
    version: str
    # Hand-set service-reply curtness weights (politeness_cues.SERVICE_CUES), added to the calibrated logit.
    service_weights: np.ndarray = field(default_factory=lambda: np.asarray(SERVICE_WEIGHTS, dtype=np.float32))
    # Hand-set shift of every agent turn's log-odds from the corpus's "polite rather than impolite" towards
    # "not impolite" (politeness_cues.SERVICE_OFFSET: why, and what it was set on).
    service_offset: float = SERVICE_OFFSET

    def turn_logits(self, texts: list[str], lang: str, reader: TurnReader | None = None) -> np.ndarray:
        """Calibrated log-odds of "polite rather than impolite" for each text in ``lang`` (one of SUPPORTED_LANGS).

        ``reader``: the batch's :class:`TurnReader` (agent turns already read for cues are not read again)."""
        if not texts:
            return np.zeros(0)
        f = politeness_features(texts, lang, reader)
        dense = (f.dense - self.dense_mean) / self.dense_scale
        if lang == "en":
            words = self.word.transform(f.words)
            n = words.shape[1]
            score = np.asarray(words @ self.full_coef[:n]).ravel() + dense @ self.full_coef[n:] + self.full_intercept
            a, b = self.full_platt
        else:
            score = dense @ self.strategy_coef + self.strategy_intercept
            a, b = self.strategy_platt
        return a * score + b + self.service_offset + f.service @ self.service_weights

    def p_turns(self, texts: list[str], lang: str) -> np.ndarray:
        """P(courteous) per text."""
        return _sigmoid(self.turn_logits(texts, lang))

    def p_interactions(self, agent_turns: list[list[str]], langs: list[str],
                       reader: TurnReader | None = None) -> list[float | None]:
        """P(courteous) per interaction from its agent turns; None where there is no agent text or language."""
        by_lang: dict[str, list[tuple[int, str]]] = {}
        for k, (turns, lang) in enumerate(zip(agent_turns, langs)):
            if lang in SUPPORTED_LANGS:
                for text in turns:
                    if isinstance(text, str) and any(ch.isalpha() for ch in text):
                        by_lang.setdefault(lang, []).append((k, text))
        logits: dict[int, list[float]] = {}
        for lang, refs in by_lang.items():
            # Agents repeat stock lines across conversations: score each distinct text once.
            distinct = list(dict.fromkeys(t for _, t in refs))
            z = dict(zip(distinct, self.turn_logits(distinct, lang, reader).tolist()))
            for k, text in refs:
                logits.setdefault(k, []).append(z[text])
        out: list[float | None] = [None] * len(agent_turns)
        for k, z in logits.items():
            out[k] = float(_sigmoid(np.array((1 - MIN_WEIGHT) * np.mean(z) + MIN_WEIGHT * min(z))))
        return out

    def to_state(self) -> dict[str, Any]:
        """Plain arrays and strings only, so skops loads it without trusting any custom type."""
        return {
            "version": self.version, "dense_names": list(DENSE_NAMES),
            "word_terms": "\n".join(self.word.terms), "word_idf": self.word.idf,
            "dense_mean": self.dense_mean, "dense_scale": self.dense_scale,
            "full_coef": self.full_coef, "full_intercept": float(self.full_intercept),
            "full_platt": self.full_platt,
            "strategy_coef": self.strategy_coef, "strategy_intercept": float(self.strategy_intercept),
            "strategy_platt": self.strategy_platt,
            "service_cues": list(SERVICE_CUES), "service_weights": self.service_weights,
            "service_offset": float(self.service_offset),
        }

    def save(self, models_dir: Path) -> Path:
        """Write ``courtesy.skops`` into ``models_dir``."""
        import skops.io as sio

        Path(models_dir).mkdir(parents=True, exist_ok=True)
        path = Path(models_dir) / COURTESY_FILE
        sio.dump(self.to_state(), path, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        return path

    @classmethod
    def load(cls, models_dir: Path) -> "CourtesyModel":
        """Load ``courtesy.skops`` (arrays and strings only: any other type in the file is refused)."""
        import skops.io as sio

        path = Path(models_dir) / COURTESY_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{path}: courtesy model not found; run `consistency train` first")
        untrusted = sio.get_untrusted_types(file=path)
        if untrusted:
            raise ValueError(f"{path}: unexpected types in model file: {', '.join(untrusted)}")
        s = sio.load(path)
        if tuple(s["dense_names"]) != DENSE_NAMES or tuple(s.get("service_cues", ())) != SERVICE_CUES:
            raise ValueError(f"{path}: trained on other features than this code builds; run `consistency train`")
        return cls(
            word=TfidfBlock(s["word_terms"].split("\n"), np.asarray(s["word_idf"]), "word"),
            dense_mean=np.asarray(s["dense_mean"], dtype=np.float32),
            dense_scale=np.asarray(s["dense_scale"], dtype=np.float32),
            full_coef=np.asarray(s["full_coef"], dtype=np.float32), full_intercept=float(s["full_intercept"]),
            full_platt=np.asarray(s["full_platt"], dtype=np.float64),
            strategy_coef=np.asarray(s["strategy_coef"], dtype=np.float32),
            strategy_intercept=float(s["strategy_intercept"]),
            strategy_platt=np.asarray(s["strategy_platt"], dtype=np.float64),
            version=s["version"],
            service_weights=np.asarray(s["service_weights"], dtype=np.float32),
            service_offset=float(s["service_offset"]),
        )
