"""Customer tone from licence-clean knowledge: a lexicon-and-rules score mapped to three classes.

Used for the languages whose only labelled tone data may not ship in a model (English airline
tweets are CC BY-NC-SA, the Russian bank tweets research-only; see the model card). Nothing here is
fitted: English is VADER (Hutto & Gilbert 2014, MIT; a human-rated lexicon with rules for negation,
intensifiers, "but", capitals, punctuation and emoji) plus the service words and phrases of
``tone_lexicon_words``; Russian is the hand-written table there, scored with the same kind of
rules (negation flips, boosters, "но" weighting, "!" emphasis).

The score goes to three probabilities through a cumulative-logit (ordinal) map with four hand-set
numbers: p(negative) = sigmoid(slope * (neg_cut - z) - b), p(positive) = sigmoid(slope * (z - pos_cut)
- b), p(neutral) the rest, where z = s / sqrt(s^2 + 15) is the summed valence squashed as VADER
squashes it and b >= 0 a neutral bias. p(negative) falls and p(positive) rises with the score, and
p(neutral) > 0 whenever neg_cut < pos_cut. The numbers were picked among the few dozen in
``MAP_OPTIONS`` on the languages' dev splits (``python benchmarks/classify.py --lexicon-options``): dev chose, it did not fit.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from consistency.classify.prefilter import Prefilter, required_substrings, weighted_patterns  # noqa: F401  (tests import it here)
from consistency.classify.textprep import normalize
from consistency.classify.tone_lexicon_words import (
    EN_PHRASES, EN_WORDS, RU_BOOSTERS, RU_NEGATORS, RU_PHRASES, RU_STEMS, RU_WORDS,
)
from consistency.records import TONES

LEXICON_LANGS = ("en", "ru")  # tone data for these may not ship in a model: scored from lexicons
ALPHA = 15.0  # VADER's normalisation constant: z = s / sqrt(s^2 + ALPHA)
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR: "not good" is weaker than "bad"
_EXCLAIM = 0.292  # VADER's emphasis per "!" (at most 4)


@dataclass(frozen=True)
class OrdinalMap:
    """Hand-set cumulative-logit map from the squashed score z in [-1, 1] to (negative, neutral, positive)."""

    slope: float
    neg_cut: float
    pos_cut: float
    # Logit taken off both outer classes: moves probability mass to neutral everywhere, so a map
    # can be sharp at its cut points yet not claim 70% negative for a text with one weak cue.
    neutral_bias: float = 0.0

    def proba(self, z: np.ndarray) -> np.ndarray:
        z = np.asarray(z, dtype=float)
        neg = 1.0 / (1.0 + np.exp(-self.slope * (self.neg_cut - z) + self.neutral_bias))
        pos = 1.0 / (1.0 + np.exp(-self.slope * (z - self.pos_cut) + self.neutral_bias))
        return np.column_stack([neg, 1.0 - neg - pos, pos])

    def neutral_without_cues(self) -> bool:
        """A text without any cue (z = 0) is read as neutral: p(neutral) is the largest there."""
        return int(self.proba(np.zeros(1)).argmax()) == TONES.index("neutral")


# The handful of options dev chooses among: cut points where a score starts to count as negative /
# positive, how sharp the step is, and whether extra mass sits on neutral (the first options, without
# it, were poorly calibrated: ECE .18 en, .36 ru). Every option reads a text without any cue as neutral.
MAP_OPTIONS: tuple[OrdinalMap, ...] = tuple(
    option for option in (
        OrdinalMap(slope, neg, pos, bias) for slope in (4.0, 8.0, 16.0) for neg, pos in
        ((-0.1, 0.1), (-0.1, 0.3), (-0.1, 0.5), (-0.2, 0.3), (-0.2, 0.5), (-0.3, 0.1), (-0.3, 0.5))
        for bias in (0.0, 1.0))
    if option.neutral_without_cues())
# Chosen on dev among MAP_OPTIONS by ``choose_map`` (model card, "Tone: English and Russian").
SHIPPED_MAPS: dict[str, OrdinalMap] = {
    "en": OrdinalMap(4.0, -0.1, 0.5),
    "ru": OrdinalMap(8.0, -0.3, 0.1),
}
_F1_TIE = 0.005  # macro-F1 differences below this on a dev split of 600-2,000 rows are noise


def rate_maps(z: np.ndarray, labels: list[str]) -> list[tuple[OrdinalMap, float, float]]:
    """(option, dev macro-F1, dev log-loss) for every option in MAP_OPTIONS."""
    from consistency.classify.metrics import macro_f1

    y = np.array([TONES.index(label) for label in labels])
    out = []
    for option in MAP_OPTIONS:
        p = option.proba(z)
        pred = [TONES[i] for i in p.argmax(axis=1)]
        out.append((option, macro_f1(labels, pred), float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))))
    return out


def choose_map(z: np.ndarray, labels: list[str]) -> OrdinalMap:
    """The option with the best macro-F1; among those within _F1_TIE of it, the lowest log-loss."""
    rated = rate_maps(z, labels)
    best = max(f1 for _, f1, _ in rated)
    return min((r for r in rated if r[1] >= best - _F1_TIE), key=lambda r: r[2])[0]


# --- English: VADER + service phrases --------------------------------------------------------------
_EN_STRIP = re.compile(r"(?:https?://|www\.)\S+|@\w+", re.IGNORECASE)


_EN_PHRASES = weighted_patterns(EN_PHRASES)
_EN_NEGATED = re.compile(r"(?:\bnot|\bnever|\bno|n't|\bnobody)\s+(?:\w+\s+)?$")


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    class WindowedVader(SentimentIntensityAnalyzer):
        """VADER whose two per-word look-backs are handed only the words they read.

        The stock checks lower-case the whole text's word list for every sentiment word: quadratic in the
        text's length, a third of VADER's time on 1,000-character chats. They read the words from 3 before
        to 2 after the one scored (and whether words follow), so a slice of that window, with the index
        moved, gives the same result (the tests compare with the stock analyzer)."""

        @staticmethod
        def _negation_check(valence: float, words: list, start_i: int, i: int) -> float:
            # The stock check with its window (see above), and the stock negated([word]) of one lower-cased
            # word written as the set lookup it amounts to (it built a 60-word list per call).
            w = [str(x).lower() for x in words[max(0, i - 3):i + 1]]
            i = len(w) - 1
            if start_i == 0:
                if _negates(w[i - 1]):
                    valence = valence * N_SCALAR
            if start_i == 1:
                if w[i - 2] == "never" and (w[i - 1] == "so" or w[i - 1] == "this"):
                    valence = valence * 1.25
                elif w[i - 2] == "without" and w[i - 1] == "doubt":
                    pass
                elif _negates(w[i - 2]):
                    valence = valence * N_SCALAR
            if start_i == 2:
                if (w[i - 3] == "never" and (w[i - 2] == "so" or w[i - 2] == "this")
                        or (w[i - 1] == "so" or w[i - 1] == "this")):
                    valence = valence * 1.25
                elif w[i - 3] == "without" and (w[i - 2] == "doubt" or w[i - 1] == "doubt"):
                    pass
                elif _negates(w[i - 3]):
                    valence = valence * N_SCALAR
            return valence

        @staticmethod
        def _special_idioms_check(valence: float, words: list, i: int) -> float:
            lo = max(0, i - 3)
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words[lo:i + 3], i - lo)

        def polarity_scores(self, text: str) -> dict:
            """The stock method (vaderSentiment 3.3.2, MIT) with two shortcuts that change no score.

            Most texts hold no emoji: the character-by-character copy that replaces them is skipped. Most words
            are in neither the lexicon nor the booster list: their valence is 0 without the per-word call
            (the stock ``sentiment_valence`` appends 0 for them too)."""
            if not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            sentiments: list = []
            words = sentitext.words_and_emoticons
            lexicon, last = self.lexicon, len(words) - 1
            for i, item in enumerate(words):
                low = item.lower()
                if (low in BOOSTER_DICT or low not in lexicon
                        or (i < last and low == "kind" and words[i + 1].lower() == "of")):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

    from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE, SentiText

    negate = frozenset(NEGATE)

    def _negates(word: str) -> bool:
        """vaderSentiment.negated([word]) for one lower-case word."""
        return word in negate or "n't" in word

    analyzer = WindowedVader()  # reads the lexicon shipped inside the package, no download
    analyzer.lexicon.update(EN_WORDS)
    analyzer._emoji_chars = frozenset(e for e in analyzer.emojis if len(e) == 1)  # what the stock loop can replace
    return analyzer


def _unsquash(c: float) -> float:
    """VADER's compound back to its summed valence (compound = s / sqrt(s^2 + 15))."""
    c = max(-0.9999, min(0.9999, c))
    return c * math.sqrt(ALPHA / (1.0 - c * c))


