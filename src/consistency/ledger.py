"""The ingest ledger: which source folders were loaded whole, from which bytes, by which reader.

A re-run of a night used to re-read, re-validate and re-write every export file. Before a source
folder (an ingest partition) is read, its manifest is taken: every file under it with its size and
SHA-256. When the last complete load of that folder had the same manifest and the same reader (the
connectors' version, the time zone and the pseudonym key, which all shape the stored rows), the
folder is skipped: what it holds is stored already. Any added, removed or changed file re-reads the
whole folder (records span files: an e-mail thread, a call log and its transcripts), and
``Settings.ingest_force`` re-reads anyway. The ledger is written only after the last batch of a
folder is stored, so a load cut short (a crash, the database gone) is read again next time.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, select

from consistency.config import Settings
from consistency.store import models as m
from consistency.store.db import session_scope, upsert

# Bump when a connector or the normaliser changes what a file turns into: every folder is read again.
READER_VERSION = "2"  # 2: e-mail threads are read across neighbouring nights


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, streamed."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@dataclass(frozen=True)
class Manifest:
    """A source folder as it is now: (absolute path, size, SHA-256) of every file, in path order."""

    folder: str
    files: tuple[tuple[str, int, str], ...]

    @property
    def sha256(self) -> str:
        lines = "".join(f"{path}\t{size}\t{sha}\n" for path, size, sha in self.files)
        return hashlib.sha256(lines.encode("utf-8")).hexdigest()

    @property
    def size(self) -> int:
        return sum(size for _, size, _ in self.files)


def manifest(folder: Path) -> Manifest:
    """Every regular file under ``folder`` (or ``folder`` itself when it is a file), hashed."""
    root = Path(folder).resolve()
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return Manifest(str(root), tuple((str(p), p.stat().st_size, file_sha256(p)) for p in paths))


def reader_id(settings: Settings) -> str:
    """What shapes the stored rows besides the bytes: reader version, time zone, pseudonym key.

    The key enters as a keyed fingerprint (HMAC of a fixed label), never as itself: the ledger must
    not make the key, or a way to test guesses of it without the data, any easier to find.
    """
    key = hmac.new(settings.pseudonym_key.encode("utf-8"), b"consistency-ingest-ledger", "sha256").hexdigest()
    return f"{READER_VERSION};{settings.timezone};{key[:16]}"


def check(engine: Engine, found: Manifest, reader: str) -> tuple[bool, str | None]:
    """(loaded already, why it is read again): True when the last complete load of this folder read
    exactly these files with this reader; else, for a folder loaded before, what changed (files added,
    removed, changed; another reader), None for a folder never loaded."""
    with session_scope(engine) as session:
        row = session.get(m.SourcePartition, found.folder)
        if row is None:
            return False, None
        if row.manifest_sha256 == found.sha256 and row.reader == reader:
            return True, None
        stored = {f.path: f.sha256 for f in session.execute(
            select(m.SourceFile).where(m.SourceFile.folder == found.folder)).scalars()}
    now = {path: sha for path, _, sha in found.files}
    parts = [f"{len(now.keys() - stored.keys())} file(s) added",
             f"{len(stored.keys() - now.keys())} removed",
             f"{sum(1 for p in now.keys() & stored.keys() if now[p] != stored[p])} changed"]
    if row.reader != reader:
        parts.append("the reader changed (version, time zone or pseudonym key)")
    return False, f"{found.folder}: read again since the load of run {row.run_id}: " + ", ".join(parts)


def record(engine: Engine, kind: str, found: Manifest, reader: str, run_id: int | None,
           stored: Counter[str], quarantined: Counter[str]) -> None:
    """Write the ledger of a folder loaded whole; ``stored``/``quarantined`` count records by file."""
    now = datetime.now(timezone.utc)
    files = [{"path": path, "folder": found.folder, "size": size, "sha256": sha,
              "records": stored.get(path, 0), "quarantined": quarantined.get(path, 0),
              "run_id": run_id, "loaded_at": now} for path, size, sha in found.files]
    with session_scope(engine) as session:
        gone = select(m.SourceFile.path).where(m.SourceFile.folder == found.folder)
        current = {f["path"] for f in files}
        stale = [p for p in session.scalars(gone) if p not in current]
        if stale:
            session.query(m.SourceFile).filter(m.SourceFile.path.in_(stale)).delete(synchronize_session=False)
        upsert(session, m.SourceFile, files)
        upsert(session, m.SourcePartition, [{
            "folder": found.folder, "kind": kind, "manifest_sha256": found.sha256, "reader": reader,
            "files": len(found.files), "size": found.size, "interactions": sum(stored.values()),
            "quarantined": sum(quarantined.values()), "run_id": run_id, "loaded_at": now}])
