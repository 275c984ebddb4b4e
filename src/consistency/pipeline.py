"""The nightly audit as plain functions, one per step; Prefect flows and the CLI both call these.

ingest -> validate -> normalize -> store -> classify -> aggregate -> detect -> report
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
import json
import os
from dataclasses import asdict, dataclass, field
from functools import partial
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from consistency.config import Settings
from consistency.first_reads import FirstReads, compact, duplicates_across
from consistency.normalize import Normalizer
from consistency.records import MysteryShopRecord, RawInteraction, Rejected
from consistency.store import repository as repo
from consistency.store import models as m
from consistency.store.db import make_engine, refresh_planner_statistics, session_scope, upgrade
from consistency.store.locks import night_lock
from consistency.store.retry import is_connection_error, with_retry

Progress = Callable[[str, int], None]  # (what, how many just done)

Record = RawInteraction | MysteryShopRecord


@dataclass
class IngestReport:
    """What an ingest did: counts per kind, rejects per rule, duplicates merged, and the one-line messages."""

    interactions: Counter[str] = field(default_factory=Counter)
    mystery_shop: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    file_errors: list[str] = field(default_factory=list)
    duplicates: int = 0  # records whose id was already read from another file / row of the same partition
    notes: list[str] = field(default_factory=list)  # what was repaired on the way (encoding, NUL bytes, renamed type)
    duplicate_examples: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)  # source folders read (each file hashed, parsed, validated)
    processes: set[int] = field(default_factory=set)  # the process ids that read them (the local pool's workers)
    skipped: list[str] = field(default_factory=list)  # source folders already loaded from the same bytes
    seen: dict[str, str] = field(default_factory=dict, repr=False)  # the partition being read: id -> "file:row"
    first_reads: list[FirstReads] = field(default_factory=list, repr=False)  # each partition read, compact
    copies: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, repr=False)
    stored_by_file: Counter[str] = field(default_factory=Counter, repr=False)  # the ledger's counts
    quarantined_by_file: Counter[str] = field(default_factory=Counter, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"interactions": dict(self.interactions), "mystery_shop": self.mystery_shop,
                "quarantined": dict(self.quarantined), "file_errors": self.file_errors,
                "duplicates": self.duplicates + duplicates_across([*self.first_reads, compact(self.seen)]),
                "duplicate_examples": self.duplicate_examples, "notes": self.notes,
                "read": self.read, "skipped": self.skipped, "processes": len(self.processes)}


def open_store(settings: Settings) -> Engine:
    """Engine for the configured store, schema migrated to head."""
    upgrade(settings.db_url)
    return make_engine(settings.db_url)


def ingest(engine: Engine, root: Path, settings: Settings, run_id: int | None = None,
           progress: Progress | None = None, batch_size: int | None = None) -> IngestReport:
    """Read every source folder under ``root``, validate, normalize and upsert; bad records to quarantine.

    The folders are loaded by ``settings.local_workers`` processes at once (``consistency.parallel``).
    """
    report = IngestReport()
    parts = night_partitions(root)
    url = _url(engine)
    if _pooled(settings, url, len(parts)):
        from consistency.parallel import map_partitions
        from consistency.validate import warm_up

        warm_up()  # the workers are forked with Great Expectations imported and its context built
        done = (lambda part, r: progress(part[0], sum(r.interactions.values()) + r.mystery_shop)) if progress else None
        reports = map_partitions(partial(_on_own_engine, url, _ingest_part, settings, run_id, batch_size), parts,
                                 settings.local_workers, url, done)
    else:
        reports = [ingest_partition(engine, kind, folder, settings, run_id, progress, batch_size)
                   for kind, folder in parts]
    for part in reports:
        _merge(report, part)
    return report


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _pooled(settings: Settings, url: str, partitions: int) -> bool:
    """Whether a step's partitions go to a process pool: more than one of each, and a store others can open."""
    from consistency.parallel import can_fork

    return settings.local_workers > 1 and partitions > 1 and can_fork(url)


def _on_own_engine(url: str, work: Callable[..., Any], *args: Any) -> Any:
    """``work(engine, *args)`` in a pool worker, on an engine of its own (the parent's are not for it)."""
    engine = make_engine(url)
    try:
        return work(engine, *args)
    finally:
        engine.dispose()


def _ingest_part(engine: Engine, settings: Settings, run_id: int | None, batch_size: int | None,
                 part: tuple[str, Path]) -> IngestReport:
    return ingest_partition(engine, part[0], part[1], settings, run_id, None, batch_size)


