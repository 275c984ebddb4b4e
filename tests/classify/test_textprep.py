"""Text clean-up: masking of names and links, emoticon tokens, negation scope."""

from __future__ import annotations

import pytest

from consistency.classify.textprep import mark_negation, normalize


@pytest.mark.parametrize(
    ("raw", "expected_in", "not_in"),
    [
        ("@united where is my bag http://t.co/x1", ["xuser", "xurl"], ["united", "t.co"]),
        ("Сбербанк опять завис", ["xorg"], ["сбербанк"]),
        ("thanks :)", ["xemopos"], [":)"]),
        ("ну спасибо)))", ["xemopos"], [")))"]),
        ("waiting 45 minutes :(", ["xemoneg", "0"], ["45"]),
        ("soooooo slow", ["soo slow"], ["sooo"]),
    ],
)
def test_normalize_masks_and_maps(raw: str, expected_in: list[str], not_in: list[str]) -> None:
    out = normalize(raw)
    for piece in expected_in:
        assert piece in out
    for piece in not_in:
        assert piece not in out


def test_negation_scope_ends_at_punctuation() -> None:
    toks = ["not", "good", "at", "all", ",", "but", "fast"]
    assert mark_negation(toks, frozenset({"not"})) == ["not", "good_NEG", "at_NEG", "all_NEG", ",", "but", "fast"]


def test_no_negator_leaves_tokens_alone() -> None:
    toks = ["very", "good"]
    assert mark_negation(toks, frozenset({"not"})) == toks
