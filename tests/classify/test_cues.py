"""The rule-based cue matcher finds the phrases quality managers look for, in every language."""

from __future__ import annotations

import pytest

from consistency.classify.cues import build_pipeline, cue_evidence


@pytest.mark.parametrize(
    ("lang", "text", "cue", "phrase"),
    [
        ("en", "Sorry, that's not our department, call the card team.", "blame", "that's not our department"),
        ("en", "I want to speak to a manager right now", "escalation_request", "speak to a manager"),
        ("en", "We will call you back tomorrow.", "follow_up", "We will call you back"),
        ("en", "Okay, that's fixed now.", "fix_confirmed", "that's fixed now"),
        ("en", "Good morning, how can I help?", "greeting", "Good morning"),
        ("en", "Thank you so much!", "thanks", "Thank you"),
        ("en", "I apologise for the wait.", "apology", "I apologise"),
        ("de", "Die Kollegen von der Kasse sind schuld.", "blame", "Kollegen von der Kasse sind schuld"),
        ("de", "Da sind wir nicht zuständig.", "blame", "sind wir nicht zuständig"),
        ("de", "Es tut mir leid, wir rufen Sie zurück.", "follow_up", "wir rufen Sie zurück"),
        ("de", "Es tut mir leid.", "apology", "Es tut mir leid"),
        ("de", "Das ist jetzt behoben.", "fix_confirmed", "ist jetzt behoben"),
        ("id", "Maaf, itu bukan bagian kami.", "blame", "itu bukan bagian kami"),
        ("id", "Terima kasih atas kesabarannya", "thanks", "Terima kasih"),
        ("id", "Saya mau bicara dengan manajer", "escalation_request", "bicara dengan manajer"),
        ("id", "Masalahnya sudah diperbaiki", "fix_confirmed", "sudah diperbaiki"),
        ("nb", "Beklager, det er ikke vår avdeling.", "blame", "det er ikke vår avdeling"),
        ("nb", "Vi ringer deg tilbake i morgen", "follow_up", "Vi ringer deg tilbake"),
        ("nb", "Tusen takk for hjelpen!", "thanks", "Tusen takk"),
        ("nb", "God morgen!", "greeting", "God morgen"),
        ("ru", "Это не к нам, обращайтесь в банк.", "blame", "Это не к нам"),
        ("ru", "Позовите руководителя!", "escalation_request", "Позовите руководителя"),
        ("ru", "Спасибо большое", "thanks", "Спасибо"),
        ("ru", "Мы вам перезвоним завтра", "follow_up", "Мы вам перезвоним"),
        ("ru", "Проблема решена, теперь работает", "fix_confirmed", "теперь работает"),
    ],
)
def test_cue_matcher_finds_phrase(lang: str, text: str, cue: str, phrase: str) -> None:
    doc = build_pipeline(lang)(text)
    found = {(c, s.text) for c, s in doc._.cues}
    assert (cue, phrase) in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My card was declined at the shop."),
        ("de", "Meine Karte wurde abgelehnt."),
        ("id", "Kartu saya ditolak di toko."),
        ("nb", "Kortet mitt ble avvist i butikken."),
        ("ru", "Мою карту отклонили в магазине."),
    ],
)
def test_neutral_sentence_has_no_service_cues(lang: str, text: str) -> None:
    doc = build_pipeline(lang)(text)
    service = {c for c, _ in doc._.cues} - {"negation", "intensifier"}
    assert service == set()


@pytest.mark.parametrize(
    ("text", "cue"),
    [("great service :)", "emoji_positive"), ("still waiting :(", "emoji_negative"),
     ("спасибо)))", "emoji_positive"), ("ужас 😡", "emoji_negative"), ("love it 😍", "emoji_positive")],
)
def test_emoticons_and_emoji_become_cues(text: str, cue: str) -> None:
    lang = "ru" if any("а" <= ch <= "я" for ch in text) else "en"
    doc = build_pipeline(lang)(text)
    assert cue in {c for c, _ in doc._.cues}


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Hello. Sorry, that's not our department."
    ev = cue_evidence(build_pipeline("en")(text), turn=3)
    assert ev, "expected evidence"
    for e in ev:
        assert text[e.start:e.end] == e.text and e.turn == 3
    assert {"greeting", "apology", "blame"} <= {e.cue for e in ev}


def test_unsupported_language_pipeline_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        build_pipeline("fr")