def night_partitions(root: Path) -> list[tuple[str, Path]]:
    """The night split into independent loads: one (kind, source folder) each, in a stable order.

    Partitions share no rows (an interaction's id hashes its source and native id), so they load in
    any order, in parallel, and a partition loaded twice upserts the same rows.
    """
    from consistency.ingest import discover

    return [(kind, folder) for kind, folders in discover(root).items() for folder in folders]


def ingest_partition(engine: Engine, kind: str, folder: Path, settings: Settings, run_id: int | None = None,
                     progress: Progress | None = None, batch_size: int | None = None) -> IngestReport:
    """Read, validate, normalize and upsert one source folder, one batch (one transaction) at a time.

    A folder whose files (paths, sizes, SHA-256) and reader match its last complete load is skipped
    (``consistency.ledger``; ``settings.ingest_force`` reads it anyway); the ledger is written once
    the folder's last batch is stored.
    """
    from consistency import ledger
    from consistency.ingest import read_source

    report = IngestReport()
    found, reader = ledger.manifest(folder), ledger.reader_id(settings)
    loaded, why = with_retry(lambda: ledger.check(engine, found, reader), engine,
                             f"reading the ingest ledger of {found.folder}", settings.store_retry_seconds)
    if loaded and not settings.ingest_force:
        report.skipped.append(found.folder)
        return report
    if why is not None:
        report.notes.append(why)
    report.read.append(found.folder)
    report.processes.add(os.getpid())
    batch: list[Record] = []
    for item in read_source(kind, folder, settings.tz):
        if isinstance(item, Rejected):
            _quarantine(engine, [item], run_id, report, settings)
            continue
        _note(report, item)
        batch.append(item)
        if len(batch) >= (batch_size or settings.ingest_batch):
            _store_batch(engine, kind, batch, settings, run_id, report, progress)
            batch = []
    _store_batch(engine, kind, batch, settings, run_id, report, progress)
    report.first_reads, report.seen = [compact(report.seen)], {}  # what the load's other partitions compare with
    with_retry(lambda: ledger.record(engine, kind, found, reader, run_id, _by_path(report.stored_by_file),
                                     _by_path(report.quarantined_by_file)),
               engine, f"recording the load of {found.folder}", settings.store_retry_seconds)
    return report


def _by_path(counts: Counter[str]) -> Counter[str]:
    """Counts keyed by a record's ``file`` as the connector named it, re-keyed by absolute path."""
    return Counter({str(Path(name).resolve()): n for name, n in counts.items()})


def night_branches(engine: Engine, business_date: date) -> list[str]:
    """Branches with interactions on ``business_date``: the night's classification partitions."""
    with session_scope(engine) as session:
        return repo.branches_on(session, business_date)


def _note(report: IngestReport, item: Record) -> None:
    """Keep each file note once (a note rides on every record of its file)."""
    for note in getattr(item, "extra", {}).get("notes", []):
        for part in note.split("; "):
            if part not in report.notes:
                report.notes.append(part)


def _store_batch(engine: Engine, kind: str, batch: list[Record], settings: Settings,
                 run_id: int | None, report: IngestReport, progress: Progress | None) -> list[Record]:
    """Validate and store one batch; returns the records stored (the rest are in quarantine)."""
    if not batch:
        return []
    from consistency.validate import validate_batch

    good, bad = validate_batch(kind, batch)
    _quarantine(engine, bad, run_id, report, settings)
    normalizer = Normalizer(settings.tz, settings.pseudonym_key)
    prepared = [(raw, *_rows(normalizer, raw, run_id)) for raw in good]
    _count_duplicates(report, prepared)
    try:
        _save(engine, kind, prepared, report, settings)
        stored = good
    except DBAPIError as exc:
        if is_connection_error(exc):
            raise
        # One bad record must never stop the night: store record by record, quarantine the refused.
        stored = []
        for item in prepared:
            try:
                _save(engine, kind, [item], report, settings)
                stored.append(item[0])
            except DBAPIError as one:
                if is_connection_error(one):
                    raise
                reason = " ".join(str(one.orig or one).split())[:300]
                raw = item[0]
                _quarantine(engine, [Rejected(kind, raw.file, raw.row, "store_refused",
                                              f"the database refused the record: {reason}",
                                              raw=json.dumps(asdict(raw), default=str, ensure_ascii=False))],
                            run_id, report, settings)
    report.stored_by_file.update(raw.file for raw in stored)
    if progress:
        progress(kind, len(batch))
    return stored


