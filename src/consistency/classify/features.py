"""Tone features from raw text: negation-marked word n-grams, char n-grams and cue counts.

Vocabularies are plain lists and idf weights plain arrays, so a saved model is a few numpy arrays
(safe to load with skops) rather than pickled vectorizer objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import filterfalse

import numpy as np
from scipy import sparse

from consistency.classify.cue_lists import NEGATORS
from consistency.classify.textprep import letter_counts, mark_negation, normalize
from consistency.classify.turn_reading import TurnReader

# The cues the tone models were fitted on, in their column order. Cues added later for other
# judgements (resolution signals) are not tone features: a new cue must not reshape a fitted model.
TONE_CUES: tuple[str, ...] = (
    "apology", "thanks", "greeting", "blame", "escalation_request", "follow_up", "fix_confirmed",
    "negation", "intensifier", "emoji_positive", "emoji_negative",
)
_CUE_INDEX = {c: i for i, c in enumerate(TONE_CUES)}
N_DENSE = len(TONE_CUES) + 3  # cue counts + exclamation, question, upper-case share
CHAR_NGRAMS = (2, 5)
# Distinct words whose char n-gram indices a block keeps, least recently used dropped first: the words
# of a chain's vocabulary stay cached in a long-running process, and memory stays bounded (~50 MB).
WORD_CACHE_SIZE = 200_000


@dataclass
class Prepared:
    """A batch of texts after clean-up: word strings (space-joined tokens), char strings, dense cues."""

    words: list[str]
    chars: list[str]
    dense: np.ndarray  # float32 [n, N_DENSE]


def prepare(texts: list[str], lang: str, reader: TurnReader | None = None) -> Prepared:
    """Normalize, tokenize with the blank spaCy tokenizer, mark negation scope and count cues."""
    return prepare_turns([(t,) for t in texts], lang, reader)


def prepare_turns(rows: list[Sequence[str]], lang: str, reader: TurnReader | None = None) -> Prepared:
    """:func:`prepare` of each row's turns joined by line breaks, reading each distinct turn once.

    The same features as the joined text gives: normalising, tokenizing and finding cues never reach across
    a line break (a line break is a token of its own, no pattern spans one), so the joined text's tokens and
    cues are its turns' in order; negation scope, which may run on into the next turn, is marked on the joined
    token list. Tests compare the two on real texts with odd whitespace."""
    reader = reader or TurnReader()
    negators = NEGATORS[lang]
    words: list[str] = []
    chars: list[str] = []
    dense = np.zeros((len(rows), N_DENSE), dtype=np.float32)
    for i, turns in enumerate(rows):
        parts = [reader.derived(("tone", lang, t), lambda t=t: _read_turn(t, lang, reader)) for t in turns]
        words.append(" ".join(mark_negation([w for part in parts for w in part.words], negators)))
        chars.append("\n".join(part.normalized for part in parts))
        row = dense[i]
        for part in parts:
            row[:len(TONE_CUES)] += part.cues
        letters = sum(part.letters for part in parts) or 1
        row[-3] = sum(part.exclamations for part in parts)
        row[-2] = sum(part.questions for part in parts)
        row[-1] = sum(part.upper for part in parts) / letters
    np.log1p(dense, out=dense)
    return Prepared(words=words, chars=chars, dense=dense)


@dataclass
class _TurnTone:
    """One turn as the tone features read it: normalised text, its word tokens and cue counts, raw counts."""

    normalized: str
    words: list[str]  # lower-case tokens of the normalised text, no whitespace tokens
    cues: np.ndarray  # float32 [len(TONE_CUES)]
    exclamations: int
    questions: int
    upper: int
    letters: int


def _read_turn(text: str, lang: str, reader: TurnReader) -> _TurnTone:
    normalized = normalize(text)
    reading = reader.read(lang, normalized, lowers=True)
    cues = np.zeros(len(TONE_CUES), dtype=np.float32)
    for c in reading.cues:
        if c.cue in _CUE_INDEX:
            cues[_CUE_INDEX[c.cue]] += 1.0
    letters, upper = letter_counts(text)
    return _TurnTone(normalized, list(filterfalse(str.isspace, reading.lowers)), cues, text.count("!"),
                     text.count("?"), upper, letters)


def word_analyzer(s: str) -> list[str]:
    """Unigrams and bigrams of an already tokenized, space-joined string."""
    toks = s.split()
    return toks + [a + " " + b for a, b in zip(toks, toks[1:])]


class TfidfBlock:
    """Fixed-vocabulary sublinear TF-IDF, l2-normalised; fitted from a term list and idf array."""

    def __init__(self, terms: list[str], idf: np.ndarray, kind: str) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self.terms = terms
        self.idf = idf.astype(np.float32)
        self.kind = kind
        analyzer = word_analyzer if kind == "word" else "char_wb"
        kwargs = {"ngram_range": CHAR_NGRAMS} if kind == "char" else {}
        self._cv = CountVectorizer(analyzer=analyzer, vocabulary={t: i for i, t in enumerate(terms)},
                                   lowercase=False, dtype=np.float32, **kwargs)
        self._cv._validate_vocabulary()  # builds vocabulary_ once (counts() reads it)
        self._word_terms: OrderedDict[str, tuple[int, ...]] = OrderedDict()  # char blocks: word -> term indices

    @classmethod
    def fit(cls, docs: list[str], kind: str, max_features: int, min_df: int = 2) -> "TfidfBlock":
        """Keep the ``max_features`` most frequent terms seen in at least ``min_df`` documents."""
        from sklearn.feature_extraction.text import CountVectorizer

        analyzer = word_analyzer if kind == "word" else "char_wb"
        kwargs = {"ngram_range": CHAR_NGRAMS} if kind == "char" else {}
        cv = CountVectorizer(analyzer=analyzer, lowercase=False, min_df=min_df, max_features=max_features,
                             dtype=np.float32, **kwargs)
        counts = cv.fit_transform(docs)
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
        terms = [""] * len(cv.vocabulary_)
        for t, i in cv.vocabulary_.items():
            terms[i] = t
        return cls(terms, idf, kind)

    def counts(self, docs: list[str]) -> sparse.csr_matrix:
        """Term counts [n, len(terms)] float32, exactly as the CountVectorizer gives them (tests compare).

        Char n-grams ("char_wb") are counted per word: a word's n-grams depend on that word alone and
        words repeat across texts, so each distinct word's term indices are found once and kept
        (sklearn's pure-Python analyzer was the largest single cost of tone scoring)."""
        vocab = self._cv.vocabulary_
        cache = self._word_terms
        # Every term occurrence as (row, column); the sparse constructor adds up repeats (same counts as a
        # per-document counter, without a Python step per n-gram).
        indptr = [0]
        indices: list[int] = []
        if self.kind != "char":
            # Word 1-2 grams: the analyzer's terms looked up in one pass (CountVectorizer kept a dict per text).
            get = vocab.get
            for doc in docs:
                indices.extend(j for j in map(get, word_analyzer(doc)) if j is not None)
                indptr.append(len(indices))
            return _count_matrix(indices, indptr, len(self.terms))
        for doc in docs:
            for word in doc.split():
                terms = cache.get(word)
                if terms is None:
                    terms = cache[word] = _char_wb_terms(word, vocab)
                    if len(cache) > WORD_CACHE_SIZE:
                        cache.popitem(last=False)
                else:
                    cache.move_to_end(word)
                indices.extend(terms)
            indptr.append(len(indices))
        return _count_matrix(indices, indptr, len(self.terms))

    def transform(self, docs: list[str]) -> sparse.csr_matrix:
        x = self.counts(docs)
        np.log1p(x.data, out=x.data)
        x = x.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x, dtype=np.float32)


def _count_matrix(indices: list[int], indptr: list[int], n_terms: int) -> sparse.csr_matrix:
    """CSR float32 counts from each row's term occurrences (``indptr`` delimits the rows)."""
    x = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int32),
                           np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, n_terms))
    x.sum_duplicates()  # sorts each row's columns and adds up repeats
    return x


def _char_wb_terms(word: str, vocab: dict[str, int]) -> tuple[int, ...]:
    """Term indices of one word's padded char n-grams, in sklearn's ``char_wb`` order (known terms only)."""
    w = f" {word} "
    out: list[int] = []
    lo, hi = CHAR_NGRAMS
    for n in range(lo, hi + 1):
        windows = max(len(w) - n + 1, 1)
        for k in range(windows):
            j = vocab.get(w[k:k + n])
            if j is not None:
                out.append(j)
        if windows == 1:  # as sklearn: a padded word no longer than n is counted once, then no longer n
            break
    return tuple(out)
