"""PII masking for stored text: find spans of personal data, replace each with its kind's placeholder.

Kinds: e-mail addresses, IBANs (mod-97 checked), card numbers (Luhn checked), national ids in
the formats of the chain's countries (each with its checksum where it has one, else a keyword
beside it), phone numbers in national and international forms, and postal addresses (street
and number, postcode and town). Detectors run in that order and a later one never cuts into a
span an earlier one found. ``benchmarks/masking.py`` measures recall and precision per kind on
the labelled corpus in ``benchmarks/data/pii_corpus.jsonl``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

KINDS: tuple[str, ...] = ("EMAIL", "IBAN", "CARD", "NATIONAL_ID", "PHONE", "ADDRESS")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


# ---------------------------------------------------------------- checksums

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    compact = re.sub(r"\s", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _no_fnr_ok(d: str) -> bool:
    """Norwegian fødselsnummer: DDMMYY + 3 individual digits + 2 mod-11 check digits."""
    if len(d) != 11:
        return False
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k1 = 11 - sum(int(a) * b for a, b in zip(d[:9], w1)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(int(a) * b for a, b in zip(d[:10], w2)) % 11
    k2 = 0 if k2 == 11 else k2
    day = int(d[:2]) % 40  # D-numbers add 40 to the day
    return k1 == int(d[9]) and k2 == int(d[10]) and 1 <= day <= 31 and 1 <= int(d[2:4]) % 40 <= 12


def _de_taxid_ok(d: str) -> bool:
    """German Steuer-ID: 11 digits, ISO 7064 MOD 11,10 check digit, first digit not 0."""
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == int(d[10])


def _ru_snils_ok(d: str) -> bool:
    if len(d) != 11:
        return False
    total = sum(int(a) * w for a, w in zip(d[:9], range(9, 0, -1)))
    check = total % 101
    check = 0 if check == 100 else check
    return check == int(d[9:])


def _id_nik_ok(d: str) -> bool:
    """Indonesian NIK: province 11-94, district, sub-district, DDMMYY (+40 for women), serial."""
    if len(d) != 16:
        return False
    day, month = int(d[6:8]) % 40, int(d[8:10])
    return 11 <= int(d[:2]) <= 94 and 1 <= day <= 31 and 1 <= month <= 12


# ---------------------------------------------------------------- detectors

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
_CARD = re.compile(r"(?<![\w+-])(?:\d[ -]?){12,18}\d(?![\w-])")
_DIGITS11 = re.compile(r"(?<![\w-])\d{6}[ ]?\d{5}(?![\w-])")  # fødselsnummer "010190 12345"
_STEUER = re.compile(r"(?<![\w-])\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}(?![\w-])")
_SNILS = re.compile(r"(?<![\w-])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\w-])")
_NIK = re.compile(r"(?<![\w-])\d{16}(?![\w-])")
_UK_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b")
_US_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
# Passport / identity-card numbers have no checksum anyone can check: only beside their name.
_ID_KEYWORD = re.compile(
    r"(?:паспорт(?:а|е)?(?:\s+(?:серия|серии))?|Personalausweis(?:nummer)?|Ausweisnummer|Reisepass(?:nummer)?"
    r"|passport(?:\s+(?:number|no\.?))?|passnummer|pass\s*nr\.?)[:\s№#]*"
    r"(?P<id>\d{2}\s?\d{2}\s?(?:№\s?)?\d{6}|[A-Z0-9]{8,9})(?![\w-])",
    re.IGNORECASE,
)

# A phone number: optional +country or ( area ), then digits with the usual separators.
_PHONE = re.compile(r"(?<![\w+-])(?:\+|00|\()?\d[\d ()./-]{5,}\d(?![\w-])")
_DATE_START = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_COMPACT_DATE = re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")  # 20261121-77: a case number
_REFERENCE_MARK = re.compile(r"(?:№|#|No\.?|Nr\.?)\s*$")
_TIME_LIKE = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$")
_PHONE_WORD = re.compile(
    r"\b(?:tel|telefon|telephone|phone|mobile|mobil|cell|call|ring|ringe|rufen|anrufen|telefonnummer|handynummer"
    r"|mobilnummer|rufnummer|telefonnummeret|mobilnummeret|number|номер|номеру|телефон|звоните|позвоните|hp|wa"
    r"|whatsapp|nomor|hubungi|telp)\b[^\w.!?]{0,3}(?:\w+[^\w.!?]{1,3}){0,2}$",
    re.IGNORECASE,
)

_STREET_DE = (r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)"
              r"|[A-ZÄÖÜ][\wäöüß-]+(?:er|sche|scher)\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm)"
              r"|(?:Am|An der|Auf dem|Im|In der|Zum|Zur)\s+[A-ZÄÖÜ][\wäöüß-]+)\s+\d{1,4}\s?[a-zA-Z]?\b")
_STREET_NB = (r"(?:[A-ZÆØÅ][\wæøå-]+\s+){0,2}[A-ZÆØÅ]?[\wæøå-]*(?:gata|gaten|gate|veien|vei|vegen|veg|plass|allé|alle"
              r"|stien|bakken|torget)\s+\d{1,4}\s?[A-Za-z]?\b")
_STREET_EN = (r"\b\d{1,4}[A-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?"
              r"|Drive|Dr\.?|Way|Close|Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Crescent|Boulevard|Blvd\.?|Gardens"
              r"|Grove|Hill|Row|Mews)\b")
_STREET_ID = r"\b(?:Jl\.|Jln\.?|Jalan)\s+[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,3}\s*(?:No\.?|Nomor|Nr\.?)\s*\d{1,4}[A-Za-z]?\b"
_STREET_RU = (r"(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная|бульвар|б-р|пл\.|площадь)"
              r"\s*[А-ЯЁ0-9][\wё.-]*(?:\s+[А-ЯЁа-яё][\wё-]*)?,?\s*(?:(?:д\.|дом)\s*)?\d{1,4}[а-я]?"
              r"(?:\s*,?\s*(?:корп\.|к\.|стр\.)\s*\d+)?(?:\s*,?\s*(?:кв\.|квартира|офис|оф\.)\s*\d+)?")
# What may follow a street: the postcode and town ("10115 Berlin", "0150 Oslo", "SW1A 2AA", "Jakarta 10350").
_TOWN_TAIL = (r"(?:,?\s+(?:\d{4,6}\s+[A-ZÄÖÜÆØÅА-ЯЁ][\wäöüßæøåё-]+(?:\s+[A-Z][a-z]+)?"
              r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5})"
              r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))?")
# \b first: an attempt starts only at a word's start, so a megabyte-long "word" costs one scan,
# not one per character (which made masking a pasted blob quadratic).
_ADDRESS = re.compile(rf"\b(?:{_STREET_DE}|{_STREET_NB}|{_STREET_EN}|{_STREET_ID}|{_STREET_RU}){_TOWN_TAIL}")
_POSTCODE_TOWN_RU = re.compile(r"\b\d{6},?\s+(?:г\.\s*)?[А-ЯЁ][\wё-]+")  # "125009, г. Москва"


_ID_HEADER = re.compile(r"(?:message-id|in-reply-to|references)\s*:", re.IGNORECASE)


def _emails(text: str) -> Iterator[Span]:
    for m in _EMAIL.finditer(text):
        # A Message-ID looks like an address but names a message, not a person: it is lineage.
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _ID_HEADER.match(text, line_start):
            continue
        yield Span(m.start(), m.end(), "EMAIL")


def _ibans(text: str) -> Iterator[Span]:
    for m in _IBAN.finditer(text):
        if iban_ok(m.group(0)):
            yield Span(m.start(), m.end(), "IBAN")


def _cards(text: str) -> Iterator[Span]:
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        # Only numbers that pass the Luhn check are cards; order and account numbers stay readable.
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            continue
        # One NIK in ten passes Luhn by chance: a bare 16-digit NIK named as such is an id, not a card.
        if m.group(0).isdigit() and _id_nik_ok(digits) and re.search(r"NIK\W*$", text[max(0, m.start() - 12):m.start()]):
            continue
        yield Span(m.start(), m.end(), "CARD")


def _national_ids(text: str) -> Iterator[Span]:
    checked: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
        (_DIGITS11, _no_fnr_ok), (_STEUER, _de_taxid_ok), (_SNILS, _ru_snils_ok), (_NIK, _id_nik_ok),
    ]
    for pattern, ok in checked:
        for m in pattern.finditer(text):
            if ok(re.sub(r"\D", "", m.group(0))):
                yield Span(m.start(), m.end(), "NATIONAL_ID")
    for pattern in (_UK_NINO, _US_SSN):
        for m in pattern.finditer(text):
            yield Span(m.start(), m.end(), "NATIONAL_ID")
    for m in _ID_KEYWORD.finditer(text):
        if any(ch.isdigit() for ch in m.group("id")):
            yield Span(m.start("id"), m.end("id"), "NATIONAL_ID")


def _phones(text: str) -> Iterator[Span]:
    for m in _PHONE.finditer(text):
        found = m.group(0)
        start = m.start()
        if found.startswith("(") and ")" not in found:
            found, start = found[1:], start + 1
        digits = re.sub(r"\D", "", found)
        if not 7 <= len(digits) <= 15 or _DATE_START.match(found) or _TIME_LIKE.match(found):
            continue
        if _COMPACT_DATE.match(found) or _REFERENCE_MARK.search(text[max(0, start - 5):start]):
            continue  # case and ticket numbers ("№ 20261121-77", "#48213")
        # A bare digit run that starts with neither + nor 0 is an order or reference number,
        # unless the words before it say it is a phone number ("ring meg på 91234567").
        if found.isdigit() and not found.startswith("0") and not _PHONE_WORD.search(text[max(0, start - 40):start]):
            continue
        yield Span(start, start + len(found), "PHONE")


def _addresses(text: str) -> Iterator[Span]:
    for m in _ADDRESS.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS")
    for m in _POSTCODE_TOWN_RU.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS")


_DETECTORS: tuple[Callable[[str], Iterator[Span]], ...] = (_emails, _ibans, _cards, _national_ids, _phones, _addresses)
# Every pattern but the e-mail one needs a digit (``\d``, as the patterns read it) and the e-mail one an
# "@": most turns have neither, and skipping the scans they cannot match was most of ingest's masking time.
_DIGIT = re.compile(r"\d")


def _detectors_for(text: str) -> tuple[Callable[[str], Iterator[Span]], ...]:
    has_digit = _DIGIT.search(text) is not None
    return tuple(d for d in _DETECTORS if (d is _emails and "@" in text) or (d is not _emails and has_digit))


def find_pii(text: str) -> list[Span]:
    """Non-overlapping PII spans, in text order; earlier detectors win over later ones."""
    taken: list[Span] = []
    for detect in _detectors_for(text):
        for span in detect(text):
            if span.end > span.start and not any(span.start < t.end and t.start < span.end for t in taken):
                taken.append(span)
    return sorted(taken, key=lambda s: s.start)


# Service text repeats (an agent's stock lines, "Thanks!", templated e-mails): a text seen before is masked
# from memory. Masking depends on the text alone; the cache is bounded in entries and in text length
# (the repeats are short stock lines; at these bounds it holds at most ~64 MB even of Cyrillic text).
_CACHED_CHARS = 500


def mask_pii(text: str) -> str:
    """Replace every PII span with ``[KIND]`` (``[EMAIL]``, ``[PHONE]``, ``[ADDRESS]``, ...)."""
    if not text:
        return text
    return _mask_cached(text) if len(text) <= _CACHED_CHARS else _mask(text)


@lru_cache(maxsize=1 << 15)
def _mask_cached(text: str) -> str:
    return _mask(text)


def _mask(text: str) -> str:
    out, last = [], 0
    for span in find_pii(text):
        out.append(text[last:span.start])
        out.append(f"[{span.kind}]")
        last = span.end
    out.append(text[last:])
    return "".join(out)
