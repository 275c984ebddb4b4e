"""Duplicates across a load's partitions, counted from compact first reads as the dict of strings counted them."""

from __future__ import annotations

import random

from consistency.first_reads import compact, duplicates_across


def _by_dict(parts: list[dict[str, str]]) -> int:
    # the former count: every partition's first reads merged into one dict of id -> "file:row"
    seen: dict[str, str] = {}
    return sum(seen.setdefault(record, where) != where for part in parts for record, where in part.items())


def test_duplicates_across_partitions_equal_the_dict_count() -> None:
    rng = random.Random(3)
    for _ in range(50):
        parts = []
        for p in range(rng.randint(0, 5)):
            ids = {f"{rng.randrange(40):024x}" for _ in range(rng.randint(0, 30))}
            # the same file and row in two partitions (a folder read twice) is no duplicate; another place is
            parts.append({i: rng.choice([f"a/{i}.csv:1", f"part{p}/calls.csv:{rng.randrange(3)}"]) for i in ids})
        assert duplicates_across([compact(part) for part in parts]) == _by_dict(parts)


def test_a_record_in_three_partitions_counts_twice_and_a_lone_partition_none() -> None:
    parts = [{"x": "p1/a.csv:1", "y": "p1/a.csv:2"}, {"x": "p2/a.csv:1"}, {"x": "p3/a.csv:5", "z": "p3/a.csv:6"}]
    assert duplicates_across([compact(p) for p in parts]) == 2
    assert duplicates_across([compact(parts[0])]) == 0 and duplicates_across([]) == 0
