"""Language routing against human language labels: lingua alone vs the common-word look + lingua.

Usage: python benchmarks/language_id.py [--data-dir ../shared/data] [--demo 4000] [--markdown]

Texts: the tone data's train and dev splits (en, de, id, nb, ru; each file's language was given by
the people who collected it), the English politeness requests, and generated conversations of the
held-out seed (their language is known; what is read is what ``consistency score`` reads, the
customer's first 300 characters). Tone texts are cut to 300 characters as well. Per language: n,
share routed to the true language by each method, share called "unsupported", share called another
supported language, and the share the word look decided without lingua; then the CPU time of each
method over all texts (each distinct text once, pinned to one core). The word-look thresholds were
chosen on the train splits; dev and the generated conversations were not looked at for them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify import print_table  # noqa: E402  (the benchmarks' one table printer)

from consistency.classify.data import tone_split  # noqa: E402
from consistency.classify.language import UNSUPPORTED, detect  # noqa: E402
from consistency.classify.language_words import vote  # noqa: E402
from consistency.config import Settings  # noqa: E402
from consistency.records import SUPPORTED_LANGS  # noqa: E402

CHARS = 300  # what consistency score reads of a conversation (interaction._DETECT_CHARS)


def labelled_sets(data_dir: Path, demo: int) -> dict[str, list[tuple[str, str]]]:
    """(text, true language) per set."""
    import pandas as pd

    from consistency.classify.interaction import language_sample
    from consistency.classify.interaction_data import HELDOUT_SEED, generated

    sets: dict[str, list[tuple[str, str]]] = {}
    for split in ("train", "dev"):
        rows = [(t[:CHARS], lang) for lang in SUPPORTED_LANGS for t in tone_split(data_dir, lang, split)[0]]
        polite = pd.read_csv(data_dir / "courtesy" / "en_politeness" / f"{split}.csv", keep_default_na=False, dtype=str)
        rows += [(t[:CHARS], "en") for t in polite["text"] if t.strip()]
        sets[f"real {split}"] = rows
    if demo:
        sets["generated"] = [(language_sample(it), it.lang) for it in generated(HELDOUT_SEED, demo).items]
    return sets


def compare(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, ...]], dict[str, float]]:
    """Table lines per true language and the CPU-seconds of each method over the set's distinct texts."""
    texts = [t for t, _ in rows]
    detect(texts[:50], words_first=False)  # loads both lingua models before timing
    cpu: dict[str, float] = {}
    calls: dict[str, list[str]] = {}
    for name, words_first in (("lingua", False), ("words + lingua", True)):
        t0 = time.process_time()
        calls[name] = detect(texts, words_first=words_first)
        cpu[name] = time.process_time() - t0
    lines = []
    for lang in sorted({lang for _, lang in rows}):
        idx = [i for i, (_, truth) in enumerate(rows) if truth == lang]
        line = [lang, str(len(idx))]
        for name in calls:
            got = Counter(calls[name][i] for i in idx)
            right, unsupported = got[lang], got[UNSUPPORTED]
            line += [f"{right / len(idx):.4f}", f"{unsupported / len(idx):.4f}",
                     f"{(len(idx) - right - unsupported) / len(idx):.4f}"]
        decided = sum(vote(rows[i][0]) is not None for i in idx)
        line.append(f"{decided / len(idx):.2f}")
        lines.append(tuple(line))
    return lines, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Settings.from_env().data_dir)
    parser.add_argument("--demo", type=int, default=4000, help="generated conversations (0: none)")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    head = ("language", "n", "lingua right", "lingua unsupported", "lingua other",
            "new right", "new unsupported", "new other", "decided by words")
    for name, rows in labelled_sets(args.data_dir, args.demo).items():
        lines, cpu = compare(rows)
        print(f"\n{name}: {len(rows)} texts")
        print_table(head, lines, args.markdown)
        print(f"CPU: lingua {cpu['lingua']:.2f} s, words + lingua {cpu['words + lingua']:.2f} s "
              f"({len(rows)} texts, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
