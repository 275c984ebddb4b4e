"""Detection: which branch x channel is out of line, how sure we are, and where the problem sits.

``run_detection`` is the one entry point; the modules beside it each hold one method
(case mix, funnel limits, FDR, drift, cross-channel, mystery shop, levels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consistency.detect.nightly import DetectionResult as DetectionResult


def run_detection(interactions: Any, mystery: Any, business_date: Any, fdr: float = 0.05,
                  change_share: float | None = None, watch_rate: float = 1.0, contacts: Any = None,
                  watch_weights: dict[str, float] | None = None) -> "DetectionResult":
    """Test every branch x channel x metric of the window and return flags, watch items, funnel points and series.

    ``interactions``: the window's raw rows or its stored statistics (``cellstats.load_patterns``), with
    ``contacts`` reading the flagged patterns' interactions for evidence (``cellstats.pattern_contacts``).

    ``change_share``: the part of the FDR budget for tests of change over time (None: plain BH).
    ``watch_rate``: expected false items on the watch list a night, chain-wide (``detect/watch.py``);
    ``watch_weights``: each metric's share of it against a metric not named (None: ``watch.WATCH_WEIGHTS``).
    """
    from threadpoolctl import threadpool_limits

    from consistency.detect.nightly import run_detection as run

    # One BLAS thread: the fits solve many small systems, where a second thread mostly spins; on a
    # busy 2-core machine detection took about 30% less time so (a simulated 88k-row window: 19 -> 13 s).
    with threadpool_limits(limits=1, user_api="blas"):
        return run(interactions, mystery, business_date, fdr=fdr, change_share=change_share, watch_rate=watch_rate,
                   contacts=contacts, watch_weights=watch_weights)


def __getattr__(name: str) -> Any:
    if name == "DetectionResult":
        from consistency.detect.nightly import DetectionResult

        return DetectionResult
    raise AttributeError(name)