def english_valence(text: str) -> float:
    """Summed valence: VADER's (with the service words) plus the service phrases."""
    clean = _EN_STRIP.sub(" ", text)
    lower = clean.lower()
    s = 0.0
    spans: list[tuple[int, int]] = []
    for pattern, prefilter, weight in _EN_PHRASES:
        if not prefilter(lower):
            continue
        for m in pattern.finditer(lower):
            negated = weight > 0 and _EN_NEGATED.search(lower[max(0, m.start() - 24):m.start()])
            s += weight * (NEGATION_SCALAR * 0.7 if negated else 1.0)
            if weight < 0:
                spans.append(m.span())
    if spans and len(lower) == len(clean):
        # A complaint phrase is scored whole, so VADER must not read its words again: the "not" of
        # "not working" would flip the next word ("not working! WTF" came out positive) and the
        # "help" of "please help" would count as praise. Spans become commas: tokens without valence.
        chars = list(clean)
        for a, b in spans:
            chars[a:b] = "," * (b - a)
        clean = "".join(chars)
    return s + _unsquash(_vader().polarity_scores(clean)["compound"])


# --- Russian: hand-written stems, words and phrases ----------------------------------------------
_RU_TOKEN = re.compile(r"[а-яёa-z]+|!")
_RU_PHRASES = weighted_patterns(RU_PHRASES)
_RU_BUT = frozenset({"но", "однако", "зато"})
_MAX_STEM = max(map(len, RU_STEMS))


