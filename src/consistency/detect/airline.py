"""Real-data check: the Twitter US Airline Sentiment tweets read as a chain, one airline per branch.

Each airline is a branch on one channel ("social"). Indicators: the share of all tweets that are
customer-service complaints (negative, annotated reason "Customer Service Issue"), the share of
negative tweets, and among negative tweets the customer-service share.

They are adjusted for *topic*: what the tweet is about operationally (late or cancelled flight,
luggage, booking, the flight itself), which the airline's service desk does not control on the
day. The annotated reasons cannot be used as topics directly: only negative tweets carry one, and
for a customer-service complaint the reason *is* the indicator. So a small text model learns the
operational topic from the negative tweets annotated with an operational reason and gives every
tweet, whatever its tone, a topic by the same rule ("general" when it is about none of them);
rows it learns from get an out-of-fold topic. Adjusting for it asks: given what its customers
tweet about, does an airline draw more customer-service complaints than the others? Hour band and
day are adjusted too. Funnel limits with Winsorised over-dispersion, BH across the indicators.
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
# All: higher is worse.
INDICATORS = {"cs_complaint_rate": "cs_complaint", "negative_rate": "negative", "cs_complaint_share": "cs_issue"}
_WHAT = {"cs_complaint_rate": "customer-service complaints", "negative_rate": "negative tweets",
         "cs_complaint_share": "customer-service complaints among negative tweets"}
TOPICS = {"Late Flight": "late", "Cancelled Flight": "cancelled", "Lost Luggage": "luggage",
          "Damaged Luggage": "luggage", "Bad Flight": "flight", "Flight Attendant Complaints": "flight",
          "longlines": "flight", "Flight Booking Problems": "booking"}
MIN_TOPIC_P = 0.5  # below this the tweet is about none of the operational topics: "general"


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
        "topic": operational_topics(raw["text"].tolist(), raw["reason"].tolist()),
        "hour": when.dt.hour, "business_date": when.dt.normalize(),
        "started_at": when.dt.tz_localize("UTC"), "agent": None, "customer": None,
        "negative": negative,
        "cs_issue": np.where(negative == 1, (raw["reason"] == CS_REASON).astype(float), np.nan),
        "cs_complaint": ((negative == 1) & (raw["reason"] == CS_REASON)).astype(float),
    }).dropna(subset=["business_date"]).reset_index(drop=True)


def operational_topics(texts: list[str], reasons: list[str], seed: int = 0) -> np.ndarray:
    """Each tweet's operational topic by one rule for all tweets (out-of-fold for the annotated ones)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.multiclass import OneVsRestClassifier

    x = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit_transform(texts)
    labelled = np.array([TOPICS.get(r) is not None for r in reasons])
    y = np.array([TOPICS.get(r, "") for r in reasons])
    probs = np.zeros((len(texts), len(set(TOPICS.values()))))
    # One-vs-rest liblinear on sparse text: seconds, where the multinomial lbfgs fit took a minute.
    model = OneVsRestClassifier(LogisticRegression(C=4.0, solver="liblinear"))
    idx = np.flatnonzero(labelled)
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    for train, held in folds.split(idx, y[idx]):
        probs[idx[held]] = model.fit(x[idx[train]], y[idx[train]]).predict_proba(x[idx[held]])
    model.fit(x[idx], y[idx])
    classes = model.classes_
    probs[~labelled] = model.predict_proba(x[~labelled])
    return np.where(probs.max(axis=1) >= MIN_TOPIC_P, classes[probs.argmax(axis=1)], "general")


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
    sentence = (f"{row['branch']}: {100 * row['observed']:.1f}% {_WHAT[row['metric']]} against "
                f"{100 * row['expected']:.1f}% expected for what its customers tweet about and when ({row['n']} tweets), "
                f"{direction} than the other airlines beyond chance.")
    first = frame.loc[frame["branch"] == row["branch"], "business_date"].min()
    return Flag("funnel", row["metric"], row["branch"], "social", None, direction, "branch", float(row["observed"]),
                float(row["expected"]), int(row["n"]), float(row["lo998"]), float(row["hi998"]), float(row["p_value"]),
                float(row["q_value"]), pd.Timestamp(first).date() if pd.notna(first) else date.today(), sentence,
                {"z": round(float(row["z"]), 2), "top_interactions": []})
