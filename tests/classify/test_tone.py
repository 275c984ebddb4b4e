"""ToneModel: routing, bad input, skops round trip, deterministic training."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import numpy as np
import pytest

from consistency.classify.tone import TONE_FILE, ToneModel
from consistency.classify.tone_model import fit_language
from consistency.records import SUPPORTED_LANGS, TONES


def test_committed_model_covers_every_language(tone_model: ToneModel) -> None:
    assert sorted(tone_model.models) == sorted(SUPPORTED_LANGS)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Thank you so much, the staff were wonderful and fixed everything!", "en", "positive"),
        ("Worst service ever, I waited two hours and nobody helped. Terrible.", "en", "negative"),
        ("Спасибо большое, всё отлично, очень довольна!", "ru", "positive"),
        ("Ужасный сервис, деньги списали и не вернули, позор", "ru", "negative"),
        ("Makanannya enak sekali dan pelayanannya ramah, sangat puas!", "id", "positive"),
        ("Pelayanan buruk sekali, kecewa berat, tidak akan kembali lagi.", "id", "negative"),
    ],
)
def test_clear_cases_get_the_obvious_label(tone_model: ToneModel, text: str, lang: str, expected: str) -> None:
    langs, probs = tone_model.predict_proba([text])
    assert langs == [lang]
    assert tone_model.labels(langs, probs) == [expected]


def test_bad_input_gives_defined_results(tone_model: ToneModel) -> None:
    texts = ["", "   ", "😡😡😡", "x" * 100_000, "Ceci n'est pas du tout une phrase anglaise, vraiment.",
             " ".join(f"My parcel number {i} arrived late again and nobody called me back." for i in range(1500))]
    langs, probs = tone_model.predict_proba(texts)
    assert probs.shape == (len(texts), 3)
    assert langs[:5] == ["unsupported"] * 5
    assert np.isnan(probs[:5]).all()
    assert langs[5] == "en" and np.isclose(probs[5].sum(), 1.0)
    assert tone_model.labels(langs, probs)[:5] == [None] * 5


def test_non_string_text_is_treated_as_empty(tone_model: ToneModel) -> None:
    langs, probs = tone_model.predict_proba([None, 3.5], None)  # type: ignore[list-item]
    assert langs == ["unsupported", "unsupported"] and np.isnan(probs).all()


def test_probabilities_are_a_distribution(tone_model: ToneModel) -> None:
    texts = ["I love this bank", "Where is my refund?", "ok"]
    _, probs = tone_model.predict_proba(texts, ["en", "en", "en"])
    assert np.allclose(probs.sum(axis=1), 1.0) and (probs >= 0).all()


def test_skops_round_trip_keeps_predictions(tone_model: ToneModel, tmp_path: Path) -> None:
    tone_model.save(tmp_path)
    again = ToneModel.load(tmp_path)
    texts = ["Still no answer from support :(", "Vielen Dank, alles bestens!", "Takk for god hjelp"]
    hints = ["en", "de", "nb"]
    assert again.version == tone_model.version
    np.testing.assert_array_equal(again.predict_proba(texts, hints)[1], tone_model.predict_proba(texts, hints)[1])


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=TONE_FILE):
        ToneModel.load(tmp_path)


def test_model_file_with_foreign_types_is_refused(tmp_path: Path) -> None:
    from fractions import Fraction

    import skops.io as sio

    sio.dump({"version": "x", "languages": {}, "extra": Fraction(1, 3)}, tmp_path / TONE_FILE)
    with pytest.raises(ValueError, match="unexpected types"):
        ToneModel.load(tmp_path)


def test_training_is_deterministic(data_dir: Path) -> None:
    from consistency.classify.data import tone_split

    texts, labels = tone_split(data_dir, "nb", "train")  # a language whose data may train a shipped model
    texts, labels = texts[:400], labels[:400]
    a, _ = fit_language(texts, labels, "nb", seed=0)
    b, _ = fit_language(texts, labels, "nb", seed=0)
    probe = ["Takk for hjelpen", "Appen virker fortsatt ikke", "Jeg åpnet en konto"]
    np.testing.assert_array_equal(a.predict_proba(probe), b.predict_proba(probe))
    assert a.decide(a.predict_proba(probe))[0] in TONES


def test_prior_correction_moves_towards_the_common_prior() -> None:
    """A class the training data over-represents loses weight; a uniform training prior changes nothing."""
    from consistency.classify.tone_model import correct_prior

    probs = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3]])
    uniform = np.full(3, 1 / 3)
    np.testing.assert_allclose(correct_prior(probs, uniform), probs)
    skewed = correct_prior(probs, np.array([0.7, 0.2, 0.1]))  # negative-heavy training data, like airline tweets
    assert (skewed[:, 0] < probs[:, 0]).all() and (skewed[:, 2] > probs[:, 2]).all()
    np.testing.assert_allclose(skewed.sum(axis=1), 1.0)
    assert correct_prior(probs, None) is probs  # an artifact without a prior is read as before


def test_every_trained_language_corrects_its_training_prior(tone_model: ToneModel) -> None:
    from consistency.classify.tone_lexicon import LEXICON_LANGS

    for lang, model in tone_model.models.items():
        if lang in LEXICON_LANGS:
            assert model.prior is None, lang  # a lexicon learnt no class mix
        else:
            assert model.prior is not None and model.prior.sum() == pytest.approx(1.0), lang


def test_char_ngram_counts_equal_sklearns(tone_model: ToneModel) -> None:
    """TfidfBlock counts char n-grams per distinct word and word 1-2 grams in one pass, for speed; the counts
    must be sklearn's CountVectorizer ones."""
    from consistency.classify.features import prepare

    texts = ["Die Bahn ist schon wieder zu spät!!", "", "a", "ab cd", "  x\\n\\ny  ", "Pesanan saya belum sampai :(",
             "Takk for hjelpen, det fungerer nå.", "spät spät spät", "Überweisung fehlgeschlagen", "nicht gut nicht gut"]
    for lang in ("de", "id", "nb"):
        p = prepare(texts, lang)
        blocks = ((tone_model.models[lang].char, p.chars), (tone_model.models[lang].word, p.words))
        for (block, docs), _ in product(blocks, range(2)):  # the second pass reads the per-word cache
            ours, theirs = block.counts(docs), block._cv.transform(docs).astype(np.float32)
            assert ours.shape == theirs.shape and (ours != theirs).nnz == 0
            assert np.array_equal(ours.indices, theirs.indices) and np.array_equal(ours.indptr, theirs.indptr)


def test_char_ngram_word_cache_is_bounded_lru(tone_model: ToneModel, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running scorer keeps at most WORD_CACHE_SIZE words, dropping the least recently used, and the
    counts stay sklearn's whatever was evicted."""
    from consistency.classify import features

    monkeypatch.setattr(features, "WORD_CACHE_SIZE", 3)
    block = features.TfidfBlock(tone_model.models["de"].char.terms, tone_model.models["de"].char.idf, "char")
    for doc in ["zug bahn spät", "zug", "danke", "bahn danke zug wieder spät heute"]:
        ours, theirs = block.counts([doc]), block._cv.transform([doc]).astype(np.float32)
        assert (ours != theirs).nnz == 0 and np.array_equal(ours.indices, theirs.indices)
        assert len(block._word_terms) <= 3
        if doc == "danke":  # "zug" came in first but was used again, so "bahn" went
            assert list(block._word_terms) == ["spät", "zug", "danke"]
