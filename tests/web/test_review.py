"""Decisions, optimistic locking, the audit log, relabels as gold labels, QA sample and agreement."""

from __future__ import annotations

import csv
import json
import random

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from consistency.config import Settings
from consistency.store import models as m
from consistency.store.db import make_engine, session_scope
from consistency.web.app import create_app
from consistency.web.qa import cohen_kappa
from tests.web.conftest import Known, csrf_of, login


@pytest.fixture(scope="module")
def app(store_url: str):  # noqa: ANN201
    return create_app(Settings.from_env(db_url=store_url))


def client_as(app, username: str) -> TestClient:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    assert login(client, username).status_code == 303
    return client


def _session(store_url: str):  # noqa: ANN202
    return session_scope(make_engine(store_url))


def test_second_reviewer_deciding_the_same_flag_is_told_and_nothing_is_lost(app, store_url: str,
                                                                          known: Known) -> None:  # noqa: ANN001
    rita, rolf = client_as(app, "rita"), client_as(app, "rolf")
    rita_page, rolf_page = rita.get(f"/flags/{known.ber_flag}").text, rolf.get(f"/flags/{known.ber_flag}").text
    first = rita.post(f"/flags/{known.ber_flag}/decide", data={"csrf_token": csrf_of(rita_page), "action": "confirm",
                                                               "version": "0", "note": "agents confirm it"})
    assert first.status_code == 303
    second = rolf.post(f"/flags/{known.ber_flag}/decide",
                       data={"csrf_token": csrf_of(rolf_page), "action": "dismiss", "version": "0",
                             "reason": "explained by case mix"})
    assert second.status_code == 409
    assert "Someone else decided this flag" in second.text and "rita" in second.text
    with _session(store_url) as session:
        assert session.get(m.FlagRecord, known.ber_flag).status == "confirmed"
        notes = session.execute(select(m.FlagComment).where(m.FlagComment.flag_id == known.ber_flag)).scalars().all()
        kept = [n.text for n in notes if n.username == "rolf"]
        assert kept and "dismiss" in kept[0] and "explained by case mix" in kept[0]
        assert any(n.username == "rita" and n.text == "agents confirm it" for n in notes)
        entries = session.execute(select(m.AuditEntry).where(m.AuditEntry.object_id == known.ber_flag,
                                                             m.AuditEntry.action == "confirm")).scalars().all()
        assert len(entries) == 1
        assert entries[0].username == "rita" and entries[0].before["status"] == "open"
        assert entries[0].after["status"] == "confirmed" and entries[0].after["version"] == 1
    # Reloaded, the second reviewer decides on the current version and it goes through.
    fresh = rolf.get(f"/flags/{known.ber_flag}").text
    assert 'name="version" value="1"' in fresh
    again = rolf.post(f"/flags/{known.ber_flag}/decide", data={"csrf_token": csrf_of(fresh), "action": "reopen",
                                                               "version": "1"})
    assert again.status_code == 303


def test_dismissal_needs_a_reason_and_assign_needs_a_real_user(app, store_url: str, known: Known) -> None:  # noqa: ANN001
    ann = client_as(app, "ann")
    page = ann.get(f"/flags/{known.chain_flag}").text
    version = int(__import__("re").search(r'name="version" value="(\d+)"', page).group(1))
    no_reason = ann.post(f"/flags/{known.chain_flag}/decide", data={"csrf_token": csrf_of(page), "action": "dismiss",
                                                                    "version": str(version)})
    assert no_reason.status_code == 400 and "needs a reason" in no_reason.text
    nobody = ann.post(f"/flags/{known.chain_flag}/assign", data={"csrf_token": csrf_of(page), "assignee": "ghost",
                                                                 "version": str(version)})
    assert nobody.status_code == 400
    ok = ann.post(f"/flags/{known.chain_flag}/assign", data={"csrf_token": csrf_of(page), "assignee": "rita",
                                                             "version": str(version)})
    assert ok.status_code == 303
    queue = ann.get("/queue?view=all").text
    assert "→ rita" in queue
    with _session(store_url) as session:
        assert session.get(m.FlagReview, known.chain_flag).assigned_to == "rita"
        assert session.get(m.FlagRecord, known.chain_flag).status == "open"


