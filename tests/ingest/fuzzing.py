"""Hypothesis strategies for connector fuzzing: generated export files with known good and bad
records, and mutations of the real files in ``examples/``. Shared by ``tests/ingest/test_fuzz.py``
(bounded, in CI) and ``benchmarks/fuzz.py`` (a longer run)."""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from consistency.ingest import read_source
from consistency.records import MysteryShopRecord, RawInteraction, Rejected

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TZ = ZoneInfo("Europe/Berlin")

# Free text as exports carry it: any letter, digit, punctuation, the delimiters and quotes, line
# breaks inside fields, emoji; no lone surrogates (not encodable) and no control characters other
# than the occasional NUL added on purpose.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(',;|\t"\'\n\r\x00'), max_size=40)
HUGE = st.integers(min_value=0, max_value=200_000).map(lambda n: "z" * n)


@dataclass
class Generated:
    """One generated file: its bytes, the ids that must be read, and the rows that must be rejected."""

    kind: str
    name: str
    data: bytes
    good_ids: list[str]
    bad_rows: list[int] = field(default_factory=list)


def _encode(text: str, encoding: str) -> bytes | None:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


@st.composite
def call_log(draw: st.DrawFn) -> Generated:
    """A call-log CSV with valid calls and rows broken one way each, in some encoding and dialect."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    header = ["call_id", "branch", "agent", "customer", "start", "end", "csat", "topic"]
    n_good = draw(st.integers(1, 6))
    breaks = draw(st.lists(st.sampled_from(["bad_date", "bad_number", "missing_value", "short_row"]), max_size=3))
    rows: list[tuple[str, list[str]]] = []
    for i in range(n_good):
        text = draw(TEXT | HUGE) if i == 0 else draw(TEXT)
        rows.append(("good", [f"C-{i}", "LON", f"ag-{i}", text, "2026-11-21 09:00", "2026-11-21 09:05",
                              str(draw(st.integers(1, 5))), draw(TEXT)]))
    for j, how in enumerate(breaks):
        row = [f"X-{j}", "LON", "ag", "c", "2026-11-21 09:00", "2026-11-21 09:05", "3", "t"]
        if how == "bad_date":
            row[4] = "21.11.2026 9h"
        elif how == "bad_number":
            row[6] = "three"
        elif how == "missing_value":
            row[0] = ""
        else:
            row = row[:4]
        rows.append((how, row))
    order = draw(st.permutations(rows))
    if newline == "\n" and any("\r" in v for _, row in order for v in row):
        # csv.writer quotes only the characters of its own line end: a bare CR in a field would be
        # written unquoted and end the row for any reader. That file is broken by the writer, not us.
        quoting = csv.QUOTE_ALL
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerow(header)
    for _, row in order:
        writer.writerow(row)
    text = buffer.getvalue()
    if draw(st.booleans()) and not order[-1][0] == "short_row":
        text = text[: -len(newline)]  # many writers leave the last line open
    data = _encode(text, encoding) or text.encode("utf-8")
    good = [r[0] for how, r in order if how == "good"]
    bad = [i + 2 for i, (how, _) in enumerate(order) if how != "good"]
    return Generated("phone", "calls.csv", data, good, bad)


@st.composite
def chat_file(draw: st.DrawFn) -> Generated:
    """A JSONL chat export with valid conversations and broken lines (cut JSON, missing fields, arrays)."""
    lines: list[tuple[str, str]] = []
    for i in range(draw(st.integers(1, 6))):
        conv = {"conversation_id": f"CH-{i}", "branch": draw(st.sampled_from(["LON", "BER", "OSL"])),
                "started_at": "2026-11-21T10:00:00Z", "agent": "ag-1",
                "messages": [{"role": draw(st.sampled_from(["customer", "agent", "bot"])), "text": draw(TEXT | HUGE)}
                             for _ in range(draw(st.integers(0, 3)))]}
        lines.append(("good", json.dumps(conv, ensure_ascii=draw(st.booleans()))))
    for j, how in enumerate(draw(st.lists(st.sampled_from(["cut", "missing", "array", "bad_date"]), max_size=3))):
        bad = {"conversation_id": f"BAD-{j}", "branch": "LON", "started_at": "2026-11-21T10:00:00Z"}
        if how == "cut":
            line = json.dumps(bad)[: -draw(st.integers(1, 10))]
        elif how == "missing":
            line = json.dumps({k: v for k, v in bad.items() if k != "branch"})
        elif how == "array":
            line = json.dumps([bad])
        else:
            line = json.dumps({**bad, "started_at": "yesterday"})
        lines.append((how, line))
    order = draw(st.permutations(lines))
    blank = draw(st.booleans())
    out, good, bad_rows, number = [], [], [], 0
    for how, line in order:
        number += 1
        out.append(line)
        if how == "good":
            good.append(json.loads(line)["conversation_id"])
        else:
            bad_rows.append(number)
        if blank:
            out.append("")
            number += 1
    text = "\n".join(out) + draw(st.sampled_from(["", "\n"]))
    prefix = codecs.BOM_UTF8 if draw(st.booleans()) else b""
    return Generated("chat", "chats.jsonl", prefix + text.encode("utf-8"), good, bad_rows)


@st.composite
def mailbox_file(draw: st.DrawFn) -> Generated:
    """An mbox of threads (question + replies) with awkward bodies, perhaps with a BOM and CRLF."""
    body_text = st.text(st.characters(whitelist_categories=("L", "N", "Zs", "Po")), min_size=1, max_size=60).filter(
        lambda t: t.strip() and not t.lstrip().startswith(">"))
    messages, roots = [], []
    for t in range(draw(st.integers(1, 4))):
        root = f"<t{t}@fuzz>"
        roots.append(root)
        for k in range(draw(st.integers(1, 3))):
            mid = root if k == 0 else f"<t{t}r{k}@fuzz>"
            headers = [f"From: {'agent@bank' if k % 2 else 'customer@mail'}", f"Message-ID: {mid}",
                       f"Date: Sat, 21 Nov 2026 {9 + k:02d}:00:00 +0000", "X-Branch: LON",
                       "Content-Type: text/plain; charset=utf-8"]
            if k:
                headers += [f"In-Reply-To: {root}", "X-Agent-Id: ag-1" if k % 2 else "X-Customer-Id: c-1"]
            body = draw(body_text).replace("\n", " ")
            messages.append(f"From fuzz@x Sat Nov 21 09:00:00 2026\n" + "\n".join(headers) + f"\n\n{body}\n")
    text = "\n".join(messages)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    prefix = codecs.BOM_UTF8 if draw(st.booleans()) else b""
    return Generated("email", "threads.mbox", prefix + text.encode("utf-8"), roots)


def example_files() -> list[tuple[str, Path]]:
    return [(p.relative_to(EXAMPLES).parts[0], p) for p in sorted(EXAMPLES.rglob("*"))
            if p.is_file() and p.suffix != ".py"]


MUTATION = st.tuples(st.sampled_from(["flip", "insert", "delete", "truncate", "nul", "bom", "dup_line"]),
                     st.floats(0, 1), st.binary(min_size=1, max_size=8))


def mutate(data: bytes, ops: list[tuple[str, float, bytes]]) -> bytes:
    """Apply byte-level mutations at relative positions (so they fit any file)."""
    out = bytearray(data)
    for op, where, chunk in ops:
        i = int(where * len(out))
        if op == "flip" and out:
            out[min(i, len(out) - 1)] ^= chunk[0] or 1
        elif op == "insert":
            out[i:i] = chunk
        elif op == "delete":
            del out[i:i + len(chunk) * 8]
        elif op == "truncate":
            del out[i:]
        elif op == "nul":
            out[i:i] = b"\x00"
        elif op == "bom":
            out[0:0] = codecs.BOM_UTF8
        elif op == "dup_line":
            end = out.find(b"\n", i)
            start = out.rfind(b"\n", 0, i) + 1
            if end > 0:
                out[end + 1:end + 1] = out[start:end + 1]
    return bytes(out)


def read_kind(kind: str, folder: Path) -> list[RawInteraction | MysteryShopRecord | Rejected]:
    """Everything a connector yields for a folder; an exception here is a fuzz failure."""
    return list(read_source(kind, folder, TZ))


def check_well_formed(items: list) -> list[str]:
    """Problems with what a connector yielded: bad rejects, the same row read twice, records without ids."""
    problems, seen = [], set()
    file_level: dict[str, int] = {}
    for item in items:
        if isinstance(item, Rejected):
            if not item.rule or not item.message.strip() or "\n" in item.message or not item.file:
                problems.append(f"malformed reject: {item!r}"[:300])
            if item.row is None:
                file_level[item.file] = file_level.get(item.file, 0) + 1
            continue
        key = (item.file, item.row)
        if key in seen:
            problems.append(f"row read twice: {key}")
        seen.add(key)
        if not str(item.native_id).strip():
            problems.append(f"record without id at {key}")
    problems += [f"{n} file-level messages for {f}" for f, n in file_level.items() if n > 1]
    return problems
