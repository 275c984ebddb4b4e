"""Settings, read once from the environment so that the CLI, flows and tests agree."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parents[1]


def _default_models_dir() -> Path:
    return REPO_ROOT / "models"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know about its surroundings."""

    db_url: str = "sqlite:///consistency.db"
    data_dir: Path = REPO_ROOT.parent / "shared" / "data"  # labelled tone data (training only)
    models_dir: Path = field(default_factory=_default_models_dir)
    inbox: Path = Path("exports")  # where the nightly exports land
    reports_dir: Path = Path("reports")
    timezone: str = "UTC"  # the chain's local time zone: naive timestamps and business dates
    pseudonym_key: str = "change-me"  # keyed hash for agent/customer ids; set it in production
    fdr: float = 0.05  # Benjamini-Hochberg false-discovery level across cells tested in a run
    change_share: float | None = None  # part of that budget for drift tests (None: plain BH)
    history_days: int = 28  # how far back aggregate/detect look from the business date
    ingest_batch: int = 5_000  # records per load transaction (one COPY + upsert on PostgreSQL)
    # The nightly flow's Dask cluster: a scheduler address (tcp://host:8786) runs the partitions on
    # that cluster's workers; without one a LocalCluster of ``dask_workers`` processes (0: in-process).
    dask_address: str | None = None
    dask_workers: int = 2

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        env = os.environ
        values: dict[str, object] = {}
        mapping = {
            "CONSISTENCY_DB_URL": ("db_url", str),
            "CONSISTENCY_DATA_DIR": ("data_dir", Path),
            "CONSISTENCY_MODELS_DIR": ("models_dir", Path),
            "CONSISTENCY_INBOX": ("inbox", Path),
            "CONSISTENCY_REPORTS_DIR": ("reports_dir", Path),
            "CONSISTENCY_TIMEZONE": ("timezone", str),
            "CONSISTENCY_PSEUDONYM_KEY": ("pseudonym_key", str),
            "CONSISTENCY_FDR": ("fdr", float),
            "CONSISTENCY_CHANGE_SHARE": ("change_share", float),
            "CONSISTENCY_HISTORY_DAYS": ("history_days", int),
            "CONSISTENCY_INGEST_BATCH": ("ingest_batch", int),
            "CONSISTENCY_DASK_ADDRESS": ("dask_address", str),
            "CONSISTENCY_DASK_WORKERS": ("dask_workers", int),
        }
        for var, (name, cast) in mapping.items():
            if env.get(var):
                values[name] = cast(env[var])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