def test_relabel_keeps_the_model_label_and_the_classification_follows_the_reviewer(app, store_url: str,
                                                                                   known: Known) -> None:  # noqa: ANN001
    with _session(store_url) as session:
        cls = session.get(m.Classification, known.lon_interaction)
        model_tone = cls.tone
    new_tone = "positive" if model_tone != "positive" else "negative"
    rita = client_as(app, "rita")
    page = rita.get(f"/interactions/{known.lon_interaction}").text
    response = rita.post(f"/interactions/{known.lon_interaction}/relabel",
                         data={"csrf_token": csrf_of(page), "tone": new_tone, "resolution": "escalated"})
    assert response.status_code == 303
    with _session(store_url) as session:
        cls = session.get(m.Classification, known.lon_interaction)
        assert cls.tone == new_tone and cls.resolution == "escalated" and cls.corrected_by == "rita"
        gold = session.execute(select(m.GoldLabel).where(m.GoldLabel.interaction_id == known.lon_interaction,
                                                         m.GoldLabel.judgement == "tone")).scalars().all()
        assert [(g.label, g.model_label, g.reviewer) for g in gold] == [(new_tone, model_tone, "rita")]
        entry = session.execute(select(m.AuditEntry).where(m.AuditEntry.object_id == known.lon_interaction)).scalar_one()
        assert entry.before["tone"] == model_tone and entry.after["tone"] == new_tone
    shown = rita.get(f"/interactions/{known.lon_interaction}").text
    assert "Reviewers&#39; labels" in shown or "Reviewers' labels" in shown
    bad = rita.post(f"/interactions/{known.lon_interaction}/relabel", data={"csrf_token": csrf_of(page), "tone": "furious"})
    assert bad.status_code == 403


def test_qa_sample_is_drawn_per_agent_and_channel_and_agreement_counts_it(app, store_url: str) -> None:  # noqa: ANN001
    rita, rolf = client_as(app, "rita"), client_as(app, "rolf")
    page = rita.get("/qa").text
    assert rita.post("/qa/draw", data={"csrf_token": csrf_of(page)}).status_code == 303
    with _session(store_url) as session:
        items = session.execute(select(m.QASampleItem).where(m.QASampleItem.drawn_by == "rita")).scalars().all()
        cells = {(i.agent, i.channel) for i in items}
        assert len(items) <= 2 * len(cells) and len(cells) >= 8
        per_cell = {c: sum((i.agent, i.channel) == c for i in items) for c in cells}
        assert max(per_cell.values()) <= 2
        todo = items[:3]
        model = {i.id: session.get(m.Classification, i.interaction_id) for i in todo}
    for item in todo:
        cls = model[item.id]
        for who, client in (("rita", rita), ("rolf", rolf)):
            page = client.get(f"/interactions/{item.interaction_id}?qa_item={item.id}").text
            assert "Your QA judgement" in page
            tone = (cls.tone or "neutral") if who == "rita" else "neutral"
            response = client.post(f"/interactions/{item.interaction_id}/relabel", data={
                "csrf_token": csrf_of(page), "qa_item": str(item.id), "tone": tone,
                "courtesy": "courteous", "resolution": cls.resolution or "resolved", "blame": "no_blame"})
            assert response.status_code == 303, response.text[:300]
    incomplete = rita.post(f"/interactions/{items[3].interaction_id}/relabel",
                           data={"csrf_token": csrf_of(page), "qa_item": str(items[3].id), "tone": "neutral"})
    assert incomplete.status_code == 403
    agreement = rita.get("/agreement").text
    assert "Model vs reviewers on the random QA sample" in agreement
    assert "rita · rolf" in agreement  # the two reviewers' kappa row
    with _session(store_url) as session:
        done = session.execute(select(m.QASampleItem).where(m.QASampleItem.done_at.is_not(None))).scalars().all()
        assert {i.id for i in todo} <= {i.id for i in done}
        qa_gold = session.execute(select(m.GoldLabel).where(m.GoldLabel.source == "qa")).scalars().all()
        assert len(qa_gold) == len(todo) * 4 * 2


