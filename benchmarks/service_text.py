"""Courtesy and resolution on hand-labelled support-desk text written blind to the product.

``benchmarks/data/service_text/`` holds agent replies (polite / curt / rude) and whole support chats
(resolved / unresolved) in en, de, id, nb and ru, written by separate helper agents of the
2026-12-01 session who could not see the product's code, cue lists or models; each set was scored
once, blind, before any change was made with it in view (its README gives those first figures).
Since then every set here has been looked at, so these are regression figures, not blind ones.

    python benchmarks/service_text.py [--markdown] [--models-dir models]

Prints, per set: the share of replies called courteous per label and language (each with its n),
against the retired rules; and for the chats the AUC of ``p_resolved`` for "resolved" against the
retired rules, a TF-IDF + LR baseline fitted by 5-fold cross-validation on the set itself, and the
number of messages alone (longer = unresolved), which must not decide. Then customer tone: the share read
as negative per language and channel against the labels (every language was written with the same label
mix, so a fair reader finds about the same share everywhere), with macro-F1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data" / "service_text"
sys.path.insert(0, str(REPO))

from classify import print_table  # noqa: E402  (the benchmarks' one table printer)

LABELS = ("polite", "curt", "rude")


def _sets(kind: str) -> list[tuple[str, list[dict]]]:
    return [(p.stem.split("_", 1)[1], [json.loads(line) for line in p.open(encoding="utf-8")])
            for p in sorted(DATA.glob(f"{kind}_*.jsonl"))]


def _by_language(langs: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """("all", every row) and then (language, its rows), as masks over ``langs``."""
    return [("all", np.ones(len(langs), bool))] + [(lang, langs == lang) for lang in sorted(set(langs))]


def courtesy_report(models_dir: Path, markdown: bool) -> dict:
    """Share called courteous, product vs retired rules, per set x label (and per language)."""
    from consistency.classify.courtesy import COURTEOUS_THRESHOLD, CourtesyModel
    from consistency.classify.interaction_features import extract
    from consistency.classify.interaction_rules import courtesy_probability
    from consistency.records import InteractionText, Turn

    model = CourtesyModel.load(models_dir)
    out: dict = {}
    rows = []
    for name, replies in _sets("replies"):
        for label in LABELS:
            chosen = [r for r in replies if r["label"] == label]
            product, rules = [], []
            by_lang: dict[str, list[bool]] = {}
            for lang in sorted({r["lang"] for r in chosen}):
                texts = [r["text"] for r in chosen if r["lang"] == lang]
                called = model.p_turns(texts, lang) >= COURTEOUS_THRESHOLD
                by_lang[lang] = called.tolist()
                product += called.tolist()
                items = [InteractionText(f"r{k}", "chat", [Turn("agent", t)]) for k, t in enumerate(texts)]
                rules += [courtesy_probability(f) >= COURTEOUS_THRESHOLD for f in extract(items, [lang] * len(items))]
            out[f"{name} {label}"] = {"n": len(product), "product": float(np.mean(product)),
                                      "retired_rules": float(np.mean(rules))}
            rows.append((name, label, str(len(product)), f"{np.mean(product):.0%}", f"{np.mean(rules):.0%}",
                         ", ".join(f"{lang} {sum(v)}/{len(v)}" for lang, v in by_lang.items())))
    print(f"Agent replies called courteous (shipped model {model.version})")
    print_table(("set", "label", "n", "product", "retired rules", "product by language"), rows, markdown)
    return out


def resolution_report(models_dir: Path, markdown: bool) -> dict:
    """AUC of p_resolved per set and language: product, retired rules, TF-IDF + LR (5-fold CV), length alone."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    from consistency.classify import InteractionClassifier
    from consistency.classify.floor import fit_floor
    from consistency.classify.interaction_data import LabelledSet
    from consistency.classify.interaction_eval import _rules, prepare
    from consistency.classify.resolution_train import signals
    from consistency.classify.score_jsonl import read_conversation

    clf = InteractionClassifier.load(models_dir)
    out: dict = {}
    rows = []
    for name, chats in _sets("dialogues"):
        items = [read_conversation({"conversation_id": c["conversation_id"], "messages": c["messages"]}, 0, None)[0]
                 for c in chats]
        truth = [c["label"] for c in chats]
        n = len(items)
        p = prepare(LabelledSet(items, [1] * n, truth, [None] * n, [None] * n, [None] * n), clf.tone)
        y = np.array([t == "resolved" for t in truth])
        product = clf.resolution.predict(signals(p))[:, 0]
        rules = _rules(p, True)[1][:, 0]
        texts = ["\n".join(f"{m['role']}: {m['text']}" for m in c["messages"]) for c in chats]
        cv = np.zeros(n)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y):
            floor = fit_floor([texts[k] for k in tr], [bool(y[k]) for k in tr])
            cv[te] = floor.predict_proba([texts[k] for k in te])[:, list(floor.classes_).index(True)]
        length = -np.array([len(c["messages"]) for c in chats], dtype=float)
        langs = np.array([c["lang"] for c in chats])
        for lang, sel in _by_language(langs):
            scores = {who: float(roc_auc_score(y[sel], s[sel]))
                      for who, s in (("product", product), ("retired rules", rules), ("TF-IDF + LR (CV)", cv),
                                     ("messages (longer = unresolved)", length))}
            called = product[sel] >= 0.5
            out[f"{name} {lang}"] = {"n": int(sel.sum()), **scores,
                                     "called_resolved_of_resolved": float(called[y[sel]].mean()),
                                     "called_resolved_of_unresolved": float(called[~y[sel]].mean())}
            rows.append((name, lang, str(int(sel.sum())), *(f"{v:.3f}" for v in scores.values()),
                         f"{called[y[sel]].mean():.0%} / {called[~y[sel]].mean():.0%}"))
    print(f"\nSupport chats: AUC of p_resolved for 'resolved' (shipped {clf.resolution.version})")
    print_table(("set", "lang", "n", "product", "retired rules", "TF-IDF + LR (CV)", "messages alone",
                 "called resolved: resolved / unresolved"), rows, markdown)
    return out


