"""Masking recall and precision per kind on the labelled PII corpus (en, de, id, nb, ru).

Recall: share of labelled spans whose every non-blank character is inside a masked span (of any
kind: a phone number masked as an id is still hidden). Precision: share of masked spans of a
kind that overlap a labelled span (masking a date or an order number is a false positive).
Targets from issue 14: recall >= 0.99 for every kind, precision >= 0.95.

Usage: ``python benchmarks/masking.py [--corpus benchmarks/data/pii_corpus.jsonl] [--misses]``
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from consistency.masking import KINDS, find_pii

CORPUS = Path(__file__).resolve().parent / "data" / "pii_corpus.jsonl"
HELDOUT = Path(__file__).resolve().parent / "data" / "pii_heldout.txt"
_MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def read_marked(path: Path) -> list[dict]:
    """Sentences written as ``lang<TAB>text with [[KIND|span]] marks`` -> corpus records."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, marked = line.split("\t", 1)
        text, spans, last = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[last:m.start()]
            spans.append([len(text), len(text) + len(m.group(2)), m.group(1)])
            text += m.group(2)
            last = m.end()
        records.append({"lang": lang, "text": text + marked[last:], "spans": spans})
    return records


def evaluate(records: list[dict]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Per kind: labelled n, found, recall, masked n, true, precision; plus readable misses."""
    labelled, found, masked, true = Counter(), Counter(), Counter(), Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    found_lang: Counter[tuple[str, str]] = Counter()
    misses = []
    for rec in records:
        text, gold = rec["text"], rec["spans"]
        spans = find_pii(text)
        covered = [False] * len(text)
        for s in spans:
            for i in range(s.start, s.end):
                covered[i] = True
        for start, end, kind in gold:
            labelled[kind] += 1
            by_lang[(kind, rec["lang"])] += 1
            if all(covered[i] or text[i].isspace() for i in range(start, end)):
                found[kind] += 1
                found_lang[(kind, rec["lang"])] += 1
            else:
                misses.append(f"MISS {kind} [{rec['lang']}] {text[start:end]!r} in {text!r}")
        for s in spans:
            masked[s.kind] += 1
            if any(s.start < end and start < s.end for start, end, _ in gold):
                true[s.kind] += 1
            else:
                misses.append(f"FALSE {s.kind} [{rec['lang']}] {text[s.start:s.end]!r} in {text!r}")
    table = {}
    for kind in KINDS:
        table[kind] = {
            "labelled": labelled[kind], "found": found[kind],
            "recall": found[kind] / labelled[kind] if labelled[kind] else float("nan"),
            "masked": masked[kind], "true": true[kind],
            "precision": true[kind] / masked[kind] if masked[kind] else float("nan"),
            "worst_lang_recall": min((found_lang[(kind, lang)] / n for (k, lang), n in by_lang.items() if k == kind),
                                     default=float("nan")),
        }
    return table, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", action="store_true", help="print every missed and every false span")
    args = parser.parse_args()
    generated = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for title, records in ((f"{args.corpus.name} (generated, the masker was tuned on it)", generated),
                           (f"{HELDOUT.name} (hand-written, not tuned on)", read_marked(HELDOUT))):
        table, misses = evaluate(records)
        negatives = sum(1 for r in records if not r["spans"])
        print(f"\n{title}: {len(records)} sentences ({negatives} with no PII), "
              f"languages: {', '.join(sorted({r['lang'] for r in records}))}")
        print(f"{'kind':<12} {'recall':>8} {'found/n':>10} {'worst lang':>10} {'precision':>10} {'true/masked':>12}")
        for kind, row in table.items():
            print(f"{kind:<12} {row['recall']:>8.3f} {row['found']:>4}/{row['labelled']:<5} "
                  f"{row['worst_lang_recall']:>10.3f} {row['precision']:>10.3f} {row['true']:>5}/{row['masked']:<6}")
        if args.misses:
            for line in misses:
                print(line)
        else:
            print(f"{len(misses)} misses / false spans (--misses to list them)")


if __name__ == "__main__":
    main()