@pytest.mark.parametrize("seed", range(5))
def test_cohen_kappa_matches_scikit_learn(seed: int) -> None:
    from sklearn.metrics import cohen_kappa_score

    rng = random.Random(seed)
    a = [rng.choice("xyz") for _ in range(60)]
    b = [x if rng.random() < 0.6 else rng.choice("xyz") for x in a]
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_cohen_kappa_is_undefined_without_variation() -> None:
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None
    assert cohen_kappa(["a"], ["b"]) is None


def test_labels_export_writes_the_gold_labels_as_csv_and_jsonl(store_url: str, tmp_path, app, known: Known) -> None:  # noqa: ANN001
    from consistency.cli import app as cli
    from consistency.web.labels import gold_labels

    rita = client_as(app, "rita")
    page = rita.get(f"/interactions/{known.ber_interaction}").text
    rita.post(f"/interactions/{known.ber_interaction}/relabel", data={"csrf_token": csrf_of(page), "blame": "blame"})
    with _session(store_url) as session:
        expected = gold_labels(session)
    assert expected
    env = {"CONSISTENCY_DB_URL": store_url}
    result = CliRunner().invoke(cli, ["labels", "export", "--out", str(tmp_path / "gold.csv")], env=env)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "gold.csv").open(encoding="utf-8")))
    assert len(rows) == len(expected)
    assert {"interaction_id", "judgement", "label", "reviewer", "at"} <= set(rows[0])
    assert any(r["interaction_id"] == known.ber_interaction and r["judgement"] == "blame" and r["label"] == "blame"
               and r["reviewer"] == "rita" for r in rows)
    result = CliRunner().invoke(cli, ["labels", "export", "--out", str(tmp_path / "gold.jsonl")], env=env)
    assert result.exit_code == 0
    lines = [json.loads(x) for x in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["interaction_id"] for x in lines] == [r["interaction_id"] for r in rows]


def test_users_commands_add_list_set_role_and_disable(store_url: str, app) -> None:  # noqa: ANN001
    from consistency.cli import app as cli

    env = {"CONSISTENCY_DB_URL": store_url}
    runner = CliRunner()
    assert runner.invoke(cli, ["users", "add", "carl", "--role", "viewer", "--branch", "MOW", "--password-stdin"],
                         input="carl-password-1\n", env=env).exit_code == 0
    duplicate = runner.invoke(cli, ["users", "add", "carl", "--password-stdin"], input="carl-password-1\n", env=env)
    assert duplicate.exit_code == 2 and "already exists" in duplicate.output
    listed = json.loads(runner.invoke(cli, ["users", "list", "--json"], env=env).output)
    carl = [u for u in listed if u["username"] == "carl"][0]
    assert carl["role"] == "viewer" and carl["branches"] == ["MOW"] and carl["active"]
    assert runner.invoke(cli, ["users", "set-role", "carl", "reviewer"], env=env).exit_code == 0
    assert runner.invoke(cli, ["users", "set-role", "carl", "boss"], env=env).exit_code == 2
    client = TestClient(app, follow_redirects=False)
    assert login(client, "carl", "carl-password-1").status_code == 303
    assert client.get("/upload").status_code == 200  # reviewers may upload
    assert runner.invoke(cli, ["users", "disable", "carl"], env=env).exit_code == 0
    assert client.get("/queue").status_code == 303  # the open session ended with the account
    listed = json.loads(runner.invoke(cli, ["users", "list", "--json"], env=env).output)
    assert not [u for u in listed if u["username"] == "carl"][0]["active"]


def test_queue_pages_through_flags_and_the_watch_list_says_when_there_is_none(app, store_url: str) -> None:  # noqa: ANN001
    from consistency.web import queues

    ann = client_as(app, "ann")
    everything = ann.get("/export/flags.csv?view=all").text.strip().splitlines()[1:]
    first = ann.get("/queue?view=all").text
    assert first.count('href="/flags/') == min(len(everything), queues.QUEUE_PAGE)
    assert ("next →" in first) == (len(everything) > queues.QUEUE_PAGE)
    beyond = ann.get("/queue?view=all&page=999").text
    assert beyond.count('href="/flags/') == 0
    watch = ann.get("/watch").text
    from sqlalchemy import inspect

    engine = make_engine(store_url)
    if not inspect(engine).has_table("watch_items"):
        assert "no watch list yet" in watch
    engine.dispose()
