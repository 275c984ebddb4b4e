"""Chains written by someone else: the product's flags and labels against the truth of a chain it never saw.

Run:  python benchmarks/outside_chains.py [--chain benchmarks/data/outside_chains/a ...] [--keep DIR] [--fdr Q]

Each chain folder holds ``make_chain.py`` (a generator written from ``docs/formats.md`` alone, by an
author who could not read the product), which writes ``exports/<date>/<kind>/...``, ``truth.json`` (the
planted problems) and ``labels.csv`` (the generator's own label of every contact). The script runs the
generator into a temporary folder, ingests every night into a fresh SQLite store, classifies the window
with the shipped models, runs the last night's detection as the nightly audit does, and prints:

* each planted problem and the flags that found it, and every flag no planted problem explains;
* per language x channel, the share the product reads as negative, courteous, resolved and blaming
  next to the generator's truth, with n: the language bias a chain written apart from the demo shows;
* the label agreement per judgement (accuracy, and AUC of the product's probability where there is one).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
CHAINS = REPO / "benchmarks" / "data" / "outside_chains"

# Truth metric -> (the audit's metric, the metrics its planted change moves as side effects).
METRIC = {
    "courtesy": ("courtesy_rate", ("csat", "negative_rate")),
    "resolution": ("resolution_rate", ("fcr_rate", "csat", "negative_rate", "escalation_rate", "transfer_rate")),
    "blame": ("blame_rate", ("csat", "negative_rate", "transfer_rate", "resolution_rate")),
    "negative_tone": ("negative_rate", ("csat",)),
    "mystery_vs_logs": ("ms_courtesy", ("courtesy_rate", "csat", "negative_rate")),
    "wait": ("wait_s", ("csat", "negative_rate", "handle_s")),  # a call or chat log's span includes the wait
    "transfers": ("transfer_rate", ("handle_s", "csat")),
    "csat": ("csat", ()),
}


def planted_problems(truth: dict) -> list[dict]:
    """The chain's ``truth.json`` in the vocabulary ``demo.truth.match_flags`` reads."""
    problems = []
    for p in truth["planted"]:
        metric, also = METRIC[p["metric"]]
        level = "agent" if p.get("agent") else "branch" if p.get("branch") else "channel" if p.get("channel") else "chain"
        problems.append({"id": p["id"], "level": level, "metric": metric, "also": {m: 0 for m in also},
                         "branch": p.get("branch"), "channel": p.get("channel"), "agent": p.get("agent"),
                         "start_date": p.get("start_date"), "description": p.get("description", "")})
    return problems


def generate(chain: Path, work: Path) -> Path:
    """Run the chain's generator in a copy of its folder; returns the folder with exports/ and truth."""
    target = work / chain.name
    for source in chain.rglob("*.py"):  # the generator and its text modules, nothing it wrote
        copy = target / source.relative_to(chain)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(source.read_bytes())
    subprocess.run([sys.executable, "make_chain.py"], cwd=target, check=True, capture_output=True)
    return target


def audit_chain(folder: Path, work: Path, fdr: float | None) -> tuple[object, object, pd.DataFrame, object]:
    """Ingest, classify and analyse the chain's exports; returns (analysis, settings, labels frame, ingest report)."""
    from sqlalchemy import select

    from consistency import pipeline
    from consistency.config import Settings
    from consistency.store import models as m
    from consistency.store.db import session_scope

    nights = sorted(p.name for p in (folder / "exports").iterdir() if p.is_dir())
    first, last = date.fromisoformat(nights[0]), date.fromisoformat(nights[-1])
    settings = Settings(db_url=f"sqlite:///{work / 'outside.db'}", reports_dir=work / "reports",
                        quarantine_dir=work / "quarantine")
    if fdr is not None:
        settings = replace(settings, fdr=fdr)
    engine = pipeline.open_store(settings)
    report = pipeline.ingest(engine, folder / "exports", settings)
    pipeline.classify(engine, settings, max(first, last - timedelta(days=settings.history_days - 1)), last)
    analysis = pipeline.analyse(engine, settings, last)
    query = (select(m.Interaction.native_id, m.Interaction.source, m.Interaction.channel, m.Interaction.branch,
                    m.Interaction.business_date,
                    m.Classification.lang, m.Classification.tone, m.Classification.p_negative,
                    m.Classification.courteous, m.Classification.p_courteous, m.Classification.resolution,
                    m.Classification.p_resolved, m.Classification.blame)
             .join(m.Classification, m.Classification.interaction_id == m.Interaction.id))
    with session_scope(engine) as session:
        labels = pd.DataFrame(session.execute(query).all(), columns=[c.name for c in query.selected_columns])
    engine.dispose()
    return analysis, settings, labels, report


