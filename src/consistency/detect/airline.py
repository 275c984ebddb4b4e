"""Real-data check: the Twitter US Airline Sentiment tweets read as a chain, one airline per branch.

Each airline is a branch on one channel ("social"). Two indicators: the share of negative tweets,
and among negative tweets the share whose annotated reason is "Customer Service Issue". Both are
case-mix adjusted for what the airline does not control in this data (hour band and day of the
tweet). The annotated reason cannot be a case-mix factor for these two: it is only annotated for
negative tweets and it *is* the second indicator, so adjusting for it would explain everything
away. Funnel limits with Winsorised over-dispersion, BH across both indicators.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import norm

from consistency.detect import funnel
from consistency.detect.casemix import case_mix_features, fit_case_mix, observed_expected
from consistency.detect.fdr import bh_qvalues
from consistency.detect.nightly import FUNNEL_COLUMNS, DetectionResult
from consistency.records import Flag

CS_REASON = "Customer Service Issue"
INDICATORS = {"negative_rate": "negative", "cs_complaint_share": "cs_issue"}  # both: higher is worse


def load_airline(folder: Path) -> pd.DataFrame:
    """train + dev as an interaction frame; rows without text or airline are left out."""
    parts = [pd.read_csv(folder / f"{split}.csv", keep_default_na=False, dtype=str)
             for split in ("train", "dev") if (folder / f"{split}.csv").exists()]
    raw = pd.concat(parts, ignore_index=True)
    raw = raw[(raw["text"].str.strip() != "") & (raw["entity"].str.strip() != "")]
    when = pd.to_datetime(raw["created_at"], format="%d-%m-%Y %H:%M", errors="coerce")
    negative = (raw["label"] == "negative").astype(float)
    return pd.DataFrame({
        "interaction_id": raw["id"], "branch": raw["entity"], "channel": "social", "lang": raw["lang"],
        "topic": "unknown", "hour": when.dt.hour, "business_date": when.dt.normalize(),
        "started_at": when.dt.tz_localize("UTC"), "agent": None, "customer": None,
        "negative": negative,
        "cs_issue": np.where(negative == 1, (raw["reason"] == CS_REASON).astype(float), np.nan),
    }).dropna(subset=["business_date"]).reset_index(drop=True)


def airline_detection(folder: Path, fdr: float = 0.05) -> tuple[DetectionResult, pd.DataFrame]:
    """Funnel both indicators across airlines; returns the result and the frame it read."""
    frame = load_airline(folder)
    features = case_mix_features(frame)
    tables = []
    for metric, column in INDICATORS.items():
        fit = fit_case_mix(frame, metric, features, column=column, binary=True)
        cells = observed_expected(frame, metric, fit["e_date"], fit["v_date"], ["branch", "channel"], column=column)
        ratio, _, s = funnel.standardised_ratio_inputs(cells["O"], cells["E"], cells["V"])
        disp = funnel.estimate_dispersion(ratio, 1.0, s)
        z = funnel.adjusted_z(ratio, 1.0, s, disp.tau2)
        rate = (cells["E"] / cells["n"]).to_numpy()
        lo95, hi95 = funnel.additive_limits(1.0, s, disp.tau2, funnel.Z95)
        lo998, hi998 = funnel.additive_limits(1.0, s, disp.tau2, funnel.Z998)
        tables.append(pd.DataFrame({
            "metric": metric, "branch": cells["branch"], "channel": cells["channel"], "n": cells["n"].astype(int),
            "observed": cells["O"] / cells["n"], "expected": rate, "ratio": ratio, "z": z,
            "lo95": lo95 * rate, "hi95": hi95 * rate, "lo998": lo998 * rate, "hi998": hi998 * rate,
            "p_value": 2 * norm.sf(np.abs(z)), "q_value": np.nan, "flagged": False,
            "z_binomial": funnel.z_scores(ratio, 1.0, s), "phi": disp.phi, "tau2": disp.tau2}))
    table = pd.concat(tables, ignore_index=True)
    table["q_value"] = bh_qvalues(table["p_value"].to_numpy())
    table["flagged"] = table["q_value"] <= fdr
    flags = [_flag(row, frame) for row in table[table["flagged"]].to_dict("records")]
    return DetectionResult(flags, table[FUNNEL_COLUMNS + ["z_binomial", "phi", "tau2"]], pd.DataFrame()), frame


def _flag(row: dict, frame: pd.DataFrame) -> Flag:
    direction = "worse" if row["z"] > 0 else "better"
    what = "negative tweets" if row["metric"] == "negative_rate" else "customer-service complaints among negative tweets"
    sentence = (f"{row['branch']}: {100 * row['observed']:.1f}% {what} against {100 * row['expected']:.1f}% expected "
                f"for its hours and days ({row['n']} tweets), {direction} than the other airlines beyond chance.")
    first = frame.loc[frame["branch"] == row["branch"], "business_date"].min()
    return Flag("funnel", row["metric"], row["branch"], "social", None, direction, "branch", float(row["observed"]),
                float(row["expected"]), int(row["n"]), float(row["lo998"]), float(row["hi998"]), float(row["p_value"]),
                float(row["q_value"]), pd.Timestamp(first).date() if pd.notna(first) else date.today(), sentence,
                {"z": round(float(row["z"]), 2), "top_interactions": []})
