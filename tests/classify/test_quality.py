"""The trained tone method beats the plain TF-IDF + LR floor on dev in de/id/nb, and is calibrated.

The floor is trained here, on the full train split, so the comparison is fair and can fail. The
shipped model is refitted on train + dev, so scoring it on dev would flatter it: "ours" are the dev
figures `consistency train` recorded for the same code fitted on train only (tone_metrics.json,
checked to belong to the shipped artifact), and one language is refitted here to confirm them.
en and ru are lexicon scorers (their data may not ship in a model): they are held to beating a
no-skill answer, not the floor learnt from that data (the model card gives the gap); their recorded
figures are recomputed in test_tone_lexicon.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.classify.data import tone_split
from consistency.classify.floor import fit_floor
from consistency.classify.metrics import expected_calibration_error, macro_f1
from consistency.classify.tone import ToneModel
from consistency.classify.tone_lexicon import LEXICON_LANGS
from consistency.classify.tone_model import fit_language
from consistency.records import SUPPORTED_LANGS, TONES

TRAINED = tuple(lang for lang in SUPPORTED_LANGS if lang not in LEXICON_LANGS)
pytestmark = pytest.mark.slow  # trains five floors on full train (~30 s on 2 idle cores)


def _floor_f1(data_dir: Path, lang: str) -> float:
    train_x, train_y = tone_split(data_dir, lang, "train")
    dev_x, dev_y = tone_split(data_dir, lang, "dev")
    return macro_f1(dev_y, list(fit_floor(train_x, train_y).predict(dev_x)))


@pytest.fixture(scope="module")
def floors(data_dir: Path) -> dict[str, float]:
    from joblib import Parallel, delayed

    # Five floors on full train take ~50 s on one core; two workers halve that.
    scores = Parallel(n_jobs=2)(delayed(_floor_f1)(data_dir, lang) for lang in TRAINED)
    return dict(zip(TRAINED, scores))


@pytest.fixture(scope="module")
def ours(models_dir: Path, tone_model: ToneModel) -> dict[str, tuple[float, float]]:
    metrics = json.loads((models_dir / "tone_metrics.json").read_text())
    assert metrics["version"] == tone_model.version, "tone_metrics.json is not from the shipped model's run"
    return {lang: (m["dev_macro_f1"], m["dev_ece"]) for lang, m in metrics["languages"].items()}


def test_recorded_dev_figures_are_reproduced(data_dir: Path, ours: dict[str, tuple[float, float]]) -> None:
    """Refit the smallest language on train and score dev: the recorded figure is what the code gives."""
    train_x, train_y = tone_split(data_dir, "de", "train")
    dev_x, dev_y = tone_split(data_dir, "de", "dev")
    model, _ = fit_language(train_x, train_y, "de")
    probs = model.predict_proba(dev_x)
    # Not to the last digit: lbfgs stops at a tolerance, and the CPU's BLAS kernels and the scikit-learn
    # release move where (seen: 0.5458 recorded, 0.5430 on an AVX-512 machine with scikit-learn 1.9.1, the
    # same code and data). The bounds are about twice that drift: a recipe change smaller than them passes here.
    assert macro_f1(dev_y, model.decide(probs)) == pytest.approx(ours["de"][0], abs=0.005)
    assert expected_calibration_error(dev_y, probs, TONES) == pytest.approx(ours["de"][1], abs=0.003)


@pytest.mark.parametrize("lang", TRAINED)
def test_beats_floor_on_dev(lang: str, floors: dict[str, float], ours: dict[str, tuple[float, float]]) -> None:
    assert ours[lang][0] > floors[lang], f"{lang}: ours {ours[lang][0]:.3f} vs floor {floors[lang]:.3f}"


def test_beats_floor_by_three_points_on_average(floors: dict[str, float], ours: dict[str, tuple[float, float]]) -> None:
    gain = sum(ours[lang][0] - floors[lang] for lang in TRAINED) / len(TRAINED)
    assert gain >= 0.03, f"mean macro-F1 gain {gain:+.3f} over the trained languages"


@pytest.mark.parametrize("lang", LEXICON_LANGS)
def test_lexicon_beats_the_majority_answer_on_dev(lang: str, data_dir: Path, ours: dict[str, tuple[float, float]]) -> None:
    """Always answering the dev split's commonest class scores about 0.26 macro-F1; a lexicon must read tone."""
    _, dev_y = tone_split(data_dir, lang, "dev")
    majority = max(set(dev_y), key=dev_y.count)
    baseline = macro_f1(dev_y, [majority] * len(dev_y))
    assert ours[lang][0] > baseline + 0.2, f"{lang}: lexicon {ours[lang][0]:.3f} vs majority {baseline:.3f}"


@pytest.mark.parametrize("lang", TRAINED)
def test_calibrated_on_dev(lang: str, ours: dict[str, tuple[float, float]]) -> None:
    # The half-way prior correction moves probabilities away from each corpus's own class mix on
    # purpose (model card, "Bias"), so ECE against that mix is allowed a little more than 0.05.
    assert ours[lang][1] < 0.08, f"{lang}: ECE {ours[lang][1]:.3f}"


def test_artifacts_are_small(models_dir: Path) -> None:
    size = sum(p.stat().st_size for p in models_dir.rglob("*") if p.is_file())
    assert size < 30_000_000, f"models/ is {size / 1e6:.1f} MB"