def _rows(normalizer: Normalizer, raw: Record, run_id: int | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if isinstance(raw, MysteryShopRecord):
        return normalizer.mystery(raw, run_id), []
    return normalizer.interaction(raw, run_id)


def _count_duplicates(report: IngestReport, prepared: list[tuple[Record, dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Count records whose id another file or row of this load already gave: the store keeps one."""
    for raw, row, _ in prepared:
        where = f"{raw.file}:{raw.row}"
        first = report.seen.setdefault(row["id"], where)
        if first != where:
            report.duplicates += 1
            if len(report.duplicate_examples) < 20:
                report.duplicate_examples.append(f"{row['native_id']} at {where} merged with {first}")


def _save(engine: Engine, kind: str, prepared: list[tuple[Record, dict[str, Any], list[dict[str, Any]]]],
          report: IngestReport, settings: Settings) -> None:
    def write() -> int:
        with session_scope(engine) as session:
            if kind == "mystery_shop":
                return repo.save_mystery(session, [row for _, row, _ in prepared])
            return repo.save_interactions(session, [row for _, row, _ in prepared],
                                          [t for _, _, turns in prepared for t in turns])

    sent = with_retry(write, engine, f"storing {len(prepared)} {kind} record(s)", settings.store_retry_seconds)
    if kind == "mystery_shop":
        report.mystery_shop += sent
    else:
        report.interactions[kind] += sent


def _quarantine(engine: Engine, rejects: Sequence[Rejected], run_id: int | None, report: IngestReport,
                settings: Settings | None = None) -> None:
    if not rejects:
        return
    from consistency.quarantine import quarantine_rows

    rows = quarantine_rows(rejects, run_id, (settings or Settings()).quarantine_path, report.copies)

    def write() -> int:
        with session_scope(engine) as session:
            return repo.save_quarantine(session, rows)

    with_retry(write, engine, f"quarantining {len(rows)} record(s)",
               (settings or Settings()).store_retry_seconds)
    for r in rejects:
        report.quarantined[r.rule] += 1
        report.quarantined_by_file[r.file] += 1
        if r.row is None:
            report.file_errors.append(str(r))


def classify(engine: Engine, settings: Settings, start: date, end: date, branches: Sequence[str] | None = None,
             progress: Progress | None = None, batch_size: int | None = None) -> int:
    """Label every interaction in [start, end] that the current models have not labelled yet.

    The unlabelled ids are cut into batches (``settings.classify_batch``, in id order); with several
    batches and ``settings.local_workers`` > 1 the batches go to forked worker processes, which share
    the models loaded here. Each process labels the same batches one process would, so the labels are
    the same to the last bit.
    """
    from consistency.classify import InteractionClassifier

    classifier = InteractionClassifier.load_cached(settings.models_dir)
    size = batch_size or settings.classify_batch
    with session_scope(engine) as session:
        ids = repo.pending_ids(session, start, end, classifier.version, branches)
    batches = [ids[i:i + size] for i in range(0, len(ids), size)]
    url = _url(engine)
    if _pooled(settings, url, len(batches)):
        from consistency.parallel import map_partitions

        # Label a sample here and throw it away: the spaCy pipelines, language detector and lexicons of
        # the night's languages are then built once, in this process, and every forked worker has them.
        with session_scope(engine) as session:
            classifier.classify(repo.interaction_texts(session, ids[::max(1, len(ids) // 200)][:200]))
        labelled = (lambda batch, n: progress("classify", n)) if progress else None
        return sum(map_partitions(partial(_on_own_engine, url, _classify_batch, settings), batches, settings.local_workers, url,
                                  labelled))
    done = 0
    for batch in batches:
        done += _classify_batch(engine, settings, batch)
        if progress:
            progress("classify", len(batch))
    return done


def _classify_batch(engine: Engine, settings: Settings, ids: list[str]) -> int:
    """Label one batch in one transaction: a night stopped later (SIGTERM, a crash) keeps these labels,
    and the re-run labels only the rest, each interaction once."""
    from consistency.classify import InteractionClassifier

    classifier = InteractionClassifier.load_cached(settings.models_dir)
    with session_scope(engine) as session:
        return repo.save_classifications(session, classifier.classify(repo.interaction_texts(session, ids)))


def calibrate_resolution_from_store(engine: Engine, settings: Settings, progress: Progress | None = None) -> dict:
    """Learn from the deployment's own history: move the resolution weights towards "no repeat contact in 7 days".

    Customers are split by a hash of their id: half fit, half score before / after, so the figures are
    on contacts the calibration never saw. Writes ``resolution.json`` only when it had enough to learn from.
    """
    import hashlib

    import numpy as np

    from consistency.aggregate import add_journey_columns
    from consistency.classify import InteractionClassifier
    from consistency.classify.resolution import signal_matrix
    from consistency.classify.resolution_train import calibrate_on_repeats

    classifier = InteractionClassifier.load(settings.models_dir)
    parts, customers, starts = [], [], []
    with session_scope(engine) as session:
        for items, custs, times in repo.journey_texts(session):
            _, feats, probs = classifier.features(items)
            parts.append(signal_matrix(items, feats, probs))
            customers += custs
            starts += times
            if progress:
                progress("read history", len(items))
    if not parts:
        return {"rows": 0, "skipped": "the store holds no interactions"}
    journeys = add_journey_columns(pd.DataFrame({"customer": customers, "started_at": starts}))
    came_back = np.where(journeys["fcr"].isna(), np.nan, 1.0 - journeys["fcr"].to_numpy(dtype=float))
    fit_rows = np.array([c is not None and int(hashlib.sha256(c.encode()).hexdigest(), 16) % 2 == 0
                         for c in customers])
    model, metrics = calibrate_on_repeats(classifier.resolution, np.vstack(parts), came_back, fit_rows)
    if "skipped" not in metrics:
        metrics["artifact"] = str(model.save(settings.models_dir))
        metrics["version"] = model.version
    return metrics


@dataclass
class Analysis:
    """Everything aggregate and detect produced for one business date; the report reads it."""

    business_date: date
    interactions: pd.DataFrame
    cells_day: pd.DataFrame
    cells_week: pd.DataFrame
    detection: Any  # consistency.detect.DetectionResult


DETECT_SOURCES = ("stats", "rows")


def analyse(engine: Engine, settings: Settings, business_date: date, run_id: int | None = None,
            branches: Sequence[str] | None = None, detect_from: str = "stats") -> Analysis:
    """Aggregate the history window ending at ``business_date``, detect, and store cells and flags.

    ``detect_from="stats"`` (the night's way): detection reads the window's stored statistics and,
    for the flags' evidence, the interactions of the flagged patterns only. ``"rows"`` (full-window
    mode): it reads every raw row of the window; the result is the same.
    """
    from consistency import cellstats
    from consistency.detect import run_detection

    if detect_from not in DETECT_SOURCES:
        raise ValueError(f"detect_from must be one of {DETECT_SOURCES}, not {detect_from!r}")
    start = business_date - timedelta(days=settings.history_days - 1)
    with session_scope(engine) as session:
        mystery = repo.mystery_frame(session, start, business_date)
    # The night writes its own day's statistics (and the days whose FCR it settles); the sums over the
    # window equal cell_metrics over the raw rows, and detection's sums equal those of the raw rows.
    refresh_planner_statistics(engine, [m.Interaction, m.Classification])  # the night's rows are new to the planner
    cellstats.refresh_night(engine, business_date, settings.history_days)
    refresh_planner_statistics(engine, [m.CellStat])
    stats = cellstats.load_patterns(engine, start, business_date, branches)
    cells_day = cellstats.cell_metrics_from_stats(stats, "day") if not stats.empty else pd.DataFrame()
    cells_week = cellstats.cell_metrics_from_stats(stats, "week") if not stats.empty else pd.DataFrame()
    if detect_from == "stats":
        frame = stats
        contacts = cellstats.pattern_contacts(engine, stats, start, business_date, settings.history_days)
    else:
        frame = cellstats.window_rows(engine, start, business_date, settings.history_days, branches)
        contacts = None
    detection = run_detection(frame, mystery, business_date, fdr=settings.fdr, change_share=settings.change_share,
                              watch_rate=settings.watch_rate, contacts=contacts,
                              watch_weights=None if settings.watch_weights is None else dict(settings.watch_weights))
    with session_scope(engine) as session:
        repo.save_aggregates(session, cells_day, "day")
        repo.save_aggregates(session, cells_week, "week")
        repo.save_flags(session, detection.flags, business_date, run_id, replace=branches is None)
        repo.save_night_cells(session, detection.funnel, business_date, branches)
        repo.save_watch_items(session, detection.watch, business_date, run_id, branches)
    return Analysis(business_date, frame, cells_day, cells_week, detection)


def watch_summary(detection: Any) -> dict[str, Any]:
    """The night's watch list in a run's result: counts by status and the live items."""
    from consistency.detect.watch import live

    items = detection.watch
    return {"watching": sum(i.status == "watching" for i in items),
            "promoted": sum(i.status == "promoted" for i in items),
            "retired": sum(i.status == "retired" for i in items),
            "bright_spots": len(detection.bright_spots),
            "items": [{k: v for k, v in i.as_dict().items() if k != "path"} for i in live(items)]}


def write_report(engine: Engine, settings: Settings, analysis: Analysis) -> Path:
    """Write the HTML report and the flags CSV for one business date; returns the HTML path."""
    from consistency.report import write_report as render

    with session_scope(engine) as session:
        flags = repo.list_flags(session, analysis.business_date)
        top = [i for f in flags for i in (f.details or {}).get("top_interactions", [])[:5]]
        evidence = repo.evidence_for(session, top)
        quarantined = repo.counts(session)["quarantine"]
    try:
        return render(analysis, flags, evidence, settings.reports_dir, quarantined=quarantined)
    except OSError as exc:  # disk full, read-only mount, permissions: the store is already complete
        raise ReportError(
            f"cannot write the report for {analysis.business_date} to {settings.reports_dir}: "
            f"{exc.strerror or exc} ({exc.filename or settings.reports_dir}). The store is intact (interactions, "
            f"labels, aggregates and flags of this night are saved); free space and run "
            f"`consistency report --date {analysis.business_date}`.") from None


class ReportError(RuntimeError):
    """The report could not be written; everything before it is stored."""


def audit(settings: Settings, business_date: date, source: Path | None = None,
          branches: Sequence[str] | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """The whole night without Prefect: what ``consistency audit`` runs and the flow mirrors."""
    settings.require_real_key()
    engine = open_store(settings)
    with night_lock(engine, business_date, settings.night_wait_seconds):
        with session_scope(engine) as session:
            run_id = repo.start_run(session, "audit", business_date)
        stats: dict[str, Any] = {}
        try:
            folder = source if source is not None else night_folder(settings, business_date)
            if folder is not None and folder.exists():
                stats["ingest"] = ingest(engine, folder, settings, run_id, progress).as_dict()
            # the night only: earlier days were labelled on their own nights (``backfill`` relabels a range)
            stats["classified"] = classify(engine, settings, business_date, business_date, branches, progress)
            analysis = analyse(engine, settings, business_date, run_id, branches)
            stats["flags"] = len(analysis.detection.flags)
            stats["watch"] = watch_summary(analysis.detection)
            stats["report"] = str(write_report(engine, settings, analysis))
        except Exception as exc:
            stats["error"] = str(exc)
            with session_scope(engine) as session:
                repo.finish_run(session, run_id, "failed", stats)
            raise
        with session_scope(engine) as session:
            repo.finish_run(session, run_id, "done", stats)
    return stats


def night_folder(settings: Settings, business_date: date) -> Path | None:
    """The inbox folder of one night (``<inbox>/<YYYY-MM-DD>``), or None when it has not arrived."""
    folder = settings.inbox / business_date.isoformat()
    return folder if folder.is_dir() else None


def backfill(settings: Settings, first: date, last: date, progress: Progress | None = None) -> dict[str, Any]:
    """Ingest and classify every night from ``first`` to ``last``, then analyse and report ``last``.

    Detection looks at the whole history window anyway (drift alarms carry their own dates), so
    one analysis at the end gives the same flags as re-running every night, at a fraction of the cost.
    """
    settings.require_real_key()
    engine = open_store(settings)
    with session_scope(engine) as session:
        run_id = repo.start_run(session, "backfill", last)
    stats: dict[str, Any] = {"days": 0, "ingest": IngestReport()}
    day = first
    while day <= last:
        folder = night_folder(settings, day)
        if folder is not None:
            _merge(stats["ingest"], ingest(engine, folder, settings, run_id, progress))
        stats["days"] += 1
        day += timedelta(days=1)
    return _finish(engine, settings, stats, first, last, run_id, progress)


def demo_audit(settings: Settings, exports: Path, last: date, progress: Progress | None = None) -> dict[str, Any]:
    """Ingest a whole generated export tree at once, then classify, analyse and report its last date."""
    engine = open_store(settings)
    with session_scope(engine) as session:
        run_id = repo.start_run(session, "demo", last)
    stats: dict[str, Any] = {"ingest": ingest(engine, exports, settings, run_id, progress)}
    first = last - timedelta(days=settings.history_days - 1)
    return _finish(engine, settings, stats, first, last, run_id, progress)


def _finish(engine: Engine, settings: Settings, stats: dict[str, Any], first: date, last: date, run_id: int,
            progress: Progress | None) -> dict[str, Any]:
    stats["ingest"] = stats["ingest"].as_dict()
    stats["classified"] = classify(engine, settings, first, last, None, progress)
    analysis = analyse(engine, settings, last, run_id)
    stats["flags"] = len(analysis.detection.flags)
    stats["watch"] = watch_summary(analysis.detection)
    stats["report"] = str(write_report(engine, settings, analysis))
    with session_scope(engine) as session:
        repo.finish_run(session, run_id, "done", stats)
    return stats


def _merge(total: IngestReport, part: IngestReport) -> None:
    total.interactions.update(part.interactions)
    total.mystery_shop += part.mystery_shop
    total.quarantined.update(part.quarantined)
    total.file_errors.extend(part.file_errors)
    total.duplicates += part.duplicates
    total.first_reads += [*part.first_reads, compact(part.seen)]  # duplicates across partitions: as_dict counts them
    total.duplicate_examples.extend(part.duplicate_examples[: max(0, 20 - len(total.duplicate_examples))])
    total.notes.extend(n for n in part.notes if n not in total.notes)
    total.read.extend(part.read)
    total.processes |= part.processes
    total.skipped.extend(part.skipped)


def upload_mystery_shop(settings: Settings, path: Path) -> IngestReport:
    """Load one vendor scorecard file (CSV/XLSX) or a folder of them into the store."""
    from consistency.ingest import read_mystery_shop_file

    settings.require_real_key()
    engine = open_store(settings)
    with session_scope(engine) as session:
        run_id = repo.start_run(session, "mystery_shop_upload", None)
    report = IngestReport()
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in {".csv", ".xlsx"}) if path.is_dir() else [path]
    for file in files:
        batch: list[RawInteraction | MysteryShopRecord] = []
        for item in read_mystery_shop_file(file, settings.tz):
            if isinstance(item, Rejected):
                _quarantine(engine, [item], run_id, report, settings)
            else:
                batch.append(item)
        _store_batch(engine, "mystery_shop", batch, settings, run_id, report, None)
    with session_scope(engine) as session:
        repo.finish_run(session, run_id, "done", report.as_dict())
    return report


def airline_check(settings: Settings, fdr: float | None = None) -> Path:
    """The real-data check: detection on the airline tweets (airlines as branches), as an HTML report."""
    from consistency.detect.airline import airline_detection
    from consistency.report import write_report as render

    folder = settings.data_dir / "tone" / "en_airline"
    if not (folder / "train.csv").is_file():
        raise FileNotFoundError(f"{folder}: airline data not found (set CONSISTENCY_DATA_DIR)")
    result, frame = airline_detection(folder, fdr=settings.fdr if fdr is None else fdr)
    cells = result.funnel.rename(columns={"observed": "value"})[["metric", "branch", "channel", "value", "n"]]
    last = frame["business_date"].max().date()
    topics = frame["topic"].value_counts(normalize=True)
    notes = [
        f"Twitter US Airline Sentiment (train + dev, {len(frame)} tweets, {frame['branch'].nunique()} airlines, "
        f"{frame['business_date'].min().date()} to {last}); each airline is a branch, tweets are the channel 'social'.",
        "Adjusted for topic (what the tweet is about: " + ", ".join(f"{t} {100 * s:.0f}%" for t, s in topics.items())
        + ") and hour of day. With six airlines the between-airline spread is large; z 'chance alone' ignores it, "
        "flags use the spread-adjusted z (Spiegelhalter 2005).",
    ]
    analysis = Analysis(last, frame, cells, pd.DataFrame(), result)
    return render(analysis, result.flags, {}, settings.reports_dir, title="Real-data check: US airline tweets",
                  name="airline-check", notes=notes)


def score_demo(settings: Settings, planted: Path, business_date: date) -> Any:
    """The stored flags of a demo audit scored against its planted truth (a ``demo.truth.TruthMatch``)."""
    import json

    from consistency.demo.truth import match_flags
    from consistency.normalize import pseudonymise

    with session_scope(make_engine(settings.db_url)) as session:
        flags = repo.list_flags(session, business_date)
        return match_flags(flags, json.loads(planted.read_text(encoding="utf-8")),
                           lambda agent: pseudonymise(agent, settings.pseudonym_key, "ag"))
