"""E-mail: ``.eml`` files and mboxes, rebuilt into threads; one thread is one interaction."""

from __future__ import annotations

import codecs
import email
import io
import json
import email.policy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from consistency.ingest.common import (
    RowError,
    decode_bytes,
    file_rejected,
    files_in,
    first_reply_wait,
    parse_timestamp,
    text_or_none,
    to_float,
    to_int,
)
from consistency.records import RawInteraction, Rejected, Turn

SOURCE = "email"
_RAW_LIMIT = 2_000  # characters of an unreadable part kept in quarantine
_MSGID = re.compile(r"<[^<>\s]+>")
# The three headers that link messages (folded continuation lines included), read without parsing a message.
_LINK_HEADERS = re.compile(rb"^(message-id|references|in-reply-to)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
# Nights apart that one thread's messages are looked for (a reply a fortnight later is still the same case).
LINK_DAYS = 14
# Where a reply starts quoting the message before it, in the languages the chain writes in.
_QUOTE_HEADERS = re.compile(
    r"^\s*(?:"
    r"On\b.{0,200}\bwrote:"  # en
    r"|Am\b.{0,200}\bschrieb\b.{0,200}:"  # de
    r"|.{0,200}\b(?:написал|написала|написал\(а\)):"  # ru
    r"|Den\b.{0,200}\bskrev\b.{0,200}:|.{0,200}\bskrev:"  # nb
    r"|Pada\b.{0,200}\bmenulis:"  # id
    r"|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Исходное сообщение|Opprinnelig melding"
    r"|Pesan Asli|Forwarded message)\s*-{2,}"
    r")\s*$",
    re.IGNORECASE,
)


@dataclass
class _Mail:
    """One message as read, before threading."""

    file: Path
    row: int  # message number in an mbox (1 for an .eml)
    msg_id: str
    parents: list[str]
    sent: datetime | None
    date_text: str
    headers: dict[str, str]
    sender: str | None
    text: str


def read_email(folder: Path, tz: ZoneInfo) -> Iterator[RawInteraction | Rejected]:
    """Every thread across the folder's ``.eml`` and ``.mbox`` files (threads may span files), whole.

    Threads span nights too: a customer writes on Monday and the answer is in Tuesday's export. In a
    tree of nightly exports (``<root>/<YYYY-MM-DD>/email``) the e-mail folders of the nights up to
    ``LINK_DAYS`` before and after this one are read as well, and a thread holding any message of this
    night comes out with all its messages found there, under its first message's id. So Tuesday's load
    completes Monday's thread (its label is then redone) instead of storing the answer as a contact of
    its own, and every night that holds part of a thread gives the same record of it.
    """
    # Threads span files, so a night's messages are held (as extracted text) until all are read.
    mails: list[_Mail] = []
    for path in files_in(folder, (".eml", ".mbox", ".mbx")):
        for item in _read_file(path, tz):
            if isinstance(item, Rejected):
                yield item
            else:
                mails.append(item)
    own = {m.msg_id for m in mails}
    mails += _linked_mails(mails, neighbour_nights(folder), tz)
    for thread in _threads(mails):
        if not any(m.msg_id in own for m in thread):
            continue  # another night's thread: that night gives it
        try:
            item = _interaction(thread)
        except RowError as err:
            item = Rejected(SOURCE, str(thread[0].file), thread[0].row, err.rule,
                            f"thread {thread[0].msg_id}: {err.message}")
        if isinstance(item, Rejected) and not item.raw:
            item.raw = _thread_raw(thread)
        yield item


def neighbour_nights(folder: Path) -> list[Path]:
    """The same kind's folders of the nights within ``LINK_DAYS`` of ``folder``'s night, where the folder sits
    in a tree of nightly exports (``<root>/<YYYY-MM-DD>/<kind>``); none otherwise."""
    night = _night_date(folder.parent.name)
    if night is None:
        return []
    found = []
    for other in sorted(folder.parent.parent.iterdir()):
        day = _night_date(other.name)
        if day is not None and day != night and abs((day - night).days) <= LINK_DAYS and (other / folder.name).is_dir():
            found.append(other / folder.name)
    return found


def _night_date(name: str) -> date | None:
    try:
        return date.fromisoformat(name) if len(name) == 10 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class _Link:
    """Where a message of another night is and what it links to, read off its headers alone."""

    path: Path
    row: int
    msg_id: str
    parents: tuple[str, ...]


def _linked_mails(mails: list[_Mail], folders: list[Path], tz: ZoneInfo) -> list[_Mail]:
    """The messages of other nights' ``folders`` in a thread with any of ``mails``, read in full; the rest of
    those nights is read only as far as its headers (a night's mail read whole for each of its 28 neighbours
    cost 8 CPU-s a night on the demo). What could not be read is that night's to report."""
    links = []
    for folder in folders:
        for path in files_in(folder, (".eml", ".mbox", ".mbx")):
            try:
                stat = path.stat()
            except OSError:
                continue
            links += _file_links(path, stat.st_size, stat.st_mtime_ns)
    if not links:
        return []
    known = {m.msg_id for m in mails} | {p for m in mails for p in m.parents}
    wanted: dict[tuple[Path, int], _Link] = {}
    grew = True
    while grew:  # the thread's closure over Message-ID links, a few passes deep
        grew = False
        for link in links:
            key = (link.path, link.row)
            if key not in wanted and (link.msg_id in known or known.intersection(link.parents)):
                wanted[key] = link
                known.add(link.msg_id)
                known.update(link.parents)
                grew = True
    rows: dict[Path, set[int]] = {}
    for path, row in wanted:
        rows.setdefault(path, set()).add(row)
    return [m for path, keep in rows.items() for m in _read_file(path, tz, keep) if isinstance(m, _Mail)]


@lru_cache(maxsize=8192)
def _file_links(path: Path, size: int, mtime_ns: int) -> tuple[_Link, ...]:
    """Each message's id and parents from its headers (cached while the file is unchanged)."""
    try:
        if path.suffix.lower() == ".eml":
            parts = [_strip_bom(_as_utf8(path.read_bytes()))]
        else:
            parts = [data for kind, data in _mbox_parts(path) if kind == "message"]
    except OSError:
        return ()
    links = []
    for row, data in enumerate(parts, start=1):
        head = data.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
        found: dict[str, str] = {}
        for name, value in _LINK_HEADERS.findall(head):
            found.setdefault(name.decode("ascii").lower(), value.decode("latin-1"))
        msg_id, parents = _links_of(found.get, path, row)
        links.append(_Link(path, row, msg_id, tuple(parents)))
    return tuple(links)


def _thread_raw(thread: list[_Mail]) -> str:
    """A rejected thread as JSON: each message's id, date, sender and text, so it can be found and fixed."""
    return json.dumps([{"message_id": m.msg_id, "file": str(m.file), "row": m.row, "date": m.date_text,
                        "sender": m.sender, "text": m.text[:_RAW_LIMIT]} for m in thread], ensure_ascii=False)


def _read_file(path: Path, tz: ZoneInfo, rows: set[int] | None = None) -> Iterator[_Mail | Rejected]:
    """The file's messages (``rows``: only those message numbers, as another night's thread needs them)."""
    try:
        if path.stat().st_size == 0:
            yield Rejected(SOURCE, str(path), None, "empty_file", "the file is empty")
            return
        if path.suffix.lower() == ".eml":
            data = _as_utf8(path.read_bytes())
            # Editors that save with a UTF-8 BOM glue it to the first header name ("\ufeffFrom").
            yield _mail(path, 1, email.message_from_bytes(_strip_bom(data).replace(b"\x00", b""),
                                                          policy=email.policy.compat32), tz)
            return
        messages = 0
        preamble: bytes | None = None
        for kind, data in _mbox_parts(path):
            if kind == "preamble":
                preamble = data  # only ever the first part; reported once a message shows it is an mbox
                continue
            messages += 1
            if rows is None or messages in rows:
                yield _mail(path, messages, email.message_from_bytes(data, policy=email.policy.compat32), tz)
        if messages == 0:
            yield Rejected(SOURCE, str(path), None, "unreadable_file", "no messages found (an mbox starts with 'From ')")
        elif preamble is not None:
            yield Rejected(SOURCE, str(path), 0, "not_a_message",
                           "text before the first 'From ' line of the mbox (part of no message)",
                           raw=decode_bytes(preamble)[:_RAW_LIMIT])
    except OSError as err:
        yield file_rejected(SOURCE, path, err)


def _as_utf8(data: bytes) -> bytes:
    """Mail saved as UTF-16 (Windows editors do) re-encoded as UTF-8, so headers read as headers."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    return data


def _strip_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data


def _mbox_parts(path: Path) -> Iterator[tuple[str, bytes]]:
    """The messages of an mbox as bytes, split at ``From `` lines, streamed.

    Read here rather than with :mod:`mailbox`, which silently skips a first message whose
    ``From `` line starts with a byte-order mark and drops any text before the first message.
    Non-blank text before the first ``From `` line comes out as a ``preamble`` part so it can be
    quarantined instead of vanishing. NUL bytes are removed (they cannot be stored).
    """
    current: list[bytes] = []
    kind = "preamble"
    with path.open("rb") as raw:
        head = raw.read(2)
        raw.seek(0)
        # A UTF-16 mbox cannot be split by bytes: decode it whole (rare, and small when it happens).
        fh = io.BytesIO(_as_utf8(raw.read())) if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else raw
        for number, line in enumerate(fh):
            if number == 0:
                line = _strip_bom(line)
            line = line.replace(b"\x00", b"")
            if line.startswith(b"From "):
                if current and (kind == "message" or any(part.strip() for part in current)):
                    yield kind, b"".join(current)
                current, kind = [], "message"
                continue
            current.append(line)
    if current and (kind == "message" or any(part.strip() for part in current)):
        yield kind, b"".join(current)


def _links_of(header: Callable[[str], object], path: Path, row: int) -> tuple[str, list[str]]:
    """(Message-ID, parents from References then In-Reply-To) by a header look-up, lower-case names: the one
    rule for a parsed message and for another night's headers read alone, so both thread alike."""
    msg_id = _first_id(header("message-id")) or f"<{path.name}#{row}@no-message-id>"
    return msg_id, _MSGID.findall(str(header("references") or "")) + _MSGID.findall(str(header("in-reply-to") or ""))


def _mail(path: Path, row: int, msg: Message, tz: ZoneInfo) -> _Mail:
    date_text = str(msg.get("Date", "") or "").strip()
    msg_id, parents = _links_of(msg.get, path, row)  # Message header look-ups ignore case
    headers = {k.lower(): str(v).strip() for k, v in msg.items() if k.lower().startswith("x-")}
    if "content-language" in {k.lower() for k in msg.keys()}:
        headers["content-language"] = str(msg["Content-Language"]).strip()
    addresses = getaddresses([str(msg.get("From", "") or "")])
    sender = (addresses[0][1] or None) if addresses else None
    return _Mail(path, row, msg_id, parents, _sent(date_text, tz), date_text, headers, sender, body_text(msg))


def _first_id(value: object) -> str | None:
    found = _MSGID.findall(str(value or ""))
    return found[0] if found else None


def _sent(text: str, tz: ZoneInfo) -> datetime | None:
    if not text:
        return None
    try:
        stamp = parsedate_to_datetime(text)  # RFC 2822, what mail clients write
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=tz)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return parse_timestamp(text, tz, "Date")
    except RowError:
        return None


