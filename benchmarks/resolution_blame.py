"""Resolution and blame sections of ``benchmarks/classify.py``; also runs alone.

Usage: python benchmarks/resolution_blame.py [--n 6000] [--throughput 4000] [--markdown]
       python benchmarks/resolution_blame.py --only-throughput [--throughput 4000] [--repeats 3] [--long-only]

Labelled data we have: the demo generator's truth (``labels.csv`` of a chain generated with the
held-out seed, never trained on) and the hand-written dialogues in ``tests/fixtures`` (never
trained on). Each judgement: the product next to a TF-IDF + LR baseline (trained on a training
seed's conversations) and the retired rules; AUC, macro-F1, ECE. Then what calibrating on the
store's own repeat contacts gives, and ``consistency score`` throughput per CPU-second.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests.fixtures

from classify import print_table  # noqa: E402  (the benchmarks' one table printer)


def _text(item) -> str:
    """A conversation as one string for the TF-IDF baseline (speaker-tagged, so "thanks" by whom is kept)."""
    return "\n".join(f"{t.speaker}: {t.text}" for t in item.turns if isinstance(t.text, str))


def _baseline(train_texts: list[str], train_y: list[str]):
    from consistency.classify.floor import fit_floor

    return fit_floor(train_texts, train_y)


def _probs(model, texts: list[str], classes: tuple[str, ...]) -> np.ndarray:
    p = model.predict_proba(texts)
    order = list(model.classes_)
    return np.c_[[p[:, order.index(c)] if c in order else np.zeros(len(texts)) for c in classes]].T


def _fixtures():
    from consistency.classify.score_jsonl import read_conversation
    from tests.fixtures.support_dialogues import DIALOGUES

    items = [read_conversation(d, 0, None)[0] for d in DIALOGUES]
    return items, [d["truth"] for d in DIALOGUES], [int(d["blame"]) for d in DIALOGUES]


def _binary_scores(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float]:
    from sklearn.metrics import roc_auc_score

    from consistency.classify.metrics import expected_calibration_error, macro_f1

    ys = [str(int(v)) for v in y]
    pred = [str(int(v >= 0.5)) for v in p]
    auc = float(roc_auc_score(y, p)) if len(set(y)) == 2 and len(set(p)) > 1 else float("nan")
    return auc, macro_f1(ys, pred), expected_calibration_error(ys, np.c_[1 - p, p], ("0", "1"))


def resolution_report(models_dir: Path, n: int, markdown: bool) -> dict:
    """Product vs TF-IDF + LR vs retired rules on the held-out demo seed (codes given / hidden) and the fixtures."""
    from consistency.classify import InteractionClassifier
    from consistency.classify.interaction_data import HELDOUT_SEED, TRAIN_SEEDS, generated
    from consistency.classify.interaction_eval import Prepared, _rules, prepare
    from consistency.classify.resolution import ResolutionModel
    from consistency.classify.resolution_train import hide_outcomes, resolution_scores, signals
    from consistency.records import RESOLUTIONS

    clf = InteractionClassifier.load(models_dir)
    train = generated(TRAIN_SEEDS[0], n)
    held = prepare(generated(HELDOUT_SEED, n), clf.tone)
    floor = _baseline([_text(it) for it in train.items], train.resolution)
    items, truth, _ = _fixtures()
    from consistency.classify.interaction_eval import Prepared as _P  # noqa: F401
    from consistency.classify.interaction_data import LabelledSet

    fx = prepare(LabelledSet(items, [1] * len(items), truth, [None] * len(items), [None] * len(items),
                             [None] * len(items)), clf.tone)
    rows, out = [], {}
    for name, p, codes in (("demo held-out", held, "given"), ("demo held-out", held, "hidden"),
                           ("hand-written fixtures", fx, "none")):
        s = signals(p)
        hidden = codes != "given"
        x = hide_outcomes(s) if hidden else s
        y = p.data.resolution
        res = {"product": resolution_scores(y, clf.resolution.predict(x)),
               "prior weights": resolution_scores(y, ResolutionModel.prior().predict(x)),
               "retired rules": resolution_scores(y, _rules(p, hidden)[1]),
               "TF-IDF + LR": resolution_scores(y, _probs(floor, [_text(it) for it in p.data.items], RESOLUTIONS))}
        out[f"{name} ({codes})"] = res
        for who, r in res.items():
            rows.append((name, codes, str(len(y)), who, f"{r['auc_resolved']:.3f}", f"{r['macro_f1']:.3f}",
                         f"{r['ece']:.3f}"))
    print("Resolution: AUC of p_resolved for 'resolved', macro-F1 of 3 classes, ECE")
    print_table(("data", "outcome codes", "n", "who", "AUC", "macro-F1", "ECE"), rows, markdown)
    out["by_length"] = _by_length(clf, held, markdown)
    return out


def _by_length(clf, held, markdown: bool) -> dict:
    """Does length decide? Predicted vs true shares by number of turns (held-out seed, codes hidden)."""
    from consistency.classify.resolution_train import hide_outcomes, signals

    pred = clf.resolution.predict(hide_outcomes(signals(held))).argmax(axis=1)
    turns = np.array([len(it.turns) for it in held.data.items])
    truth = np.asarray(held.data.resolution)
    rows, out = [], {}
    for lo, hi in ((1, 4), (5, 10), (11, 20), (21, 10_000)):
        sel = (turns >= lo) & (turns <= hi)
        if not sel.any():
            continue
        r = {"n": int(sel.sum()), "pred_escalated": float((pred[sel] == 2).mean()),
             "true_escalated": float((truth[sel] == "escalated").mean()),
             "pred_resolved": float((pred[sel] == 0).mean()), "true_resolved": float((truth[sel] == "resolved").mean())}
        out[f"{lo}-{hi}"] = r
        rows.append((f"{lo}-{hi if hi < 10_000 else '+'}", str(r["n"]), f"{r['pred_resolved']:.3f}",
                     f"{r['true_resolved']:.3f}", f"{r['pred_escalated']:.3f}", f"{r['true_escalated']:.3f}"))
    print("\nBy number of turns (held-out seed, codes hidden): predicted vs true share")
    print_table(("turns", "n", "pred resolved", "true resolved", "pred escalated", "true escalated"), rows, markdown)
    return out


def blame_report(models_dir: Path, n: int, markdown: bool) -> dict:
    """Blame: cue lists + indirect-blame patterns vs the retired phrase lists vs TF-IDF + LR on agent text."""
    from consistency.classify import InteractionClassifier
    from consistency.classify.interaction_data import HELDOUT_SEED, TRAIN_SEEDS, generated
    from consistency.classify.interaction_rules import retired_blame
    from consistency.records import InteractionText

    clf = InteractionClassifier.load(models_dir)
    rates = clf.resolution.info.get("blame_rates", {})
    train = generated(TRAIN_SEEDS[0], n)
    held = generated(HELDOUT_SEED, n)
    items, _, blame = _fixtures()

    def agent_text(it: InteractionText) -> str:
        return "\n".join(t.text for t in it.turns if t.speaker in ("agent", "note") and isinstance(t.text, str))

    floor = _baseline([agent_text(it) for it in train.items], [str(b) for b in train.blame])
    out, rows = {}, []
    for name, its, y in (("demo held-out", held.items, held.blame), ("hand-written fixtures", items, blame)):
        y = np.asarray(y)
        found = np.array([c.blame for c in clf.classify(its)], dtype=float)
        product = np.where(found > 0, rates.get("with_cue", 1.0), rates.get("without_cue", 0.0))
        rules = np.array([retired_blame(it) for it in its], dtype=float)
        base = _probs(floor, [agent_text(it) for it in its], ("0", "1"))[:, 1]
        res = {}
        for who, p in (("product", product), ("retired phrase lists", rules), ("TF-IDF + LR", base)):
            auc, f1, ece = _binary_scores(y, p)
            res[who] = {"auc": auc, "macro_f1": f1, "ece": ece}
            rows.append((name, str(len(y)), str(int(y.sum())), who, f"{auc:.3f}", f"{f1:.3f}", f"{ece:.3f}"))
        out[name] = res
    print("\nBlame (agent blames another team): AUC, macro-F1, ECE")
    print_table(("data", "n", "blame", "who", "AUC", "macro-F1", "ECE"), rows, markdown)
    return out


def from_store_report(models_dir: Path, n: int) -> dict:
    """What calibrating on repeat contacts gives, measured on a generated chain as a store would hold it."""
    import hashlib

    import pandas as pd

    from consistency.aggregate import add_journey_columns
    from consistency.classify import InteractionClassifier
    from consistency.classify.interaction_data import HELDOUT_SEED, generated
    from consistency.classify.resolution import signal_matrix
    from consistency.classify.resolution_train import calibrate_on_repeats

    clf = InteractionClassifier.load(models_dir)
    data = generated(HELDOUT_SEED, n)
    _, feats, probs = clf.features(data.items)
    s = signal_matrix(data.items, feats, probs)
    journeys = add_journey_columns(pd.DataFrame({"customer": data.customer, "started_at": data.started_at}))
    came_back = np.where(journeys["fcr"].isna(), np.nan, 1.0 - journeys["fcr"].to_numpy(dtype=float))
    fit_rows = np.array([c is not None and int(hashlib.sha256(c.encode()).hexdigest(), 16) % 2 == 0
                         for c in data.customer])
    _, metrics = calibrate_on_repeats(clf.resolution, s, came_back, fit_rows, truth=data.resolution)
    print("\nCalibration on the store's own label (no repeat contact within 7 days), held-out seed, customers "
          "split in halves (fit / score):")
    print(json.dumps(metrics))
    return metrics


def write_score_input(data, path: Path, with_lang: bool) -> int:
    """Generated conversations (a ``LabelledSet``) as the chat JSONL ``consistency score`` reads; returns lines.

    ``with_lang``: each line declares its language (as an export with a language field does), so no
    language detection runs; without it the language is detected from the text."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for it, cust, ts in zip(data.items, data.customer, data.started_at):
            rec = {"conversation_id": it.interaction_id, "customer": cust, "started_at": ts.isoformat(),
                   "messages": _messages(it.turns)}
            if with_lang and it.lang:
                rec["lang"] = it.lang
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(data.items)


