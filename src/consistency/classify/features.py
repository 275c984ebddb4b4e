"""Tone features from raw text: negation-marked word n-grams, char n-grams and cue counts.

Vocabularies are plain lists and idf weights plain arrays, so a saved model is a few numpy arrays
(safe to load with skops) rather than pickled vectorizer objects.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from spacy.attrs import LOWER

from consistency.classify.cue_lists import NEGATORS
from consistency.classify.cues import build_pipeline
from consistency.classify.textprep import mark_negation, normalize

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


def prepare(texts: list[str], lang: str, batch_size: int = 512) -> Prepared:
    """Normalize, tokenize with the blank spaCy pipeline, mark negation scope and count cues."""
    nlp = build_pipeline(lang)
    strings = nlp.vocab.strings
    negators = NEGATORS[lang]
    normalized = [normalize(t) for t in texts]
    words: list[str] = []
    dense = np.zeros((len(texts), N_DENSE), dtype=np.float32)
    # The sentencizer is only needed for evidence display, not for features.
    with nlp.select_pipes(disable=["sentencizer"]):
        for i, doc in enumerate(nlp.pipe(normalized, batch_size=batch_size)):
            # Lower forms straight from the token array: creating Token objects costs more than the model.
            toks = [s for s in map(strings.__getitem__, doc.to_array(LOWER).tolist()) if not s.isspace()]
            words.append(" ".join(mark_negation(toks, negators)))
            for cue, _span in doc._.cues:
                if cue in _CUE_INDEX:
                    dense[i, _CUE_INDEX[cue]] += 1.0
    for i, raw in enumerate(texts):
        letters = sum(map(str.isalpha, raw)) or 1
        dense[i, -3] = raw.count("!")
        dense[i, -2] = raw.count("?")
        dense[i, -1] = sum(map(str.isupper, raw)) / letters
    np.log1p(dense, out=dense)
    return Prepared(words=words, chars=normalized, dense=dense)


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
        """Term counts [n, len(terms)] float32, exactly as the CountVectorizer gives them.

        Char n-grams ("char_wb") are counted per word: a word's n-grams depend on that word alone and
        words repeat across texts, so each distinct word's term indices are found once and kept
        (sklearn's pure-Python analyzer was the largest single cost of tone scoring)."""
        if self.kind != "char":
            return self._cv.transform(docs).astype(np.float32)
        vocab = self._cv.vocabulary_
        cache = self._word_terms
        # Every term occurrence as (row, column); the sparse constructor adds up repeats (same counts as a
        # per-document counter, without a Python step per n-gram).
        indptr = [0]
        indices: list[int] = []
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
        x = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int32),
                               np.asarray(indptr, dtype=np.int64)), shape=(len(docs), len(self.terms)))
        x.sum_duplicates()  # sorts each row's columns and adds up repeats
        return x

    def transform(self, docs: list[str]) -> sparse.csr_matrix:
        x = self.counts(docs)
        np.log1p(x.data, out=x.data)
        x = x.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x, dtype=np.float32)


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
