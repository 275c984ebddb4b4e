"""Classify step: customer tone (spaCy + scikit-learn), agent courtesy and resolution, evidence spans.

Heavy modules load on first use, so ``import consistency.classify`` stays cheap for unrelated CLI commands.
"""

from __future__ import annotations

from typing import Any

__all__ = ["InteractionClassifier", "ToneModel", "explain", "score_csv"]

_LAZY = {
    "InteractionClassifier": "consistency.classify.interaction",
    "ToneModel": "consistency.classify.tone",
    "explain": "consistency.classify.scoring",
    "score_csv": "consistency.classify.scoring",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'consistency.classify' has no attribute {name!r}")
