"""Proof that nothing is lost: corrupted variants of export files, and a ledger of where each record went.

``variants`` makes the corruptions a night really sees (encodings, byte-order marks, NUL bytes,
truncation, lost headers, doubled lines, huge fields, binary garbage). ``ledger`` compares what
the store holds after a night with a corrupted file against what it holds after the clean night:
every record of the clean night must be stored again, or be in quarantine (row-level with its id in
the raw record, or its file rejected whole with the bytes kept), or be gone from the input itself.
Anything else is **lost**. ``benchmarks/corpus.py`` runs every variant of every file in
``examples/``; tests run a sample on SQLite and PostgreSQL.
"""

from __future__ import annotations

import codecs
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from consistency.store import models as m
from consistency.store.db import session_scope

Corruption = Callable[[bytes, random.Random], bytes]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _cut_last_row(data: bytes, rng: random.Random) -> bytes:
    body = data.rstrip(b"\r\n")
    start = body.rfind(b"\n") + 1
    return body[: start + max(1, (len(body) - start) * 2 // 3)]


def _nul_in_middle(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    i = len(lines) // 2
    line = lines[i]
    cut = max(1, len(line) // 2)
    lines[i] = line[:cut] + b"\x00" + line[cut:]
    return b"".join(lines)


def _huge_field(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    i = min(1, len(lines) - 1)
    line = lines[i]
    cut = max(1, len(line) // 2)
    lines[i] = line[:cut] + b"x" * 1_000_000 + line[cut:]
    return b"".join(lines)


def _to_utf16(data: bytes, rng: random.Random) -> bytes:
    try:
        return data.decode("utf-8-sig").encode("utf-16")
    except UnicodeDecodeError:
        return data


def _to_cp1252(data: bytes, rng: random.Random) -> bytes:
    try:
        return data.decode("utf-8-sig").encode("cp1252", errors="replace")
    except UnicodeDecodeError:
        return data


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(max(1, len(out) // 200)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


CORRUPTIONS: dict[str, Corruption] = {
    "utf8_bom": lambda d, r: codecs.BOM_UTF8 + d,
    "utf16": _to_utf16,
    "cp1252": _to_cp1252,
    "crlf": lambda d, r: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
    "nul_in_middle": _nul_in_middle,
    "cut_in_half": lambda d, r: d[: len(d) // 2],
    "cut_last_row": _cut_last_row,
    "no_final_newline": lambda d, r: d.rstrip(b"\r\n"),
    "first_line_lost": lambda d, r: b"".join(_lines(d)[1:]),
    "last_line_twice": lambda d, r: d + (b"" if d.endswith(b"\n") else b"\n") + (_lines(d)[-1] if d else b""),
    "huge_field": _huge_field,
    "flipped_bytes": _flip_bytes,
    "garbage_prefix": lambda d, r: bytes(r.randrange(256) for _ in range(64)) + d,
    "binary_garbage": lambda d, r: bytes(r.randrange(256) for _ in range(4096)),
    "empty": lambda d, r: b"",
    "blank_lines": lambda d, r: b"\n\n".join(_lines(d)) + b"\n\n",
}


def variants(examples: Path, seed: int = 14) -> Iterator[tuple[str, Path, str, bytes]]:
    """(kind, file relative to ``examples``, corruption name, corrupted bytes) for every example file."""
    rng = random.Random(seed)
    for path in sorted(p for p in examples.rglob("*") if p.is_file() and p.suffix != ".py"):
        rel = path.relative_to(examples)
        if rel.parts[0] not in ("phone", "email", "chat", "in_person", "mystery_shop"):
            continue
        data = path.read_bytes()
        for name, corrupt in CORRUPTIONS.items():
            if path.suffix == ".xlsx" and name in ("utf16", "cp1252", "crlf", "cut_last_row", "blank_lines",
                                                   "first_line_lost", "last_line_twice", "huge_field", "nul_in_middle"):
                continue  # line-based corruptions mean nothing inside a zip
            changed = corrupt(data, rng)
            if changed != data:
                yield rel.parts[0], rel, name, changed


@dataclass
class Ledger:
    """Where the clean night's records went after a corrupted night."""

    stored: int = 0
    quarantined: int = 0  # clean records now in quarantine (row level or with their whole file)
    gone_from_input: int = 0  # the corruption removed the record from the file itself
    lost: list[str] = field(default_factory=list)


def stored_ids(engine: Engine) -> dict[tuple[str, str], str]:
    """(source, native id) -> file name of every stored interaction and mystery-shop result."""
    with session_scope(engine) as session:
        found = {(i.source, i.native_id): Path(i.file).name
                 for i in session.execute(select(m.Interaction)).scalars()}
        found.update({("mystery_shop", r.native_id): Path(r.file).name
                      for r in session.execute(select(m.MysteryShopResult)).scalars()})
    return found


def ledger(clean: dict[tuple[str, str], str], engine: Engine, files: dict[str, bytes]) -> Ledger:
    """Account for every clean record after a corrupted night; ``files``: name -> the night's bytes."""
    now = stored_ids(engine)
    with session_scope(engine) as session:
        quarantine = list(session.execute(select(m.Quarantine)).scalars())
    whole_files = {Path(q.file).name for q in quarantine if q.row is None and (q.content_sha256 or q.rule == "empty_file")}
    raws = [(Path(q.file).name, q.raw) for q in quarantine if q.row is not None]
    result = Ledger()
    for (source, native), name in sorted(clean.items()):
        if (source, native) in now:
            result.stored += 1
        # In quarantine: its file was rejected whole, or a rejected record names it (a thread is
        # filed under the message that broke it, which may sit in another file of the night).
        elif name in whole_files or any(native in raw for _, raw in raws):
            result.quarantined += 1
        elif not _mentions(files.get(name), native):
            result.gone_from_input += 1
        else:
            result.lost.append(f"{source} {native} from {name}")
    return result


def _mentions(data: bytes | None, native: str) -> bool:
    if data is None:
        return False
    return any(native.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def night_with(examples: Path, root: Path, rel: Path, data: bytes) -> dict[str, bytes]:
    """Copy the example night to ``root`` with one file replaced; returns name -> bytes of its files."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(examples, root, ignore=shutil.ignore_patterns("*.py"))
    (root / rel).write_bytes(data)
    return {p.name: p.read_bytes() for p in root.rglob("*") if p.is_file()}
