"""Each distinct turn read once per batch (turn_reading.TurnReader) and the shortcuts around it: same results.

The speed-ups of long conversations (models/MODEL_CARD.md, "Speed, long conversations") must change no
output. Each is compared here with the plain computation it replaced, on the real texts of the labelled
data and on crafted edge cases (odd whitespace, negation running into the next turn, emoji, links,
Cyrillic variants).
"""

from __future__ import annotations

import gc
import random
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from consistency.classify.cues import CUES_FACTORY, build_pipeline
from consistency.classify.data import tone_split
from consistency.classify.features import prepare, prepare_turns
from consistency.classify.textprep import FIRST_EMOJI, NEGATIVE_EMOJI, POSITIVE_EMOJI, normalize
from consistency.classify.turn_reading import TurnReader
from consistency.records import SUPPORTED_LANGS, InteractionText, Turn

CRAFTED = ["I can't", "log in, it's not", "working", "", "   ", "thanks :", ") great", "(", "( bad", "))) ok",
           "see https://x.com/a and order 12345", "WWW.SHOP.COM/x", "@bank #fail 😡😡", "Sooooo slow!!!",
           "Сбербанк опять", "ᲃбербанк опять", "Deutsche Bahn zu spät", "deutſche bahn", "DB wieder", "feedback",
           "Tusen takk 🙏", "♥ ok ☺", "Terima kasih :)", "nicht\ngut", "  leading", "trailing  ", "\ttab\t"]
_WS = ["", " ", "  ", "\n", " \n", "\t", "\n\n", "  \t "]


def _odd(rng: random.Random, text: str) -> str:
    """A real text with the whitespace, case and emoticons exports bring."""
    r = rng.random()
    if r < 0.15:
        return rng.choice(_WS) + text
    if r < 0.3:
        return text + rng.choice(_WS)
    if r < 0.35:
        return text.upper()
    if r < 0.4:
        return text.replace(" ", rng.choice(_WS))
    return text


@pytest.fixture(scope="module")
def texts(data_dir: Path) -> dict[str, list[str]]:
    rng = random.Random(3)
    out = {}
    for lang in SUPPORTED_LANGS:
        dev = tone_split(data_dir, lang, "dev")[0]
        out[lang] = CRAFTED + [_odd(rng, t) for t in rng.sample(dev, min(400, len(dev)))]
    return out


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_a_conversations_turns_read_one_by_one_give_the_joined_texts_features(lang: str, texts) -> None:
    """The tone features of several turns joined by line breaks, read turn by turn (each distinct turn once),
    equal those of the joined text read whole: tokens, negation scope across turns, cue counts, char text."""
    rng = random.Random(lang)
    rows = [tuple(rng.choice(texts[lang]) for _ in range(rng.choice([1, 2, 3, 7, 15]))) for _ in range(300)]
    rows += [("I can't", "log in"), ("nicht", "gut"), ("", ""), ("ok",)]
    reader = TurnReader()
    by_turns, whole = prepare_turns(rows, lang, reader), prepare(["\n".join(r) for r in rows], lang)
    assert by_turns.words == whole.words and by_turns.chars == whole.chars
    np.testing.assert_array_equal(by_turns.dense, whole.dense)
    again = prepare_turns(rows, lang, reader)  # every turn now comes from the reader's memo
    assert again.words == whole.words
    np.testing.assert_array_equal(again.dense, whole.dense)
    if lang != "ru":  # the negation scope runs on into the next turn, as it does in the joined text
        assert "log_NEG" in prepare_turns([("I can't", "log in")], "en").words[0]


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_cue_offsets_read_off_tokens_equal_spacys_spans(lang: str, texts) -> None:
    nlp = build_pipeline(lang)
    matcher = nlp.get_pipe(CUES_FACTORY)
    seen = 0
    for text in texts[lang]:
        doc = nlp.tokenizer.inner(text)
        lean = matcher.find(doc, text)
        spans = [(cue, span.start, span.end, span.start_char, span.end_char, span.text)
                 for cue, span in matcher.predict(doc)]
        assert [(c.cue, c.start, c.end, c.start_char, c.end_char, text[c.start_char:c.end_char]) for c in lean] == spans
        seen += len(lean)
    assert seen > 50


def _normalize_every_step(text: str) -> str:
    """textprep.normalize as it was: every substitution run, none skipped."""
    from consistency.classify import textprep as tp

    text = tp._URL.sub(" xurl ", text)
    text = tp._MENTION.sub(" xuser ", text)
    text = tp._HASHTAG.sub(r" \1 ", text)
    text = text.lower()
    text = tp._ORG_NAMES.sub(" xorg ", text)
    text = tp._PAREN_RUN.sub(lambda m: " xemopos " if m.group(1) == ")" else " xemoneg ", text)
    text = tp._EMOTICON.sub(lambda m: " xemopos " if m.group(0) in tp.POSITIVE_EMOTICONS else " xemoneg ", text)
    text = POSITIVE_EMOJI.sub(" xemopos ", text)
    text = NEGATIVE_EMOJI.sub(" xemoneg ", text)
    text = tp._NUMBER.sub("0", text)
    return tp._REPEAT.sub(r"\1\1", text)


