"""Conversations read like varied service exchanges: many distinct openings, few repeats, 2-12 turns."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timezone

from consistency.demo.conversation import Scenario, compose, visit_texts
from consistency.demo.phrases import BANKS
from tests.demo.conftest import read_chats, read_transcripts


def _scenario(**changes) -> Scenario:
    base = Scenario(source="chat", native_id="CH-1", branch="BER", branch_name="Northbank Berlin", agent="ag-100",
                    agent_name="Lena", customer="cust-1", customer_name="Petra Müller", lang="de", topic="card",
                    day=date(2026, 11, 21), start=datetime(2026, 11, 21, 10, tzinfo=timezone.utc), emotion="neutral",
                    courteous=True, resolution="resolved", blame=False, asks_manager=False, transfers=0, wait_s=30,
                    handle_s=300, csat=None)
    return replace(base, **changes)


def _live_texts(out) -> list[list[tuple[str, str]]]:
    chats = [[(m["role"], m["text"]) for m in c["messages"]] for c in read_chats(out)]
    calls = [[(t["speaker"], t["text"]) for t in doc["turns"]] for doc in read_transcripts(out)]
    return chats + calls


def test_customer_openings_are_far_more_varied_than_the_templates(run):
    out, _ = run
    convs = _live_texts(out)
    openings = [next(text for speaker, text in conv if speaker == "customer") for conv in convs]
    templates = sum(len(v) for bank in BANKS.values() for v in bank.PROBLEM.values())
    assert len(set(openings)) > 0.9 * len(openings)
    assert len(set(openings)) > 3 * templates


def test_no_whole_conversation_is_repeated_more_than_a_few_times(run):
    out, _ = run
    counts = Counter("\n".join(text for _, text in conv) for conv in _live_texts(out))
    assert counts.most_common(1)[0][1] <= 3


def test_conversations_have_two_to_twelve_turns_that_alternate(run):
    out, _ = run
    for conv in _live_texts(out):
        assert 2 <= len(conv) <= 12
        assert all(a[0] != b[0] for a, b in zip(conv, conv[1:]))


def test_only_upset_customers_complain_at_the_end():
    bank = BANKS["de"]
    for k in range(100):
        turns = compose(_scenario(emotion="neutral", resolution="unresolved"), random.Random(k))
        assert not any(t in bank.CUSTOMER_STILL for s, t in turns if s == "customer")


def test_curt_agent_drops_greeting_apology_and_closing_and_cites_the_terms():
    bank = BANKS["en"]
    polite = set(bank.AGENT_GREET) | set(bank.AGENT_CLOSING)
    curt_hits = terms = 0
    for k in range(200):
        rng = random.Random(k)
        turns = compose(_scenario(lang="en", courteous=False, emotion="annoyed"), rng)
        agent = " ".join(t for s, t in turns if s == "agent")
        curt_hits += any(p.split(",")[0] in agent for p in polite) or any(a in agent for a in bank.APOLOGY)
        terms += "terms" in agent or "already stated" in agent
    assert curt_hits == 0
    assert terms > 40


def test_blame_escalation_and_manager_request_show_up_in_the_text():
    rng = random.Random(1)
    blame = " ".join(t for _, t in compose(_scenario(lang="ru", blame=True, resolution="unresolved"), rng))
    assert any(line.split("{")[0] in blame for line in BANKS["ru"].BLAME)
    esc = compose(_scenario(lang="nb", resolution="escalated", asks_manager=True), rng)
    assert any(t in BANKS["nb"].MANAGER_REQUEST for s, t in esc if s == "customer")
    assert any(any(e in t for e in BANKS["nb"].ESCALATE) for s, t in esc if s == "agent")


def test_pii_appears_in_some_texts_so_masking_is_exercised(run):
    out, _ = run
    text = "\n".join(t for conv in _live_texts(out) for _, t in conv)
    assert "@" in text and "+49 151" in text and "DE" in text and "4" in text
    assert any(word.startswith("GB") and word[2:4].isdigit() for word in text.split())


def test_visit_comments_follow_the_customers_tone_and_name_curt_staff():
    rng = random.Random(3)
    upset = _scenario(source="in_person", lang="en", courteous=False, emotion="angry")
    written = [c for c in (visit_texts(upset, rng)[0] for _ in range(50)) if c]
    curt = [c for c in written if any(x in c for x in BANKS["en"].COMMENT["curt"])]
    assert written and len(curt) >= 0.85 * len(written)  # the rest carry a typo in the cue
    calm = _scenario(source="in_person", lang="en", courteous=False, emotion="neutral")
    calm_comments = [visit_texts(calm, rng)[0] for _ in range(50)]
    assert not any(x in c for c in calm_comments for x in BANKS["en"].COMMENT["curt"] + BANKS["en"].COMMENT["good"])
    notes = [visit_texts(_scenario(source="in_person", lang="id", blame=True), rng)[1] for _ in range(30)]
    assert any("bagian" in n or "kantor" in n for n in notes if n)
