"""Shared fixtures: the committed tone model and the labelled data folder (skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.config import Settings


@pytest.fixture(scope="session")
def models_dir() -> Path:
    path = Settings.from_env().models_dir
    if not (path / "tone.skops").is_file():
        pytest.fail(f"{path / 'tone.skops'} missing: the trained model is committed; run `consistency train`")
    return path


@pytest.fixture(scope="session")
def tone_model(models_dir: Path):
    from consistency.classify.tone import ToneModel

    return ToneModel.load(models_dir)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = Settings.from_env().data_dir
    if not (path / "tone").is_dir():
        pytest.skip(f"labelled data not found at {path / 'tone'} (set CONSISTENCY_DATA_DIR)")
    return path