def _ru_word(token: str) -> float:
    if token in RU_WORDS:
        return RU_WORDS[token]
    for n in range(min(len(token), _MAX_STEM), 2, -1):  # longest stem first: "недовол" before "довол"
        v = RU_STEMS.get(token[:n])
        if v is not None:
            return v
    return 0.0


def russian_valence(text: str) -> float:
    """Summed valence of the lexicon's words with negation, boosters and "но", plus the phrases."""
    norm = " ".join(normalize(text).replace("ё", "е").split())  # tables use "е"; phrases single spaces
    tokens = _RU_TOKEN.findall(norm)
    words = [t for t in tokens if t != "!"]
    but = next((i for i, t in enumerate(words) if t in _RU_BUT), None)
    total = 0.0
    for i, tok in enumerate(words):
        v = _ru_word(tok)
        if not v:
            continue
        for back in (1, 2):  # a booster or negator just before the word (VADER looks 3 back; Russian is terse)
            if i - back < 0:
                break
            prev = words[i - back]
            if prev in RU_BOOSTERS:
                v += math.copysign(RU_BOOSTERS[prev], v)
            elif prev in RU_NEGATORS:
                v *= NEGATION_SCALAR
                break
            elif _ru_word(prev):
                break  # another sentiment word in between ends the scope
        if but is not None:
            v *= 0.5 if i < but else 1.5 if i > but else 1.0
        total += v
    for pattern, prefilter, weight in _RU_PHRASES:
        if prefilter(norm):
            total += weight * len(pattern.findall(norm))
    if total:
        total += math.copysign(min(tokens.count("!"), 4) * _EXCLAIM, total)
    return total


_VALENCE = {"en": english_valence, "ru": russian_valence}


def squashed_scores(texts: list[str], lang: str) -> np.ndarray:
    """z in [-1, 1] per text: the summed valence squashed as VADER does."""
    valence = _VALENCE[lang]
    s = np.fromiter((valence(t) for t in texts), dtype=float, count=len(texts))
    return s / np.sqrt(s * s + ALPHA)


def lexicon_fingerprint(lang: str) -> str:
    """Hash of everything the scores depend on (tables, rules' constants, VADER's version), for the model version."""
    from importlib.metadata import version

    tables: tuple[Any, ...] = ((EN_WORDS, EN_PHRASES, version("vaderSentiment")) if lang == "en"
                               else (RU_STEMS, RU_WORDS, RU_PHRASES, sorted(RU_NEGATORS), RU_BOOSTERS))
    text = repr((lang, tables, ALPHA, NEGATION_SCALAR, _EXCLAIM))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class LexiconToneModel:
    """One language's lexicon scorer; the same interface as ``LanguageToneModel`` and no fitted state."""

    lang: str
    mapping: OrdinalMap
    prior: None = None  # nothing learnt, so no training class mix to correct

    @classmethod
    def shipped(cls, lang: str) -> "LexiconToneModel":
        return cls(lang, SHIPPED_MAPS[lang])

    def predict_proba(self, texts: list[str], rows: Any = None, reader: Any = None) -> np.ndarray:
        """Probabilities [n, 3] in TONES order. ``rows`` and ``reader`` (see ``LanguageToneModel``) are not used:
        a lexicon score reads the whole text (negation and "but" reach across turns)."""
        return self.mapping.proba(squashed_scores(texts, self.lang))

    def decide(self, probs: np.ndarray) -> list[str]:
        return [TONES[i] for i in probs.argmax(axis=1)]

    def to_state(self) -> dict[str, Any]:
        return {"kind": "lexicon", "lang": self.lang, "slope": self.mapping.slope, "neg_cut": self.mapping.neg_cut,
                "pos_cut": self.mapping.pos_cut, "neutral_bias": self.mapping.neutral_bias,
                "lexicon": lexicon_fingerprint(self.lang)}

    @classmethod
    def from_state(cls, s: dict[str, Any]) -> "LexiconToneModel":
        lang = s["lang"]
        if s["lexicon"] != lexicon_fingerprint(lang):
            # The artifact's version names the labels it gives; a changed lexicon would give others.
            raise ValueError(f"tone model for {lang!r} was written with another lexicon; run `consistency train`")
        return cls(lang, OrdinalMap(float(s["slope"]), float(s["neg_cut"]), float(s["pos_cut"]),
                                    float(s.get("neutral_bias", 0.0))))