def _native(value: object) -> str:
    return str(value).strip().strip("<>")


def joined_labels(labels: pd.DataFrame, truth_csv: Path) -> pd.DataFrame:
    """The product's labels next to the generator's, by the contact's native id."""
    truth = pd.read_csv(truth_csv, dtype=str, keep_default_na=False)
    truth["key"] = truth["contact_id"].map(_native)
    ours = labels.assign(key=labels["native_id"].map(_native))
    both = ours.merge(truth, on="key", how="inner", suffixes=("", "_truth"))
    both["lang_truth"] = both["lang_truth"] if "lang_truth" in both else both["lang"]
    return both


def _flag01(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.replace({"": np.nan, "True": 1, "False": 0, "true": 1, "false": 0}), errors="coerce")


def bias_table(both: pd.DataFrame) -> pd.DataFrame:
    """Per language (truth) x channel: each judgement's share as read and as written, with n."""
    rows = []
    for (lang, channel), g in both.groupby(["lang_truth", "channel"]):
        row = {"lang": lang, "channel": channel, "n": len(g)}
        truth_neg = (g["customer_tone"] == "negative")
        read = g["tone"].notna()
        row["neg read"] = round(float((g.loc[read, "tone"] == "negative").mean()), 2) if read.any() else np.nan
        row["neg true"] = round(float(truth_neg[read].mean()), 2) if read.any() else np.nan
        cour_t = _flag01(g["agent_courteous"])
        has = g["courteous"].notna() & cour_t.notna()
        row["n courtesy"] = int(has.sum())
        row["courteous read"] = round(float(g.loc[has, "courteous"].astype(float).mean()), 2) if has.any() else np.nan
        row["courteous true"] = round(float(cour_t[has].mean()), 2) if has.any() else np.nan
        res_t = _flag01(g["resolved"])
        has = g["resolution"].notna() & res_t.notna()
        row["resolved read"] = round(float((g.loc[has, "resolution"] == "resolved").mean()), 2) if has.any() else np.nan
        row["resolved true"] = round(float(res_t[has].mean()), 2) if has.any() else np.nan
        row["blame read"] = round(float(g["blame"].astype(float).mean()), 3)
        row["blame true"] = round(float(_flag01(g["blame"+"_truth"]).mean()), 3)
        rows.append(row)
    return pd.DataFrame(rows)


def agreement(both: pd.DataFrame) -> dict[str, dict]:
    """Accuracy and AUC of each judgement against the generator's labels, over the contacts that have both."""
    from sklearn.metrics import roc_auc_score

    out = {}
    cases = {
        "negative tone": (both["customer_tone"] == "negative").astype(float).where(both["tone"].notna()),
        "courteous": _flag01(both["agent_courteous"]).where(both["courteous"].notna()),
        "resolved": _flag01(both["resolved"]).where(both["resolution"].notna()),
        "blame": _flag01(both["blame_truth"]),
    }
    reads = {
        "negative tone": (both["tone"] == "negative", both["p_negative"]),
        "courteous": (both["courteous"].astype(float), both["p_courteous"]),
        "resolved": (both["resolution"] == "resolved", both["p_resolved"]),
        "blame": (both["blame"].astype(float), None),
    }
    for name, y in cases.items():
        keep = y.notna()
        label, score = reads[name]
        yy = y[keep].astype(int)
        entry = {"n": int(keep.sum()), "positives": int(yy.sum()),
                 "accuracy": round(float((label[keep].astype(float) == yy).mean()), 3)}
        if score is not None and yy.nunique() == 2:
            s = pd.to_numeric(score[keep], errors="coerce")
            ok = s.notna()
            entry["auc"] = round(float(roc_auc_score(yy[ok], s[ok])), 3)
        if name == "blame":
            entry["caught"] = int(((label[keep] == 1) & (yy == 1)).sum())
            entry["false alarms"] = int(((label[keep] == 1) & (yy == 0)).sum())
        out[name] = entry
    return out


