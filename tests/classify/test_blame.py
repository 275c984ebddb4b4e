"""Blame cues: true and false examples in every language, with evidence spans kept."""

from __future__ import annotations

import pytest

from consistency.classify import InteractionClassifier
from consistency.classify.cues import build_pipeline
from consistency.records import InteractionText, Turn

BLAME = [
    ("en", "That's not our department, call the card team."),
    ("en", "The billing department messed up your invoice."),
    ("en", "Honestly, the warehouse lost your parcel, not us."),
    ("de", "Das ist nicht unsere Abteilung, wenden Sie sich an die Bank."),
    ("de", "Das hat die Buchhaltung verbockt."),
    ("de", "Die Kollegen von der Kasse sind schuld."),
    ("id", "Maaf, itu bukan bagian kami."),
    ("id", "Bagian gudang yang salah kirim barangnya."),
    ("nb", "Beklager, det er ikke vår avdeling."),
    ("nb", "Regnskapsavdelingen har rotet til fakturaen din."),
    ("ru", "Это не к нам, обращайтесь в банк."),
    ("ru", "Бухгалтерия напутала с вашим счётом."),
    ("ru", "Курьерская служба потеряла вашу посылку."),
    # Laying the fault at a team's door, or disowning it ("we couldn't see that from here", "not me").
    ("en", "The fault lies with the courier, not with us."),
    ("de", "Es tut mir leid, unser Lager hat das durcheinandergebracht, das konnten wir von hier nicht sehen."),
    ("de", "Leider lag der Fehler bei der Buchhaltung, ich habe ihn korrigiert."),
    ("id", "Kesalahan ada di pihak gudang, bukan saya."),
    ("nb", "Feilen ligger hos lageret, det har ingenting med oss å gjøre."),
    ("ru", "Это по вине склада, я тут ни при чём."),
]
NOT_BLAME = [
    ("en", "Our billing team made a mistake, I'm sorry about that."),
    ("en", "It was lost in the post, I'll send a new one."),
    ("en", "I'll transfer you to another department that handles cards."),
    ("de", "Da müssen Sie eben warten."),
    ("de", "Unsere Buchhaltung hat einen Fehler gemacht, das korrigiere ich."),
    ("de", "Die Kollegen von der IT haben es behoben."),
    ("id", "Tim kami salah input, mohon maaf."),
    ("id", "Silakan tunggu sebentar, saya cek dulu."),
    ("nb", "Vår avdeling har gjort en feil, beklager."),
    ("nb", "Jeg setter deg over til en annen avdeling."),
    ("ru", "Наш отдел ошибся, извините."),
    ("ru", "Я переведу вас в другой отдел."),
    # The team is asked, not the one at fault: reporting a fact found out from them.
    ("en", "I've checked with the courier, the parcel is lost, so I've sent a new one today."),
    ("de", "Ich habe beim Lager nachgefragt, das Paket ist verloren, ein neues ist unterwegs."),
    ("id", "Saya sudah cek ke kurir, paketnya hilang karena salah alamat, jadi kami kirim ulang hari ini."),
    ("nb", "Jeg har sjekket med lageret, pakken er mistet, så jeg sender en ny i dag."),
    ("ru", "Я уточнил у курьерской службы: посылка потеряна, новую отправим сегодня."),
]


def _blame_spans(lang: str, text: str) -> list:
    return [span for cue, span in build_pipeline(lang)(text)._.cues if cue == "blame"]


@pytest.mark.parametrize(("lang", "text"), BLAME)
def test_blaming_another_team_is_found(lang: str, text: str) -> None:
    spans = _blame_spans(lang, text)
    assert spans, text
    for span in spans:
        assert text[span.start_char:span.end_char] == span.text


@pytest.mark.parametrize(("lang", "text"), NOT_BLAME)
def test_owning_a_mistake_or_a_plain_handoff_is_not_blame(lang: str, text: str) -> None:
    assert _blame_spans(lang, text) == [], text


def test_every_language_has_true_and_false_examples() -> None:
    langs = {"en", "de", "id", "nb", "ru"}
    assert {lang for lang, _ in BLAME} == langs and {lang for lang, _ in NOT_BLAME} == langs


def test_blame_evidence_keeps_turn_offsets_cue_and_label(models_dir) -> None:
    from consistency.classify.score_jsonl import CUE_LABEL

    item = InteractionText("b1", "chat", [Turn("customer", "Where is my refund?"),
                                         Turn("agent", "Sorry. The billing department messed up your refund.")])
    (c,) = InteractionClassifier.load(models_dir).classify([item])
    assert c.blame
    (e,) = [e for e in c.evidence if e.cue == "blame"]
    assert e.turn == 1 and item.turns[1].text[e.start:e.end] == e.text == "billing department messed up"
    assert CUE_LABEL[e.cue] == "blame"
