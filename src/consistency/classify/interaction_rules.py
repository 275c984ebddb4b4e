"""The retired hand-set courtesy and resolution rules (``rules-v1``), kept only as the baseline.

The product classifies with the trained models of ``interaction_model``; the benchmark and the
tests score these rules on the same held-out conversations, so a model that does not beat them
fails. Hand-set weights with a logistic / softmax link, NOT calibrated against any truth.
"""

from __future__ import annotations

import numpy as np

from consistency.classify.interaction_features import InteractionFeatures, value

RULES_VERSION = "rules-v1"


def courtesy_probability(f: InteractionFeatures, agent_p_negative: float | None = None) -> float | None:
    """P(agent was courteous): greetings, thanks and apologies help; blaming others hurts. None without agent text."""
    if not f.has_agent_text:
        return None
    z = -0.3
    z += 1.0 * min(value(f, "agent_greeting"), 1.0)
    z += 0.8 * min(value(f, "agent_thanks"), 2.0)
    z += 0.6 * min(value(f, "agent_apology"), 2.0)
    z += 0.3 * min(value(f, "agent_follow_up") + value(f, "agent_fix_confirmed"), 1.0)
    z -= 2.5 * min(value(f, "agent_blame"), 2.0)
    z -= 1.0 * min(value(f, "agent_emoji_negative"), 1.0)
    if agent_p_negative is not None and not np.isnan(agent_p_negative):
        z -= 2.0 * (agent_p_negative - 0.3)
    return float(1.0 / (1.0 + np.exp(-z)))


def resolution_probabilities(f: InteractionFeatures, customer_probs: np.ndarray | None = None) -> np.ndarray:
    """P(resolved, unresolved, escalated) from outcome code, transfers, cue phrases and the customer's tone."""
    resolved = 0.0
    unresolved = 0.0
    escalated = -1.0
    # The source's own outcome code is the strongest signal when present.
    resolved += 2.5 * value(f, "outcome_resolved")
    unresolved += 2.0 * value(f, "outcome_callback") + 2.5 * value(f, "outcome_abandoned")
    escalated += 3.5 * value(f, "outcome_escalated") + 3.0 * value(f, "outcome_transferred")
    escalated += 1.0 * min(value(f, "transfers"), 2.0)
    escalated += 2.5 * min(value(f, "customer_escalation_request"), 1.0)
    resolved += 1.5 * min(value(f, "agent_fix_confirmed"), 1.0)
    resolved += 1.0 * min(value(f, "last_customer_thanks"), 1.0)
    unresolved += 1.0 * min(value(f, "agent_follow_up"), 1.0)
    unresolved += 0.5 * value(f, "customer_spoke_last") * (1.0 - min(value(f, "last_customer_thanks"), 1.0))
    if customer_probs is not None and not np.isnan(customer_probs).any():
        unresolved += 1.5 * (customer_probs[0] - 0.33)
        resolved += 1.0 * (customer_probs[2] - 0.33)
    z = np.array([resolved, unresolved, escalated])
    e = np.exp(z - z.max())
    return e / e.sum()


# The blame phrase lists as they were before the review of issue 10 (stock phrases only; "da müssen sie"
# among them), kept so the benchmark can show what the review changed.
RETIRED_BLAME: dict[str, list[str]] = {
    "en": ["not our department", "that's not our department", "not my department", "not my job", "not our fault", "that's another department", "the other department", "you'll have to call", "nothing to do with us", "not our responsibility", "talk to the card team", "it's their fault", "not something we handle", "not my problem"],
    "de": ["nicht unsere abteilung", "nicht zuständig", "sind wir nicht zuständig", "nicht unser problem", "nicht unsere schuld", "die kollegen von", "sind schuld", "da müssen sie", "andere abteilung", "dafür sind wir nicht", "liegt nicht an uns", "nicht mein problem"],
    "id": ["itu bukan bagian kami", "bukan bagian kami", "bukan urusan kami", "bukan tanggung jawab kami", "bukan salah kami", "bagian lain", "divisi lain", "silakan hubungi bagian", "bukan wewenang kami"],
    "nb": ["det er ikke vår avdeling", "ikke vår avdeling", "ikke vårt ansvar", "ikke vår feil", "en annen avdeling", "den andre avdelingen", "ikke mitt problem", "det må du ta med", "har ikke noe med oss å gjøre"],
    "ru": ["это не к нам", "не к нам", "не наш отдел", "не в нашей компетенции", "не наша вина", "не наша проблема", "обращайтесь в другой отдел", "другой отдел", "это не наше", "мы тут ни при чем", "мы тут ни при чём"],
}


def retired_blame(item) -> bool:
    """Did an agent turn contain one of the retired blame phrases (lower-cased substring match)?"""
    from consistency.classify.language import detect

    agent = [t.text.lower() for t in item.turns if t.speaker in ("agent", "note") and isinstance(t.text, str)]
    if not agent:
        return False
    lang = detect([" ".join(t.text for t in item.turns if isinstance(t.text, str))[:300]], [item.lang])[0]
    return any(p in text for p in RETIRED_BLAME.get(lang, ()) for text in agent)
