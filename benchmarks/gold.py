"""What a chain gets from relabelling: held-out figures of ``consistency train --gold`` against the number of labels.

Usage: python benchmarks/gold.py [--interactions 8000] [--seed 5] [--labels 25,50,100,200,400,800] [--markdown]

A demo chain is generated (a seed no model was trained on) and audited into a SQLite store; its
generator's truth (``labels.csv``) plays the reviewers, who relabel every interaction of the
fit-side customers in a random order. For each number of labels per judgement the calibration is
fitted on the first N fit-side labels and scored on every held-out customer's interaction (the same
split ``consistency train --gold`` uses), so the held-out n stays large and the figures comparable.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify import print_table  # noqa: E402  (the benchmarks' one table printer)


def truth_labels(labels_csv: Path) -> dict[tuple[str, str], str]:
    """The generator's truth per (interaction id, judgement), in the review app's vocabulary."""
    from consistency.normalize import stable_id

    out = {}
    with labels_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iid = stable_id(row["source"], row["native_id"])
            out[(iid, "tone")] = row["customer_tone"]
            out[(iid, "courtesy")] = "courteous" if row["courteous"] == "1" else "discourteous"
            out[(iid, "resolution")] = row["resolution"]
            out[(iid, "blame")] = "blame" if row["blame"] == "1" else "no_blame"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--labels", default="25,50,100,200,400,800")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()

    from consistency.classify import InteractionClassifier
    from consistency.classify.gold_train import classify_gold, fit_and_score
    from consistency.config import Settings
    from consistency.demo import generate
    from consistency.pipeline import demo_audit
    from consistency.store.db import make_engine

    root = Path(tempfile.mkdtemp(prefix="gold-bench-"))
    summary = generate(root / "demo", branches=6, days=14, interactions=args.interactions, seed=args.seed,
                       end_date=date(2026, 11, 20))
    settings = Settings.from_env(db_url=f"sqlite:///{root / 'store.db'}", reports_dir=root / "reports",
                                 inbox=root / "demo" / "exports")
    demo_audit(settings, root / "demo" / "exports", date.fromisoformat(summary["end_date"]))
    truth = truth_labels(root / "demo" / "labels.csv")
    classifier = InteractionClassifier.load(settings.models_dir)
    engine = make_engine(settings.db_url)
    by_id, side = classify_gold(engine, classifier, sorted({iid for iid, _ in truth}))
    rates = classifier.resolution.info.get("blame_rates", {})
    fit_ids = [iid for iid in sorted(by_id) if not side[iid]]
    np.random.default_rng(args.seed).shuffle(fit_ids)
    held = {key: label for key, label in truth.items() if side.get(key[0])}
    lines = []
    for n in [int(x) for x in args.labels.split(",")]:
        # n labels per judgement and language: the first n fit-side interactions of each language.
        taken: dict[str, int] = {}
        gold = dict(held)
        for iid in fit_ids:
            lang = by_id[iid].lang
            if taken.get(lang, 0) < n:
                taken[lang] = taken.get(lang, 0) + 1
                gold.update({(iid, j): truth[(iid, j)] for j in ("tone", "courtesy", "resolution", "blame")})
        _, report = fit_and_score(gold, by_id, side, rates)
        for row in report["cells"]:
            if row["lang"] == "unsupported":
                continue
            lines.append((str(n), row["judgement"], row["lang"], str(row["n_fit"]), str(row["n_heldout"]),
                          f"{row['accuracy_before']:.3f} -> {row['accuracy_after']:.3f}",
                          f"{row['macro_f1_before']:.3f} -> {row['macro_f1_after']:.3f}",
                          "-" if row.get("auc_before") is None else f"{row['auc_before']:.3f} -> {row['auc_after']:.3f}"))
    print(f"demo chain: {args.interactions} interactions, seed {args.seed}; reviewers = the generator's truth")
    print_table(("labels per language", "judgement", "lang", "fit n", "held-out n", "accuracy", "macro-F1", "AUC"),
                lines, args.markdown)


if __name__ == "__main__":
    main()
