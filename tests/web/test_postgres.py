"""The review app's core loop on the real PostgreSQL server: the same code, the other back end."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from consistency.config import Settings
from consistency.store import models as m
from consistency.store.db import make_engine, session_scope, upgrade
from consistency.web.app import create_app
from consistency.web.users import add_user
from tests.conftest import fresh_postgres
from tests.web.conftest import PASSWORD, csrf_of, login

pytestmark = pytest.mark.postgres
DAY = date(2026, 11, 20)


def _seed(url: str) -> None:
    engine = make_engine(url)
    with session_scope(engine) as session:
        session.add_all([m.Branch(code="BER", first_seen=DAY), m.Branch(code="LON", first_seen=DAY)])
        session.flush()
        for k, branch in enumerate(["BER", "LON"] * 10):
            iid = f"pg{k:022d}"
            session.add(m.Interaction(id=iid, source="chat", native_id=str(k), channel="chat", branch=branch,
                                      agent=f"ag-{branch}-{k % 2}", started_at=datetime(2026, 11, 20, 9, tzinfo=timezone.utc),
                                      business_date=DAY, hour=9, lang="en", file="x.jsonl", row=k))
            session.flush()
            session.add_all([m.Turn(interaction_id=iid, idx=0, speaker="agent", text="Hello, how can I help?"),
                             m.Turn(interaction_id=iid, idx=1, speaker="customer", text="Thanks, all good.")])
            session.add(m.Classification(interaction_id=iid, model_version="t", lang="en", tone="neutral",
                                         p_negative=0.1, p_neutral=0.8, p_positive=0.1, courteous=True, p_courteous=0.9,
                                         resolution="resolved", p_resolved=0.9, p_unresolved=0.05, p_escalated=0.05,
                                         blame=False, evidence=[{"cue": "greeting", "turn": 0, "start": 0, "end": 5}]))
        for d in range(1, 21):
            for branch in ("BER", "LON"):
                session.add(m.Aggregate(period="day", period_start=date(2026, 11, d), branch=branch, channel="chat",
                                        metric="resolution_rate", n=50, value=0.7 if branch == "LON" or d < 15 else 0.5))
        session.add(m.FlagRecord(id="pgflag000000000000000001", business_date=DAY, type="drift", metric="resolution_rate",
                                 branch="BER", channel="chat", direction="worse", level="branch", observed=0.5,
                                 expected=0.7, n=300, q_value=0.01, first_seen=DAY, status="open",
                                 sentence="BER, chat: resolution rate drifting worse.",
                                 details={"change_date": "2026-11-15", "top_interactions": ["pg" + "0" * 22]}))
        for name, role in (("ann", "admin"), ("rita", "reviewer")):
            add_user(session, name, PASSWORD, role)
    engine.dispose()


def test_core_loop_on_postgresql() -> None:
    url = fresh_postgres()
    upgrade(url)
    _seed(url)
    app = create_app(Settings.from_env(db_url=url))
    ann, rita = TestClient(app, follow_redirects=False), TestClient(app, follow_redirects=False)
    assert login(ann, "ann").status_code == 303 and login(rita, "rita").status_code == 303
    assert "BER, chat: resolution rate" in ann.get("/queue").text
    flag = "pgflag000000000000000001"
    a_page, r_page = ann.get(f"/flags/{flag}").text, rita.get(f"/flags/{flag}").text
    assert ann.post(f"/flags/{flag}/decide", data={"csrf_token": csrf_of(a_page), "action": "confirm",
                                                   "version": "0"}).status_code == 303
    clash = rita.post(f"/flags/{flag}/decide", data={"csrf_token": csrf_of(r_page), "action": "dismiss",
                                                     "version": "0", "reason": "too small to act on"})
    assert clash.status_code == 409
    inter = "pg" + "0" * 22
    page = rita.get(f"/interactions/{inter}").text
    assert "<mark" in page
    assert rita.post(f"/interactions/{inter}/relabel", data={"csrf_token": csrf_of(page),
                                                            "tone": "negative"}).status_code == 303
    assert rita.post("/qa/draw", data={"csrf_token": csrf_of(page)}).status_code == 303
    for path in ("/qa", "/agreement", "/dashboard", "/search?q=BER", "/export/flags.csv", "/export/labels.csv", "/audit"):
        assert ann.get(path).status_code == 200, path
    engine = make_engine(url)
    with session_scope(engine) as session:
        assert session.get(m.FlagRecord, flag).status == "confirmed"
        assert session.execute(select(m.GoldLabel.label)).scalars().all() == ["negative"]
        assert len(session.execute(select(m.QASampleItem)).scalars().all()) == 4  # one agent per branch here, two interactions each
    engine.dispose()
