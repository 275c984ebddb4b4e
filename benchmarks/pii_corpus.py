"""Build the labelled PII corpus (benchmarks/data/pii_corpus.jsonl): sentences in en, de, id, nb, ru
with every span of personal data marked, plus hard negatives (dates, times, amounts, order and
call ids, Luhn-failing digit runs) that must stay readable.

Values are generated with valid check digits in each country's written forms; the sentences are
written by hand per language. Deterministic: ``python benchmarks/pii_corpus.py`` rewrites the
same file. The masker was not tuned on a held-out part, so treat the figures as a regression
baseline, not an estimate for real exports.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "pii_corpus.jsonl"


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return digits
    raise AssertionError


def luhn_fail(prefix: str, length: int, rng: random.Random) -> str:
    good = luhn_complete(prefix, length, rng)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "mc", "amex", "visa", "mc"])
    if kind == "amex":
        return group(luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5], rng.choice([" ", "-", ""]))
    digits = luhn_complete("4" if kind == "visa" else rng.choice(["51", "52", "55", "22"]), 16, rng)
    return group(digits, [4, 4, 4, 4], rng.choice([" ", "-", "", " "]))


def iban(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 22), ("GB", 22), ("NO", 15), ("DE", 22), ("FR", 27), ("NL", 18)])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + "".join(rng.choice("0123456789") for _ in range(14))
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    return compact if rng.random() < 0.3 else " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def no_fnr(rng: random.Random) -> str:
    while True:
        d = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}{rng.randint(0, 999):03d}"
        w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d += str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(d, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        d += str(k2)
        return d if rng.random() < 0.7 else d[:6] + " " + d[6:]


def de_taxid(rng: random.Random) -> str:
    while True:
        d = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
        if max(d.count(c) for c in set(d)) > 3:
            continue
        product = 10
        for ch in d:
            total = (int(ch) + product) % 10 or 10
            product = (total * 2) % 11
        d += str((11 - product) % 10)
        return d if rng.random() < 0.6 else f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def ru_snils(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(9))
    total = sum(int(a) * w for a, w in zip(d, range(9, 0, -1)))
    check = total % 101
    check = 0 if check == 100 else check
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {check:02d}"


def id_nik(rng: random.Random) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    return (f"{rng.randint(11, 94):02d}{rng.randint(1, 79):02d}{rng.randint(1, 40):02d}{day:02d}"
            f"{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}{rng.randint(1, 9999):04d}")


def uk_nino(rng: random.Random) -> str:
    first, second = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    sep = rng.choice([" ", ""])
    return f"{first}{second}{sep}{digits[:2]}{sep}{digits[2:4]}{sep}{digits[4:]}{sep}{rng.choice('ABCD')}"


def us_ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"


PHONES = {
    "en": [lambda r: f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}", lambda r: f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
           lambda r: f"07{r.randint(700, 999)} {r.randint(100000, 999999)}", lambda r: f"+44 7{r.randint(700, 999)} {r.randint(100000, 999999)}",
           lambda r: f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}", lambda r: f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"],
    "de": [lambda r: f"030 {r.randint(1000000, 99999999)}", lambda r: f"+49 30 {r.randint(1000000, 99999999)}",
           lambda r: f"0176-{r.randint(1000000, 99999999)}", lambda r: f"+49 (0)89 {r.randint(100000, 9999999)}",
           lambda r: f"0151 {r.randint(100, 999)} {r.randint(1000, 9999)}", lambda r: f"+49 151 {r.randint(10000000, 99999999)}"],
    "id": [lambda r: f"08{r.randint(11, 59)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", lambda r: f"+62 8{r.randint(11, 59)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
           lambda r: f"(021) {r.randint(1000000, 9999999)}", lambda r: f"+62 21 {r.randint(1000000, 9999999)}",
           lambda r: f"08{r.randint(11, 59)}{r.randint(10000000, 99999999)}"],
    "nb": [lambda r: f"+47 {r.randint(400, 999)} {r.randint(10, 99)} {r.randint(100, 999)}", lambda r: f"{r.randint(400, 999)} {r.randint(10, 99)} {r.randint(100, 999)}",
           lambda r: f"22 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}", lambda r: f"0047 {r.randint(40000000, 99999999)}",
           lambda r: f"+47 {r.randint(40000000, 99999999)}"],
    "ru": [lambda r: f"+7 (495) {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}", lambda r: f"8 (495) {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
           lambda r: f"8 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}", lambda r: f"+7 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
           lambda r: f"+79{r.randint(100000000, 999999999)}"],
}
NAMES = {"en": ["john.smith", "emma_w", "oliver.brown88", "k.jones+bank"], "de": ["anna.mueller", "j.schmidt", "lukas.weber91", "f.schaefer"],
         "id": ["budi.santoso", "siti_rahma", "agus123", "dewi.lestari"], "nb": ["ola.nordmann", "kari.hansen", "per.olsen", "ingrid.b"],
         "ru": ["ivan.petrov", "olga_smirnova", "a.ivanov1985", "m.kuznetsova"]}
DOMAINS = {"en": ["gmail.com", "outlook.co.uk", "yahoo.com"], "de": ["web.de", "gmx.de", "t-online.de"],
           "id": ["yahoo.co.id", "gmail.com", "telkom.net.id"], "nb": ["online.no", "gmail.com", "hotmail.no"],
           "ru": ["mail.ru", "yandex.ru", "почта.рф"]}
STREETS = {
    "en": [lambda r: f"{r.randint(1, 250)} {r.choice(['Baker', 'High', 'Church', 'Victoria', 'Station'])} {r.choice(['Street', 'Road', 'St', 'Lane', 'Avenue'])}",
           lambda r: f"{r.randint(1, 99)} {r.choice(['Kings', 'Queens', 'Park'])} {r.choice(['Road', 'Drive', 'Close'])}, London {r.choice(['SW1A 2AA', 'E1 6AN', 'NW3 5RT'])}"],
    "de": [lambda r: f"{r.choice(['Hauptstraße', 'Berliner Str.', 'Goethestraße', 'Lindenweg', 'Schillerplatz'])} {r.randint(1, 120)}{r.choice(['', '', 'a'])}",
           lambda r: f"{r.choice(['Bahnhofstraße', 'Am Markt', 'Kirchgasse'])} {r.randint(1, 60)}, {r.randint(10115, 99998)} {r.choice(['Berlin', 'München', 'Köln'])}"],
    "id": [lambda r: f"Jl. {r.choice(['Sudirman', 'Thamrin', 'Gatot Subroto', 'Diponegoro'])} No. {r.randint(1, 200)}",
           lambda r: f"Jalan {r.choice(['Merdeka', 'Asia Afrika', 'Pemuda'])} No. {r.randint(1, 99)}, Jakarta {r.randint(10110, 14450)}"],
    "nb": [lambda r: f"{r.choice(['Storgata', 'Kirkeveien', 'Bogstadveien', 'Karl Johans gate', 'Trondheimsveien'])} {r.randint(1, 150)}{r.choice(['', 'B', ''])}",
           lambda r: f"{r.choice(['Storgata', 'Thorvald Meyers gate', 'Ullevålsveien'])} {r.randint(1, 90)}, {r.randint(150, 1299):04d} Oslo"],
    "ru": [lambda r: f"ул. {r.choice(['Ленина', 'Тверская', 'Пушкина', 'Гагарина'])}, д. {r.randint(1, 99)}, кв. {r.randint(1, 300)}",
           lambda r: f"{r.choice(['проспект Мира', 'ул. Арбат', 'улица Садовая'])} {r.randint(1, 150)}",
           lambda r: f"{r.randint(101000, 199999)}, г. {r.choice(['Москва', 'Казань', 'Самара'])}"],
}
TEMPLATES = {
    "en": {"EMAIL": ["Please email me at {}.", "My address is {} if you need it.", "You can reply to {} instead."],
           "PHONE": ["Call me back on {} please.", "My number is {}.", "Reach me at {} after five."],
           "CARD": ["The card ending in question is {}.", "I paid with {} yesterday."],
           "IBAN": ["Please refund to {}.", "My IBAN is {}."],
           "NATIONAL_ID": ["My National Insurance number is {}.", "SSN {} on the form.", "passport number {}"],
           "ADDRESS": ["Send the new card to {}.", "I moved to {} last month."]},
    "de": {"EMAIL": ["Schreiben Sie mir an {}.", "Meine E-Mail: {}"], "PHONE": ["Rufen Sie mich unter {} an.", "Meine Nummer ist {}."],
           "CARD": ["Meine Karte {} wurde gesperrt.", "Bezahlt mit {}."], "IBAN": ["Bitte auf {} überweisen.", "IBAN: {}"],
           "NATIONAL_ID": ["Meine Steuer-ID lautet {}.", "Personalausweisnummer {}"],
           "ADDRESS": ["Ich wohne in der {}.", "Bitte an {} schicken."]},
    "id": {"EMAIL": ["Kirim ke email saya {} ya.", "Email saya {}"], "PHONE": ["Hubungi saya di {}.", "Nomor HP saya {}"],
           "CARD": ["Kartu saya {} diblokir.", "Saya bayar pakai {}."], "IBAN": ["Transfer ke rekening {}.", "IBAN {}"],
           "NATIONAL_ID": ["NIK saya {}.", "Nomor KTP: {}"], "ADDRESS": ["Alamat saya di {}.", "Tolong kirim ke {}."]},
    "nb": {"EMAIL": ["Send svar til {}.", "E-posten min er {}."], "PHONE": ["Ring meg på {}.", "Telefonnummeret mitt er {}."],
           "CARD": ["Kortet mitt {} er sperret.", "Jeg betalte med {}."], "IBAN": ["Overfør til {}.", "IBAN: {}"],
           "NATIONAL_ID": ["Fødselsnummeret mitt er {}.", "fnr {}"], "ADDRESS": ["Jeg bor i {}.", "Send kortet til {}."]},
    "ru": {"EMAIL": ["Пишите на {}.", "Моя почта {}"], "PHONE": ["Позвоните мне по номеру {}.", "Мой телефон {}."],
           "CARD": ["Моя карта {} заблокирована.", "Оплатил картой {}."], "IBAN": ["Переведите на {}.", "IBAN {}"],
           "NATIONAL_ID": ["Мой СНИЛС {}.", "паспорт {}"], "ADDRESS": ["Я живу по адресу {}.", "Доставьте на {}."]},
}
NEGATIVES = {
    "en": ["Your order 123456789 ships on 21.11.2026.", "Call C-20261121-0001 lasted 00:06:38.", "We open 09:00-17:00, Monday to Friday.",
           "The fee is £1,250.00 (about 12%).", "Ticket #48213 was escalated on 2026-11-21 09:15.", "Reference 4111-1111-1111-1112 is not valid.",
           "Visit V-1001 took 15 minutes at desk 3.", "Version 3.12.1 fixed it in 2025.", "Gate 5 is closed until 14.30."],
    "de": ["Bestellung 987654321 vom 21.11.2026.", "Die Gebühr beträgt 1.234,56 € pro Jahr.", "Wir haben von 08:30 bis 18:00 geöffnet.",
           "Vorgang 2026-11-21/0042 ist erledigt.", "Kundennummer 55512345 wurde angelegt.", "Raum 12, 3. Etage."],
    "id": ["Pesanan 20261121001 dikirim tanggal 21/11/2026.", "Biaya Rp 150.000 sudah dibayar.", "Jam buka 08.00 - 16.00 WIB.",
           "Tiket 883421 sudah ditutup.", "Antrian nomor 45 dipanggil."],
    "nb": ["Saken 20261121 ble løst 21.11.2026 kl. 13:16.", "Gebyret er 1 250 kr i året.", "Vi har åpent 09.00–16.00.",
           "Referanse 556677889 er registrert.", "Kø nummer 17 ble ropt opp."],
    "ru": ["Заказ 123456789 от 21.11.2026 отправлен.", "Комиссия 1 500 руб. в месяц.", "Работаем с 09:00 до 18:00.",
           "Обращение № 20261121-77 закрыто.", "Окно 5, очередь 112."],
}


ID_TEMPLATES = {
    "en": [("My National Insurance number is {}.", uk_nino), ("SSN {} on the form.", us_ssn),
           ("passport number {}", lambda r: r.choice("ABCDEFGHJK") + str(r.randint(10000000, 99999999)))],
    "de": [("Meine Steuer-ID lautet {}.", de_taxid), ("Steuer-ID {} bitte eintragen.", de_taxid),
           ("Personalausweisnummer {}", lambda r: r.choice("CFGHJKLMNPRTVWXYZ") + str(r.randint(1, 9))
            + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(7)))],
    "id": [("NIK saya {}.", id_nik), ("Nomor KTP: {}", id_nik), ("Data diri: {} (KTP).", id_nik)],
    "nb": [("Fødselsnummeret mitt er {}.", no_fnr), ("fnr {}", no_fnr), ("Personnummer: {}", no_fnr)],
    "ru": [("Мой СНИЛС {}.", ru_snils), ("паспорт {}", lambda r: f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100000, 999999)}"),
           ("СНИЛС: {}", ru_snils)],
}


def value(kind: str, lang: str, rng: random.Random) -> str:
    if kind == "EMAIL":
        return f"{rng.choice(NAMES[lang])}@{rng.choice(DOMAINS[lang])}"
    if kind == "PHONE":
        return rng.choice(PHONES[lang])(rng)
    if kind == "CARD":
        return card(rng)
    if kind == "IBAN":
        return iban(rng)
    if kind == "ADDRESS":
        return rng.choice(STREETS[lang])(rng)
    ids = {"en": [uk_nino, us_ssn, lambda r: r.choice("ABCDEFGHJK") + str(r.randint(10000000, 99999999))],
           "de": [de_taxid, lambda r: r.choice("CFGHJKLMNPRTVWXYZ") + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))],
           "id": [id_nik], "nb": [no_fnr], "ru": [ru_snils, lambda r: f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100000, 999999)}"]}
    return rng.choice(ids[lang])(rng)


def build(per_kind: int = 60, seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for lang, kinds in TEMPLATES.items():
        for kind, templates in kinds.items():
            for i in range(per_kind):
                template = templates[i % len(templates)]
                if kind == "NATIONAL_ID":
                    # Each id goes with the sentence that names it (a passport number with "passport").
                    template, make = ID_TEMPLATES[lang][i % len(ID_TEMPLATES[lang])]
                    val = make(rng)
                else:
                    val = value(kind, lang, rng)
                start = template.index("{}")
                text = template.format(val)
                spans = [[start, start + len(val), kind]]
                if rng.random() < 0.25:  # a negative beside the PII in the same sentence
                    neg = rng.choice(NEGATIVES[lang])
                    text = f"{text} {neg}"
                records.append({"lang": lang, "text": text, "spans": spans})
        for neg in NEGATIVES[lang]:
            for _ in range(3):
                records.append({"lang": lang, "text": neg, "spans": []})
    return records


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
