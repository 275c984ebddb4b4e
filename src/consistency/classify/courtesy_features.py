"""Politeness features of one text: strategy counts from ``politeness_cues`` plus word tokens.

``spacy.blank(lang)`` tokenizes; a PhraseMatcher per language finds the strategy phrases; the
sentence-start strategies count only on a sentence's first token. The dense block is the same
for every language (that is what lets English-learnt weights read German or Russian); the word
tokens feed the English n-gram block only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import filterfalse

import numpy as np

from consistency.classify.politeness_cues import (
    MARKERS, SENTENCE_START, SERVICE_CUES, STRATEGIES, SUBJECT_I_WE, SUBJECT_YOU, TERSE_MAX_WORDS,
)
from consistency.classify.textprep import letter_counts
from consistency.classify.turn_reading import TurnReader, politeness_matcher

# No question-mark count: every request in the politeness corpus asks something, so "no question mark"
# was learnt as polite (the statements there are mostly thanks), and a service reply is usually a
# statement: "Read the terms." scored 0.6 on that cue alone.
EXTRA: tuple[str, ...] = ("exclamations", "upper_share", "log_tokens", "sentences", "unmarked")
DENSE_NAMES: tuple[str, ...] = (*STRATEGIES, *EXTRA)
_INDEX = {name: i for i, name in enumerate(DENSE_NAMES)}
_MARKER_COLS = [_INDEX[s] for s in sorted(MARKERS)]
_TERSE = SERVICE_CUES.index("terse")
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})
_URL = re.compile(r"<url>|(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_MASKED = re.compile(r"\d|<url>|https?://|www\.", re.IGNORECASE)  # where a match of _URL or _NUMBER can start
MAX_CHARS = 5_000  # a pasted log beyond this says nothing more about the agent's manner


@dataclass
class PolitenessFeatures:
    """A batch of texts: dense strategy block [n, len(DENSE_NAMES)], service curtness cues
    [n, len(SERVICE_CUES)] (0/1: the CURT_PHRASES lexicons and "terse") and space-joined lower-case tokens."""

    dense: np.ndarray
    service: np.ndarray
    words: list[str]


def clean(text: str) -> str:
    """Links and numbers masked (they say nothing about manner); the first ``MAX_CHARS`` characters."""
    text = text[:MAX_CHARS]
    if not _MASKED.search(text):
        return text  # most replies have neither: one scan instead of two substitutions
    return _NUMBER.sub("0", _URL.sub(" xurl ", text))


def politeness_features(texts: list[str], lang: str, reader: TurnReader | None = None) -> PolitenessFeatures:
    """Strategy counts (log1p) and tokens for each text, read with ``lang``'s tokenizer and lexicon.

    ``reader``: the batch's :class:`TurnReader`, which may have read these strings already (agent turns)."""
    tokenizer, _matcher = politeness_matcher(lang)
    reader = reader or TurnReader()
    strings = tokenizer.vocab.strings
    ids = {s: strings[s] for s in STRATEGIES}
    second, please = ids["second_person"], ids["please"]
    start_only = {ids[s] for s in SENTENCE_START}
    direct_start, markers = ids["direct_start"], {ids[s] for s in MARKERS}
    curt = {strings[s]: k for k, s in enumerate(SERVICE_CUES)}
    subject_you = SUBJECT_YOU[lang]
    subject_i_we = SUBJECT_I_WE[lang]
    dense = np.zeros((len(texts), len(DENSE_NAMES)), dtype=np.float32)
    service = np.zeros((len(texts), len(SERVICE_CUES)), dtype=np.float32)
    words: list[str] = []
    cleaned = [clean(t) if isinstance(t, str) else "" for t in texts]
    for i, text in enumerate(cleaned):
        reading = reader.read(lang, text, lowers=True, politeness=True)
        lowers, matches = reading.lowers, reading.politeness
        starts = _sentence_starts(lowers)
        row = dense[i]
        marker_begins = {begin for match_id, begin, _end in matches if match_id in markers}
        for match_id, begin, _end in matches:
            if match_id in curt:
                service[i, curt[match_id]] = 1.0
                continue
            at_start = begin in starts
            if match_id in start_only and not at_start:
                continue
            if match_id == direct_start and (begin in marker_begins or begin + 1 in marker_begins):
                # "So sorry ...", "Så leit ...", "Well done": the word opens or intensifies a politeness cue,
                # not the paper's abrupt "So ..." opening (which a comma or a plain word follows).
                continue
            row[_INDEX[strings[match_id]]] += 1.0
            if at_start and match_id == second and lowers[begin] in subject_you:
                row[_INDEX["second_person_start"]] += 1.0
            elif at_start and match_id == please:
                row[_INDEX["please_start"]] += 1.0
        raw = cleaned[i]
        letters, upper = letter_counts(raw)
        row[_INDEX["exclamations"]] = raw.count("!")
        row[_INDEX["upper_share"]] = upper / (letters or 1)
        row[_INDEX["sentences"]] = len(starts)
        row[_INDEX["log_tokens"]] = len(lowers)
        # The absence of every politeness marker is itself a cue: it is what a curt reply sounds like.
        row[_INDEX["unmarked"]] = float(not row[_MARKER_COLS].any())
        # A number (a time, an amount, a reference) is information given, not an order barked.
        if (row[_INDEX["unmarked"]] and not _has_digit(texts[i]) and _words_at_most(lowers, TERSE_MAX_WORDS)
                and not subject_i_we.intersection(lowers)):
            service[i, _TERSE] = 1.0
        words.append(" ".join(filterfalse(str.isspace, lowers)))
    np.log1p(dense, out=dense)
    return PolitenessFeatures(dense=dense, service=service, words=words)


def _has_digit(text: object) -> bool:
    return isinstance(text, str) and any(ch.isdigit() for ch in text)


def _words_at_most(lowers: list[str], limit: int) -> bool:
    """True when at most ``limit`` tokens hold a letter (punctuation and numbers are not words)."""
    n = 0
    for tok in lowers:
        if not tok.isspace() and any(ch.isalpha() for ch in tok):
            n += 1
            if n > limit:
                return False
    return True


def _sentence_starts(lowers: list[str]) -> set[int]:
    """Token positions that open a sentence: the first word, and the first word after . ! ? : ; or a line break."""
    starts: set[int] = set()
    fresh = True
    for k, tok in enumerate(lowers):
        if tok.isspace():
            fresh = fresh or "\n" in tok
            continue
        if tok in _SENTENCE_END or tok == ",":
            # A salutation's comma ("Hello Anna, send ...") also opens the next clause for our purpose.
            fresh = tok != "," or fresh_after_comma(lowers, k)
            continue
        if fresh and tok.isalpha() or fresh and "'" in tok:
            starts.add(k)
        fresh = False
    return starts


def fresh_after_comma(lowers: list[str], k: int) -> bool:
    """True when the comma closes a short opening (a greeting or a name): "Hi Anna, ..."."""
    return k <= 3
