"""E-mail connector: threading, quoted replies, HTML, charsets and messages without text."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from consistency.ingest.email import read_email, strip_quoted
from consistency.records import RawInteraction
from tests.ingest.conftest import EXAMPLES, split, write


def _eml(msg_id: str, body: str, *, reply_to: str | None = None, agent: str | None = None,
         date: str = "Sat, 21 Nov 2026 09:00:00 +0100", extra: str = "", ctype: str = "text/plain; charset=utf-8") -> str:
    headers = [f"From: {'staff@bank.example' if agent else 'kunde@example.org'}", "To: x@bank.example",
               "Subject: test", f"Date: {date}", f"Message-ID: {msg_id}", "X-Branch: BER"]
    if reply_to:
        headers += [f"In-Reply-To: {reply_to}", f"References: {reply_to}"]
    if agent:
        headers.append(f"X-Agent-Id: {agent}")
    headers += ["MIME-Version: 1.0", f"Content-Type: {ctype}"]
    return "\n".join(headers) + extra + "\n\n" + body


def _threads(tz: ZoneInfo) -> dict[str, RawInteraction]:
    good, bad = split(list(read_email(EXAMPLES / "email", tz)))
    assert bad == []
    return {t.native_id: t for t in good}  # type: ignore[union-attr]


def test_examples_become_one_interaction_per_thread_across_eml_and_mbox(tz: ZoneInfo) -> None:
    threads = _threads(tz)
    assert set(threads) == {"<q1-20261121@example.org>", "<q2-20261121@example.de>",
                            "<q3-20261121@example.ru>", "<q4-20261121@example.no>"}
    card = threads["<q1-20261121@example.org>"]
    assert [t.speaker for t in card.turns] == ["customer", "agent"]
    assert (card.branch, card.agent, card.customer, card.csat, card.outcome) == ("LON", "ag-017", "cust-88231", 5.0, "RESOLVED")
    assert card.wait_seconds == 88 * 60  # 08:12 question, 09:40 reply
    assert threads["<q4-20261121@example.no>"].row == 3  # third message of the mbox


def test_html_reply_is_text_without_its_quote(tz: ZoneInfo) -> None:
    reply = _threads(tz)["<q1-20261121@example.org>"].turns[1].text
    assert "refunded the second fee" in reply and "I'm sorry" in reply  # entities decoded
    assert "<p>" not in reply and "wrote:" not in reply and "charged the annual card fee" not in reply


@pytest.mark.parametrize(
    ("native_id", "turn", "expected", "quoted"),
    [
        ("<q2-20261121@example.de>", 1, "Für Überweisungen ins Ausland", "seit einer Woche"),  # iso-8859-1 + "Am .. schrieb"
        ("<q3-20261121@example.ru>", 1, "Карта разблокирована", "после поездки"),  # koi8-r base64 + "написал:"
    ],
)
def test_non_utf8_charsets_decode_and_quotes_are_stripped(tz: ZoneInfo, native_id: str, turn: int,
                                                          expected: str, quoted: str) -> None:
    text = _threads(tz)[native_id].turns[turn].text
    assert expected in text and quoted not in text


@pytest.mark.parametrize(
    "attribution",
    [
        "On Sat, 21 Nov 2026 at 09:00, Jane <jane@example.org> wrote:",
        "Am 21.11.2026 um 09:00 schrieb Anna Müller <anna@example.de>:",
        "21 ноября 2026 г., Иван Петров написал:",
        "Den 21. nov. 2026 kl. 09:00 skrev Kari Nordmann <kari@example.no>:",
        "Pada 21 Nov 2026 09.00, Budi <budi@example.id> menulis:",
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
    ],
)
def test_quoted_reply_headers_in_five_languages_cut_the_quote(attribution: str) -> None:
    text = f"Thanks, done.\n\n{attribution}\nFrom the earlier mail\nsecond line"
    assert strip_quoted(text) == "Thanks, done."


def test_wrapped_attribution_and_quote_markers_are_removed() -> None:
    text = "Fine by me.\n> old line\n>> older\nOn Sat, 21 Nov 2026, Jane Carter <jane@example.org>\nwrote:\nold"
    assert strip_quoted(text) == "Fine by me."


def test_thread_split_over_files_and_out_of_order(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = tmp_path / "email"
    write(folder / "a-reply.eml", _eml("<r@b>", "Wir kümmern uns darum.", reply_to="<q@c>", agent="ag-9",
                                       date="Sat, 21 Nov 2026 10:30:00 +0100"))
    write(folder / "b-question.eml", _eml("<q@c>", "Wo ist mein Paket?"))
    good, bad = split(list(read_email(folder, tz)))
    assert bad == [] and len(good) == 1
    thread = good[0]
    assert thread.native_id == "<q@c>" and Path(thread.file).name == "b-question.eml"
    assert [t.speaker for t in thread.turns] == ["customer", "agent"] and thread.wait_seconds == 5400


def test_eml_without_body_is_empty_body_reject(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "email" / "blank.eml", _eml("<blank@x>", "\n\n"))
    items = list(read_email(path.parent, tz))
    assert [(i.rule, Path(i.file).name, i.row) for i in items] == [("empty_body", "blank.eml", 1)]
    assert "<blank@x>" in items[0].message


def test_a_blank_message_in_a_thread_with_text_keeps_the_thread(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = tmp_path / "email"
    write(folder / "q.eml", _eml("<q@x>", "Hello, my card is blocked."))
    write(folder / "r.eml", _eml("<r@x>", "", reply_to="<q@x>", agent="ag-1"))
    good, bad = split(list(read_email(folder, tz)))
    assert bad == [] and [t.speaker for t in good[0].turns] == ["customer"]


def test_empty_file_and_bad_date_are_rejected_with_file_and_rule(tmp_path: Path, tz: ZoneInfo) -> None:
    folder = tmp_path / "email"
    write(folder / "empty.eml", "")
    write(folder / "nodate.eml", _eml("<d@x>", "Hello", date="sometime last week"))
    write(folder / "box.mbox", "this is not an mbox\n")
    _, bad = split(list(read_email(folder, tz)))
    got = {(Path(r.file).name, r.rule) for r in bad}
    assert got == {("empty.eml", "empty_file"), ("nodate.eml", "bad_date"), ("box.mbox", "unreadable_file")}
    assert any("'sometime last week'" in r.message for r in bad)


def test_latin1_body_without_declared_charset_is_decoded(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "email" / "legacy.eml"
    write(path, _eml("<l@x>", "Grüße aus München", ctype="text/plain"), encoding="latin-1")
    good, _ = split(list(read_email(path.parent, tz)))
    assert good[0].turns[0].text == "Grüße aus München"


def test_unreadable_csat_header_rejects_the_thread_naming_it(tmp_path: Path, tz: ZoneInfo) -> None:
    path = write(tmp_path / "email" / "q.eml", _eml("<c@x>", "Hello", extra="\nX-CSAT: great"))
    items = list(read_email(path.parent, tz))
    assert [(i.rule, i.row) for i in items] == [("bad_number", 1)]
    assert "<c@x>" in items[0].message and "X-CSAT 'great'" in items[0].message


def _nightly_thread(root: Path, nights: tuple[str, ...] = ("2026-11-20", "2026-11-21", "2026-11-23", "2026-12-10")) -> None:
    """A question on the 20th, the answer on the 21st, the customer's thanks on the 23rd, in nightly folders;
    and an unrelated question 20 days later (outside ``LINK_DAYS``). ``nights``: the exports that exist."""
    mails = {
        "2026-11-20": ("q.eml", _eml("<q@c>", "Wo ist mein Paket?", date="Fri, 20 Nov 2026 18:00:00 +0100")),
        "2026-11-21": ("r.eml", _eml("<r@b>", "Es kommt am Montag.", reply_to="<q@c>", agent="ag-9",
                                     date="Sat, 21 Nov 2026 09:00:00 +0100")),
        "2026-11-23": ("t.eml", _eml("<t@c>", "Danke, ist angekommen.", date="Mon, 23 Nov 2026 17:00:00 +0100",
                                     extra="\nIn-Reply-To: <r@b>\nReferences: <q@c> <r@b>")),
        "2026-12-10": ("x.eml", _eml("<x@c>", "Noch eine Frage.", date="Thu, 10 Dec 2026 09:00:00 +0100")),
    }
    for night in nights:
        name, text = mails[night]
        write(root / night / "email" / name, text)


def test_a_thread_over_several_nights_is_one_contact_from_every_night_that_holds_part_of_it(
        tmp_path: Path, tz: ZoneInfo) -> None:
    _nightly_thread(tmp_path)
    for night in ("2026-11-20", "2026-11-21", "2026-11-23"):
        good, bad = split(list(read_email(tmp_path / night / "email", tz)))
        assert bad == [] and [t.native_id for t in good] == ["<q@c>"], night
        assert [(t.speaker, t.text) for t in good[0].turns] == [
            ("customer", "Wo ist mein Paket?"), ("agent", "Es kommt am Montag."), ("customer", "Danke, ist angekommen.")]
        assert Path(good[0].file).name == "q.eml" and good[0].wait_seconds == 15 * 3600
    later, _ = split(list(read_email(tmp_path / "2026-12-10" / "email", tz)))
    assert [t.native_id for t in later] == ["<x@c>"]


def test_a_folder_outside_a_tree_of_nights_reads_only_itself(tmp_path: Path, tz: ZoneInfo) -> None:
    write(tmp_path / "inbox" / "email" / "r.eml", _eml("<r@b>", "Es kommt am Montag.", reply_to="<q@c>", agent="ag-9"))
    write(tmp_path / "2026-11-20" / "email" / "q.eml", _eml("<q@c>", "Wo ist mein Paket?"))
    good, _ = split(list(read_email(tmp_path / "inbox" / "email", tz)))
    assert [t.native_id for t in good] == ["<r@b>"]


def test_nightly_loads_complete_the_stored_thread_and_drop_its_stale_label(tmp_path: Path) -> None:
    from sqlalchemy import select

    from consistency import pipeline
    from consistency.config import Settings
    from consistency.store import models as m
    from consistency.store.db import session_scope

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'store.db'}", quarantine_dir=tmp_path / "kept", local_workers=1)
    engine = pipeline.open_store(settings)
    stored = []
    for night in ("2026-11-20", "2026-11-21", "2026-11-23"):
        _nightly_thread(tmp_path / "exports", (night,))  # tonight's export arrives
        pipeline.ingest(engine, tmp_path / "exports" / night, settings)
        pipeline.classify(engine, settings, date(2026, 11, 1), date(2026, 11, 30))
        with session_scope(engine) as session:
            ids = session.scalars(select(m.Interaction.native_id).where(m.Interaction.source == "email")).all()
            turns = session.scalars(select(m.Turn.text).order_by(m.Turn.idx)).all()
            label = session.scalar(select(m.Classification.resolution))
        stored.append((ids, len(turns), label))
    engine.dispose()
    assert [s[0] for s in stored] == [["<q@c>"]] * 3 and [s[1] for s in stored] == [1, 2, 3]
    assert stored[0][2] == "unresolved"  # nobody had answered yet; relabelled as the thread grew
    assert stored[2][2] == "resolved"
