#!/usr/bin/env python3
"""Deterministic generator of a synthetic service-chain export (chain "Meridian").

Writes exports/<date>/{phone,email,chat,in_person,mystery_shop}/..., truth.json,
labels.csv and README.md next to this script.  Standard library only.
Sentence pools live in texts_<lang>.py next to this file.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sys
from email import policy, utils
from email.generator import BytesGenerator
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts_de, texts_en, texts_id, texts_nb, texts_ru  # noqa: E402

SEED = 20261126
START = dt.date(2026, 10, 30)
NDAYS = 28
DAYS = [START + dt.timedelta(days=i) for i in range(NDAYS)]
END = DAYS[-1]
OUT = HERE
EXP = os.path.join(OUT, "exports")

rng = random.Random(SEED)

# ----------------------------------------------------------------------------- texts
FUTURE_KEYS = ("fix_card", "fix_delivery", "nofix_cb")


def parse_pool(text):
    pools, key = {}, None
    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            continue
        m = re.fullmatch(r"\[([a-z_0-9]+)\]", line)
        if m:
            key = m.group(1)
            pools[key] = []
            continue
        line = line.replace("\\n", "\n")
        if key in FUTURE_KEYS:
            line = line.replace("{date}", "{fdate}")
        pools[key].append(line)
    return pools


T = {
    "en": parse_pool(texts_en.TEXT),
    "de": parse_pool(texts_de.TEXT),
    "id": parse_pool(texts_id.TEXT),
    "nb": parse_pool(texts_nb.TEXT),
    "ru": parse_pool(texts_ru.TEXT),
}
TOPICS = ["billing", "card", "account", "delivery", "complaint", "technical"]
for lang, p in T.items():  # sanity: every language has every key of English
    missing = set(T["en"]) - set(p)
    assert not missing, (lang, missing)

# Russian grammatical gender of past-tense verbs / short adjectives (female, male)
RU_PAIRS = [
    ("проверила", "проверил"), ("посмотрела", "посмотрел"), ("нашла", "нашёл"), ("Нашла", "Нашёл"),
    ("отменила", "отменил"), ("вернула", "вернул"), ("Вернула", "Вернул"), ("исправила", "исправил"),
    ("отметила", "отметил"), ("Отметила", "Отметил"), ("отключила", "отключил"),
    ("разблокировала", "разблокировал"), ("Разблокировала", "Разблокировал"),
    ("заблокировала", "заблокировал"), ("заказала", "заказал"), ("Заказала", "Заказал"),
    ("аннулировала", "аннулировал"), ("открыла", "открыл"), ("сбросила", "сбросил"),
    ("включила", "включил"), ("увеличила", "увеличил"), ("обновила", "обновил"),
    ("сняла", "снял"), ("отправила", "отправил"), ("Отправила", "Отправил"), ("поменяла", "поменял"),
    ("связалась", "связался"), ("назначила", "назначил"), ("Назначила", "Назначил"),
    ("перенаправила", "перенаправил"), ("зарегистрировала", "зарегистрировал"),
    ("Зарегистрировала", "Зарегистрировал"), ("начислила", "начислил"), ("поговорила", "поговорил"),
    ("передала", "передал"), ("Передала", "Передал"), ("закрыла", "закрыл"), ("решила", "решил"),
    ("перезапустила", "перезапустил"), ("перерегистрировала", "перерегистрировал"),
    ("Перерегистрировала", "Перерегистрировал"), ("записала", "записал"), ("Записала", "Записал"),
    ("подключила", "подключил"), ("завела", "завёл"), ("оформила", "оформил"),
    ("переслала", "переслал"), ("разобралась", "разобрался"), ("поняла", "понял"),
    ("Поняла", "Понял"), ("прочитала", "прочитал"), ("Прочитала", "Прочитал"),
    ("Рада была", "Рад был"), ("Рада", "Рад"), ("полезна", "полезен"),
    ("потратила", "потратил"), ("разочарована", "разочарован"), ("недовольна", "недоволен"),
    ("благодарна", "благодарен"), ("признательна", "признателен"), ("потеряла", "потерял"),
    ("заказывала", "заказывал"), ("Заказывала", "Заказывал"), ("приходила", "приходил"),
    ("дозвонилась", "дозвонился"), ("должна", "должен"), ("звонила", "звонил"),
    ("обращалась", "обращался"), ("делала", "делал"), ("оформляла", "оформлял"),
    ("получила", "получил"), ("была дома", "был дома"), ("никогда не была", "никогда не был"),
    ("пришла зря", "пришёл зря"), ("Ждала", "Ждал"), ("подождала", "подождал"), ("с дурой", "с дураком"),
    ("Хотела", "Хотел"), ("объясняла", "объяснял"), ("сказала", "сказал"), ("объяснила", "объяснил"),
    ("Помогла", "Помог"), ("ждала", "ждал"), ("бросила", "бросил"),
    ("оплатила", "оплатил"), ("отключила", "отключил"), ("переехала", "переехал"),
    ("Переехала", "Переехал"), ("написала", "написал"), ("висела", "висел"),
    ("перезагружала", "перезагружал"), ("Перезагружала", "Перезагружал"), ("пробовала", "пробовал"),
    ("слышала", "слышал"),
    ("заплатила", "заплатил"), ("Звонила", "Звонил"), ("сделала", "сделал"),
    ("Уважаемый(ая)", "Уважаемый(ая)"),
]
RU_F2M = {f: m for f, m in RU_PAIRS if f != m}
RU_M2F = {m: f for f, m in RU_PAIRS if f != m}
_RU_F_RE = re.compile(r"(?<![А-Яа-яЁё])(" + "|".join(sorted(map(re.escape, RU_F2M), key=len, reverse=True)) + r")(?![А-Яа-яЁё])")
_RU_M_RE = re.compile(r"(?<![А-Яа-яЁё])(" + "|".join(sorted(map(re.escape, RU_M2F), key=len, reverse=True)) + r")(?![А-Яа-яЁё])")


def ru_gender(text, female):
    if female:
        return _RU_M_RE.sub(lambda m: RU_M2F[m.group(1)], text)
    return _RU_F_RE.sub(lambda m: RU_F2M[m.group(1)], text)


def ru_fix(text):
    text = re.sub(r"(?<![А-Яа-яЁё])([Вв]) вторник", r"\1о вторник", text)
    text = re.sub(r"(?<![А-Яа-яЁё])с (\d) ", lambda m: ("со " if m.group(1) == "2" else "с ") + m.group(1) + " ", text)
    return text


def ru_is_female(first):
    return first.endswith(("а", "я")) and first not in ("Илья", "Никита")


# Problem -> matching detail answers and fixes (pools are written in the same order in every language)
SCEN = {
    "billing": {0: ([0], [0]), 1: ([1], [1]), 2: ([4], [2]), 3: ([2], [3]), 4: ([2], [4]), 5: ([2, 3], [5]),
                6: ([3], [2]), 7: ([3], [6]), 8: ([1], [7]), 9: ([0], [0]), 10: ([4], [2]), 11: ([1], [1])},
    "card": {0: ([0, 1, 2], [0]), 1: ([1], [1]), 2: ([4], [2, 6]), 3: ([1], [3]), 4: ([3], [4]), 5: ([1], [5]),
             6: ([0, 1], [6, 2]), 7: ([0, 1], [7]), 8: ([0, 1], [8]), 9: ([0, 1], [0]), 10: ([], [9]), 11: ([3], [1, 4])},
    "account": {0: ([0, 1], [0]), 1: ([2], [1]), 2: ([4], [2]), 3: ([4], [3]), 4: ([4], [4]), 5: ([4], [5]),
                7: ([4], [6]), 8: ([4], [7]), 9: ([4], [3, 8]), 11: ([3], [8])},
    "delivery": {0: ([0, 1, 3], [0]), 1: ([1, 3], [0, 1]), 2: ([2], [2]), 3: ([1], [1]), 4: ([1], [3]),
                 5: ([0, 3], [0]), 6: ([1], [4]), 7: ([1], [5])},
    "complaint": {0: ([1], [0, 4]), 1: ([0], [2]), 2: ([0, 2], [5, 0]), 3: ([1, 2], [4]), 4: ([3], [0, 2]),
                  5: ([2], [1, 3]), 6: ([2], [5]), 7: ([1], [0, 3])},
    "technical": {0: ([0, 2], [2]), 1: ([1, 4], [0, 3]), 2: ([2], [1]), 3: ([3], [6]), 4: ([1, 2], [5]),
                  5: ([0], [4, 2]), 6: ([4], [3, 0]), 7: ([3], [6]), 8: ([2, 3], [4]), 9: ([2], [5])},
    "other": {0: ([1], [0]), 1: ([0], [1]), 2: ([1], [2]), 3: ([2], [3]), 5: ([1, 3], [4])},
}
ALL = set(TOPICS) | {"other"}
ASK_C_OK = {0: ALL, 1: ALL, 2: {"billing", "account"}, 3: {"technical", "card", "billing", "complaint"}, 4: {"card"},
            5: {"complaint", "delivery", "billing"}, 6: {"account", "delivery"}, 7: {"billing", "account"},
            8: {"billing", "card", "complaint", "account"}, 9: {"technical"}, 10: ALL, 11: {"billing", "card"},
            12: {"delivery", "account"}, 13: {"technical", "card"}, 14: ALL, 15: {"card"}, 16: ALL,
            17: {"account", "billing"}, 18: {"delivery"}, 19: ALL}
ASK_R_OK = {0: ALL, 1: ALL, 2: ALL, 3: {"billing", "account"}, 4: ALL, 5: ALL, 6: {"technical"},
            7: {"complaint", "delivery", "billing"}, 8: {"card"}, 9: ALL, 10: {"card"}, 11: ALL,
            12: {"billing", "card", "complaint", "account", "delivery"}, 13: {"account", "delivery"}, 14: ALL}
for _t, _m in SCEN.items():
    assert max(_m) < len(T["en"]["prob_" + _t])
    for _d, _f in _m.values():
        assert all(i < len(T["en"]["detail_" + _t]) for i in _d) and all(i < len(T["en"]["fix_" + _t]) for i in _f)
assert len(ASK_C_OK) == len(T["en"]["ask_c"]) and len(ASK_R_OK) == len(T["en"]["ask_r"])


class Slots(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def pick(lang, key):
    return rng.choice(T[lang][key])


def fill(s, slots):
    return s.format_map(slots)


# ----------------------------------------------------------------------------- chain
MONTH_EN = T["en"]["months"]
BRANCHES = [
    # code, city{lang}, languages (weights), weekday mean size, utc offset hours, currency
    dict(code="DUB", city={"en": "Dublin"}, langs=[("en", 1.0)], size=54, tz=0, cur="EUR_EN"),
    dict(code="EDI", city={"en": "Edinburgh"}, langs=[("en", 1.0)], size=28, tz=0, cur="GBP"),
    dict(code="NYC", city={"en": "New York"}, langs=[("en", 1.0)], size=58, tz=None, cur="USD"),
    dict(code="VIE", city={"de": "Wien"}, langs=[("de", 1.0)], size=50, tz=1, cur="EUR_DE"),
    dict(code="ZRH", city={"de": "Zürich"}, langs=[("de", 1.0)], size=30, tz=1, cur="CHF"),
    dict(code="BDG", city={"id": "Bandung"}, langs=[("id", 1.0)], size=52, tz=7, cur="IDR"),
    dict(code="MDN", city={"id": "Medan"}, langs=[("id", 1.0)], size=27, tz=7, cur="IDR"),
    dict(code="TRD", city={"nb": "Trondheim"}, langs=[("nb", 1.0)], size=45, tz=1, cur="NOK"),
    dict(code="SVG", city={"nb": "Stavanger"}, langs=[("nb", 1.0)], size=26, tz=1, cur="NOK"),
    dict(code="KZN", city={"ru": "Казань"}, langs=[("ru", 1.0)], size=48, tz=3, cur="RUB"),
    dict(code="NSK", city={"ru": "Новосибирск"}, langs=[("ru", 1.0)], size=36, tz=7, cur="RUB"),
    dict(code="RIG", city={"ru": "Рига", "en": "Riga"}, langs=[("ru", 0.5), ("en", 0.5)], size=40, tz=2, cur="EUR_RIG"),
]
BY_CODE = {b["code"]: b for b in BRANCHES}
RIG_AGENT_NAMES = [("Ольга", "Olga"), ("Игорь", "Igor"), ("Марина", "Marina"), ("Андрей", "Andrei"),
                   ("Елена", "Jelena"), ("Павел", "Pavel"), ("Анна", "Anna"), ("Дмитрий", "Dmitri"),
                   ("Ирина", "Irina")]
RIG_EN_CUST = ["Jānis Bērziņš|janis.berzins", "Laura Kalniņa|laura.kalnina", "Andris Ozols|andris.ozols",
               "Ilze Liepa|ilze.liepa", "Mārtiņš Krūmiņš|martins.k", "Kristīne Vītola|kristine.vitola",
               "Edgars Zariņš|edgars.z", "Anna Jansone|anna.jansone", "Roberts Pētersons|r.petersons",
               "Dace Ābele|dace.abele", "Tom Gallagher|tom.gallagher", "Sophie Martin|sophie.m"]
MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "eircom.net", "btinternet.com"],
    "de": ["gmx.at", "gmail.com", "bluewin.ch", "aon.at", "web.de", "outlook.com"],
    "id": ["gmail.com", "yahoo.co.id", "gmail.com", "outlook.com"],
    "nb": ["online.no", "gmail.com", "hotmail.com", "outlook.com"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "inbox.ru", "rambler.ru"],
}

# planted problems ------------------------------------------------------------
D = dt.date.fromisoformat
P_RUDE_BRANCH, P_RUDE_AGENT_IDX = "KZN", 2      # third agent of KZN
P2_START = D("2026-11-12")                       # BDG phone resolution drop
P3_START = D("2026-11-16")                       # chain-wide e-mail canned replies
P6_START = D("2026-11-09")                       # NYC chat waits

BASE = dict(neg=0.35, neu=0.50, pos=0.15, courteous=0.90, resolved=0.70, blame=0.02)

# ----------------------------------------------------------------------------- helpers


def tz_for(branch, day):
    if branch["tz"] is None:  # New York: EDT until 1 Nov 2026 02:00, then EST
        return dt.timezone(dt.timedelta(hours=-4 if day < D("2026-11-01") else -5))
    return dt.timezone(dt.timedelta(hours=branch["tz"]))


def iso(t):
    return t.isoformat(timespec="seconds")


def isoz(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def amount_value(cur):
    if cur == "IDR":
        return rng.randint(50, 5000) * 500
    if cur == "NOK":
        return rng.randint(49, 4500)
    if cur == "RUB":
        return rng.randint(3, 250) * 100 + rng.choice([0, 0, 50, 90])
    return rng.choice([rng.randint(5, 60) + rng.choice([0, .5, .99, .9, .49]), rng.randint(20, 400) + rng.choice([0, .5, .95])])


def smaller(cur, x):
    y = x * rng.uniform(0.35, 0.75)
    if cur == "IDR":
        return max(500, int(y) // 500 * 500)
    if cur == "NOK":
        return max(10, int(y))
    if cur == "RUB":
        return max(100, int(y) // 10 * 10)
    return round(y, 2)


def fmt_amount(cur, lang, x):
    if cur in ("EUR_EN", "EUR_DE", "EUR_RIG", "GBP", "USD", "CHF"):
        if cur == "EUR_DE":
            return f"{x:.2f}".replace(".", ",") + " €"
        if cur == "EUR_RIG":
            return f"{x:.2f} евро".replace(".", ",") if lang == "ru" else f"€{x:.2f}"
        if cur == "CHF":
            return f"CHF {x:.2f}"
        sym = {"EUR_EN": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{x:.2f}"
    if cur == "IDR":
        return "Rp " + f"{x:,}".replace(",", ".")
    if cur == "NOK":
        return rng.choice([f"{x} kr", f"kr {x},-", f"{x},50 kr"])
    if cur == "RUB":
        s = f"{x:,}".replace(",", " ")
        return rng.choice([f"{s} ₽", f"{x} руб.", f"{s} рублей"])
    raise ValueError(cur)


def fmt_date(d, lang, branch):
    m = T[lang]["months"][d.month - 1]
    if lang == "en":
        return f"{m} {d.day}" if branch["code"] == "NYC" else f"{d.day} {m}"
    if lang in ("de", "nb"):
        return f"{d.day}. {m}"
    return f"{d.day} {m}"


def weekday_name(d, lang):
    return T[lang]["days"][d.weekday()]


def join_sent(parts):
    return " ".join(p for p in parts if p)


KEEP_CAP = {"I", "Rp", "OTP", "SMS", "PIN", "Meridian", "Меридиан", "MD", "Android", "IT"}


def lower_first(s, lang=None):
    if not s or lang == "de":
        return s
    w = re.split(r"[ ,.'!?]", s, 1)[0]
    if w in KEEP_CAP or w[:1].isdigit() or (len(w) > 1 and w.isupper()) or w in PROPER:
        return s
    return s[:1].lower() + s[1:]


PROPER = set()


# ----------------------------------------------------------------------------- population
AGENTS = {}     # branch -> list of agent dicts
AGENT_SEQ = iter(rng.sample(range(101, 999), 400))


def make_agents():
    for b in BRANCHES:
        n = max(5, min(12, round(b["size"] / 5)))
        agents = []
        lang0 = b["langs"][0][0]
        if b["code"] == "RIG":
            names = RIG_AGENT_NAMES[:n]
        else:
            pool = list(T[lang0]["names_agent"])
            rng.shuffle(pool)
            names = pool[:n]
        for i, nm in enumerate(names):
            aid = f"ag-{next(AGENT_SEQ)}"
            if isinstance(nm, tuple):
                name = {"ru": nm[0], "en": nm[1]}
                first_ru = nm[0]
            else:
                name = {lang0: nm}
                first_ru = nm
            agents.append(dict(id=aid, name=name, weight=rng.uniform(0.7, 1.3),
                               female=ru_is_female(first_ru) if ("ru" in name) else None))
        AGENTS[b["code"]] = agents


make_agents()
for _ags in AGENTS.values():
    for _a in _ags:
        PROPER.update(_a["name"].values())
for _b in BRANCHES:
    PROPER.update(_b["city"].values())
    PROPER.update(w for v in _b["city"].values() for w in v.split())
RUDE_AGENT = AGENTS[P_RUDE_BRANCH][P_RUDE_AGENT_IDX]
RUDE_AGENT["weight"] = 1.25
CUSTOMERS = {}   # id -> dict
CUST_POOL = {}   # branch -> list ids
_cust_seq = iter(rng.sample(range(10000, 99999), 60000))


def new_customer(b):
    cid = f"cust-{next(_cust_seq)}"
    lang = rng.choices([l for l, _ in b["langs"]], [w for _, w in b["langs"]])[0]
    if b["code"] == "RIG" and lang == "en":
        full, asc = rng.choice(RIG_EN_CUST).split("|")
    else:
        full, asc = rng.choice(T[lang]["names_cust"]).split("|")
    first = full.split()[0]
    addr = f"{asc}{rng.choice(['', '', str(rng.randint(1, 99)), str(rng.randint(60, 99))])}@{rng.choice(MAIL_DOMAINS[lang])}"
    c = dict(id=cid, branch=b["code"], lang=lang, full=full, first=first, addr=addr,
             female=ru_is_female(first) if lang == "ru" else None)
    CUSTOMERS[cid] = c
    return c


for b in BRANCHES:
    CUST_POOL[b["code"]] = [new_customer(b)["id"] for _ in range(b["size"] * 22)]

# ----------------------------------------------------------------------------- contact sampling
CH_WEEKDAY = [("phone", .35), ("email", .20), ("chat", .25), ("in_person", .20)]
CH_SAT = [("phone", .36), ("email", .22), ("chat", .30), ("in_person", .12)]
CH_SUN = [("phone", .40), ("email", .28), ("chat", .32), ("in_person", 0.0)]
TOPIC_W = [("billing", .22), ("card", .20), ("account", .18), ("delivery", .10), ("complaint", .10),
           ("technical", .12), (None, .08)]


def sample_tone(topic):
    if topic == "complaint":
        pn, pp = 0.55, 0.05
    else:
        pn, pp = (0.35 - 0.10 * 0.55) / 0.90, (0.15 - 0.10 * 0.05) / 0.90
    r = rng.random()
    return "negative" if r < pn else ("positive" if r < pn + pp else "neutral")


def plants_for(c):
    """Return probabilities for this contact after planted problems."""
    p_court, p_res, p_blame = BASE["courteous"], BASE["resolved"], BASE["blame"]
    tags = []
    if c["agent"]["id"] == RUDE_AGENT["id"]:
        p_court = 0.22
        tags.append("P1")
    if c["branch"] == "BDG" and c["channel"] == "phone" and c["day"] >= P2_START:
        p_res = 0.35
        tags.append("P2")
    if c["channel"] == "email" and c["day"] >= P3_START:
        p_res = 0.36
        tags.append("P3")
    if c["branch"] == "VIE":
        p_blame = 0.27
        tags.append("P4")
    if c["branch"] == "NYC" and c["channel"] == "chat" and c["day"] >= P6_START:
        tags.append("P6")
    return p_court, p_res, p_blame, tags


def pick_agent(bcode):
    ags = AGENTS[bcode]
    return rng.choices(ags, [a["weight"] for a in ags])[0]


PENDING = {}  # day -> list of (branch, cust_id, topic, prev_day, prev_resolved, prev_channel)
CONTACTS = []


def day_volume(b, day):
    wd = day.weekday()
    f = 1.0 if wd < 5 else (0.78 if wd == 5 else 0.45)
    return max(8, round(b["size"] * f * rng.uniform(0.9, 1.1)))


def local_time(b, day, channel):
    tz = tz_for(b, day)
    if channel == "in_person":
        lo, hi = 9 * 60, (17 * 60 if day.weekday() < 5 else 13 * 60)
    elif channel == "email":
        lo, hi = 6 * 60 + 30, 23 * 60
    else:
        lo, hi = 8 * 60, 20 * 60
    m = rng.randint(lo, hi - 10)
    return dt.datetime(day.year, day.month, day.day, m // 60, m % 60, rng.randint(0, 59), tzinfo=tz)


def gen_contacts():
    for day in DAYS:
        wd = day.weekday()
        chw = CH_WEEKDAY if wd < 5 else (CH_SAT if wd == 5 else CH_SUN)
        for b in BRANCHES:
            n = day_volume(b, day)
            repeats = [r for r in PENDING.get(day, []) if r[0] == b["code"]]
            for i in range(n):
                rep = repeats[i] if i < len(repeats) else None
                if rep:
                    cust = CUSTOMERS[rep[1]]
                    topic = rep[2]
                    if rng.random() < 0.6 and not (rep[5] == "in_person" and wd == 6):
                        channel = rep[5]
                    else:
                        channel = rng.choices([c for c, _ in chw], [w for _, w in chw])[0]
                else:
                    cust = CUSTOMERS[rng.choice(CUST_POOL[b["code"]])]
                    topic = rng.choices([t for t, _ in TOPIC_W], [w for _, w in TOPIC_W])[0]
                    channel = rng.choices([c for c, _ in chw], [w for _, w in chw])[0]
                c = dict(day=day, branch=b["code"], b=b, channel=channel, customer=cust, lang=cust["lang"],
                         topic=topic, agent=pick_agent(b["code"]), repeat=rep)
                c["tone"] = sample_tone(topic)
                p_court, p_res, p_blame, tags = plants_for(c)
                c["courteous"] = rng.random() < p_court
                c["resolved"] = rng.random() < p_res
                c["blame"] = rng.random() < p_blame
                c["tags"] = tags
                c["time"] = local_time(b, day, channel)
                if not c["resolved"]:
                    if "P3" in tags and rng.random() < 0.8:
                        kind = "canned"
                    else:
                        kinds = [("cb", .35), ("esc", .25), ("none", .30), ("tr", .10)]
                        if channel in ("email", "in_person"):
                            kinds = [("cb", .40), ("esc", .30), ("none", .30)]
                        kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
                        if "P2" in tags and kind == "none":
                            kind = "cb"
                else:
                    kind = "fix"
                c["kind"] = kind
                if kind == "canned" or topic is None:
                    c["blame"] = False  # auto-replies and plain information requests blame nobody
                CONTACTS.append(c)
                # schedule a return visit
                p_back = 0.45 if not c["resolved"] else 0.06
                if rng.random() < p_back:
                    nd = day + dt.timedelta(days=rng.randint(1, 4) if not c["resolved"] else rng.randint(1, 7))
                    if nd <= END:
                        PENDING.setdefault(nd, []).append((b["code"], cust["id"], topic, day, c["resolved"], channel))


gen_contacts()
rng.shuffle(CONTACTS)  # decouple file order from generation order
CONTACTS.sort(key=lambda c: (c["day"], c["time"].astimezone(dt.timezone.utc), c["branch"]))

# ----------------------------------------------------------------------------- slots & dialogue


def make_slots(c):
    b, lang, day = c["b"], c["lang"], c["day"]
    ag = c["agent"]
    past = day - dt.timedelta(days=rng.randint(2, 25))
    fut = day + dt.timedelta(days=rng.randint(2, 8))
    x1 = amount_value(b["cur"])
    s = Slots(
        name=ag["name"].get(lang) or list(ag["name"].values())[0],
        city=b["city"].get(lang) or list(b["city"].values())[0],
        amt=fmt_amount(b["cur"], lang, x1), amt2=fmt_amount(b["cur"], lang, smaller(b["cur"], x1)),
        date=fmt_date(past, lang, b), fdate=fmt_date(fut, lang, b),
        card=f"{rng.randint(0, 9999):04d}", acct=f"{rng.randint(0, 9999):04d}",
        order=f"MD-{rng.randint(100000, 999999)}", ticket=rng.choice([f"T-{rng.randint(1000000, 9999999)}", f"#{rng.randint(20000, 99999)}", f"SR{rng.randint(100000, 999999)}"]),
        n=str(rng.randint(3, 14)), mins=str(rng.randint(20, 55)),
        cname=c["customer"]["full"], cfirst=c["customer"]["first"], cfull=c["customer"]["full"],
        topic_word=pick(lang, "tnoun_" + (c["topic"] or "other")),
    )
    s["day"] = weekday_name(c["repeat"][3], lang) if c["repeat"] else weekday_name(past, lang)
    return s


TOD = {
    "en": [(r"\b[Mm]orning\b", 0, 12), (r"\bafternoon\b", 12, 18), (r"\bevening\b", 17, 24)],
    "de": [(r"Morgen\b", 0, 11), (r"Nachmittag", 12, 18), (r"Abend", 17, 24)],
    "id": [(r"\b[Pp]agi\b", 0, 11), (r"\b[Ss]iang\b", 11, 15), (r"\b[Ss]ore\b", 15, 19), (r"\b[Mm]alam\b", 18, 24)],
    "nb": [(r"[Mm]orgen\b|Morn\b", 0, 11), (r"ettermiddag", 12, 18), (r"kveld", 17, 24)],
    "ru": [(r"Доброе утро", 0, 12), (r"Добрый день", 11, 18), (r"[Дд]обрый вечер|[Хх]орошего вечера", 17, 24)],
}
TOD_RE = {l: [(re.compile(p), lo, hi) for p, lo, hi in v] for l, v in TOD.items()}
DIALECT_BAN = {"ZRH": re.compile(r"Grüß Gott|Servus|Wiederschauen|Meldezettel"), "VIE": re.compile(r"Grüezi|Grüsse")}


PHONE_ONLY = re.compile(r"Thanks for calling|So I called for nothing|Danke für Ihren Anruf|umsonst angerufen|Wiederhören|"
                        r"Takk for at du ringte|ringte helt forgjeves|зря звонил|Спасибо за звонок|telepon sia-sia|"
                        r"sudah cepat mengangkat|picking up so quickly|so schnell rangehen|svarte så fort|так быстро ответили")
NOT_EMAIL = re.compile(r"on hold|Warteschleife|på vent|на удержание|Mohon ditunggu sebentar|^Wait\.$|^Moment\.$|^Vent\.$|^Ждите\.$|^Tunggu\.$")


def choose(c, key, hour=None):
    lang = c["lang"]
    cands = T[lang][key]
    if c["channel"] != "phone":
        cands = [x for x in cands if not PHONE_ONLY.search(x)] or cands
    if c["channel"] == "email":
        cands = [x for x in cands if not NOT_EMAIL.search(x)] or cands
    h = c["time"].hour if hour is None else hour
    ok = []
    ban = DIALECT_BAN.get(c["branch"])
    for line in cands:
        if ban and ban.search(line):
            continue
        good = True
        for rx, lo, hi in TOD_RE[lang]:
            if rx.search(line) and not (lo <= h < hi):
                good = False
                break
        if good:
            ok.append(line)
    return rng.choice(ok or cands)


def say(c, key, role, slots):
    txt = fill(choose(c, key), slots)
    return fix_lang(c, txt, role)


def fix_lang(c, txt, role):
    if c["branch"] == "ZRH":
        txt = txt.replace("ß", "ss").replace("Bankomat", "Bancomat").replace("Jänner", "Januar")
    if c["lang"] == "ru":
        fem = c["agent"]["female"] if role == "agent" else c["customer"]["female"]
        if fem is not None:
            txt = ru_gender(txt, fem)
        txt = ru_fix(txt)
    return txt


def scn(c):
    if "scn" not in c:
        c["scn"] = rng.choice(sorted(SCEN[c["topic"] or "other"]))
    return c["scn"]


def say_idx(c, key, idx, role, slots):
    return fix_lang(c, fill(T[c["lang"]][key][idx], slots), role)


def say_prob(c, s):
    return say_idx(c, "prob_" + (c["topic"] or "other"), scn(c), "customer", s)


def say_detail(c, s):
    tkey = c["topic"] or "other"
    d = SCEN[tkey][scn(c)][0]
    if not d:
        return say(c, "detail_generic", "customer", s)
    return say_idx(c, "detail_" + tkey, rng.choice(d), "customer", s)


def say_fix(c, s):
    tkey = c["topic"] or "other"
    return say_idx(c, "fix_" + tkey, rng.choice(SCEN[tkey][scn(c)][1]), "agent", s)


def say_ask(c, s, court):
    tkey = c["topic"] or "other"
    okmap = ASK_C_OK if court else ASK_R_OK
    used = c.setdefault("asked", set())
    opts = [i for i, tops in okmap.items() if tkey in tops and (court, i) not in used]
    if c["channel"] == "email":
        opts = [i for i in opts if not NOT_EMAIL.search(T[c["lang"]]["ask_c" if court else "ask_r"][i])] or opts
    idx = rng.choice(opts)
    used.add((court, idx))
    return say_idx(c, "ask_c" if court else "ask_r", idx, "agent", s)


def customer_opening(c, s, with_hello=True, wait_mins=None):
    tkey = c["topic"] or "other"
    parts = []
    if with_hello and rng.random() < 0.7:
        parts.append(say(c, "cust_hello", "customer", s))
    if wait_mins:
        parts.append(fix_lang(c, fill(pick(c["lang"], "wait_comp"), Slots(s, mins=str(wait_mins))), "customer"))
    if c["tone"] == "negative":
        parts.append(say(c, "neg_open", "customer", s))
    elif c["tone"] == "positive" and rng.random() < 0.75:
        parts.append(say(c, "pos_open", "customer", s))
    if c["repeat"] and (c["tone"] == "negative" or rng.random() < 0.5):
        parts.append(say(c, "repeat_ref", "customer", s))
    parts.append(say_prob(c, s))
    if c["tone"] == "negative" and rng.random() < 0.35:
        parts.append(say(c, "neg_mid", "customer", s))
    return join_sent(parts)


def resolution_text(c, s, ack=True):
    tkey = c["topic"] or "other"
    parts = []
    if c["blame"]:
        parts.append(say(c, "blame", "agent", s))
    if c["kind"] == "fix":
        if c["courteous"] and ack and rng.random() < 0.7:
            parts.append(say(c, "ack_c", "agent", s))
        parts.append(say_fix(c, s))
        if not c["courteous"]:
            parts.append(say(c, "fix_r_add", "agent", s))
    elif c["kind"] == "canned":
        parts.append(say(c, "canned", "agent", s))
    else:
        if not c["courteous"] and (rng.random() < 0.65 or c["kind"] == "none"):
            parts.append(say(c, "nofix_r", "agent", s))
        else:
            if c["courteous"] and ack and rng.random() < 0.4:
                parts.append(say(c, "ack_c", "agent", s))
            if c["kind"] == "tr":
                tri = {"card": [0], "billing": [1], "technical": [2], "complaint": [3], "account": [1, 3],
                       "delivery": [3]}.get(c["topic"], [1, 3])
                parts.append(say_idx(c, "nofix_tr", rng.choice(tri), "agent", s))
            else:
                parts.append(say(c, "nofix_" + c["kind"], "agent", s))
            if not c["courteous"]:
                parts.append(say(c, "close_r", "agent", s))
    return join_sent(parts)


def customer_reaction(c, s):
    if c["kind"] == "fix":
        if c["tone"] == "negative":
            return say(c, "cust_thanks_neg" if rng.random() < 0.75 else "neg_mid", "customer", s)
        return say(c, "cust_thanks", "customer", s)
    if c["tone"] == "negative":
        return say(c, "cust_unres_neg", "customer", s)
    return say(c, "cust_unres_neu", "customer", s)


def dialogue(c, s, channel):
    """Spoken / chat dialogue as list of (role, text)."""
    tkey = c["topic"] or "other"
    court = c["courteous"]
    turns = []
    greet_key = ("greet_phone_" if channel == "phone" else "greet_chat_") + ("c" if court or rng.random() < 0.35 else "r")
    rounds = rng.choices([0, 1, 2, 3], [0.2, 0.45, 0.25, 0.10])[0]
    if channel == "phone":
        turns.append(("agent", say(c, greet_key, "agent", s)))
        turns.append(("customer", customer_opening(c, s, wait_mins=c.get("wait_mins_complaint"))))
    else:
        if rng.random() < 0.35:
            turns.append(("customer", say(c, "cust_hello", "customer", s)))
            turns.append(("customer", customer_opening(c, s, with_hello=False, wait_mins=None)))
        else:
            turns.append(("customer", customer_opening(c, s, wait_mins=None)))
        g = say(c, greet_key, "agent", s)
        turns.append(("agent", g))
        if c.get("wait_mins_complaint"):
            turns.append(("customer", fix_lang(c, fill(pick(c["lang"], "wait_comp"), Slots(s, mins=str(c["wait_mins_complaint"]))), "customer")))
    for r in range(rounds):
        turns.append(("agent", say_ask(c, s, court)))
        det = say_detail(c, s) if r == 0 else say(c, "detail_generic", "customer", s)
        if c["tone"] == "negative" and rng.random() < 0.5:
            det = join_sent([det, say(c, "neg_mid", "customer", s)])
        turns.append(("customer", det))
    turns.append(("agent", resolution_text(c, s)))
    if c["kind"] == "tr":
        if rng.random() < 0.6:
            turns.append(("customer", say(c, "cust_unres_neg" if c["tone"] == "negative" else "cust_unres_neu", "customer", s)))
        return turns
    turns.append(("customer", customer_reaction(c, s)))
    if rng.random() < 0.8:
        turns.append(("agent", say(c, "close_c" if court else "close_r", "agent", s)))
        if rng.random() < 0.5:
            turns.append(("customer", say(c, "cust_bye", "customer", s)))
    return turns


def speechify(c, role, text):
    lang = c["lang"]
    if role == "customer" and rng.random() < 0.3:
        text = pick(lang, "fill_c") + " " + lower_first(text, lang)
    elif role == "agent" and rng.random() < 0.1:
        text = pick(lang, "fill_a") + " " + lower_first(text, lang)
    return text


def chatify(role, text, lang=None):
    if role == "customer":
        if rng.random() < 0.25:
            text = lower_first(text, lang)
        if rng.random() < 0.3 and text.endswith("."):
            text = text[:-1]
    return text


def csat_for(c):
    s = 3 + (1 if c["resolved"] else -1) + (0 if c["courteous"] else -1)
    s += {"positive": 1, "negative": -1}.get(c["tone"], 0)
    if rng.random() < 0.2:
        s += rng.choice([-1, 1])
    return max(1, min(5, s))


def outcome_code(c):
    return {"fix": "RESOLVED", "cb": "CALLBACK", "esc": "ESCALATED", "tr": "TRANSFERRED"}.get(c["kind"], "")


# ----------------------------------------------------------------------------- writers
LABELS = []
BAD = []
TRUTH_PLANT_COUNTS = {}


def label(c, cid, tone=True, court=True, blame=True):
    LABELS.append(dict(
        contact_id=cid, channel=c["channel"], branch=c["branch"], agent=c.get("agent_out", c["agent"]["id"]),
        lang=c["lang"], customer_tone=c["tone"] if tone else "",
        agent_courteous=("1" if c["courteous"] else "0") if court else "",
        resolved="1" if c["resolved"] else "0", blame=("1" if c["blame"] else "0") if blame else "",
        date=c["day"].isoformat(), topic=c["topic"] or "", tags="|".join(c["tags"])))


def ddir(day, kind):
    p = os.path.join(EXP, day.isoformat(), kind)
    os.makedirs(p, exist_ok=True)
    return p


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


BAD_TS = ["2026-11-31 09:14:00", "31/13/2026 10:02", "2026-11-0T10:15:00", "N/A", "25:61", "2026-11-05T27:10:00+01:00",
          "0000-00-00 00:00:00", "11/XX/2026 14:20"]

# -- phone --------------------------------------------------------------------


def write_phone():
    by_day = {}
    for c in CONTACTS:
        if c["channel"] == "phone":
            by_day.setdefault(c["day"], []).append(c)
    orphan_days = set(rng.sample(DAYS, 10))
    for day in DAYS:
        calls = by_day.get(day, [])
        pdir = ddir(day, "phone")
        tdir = os.path.join(pdir, "transcripts")
        os.makedirs(tdir, exist_ok=True)
        rows = []
        for i, c in enumerate(calls, 1):
            cid = f"C-{day:%Y%m%d}-{i:04d}"
            s = make_slots(c)
            wait = int(min(1500, rng.lognormvariate(4.0, 0.8)))
            if wait > 420 and c["tone"] == "negative" and rng.random() < 0.5:
                c["wait_mins_complaint"] = max(7, wait // 60)
            transfers = 0
            if c["kind"] == "tr":
                transfers = 1
            elif rng.random() < 0.08:
                transfers = rng.choice([1, 1, 1, 2])
            turns = dialogue(c, s, "phone")
            t, out_turns = 0.0, []
            for role, text in turns:
                text = speechify(c, role, text)
                dur = max(1.2, len(text.split()) / rng.uniform(2.2, 3.0))
                t += rng.uniform(0.2, 1.4)
                if role == "agent" and len(out_turns) > 2 and rng.random() < 0.35:
                    t += rng.uniform(15, 150)  # silence / hold while the agent checks
                out_turns.append(dict(speaker=role, start=round(t, 1), end=round(t + dur, 1), text=text))
                t += dur
            start = c["time"]
            end = start + dt.timedelta(seconds=int(t + rng.uniform(2, 8)))
            csat = str(csat_for(c)) if rng.random() < 0.25 else ""
            topic = c["topic"] if (c["topic"] and rng.random() < 0.95) else ""
            row = [cid, c["branch"], c["agent"]["id"], c["customer"]["id"] if rng.random() < 0.93 else "",
                   iso(start), iso(end), str(wait), str(transfers), outcome_code(c), csat, topic]
            has_tx = rng.random() > 0.02
            bad = None
            r = rng.random()
            if r < 0.0025:
                row[4] = rng.choice(BAD_TS)
                bad = dict(kind="bad_timestamp", file=os.path.relpath(os.path.join(pdir, "calls.csv"), OUT), id=cid,
                           detail=f"start = {row[4]!r}")
            elif r < 0.0045:
                col = rng.choice([2, 1])
                row[col] = ""
                bad = dict(kind="missing_required_field", file=os.path.relpath(os.path.join(pdir, "calls.csv"), OUT), id=cid,
                           detail=f"empty {'agent' if col == 2 else 'branch'}")
            rows.append(row)
            if has_tx:
                doc = {"call_id": cid}
                if rng.random() < 0.5:
                    doc["language"] = c["lang"]
                if rng.random() < 0.3:
                    order = ["agent", "customer"] if rng.random() < 0.6 else ["customer", "agent"]
                    spk = {r_: f"spk_{k}" for k, r_ in enumerate(order)}
                    for tt in out_turns:
                        tt["speaker"] = spk[tt["speaker"]]
                    if order[0] == "agent" and rng.random() < 0.5:
                        doc["speakers"] = {"spk_0": "agent"}
                    else:
                        doc["speakers"] = {v: k for k, v in spk.items()}
                doc["duration"] = round(t, 1)
                doc["turns"] = out_turns
                with open(os.path.join(tdir, f"{cid}.json"), "w", encoding="utf-8") as f:
                    json.dump(doc, f, ensure_ascii=False, indent=1 if rng.random() < 0.3 else None)
            if bad:
                BAD.append(bad)
                continue
            label(c, cid, tone=has_tx, court=has_tx, blame=has_tx)
        write_csv(os.path.join(pdir, "calls.csv"),
                  ["call_id", "branch", "agent", "customer", "start", "end", "wait_seconds", "transfers", "outcome", "csat", "topic"],
                  rows)
        if day in orphan_days:
            oid = f"C-{day:%Y%m%d}-{9000 + rng.randint(1, 899):04d}"
            b = rng.choice(BRANCHES)
            lang = b["langs"][0][0]
            doc = {"call_id": oid, "language": lang, "turns": [
                {"speaker": "agent", "start": 0.4, "end": 3.0, "text": fill(pick(lang, "greet_phone_c"), Slots(name=pick(lang, "names_agent"), city=list(b["city"].values())[0]))},
                {"speaker": "customer", "start": 3.5, "end": 6.1, "text": pick(lang, "cust_hello")}]}
            with open(os.path.join(tdir, f"{oid}.json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            BAD.append(dict(kind="orphan_transcript", file=os.path.relpath(os.path.join(tdir, f"{oid}.json"), OUT), id=oid,
                            detail="call_id in no call log"))


# -- chat ---------------------------------------------------------------------
_chat_seq = [rng.randint(100000, 150000)]


def write_chat():
    by_day = {}
    for c in CONTACTS:
        if c["channel"] == "chat":
            by_day.setdefault(c["day"], []).append(c)
    for day in DAYS:
        chats = by_day.get(day, [])
        cdir = ddir(day, "chat")
        files = {"chat_eu.jsonl": [], "chat_apac.jsonl": [], "chat_am.jsonl": []}
        for c in chats:
            _chat_seq[0] += rng.randint(1, 9)
            cid = f"CH-{_chat_seq[0]}"
            s = make_slots(c)
            if "P6" in c["tags"]:
                wait = rng.randint(540, 2100)
            else:
                wait = int(min(600, rng.lognormvariate(3.9, 0.6)))
            if wait >= 600 and rng.random() < 0.55:
                c["wait_mins_complaint"] = wait // 60
            turns = dialogue(c, s, "chat")
            msgs = []
            t = c["time"]
            if rng.random() < 0.2:  # bot front end
                msgs.append(dict(ts=isoz(t), role="bot", text=fill(pick(c["lang"], "bot_hello"), s)))
                t += dt.timedelta(seconds=rng.randint(5, 40))
                first_c = t
                msgs.append(dict(ts=isoz(t), role="customer", text=chatify("customer", pick(c["lang"], "tnoun_" + (c["topic"] or "other")), c["lang"])))
                t += dt.timedelta(seconds=rng.randint(2, 6))
                if rng.random() < 0.3:
                    msgs.append(dict(ts=isoz(t), role="bot", text=pick(c["lang"], "bot_fail")))
                    t += dt.timedelta(seconds=rng.randint(1, 4))
                msgs.append(dict(ts=isoz(t), role="bot", text=pick(c["lang"], "bot_handover")))
            else:
                first_c = None
            first_agent_done = False
            for role, text in turns:
                if role == "agent" and not first_agent_done:
                    base = first_c or t
                    t = max(t + dt.timedelta(seconds=rng.randint(5, 30)), base + dt.timedelta(seconds=wait))
                    first_agent_done = True
                elif role == "customer" and first_c is None:
                    t = c["time"]
                else:
                    t += dt.timedelta(seconds=rng.randint(12, 110))
                if role == "customer" and first_c is None:
                    first_c = t
                msgs.append(dict(ts=isoz(t), role=role, text=chatify(role, text, c["lang"])))
            if c["kind"] == "tr":
                t += dt.timedelta(seconds=rng.randint(3, 10))
                msgs.append(dict(ts=isoz(t), role="system", text="Chat transferred to queue."))
            rec = {"conversation_id": cid, "branch": c["branch"], "agent": c["agent"]["id"]}
            if rng.random() < 0.9:
                rec["customer"] = c["customer"]["id"]
            rec["started_at"] = isoz(c["time"])
            rec["ended_at"] = isoz(t + dt.timedelta(seconds=rng.randint(5, 60)))
            if c["topic"] and rng.random() < 0.9:
                rec["topic"] = c["topic"]
            if rng.random() < 0.5:
                rec["lang"] = c["lang"]
            if rng.random() < 0.25:
                rec["csat"] = csat_for(c)
            rec["transfers"] = 1 if c["kind"] == "tr" else (1 if rng.random() < 0.05 else 0)
            oc = outcome_code(c)
            if oc:
                rec["outcome"] = oc
            rec["messages"] = msgs
            line = json.dumps(rec, ensure_ascii=False)
            tz = c["b"]["tz"]
            fname = "chat_am.jsonl" if tz is None else ("chat_apac.jsonl" if tz >= 5 else "chat_eu.jsonl")
            if rng.random() < 0.004:
                cut = rng.randint(len(line) // 3, len(line) - 20)
                line = line[:cut]
                BAD.append(dict(kind="broken_json_line", file=os.path.relpath(os.path.join(cdir, fname), OUT), id=cid,
                                detail="line truncated mid-record"))
                files[fname].append(line)
                continue
            files[fname].append(line)
            label(c, cid)
        for fname, lines in files.items():
            if lines:
                with open(os.path.join(cdir, fname), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")


# -- in person ----------------------------------------------------------------


def write_in_person():
    by_key = {}
    for c in CONTACTS:
        if c["channel"] == "in_person":
            by_key.setdefault((c["day"], c["branch"]), []).append(c)
    for day in DAYS:
        for b in BRANCHES:
            visits = by_key.get((day, b["code"]), [])
            if not visits:
                continue
            idir = ddir(day, "in_person")
            lang0 = b["langs"][0][0]
            naive_dotted = lang0 in ("de", "nb", "ru")
            rows = []
            fname = f"visits_{b['code']}.csv"
            for i, c in enumerate(visits, 1):
                vid = f"V-{b['code']}-{day:%y%m%d}-{i:03d}"
                s = make_slots(c)
                lang = c["lang"]
                tkey = c["topic"] or "other"
                what = pick(lang, "tnoun_" + tkey)
                what = what[:1].upper() + what[1:]
                ns = Slots(s, what=what)
                has_note = rng.random() < 0.93
                note = ""
                if has_note:
                    if c["resolved"]:
                        key = "note_res_c" if c["courteous"] else "note_res_r"
                    else:
                        key = "note_unres_c" if c["courteous"] else "note_unres_r"
                    note = fix_lang(c, fill(pick(lang, key), ns), "agent")
                    if c["blame"]:
                        note += " " + fix_lang(c, pick(lang, "note_blame"), "agent")
                has_comment = rng.random() < 0.5
                comment = ""
                if has_comment:
                    tone = c["tone"]
                    if tone == "positive":
                        comment = say(c, "comment_pos" if c["resolved"] and c["courteous"] else ("cust_thanks" if c["resolved"] else "cust_unres_neu"), "customer", s)
                    elif tone == "neutral":
                        comment = say(c, "comment_neu" if c["resolved"] else "cust_unres_neu", "customer", s)
                    else:
                        parts = []
                        if not c["courteous"]:
                            parts.append(say(c, "comment_rude", "customer", s))
                        if not c["resolved"] or not parts:
                            parts.append(say(c, "comment_neg" if not c["resolved"] else "cust_thanks_neg", "customer", s))
                        if c["blame"] and rng.random() < 0.6:
                            parts.append(say(c, "comment_blame", "customer", s))
                        comment = " ".join(parts)
                tin = c["time"]
                tout = tin + dt.timedelta(minutes=rng.randint(4, 35))
                if naive_dotted:
                    f_in, f_out = tin.strftime("%d.%m.%Y %H:%M"), tout.strftime("%d.%m.%Y %H:%M")
                else:
                    f_in, f_out = tin.strftime("%Y-%m-%d %H:%M"), tout.strftime("%Y-%m-%d %H:%M")
                oc = outcome_code(c)
                survey = str(csat_for(c)) if rng.random() < 0.25 else ""
                row = [vid, b["code"], c["agent"]["id"], f_in, f_out, c["customer"]["id"] if rng.random() < 0.85 else "",
                       c["topic"] or "", oc, "0" if rng.random() < 0.97 else "1", survey, comment, note]
                bad = None
                r = rng.random()
                if r < 0.004:
                    row[2] = ""
                    bad = dict(kind="missing_required_field", file=os.path.relpath(os.path.join(idir, fname), OUT), id=vid,
                               detail="empty staff")
                elif r < 0.006:
                    row = row[:5]
                    bad = dict(kind="short_row", file=os.path.relpath(os.path.join(idir, fname), OUT), id=vid,
                               detail="row has 5 of 12 fields")
                rows.append(row)
                if bad:
                    BAD.append(bad)
                    continue
                label(c, vid, tone=has_comment, court=has_note, blame=has_note or has_comment)
            write_csv(os.path.join(idir, fname),
                      ["visit_id", "branch", "staff", "time_in", "time_out", "customer", "topic", "outcome", "transfers",
                       "survey_score", "comment", "staff_note"], rows, delimiter=";")


# -- email --------------------------------------------------------------------
MBOX = {}  # day -> list of (utc datetime, bytes)
MAIL_POLICY = policy.default.clone(linesep="\n", max_line_length=78)


def msgid(domain, local_hint=""):
    return f"<{local_hint}{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{domain}>"


def attribution(lang, when, name, addr):
    r = rng.random()
    if r < 0.25:
        return "outlook", None
    if lang == "de":
        return "quote", f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {name} <{addr}>:"
    if lang == "en" or r < 0.55:
        return "quote", f"On {when:%a, %d %b %Y} at {when:%H:%M}, {name} <{addr}> wrote:"
    if lang == "nb":
        wd = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."][when.weekday()]
        return "quote", f"Den {wd} {when.day}. {T['nb']['months'][when.month - 1][:3]}. {when.year} kl. {when:%H:%M} skrev {name} <{addr}>:"
    if lang == "ru":
        mon = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."][when.month - 1]
        return "quote", f"{when.day} {mon} {when.year} г., в {when:%H:%M}, {name} <{addr}> написал(а):"
    wd = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"][when.weekday()]
    return "quote", f"Pada {wd}, {when.day} {T['id']['months'][when.month - 1][:3]} {when.year} pukul {when:%H.%M}, {name} <{addr}> menulis:"


def quoted_plain(prev, lang):
    style, line = attribution(lang, prev["when"], prev["from_name"], prev["from_addr"])
    if style == "outlook":
        hdr = (f"-----Original Message-----\nFrom: {prev['from_name']} <{prev['from_addr']}>\n"
               f"Sent: {prev['when']:%A, %B %d, %Y %I:%M %p}\nTo: {prev['to']}\nSubject: {prev['subject']}\n\n")
        return hdr + prev["full_text"]
    return line + "\n" + "\n".join(("> " + l) if l else ">" for l in prev["full_text"].split("\n"))


def html_of(text, quote_html=None):
    import html as _h
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    if quote_html:
        body += quote_html
    return f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n{body}</body></html>\n"


def build_email_msg(m, prev):
    em = EmailMessage(policy=MAIL_POLICY)
    em["From"] = utils.formataddr((m["from_name"], m["from_addr"]))
    em["To"] = m["to"]
    em["Subject"] = m["subject"]
    em["Date"] = utils.format_datetime(m["when"])
    em["Message-ID"] = m["id"]
    if m.get("in_reply_to"):
        em["In-Reply-To"] = m["in_reply_to"]
        em["References"] = " ".join(m["refs"])
    for k, v in m.get("x", {}).items():
        em[k] = v
    text = m["text"]
    full = text
    quote_plain = quoted_plain(prev, m["lang"]) if prev is not None else None
    if quote_plain:
        full = text + "\n\n" + quote_plain
    m["full_text"] = full
    fmt = m["fmt"]
    cte = rng.choice(["quoted-printable", "quoted-printable", "8bit", "base64"])
    if fmt == "html":
        import html as _h
        qh = None
        if prev is not None:
            qh = ("<div class=\"gmail_quote\">" + _h.escape(quote_plain.split("\n", 1)[0]) +
                  "<blockquote type=\"cite\">" + _h.escape(prev["full_text"]).replace("\n", "<br>\n") + "</blockquote></div>\n") \
                if not quote_plain.startswith("-----") else "<hr>" + _h.escape(quote_plain).replace("\n", "<br>\n")
        em.set_content(html_of(text, qh), subtype="html", charset="utf-8", cte=cte)
    elif fmt == "alt":
        em.set_content(full, charset="utf-8", cte=cte)
        em.add_alternative(html_of(text), subtype="html", charset="utf-8", cte="quoted-printable")
        em.set_boundary(f"----=_Part_{rng.getrandbits(40):x}")
    else:
        em.set_content(full, charset="utf-8", cte=cte)
    return em


def write_email_threads():
    threads_by_day = {}
    for c in CONTACTS:
        if c["channel"] == "email":
            threads_by_day.setdefault(c["day"], []).append(c)
    for day in DAYS:
        for c in threads_by_day.get(day, []):
            s = make_slots(c)
            lang, b = c["lang"], c["b"]
            cust = c["customer"]
            tkey = c["topic"] or "other"
            agent_name = s["name"]
            branch_addr = f"{b['code'].lower()}@meridian.example"
            staff_addr = rng.choice([f"service.{b['code'].lower()}@meridian.example", "noreply-service@meridian.example"]) \
                if "P3" in c["tags"] and c["kind"] == "canned" else f"{b['code'].lower()}.service@meridian.example"
            subject0 = fill(pick(lang, "subj_" + tkey), s)
            n_msgs = rng.choices([1, 2, 3, 4], [0.04, 0.55, 0.25, 0.16])[0]
            if n_msgs == 1:
                c["resolved"] = False
                c["kind"] = "none"
            when = c["time"]
            tz = when.tzinfo
            day_end = dt.datetime(END.year, END.month, END.day, 23, 58, tzinfo=tz)
            msgs = []

            def cust_msg(body, t):
                hi = fill(choose(c, "em_cust_hi", t.hour), s) + "\n\n" if (not msgs or rng.random() < 0.4) else ""
                return dict(role="customer", from_name=cust["full"], from_addr=cust["addr"], to=branch_addr, when=t, lang=lang,
                            text=hi + body + "\n\n" + fill(choose(c, "em_cust_sign"), s),
                            fmt="html" if rng.random() < 0.06 else "plain")

            def staff_msg(body, t, greet=True):
                if c["courteous"] or c["kind"] == "canned":
                    hi = fill(choose(c, "em_agent_hi", t.hour), s) + "\n\n" if greet else ""
                    sign = fill(choose(c, "em_agent_sign"), s)
                else:
                    hi = (fill(choose(c, "em_agent_hi", t.hour), s) + "\n\n") if rng.random() < 0.3 else ""
                    sign = agent_name if rng.random() < 0.6 else fill(choose(c, "em_agent_sign"), s).split("\n")[-1]
                return dict(role="agent", from_name=(f"{agent_name} (Meridian)" if c["kind"] != "canned" else "Meridian Kundenservice" if lang == "de" else "Meridian"),
                            from_addr=staff_addr, to=utils.formataddr((cust["full"], cust["addr"])), when=t, lang=lang,
                            text=fix_lang(c, hi, "agent") + body + "\n\n" + fix_lang(c, sign, "agent"),
                            fmt=rng.choices(["plain", "html", "alt"], [0.7, 0.15, 0.15])[0])

            opening = customer_opening(c, s, with_hello=False)
            if n_msgs != 4 and rng.random() < 0.35:
                opening += " " + say_detail(c, s)
            msgs.append(cust_msg(opening, when))
            t = when

            def later(t, lo, hi):
                nt = t + dt.timedelta(minutes=rng.randint(lo, hi))
                if nt > day_end:
                    nt = t + (day_end - t) / 2
                return nt

            if n_msgs >= 2:
                if n_msgs == 4:
                    t = later(t, 40, 1500)
                    body = (say(c, "em_agent_body_open", "agent", s) + " " if c["courteous"] else "") + say_ask(c, s, c["courteous"])
                    msgs.append(staff_msg(body, t))
                    t = later(t, 10, 600)
                    det = say_detail(c, s)
                    if c["tone"] == "negative":
                        det += " " + say(c, "neg_mid", "customer", s)
                    msgs.append(cust_msg(det, t))
                t = later(t, 40, 1500)
                body = resolution_text(c, s, ack=False)
                if c["courteous"] and c["kind"] != "canned":
                    body = say(c, "em_agent_body_open", "agent", s) + " " + body
                    if rng.random() < 0.5:
                        body += "\n\n" + say(c, "close_c", "agent", s)
                msgs.append(staff_msg(body, t))
                if n_msgs == 3:
                    t = later(t, 10, 900)
                    msgs.append(cust_msg(customer_reaction(c, s), t))
            # headers
            root_id = msgid(cust["addr"].split("@")[1].replace("gmail.com", "mail.gmail.com"))
            refs = []
            topic_hdr = c["topic"] if (c["topic"] and rng.random() < 0.75) else None
            csat = csat_for(c) if rng.random() < 0.25 else None
            first_staff = True
            prev = None
            for k, m in enumerate(msgs):
                m["id"] = root_id if k == 0 else msgid("meridian.example" if m["role"] == "agent" else cust["addr"].split("@")[1])
                m["subject"] = subject0 if k == 0 else ({"de": "AW: ", "nb": "SV: ", "ru": "RE: ", "id": "Re: "}.get(lang, "Re: ") if m["role"] == "customer" or rng.random() < 0.5 else "Re: ") + subject0
                if k:
                    m["in_reply_to"] = msgs[k - 1]["id"]
                    m["refs"] = list(refs)
                refs.append(m["id"])
                x = {}
                if m["role"] == "agent":
                    x["X-Branch"] = b["code"]
                    x["X-Agent-Id"] = c["agent"]["id"]
                    if topic_hdr and first_staff:
                        x["X-Topic"] = topic_hdr
                    first_staff = False
                    if k == len(msgs) - 1 or (k == len(msgs) - 2 and msgs[-1]["role"] == "customer"):
                        oc = outcome_code(c)
                        if oc and rng.random() < 0.7:
                            x["X-Outcome"] = oc
                else:
                    if k == 0 and (n_msgs == 1 or rng.random() < 0.4):
                        x["X-Branch"] = b["code"]
                    if rng.random() < 0.6:
                        x["X-Customer-Id"] = cust["id"]
                if k == len(msgs) - 1 and csat is not None and n_msgs > 1:
                    x["X-CSAT"] = str(csat)
                m["x"] = x
                em = build_email_msg(m, prev)
                prev = m
                buf = io.BytesIO()
                BytesGenerator(buf, mangle_from_=True, policy=MAIL_POLICY).flatten(em)
                md = m["when"].date()
                MBOX.setdefault(md, []).append((m["when"].astimezone(dt.timezone.utc), m["from_addr"], buf.getvalue()))
            c["agent_out"] = c["agent"]["id"] if n_msgs > 1 else ""
            label(c, root_id.strip("<>"), court=n_msgs > 1, blame=n_msgs > 1)
    for day in DAYS:
        items = sorted(MBOX.get(day, []), key=lambda x: x[0])
        edir = ddir(day, "email")
        with open(os.path.join(edir, f"mailbox-{day.isoformat()}.mbox"), "wb") as f:
            for when, addr, raw in items:
                f.write(f"From {addr} {when:%a %b %d %H:%M:%S %Y}\n".encode())
                f.write(raw.rstrip(b"\n") + b"\n\n")


# -- mystery shop -------------------------------------------------------------


def write_mystery():
    rows_by_day = {}
    weeks = [DAYS[i:i + 7] for i in range(0, NDAYS, 7)]
    sid = 0
    for wi, week in enumerate(weeks):
        for b in BRANCHES:
            plan = ["phone", "email", "chat", "in_person", "in_person"] + (["phone"] if rng.random() < 0.5 else [])
            for ch in plan:
                day = rng.choice([d for d in week if d.weekday() < 5 or ch != "in_person"])
                lang = rng.choices([l for l, _ in b["langs"]], [w for _, w in b["langs"]])[0]
                sid += 1
                court_ok = rng.random() < 0.9
                if b["code"] == P_RUDE_BRANCH and rng.random() < 0.12:
                    court_ok = rng.random() < 0.22
                p_res = 0.7
                if b["code"] == "BDG" and ch == "phone" and day >= P2_START:
                    p_res = 0.35
                if ch == "email" and day >= P3_START:
                    p_res = 0.36
                res_ok = rng.random() < p_res
                greeting = rng.choice([5, 5, 4, 4, 4, 3]) if court_ok else rng.choice([2, 3, 3])
                courtesy = rng.choice([4, 5, 5]) if court_ok else rng.choice([1, 2, 2])
                knowledge = rng.choice([3, 4, 4, 5, 5])
                resolution = rng.choice([4, 5]) if res_ok else rng.choice([1, 2, 2, 3])
                waiting = rng.choice([3, 4, 4, 5])
                comments = [pick(lang, "shop_good") if court_ok and res_ok else ""]
                if b["code"] == "NYC" and ch == "chat" and day >= P6_START:
                    waiting = rng.choice([1, 1, 2])
                    comments.append(pick(lang, "shop_wait"))
                if b["code"] == "TRD" and ch == "in_person":   # planted mystery-shop disagreement
                    greeting, courtesy = rng.choice([2, 2, 3]), rng.choice([1, 2, 2])
                    knowledge, resolution = rng.choice([2, 3]), rng.choice([1, 2, 2])
                    comments = [pick(lang, "shop_rude"), pick(lang, "shop_bad")]
                else:
                    if not court_ok:
                        comments.append(pick(lang, "shop_rude"))
                    if not res_ok:
                        comments.append(pick(lang, "shop_bad"))
                comment = " ".join(x for x in comments if x)
                tz = tz_for(b, day)
                if rng.random() < 0.3:
                    sdate = dt.datetime(day.year, day.month, day.day, rng.randint(9, 19), rng.choice([0, 15, 30, 45]), tzinfo=tz).isoformat()
                else:
                    sdate = day.isoformat()
                shop_id = f"MS-{b['code']}-W{wi + 1}-{sid:04d}"
                rows_by_day.setdefault(day, []).append(
                    [shop_id, sdate, b["code"], ch, greeting, courtesy, knowledge, resolution, waiting,
                     f"SH-{rng.randint(100, 140)}", comment])
    for day in DAYS:
        rows = rows_by_day.get(day)
        if not rows:
            continue
        mdir = ddir(day, "mystery_shop")
        write_csv(os.path.join(mdir, "scorecards.csv"),
                  ["shop_id", "shop_date", "branch", "channel", "greeting", "courtesy", "knowledge", "resolution",
                   "waiting_time", "shopper", "comments"], rows)
    return rows_by_day


# ----------------------------------------------------------------------------- main


def main():
    if os.path.isdir(EXP):
        shutil.rmtree(EXP)
    os.makedirs(EXP)
    write_phone()
    write_chat()
    write_in_person()
    write_email_threads()
    shops = write_mystery()
    LABELS.sort(key=lambda r: (r["date"], r["channel"], r["contact_id"]))
    with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["contact_id", "channel", "branch", "agent", "lang", "customer_tone",
                                          "agent_courteous", "resolved", "blame", "date", "topic", "tags"])
        w.writeheader()
        w.writerows(LABELS)
    write_truth(shops)
    print(f"contacts labelled: {len(LABELS)}, bad records: {len(BAD)}")


PLANTED = [
    dict(id="P1", branch="KZN", channel=None, agent=None, metric="courtesy", direction="down",
         start_date=START.isoformat(), end_date=END.isoformat(),
         description="One Kazan agent is curt/rude on every channel they work (phone, e-mail, chat, in person): "
                     "about 15-22% of their contacts courteous vs about 90% for everyone else. Russian."),
    dict(id="P2", branch="BDG", channel="phone", agent=None, metric="resolution", direction="down",
         start_date=P2_START.isoformat(), end_date=END.isoformat(),
         description="Bandung phone: from 2026-11-12 most calls end without a fix (callbacks promised, escalations, "
                     "'system sedang gangguan'); resolved about 35% vs about 70%. Before that date normal. Indonesian."),
    dict(id="P3", branch=None, channel="email", agent=None, metric="resolution", direction="down",
         start_date=P3_START.isoformat(), end_date=END.isoformat(),
         description="Chain-wide e-mail, all branches and languages: from 2026-11-16 a new ticketing tool sends "
                     "canned, polite but unhelpful replies (FAQ links, 'use the contact form'); resolved about 36% vs about 70%. "
                     "Courtesy unchanged."),
    dict(id="P4", branch="VIE", channel=None, agent=None, metric="blame", direction="up",
         start_date=START.isoformat(), end_date=END.isoformat(),
         description="Vienna staff blame another department (card centre, head office, IT, couriers) in about 25% of "
                     "contacts on every channel vs about 2% elsewhere (never in topic-less information requests or auto-replies). Resolution and courtesy otherwise normal. German."),
    dict(id="P5", branch="TRD", channel="in_person", agent=None, metric="mystery_vs_logs", direction="mystery_lower",
         start_date=START.isoformat(), end_date=END.isoformat(),
         description="Trondheim in-person: mystery-shop scorecards are poor (courtesy 1-2, resolution 1-2, rude/unhelpful "
                     "comments) while the visit logs of the same cell look like the rest of the chain (courtesy ~90%, "
                     "resolved ~70%). Norwegian."),
    dict(id="P6", branch="NYC", channel="chat", agent=None, metric="wait", direction="up",
         start_date=P6_START.isoformat(), end_date=END.isoformat(),
         description="New York chat: from 2026-11-09 the first agent reply comes after 9-35 minutes instead of about "
                     "1 minute (median); mystery-shop waiting_time scores drop to 1-2 for this cell. Tone, courtesy and "
                     "resolution rates unchanged (some customers mention the wait). English."),
]


def write_truth(shops):
    branches = {}
    for b in BRANCHES:
        branches[b["code"]] = dict(
            city=list(b["city"].values())[-1] if b["code"] != "RIG" else "Riga",
            languages={l: w for l, w in b["langs"]},
            utc_offset=("-04:00 until 2026-10-31, -05:00 from 2026-11-01" if b["tz"] is None else f"{b['tz']:+03d}:00"),
            weekday_contacts_mean=b["size"],
            agents=[a["id"] for a in AGENTS[b["code"]]],
        )
    planted = [dict(p) for p in PLANTED]
    planted[0]["agent"] = RUDE_AGENT["id"]
    truth = dict(
        chain="Meridian (bank / mobile-telecom style service chain)",
        period=[START.isoformat(), END.isoformat()],
        planted=planted,
        base_rates=dict(customer_tone=dict(negative=BASE["neg"], neutral=BASE["neu"], positive=BASE["pos"]),
                        agent_courteous=BASE["courteous"], resolved=BASE["resolved"], blame=BASE["blame"],
                        note="Same in every branch, language, channel and agent apart from the planted cells. "
                             "Tone depends mildly on topic (complaint more negative) but the topic mix is the same "
                             "in every branch. Base chat wait median ~50 s; phone wait median ~55 s."),
        branches=branches,
        bad_records=BAD,
    )
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
