"""Resolution (resolved / unresolved / escalated) from the signals a service really has.

A small, readable model instead of trees over the conversation's shape: each signal is a named
number in [-1, 1] (an outcome code, the survey score, a repeat contact, the customer's last words,
the agent's closing move, the customer's tone), absent signals are 0, and two logistic stages
combine them:

    p_resolved  = sigmoid(w_res . s)                       resolved vs not
    p_escalated = (1 - p_resolved) * sigmoid(w_esc . s)    escalated vs unresolved, among the unresolved

Every weight has a hand-set prior and a sign it may not cross (thanks never counts against
resolved; a callback promise never counts for it). ``fit`` moves the weights from their priors
only as far as labelled conversations pull them (L2 towards the prior, sign bounds), so what the
synthetic demo cannot teach stays at the prior instead of fitting its phrasing. No turn counts:
length alone cannot decide (a resolved chat padded with neutral turns stays resolved).
The weights are saved as JSON (``models/resolution.json``), readable and diffable.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from consistency.classify.interaction_features import InteractionFeatures, value
from consistency.records import RESOLUTIONS, InteractionText

MODEL_FILE = "resolution.json"
_NEUTRAL = 1.0 / 3.0

# name: (prior weight for "resolved", sign bound for it, prior for "escalated | not resolved", its bound)
# Sign bounds: +1 weight >= 0, -1 weight <= 0, 0 free, None = not used by that stage.
SIGNALS: dict[str, tuple[float, int | None, float, int | None]] = {
    "intercept":                     (0.0, 0, -1.0, 0),
    # The source's own outcome code, where it has one.
    "outcome_resolved":              (3.0, +1, 0.0, 0),
    "outcome_callback":              (-2.0, -1, -1.5, -1),
    "outcome_escalated":             (-3.0, -1, 3.0, +1),
    "outcome_transferred":           (-2.0, -1, 0.0, 0),
    "outcome_abandoned":             (-2.5, -1, -1.5, -1),
    # Post-contact survey (1-5 scaled to -1..1) and whether the customer came back within 7 days
    # (+1 came back, -1 observed not to, 0 unknown).
    "csat":                          (1.5, +1, 0.0, None),
    "repeat_contact":                (-1.0, -1, 0.0, None),
    "transferred":                   (-0.5, -1, 0.5, 0),
    # The customer's last words, when they answered the agent.
    "last_thanks":                   (1.0, +1, 0.0, None),
    "last_works_now":                (1.5, +1, 0.0, None),
    "last_still_broken":             (-1.5, -1, 0.0, None),
    "last_tone_negative":            (-1.5, -1, 0.0, None),
    "last_tone_positive":            (1.5, +1, 0.0, None),
    "last_question":                 (-0.5, -1, 0.0, None),
    "customer_spoke_last_unthanked": (-0.5, -1, 0.0, None),
    # "ok, I'll wait then", "forget it", "ну ладно": the customer accepts that nothing more will happen now.
    "last_resigned":                 (-1.0, -1, 0.0, None),
    "customer_escalation_request":   (-1.0, -1, 1.5, +1),
    # A written contact (e-mail, chat) the customer opened and no agent answered, yet: nothing was done.
    # Without it the intercept called an unanswered complaint e-mail resolved (p ~0.7).
    "no_agent_reply":                (-3.0, -1, 0.0, None),
    # The agent's moves: fixed it, promised a callback, handed it on, offered more help, refused, blamed.
    "agent_fix":                     (1.5, +1, 0.0, None),
    "agent_follow_up":               (-1.0, -1, -0.5, -1),
    "agent_handoff":                 (-1.0, -1, 0.5, 0),
    # Sent away, not handed on: "see our FAQ", "please visit your branch", "this mailbox does not handle
    # individual cases". Not an escalation either: nobody has the case now.
    "agent_deflect":                 (-2.0, -1, -1.0, -1),
    "agent_closing_offer":           (0.5, +1, 0.0, None),
    "agent_refusal":                 (-0.5, -1, 0.0, None),
    # How the agent ended: a refusal ("I'm afraid not"), or the fix left to a later date or another team
    # ("within 5 working days", "as soon as it is restored").
    "closing_refusal":               (-1.0, -1, 0.0, None),
    "closing_pending":               (-0.7, -1, 0.0, None),
    "agent_blame":                   (-1.0, -1, 0.0, None),
    "agent_escalation":              (-1.0, -1, 1.5, +1),
    # How the customer sounds overall (a weak signal: the opening complaint is negative either way).
    "tone_negative":                 (-0.5, -1, 0.0, 0),
    "tone_positive":                 (0.5, +1, 0.0, None),
}
SIGNAL_NAMES: tuple[str, ...] = tuple(SIGNALS)
_IDX = {n: i for i, n in enumerate(SIGNAL_NAMES)}
_OUTCOMES = ("resolved", "callback", "escalated", "transferred", "abandoned")
# Channels where the agent's answer is text of the contact itself (a visit's staff note is not an answer,
# and a call's transcript speaks for both sides or for none).
WRITTEN = frozenset({"email", "chat"})


def _cue(f: InteractionFeatures, name: str) -> float:
    return float(min(f.cue_counts.get(name, 0), 1))


def signal_row(item: InteractionText, f: InteractionFeatures, tone: np.ndarray | None) -> np.ndarray:
    """One interaction's signals in ``SIGNAL_NAMES`` order (0 where a signal is absent)."""
    s = np.zeros(len(SIGNAL_NAMES))
    s[_IDX["intercept"]] = 1.0
    for o in _OUTCOMES:
        s[_IDX[f"outcome_{o}"]] = value(f, f"outcome_{o}")
    csat = getattr(item, "csat", None)
    if csat is not None and np.isfinite(csat):
        s[_IDX["csat"]] = float(np.clip((float(csat) - 3.0) / 2.0, -1.0, 1.0))
    repeat = getattr(item, "repeat_contact", None)
    if repeat is not None:
        s[_IDX["repeat_contact"]] = 1.0 if repeat else -1.0
    s[_IDX["transferred"]] = float((item.transfers or 0) > 0)
    if f.closing_turns:
        thanks = _cue(f, "closing_customer_thanks")
        works = _cue(f, "closing_customer_works_now") + _cue(f, "closing_customer_fix_confirmed")
        s[_IDX["last_thanks"]] = thanks
        s[_IDX["last_works_now"]] = min(works, 1.0)
        s[_IDX["last_still_broken"]] = _cue(f, "closing_customer_still_broken")
        s[_IDX["last_resigned"]] = _cue(f, "closing_customer_resigned") * (not works)
        # "No, that's all" answers "anything else?": the "no" is not a complaint, the customer is done.
        done = _cue(f, "closing_customer_done")
        satisfied = thanks or works or done
        s[_IDX["customer_spoke_last_unthanked"]] = value(f, "customer_spoke_last") * (not satisfied)
    else:
        done = 0.0
    if f.customer_reacted:
        s[_IDX["last_question"]] = float(f.last_customer_question)
        last = f.last_customer_tone
        if last is not None and not np.isnan(last).any():
            s[_IDX["last_tone_negative"]] = max(float(last[0]) - _NEUTRAL, 0.0) * 1.5 * (not done)
            s[_IDX["last_tone_positive"]] = max(float(last[2]) - _NEUTRAL, 0.0) * 1.5
    s[_IDX["customer_escalation_request"]] = _cue(f, "customer_escalation_request")
    s[_IDX["no_agent_reply"]] = float(item.channel in WRITTEN and bool(f.customer_text) and not f.has_agent_text)
    s[_IDX["agent_fix"]] = max(_cue(f, "agent_fix_confirmed"), _cue(f, "agent_works_now"), _cue(f, "note_fix_confirmed"))
    s[_IDX["agent_follow_up"]] = max(_cue(f, "agent_follow_up"), _cue(f, "note_follow_up"))
    s[_IDX["agent_handoff"]] = _cue(f, "agent_handoff")
    s[_IDX["agent_deflect"]] = _cue(f, "agent_deflect")
    s[_IDX["agent_closing_offer"]] = _cue(f, "agent_closing_offer")
    s[_IDX["agent_refusal"]] = _cue(f, "agent_refusal")
    s[_IDX["closing_refusal"]] = _cue(f, "closing_agent_refusal")
    s[_IDX["closing_pending"]] = _cue(f, "closing_agent_pending")
    s[_IDX["agent_blame"]] = max(_cue(f, "agent_blame"), _cue(f, "note_blame"))
    s[_IDX["agent_escalation"]] = max(_cue(f, "agent_escalation_request"), _cue(f, "note_escalation_request"))
    if tone is not None and not np.isnan(tone).any():
        s[_IDX["tone_negative"]] = max(float(tone[0]) - _NEUTRAL, 0.0) * 1.5
        s[_IDX["tone_positive"]] = max(float(tone[2]) - _NEUTRAL, 0.0) * 1.5
    return s


