"""One writer per export format of docs/formats.md; every writer is byte-deterministic for its input."""

from __future__ import annotations

import csv
import html
import io
import json
import quopri
import random
import re
import zipfile
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

from consistency.demo.conversation import CHAIN, Scenario, visit_texts
from consistency.demo.phrases import BANKS

_FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
_LEGACY_CHARSET = {"ru": "koi8-r", "de": "iso-8859-1", "nb": "iso-8859-1"}
_SPEAKING_RATE = 14.0  # characters per second in a transcript


def _iso(ts: datetime) -> str:
    return ts.isoformat(timespec="seconds")


def _csv_text(header: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_phone(folder: Path, calls: list[Scenario], rng: random.Random) -> None:
    """phone/calls.csv plus one speech-to-text transcript per call."""
    transcripts = folder / "phone" / "transcripts"
    transcripts.mkdir(parents=True, exist_ok=True)
    rows = []
    for s in calls:
        clock, turns = 0.0, []
        for speaker, text in s.turns:
            end = clock + max(0.8, len(text) / _SPEAKING_RATE * rng.uniform(0.85, 1.2))
            turns.append({"speaker": speaker, "start": round(clock, 1), "end": round(end, 1), "text": text})
            clock = end + rng.uniform(0.2, 1.5)
        s.handle_s = max(s.handle_s, int(clock) + 5)
        doc = {"call_id": s.native_id, "language": s.lang, "turns": turns}
        if rng.random() < 0.1:
            # Some speech-to-text exports only number the speakers and map them once.
            ids = {"agent": "spk_0", "customer": "spk_1"} if turns[0]["speaker"] == "agent" else {
                "customer": "spk_0", "agent": "spk_1"}
            doc["speakers"] = {v: k for k, v in ids.items()}
            for t in turns:
                t["speaker"] = ids[t["speaker"]]
        (transcripts / f"{s.native_id}.json").write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n",
                                                         encoding="utf-8")
        rows.append({"call_id": s.native_id, "branch": s.branch, "agent": s.agent, "customer": s.customer,
                     "start": _iso(s.start), "end": _iso(s.start + timedelta(seconds=s.handle_s)),
                     "wait_seconds": s.wait_s, "transfers": s.transfers, "outcome": s.outcome,
                     "csat": s.csat if s.csat is not None else "", "topic": s.topic, "lang": s.lang})
    header = ["call_id", "branch", "agent", "customer", "start", "end", "wait_seconds", "transfers", "outcome", "csat",
              "topic", "lang"]
    (folder / "phone" / "calls.csv").write_text(_csv_text(header, rows), encoding="utf-8")


def write_chat(folder: Path, chats: list[Scenario], rng: random.Random) -> None:
    """chat/chats.jsonl, one conversation per line."""
    (folder / "chat").mkdir(parents=True, exist_ok=True)
    lines = []
    for s in chats:
        ts, messages, answered = s.start, [], False
        for i, (speaker, text) in enumerate(s.turns):
            if i:
                # The first agent answer after the customer's opening is the queue wait.
                gap = s.wait_s if speaker == "agent" and not answered and messages else rng.randint(15, 120)
                ts += timedelta(seconds=gap)
            answered = answered or (speaker == "agent" and i > 0)
            messages.append({"ts": _iso(ts), "role": speaker, "text": text})
        s.handle_s = int((ts - s.start).total_seconds()) + 30
        row = {"conversation_id": s.native_id, "branch": s.branch, "agent": s.agent, "customer": s.customer,
               "started_at": _iso(s.start), "ended_at": _iso(ts + timedelta(seconds=30)), "topic": s.topic,
               "transfers": s.transfers, "outcome": s.outcome, "lang": s.lang, "messages": messages}
        if s.csat is not None:
            row["csat"] = s.csat
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    (folder / "chat" / "chats.jsonl").write_text("\n".join(lines) + "\n" if lines else "", encoding="utf-8")


