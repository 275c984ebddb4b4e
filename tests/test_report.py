"""The report is read by managers who trust what it says: it must show every flag, every rate with
its n, the plots, and open offline. Built from a real (small) demo audit, not from hand-made rows."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from consistency import pipeline
from consistency.config import Settings
from consistency.demo import generate
from consistency.report import fmt_q, fmt_value
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope

pytestmark = pytest.mark.slow
LAST = date(2026, 3, 31)


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Path]:
    root = tmp_path_factory.mktemp("report")
    generate(root / "demo", branches=4, days=14, interactions=4_000, seed=3, end_date=LAST)
    settings = Settings(db_url=f"sqlite:///{root / 'store.db'}", reports_dir=root / "reports",
                        inbox=root / "demo" / "exports", history_days=14)
    stats = pipeline.demo_audit(settings, root / "demo" / "exports", LAST)
    return settings, Path(stats["report"])


def test_report_shows_every_stored_flag_with_its_sentence(audited: tuple[Settings, Path]) -> None:
    settings, report = audited
    html = report.read_text(encoding="utf-8")
    with session_scope(make_engine(settings.db_url)) as session:
        flags = repo.list_flags(session, LAST)
    assert flags, "the demo plants problems, so the audit must flag something"
    for flag in flags:
        assert f'id="flag-{flag.id}"' in html
    with (report.parent / f"flags-{LAST.isoformat()}.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == len(flags)


def test_every_branch_channel_value_carries_its_n(audited: tuple[Settings, Path]) -> None:
    html = audited[1].read_text(encoding="utf-8")
    cells = re.findall(r'<td class="num[^"]*">([^<]*)(<span class="n">n=(\d+)</span>)?', html.split("Branch × channel")[1])
    filled = [c for c in cells if c[0].strip() not in ("", "–")]
    assert filled and all(c[2] and int(c[2]) > 0 for c in filled)


def test_report_is_one_offline_file_with_plots(audited: tuple[Settings, Path]) -> None:
    html = audited[1].read_text(encoding="utf-8")
    assert "Funnel plot" in html and html.count("<svg") >= 2
    # Nothing is fetched when the file is opened: no external scripts, styles or images.
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_formats_say_what_a_reader_needs() -> None:
    assert fmt_value("courtesy_rate", 0.8123) == "81.2%"
    assert fmt_value("wait_s", 61.4) == "61s"
    assert fmt_value("csat", None) == "–"
    assert fmt_q(3e-9) == "< 0.0001" and fmt_q(0.012) == "0.012" and fmt_q(None) == "–"


def test_report_says_what_the_false_discovery_control_covered(audited: tuple[Settings, Path]) -> None:
    html = audited[1].read_text(encoding="utf-8")
    found = re.search(r"control covered (\d+) tests in\s+(\d+) families \((\d+) selected\) at a false-discovery level of"
                      r"\s+0.05: (\d+) of cells over the whole window and (\d+)\s+of change over time.*?,\s+every test "
                      r"weighted the same", html, re.S)
    assert found, "the report must say how many hypotheses and families the q-values account for"
    total, families, selected, window, change = (int(g) for g in found.groups())
    assert total == window + change and window > 0 and change > 0
    assert 0 < selected < families < total  # flags came from selected families, several tests to a family


def test_report_says_how_the_watch_budget_is_split(audited: tuple[Settings, Path]) -> None:
    html = audited[1].read_text(encoding="utf-8")
    watch_section = html.split("<h2>Watch list</h2>")[1].split("<h2>")[0]
    found = re.search(r"That budget is not split evenly: resolution rate is watched (\d+)x as closely", watch_section)
    assert found, "the report must say which metrics take a larger share of the chance items"
    from consistency.detect import watch

    assert float(found.group(1)) == watch.WATCH_WEIGHTS["resolution_rate"]