def signal_matrix(items: list[InteractionText], feats: list[InteractionFeatures], tones: np.ndarray) -> np.ndarray:
    """[n, len(SIGNAL_NAMES)] signals of a batch."""
    if not items:
        return np.zeros((0, len(SIGNAL_NAMES)))
    return np.stack([signal_row(it, f, tones[k]) for k, (it, f) in enumerate(zip(items, feats))])


@lru_cache(maxsize=1)
def _cue_lists_text() -> str:
    """Every cue list and blame pattern the signals read, as one stable string (the tables are constants)."""
    from consistency.classify import cue_lists

    tables = (cue_lists.CUES, cue_lists.BLAME_TEAMS, cue_lists.BLAME_FAULTS, cue_lists.BLAME_OWNERS,
              cue_lists.BLAME_SELF, cue_lists.BLAME_SNEERS)
    return repr([sorted((k, sorted(v.items()) if isinstance(v, dict) else v) for k, v in t.items()) for t in tables])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _prior(stage: int) -> np.ndarray:
    return np.array([SIGNALS[n][2 * stage] for n in SIGNAL_NAMES])


def _bounds(stage: int) -> list[tuple[float | None, float | None]]:
    out: list[tuple[float | None, float | None]] = []
    for n in SIGNAL_NAMES:
        sign = SIGNALS[n][2 * stage + 1]
        prior = SIGNALS[n][2 * stage]
        out.append((0.0, 0.0) if sign is None else (0.0, None) if sign > 0 else (None, 0.0) if sign < 0 else (None, None))
        if sign is None and prior != 0.0:
            raise ValueError(f"{n}: unused signal with a prior weight")
    return out