def _messages(turns) -> list[dict]:
    """Turns as the chat JSONL's messages (a visit's note and the like become "system")."""
    return [{"role": t.speaker if t.speaker in ("agent", "customer") else "system", "text": t.text} for t in turns]


def write_long_score_input(data, path: Path, join: int = 3, distinct: bool = False) -> int:
    """Like :func:`write_score_input` without ``lang``, but each line is ``join`` consecutive generated
    conversations of one language run together (~15 turns, ~1,000 characters at 3; ~31 turns, ~2,060 at 6):
    real support chats are longer than the generated ones, and most of the scoring cost grows with the text.

    ``distinct``: every turn ends with its own reference number (" (ref 1234)"), so no turn text repeats.
    The generator repeats stock lines (about half of the turns of the joined set are repeats) and scoring
    reads each distinct text once per batch; real chats repeat fewer lines, so this is their slow bound."""
    by_lang: dict[str, list] = {}
    for it in data.items:
        by_lang.setdefault(it.lang or "", []).append(it)
    lines = 0
    tag = iter(range(10**9))
    with Path(path).open("w", encoding="utf-8") as fh:
        for items in by_lang.values():
            for k in range(0, len(items) - join + 1, join):
                group = items[k:k + join]
                messages = _messages([t for it in group for t in it.turns])
                if distinct:
                    for m in messages:
                        m["text"] = f"{m['text']} (ref {next(tag)})" if m["text"].strip() else m["text"]
                rec = {"conversation_id": "+".join(it.interaction_id for it in group), "messages": messages}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                lines += 1
    return lines