# Truth metric -> (the product's reading as 0/1 per contact, the generator's label as 0/1).
READINGS = {
    "courtesy": (lambda b: b["courteous"].astype(float), lambda b: _flag01(b["agent_courteous"])),
    "resolution": (lambda b: (b["resolution"] == "resolved").astype(float).where(b["resolution"].notna()),
                   lambda b: _flag01(b["resolved"])),
    "blame": (lambda b: b["blame"].astype(float), lambda b: _flag01(b["blame_truth"])),
    "negative_tone": (lambda b: (b["tone"] == "negative").astype(float).where(b["tone"].notna()),
                      lambda b: (b["customer_tone"] == "negative").astype(float)),
}


def planted_cells(both: pd.DataFrame, truth: dict) -> list[str]:
    """Each planted problem's rate inside its cell and in the rest of the chain, as read and as written."""
    lines = []
    for p in truth["planted"]:
        if p["metric"] not in READINGS:
            continue
        inside = pd.Series(True, index=both.index)
        for key, column in (("branch", "branch"), ("channel", "channel"), ("agent", "agent")):
            if p.get(key):
                inside &= both[column].astype(str) == str(p[key])
        if p.get("start_date"):
            inside &= pd.to_datetime(both["business_date"]) >= pd.Timestamp(p["start_date"])
        read, true = (f(both) for f in READINGS[p["metric"]])
        def share(values: pd.Series, where: pd.Series) -> str:
            v = values[where].dropna()
            return f"{v.mean():.2f} (n {len(v)})" if len(v) else "-"
        lines.append(f"  {p['id']} {p['metric']}: inside read {share(read, inside)} / true {share(true, inside)}; "
                     f"rest read {share(read, ~inside)} / true {share(true, ~inside)}")
    return lines


def run_chain(chain: Path, keep: Path | None, fdr: float | None) -> dict:
    from consistency.demo.truth import match_flags
    from consistency.normalize import pseudonymise

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(keep or tmp) / chain.name
        work.mkdir(parents=True, exist_ok=True)
        folder = generate(chain, work / "gen") if not (work / "gen" / chain.name).exists() else work / "gen" / chain.name
        store = work / "store"
        if store.exists():
            import shutil

            shutil.rmtree(store)
        store.mkdir()
        analysis, settings, labels, report = audit_chain(folder, store, fdr)
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        both = joined_labels(labels, folder / "labels.csv")
    problems = planted_problems(truth)
    key = lambda agent: pseudonymise(agent, settings.pseudonym_key, "ag")  # noqa: E731
    result = match_flags(analysis.detection.flags, problems, key)
    # A truth file may describe one problem twice (from the shop's side and the logs'): each problem is found
    # by any flag that matches it, while a flag matching none is a false alarm either way.
    for p in problems:
        result.matched[p["id"]] = match_flags(analysis.detection.flags, [p], key).matched[p["id"]]
    result.missed = [pid for pid, found in result.matched.items() if not found]
    print(f"\n=== chain {chain.name}: {len(labels)} contacts classified, {len(both)} joined to the truth, "
          f"{time.perf_counter() - t0:.0f} s")
    for p in truth["planted"]:
        found = result.matched[p["id"]]
        print(f"  {p['id']}: {p['metric']} {p.get('branch') or '*'} {p.get('channel') or '*'} "
              f"{p.get('agent') or ''} from {p.get('start_date')}: "
              + (", ".join(f"{f.type}/{f.metric}/{f.level}" for f in found) or "MISSED"))
    print(f"  flags no planted problem explains: {len(result.false_alarms)} of {len(analysis.detection.flags)}")
    for line in result.summary().splitlines():
        if line.startswith("  "):
            print("   " + line)
    for line in planted_cells(both, truth):
        print(line)
    table = bias_table(both)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.to_string(index=False))
    agree = agreement(both)
    for name, entry in agree.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in entry.items()))
    return {"chain": chain.name, "planted": len(result.matched), "found": len(result.matched) - len(result.missed),
            "missed": result.missed, "unexplained": len(result.false_alarms), "flags": len(analysis.detection.flags),
            "agreement": agree}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chain", type=Path, nargs="+", default=sorted(p for p in CHAINS.iterdir() if p.is_dir())
                        if CHAINS.is_dir() else [])
    parser.add_argument("--keep", type=Path, default=None, help="keep generated chains and stores here (re-used)")
    parser.add_argument("--fdr", type=float, default=None)
    args = parser.parse_args(argv)
    results = [run_chain(chain, args.keep, args.fdr) for chain in args.chain]
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