def write_in_person(folder: Path, visits: list[Scenario], rng: random.Random, as_xlsx: bool) -> None:
    """in_person/visits.csv (or visits.xlsx): the visit log with comment and staff note."""
    (folder / "in_person").mkdir(parents=True, exist_ok=True)
    header = ["visit_id", "branch", "staff", "customer", "time_in", "time_out", "topic", "outcome", "transfers",
              "survey_score", "lang", "comment", "staff_note"]
    rows = []
    for s in visits:
        comment, note = visit_texts(s, rng)
        s.turns = [t for t in (("customer", comment), ("agent", note)) if t[1]]
        rows.append({"visit_id": s.native_id, "branch": s.branch, "staff": s.agent, "customer": s.customer,
                     "time_in": _iso(s.start), "time_out": _iso(s.start + timedelta(seconds=s.handle_s)),
                     "topic": s.topic, "outcome": s.outcome, "transfers": s.transfers,
                     "survey_score": s.csat if s.csat is not None else "", "lang": s.lang, "comment": comment,
                     "staff_note": note})
    if as_xlsx:
        _write_xlsx(folder / "in_person" / "visits.xlsx", header, rows)
    else:
        (folder / "in_person" / "visits.csv").write_text(_csv_text(header, rows), encoding="utf-8")


