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


DEFAULT_PSEUDONYM_KEY = "change-me"


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class DefaultKeyError(RuntimeError):
    """Real exports would be pseudonymised with the published default key: anyone could reverse it."""


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def parse_weights(text: str) -> tuple[tuple[str, float], ...]:
    """``"resolution_rate=3, csat=0.5"`` -> ``(("resolution_rate", 3.0), ("csat", 0.5))``: watch-list metric weights.

    A metric not named has weight 1; a weight must be a positive number and a name a known metric.
    """
    from consistency.aggregate import METRICS

    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in METRICS:
            raise ValueError(f"CONSISTENCY_WATCH_WEIGHTS: {part!r} is not metric=weight with a metric of {sorted(METRICS)}")
        weight = float(value)
        if not weight > 0 or weight == float("inf"):
            raise ValueError(f"CONSISTENCY_WATCH_WEIGHTS: the weight of {name} must be a positive number, not {value!r}")
        out.append((name, weight))
    return tuple(out)


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know about its surroundings."""

    db_url: str = "sqlite:///consistency.db"
    data_dir: Path = REPO_ROOT.parent / "shared" / "data"  # labelled tone data (training only)
    models_dir: Path = field(default_factory=_default_models_dir)
    inbox: Path = Path("exports")  # where the nightly exports land
    reports_dir: Path = Path("reports")
    timezone: str = "UTC"  # the chain's local time zone: naive timestamps and business dates
    pseudonym_key: str = DEFAULT_PSEUDONYM_KEY  # keyed hash for agent/customer ids; set it in production
    fdr: float = 0.05  # Benjamini-Hochberg false-discovery level across cells tested in a run
    change_share: float | None = None  # part of that budget for drift tests (None: plain BH)
    history_days: int = 28  # how far back aggregate/detect look from the business date
    watch_rate: float = 1.0  # expected false items on the watch list a night, chain-wide
    # each metric's share of that budget against a metric not named (weight 1); None: detect/watch.py's
    # WATCH_WEIGHTS (resolution 3). CONSISTENCY_WATCH_WEIGHTS="resolution_rate=1" splits it evenly.
    watch_weights: tuple[tuple[str, float], ...] | None = None
    quarantine_dir: Path | None = None  # stored copies of files with quarantined records (see quarantine_path)
    store_retry_seconds: float = 60.0  # how long a load waits for an unreachable database before giving up
    night_wait_seconds: float = 0.0  # how long an audit waits for another audit of the same date (0: refuse)
    # Audit with the default pseudonym key anyway (demo data only); CONSISTENCY_ALLOW_DEFAULT_KEY=1.
    allow_default_key: bool = field(default_factory=lambda: _flag(os.environ.get("CONSISTENCY_ALLOW_DEFAULT_KEY", "")))
    ingest_batch: int = 20_000  # records per load transaction (one COPY + upsert on PostgreSQL) and validation
    classify_batch: int = 5_000  # interactions labelled per transaction (and per worker task)
    # Read every source folder even when the ingest ledger says the same files were loaded already.
    ingest_force: bool = False
    # The nightly flow's Dask cluster: a scheduler address (tcp://host:8786) runs the partitions on
    # that cluster's workers; without one a LocalCluster of ``dask_workers`` processes (0: in-process).
    dask_address: str | None = None
    dask_workers: int = 2
    # Processes the plain pipeline (``consistency audit``, backfill) loads and classifies partitions
    # with, one per core by default; 1 runs everything in this process.
    local_workers: int = field(default_factory=lambda: _cores())

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def quarantine_path(self) -> Path:
        """Where copies of files with quarantined records go: the setting, else beside an SQLite store."""
        if self.quarantine_dir is not None:
            return self.quarantine_dir
        prefix = "sqlite:///"
        if self.db_url.startswith(prefix) and self.db_url != prefix + ":memory:":
            return Path(self.db_url[len(prefix):]).parent / "quarantine-files"
        return Path("quarantine-files")

    def require_real_key(self, demo: bool = False) -> None:
        """Refuse to pseudonymise real exports with the default key, unless this is a demo.

        The default key is in the source code, so its pseudonyms can be reversed by anyone who
        guesses an id; a demo's generated people are not real, so it may use it.
        """
        if demo or self.allow_default_key or self.pseudonym_key != DEFAULT_PSEUDONYM_KEY:
            return
        raise DefaultKeyError(
            "refusing to audit real exports with the default pseudonym key 'change-me': anyone can reverse "
            "its pseudonyms. Set a secret key, e.g. export CONSISTENCY_PSEUDONYM_KEY=\"$(openssl rand -hex 32)\" "
            "(keep it: changing it changes every pseudonym), or pass --demo / set CONSISTENCY_ALLOW_DEFAULT_KEY=1 "
            "for demo data.")

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
            "CONSISTENCY_WATCH_RATE": ("watch_rate", float),
            "CONSISTENCY_WATCH_WEIGHTS": ("watch_weights", parse_weights),
            "CONSISTENCY_QUARANTINE_DIR": ("quarantine_dir", Path),
            "CONSISTENCY_STORE_RETRY_SECONDS": ("store_retry_seconds", float),
            "CONSISTENCY_NIGHT_WAIT_SECONDS": ("night_wait_seconds", float),
            "CONSISTENCY_ALLOW_DEFAULT_KEY": ("allow_default_key", _flag),
            "CONSISTENCY_INGEST_BATCH": ("ingest_batch", int),
            "CONSISTENCY_INGEST_FORCE": ("ingest_force", _flag),
            "CONSISTENCY_CLASSIFY_BATCH": ("classify_batch", int),
            "CONSISTENCY_DASK_ADDRESS": ("dask_address", str),
            "CONSISTENCY_DASK_WORKERS": ("dask_workers", int),
            "CONSISTENCY_LOCAL_WORKERS": ("local_workers", int),
        }
        for var, (name, cast) in mapping.items():
            if env.get(var):
                values[name] = cast(env[var])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