def _time_score(src: Path, out: Path, models_dir: Path, clf) -> tuple[int, float]:
    """(conversations, CPU-seconds) of one ``score_jsonl`` run."""
    from consistency.classify.score_jsonl import score_jsonl

    t0 = time.process_time()
    report = score_jsonl(src, out, models_dir, classifier=clf)
    return report.written, time.process_time() - t0


LONG_CASES = {"detected, 3 joined": (3, False), "detected, 6 joined": (6, False),
              "detected, 3 joined, no turn repeated": (3, True)}


def score_throughput(models_dir: Path, n: int, repeats: int = 1, long_only: bool = False) -> dict:
    """``consistency score`` end to end (read, classify, write) on n held-out demo conversations, per CPU-second,
    with the language detected (no ``lang`` field) and declared, and detected on longer conversations (three
    or six generated ones joined, and three with no turn text repeated: ``LONG_CASES``); the best of
    ``repeats`` timed runs each. ``long_only``: the longer conversations only."""
    from consistency.classify import InteractionClassifier
    from consistency.classify.interaction_data import HELDOUT_SEED, generated

    data = generated(HELDOUT_SEED, n)
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.process_time()
        clf = InteractionClassifier.load_cached(models_dir)  # as `consistency score` loads them
        out["load_cpu_s"] = round(time.process_time() - t0, 2)
        cases = [] if long_only else [("detected", False), ("declared", True)]
        for key, with_lang in cases + [(case, False) for case in LONG_CASES]:
            src = Path(tmp) / f"in_{key}.jsonl"
            if key in LONG_CASES:
                write_long_score_input(data, src, *LONG_CASES[key])
            else:
                write_score_input(data, src, with_lang)
            _time_score(src, Path(tmp) / "out.jsonl", models_dir, clf)  # warm-up: builds the cue pipelines
            runs = [_time_score(src, Path(tmp) / "out.jsonl", models_dir, clf) for _ in range(max(repeats, 1))]
            written, cpu = min(runs, key=lambda r: r[1])
            rate = written / cpu
            out[key] = {"conversations": written, "cpu_s": round(cpu, 2), "per_cpu_s": round(rate)}
            print(f"\nconsistency score, language {key}: {written} conversations (no outcome codes) in {cpu:.2f} "
                  f"CPU-s = {rate:.0f} per CPU-second (read, classify, write)")
    print(f"loading the models once: {out['load_cpu_s']:.1f} CPU-s")
    return out


def main(argv: list[str] | None = None) -> int:
    from consistency.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", type=Path, default=Settings.from_env().models_dir)
    parser.add_argument("--n", type=int, default=6000, help="conversations per generated seed")
    parser.add_argument("--throughput", type=int, default=4000, help="conversations for the score timing (0: skip)")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--only-throughput", action="store_true", help="time `consistency score` only")
    parser.add_argument("--repeats", type=int, default=1, help="timed runs per case; the fastest is reported")
    parser.add_argument("--long-only", action="store_true",
                        help="with --only-throughput: the longer conversations only")
    args = parser.parse_args(argv)
    if args.only_throughput:
        score_throughput(args.models_dir, args.throughput, args.repeats, args.long_only)
        return 0
    run(args.models_dir, args.n, args.throughput, args.markdown)
    return 0


def run(models_dir: Path, n: int, throughput: int, markdown: bool) -> dict:
    """All resolution / blame sections; returns their figures."""
    out = {"resolution": resolution_report(models_dir, n, markdown), "blame": blame_report(models_dir, n, markdown),
           "from_store": from_store_report(models_dir, n)}
    if throughput:
        out["throughput"] = score_throughput(models_dir, throughput)
    return out


if __name__ == "__main__":
    sys.exit(main())
