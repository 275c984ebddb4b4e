"""Text clean-up shared by training and scoring: masking, emoticons, negation scope."""

from __future__ import annotations

import re

# Masks keep the model from learning who was addressed (an airline, a bank) instead of how:
# the Russian hold-out is about telecom operators, so bank names must not carry the signal.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_REPEAT = re.compile(r"(\w)\1{2,}")  # "soooo" -> "soo": keeps the emphasis, shrinks the vocabulary
_ORG_NAMES = re.compile(
    r"\b(?:сбербанк\w*|сбер\w*|втб\w*|альфа[- ]?банк\w*|альфабанк\w*|россельхозбанк\w*|рсхб|газпромбанк\w*|"
    r"райффайзен\w*|бинбанк\w*|тинькофф\w*|уралсиб\w*|банк\w* москвы|мтс\w*|билайн\w*|мегафон\w*|теле2|"
    r"ростелеком\w*|deutsche bahn|db)\b",
    re.IGNORECASE,
)

POSITIVE_EMOTICONS = (":)", ":-)", ":d", ":-d", ";)", ";-)", "=)", ":p", "xd", "<3", "))", ":3", "^^", "^_^")
NEGATIVE_EMOTICONS = (":(", ":-(", ":'(", "((", ":/", ":-/", ">:(", "d:", ":c", "-_-", ":@", ":s")
_EMOTICON = re.compile(
    "|".join(re.escape(e) for e in sorted(POSITIVE_EMOTICONS + NEGATIVE_EMOTICONS, key=len, reverse=True))
)
_PAREN_RUN = re.compile(r"(?<![:;=\w])([()])\1+")  # Russian ")))" / "(((" smileys
POSITIVE_EMOJI = re.compile("[\U0001F600-\U0001F60F\U0001F617-\U0001F61D\U0001F642\U0001F970\U0001F929\U0001F44D"
                        "\U0001F44F\U0001F64F\u2764\u2665\U0001F496\U0001F495\U0001F389\u263A\U0001F60A\U0001F31F]")
NEGATIVE_EMOJI = re.compile("[\U0001F620-\U0001F62F\U0001F612\U0001F614-\U0001F616\U0001F61E\U0001F61F\U0001F630-"
                        "\U0001F637\U0001F641\U0001F44E\U0001F4A9\U0001F92C\U0001F621\U0001F624\U0001F494]")


# Every organisation name above but "deutsche bahn" and "db" starts with a Cyrillic letter, and a letter that
# matches a Cyrillic one ignoring case is itself in these blocks (Cyrillic, and its old forms at U+1C80).
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f]")
FIRST_EMOJI = "\u263a"  # no character below this is in POSITIVE_EMOJI or NEGATIVE_EMOJI (a test checks)


def may_hold_emoji(text: str) -> bool:
    """False when ``text`` has no character POSITIVE_EMOJI / NEGATIVE_EMOJI could match (most texts)."""
    return not text.isascii() and max(text) >= FIRST_EMOJI


def normalize(text: str) -> str:
    """Lower-case and mask URLs, @mentions, numbers and organisation names; emoticons become tokens."""
    # Each step is skipped where its pattern cannot match (a plain substring test is far cheaper than a
    # regex scan); the result is the same.
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" xurl ", text)
    if "@" in text:
        text = _MENTION.sub(" xuser ", text)
    if "#" in text:
        text = _HASHTAG.sub(r" \1 ", text)
    text = text.lower()
    if "db" in text or "deut" in text or _CYRILLIC.search(text):
        text = _ORG_NAMES.sub(" xorg ", text)
    if "((" in text or "))" in text:
        text = _PAREN_RUN.sub(lambda m: " xemopos " if m.group(1) == ")" else " xemoneg ", text)
    text = _EMOTICON.sub(lambda m: " xemopos " if m.group(0) in POSITIVE_EMOTICONS else " xemoneg ", text)
    if may_hold_emoji(text):
        text = POSITIVE_EMOJI.sub(" xemopos ", text)
        text = NEGATIVE_EMOJI.sub(" xemoneg ", text)
    text = _NUMBER.sub("0", text)
    return _REPEAT.sub(r"\1\1", text)


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII_UPPER = bytes(range(65, 91))


def letter_counts(text: str) -> tuple[int, int]:
    """(letters, upper-case letters) of ``text``: ``sum(map(str.isalpha, text)), sum(map(str.isupper, text))``.

    An ASCII text's letters are A-Z and a-z, counted by deleting them from its bytes (C speed); other texts
    call the two methods per character."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS)), len(raw) - len(raw.translate(None, _ASCII_UPPER))
    return sum(map(str.isalpha, text)), sum(map(str.isupper, text))


def mark_negation(tokens: list[str], negators: frozenset[str], stops: frozenset[str] = frozenset(".,;:!?")) -> list[str]:
    """Append ``_NEG`` to tokens after a negator until punctuation, so "not good" differs from "good"."""
    present = negators.intersection(tokens)
    if not present:
        return list(tokens)  # nothing is negated (the common case: a set lookup instead of a step per token)
    first = min(tokens.index(n) for n in present)  # tokens before the first negator stay as they are
    out: list[str] = tokens[:first]
    negated = False
    for tok in tokens[first:]:
        if tok in stops or (tok and tok[0] in stops):
            negated = False
            out.append(tok)
        elif tok in negators:
            negated = True
            out.append(tok)
        else:
            out.append(tok + "_NEG" if negated else tok)
    return out