@dataclass
class ResolutionModel:
    """Two logistic stages over named signals; ``version`` names the weights."""

    w_resolved: np.ndarray
    w_escalated: np.ndarray
    version: str
    info: dict = field(default_factory=dict)  # how the weights were set (data, rows, penalty), for the card

    @classmethod
    def prior(cls) -> "ResolutionModel":
        """The hand-set weights alone (what ``fit`` starts from)."""
        return cls._named(_prior(0), _prior(1), {"fitted_on": "prior only"})

    @classmethod
    def _named(cls, w_res: np.ndarray, w_esc: np.ndarray, info: dict) -> "ResolutionModel":
        # The cue lists decide what the signals read, so a changed list is another model, as changed weights are.
        digest = hashlib.sha256(np.round(np.r_[w_res, w_esc], 6).tobytes() + ",".join(SIGNAL_NAMES).encode()
                                + _cue_lists_text().encode())
        return cls(w_res, w_esc, f"res-{digest.hexdigest()[:12]}", info)

    def predict(self, s: np.ndarray) -> np.ndarray:
        """[n, 3] probabilities in ``RESOLUTIONS`` order."""
        s = np.asarray(s, dtype=float).reshape(-1, len(SIGNAL_NAMES))
        p_res = _sigmoid(s @ self.w_resolved)
        p_esc = (1.0 - p_res) * _sigmoid(s @ self.w_escalated)
        return np.c_[p_res, 1.0 - p_res - p_esc, p_esc]

    def weights(self) -> dict[str, dict[str, float]]:
        """{signal: {"resolved": w, "escalated": w}} rounded, for people to read."""
        return {n: {"resolved": round(float(self.w_resolved[i]), 4), "escalated": round(float(self.w_escalated[i]), 4)}
                for i, n in enumerate(SIGNAL_NAMES)}

    def save(self, models_dir: Path) -> Path:
        """Write ``resolution.json`` into ``models_dir``."""
        Path(models_dir).mkdir(parents=True, exist_ok=True)
        path = Path(models_dir) / MODEL_FILE
        path.write_text(json.dumps({"version": self.version, "weights": self.weights(), "info": self.info},
                                   indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, models_dir: Path) -> "ResolutionModel":
        """Read ``resolution.json``; its signals must be the ones this code computes."""
        path = Path(models_dir) / MODEL_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{path}: resolution model not found; run `consistency train` first")
        state = json.loads(path.read_text(encoding="utf-8"))
        if tuple(state["weights"]) != SIGNAL_NAMES:
            raise ValueError(f"{path}: made for other signals than this code computes; run `consistency train`")
        w = state["weights"]
        return cls(np.array([w[n]["resolved"] for n in SIGNAL_NAMES]),
                   np.array([w[n]["escalated"] for n in SIGNAL_NAMES]), state["version"], state.get("info", {}))


def _fit_stage(s: np.ndarray, y: np.ndarray, stage: int, penalty: float, start: np.ndarray,
               weight: np.ndarray | None = None, center: np.ndarray | None = None,
               frozen: tuple[str, ...] = ()) -> np.ndarray:
    """Weighted logistic loss + penalty/2 * ||w - center||^2 (intercept free), within the sign bounds.

    ``center`` defaults to the hand-set prior."""
    from scipy.optimize import minimize

    prior = _prior(stage) if center is None else center
    pen = np.full(len(prior), penalty)
    pen[_IDX["intercept"]] = 0.0
    # A source's outcome codes mean what that source says; only their direction is fixed, not their strength.
    for n in _OUTCOMES:
        pen[_IDX[f"outcome_{n}"]] = penalty * 0.1
    wt = np.ones(len(y)) if weight is None else weight
    wt = wt / wt.sum()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = s @ w
        p = _sigmoid(z)
        ll = np.logaddexp(0.0, z) - y * z
        d = w - prior
        return float(wt @ ll + 0.5 * (pen * d) @ d), s.T @ (wt * (p - y)) + pen * d

    bounds = _bounds(stage)
    for name in frozen:  # kept exactly where ``start`` has them
        k = _IDX[name]
        bounds[k] = (float(start[k]), float(start[k]))
    x0 = np.array([np.clip(v, lo if lo is not None else -np.inf, hi if hi is not None else np.inf)
                   for v, (lo, hi) in zip(start, bounds)])
    result = minimize(loss, x0, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 500})
    return result.x


