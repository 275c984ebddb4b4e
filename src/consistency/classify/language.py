"""Language routing: which of en, de, id, nb, ru a text is in, or "unsupported".

First a cheap look at the text's common words (``language_words.vote``): when one supported language
clearly leads, that is the answer (about 0.01 ms a text against lingua's 0.1-0.25 ms). Every other text
goes to lingua, which knows the five supported languages (plus Nynorsk, routed to nb) and a few decoy
languages, and is built once. A text whose best language is not confidently ahead is "unsupported" rather
than forced through the English model. The model card's language table compares both with human labels.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Any

from consistency.classify.language_words import vote
from consistency.records import SUPPORTED_LANGS

UNSUPPORTED = "unsupported"
MIN_CONFIDENCE = 0.2  # lingua spreads confidence over all candidates; below this it is guessing
_LETTERS_NEEDED = 3
LONG_TEXT = 120  # characters from which lingua's low-accuracy mode is reliable


def _detector(low_accuracy: bool = False) -> Any:
    """The lingua detector of that mode (both are built together, on first use: loading takes a moment)."""
    return _detectors()[int(low_accuracy)]


@lru_cache(maxsize=1)
def _detectors() -> tuple[Any, Any]:
    """(full, low-accuracy) lingua detectors, built together. Building uses lingua's native thread pool, and
    a forked worker that builds or calls in parallel after its parent did waits for ever for threads it was
    never given (seen: an audit's workers hung building the long-text detector the parent had not needed);
    built together, whatever process builds one hands both to the workers it forks."""
    from lingua import Language, LanguageDetectorBuilder

    ours = [Language.ENGLISH, Language.GERMAN, Language.INDONESIAN, Language.BOKMAL, Language.NYNORSK,
            Language.RUSSIAN]
    # Decoys: without them a Polish or French text would be forced onto the nearest of our five.
    # Danish and Malay are left out on purpose: they are close enough to nb / id that they would
    # steal genuine Norwegian and Indonesian texts.
    decoys = [Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH,
              Language.POLISH, Language.TURKISH, Language.UKRAINIAN, Language.SWEDISH, Language.CZECH,
              # Without these, lingua's only Cyrillic choices were Russian and Ukrainian, and a Bulgarian or
              # Serbian text came out Russian.
              Language.BULGARIAN, Language.SERBIAN, Language.MACEDONIAN, Language.BELARUSIAN, Language.KAZAKH,
              Language.MONGOLIAN]
    builder = LanguageDetectorBuilder.from_languages(*ours, *decoys).with_preloaded_language_models()
    return builder.build(), builder.with_low_accuracy_mode().build()


@lru_cache(maxsize=64)
def _code(language: Any) -> str:
    code = language.iso_code_639_1.name.lower()
    return "nb" if code in ("nb", "nn", "no") else code


def normalize_hint(hint: str | None) -> str | None:
    """A declared language code in our vocabulary (``"en-GB"`` -> ``"en"``, ``"no"``/``"nn"`` -> ``"nb"``)."""
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    code = "nb" if code in ("no", "nn", "nob", "nno") else code
    return code if code in SUPPORTED_LANGS else None


def _has_letters(text: str) -> bool:
    """At least ``_LETTERS_NEEDED`` letters in the first 2,000 characters (stops at the third)."""
    return next(islice((ch for ch in text[:2000] if ch.isalpha()), _LETTERS_NEEDED - 1, None), None) is not None


def detect(texts: list[str], hints: list[str | None] | None = None, words_first: bool = True) -> list[str]:
    """One language code (or "unsupported") per text; a supported declared hint wins over detection.

    ``words_first=False`` skips the common-word look and asks lingua about every text (the benchmark's
    yardstick, ``benchmarks/language_id.py``).
    """
    hints = hints or [None] * len(texts)
    if len(hints) != len(texts):
        raise ValueError(f"got {len(hints)} language hints for {len(texts)} texts")
    out: list[str] = [UNSUPPORTED] * len(texts)
    todo: list[int] = []
    voted: dict[str, str | None] = {}
    for i, (text, hint) in enumerate(zip(texts, hints)):
        code = normalize_hint(hint)
        if code:
            out[i] = code
        elif isinstance(text, str) and _has_letters(text):
            if text not in voted:
                voted[text] = vote(text) if words_first else None
            if voted[text] is None:
                todo.append(i)
            else:
                out[i] = voted[text]
    # Lingua's fast trigram-only mode is nearly as good as the full one on longer texts and ~3x quicker;
    # short texts need the full mode. The first 2,000 characters are plenty and keep 100 KB texts cheap.
    long_ones = [i for i in todo if len(texts[i]) >= LONG_TEXT]
    short_ones = [i for i in todo if len(texts[i]) < LONG_TEXT]
    for idx, low in ((short_ones, False), (long_ones, True)):
        if not idx:
            continue
        # Lingua is most of the cost and a text's language depends on nothing else: each distinct text once.
        # One text at a time, never lingua's *_in_parallel: its native thread pool, once started here, is
        # copied into a forked worker without its threads, and the worker's first parallel call waits for ever
        # (seen: a night whose classify warm-up ran here hung both workers). Same CPU time, same values.
        distinct = list(dict.fromkeys(texts[i][:2000] for i in idx))
        detector = _detector(low)
        confidences = [detector.compute_language_confidence_values(text) for text in distinct]
        decided = dict(zip(distinct, map(_decide, confidences)))
        for i in idx:
            code = decided[texts[i][:2000]]
            if code is not None:
                out[i] = code
    return out


def _decide(values: list[Any]) -> str | None:
    """Our language code from lingua's confidence values (best first), or None when it is not confident."""
    if not values:
        return None
    best = _code(values[0].language)
    if best not in SUPPORTED_LANGS:
        return None
    # Nynorsk and Bokmål share most words; their confidence is pooled before the threshold.
    score = values[0].value if best != "nb" else sum(v.value for v in values if _code(v.language) == best)
    return best if score >= MIN_CONFIDENCE else None
