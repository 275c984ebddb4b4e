"""Where each record of a load was first read, kept compact so a night's partitions can be compared.

A partition (one source folder) counts the records it reads twice with a dict of record id ->
"file:row". Across partitions the same question needs every partition's first reads at once: kept as
Python strings that was ~250 bytes a record (tracemalloc, 100,000 records: 174 for the "file:row"
strings and the dict, 73 for each id), pickled over from every worker to the parent and held there
until ingest ended: a million-contact night's worth. Here a partition's first reads become two arrays,
the ids as bytes and a 64-bit digest of "file:row" (32 bytes a record), and the parent counts the
duplicates across partitions once, with a sort.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class FirstReads:
    """One partition's records, each once: its id and a digest of the file and row it was first read at."""

    ids: np.ndarray  # bytes ("S" dtype)
    places: np.ndarray  # uint64

    def __len__(self) -> int:
        return len(self.ids)


def compact(seen: Mapping[str, str]) -> FirstReads:
    """``seen`` (record id -> "file:row") as arrays."""
    ids = np.array([i.encode("utf-8") for i in seen], dtype=bytes) if seen else np.array([], dtype="S1")
    places = np.fromiter((int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")
                          for w in seen.values()), dtype=np.uint64, count=len(seen))
    return FirstReads(ids, places)


def duplicates_across(parts: Sequence[FirstReads]) -> int:
    """Records whose id an earlier partition (in ``parts`` order) first read at another file or row."""
    parts = [p for p in parts if len(p)]
    if len(parts) < 2:
        return 0
    ids = np.concatenate([p.ids for p in parts])
    places = np.concatenate([p.places for p in parts])
    order = np.argsort(ids, kind="stable")  # stable: an id's reads stay in partition order
    ids, places = ids[order], places[order]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    first_place = np.repeat(places[starts], np.diff(np.r_[starts, len(ids)]))
    return int((places != first_place).sum())
