"""Reading each distinct text of a batch once: tokens, cues and politeness phrases, shared by every judgement.

The cue features read every turn, the tone model reads the customer's turns (normalised), courtesy reads
the agent's turns (links and numbers masked, which most often leaves the same string); each used to
tokenize its text again. A :class:`TurnReader` lives for one batch and keeps, per (language, exact
string), what was read off its spaCy doc; the doc itself is dropped at once (20,000 kept docs held 132 MB).
Results are those of the same string read alone: the memo is keyed by the exact string.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, TypeVar

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from consistency.classify.cues import CUES_FACTORY, CueMatcher, CueSpan, blank_tokenizer, build_pipeline
from consistency.classify.politeness_cues import LEXICONS
from consistency.records import SUPPORTED_LANGS

T = TypeVar("T")


@dataclass
class TurnReading:
    """What one string gave: its cues, and on request its lower-case tokens and politeness phrase matches."""

    text: str
    cues: list[CueSpan]
    lowers: list[str] | None = None  # every token's lower form, whitespace tokens included
    politeness: list[tuple[int, int, int]] | None = None  # (match id, start, end) of the politeness lexicon

    @cached_property
    def evidence(self) -> list[tuple[str, str, int, int]]:
        """(cue, matched text, start, end) per cue, as evidence shows them (built once per string)."""
        return [(c.cue, self.text[c.start_char:c.end_char], c.start_char, c.end_char) for c in self.cues]


@lru_cache(maxsize=None)
def politeness_matcher(lang: str) -> tuple[Tokenizer, PhraseMatcher]:
    """The cue reader's tokenizer and a phrase matcher of ``lang``'s politeness strategies (built once)."""
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED_LANGS)}")
    # The cue reader's tokenizer (the same spacy.blank(lang) tokenizer), not a second one: building
    # Indonesian's costs ~2 s of CPU (its exception list), the others ~0.1 s, once per process.
    tokenizer = blank_tokenizer(lang)
    matcher = PhraseMatcher(tokenizer.vocab, attr="LOWER")
    for strategy, phrases in LEXICONS[lang].items():
        matcher.add(strategy, [tokenizer(p) for p in phrases])
    return tokenizer, matcher


@lru_cache(maxsize=None)
def _cue_reader(lang: str) -> tuple[Tokenizer, CueMatcher]:
    """``lang``'s plain tokenizer and cue matcher (those of ``build_pipeline(lang)``), looked up once."""
    nlp = build_pipeline(lang)
    return blank_tokenizer(lang), nlp.get_pipe(CUES_FACTORY)


class TurnReader:
    """Per-batch memo of :class:`TurnReading` by (language, string), plus a memo for derived values."""

    def __init__(self) -> None:
        self._readings: dict[tuple[str, str], TurnReading] = {}
        self._derived: dict[tuple, object] = {}
        self._lower: dict[int, str] = {}  # hash -> lower form: one str per distinct word, not one per token

    def read(self, lang: str, text: str, *, lowers: bool = False, politeness: bool = False) -> TurnReading:
        """``text`` (one of SUPPORTED_LANGS) read with ``lang``'s tokenizer: cues always, the rest on request.

        A reading asked for more than an earlier one of the same string gave is read again, in full."""
        key = (lang, text)
        reading = self._readings.get(key)
        if (reading is None or (lowers and reading.lowers is None)
                or (politeness and reading.politeness is None)):
            reading = self._readings[key] = self._read(lang, text, lowers or politeness, politeness)
        return reading

    def derived(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()`` once per ``key`` in this batch (say, a turn's normalised form and counts)."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]  # type: ignore[return-value]

    def _read(self, lang: str, text: str, lowers: bool, politeness: bool) -> TurnReading:
        tokenizer, cues = _cue_reader(lang)
        doc = tokenizer(text)
        reading = TurnReading(text, cues.find(doc, text))
        if lowers:
            reading.lowers = self._lowers(doc)
        if politeness:
            reading.politeness = politeness_matcher(lang)[1](doc)
        return reading

    def _lowers(self, doc: Doc) -> list[str]:
        """Every token's lower form, read off the token array (Token objects cost more than the models)."""
        if not len(doc):
            return []
        hashes = doc.to_array(LOWER).tolist()
        known = self._lower
        try:
            return [known[h] for h in hashes]
        except KeyError:
            strings = doc.vocab.strings
            for h in hashes:
                if h not in known:
                    known[h] = strings[h]
            return [known[h] for h in hashes]