def tone_report(models_dir: Path, markdown: bool) -> dict:
    """Share read as negative vs labelled, per set x language (and channel), and macro-F1 per language."""
    from consistency.classify import InteractionClassifier
    from consistency.classify.metrics import macro_f1
    from consistency.records import InteractionText, Turn

    clf = InteractionClassifier.load(models_dir)
    out: dict = {}
    rows = []
    for name, texts in _sets("customer_tone"):
        items = [InteractionText(t["id"], t["channel"], [Turn("customer", t["text"])]) for t in texts]
        pred = [c.tone for c in clf.classify(items)]
        gaps = []
        for lang in sorted({t["lang"] for t in texts}):
            idx = [k for k, t in enumerate(texts) if t["lang"] == lang]
            truth = [texts[k]["label"] for k in idx]
            labelled = float(np.mean([y == "negative" for y in truth]))
            read = float(np.mean([pred[k] == "negative" for k in idx]))
            by_channel = {}
            for channel in ("chat", "email", "phone", "in_person"):
                ks = [k for k in idx if texts[k]["channel"] == channel]
                if ks:
                    by_channel[channel] = (float(np.mean([pred[k] == "negative" for k in ks])),
                                           float(np.mean([texts[k]["label"] == "negative" for k in ks])), len(ks))
            f1 = macro_f1(truth, [pred[k] or "neutral" for k in idx])
            gaps.append(read - labelled)
            out[f"{name} {lang}"] = {"n": len(idx), "labelled": labelled, "read": read, "macro_f1": f1,
                                     "by_channel": by_channel}
            rows.append((name, lang, str(len(idx)), f"{labelled:.2f}", f"{read:.2f}", f"{read - labelled:+.2f}",
                         f"{f1:.3f}", ", ".join(f"{c} {r:.2f}/{t:.2f} (n {n})" for c, (r, t, n) in by_channel.items())))
        out[f"{name} spread"] = max(gaps) - min(gaps)
    print(f"\nCustomer tone: share read as negative vs labelled (shipped {clf.tone.version})")
    print_table(("set", "lang", "n", "labelled", "read", "gap", "macro-F1", "by channel: read / labelled"), rows,
                markdown)
    print("spread of the gaps across languages: " + ", ".join(
        f"{k.split()[0]} {v:.2f}" for k, v in out.items() if k.endswith("spread")))
    return out


def blame_report(models_dir: Path, markdown: bool) -> dict:
    """Recall and false alarms of ``blame`` on single agent lines, product vs the retired phrase lists."""
    from consistency.classify import InteractionClassifier
    from consistency.classify.interaction_rules import retired_blame
    from consistency.records import InteractionText, Turn

    clf = InteractionClassifier.load(models_dir)
    out: dict = {}
    rows = []
    for name, lines in _sets("blame"):
        items = [InteractionText(r["id"], "chat", [Turn("agent", r["text"])], lang=r["lang"]) for r in lines]
        said = np.array([c.blame for c in clf.classify(items)])
        retired = np.array([bool(retired_blame(it)) for it in items])
        truth = np.array([r["label"] == "blame" for r in lines])
        langs = np.array([r["lang"] for r in lines])
        for lang, sel in _by_language(langs):
            y = truth[sel]
            figures = {"n_blame": int(y.sum()), "n_other": int((~y).sum()),
                       "recall": float(said[sel][y].mean()), "false_alarms": float(said[sel][~y].mean()),
                       "retired_recall": float(retired[sel][y].mean()),
                       "retired_false_alarms": float(retired[sel][~y].mean())}
            out[f"{name} {lang}"] = figures
            rows.append((name, lang, f"{figures['n_blame']} / {figures['n_other']}",
                         f"{int(said[sel][y].sum())} ({figures['recall']:.0%})",
                         f"{int(said[sel][~y].sum())} ({figures['false_alarms']:.0%})",
                         f"{figures['retired_recall']:.0%} / {figures['retired_false_alarms']:.0%}"))
    print(f"\nBlame of another department, single agent lines (shipped {clf.resolution.version})")
    print_table(("set", "lang", "n blame / other", "caught", "false alarms", "retired lists: caught / false"),
                rows, markdown)
    return out


def main(argv: list[str] | None = None) -> int:
    from consistency.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", type=Path, default=Settings.from_env().models_dir)
    parser.add_argument("--markdown", action="store_true", help="Markdown tables (for the model card)")
    args = parser.parse_args(argv)
    courtesy_report(args.models_dir, args.markdown)
    resolution_report(args.models_dir, args.markdown)
    tone_report(args.models_dir, args.markdown)
    blame_report(args.models_dir, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
