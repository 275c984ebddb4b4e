"""Upload a mystery-shop vendor scorecard (CSV/XLSX) as one more source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from consistency import pipeline
from consistency.config import Settings


@task(retries=2, retry_delay_seconds=10, cache_policy=NO_CACHE)
def load_scorecards(path: str) -> dict[str, Any]:
    return pipeline.upload_mystery_shop(Settings.from_env(), Path(path)).as_dict()


@flow(name="mystery-shop-upload", log_prints=True)
def mystery_shop_upload(path: str) -> dict[str, Any]:
    """Validate and store a scorecard file; the next audit compares it with the logs."""
    stats = load_scorecards(path)
    print(f"{stats['mystery_shop']} mystery-shop results stored, {sum(stats['quarantined'].values())} quarantined")
    return stats


if __name__ == "__main__":
    import sys

    mystery_shop_upload(sys.argv[1])
