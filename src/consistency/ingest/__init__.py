"""Connectors: one per source kind, each ``path -> Iterator[IngestItem]``; bad input becomes ``Rejected``.

``discover`` finds the source folders of an export tree, ``read_source`` reads one folder (or one
file) of a kind, and ``read_tree`` reads everything under a root. No connector raises for bad
input: unreadable files give one file-level ``Rejected`` (``row=None``) and reading goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.ingest.chat import read_chat
from consistency.ingest.email import read_email
from consistency.ingest.inperson import read_in_person
from consistency.ingest.mysteryshop import read_mystery_shop, read_mystery_shop_file
from consistency.ingest.phone import read_phone
from consistency.records import SOURCE_KINDS, IngestItem, Rejected

__all__ = ["CONNECTORS", "discover", "read_source", "read_tree", "read_mystery_shop_file"]

CONNECTORS: dict[str, Callable[[Path, ZoneInfo], Iterator[IngestItem]]] = {
    "phone": read_phone,
    "email": read_email,
    "chat": read_chat,
    "in_person": read_in_person,
    "mystery_shop": read_mystery_shop,
}


def discover(root: Path) -> dict[str, list[Path]]:
    """Folders named after a source kind (phone, email, chat, in_person, mystery_shop) at any depth."""
    found: dict[str, list[Path]] = {}
    root = Path(root)
    if root.is_dir() and root.name in SOURCE_KINDS:
        found[root.name] = [root]
    for dirpath, dirnames, _ in os.walk(root):
        dirnames.sort()
        for name in list(dirnames):
            if name in SOURCE_KINDS:
                found.setdefault(name, []).append(Path(dirpath) / name)
                dirnames.remove(name)  # a kind folder's own sub-folders (transcripts/) are its business
    return {kind: found[kind] for kind in SOURCE_KINDS if kind in found}


def read_source(kind: str, path: Path, tz: ZoneInfo) -> Iterator[IngestItem]:
    """Read one folder (or one file) of the given kind; an unknown kind is one file-level Rejected."""
    connector = CONNECTORS.get(kind)
    if connector is None:
        yield Rejected(kind, str(path), None, "unknown_kind", f"unknown source kind {kind!r}; expected one of "
                                                              f"{', '.join(SOURCE_KINDS)}")
        return
    yield from connector(Path(path), tz)


def read_tree(root: Path, tz: ZoneInfo) -> Iterator[IngestItem]:
    """Everything under ``root``: every source folder found by :func:`discover`, kind by kind."""
    for kind, folders in discover(root).items():
        for folder in folders:
            yield from read_source(kind, folder, tz)
