"""The demo chain end to end: every planted problem is flagged, and false alarms stay within the FDR share.

Generates a fresh demo (its own seed and size, not the one detection was developed on), then runs
the real pipeline steps (ingest, classify with the trained models, aggregate + detect) and scores the
flags against planted.json with ``consistency.demo.truth.match_flags``.
"""

from __future__ import annotations

from datetime import date

import pytest

from consistency.config import Settings
from consistency.demo.truth import audit_demo, match_flags
from consistency.normalize import pseudonymise

pytestmark = pytest.mark.slow

# (seed, last business date): the demo's draw follows its calendar (weekday rhythm, mystery-shop
# Mondays), so the truth must hold on more than the one date detection was tuned on. 2026-11-30 is
# the date on which seed 7 once scored 3 unexplained flags of 14. Three runs keep CI to a few minutes;
# benchmarks/demo_truth.py scores 5 seeds x 2 dates.
RUNS = [(23, date(2026, 11, 22)), (7, date(2026, 11, 30)), (11, date(2026, 11, 30))]


@pytest.fixture(scope="module", params=RUNS, ids=[f"seed{s}-{d}" for s, d in RUNS])
def audited(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, dict, Settings]:
    seed, end = request.param
    engine, analysis, planted, settings = audit_demo(tmp_path_factory.mktemp("demo_truth"), seed, end)
    engine.dispose()
    return analysis.detection.flags, planted, settings


def _match(audited):
    flags, planted, settings = audited
    return match_flags(flags, planted, lambda agent: pseudonymise(agent, settings.pseudonym_key, "ag"))


def test_every_planted_problem_is_flagged(audited):
    result = _match(audited)
    assert not result.missed, f"planted problems with no flag: {result.missed}\n{result.summary()}"


def test_false_alarms_stay_within_the_fdr_share_of_flags(audited):
    # seed 7 on 2026-11-30 once flagged csat at LED: MOW's planted shortfall moved the Russian case-mix
    # terms the two branches share and the robust refit set LED aside (casemix.robust_case_mix)
    result = _match(audited)
    fdr = audited[2].fdr
    # the control by families (detect/fdr.py) bounds the expected share of flagged families with no real
    # problem, which is what a false flag is, at the FDR level: with a few dozen flags that
    # allows fdr * flags false alarms (rounded up: one false flag among a handful is within 5% in
    # expectation only if it is rare, so this also fails if false alarms become routine)
    allowed = max(1, int(-(-fdr * result.flags // 1)))
    assert len(result.false_alarms) <= allowed, (
        f"{len(result.false_alarms)} false alarms of {result.flags} flags, more than the FDR share "
        f"({fdr:.0%} -> at most {allowed}):\n{result.summary()}")


def test_each_problem_is_told_once_or_a_few_times_not_per_test(audited):
    result = _match(audited)
    # one problem, one flag per metric it moves at its own level (merged across tests and channels)
    for pid, found in result.matched.items():
        assert len(found) <= 5, f"{pid} raised {len(found)} flags:\n{result.summary()}"
