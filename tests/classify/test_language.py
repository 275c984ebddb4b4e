"""Language routing: five supported languages, hints, and an honest "unsupported"."""

from __future__ import annotations

import pytest

from consistency.classify.language import UNSUPPORTED, detect, normalize_hint


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My card has been blocked for three days and nobody answers the phone.", "en"),
        ("Meine Karte ist seit drei Tagen gesperrt und niemand geht ans Telefon.", "de"),
        ("Kartu saya sudah diblokir tiga hari dan tidak ada yang mengangkat telepon.", "id"),
        ("Kortet mitt har vært sperret i tre dager og ingen svarer på telefonen.", "nb"),
        ("Моя карта заблокирована уже три дня, и никто не берёт трубку.", "ru"),
        ("Ma carte est bloquée depuis trois jours et personne ne répond au téléphone.", UNSUPPORTED),
        ("Moja karta jest zablokowana od trzech dni i nikt nie odbiera telefonu.", UNSUPPORTED),
        ("", UNSUPPORTED),
        ("😡😡😡 !!!", UNSUPPORTED),
        ("12345", UNSUPPORTED),
    ],
)
def test_detect_routes_text(text: str, lang: str) -> None:
    assert detect([text]) == [lang]


def test_supported_hint_wins_and_unknown_hint_falls_back_to_detection() -> None:
    texts = ["Hallo, meine Karte geht nicht.", "Hallo, meine Karte geht nicht."]
    assert detect(texts, ["nb", "xx"]) == ["nb", "de"]


@pytest.mark.parametrize(("hint", "code"), [("en-GB", "en"), ("NO", "nb"), ("nn", "nb"), ("fr", None), ("", None)])
def test_normalize_hint(hint: str, code: str | None) -> None:
    assert normalize_hint(hint) == code


def test_hint_count_must_match() -> None:
    with pytest.raises(ValueError, match="hints"):
        detect(["a", "b"], ["en"])
