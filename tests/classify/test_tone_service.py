"""Service-contact phrases for the trained tone languages (``tone_service``)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from consistency.classify.tone_service import SERVICE_NUDGE, service_nudge, service_valence
from consistency.classify.tone_service_words import SERVICE_PHRASES

COMPLAINTS = {
    "de": "Die Gutschrift fehlt immer noch nicht da, ich warte seit drei Wochen. Unfassbar.",
    "nb": "Venter fortsatt på kortet. Tredje gang jeg spør, helt håpløst.",
    "id": "Sudah sebulan belum ada kabar, kecewa banget.",
}
THANKS = {
    "de": "Vielen Dank, das ging reibungslos!",
    "nb": "Tusen takk for hjelpen, veldig fornøyd.",
    "id": "Terima kasih banyak, petugasnya ramah.",
}


def test_every_pattern_compiles_and_is_lower_case() -> None:
    for lang, table in SERVICE_PHRASES.items():
        for pattern, valence in table.items():
            re.compile(pattern)
            assert pattern == pattern.lower(), (lang, pattern)
            assert valence != 0


@pytest.mark.parametrize("lang", sorted(SERVICE_PHRASES))
def test_complaints_and_thanks_are_read_in_every_language(lang: str) -> None:
    assert service_valence(COMPLAINTS[lang], lang) < 0
    assert service_valence(THANKS[lang], lang) > 0


def test_the_nudge_moves_only_texts_with_a_phrase() -> None:
    probs = np.array([[0.2, 0.7, 0.1], [0.2, 0.7, 0.1], [0.2, 0.7, 0.1]])
    texts = ["Ich habe eine Frage zur Rechnung.", COMPLAINTS["de"], THANKS["de"]]
    out = service_nudge(probs, texts, "de")
    np.testing.assert_allclose(out[0], probs[0])
    assert out[1, 0] > probs[1, 0] and out[1].argmax() == 0
    assert out[2, 2] > probs[2, 2]
    np.testing.assert_allclose(out.sum(axis=1), 1.0)
    assert SERVICE_NUDGE > 0


def test_languages_without_a_table_are_untouched() -> None:
    probs = np.array([[0.2, 0.7, 0.1]])
    assert service_nudge(probs, ["still not working!"], "en") is probs
