"""The watch list in the store: continued night to night, promoted, retired, with its history."""

from __future__ import annotations

from datetime import date, timedelta

from consistency.detect.watch import WatchItem
from consistency.store import repository as repo
from consistency.store.db import make_engine, session_scope, upgrade

D1 = date(2026, 11, 20)


def _item(status: str = "watching", cusum: float = 7.0, onset: date = date(2026, 11, 15), **kw) -> WatchItem:
    base = dict(metric="resolution_rate", branch="LON", channel="phone", status=status, alarm_date=D1,
                onset_date=onset, n=120, observed=0.61, expected=0.71, size=-0.10, cusum=cusum, threshold=6.5,
                peak=cusum)
    base.update(kw)
    return WatchItem(**base)


def test_an_item_is_continued_promoted_then_retired_and_keeps_its_history(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    nights = [D1, D1 + timedelta(days=1), D1 + timedelta(days=2), D1 + timedelta(days=3)]
    with session_scope(engine) as s:
        repo.save_watch_items(s, [_item(), _item(metric="wait_s", channel="chat", onset=date(2026, 11, 18))], nights[0], 1)
    with session_scope(engine) as s:  # the onset estimate moved a day: still the same item
        repo.save_watch_items(s, [_item(cusum=9.0, onset=date(2026, 11, 16)), _item(metric="wait_s", channel="chat",
                                                                                  onset=date(2026, 11, 18))], nights[1], 2)
    with session_scope(engine) as s:
        repo.save_watch_items(s, [_item(status="promoted", cusum=11.0)], nights[2], 3)  # wait_s back to zero
    with session_scope(engine) as s:
        repo.save_watch_items(s, [], nights[3], 4)  # resolution back to zero
    with session_scope(engine) as s:
        first = repo.list_watch_items(s, nights[0])
        assert [(r.metric, r.night_status) for r in first] == [("resolution_rate", "watching"), ("wait_s", "watching")]
        third = {r.metric: r.night_status for r in repo.list_watch_items(s, nights[2])}
        assert third == {"resolution_rate": "promoted", "wait_s": "retired"}
        assert [r.metric for r in repo.list_watch_items(s, nights[2], status="promoted")] == ["resolution_rate"]
        latest = repo.list_watch_items(s)  # the latest night saved
        assert [(r.metric, r.night_status) for r in latest] == [("resolution_rate", "retired")]
        record = latest[0]
        assert record.promoted_on == nights[2] and record.retired_on == nights[3] and record.first_listed == nights[0]
        history = repo.watch_history(s, record.id)
        assert [(h.business_date, h.status, h.cusum) for h in history] == [
            (nights[0], "watching", 7.0), (nights[1], "watching", 9.0), (nights[2], "promoted", 11.0),
            (nights[3], "retired", 11.0)]
        assert repo.counts(s)["watch_items"] == 2


def test_a_run_over_some_branches_retires_only_their_items(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    with session_scope(engine) as s:
        repo.save_watch_items(s, [_item(), _item(branch="PAR")], D1, 1)
    with session_scope(engine) as s:
        repo.save_watch_items(s, [], D1 + timedelta(days=1), 2, branches=["PAR"])
    with session_scope(engine) as s:
        status = {r.branch: r.status for r in repo.list_watch_items(s, D1)}
        assert status == {"LON": "watching", "PAR": "retired"}


def test_saving_the_same_night_twice_changes_nothing(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    for _ in range(2):
        with session_scope(engine) as s:
            repo.save_watch_items(s, [_item(), _item(status="retired", retired_on=D1, metric="csat")], D1, 1)
    with session_scope(engine) as s:
        counts = repo.counts(s)
        assert counts["watch_items"] == 2 and counts["watch_item_nights"] == 2