def body_text(msg: Message) -> str:
    """The new text of a message: plain part preferred, HTML converted, quoted reply removed."""
    plain, html = None, None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if "attachment" in str(part.get("Content-Disposition", "")).lower():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = decode_bytes(payload, part.get_content_charset())
        if part.get_content_subtype() == "html":
            html = html or text
        else:
            plain = plain or text
    if plain is None and html is not None:
        plain = html_to_text(html)
    return strip_quoted(plain or "")


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, with quoted blocks (``<blockquote>``, Gmail quotes) removed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["script", "style", "head", "blockquote"]):
        tag.decompose()
    for tag in soup.select("div.gmail_quote, div.moz-cite-prefix"):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    return soup.get_text("\n")


def strip_quoted(text: str) -> str:
    """Drop ``>`` lines and everything from the first reply header (``On ... wrote:`` and kin)."""
    kept: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if _QUOTE_HEADERS.match(line):
            break
        # Clients wrap long attribution lines: "On Mon, 21 Nov 2026, Anna <a@b.c>\nwrote:".
        if i + 1 < len(lines) and _QUOTE_HEADERS.match(f"{line} {lines[i + 1].strip()}"):
            break
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _threads(mails: list[_Mail]) -> list[list[_Mail]]:
    """Group messages by Message-ID links (References / In-Reply-To), each thread in time order."""
    by_id: dict[str, _Mail] = {}
    for mail in mails:
        by_id.setdefault(mail.msg_id, mail)  # the same message in two files is one message
    parent: dict[str, str] = {k: k for k in by_id}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for mail in by_id.values():
        for ref in mail.parents:
            if ref in by_id:
                a, b = root(mail.msg_id), root(ref)
                if a != b:
                    parent[a] = b
    groups: dict[str, list[_Mail]] = {}
    for key, mail in by_id.items():
        groups.setdefault(root(key), []).append(mail)
    far_future = datetime.max.replace(tzinfo=ZoneInfo("UTC"))
    ordered = [sorted(g, key=lambda m: (m.sent or far_future, m.file.name, m.row)) for g in groups.values()]
    return sorted(ordered, key=lambda g: (str(g[0].file), g[0].row))


