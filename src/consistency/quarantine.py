"""Quarantine you can act on: keep the rejected file's bytes, list by run / rule / file, replay.

A rejected record keeps its lineage (file, row), the rule and message, a masked copy of the raw
record, and the hash and a stored copy of the file it came from, so nothing is lost even when
the export folder is cleaned up. ``replay`` re-reads quarantined records with today's connectors
and settings (after the cause is fixed) and stores the ones that now pass, each at most once.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consistency.config import Settings
from consistency.ledger import file_sha256
from consistency.normalize import Normalizer
from consistency.records import MysteryShopRecord, RawInteraction, Rejected
from consistency.store import models as m



def keep_file(path: Path, directory: Path) -> tuple[str | None, str | None]:
    """(sha256, stored copy) of a file, copied once into ``directory`` under its hash."""
    if not path.is_file():
        return None, None
    sha = file_sha256(path)
    copy = directory / sha[:2] / f"{sha}{path.suffix.lower()}"
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        tmp = copy.with_name(copy.name + ".part")
        shutil.copyfile(path, tmp)
        tmp.replace(copy)  # atomic: a copy is whole or absent
    return sha, str(copy.resolve())


def quarantine_rows(rejects: Sequence[Rejected], run_id: int | None, directory: Path,
                    copies: dict[str, tuple[str | None, str | None]]) -> list[dict[str, Any]]:
    """Quarantine rows for the store, each with its file's hash and stored copy (``copies`` caches per file)."""
    now = datetime.now(timezone.utc)
    rows = []
    for rej in rejects:
        if rej.file not in copies:
            try:
                copies[rej.file] = keep_file(Path(rej.file), directory)
            except OSError:
                copies[rej.file] = (None, None)  # a copy failing must not lose the record itself
        sha, copy = copies[rej.file]
        rows.append({**Normalizer.quarantine(rej, run_id, now), "content_sha256": sha, "stored_copy": copy})
    return rows


def list_quarantine(session: Session, *, source: str | None = None, rule: str | None = None,
                    file: str | None = None, run: int | None = None, include_replayed: bool = False,
                    limit: int | None = 200) -> list[m.Quarantine]:
    """Quarantined records filtered by source kind, rule (prefix), file (substring) and run."""
    q = m.Quarantine
    query = select(q)
    if source:
        query = query.where(q.source == source)
    if rule:
        query = query.where(q.rule.startswith(rule, autoescape=True))
    if file:
        query = query.where(q.file.contains(file, autoescape=True))
    if run is not None:
        query = query.where(q.run_id == run)
    if not include_replayed:
        query = query.where(q.replayed_at.is_(None))
    query = query.order_by(q.file, q.row.nulls_first(), q.rule)
    if limit:
        query = query.limit(limit)
    return list(session.execute(query).scalars())


@dataclass
class ReplayReport:
    """What a replay did: records stored now, records still failing (with their rules), files gone."""

    stored: int = 0
    still_quarantined: dict[str, int] = field(default_factory=dict)
    missing_files: list[str] = field(default_factory=list)
    examined: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"examined": self.examined, "stored": self.stored, "still_quarantined": self.still_quarantined,
                "missing_files": self.missing_files}


def _read_target(source: str, original: Path) -> Path:
    """What to hand the connector: e-mail threads span a folder, transcripts belong to their call log."""
    if source == "email":
        return original.parent
    if source == "phone" and original.suffix.lower() == ".json":
        return original.parent.parent
    return original


def replay(settings: Settings, *, rule: str | None = None, file: str | None = None, run: int | None = None,
           source: str | None = None) -> ReplayReport:
    """Re-read the quarantined records that match the filters and store the ones that now pass.

    The file is read where the lineage says (it may have been fixed in place) or, when it is gone,
    from the stored copy taken at quarantine time. A stored record's quarantine rows are marked
    replayed, so a later replay skips them: each record is stored at most once (and stores are
    upserts by stable id anyway).
    """
    from consistency.ingest import read_source
    from consistency.pipeline import IngestReport, _quarantine, _store_batch, open_store
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    engine = open_store(settings)
    with session_scope(engine) as session:
        run_id = repo.start_run(session, "quarantine_replay", None)
        pending = list_quarantine(session, source=source, rule=rule, file=file, run=run, limit=None)
    report = ReplayReport(examined=len(pending))
    ingest_report = IngestReport()
    groups: dict[tuple[str, str], list[m.Quarantine]] = defaultdict(list)
    for q in pending:
        groups[(q.source, q.file)].append(q)
    done: list[str] = []
    for (kind, name), rows in groups.items():
        original = Path(name)
        read_from = original
        if not original.exists():
            copy = next((Path(r.stored_copy) for r in rows if r.stored_copy and Path(r.stored_copy).is_file()), None)
            if copy is None:
                report.missing_files.append(name)
                continue
            # Read the copy under the original name, so lineage and quarantine ids stay the same.
            read_from = settings.quarantine_path / "replay" / original.name
            read_from.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copy, read_from)
        wanted_rows = {r.row for r in rows}
        whole_file = None in wanted_rows
        target = _read_target(kind, read_from)
        candidates: list[RawInteraction | MysteryShopRecord] = []
        failing: list[Rejected] = []
        for item in read_source(kind, target, settings.tz):
            if Path(item.file).resolve() != read_from.resolve():
                continue  # another file of the folder: not what this replay is about
            item.file = name
            if isinstance(item, Rejected):
                failing.append(item)
            elif whole_file or item.row in wanted_rows:
                candidates.append(item)
        still_file_level = any(f.row is None for f in failing)
        stored = _store_batch(engine, kind, candidates, settings, run_id, ingest_report, None) if candidates else []
        stored_rows = {s.row for s in stored}
        for r in rows:
            if (r.row is None and not still_file_level and not any(f.row is None for f in failing)) or \
                    (r.row is not None and r.row in stored_rows):
                done.append(r.id)
        report.stored += len(stored)
        _quarantine(engine, failing, run_id, ingest_report, settings)  # refreshed messages, same ids
        if read_from != original:
            read_from.unlink(missing_ok=True)
    now = datetime.now(timezone.utc)
    with session_scope(engine) as session:
        for qid in done:
            q = session.get(m.Quarantine, qid)
            if q is not None:
                q.replayed_at, q.replay_run_id = now, run_id
        remaining = list_quarantine(session, source=source, rule=rule, file=file, run=run, limit=None)
        for q in remaining:
            report.still_quarantined[q.rule] = report.still_quarantined.get(q.rule, 0) + 1
        repo.finish_run(session, run_id, "done", report.as_dict())
    return report
