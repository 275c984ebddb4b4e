"""Set the resolution weights from labelled conversations and score them: demo seeds, or the store's own history.

``train_resolution`` moves the hand-set priors (``resolution.SIGNALS``) towards the generated
training seeds, with half the rows' outcome codes hidden (real sources often lack them), and scores
prior, fitted weights and the retired rules on the held-out seed. ``calibrate_from_store`` moves the
"resolved" stage towards the deployment's own free label: the customer did not come back within
7 days on any channel.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from consistency.classify.interaction_eval import Prepared
from consistency.classify.resolution import SIGNAL_NAMES, ResolutionModel, fit, fit_resolved_only, signal_matrix
from consistency.records import RESOLUTIONS

HIDE_OUTCOME_SHARE = 0.5
PENALTY = 0.02  # L2 pull towards the prior; the demo moves what it shows clearly, the rest stays put
_OUTCOME_COLS = [SIGNAL_NAMES.index(n) for n in SIGNAL_NAMES if n.startswith("outcome_")]


def signals(p: Prepared) -> np.ndarray:
    """The resolution signals of a prepared labelled set."""
    return signal_matrix(p.data.items, p.feats, p.probs)


def hide_outcomes(s: np.ndarray, rows: np.ndarray | slice = slice(None)) -> np.ndarray:
    """A copy with the outcome-code signals zeroed in ``rows`` (a source without codes)."""
    s = s.copy()
    for c in _OUTCOME_COLS:
        s[rows, c] = 0.0
    return s


def resolution_scores(y: list[str], probs: np.ndarray) -> dict[str, float]:
    """AUC of p_resolved for "resolved", macro-F1 and accuracy of the argmax label, ECE of all three classes."""
    from sklearn.metrics import roc_auc_score

    from consistency.classify.metrics import accuracy, expected_calibration_error, macro_f1

    truth = np.asarray(y)
    pred = [RESOLUTIONS[i] for i in probs.argmax(axis=1)]
    both = len(set(truth == "resolved")) == 2
    return {"auc_resolved": round(float(roc_auc_score(truth == "resolved", probs[:, 0])), 4) if both else float("nan"),
            "macro_f1": round(macro_f1(list(y), pred), 4), "accuracy": round(accuracy(list(y), pred), 4),
            "ece": round(expected_calibration_error(list(y), probs, RESOLUTIONS), 4)}


def rules_probs(p: Prepared, hidden: bool) -> np.ndarray:
    """The retired hand-set rules (``rules-v1``) on the same rows."""
    from consistency.classify.interaction_eval import _rules

    return _rules(p, hidden)[1]


def blame_rates(p: Prepared) -> dict[str, float]:
    """P(true blame | blame cue) and P(true blame | no cue) on labelled conversations: what ``p_blame`` reports."""
    from consistency.classify.interaction_features import value

    cue = np.array([value(f, "agent_blame") > 0 for f in p.feats])
    truth = np.asarray(p.data.blame, dtype=float)
    out = {"rows_with_cue": int(cue.sum()), "rows_without_cue": int((~cue).sum())}
    # Laplace-smoothed so a small set never reports certainty.
    out["with_cue"] = round(float((truth[cue].sum() + 1) / (cue.sum() + 2)), 4)
    out["without_cue"] = round(float((truth[~cue].sum() + 1) / ((~cue).sum() + 2)), 4)
    return out


def train_resolution(train: list[Prepared], heldout: Prepared, seed: int = 0) -> tuple[ResolutionModel, dict[str, Any]]:
    """Fit on ``train`` (codes hidden on half the rows), score prior / fitted / rules on ``heldout``."""
    s = np.vstack([signals(p) for p in train])
    y = [r for p in train for r in p.data.resolution]
    hidden = np.random.default_rng(seed).random(len(s)) < HIDE_OUTCOME_SHARE
    model = fit(hide_outcomes(s, hidden), y, PENALTY,
                info={"fitted_on": "generated demo seeds (outcome codes hidden on half the rows)",
                      "hidden_outcome_share": HIDE_OUTCOME_SHARE})
    # p_blame: how often a blame cue (or its absence) was right, counted on training conversations.
    model.info["blame_rates"] = blame_rates(train[0])
    s_held = signals(heldout)
    metrics: dict[str, Any] = {"version": model.version, "train_rows": len(y), "heldout_rows": len(heldout.data.items)}
    for codes in ("codes_given", "codes_hidden"):
        x = hide_outcomes(s_held) if codes == "codes_hidden" else s_held
        metrics[codes] = {
            "prior": resolution_scores(heldout.data.resolution, ResolutionModel.prior().predict(x)),
            "model": resolution_scores(heldout.data.resolution, model.predict(x)),
            "rules": resolution_scores(heldout.data.resolution, rules_probs(heldout, codes == "codes_hidden")),
        }
    metrics["weights"] = model.weights()
    metrics["blame_rates"] = model.info["blame_rates"]
    return model, metrics


STORE_PENALTY = 0.05  # the store's label is a proxy (people come back for new reasons): move less than on truth


def calibrate_on_repeats(model: ResolutionModel, s: np.ndarray, came_back: np.ndarray, fit_rows: np.ndarray,
                         truth: list[str] | None = None) -> tuple[ResolutionModel, dict[str, Any]]:
    """Move the "resolved" stage towards "did not come back within 7 days"; score before / after on held-back rows.

    ``came_back`` is 1 / 0 per contact, NaN where unknown (no customer id, or the 7 days not yet seen).
    The repeat-contact signal itself is zeroed: it is the label here. ``truth`` (demo only) adds AUC
    against the true resolution on the held-back rows.
    """
    from sklearn.metrics import roc_auc_score

    s = s.copy()
    s[:, SIGNAL_NAMES.index("repeat_contact")] = 0.0
    known = ~np.isnan(came_back)
    train, test = known & fit_rows, known & ~fit_rows
    proxy = 1.0 - np.nan_to_num(came_back)
    metrics: dict[str, Any] = {"rows": int(len(s)), "known": int(known.sum()), "fit_rows": int(train.sum()),
                               "eval_rows": int(test.sum()), "repeat_share": round(float(came_back[known].mean()), 4)
                               if known.any() else float("nan")}
    if train.sum() < 50 or len(set(proxy[train])) < 2:
        metrics["skipped"] = "fewer than 50 contacts with a known 7-day outcome (or all alike)"
        return model, metrics
    new = fit_resolved_only(s[train], proxy[train], model, STORE_PENALTY,
                            {**model.info, "calibrated_on": "store: no repeat contact within 7 days",
                             "store_rows": int(train.sum())})
    for name, m in (("before", model), ("after", new)):
        p = m.predict(s[test])[:, 0]
        both = len(set(proxy[test])) == 2
        metrics[f"auc_no_repeat_{name}"] = round(float(roc_auc_score(proxy[test], p)), 4) if both else float("nan")
        if truth is not None:
            y = np.asarray(truth)[test] == "resolved"
            metrics[f"auc_truth_{name}"] = round(float(roc_auc_score(y, p)), 4) if len(set(y)) == 2 else float("nan")
            hidden = hide_outcomes(s[test])
            metrics[f"auc_truth_codes_hidden_{name}"] = round(float(roc_auc_score(y, m.predict(hidden)[:, 0])), 4)
    return new, metrics
