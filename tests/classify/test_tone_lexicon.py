"""English and Russian tone come from lexicons, never from their non-commercial labelled data.

The licence test trains tone on a data folder where de/id/nb are small real samples and en/ru
either do not exist or hold files that would fail if read: the artifact must be complete and the
same either way, so nothing shipped can have been learnt from en or ru data.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from consistency.classify.data import tone_split
from consistency.classify.metrics import expected_calibration_error, macro_f1
from consistency.classify.tone import ToneModel
from consistency.classify.tone_lexicon import (
    LEXICON_LANGS, MAP_OPTIONS, SHIPPED_MAPS, LexiconToneModel, OrdinalMap, choose_map, squashed_scores,
)
from consistency.records import SUPPORTED_LANGS, TONES

_LEXICON_STATE_KEYS = {"kind", "lang", "slope", "neg_cut", "pos_cut", "neutral_bias", "lexicon"}


@pytest.mark.parametrize("option", MAP_OPTIONS)
def test_every_mapping_option_is_monotone_and_neutral_without_cues(option: OrdinalMap) -> None:
    z = np.linspace(-1, 1, 201)
    p = option.proba(z)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    assert (p > 0).all()
    assert (np.diff(p[:, 0]) < 0).all() and (np.diff(p[:, 2]) > 0).all()
    assert option.proba(np.zeros(1)).argmax() == TONES.index("neutral")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("My flight was delayed 3 hours and I'm still waiting for my lost bag.", "en", "negative"),
    ("On hold for two hours, charged twice, never again.", "en", "negative"),
    ("Thanks so much for the quick help, problem solved!", "en", "positive"),
    ("I would like to change the address on my account.", "en", "neutral"),
    ("Опять нет связи, сколько можно, верните деньги", "ru", "negative"),
    ("Интернет не работает третий день, в поддержку не дозвониться", "ru", "negative"),
    ("Спасибо, быстро решили проблему, всё работает", "ru", "positive"),
    ("Подскажите, как сменить тариф на следующий месяц?", "ru", "neutral"),
])
def test_service_lexicon_reads_the_obvious_cases(text: str, lang: str, expected: str) -> None:
    model = LexiconToneModel.shipped(lang)
    assert model.decide(model.predict_proba([text])) == [expected]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Complaint patterns without a strong sentiment word read negative ...
    ("Now your site is not working! WTF", "en", "negative"),  # VADER's "not" flipped "WTF" to praise
    ("Thanks so much for losing my bag.", "en", "negative"),  # sarcastic thanks
    ("I will never fly with you again.", "en", "negative"),
    ("Where is my bag? Landed 6 hours ago.", "en", "negative"),
    ("It would be nice to get an answer.", "en", "negative"),
    ("Still have not received my refund.", "en", "negative"),
    ("Подключили платную подписку без моего согласия", "ru", "negative"),
    ("Низкая скорость интернета весь вечер", "ru", "negative"),
    ("Ничем не смогли помочь в салоне связи", "ru", "negative"),
    ("Полчаса вишу на линии", "ru", "negative"),
    ("Какая-то хуйня со связью", "ru", "negative"),
    # ... while requests and questions without a complaint stay neutral.
    ("I would like to change my booking please.", "en", "neutral"),  # VADER: "like" + "please" = praise
    ("Please help me change my seat to an aisle.", "en", "neutral"),
    ("Yes, my number is in the DM.", "en", "neutral"),
    ("Чем отличается тариф Смарт от тарифа Безлимит?", "ru", "neutral"),  # "отлич-" is also "differ"
    ("Как подключить роуминг?", "ru", "neutral"),
    ("Мегафон запускает новый тариф", "ru", "neutral"),
])
def test_complaint_patterns_and_plain_requests(text: str, lang: str, expected: str) -> None:
    model = LexiconToneModel.shipped(lang)
    assert model.decide(model.predict_proba([text])) == [expected]


def test_every_phrase_prefilter_lets_through_what_its_pattern_matches() -> None:
    """The prefilter (the pattern without its \\b) may only skip texts its pattern cannot match."""
    from consistency.classify.tone_lexicon import _EN_PHRASES, _RU_PHRASES

    texts = ["Still have not received my refund, on hold for 2 hours!", "why is the app not working again?",
             "Thanks for losing my bag #fail", "I will never fly with you again", "thanksgiving delays",
             "Подключили платную подписку без согласия", "почему опять нет связи? сколько можно",
             "полчаса вишу на линии, ничем не смогли помочь", "всё работает, спасибо за помощь"]
    hits = 0
    for pattern, prefilter, _ in (*_EN_PHRASES, *_RU_PHRASES):
        for text in texts:
            if pattern.search(text.lower()):
                hits += 1
                assert prefilter(text.lower()), (pattern.pattern, text)
    assert hits >= 15  # the texts do exercise the patterns


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\bnever again\b", ("never again",)),
        (r"\b(?:lost|missing) (?:my )?bag", ("lost", "missing")),  # one per branch
        (r"\bhung up\b|\bhangs? up on", (" up on", "ung up")),  # the parser factors out the "h"
        (r"(?:\w+ )?(?:a|b)?", None),  # nothing is required
        (r"(?i)still waiting", None),  # case-insensitive: no plain substring test
        (r"[", None),  # not a pattern: no shortcut (and no crash)
    ],
)
def test_required_substrings_of_a_pattern(pattern: str, needles: tuple[str, ...] | None) -> None:
    from consistency.classify.tone_lexicon import required_substrings

    assert required_substrings(pattern) == needles


def test_the_substring_shortcut_changes_no_score(data_dir: Path) -> None:
    """English and Russian valence are the same with the plain-substring pre-check and without it, on the
    real dev texts of both languages (the check may only skip phrases that cannot match)."""
    from consistency.classify import tone_lexicon

    prefilters = [pf for _, pf, _ in (*tone_lexicon._EN_PHRASES, *tone_lexicon._RU_PHRASES)]
    assert sum(pf.needles is not None for pf in prefilters) > 0.9 * len(prefilters)
    texts = {lang: tone_split(data_dir, lang, "dev")[0] for lang in LEXICON_LANGS}
    valence = {"en": tone_lexicon.english_valence, "ru": tone_lexicon.russian_valence}
    fast = {lang: [valence[lang](t) for t in texts[lang]] for lang in LEXICON_LANGS}
    kept = [pf.needles for pf in prefilters]
    try:
        for pf in prefilters:
            pf.needles = None
        slow = {lang: [valence[lang](t) for t in texts[lang]] for lang in LEXICON_LANGS}
    finally:
        for pf, needles in zip(prefilters, kept):
            pf.needles = needles
    assert fast == slow
    assert sum(v != 0 for v in fast["en"]) > 1000  # the texts do carry valence


def test_a_neutral_bias_moves_mass_to_neutral_and_survives_the_artifact() -> None:
    plain, biased = OrdinalMap(8.0, -0.1, 0.5), OrdinalMap(8.0, -0.1, 0.5, 1.0)
    z = np.array([-0.6, 0.0, 0.7])
    assert (biased.proba(z)[:, 1] > plain.proba(z)[:, 1]).all()
    assert any(option.neutral_bias > 0 for option in MAP_OPTIONS)
    model = LexiconToneModel("en", biased)
    assert LexiconToneModel.from_state(model.to_state()).mapping == biased
    older = {k: v for k, v in LexiconToneModel("en", plain).to_state().items() if k != "neutral_bias"}
    assert LexiconToneModel.from_state(older).mapping == plain  # artifacts written before the bias load as 0


@pytest.mark.parametrize(("plain", "negated", "lang"), [
    ("The issue was resolved.", "The issue was not resolved.", "en"),
    ("Обслуживание хорошее.", "Обслуживание не хорошее.", "ru"),
    ("Всё плохо.", "Всё не плохо.", "ru"),
])
def test_negation_moves_the_score_the_other_way(plain: str, negated: str, lang: str) -> None:
    a, b = squashed_scores([plain, negated], lang)
    assert np.sign(b) != np.sign(a) or abs(b) < abs(a)


def test_shipped_artifact_has_no_fitted_state_for_en_and_ru(tone_model: ToneModel, models_dir: Path) -> None:
    import skops.io as sio

    state = sio.load(models_dir / "tone.skops")["languages"]
    for lang in LEXICON_LANGS:
        assert set(state[lang]) == _LEXICON_STATE_KEYS, lang  # no vocabulary, weights or prior
        assert isinstance(tone_model.models[lang], LexiconToneModel)
        assert tone_model.models[lang].mapping == SHIPPED_MAPS[lang]


def test_shipped_mapping_is_the_one_dev_chooses(data_dir: Path, models_dir: Path) -> None:
    """The hand-set map is the option ``choose_map`` picks on dev, and the recorded dev figures are reproduced."""
    import json

    recorded = json.loads((models_dir / "tone_metrics.json").read_text())["languages"]
    for lang in LEXICON_LANGS:
        texts, labels = tone_split(data_dir, lang, "dev")
        z = squashed_scores(texts, lang)
        assert choose_map(z, labels) == SHIPPED_MAPS[lang], lang
        probs = SHIPPED_MAPS[lang].proba(z)
        pred = [TONES[i] for i in probs.argmax(axis=1)]
        assert macro_f1(labels, pred) == pytest.approx(recorded[lang]["dev_macro_f1"], abs=1e-9)
        assert expected_calibration_error(labels, probs, TONES) == pytest.approx(recorded[lang]["dev_ece"], abs=1e-9)


def _sample(src: Path, dst: Path, per_class: int) -> None:
    """The first ``per_class`` rows of each label from a real split: enough to fit, small enough to be quick."""
    with src.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows, seen = [], {t: 0 for t in TONES}
        for row in reader:
            if row["label"] in seen and seen[row["label"]] < per_class and row["text"].strip():
                seen[row["label"]] += 1
                rows.append(row)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def small_data(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tone_data")
    for folder in sorted((data_dir / "tone").iterdir()):
        if folder.name.split("_")[0] in LEXICON_LANGS:
            continue
        for split in ("train", "dev"):
            _sample(folder / f"{split}.csv", root / "tone" / folder.name / f"{split}.csv", 12)
    return root


def test_training_never_reads_en_or_ru_and_still_ships_every_language(small_data: Path, tmp_path: Path) -> None:
    from consistency.classify.train import train_tone

    without, _ = train_tone(small_data, tmp_path / "a")
    assert sorted(without.models) == sorted(SUPPORTED_LANGS)
    # Now put en/ru folders in whose train files cannot be parsed and whose dev labels are all
    # "negative": reading a train file would raise, and fitting on dev would change the model.
    for lang in LEXICON_LANGS:
        folder = small_data / "tone" / f"{lang}_poisoned"
        folder.mkdir()
        (folder / "train.csv").write_text("this is not the tone format\n", encoding="utf-8")
        (folder / "dev.csv").write_text("id,lang,text,label\n" + "".join(
            f"{i},{lang},text number {i},negative\n" for i in range(20)), encoding="utf-8")
    try:
        with_poison, metrics = train_tone(small_data, tmp_path / "b")
    finally:
        for lang in LEXICON_LANGS:
            for f in (small_data / "tone" / f"{lang}_poisoned").iterdir():
                f.unlink()
            (small_data / "tone" / f"{lang}_poisoned").rmdir()
    assert with_poison.version == without.version
    probe = ["The refund never arrived.", "Спасибо за помощь!", "Where is my bag?"]
    for lang in LEXICON_LANGS:
        assert with_poison.models[lang].to_state() == without.models[lang].to_state()
        assert metrics["languages"][lang]["train_rows"] == 0 and metrics["languages"][lang]["dev_rows"] == 20
        np.testing.assert_array_equal(with_poison.models[lang].predict_proba(probe),
                                      LexiconToneModel.shipped(lang).predict_proba(probe))


def test_a_changed_lexicon_is_refused_at_load(tone_model: ToneModel, tmp_path: Path) -> None:
    import skops.io as sio

    tone_model.save(tmp_path)
    state = sio.load(tmp_path / "tone.skops")
    state["languages"]["ru"]["lexicon"] = "0" * 16
    sio.dump(state, tmp_path / "tone.skops")
    with pytest.raises(ValueError, match="another lexicon"):
        ToneModel.load(tmp_path)


def test_windowed_vader_scores_as_the_stock_analyzer(data_dir: Path) -> None:
    """The look-backs handed a window of words give VADER's own scores: negation and idioms near the start,
    the middle and the end of short and long texts, and the English dev texts."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from consistency.classify.tone_lexicon import _vader
    from consistency.classify.tone_lexicon_words import EN_WORDS

    stock = SentimentIntensityAnalyzer()
    stock.lexicon.update(EN_WORDS)
    crafted = ["not bad", "Not bad at all, never so good, kind of great", "it was the bomb", "without doubt good",
               "at least it works", "no good", "this is not the worst but it isn't good either",
               "I haven't been happy, never this happy, yeah right", "good", "the shit", "cut the mustard great",
               "we got the kiss of death from support", "so not good", "was not the best",
               # the emoji copy and the words outside the lexicon (shortcuts of WindowedVader.polarity_scores)
               "love it 😍", "great 👍👍 but slow 😡", "  kind of good  ", "kind of", "very very good", "😀", "",
               "the service was kinda bad but the staff were extremely helpful :)", "not kind", "KIND OF GREAT"]
    dev = tone_split(data_dir, "en", "dev")[0]
    texts = crafted + dev + [" ".join(crafted * 5), " ".join(dev[:200])]
    assert _vader() is not stock and type(_vader()) is not SentimentIntensityAnalyzer
    assert [_vader().polarity_scores(t) for t in texts] == [stock.polarity_scores(t) for t in texts]