def test_normalize_skips_only_steps_that_cannot_match(texts) -> None:
    every = [t for lang in SUPPORTED_LANGS for t in texts[lang]]
    assert [normalize(t) for t in every] == [_normalize_every_step(t) for t in every]
    assert normalize("ᲃбербанк DB") == " xorg   xorg "  # a Cyrillic variant letter and the Latin names still masked


def test_no_character_below_first_emoji_is_an_emoji() -> None:
    below = "".join(chr(c) for c in range(ord(FIRST_EMOJI)) if not 0xD800 <= c < 0xE000)
    assert not POSITIVE_EMOJI.search(below) and not NEGATIVE_EMOJI.search(below)
    assert POSITIVE_EMOJI.search(FIRST_EMOJI)


def test_courtesy_clean_shortcut_changes_nothing(data_dir: Path) -> None:
    from consistency.classify import courtesy_features as cf
    from consistency.classify.courtesy_train import courtesy_split

    every = courtesy_split(data_dir, "dev")[0] + CRAFTED
    every += ["<URL> here", "HTTPS://x.y", "12,5 EUR", "www.", "x" * 6_000]
    plain = [cf._NUMBER.sub("0", cf._URL.sub(" xurl ", t[:cf.MAX_CHARS])) for t in every]
    assert [cf.clean(t) for t in every] == plain


def test_blame_prefilter_lets_every_fault_through(texts) -> None:
    for lang in SUPPORTED_LANGS:
        blame = build_pipeline(lang).get_pipe(CUES_FACTORY).blame
        lows = [t.lower() for t in texts[lang]]
        assert all(blame.maybe_fault(low) for low in lows if blame.fault.search(low)), lang


def test_one_reading_per_batch_changes_no_classification(models_dir: Path, texts) -> None:
    """Conversations with repeated and multi-turn customers: classified together (one reader shares every
    distinct turn) and one by one, field by field the same."""
    from consistency.classify import InteractionClassifier

    clf = InteractionClassifier.load_cached(models_dir)
    rng = random.Random(11)
    items = []
    for k in range(60):
        lang = SUPPORTED_LANGS[k % len(SUPPORTED_LANGS)]
        pool = texts[lang][:40]  # a small pool: turns repeat within and across conversations
        turns = [Turn(rng.choice(["customer", "agent", "customer", "note"]), rng.choice(pool))
                 for _ in range(rng.choice([2, 5, 15]))]
        items.append(InteractionText(f"c{k}", "chat", turns, 0, None, lang if k % 3 else None, None, None))
    together = [asdict(c) for c in clf.classify(items)]
    alone = [asdict(clf.classify([item])[0]) for item in items]
    # Courtesy's float32 products of another shape round the last bits differently (1.5e-8 here, as on main
    # before the reader); the output is rounded to 4 decimals.
    for a, b in zip(together, alone):
        assert a == {k: pytest.approx(v, abs=1e-6) if isinstance(v, float) else v for k, v in b.items()}
    assert sum(c["tone"] is not None for c in together) > 30 and any(c["evidence"] for c in together)


def test_the_collector_is_paused_for_a_batch_and_restored() -> None:
    from consistency.classify.interaction import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an outer pause stays
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failing batch")
    assert gc.isenabled()


def test_politeness_phrases_read_with_the_cues_when_the_cleaned_text_is_the_same() -> None:
    """An agent turn without links or numbers is tokenized once for cues and courtesy; one with a number is
    read again with it masked."""
    from consistency.classify.courtesy_features import politeness_features
    from consistency.classify.interaction_features import extract

    items = [InteractionText("a", "chat", [Turn("customer", "Hi"), Turn("agent", "Sorry, I have fixed it."),
                                            Turn("agent", "Order 123 is on its way.")], 0, None, "en", None, None)]
    reader = TurnReader()
    extract(items, ["en"], reader)
    read = {text for _lang, text in reader._readings}
    assert "Sorry, I have fixed it." in read
    assert reader._readings[("en", "Sorry, I have fixed it.")].politeness is not None
    assert reader._readings[("en", "Order 123 is on its way.")].politeness is None
    politeness_features(["Sorry, I have fixed it.", "Order 123 is on its way."], "en", reader)
    assert ("en", "Order 0 is on its way.") in reader._readings and len(reader._readings) == 4
