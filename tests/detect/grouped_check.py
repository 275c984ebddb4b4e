"""Comparing two detection results field by field: raw rows against stored statistics."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd

RTOL = 1e-9  # the two sum the same numbers in a different order: they agree to rounding


def differences(a: object, b: object, path: str = "", out: list | None = None) -> list:
    """Every place where ``a`` and ``b`` differ (floats beyond ``RTOL``, anything else at all)."""
    out = [] if out is None else out
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            out.append((path, "keys", sorted(map(str, set(a) ^ set(b)))))
        for k in set(a) & set(b):
            differences(a[k], b[k], f"{path}.{k}", out)
    elif isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if len(a) != len(b):
            out.append((path, "length", len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            differences(x, y, f"{path}[{i}]", out)
    elif isinstance(a, (float, np.floating)) or isinstance(b, (float, np.floating)):
        x, y = float(a), float(b)
        if not (math.isclose(x, y, rel_tol=RTOL, abs_tol=1e-12) or (math.isnan(x) and math.isnan(y))):
            out.append((path, a, b))
    elif a != b:
        out.append((path, a, b))
    return out


def _records(table: pd.DataFrame) -> list[dict]:
    return table.reset_index(drop=True).to_dict("records")


def detection_differences(a, b) -> list:
    """Flags, bright spots, set-aside flags, watch items, the night's tests, funnel and drift tables."""
    out: list = []
    differences([dataclasses.asdict(f) for f in a.flags], [dataclasses.asdict(f) for f in b.flags], "flags", out)
    differences([dataclasses.asdict(f) for f in a.bright_spots], [dataclasses.asdict(f) for f in b.bright_spots],
                "bright", out)
    differences(a.demoted, b.demoted, "demoted", out)
    differences([i.as_dict() for i in a.watch], [i.as_dict() for i in b.watch], "watch", out)
    differences(a.watch_info, b.watch_info, "watch_info", out)
    differences(_records(a.tests), _records(b.tests), "tests", out)
    differences(_records(a.funnel), _records(b.funnel), "funnel", out)
    differences(_records(a.series), _records(b.series), "series", out)
    differences(_records(a.mystery), _records(b.mystery), "mystery", out)
    return out