def _write_xlsx(path: Path, header: list[str], rows: list[dict]) -> None:
    from openpyxl import Workbook  # heavy; only the days written as workbooks need it

    wb = Workbook()
    ws = wb.active
    ws.title = "visits"
    ws.append(header)
    for row in rows:
        ws.append([row[h] for h in header])
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps the wall clock into the zip entries and docProps; pin both so reruns are byte-identical.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            dst.writestr(zipfile.ZipInfo(name, _FIXED_ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def _address(name: str, customer: str, rng: random.Random) -> str:
    local = ".".join(p.lower() for p in name.encode("ascii", "ignore").decode().split()) or f"client.{customer[-5:]}"
    return f"{local}@{rng.choice(('gmail.com', 'outlook.com', 'yahoo.com', 'mail.ru', 'web.de', 'online.no'))}"


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _body(text: str, lang: str, as_html: bool, rng: random.Random) -> tuple[bytes, str]:
    charset = _LEGACY_CHARSET[lang] if lang in _LEGACY_CHARSET and rng.random() < 0.3 else "utf-8"
    if as_html:
        text = "<html><body>" + "".join(
            f"<blockquote>{html.escape(p[2:])}</blockquote>" if p.startswith("> ") else f"<p>{html.escape(p)}</p>"
            for p in text.split("\n") if p) + "</body></html>"
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset, data = "utf-8", text.encode("utf-8")
    body = quopri.encodestring(data)
    # An mbox line may not start with "From "; quoted-printable can spell the F instead of escaping the line.
    return re.sub(rb"(?m)^From ", b"=46rom ", body), charset


def _mail_text(s: Scenario, speaker: str, text: str, rng: random.Random) -> str:
    bank, v = BANKS[s.lang], {"customer": s.customer_name, "agent": s.agent_name, "branch": s.branch_name}
    if speaker == "customer":
        hello, bye = rng.choice(bank.MAIL_HELLO_CUSTOMER), rng.choice(bank.MAIL_BYE_CUSTOMER)
    elif s.courteous:
        hello, bye = rng.choice(bank.MAIL_HELLO_AGENT), rng.choice(bank.MAIL_BYE_AGENT)
    else:
        hello, bye = "", rng.choice(bank.MAIL_BYE_AGENT_CURT)  # curt: no salutation, a bare name
    return "\n\n".join(part.format(**v) for part in (hello, text, bye) if part)


def thread_messages(s: Scenario, rng: random.Random) -> list[bytes]:
    """The raw RFC 5322 messages of one e-mail thread (first is the customer's, its Message-ID the native id)."""
    bank = BANKS[s.lang]
    domain = f"{CHAIN.lower()}-customers.example"
    branch_addr = f"service.{s.branch.lower()}@{domain}"
    cust_addr = _address(s.customer_name, s.customer, rng)
    subject = rng.choice(bank.SUBJECT[s.topic]).format(order=f"{rng.choice('ABKRZ')}{rng.randint(100000, 999999)}")
    ts, ids, out, previous = s.start, [], [], ""
    staff_msgs = [i for i, (sp, _) in enumerate(s.turns) if sp == "agent"]
    for i, (speaker, text) in enumerate(s.turns):
        if i:
            ts += timedelta(seconds=s.wait_s if i == 1 else rng.randint(1200, 7200))
        body_text = _mail_text(s, speaker, text, rng)
        if previous and rng.random() < 0.6:
            prev_from = s.agent_name if speaker == "customer" else s.customer_name
            when = (ts - timedelta(hours=1)).strftime(bank.DATE_FMT + " %H:%M")
            if s.lang == "en" and rng.random() < 0.3:
                # Outlook style: a separator and the old message unindented.
                body_text += f"\n\n-----Original Message-----\nFrom: {prev_from}\nSent: {when}\n\n{previous}"
            else:
                quote_head = bank.QUOTE_HEADER.format(date=when, name=prev_from)
                body_text += "\n\n" + quote_head + "\n" + "\n".join("> " + line for line in previous.split("\n"))
        previous = body_text
        msg_id = s.native_id if i == 0 else s.native_id.replace(".0@", f".{i}@")
        is_staff = speaker == "agent"
        body, charset = _body(body_text, s.lang, is_staff and rng.random() < 0.15, rng)
        headers = [
            ("From", formataddr((s.agent_name if is_staff else s.customer_name, branch_addr if is_staff else cust_addr),
                                charset="utf-8")),
            ("To", formataddr((s.customer_name, cust_addr), charset="utf-8") if is_staff else branch_addr),
            ("Subject", _header(subject if i == 0 else f"Re: {subject}")),
            ("Date", format_datetime(ts)),
            ("Message-ID", msg_id),
        ]
        if ids:
            headers += [("In-Reply-To", ids[-1]), ("References", " ".join(ids))]
        headers += [("X-Branch", s.branch), ("X-Topic", s.topic), ("Content-Language", s.lang)]
        if is_staff:
            headers.append(("X-Agent-Id", s.agent))
            if i == staff_msgs[-1]:
                headers += [("X-Outcome", s.outcome), ("X-Transfers", str(s.transfers))]
                if s.csat is not None:
                    headers.append(("X-CSAT", str(s.csat)))
        else:
            headers.append(("X-Customer-Id", s.customer))
        kind = "html" if body.startswith(b"<html>") else "plain"
        headers += [("MIME-Version", "1.0"), ("Content-Type", f'text/{kind}; charset="{charset}"'),
                    ("Content-Transfer-Encoding", "quoted-printable")]
        raw = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii") + b"\n" + body
        out.append(raw if raw.endswith(b"\n") else raw + b"\n")
        ids.append(msg_id)
    s.handle_s = int((ts - s.start).total_seconds())
    return out


def write_email(folder: Path, day: date, threads: list[Scenario], rng: random.Random) -> None:
    """email/<day>.mbox with most threads, and a few threads as one .eml file per message."""
    (folder / "email").mkdir(parents=True, exist_ok=True)
    mbox = []
    for s in threads:
        messages = thread_messages(s, rng)
        if rng.random() < 0.03:
            stem = s.native_id.strip("<>").split("@")[0]
            for k, raw in enumerate(messages):
                (folder / "email" / f"{stem}-{k}.eml").write_bytes(raw)
            continue
        for raw, (_, _text) in zip(messages, s.turns):
            envelope = b"From MAILER-DAEMON " + s.start.strftime("%a %b %d %H:%M:%S %Y").encode()
            mbox.append(envelope + b"\n" + raw + b"\n")
    (folder / "email" / f"{day.isoformat()}.mbox").write_bytes(b"".join(mbox))


def write_mystery_shop(folder: Path, rows: list[dict]) -> None:
    """mystery_shop/scorecards.csv, the vendor's weekly file."""
    (folder / "mystery_shop").mkdir(parents=True, exist_ok=True)
    header = ["shop_id", "shop_date", "branch", "channel", "shopper", "greeting", "courtesy", "knowledge",
              "resolution", "comments"]
    (folder / "mystery_shop" / "scorecards.csv").write_text(_csv_text(header, rows), encoding="utf-8")


LABEL_COLUMNS = ["source", "native_id", "lang", "customer_tone", "courteous", "resolution", "blame"]


def label_rows(contacts: list[Scenario]) -> list[dict]:
    """The per-interaction truth rows for labels.csv."""
    return [{"source": s.source, "native_id": s.native_id, "lang": s.lang, "customer_tone": s.tone,
             "courteous": int(s.courteous), "resolution": s.resolution, "blame": int(s.blame)} for s in contacts]
