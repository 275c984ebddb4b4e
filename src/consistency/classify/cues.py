"""spaCy pipelines on ``spacy.blank(lang)`` with a registered rule-based cue matcher component.

``build_pipeline(lang)`` gives sentencizer + ``consistency_cues_v1``; after it ran, ``doc._.cues``
holds ``(cue, Span)`` pairs (apology, thanks, greeting, blame, escalation_request, follow_up,
fix_confirmed, negation, intensifier, emoji_positive, emoji_negative).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from consistency.classify.cue_lists import (
    BLAME_ATTRIBUTION, BLAME_FAULTS, BLAME_NOT_AGENT, BLAME_OWNERS, BLAME_SELF, BLAME_SNEERS, BLAME_TEAMS, CUE_NAMES,
    CUES, NEGATORS,
)
from consistency.classify.prefilter import Prefilter
from consistency.classify.textprep import (NEGATIVE_EMOJI, NEGATIVE_EMOTICONS, POSITIVE_EMOJI, POSITIVE_EMOTICONS,
                                          may_hold_emoji)
from consistency.records import Evidence, SUPPORTED_LANGS

if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)

EMOJI_CUES: tuple[str, ...] = ("emoji_positive", "emoji_negative")
ALL_CUES: tuple[str, ...] = (*CUE_NAMES, *EMOJI_CUES)

_EMOTICON_RE = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(e) for e in sorted(POSITIVE_EMOTICONS + NEGATIVE_EMOTICONS, key=len, reverse=True))
    + r")(?!\S)|\){2,}|\({2,}",
    re.IGNORECASE,
)

# Cheap pre-check: most texts hold no emoticon character at all, so the three scans can be skipped.
_MAYBE_EMOJI = re.compile(r"[():;=<>^@_\-]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


_SENTENCE = re.compile(r"[^.!?\n]+")


class IndirectBlame:
    """Another team named as at fault in one sentence ("The billing department messed up your invoice").

    Not blame: the speaker's own side owning it ("our team made a mistake": ``BLAME_OWNERS`` just before a
    plain team word, or for Indonesian just after it), the speaker as the subject of the fault ("we forgot",
    "I made a mistake": ``BLAME_SELF``), or a team that is not the doer ("I've checked with the courier, the
    parcel is lost": ``BLAME_NOT_AGENT`` just before it) unless the sentence lays the fault at its door ("the
    fault lay with accounting": ``BLAME_ATTRIBUTION``, or a sneer in the turn). A sneer or a disclaimer anywhere in the turn
    (``BLAME_SNEERS``: "typical", "nothing to do with us here", "we couldn't see that from here") makes even
    one of our own named units blamed: "our warehouse mixed it up, we couldn't see that from here"."""

    _GENERIC = re.compile(r"(?:team|department|dept|tim|bagian|divisi|abteilung|avdeling|отдел)\w*$")
    _GENERIC_NEXT = re.compile(r"\s+(?:team|department|dept|abteilung|avdeling|отдел)")  # "our billing team"

    def __init__(self, lang: str) -> None:
        self.team = re.compile(BLAME_TEAMS[lang])
        self.fault = re.compile(BLAME_FAULTS[lang])
        self.maybe_fault = Prefilter(BLAME_FAULTS[lang])  # most turns blame no one: a cheap no first
        self.owner = re.compile(BLAME_OWNERS[lang])
        self.self_fault = re.compile(BLAME_SELF[lang])
        self.sneer = re.compile(BLAME_SNEERS[lang])
        self.not_agent = re.compile(BLAME_NOT_AGENT[lang])
        self.attribution = re.compile(BLAME_ATTRIBUTION[lang])
        self.owner_after = lang == "id"  # "tim kami": the possessive follows the noun

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans (team word .. fault word) of each blaming sentence."""
        low = text.lower()
        if not self.maybe_fault(low) or not self.fault.search(low):
            return []
        spans = []
        for sentence in _SENTENCE.finditer(low):
            part, base = sentence.group(0), sentence.start()
            faults = [f for f in self.fault.finditer(part) if not self.self_fault.search(part[max(0, f.start() - 24):f.start()])]
            if not faults:
                continue
            attributed = self.attribution.search(part) or self.sneer.search(low)  # "... collections, not from us"
            for team in self.team.finditer(part):
                if self.owner_after:
                    owned = self.owner.search(part[team.end():team.end() + 12])
                else:
                    generic = self._GENERIC.search(team.group(0)) or self._GENERIC_NEXT.match(part, team.end())
                    owned = self.owner.search(part[max(0, team.start() - 24):team.start()]) and (
                        generic or not self.sneer.search(low))
                if owned:
                    continue  # "our team made a mistake" owns it
                if not attributed and self.not_agent.search(part[max(0, team.start() - 32):team.start()]):
                    continue  # "I've checked with the courier, the parcel is lost": the team did not do it
                fault = min(faults, key=lambda f: abs(f.start() - team.start()))
                spans.append((base + min(team.start(), fault.start()), base + max(team.end(), fault.end())))
                break
        return spans


class CueMatcher:
    """Finds cue phrases (lower-case token match) and emoji/emoticons; writes ``doc._.cues``."""

    def __init__(self, nlp: Language, name: str, *, phrases: dict[str, list[str]] | None = None) -> None:
        self.name = name
        table = phrases if phrases is not None else CUES.get(nlp.lang, {})
        self.blame = IndirectBlame(nlp.lang) if phrases is None and nlp.lang in BLAME_TEAMS else None
        self.negators = NEGATORS.get(nlp.lang, frozenset())
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue, items in table.items():
            # make_doc, not nlp(): the patterns must be tokenized exactly as texts are, without the pipeline
            self.matcher.add(cue, [nlp.make_doc(p) for p in items])
        self.cue_of = {nlp.vocab.strings[cue]: cue for cue in table}  # match id -> cue name

    def predict(self, doc: Doc) -> list[tuple[str, Span]]:
        """Return the cues found in ``doc``, longest match first where they overlap."""
        return [(c.cue, doc[c.start:c.end]) for c in self.find(doc)]

    def find(self, doc: Doc, text: str | None = None) -> list[CueSpan]:
        """:meth:`predict` without spaCy objects: (cue, token and character offsets) per cue, in its order.

        ``text``: the string ``doc`` was made from (else read off the doc). A Span per match cost more than
        the tokenizer itself on long chats; offsets are read from the tokens instead."""
        found: list[CueSpan] = []
        for match_id, start, end in self.matcher(doc):
            cue = self.cue_of[match_id]
            if cue == "works_now" and start > 0 and doc[start - 1].lower_ in self.negators:
                continue  # "не работает", "not working now": the opposite of the cue
            last = doc[end - 1]
            found.append(CueSpan(cue, start, end, doc[start].idx, last.idx + len(last)))
        if not found and len(doc) == 0:
            return found
        if text is None:
            # doc.text is rebuilt token by token on every access; the tokenizer wrapper kept the input.
            text = doc.user_data.get("text") or doc.text
        if self.blame is not None:
            for start, end in self.blame.find(text):
                _add_char_span(found, "blame", doc, start, end)
        if _MAYBE_EMOJI.search(text):
            for m in _EMOTICON_RE.finditer(text):
                tok = m.group(0).lower()
                positive = tok in POSITIVE_EMOTICONS or tok.startswith(")")
                _add_char_span(found, "emoji_positive" if positive else "emoji_negative", doc, m.start(), m.end())
            for rx, cue in ((POSITIVE_EMOJI, "emoji_positive"), (NEGATIVE_EMOJI, "emoji_negative")):
                if not may_hold_emoji(text):
                    break
                for m in rx.finditer(text):
                    _add_char_span(found, cue, doc, m.start(), m.end())
        return _drop_nested(found) if len(found) > 1 else found

    def set_annotations(self, doc: Doc, cues: list[tuple[str, Span]]) -> None:
        doc._.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


class CueSpan(NamedTuple):
    """One cue found in a text: its tokens [start, end) and characters [start_char, end_char)."""

    cue: str
    start: int
    end: int
    start_char: int
    end_char: int


def _add_char_span(found: list[CueSpan], cue: str, doc: Doc, start: int, end: int) -> None:
    """Add the tokens covering characters [start, end) as ``cue`` (none when no token does)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        found.append(CueSpan(cue, span.start, span.end, span.start_char, span.end_char))


def _drop_nested(found: list[CueSpan]) -> list[CueSpan]:
    """Keep a shorter match of the same cue only if no longer match of that cue covers it."""
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[CueSpan] = []
    for c in found:
        if any(k.cue == c.cue and k.start <= c.start and c.end <= k.end for k in kept):
            continue
        kept.append(c)
    return kept


# spaCy forbids "." in factory names, so the versioned name is written with underscores.
CUES_FACTORY = "consistency_cues_v1"


@Language.factory(
    CUES_FACTORY,
    default_config={"phrases": None},
    assigns=["doc._.cues"],
    requires=["token.lower"],
)
def make_cue_matcher(nlp: Language, name: str, phrases: dict[str, list[str]] | None) -> CueMatcher:
    """Factory for the rule-based cue matcher (phrase lists from ``cue_lists.CUES`` by default)."""
    return CueMatcher(nlp, name, phrases=phrases)


class _TextKeepingTokenizer:
    """Wraps the language's tokenizer and keeps the input string on ``doc.user_data["text"]``."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc.user_data["text"] = text
        return doc


@lru_cache(maxsize=None)
def build_pipeline(lang: str) -> Language:
    """A blank pipeline for ``lang`` with a sentencizer and the cue matcher (built once per language)."""
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED_LANGS)}")
    nlp = spacy.blank(lang)
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(CUES_FACTORY)
    return nlp


def blank_tokenizer(lang: str) -> Tokenizer:
    """The plain ``spacy.blank(lang)`` tokenizer under the cue pipeline (shared, so it is built once)."""
    return build_pipeline(lang).tokenizer.inner


def cue_evidence(doc: Doc, turn: int = 0, skip: tuple[str, ...] = ("negation", "intensifier")) -> list[Evidence]:
    """Turn ``doc._.cues`` into :class:`Evidence` records (character offsets within the doc's text)."""
    return [
        Evidence(cue=cue, text=span.text, turn=turn, start=span.start_char, end=span.end_char)
        for cue, span in (doc._.cues or [])
        if cue not in skip
    ]