def fit(s: np.ndarray, labels: list[str], penalty: float = 0.02, start: "ResolutionModel | None" = None,
        info: dict | None = None) -> ResolutionModel:
    """Weights moved from the prior (or ``start``) towards what ``labels`` say; deterministic."""
    y = np.asarray(labels)
    start = start or ResolutionModel.prior()
    w_res = _fit_stage(s, (y == "resolved").astype(float), 0, penalty, start.w_resolved)
    rest = y != "resolved"
    w_esc = start.w_escalated
    if rest.any() and (y[rest] == "escalated").any():
        w_esc = _fit_stage(s[rest], (y[rest] == "escalated").astype(float), 1, penalty, start.w_escalated)
    return ResolutionModel._named(w_res, w_esc, {"penalty": penalty, "rows": int(len(y)), **(info or {})})


# What a proxy label may not move: the source's own codes and survey mean what they say whatever the proxy
# thinks, and the repeat-contact signal is the proxy itself.
PROXY_FROZEN: tuple[str, ...] = (*(f"outcome_{o}" for o in _OUTCOMES), "csat", "repeat_contact")


def fit_resolved_only(s: np.ndarray, resolved: np.ndarray, start: ResolutionModel, penalty: float,
                      info: dict) -> ResolutionModel:
    """Move only the resolved stage's conversation signals towards a binary proxy label (such as "did not
    come back within 7 days"); outcome codes, survey and the repeat signal keep their weights."""
    w_res = _fit_stage(s, np.asarray(resolved, dtype=float), 0, penalty, start.w_resolved, center=start.w_resolved,
                       frozen=PROXY_FROZEN)
    return ResolutionModel._named(w_res, start.w_escalated.copy(), info)


def labels_of(probs: np.ndarray) -> list[str]:
    """Argmax label per row."""
    return [RESOLUTIONS[int(i)] for i in np.asarray(probs).argmax(axis=1)]