def _interaction(thread: list[_Mail]) -> RawInteraction | Rejected:
    # The root is the message nothing else in the thread points to; its Message-ID names the thread.
    ids = {m.msg_id for m in thread}
    first = next((m for m in thread if not any(p in ids for p in m.parents)), thread[0])
    if not any(m.text for m in thread):
        return Rejected(SOURCE, str(first.file), first.row, "empty_body",
                        f"thread {first.msg_id} has no text in any of its {len(thread)} message(s)")
    undated = next((m for m in thread if m.sent is None), None)
    if undated is not None:
        problem = f"Date header {undated.date_text!r} is not" if undated.date_text else "no Date header, expected"
        return Rejected(SOURCE, str(undated.file), undated.row, "bad_date",
                        f"message {undated.msg_id}: {problem} an RFC 2822 or ISO 8601 timestamp")
    started = thread[0].sent
    assert started is not None
    turns = [Turn("agent" if "x-agent-id" in m.headers else "customer", m.text,
                  (m.sent - started).total_seconds() if m.sent else None) for m in thread if m.text]
    stamps = [m.sent for m in thread if m.text]

    def header(name: str) -> str | None:
        return next((m.headers[name] for m in reversed(thread) if text_or_none(m.headers.get(name))), None)

    customer_mail = next((m.sender for m in thread if "x-agent-id" not in m.headers and m.sender), None)
    return RawInteraction(
        source=SOURCE,
        native_id=first.msg_id,
        branch=header("x-branch") or "",
        started_at=started,
        ended_at=thread[-1].sent,
        turns=turns,
        file=str(first.file),
        row=first.row,
        agent=next((m.headers["x-agent-id"] for m in thread if "x-agent-id" in m.headers), None),
        customer=header("x-customer-id") or customer_mail,
        wait_seconds=first_reply_wait(turns, stamps),
        transfers=to_int(header("x-transfers"), "X-Transfers"),
        outcome=header("x-outcome"),
        csat=to_float(header("x-csat"), "X-CSAT"),
        topic=header("x-topic"),
        lang=(header("content-language") or "").split(",")[0].strip()[:2].lower() or None,
        extra={"messages": len(thread), "files": sorted({str(m.file) for m in thread})},
    )

