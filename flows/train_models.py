"""Rebuild the classification models from the labelled data, deterministically."""

from __future__ import annotations

from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from consistency.config import Settings


@task(cache_policy=NO_CACHE)
def train(seed: int) -> dict[str, Any]:
    from consistency.classify.train import train_all

    settings = Settings.from_env()
    return train_all(settings.data_dir, settings.models_dir, seed=seed)


@flow(name="train-models", log_prints=True)
def train_models(seed: int = 0) -> dict[str, Any]:
    """Train tone (and interaction) models from ``CONSISTENCY_DATA_DIR`` into ``CONSISTENCY_MODELS_DIR``."""
    metrics = train(seed)
    print(metrics)
    return metrics


if __name__ == "__main__":
    train_models()
