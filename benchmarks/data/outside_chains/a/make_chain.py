#!/usr/bin/env python3
"""Deterministic generator for the outside test chain "Kestrel" (chain A).

Writes exports/<date>/{phone,email,chat,in_person,mystery_shop}/..., truth.json and
labels.csv next to this script.  Standard library only.  Phrase banks live in texts/.

    python3 make_chain.py            # writes everything (about 30 s)
"""
import csv
import datetime as dt
import io
import json
import math
import os
import random
import re
import shutil
import statistics
import sys
from collections import defaultdict
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "texts"))
import text_de  # noqa: E402
import text_en  # noqa: E402
import text_id  # noqa: E402
import text_nb  # noqa: E402
import text_ru  # noqa: E402

BANKS = {"en": text_en, "de": text_de, "id": text_id, "nb": text_nb, "ru": text_ru}

SEED = 20261102
START = dt.date(2026, 11, 2)
END = dt.date(2026, 11, 29)
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
BRAND = "Kestrel"
OUT = os.path.join(HERE, "exports")

BRANCHES = {
    "LDN": dict(lang="en", tz=0, cur="GBP", mail="eml"),
    "MCR": dict(lang="en", tz=0, cur="GBP", mail="mbox"),
    "BER": dict(lang="de", tz=1, cur="EUR", mail="eml"),
    "HAM": dict(lang="de", tz=1, cur="EUR", mail="mbox"),
    "JKT": dict(lang="id", tz=7, cur="IDR", mail="eml"),
    "SUB": dict(lang="id", tz=7, cur="IDR", mail="mbox"),
    "OSL": dict(lang="nb", tz=1, cur="NOK", mail="eml"),
    "BGO": dict(lang="nb", tz=1, cur="NOK", mail="mbox"),
    "MOW": dict(lang="ru", tz=3, cur="RUB", mail="eml"),
    "LED": dict(lang="ru", tz=3, cur="RUB", mail="mbox"),
}
BR_LIST = list(BRANCHES)
CHANNELS = ["phone", "email", "chat", "in_person"]
CH_WEIGHTS = [0.30, 0.17, 0.35, 0.18]
TOPICS = ["billing", "card", "account", "delivery", "complaint", "technical"]
TOPIC_W = [0.20, 0.14, 0.15, 0.22, 0.12, 0.17]

# ------------------------------------------------------------------ base rates
BASE = {
    "customer_tone": {"negative": 0.30, "neutral": 0.55, "positive": 0.15},
    "agent_courteous": 0.92,
    "resolved": 0.75,
    "blame": 0.02,
    "english_share_in_non_english_branches": 0.10,
    "csat_present": 0.30,
    "phone_wait_seconds_median": 45,
    "chat_wait_seconds_median": 50,
    "email_first_reply_hours": [1.5, 22],
    "repeat_contact_prob_after_unresolved": 0.45,
    "repeat_contact_prob_after_resolved": 0.07,
    "channel_share": dict(zip(CHANNELS, CH_WEIGHTS)),
    "topic_share": dict(zip(TOPICS, TOPIC_W)),
}

D16 = dt.date(2026, 11, 16)
D19 = dt.date(2026, 11, 19)
PLANTED = [
    {"id": "P1", "branch": "MCR", "channel": "phone", "agent": None, "metric": "courtesy",
     "direction": "worse", "start_date": "2026-11-02", "end_date": "2026-11-29",
     "description": "Manchester phone agents are curt/dismissive in about 70% of calls for the whole "
                    "period (base: 8% of contacts). English. MCR mystery-shop phone scorecards agree "
                    "(low courtesy), so this is NOT a mystery-vs-logs case."},
    {"id": "P2", "branch": "OSL", "channel": "chat", "agent": None, "metric": "resolution",
     "direction": "worse", "start_date": "2026-11-16", "end_date": "2026-11-29",
     "description": "Oslo chat: from 2026-11-16 onwards only about 35% of chats are resolved (base 75%; "
                    "OSL chat before 11-16 is normal). Drift. Norwegian Bokmal. Unresolved chats end with "
                    "callback/escalation/no-help texts; courtesy stays normal. OSL chat mystery shops "
                    "after 11-16 also score resolution low."},
    {"id": "P3", "branch": "BER", "channel": None, "agent": "ber-a04", "metric": "blame",
     "direction": "worse", "start_date": "2026-11-02", "end_date": "2026-11-29",
     "description": "Single Berlin agent ber-a04 (works phone, chat and e-mail) blames other departments "
                    "(warehouse, billing, courier, IT) in about 55% of their contacts (base 2%). German. "
                    "Courtesy and resolution of this agent are at base rates."},
    {"id": "P4", "branch": "MOW", "channel": "chat", "agent": None, "metric": "mystery_vs_logs",
     "direction": "worse", "start_date": "2026-11-02", "end_date": "2026-11-29",
     "description": "Moscow: mystery-shop scorecards for chat rate courtesy 4-5 every time (and greeting "
                    "high), while the real MOW chat logs show curt agents in about 60% of chats. Russian. "
                    "The same cell is also listed as P4b (courtesy) because the logs themselves are "
                    "out of line."},
    {"id": "P4b", "branch": "MOW", "channel": "chat", "agent": None, "metric": "courtesy",
     "direction": "worse", "start_date": "2026-11-02", "end_date": "2026-11-29",
     "description": "Moscow chat logs: curt agents in about 60% of chats (base 8%). Same underlying "
                    "problem as P4, seen from the logs alone."},
    {"id": "P5", "branch": "SUB", "channel": "phone", "agent": None, "metric": "wait",
     "direction": "worse", "start_date": "2026-11-02", "end_date": "2026-11-29",
     "description": "Surabaya phone: wait_seconds median about 520 s (base about 45 s) for the whole "
                    "period. Indonesian. Some negative callers mention the long wait; tone, courtesy and "
                    "resolution are at base rates. SUB phone mystery shops score the 'wait' criterion low."},
    {"id": "P6", "branch": "LED", "channel": "in_person", "agent": None, "metric": "negative_tone",
     "direction": "worse", "start_date": "2026-11-19", "end_date": "2026-11-29",
     "description": "St Petersburg in-person visits: from 2026-11-19 about 70% of customers are negative "
                    "(base 30%), positive drops to 5%. Russian. Courtesy and resolution unchanged. "
                    "Visible in the customer 'comment' field (about 25% of comments are empty)."},
]


def rates_for(br, ch, agent, day):
    p_neg, p_pos = 0.30, 0.15
    p_court, p_res, p_blame = 0.92, 0.75, 0.02
    if br == "MCR" and ch == "phone":
        p_court = 0.30
    if br == "OSL" and ch == "chat" and day >= D16:
        p_res = 0.35
    if agent == "ber-a04":
        p_blame = 0.55
    if br == "MOW" and ch == "chat":
        p_court = 0.40
    if br == "LED" and ch == "in_person" and day >= D19:
        p_neg, p_pos = 0.70, 0.05
    return p_neg, p_pos, p_court, p_res, p_blame


def wait_for(br, ch, rng):
    if ch == "phone":
        if br == "SUB":
            return int(min(2400, rng.lognormvariate(math.log(520), 0.45)))
        return int(min(1500, 5 + rng.lognormvariate(math.log(40), 0.8)))
    if ch == "chat":
        return int(min(1200, 8 + rng.lognormvariate(math.log(42), 0.8)))
    if ch == "email":
        return int(rng.uniform(1.5, 22) * 3600)
    return 0


# ------------------------------------------------------------------ helpers
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


TRANSLIT = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o", "å": "a", "é": "e",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s.lower() if c.isalnum() or c in TRANSLIT)


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "id": ["gmail.com", "yahoo.co.id", "gmail.com", "outlook.co.id"],
    "nb": ["online.no", "gmail.com", "hotmail.com", "live.no"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
}


def fmt_amount(val, cur, lang):
    def grp(n, sep):
        return f"{n:,}".replace(",", sep)
    if cur == "GBP":
        return f"£{val:,.2f}" if val % 1 else f"£{int(val)}"
    if cur == "EUR":
        if lang == "de":
            s = f"{val:.2f}".replace(".", ",")
            return s + " €" if int(val * 100) % 3 else s + " Euro"
        return f"€{val:.2f}"
    iv = int(val)
    if cur == "IDR":
        return "Rp " + grp(iv, ".") if lang == "id" else f"IDR {iv:,}"
    if cur == "NOK":
        return (grp(iv, " ") + " kr" if iv % 2 else "kr " + grp(iv, " ")) if lang == "nb" else f"NOK {iv:,}"
    if cur == "RUB":
        return (grp(iv, " ") + " ₽" if iv % 3 else grp(iv, " ") + " руб.") if lang == "ru" else f"{iv:,} roubles"
    return str(val)


def rand_amount(cur, rng):
    if cur in ("GBP", "EUR"):
        v = rng.uniform(9, 620)
        r = rng.random()
        if r < 0.4:
            return float(int(v)) + 0.99
        if r < 0.7:
            return float(int(v))
        return round(v, 2)
    if cur == "NOK":
        return rng.randint(9, 700) * 10 - 1
    if cur == "RUB":
        return rng.randint(5, 600) * 100 - 10
    return rng.randint(5, 900) * 10000


def cap(s):
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
        if c not in " \"'«„(¿¡-–…":
            return s
    return s


class Ctx:
    pass


GENDER_ALT = re.compile(r"\[\[([ca]):([^|\]]*)\|([^\]]*)\]\]")


DOUBLE_DOT = re.compile(r"(\d\.)\.(?!\.)")


def fill_text(t, ctx):
    """Fill {slots}; [[c:male|female]] / [[a:male|female]] pick by customer / agent gender."""
    def alt(m):
        g = ctx.cust["gender"] if m.group(1) == "c" else ctx.agent_gender
        return m.group(3) if g == "f" else m.group(2)
    if "[[" in t:
        t = GENDER_ALT.sub(alt, t)
    out = t.format_map(ctx.slots).strip()
    return DOUBLE_DOT.sub(r"\1", out)


# ------------------------------------------------------------------ the text engine
class Writer:
    """Fills templates from one language bank for one contact."""

    def __init__(self, ctx, rng):
        self.c = ctx
        self.b = BANKS[ctx.lang]
        self.rng = rng
        self.used = set()

    def pick(self, name_or_list):
        lst = getattr(self.b, name_or_list) if isinstance(name_or_list, str) else name_or_list
        if any("::" in t for t in lst):  # "topic,topic::text" entries only fit some topics
            lst = [t.split("::", 1)[-1] for t in lst
                   if "::" not in t or self.c.topic in t.split("::", 1)[0].split(",")]
        for _ in range(6):
            t = self.rng.choice(lst)
            if t not in self.used or len(lst) < 3:
                break
        self.used.add(t)
        return t

    def fill(self, t):
        return fill_text(t, self.c)

    def s(self, name_or_list):
        return cap(self.fill(self.pick(name_or_list)))

    def join(self, parts):
        out = ""
        for p in parts:
            p = p.strip()
            if not p:
                continue
            if not out:
                out = cap(p)
            elif out.endswith(","):
                out += " " + self.lower_first(p)
            else:
                out += " " + cap(p)
        return out

    def lower_first(self, p):
        first = p.split(" ", 1)[0].strip(",.!?")
        keep = getattr(self.b, "KEEP_CAPS", set()) | self.c.proper
        lw = getattr(self.b, "LOWER_WORDS", None)
        if first in keep or (lw is not None and first not in lw):
            return p
        if self.c.lang == "en" and (first == "I" or first.startswith("I'")):
            return p
        return p[0].lower() + p[1:] if p else p


def make_slots(ctx, rng):
    b = BANKS[ctx.lang]
    br = ctx.branch
    city = b.CITY[br]
    slots = SafeDict()
    if isinstance(city, dict):
        slots.update(city)
    else:
        slots["city"] = city
        slots["city_prep"] = city
    slots.update(ctx.product)
    cur = BRANCHES[br]["cur"]
    a1 = rand_amount(cur, rng)
    a2 = rand_amount(cur, rng) / 3.0
    if cur in ("GBP", "EUR"):
        a2 = round(max(3.0, a2), 2)
    else:
        a2 = max(1, int(a2) // 10 * 10 - (1 if cur == "NOK" else 0))
        if cur == "IDR":
            a2 = max(10000, int(a2) // 1000 * 1000)
    day = ctx.day
    slots.update({
        "brand": BRAND, "name": ctx.cust["first"], "fullname": ctx.cust["first"] + " " + ctx.cust["last"],
        "agent": ctx.agent_name or "", "order": f"KS-{rng.randint(10000000, 99999999)}",
        "invoice": f"INV-2026-{rng.randint(100000, 999999)}", "last4": f"{rng.randint(0, 9999):04d}",
        "custno": str(rng.randint(10000000, 99999999)), "case": f"CS-{rng.randint(100000, 999999)}",
        "amount": fmt_amount(a1, cur, ctx.lang), "amount2": fmt_amount(a2, cur, ctx.lang),
        "date": b.fmt_date(day - dt.timedelta(days=rng.randint(2, 15)), rng),
        "date2": b.fmt_date(day + dt.timedelta(days=rng.randint(1, 7)), rng),
        "days_w": b.days_w(rng.randint(2, 9)), "wdays_w": b.wdays_w(rng.randint(2, 7)),
        "points": str(rng.choice([120, 180, 250, 340, 400, 560, 750, 1200])),
        "device": rng.choice(b.DEVICES), "dept": rng.choice(b.DEPT),
        "prevdate": b.fmt_date(ctx.prev_day, rng) if ctx.prev_day else b.fmt_date(day - dt.timedelta(days=2), rng),
        "time": f"{rng.randint(9, 18)}:{rng.choice(['00', '15', '30', '45'])}",
    })
    ctx.scen = rng.choice(b.SCEN[ctx.topic])
    ctx.ip_idx = rng.randrange(len(b.IP[ctx.topic]))
    ctx.ip = b.IP[ctx.topic][ctx.ip_idx]
    cf = ctx.cust["gender"] == "f"
    af = ctx.agent_gender == "f"
    slots.update({"ge": "а" if cf else "", "ge_sya": "ась" if cf else "ся", "ae": "а" if af else "",
                  "ae_sya": "ась" if af else "ся",
                  "hon": getattr(b, "HON", {}).get(ctx.cust["gender"], "")})
    slots["refname"] = rng.choice(b.REFNAME[ctx.topic])
    ctx.slots = slots
    slots["ref"] = fill_text(rng.choice(b.REF[ctx.topic]), ctx)
    ctx.slots = slots
    ctx.proper = {BRAND, ctx.cust["first"], ctx.cust["last"], ctx.agent_name or "", slots["city"], "Kes"}


def customer_open(w, phone=False, with_details=False, hello=True):
    c = w.c
    b = w.b
    parts = [w.fill(w.pick(b.cust_hello_phone if phone else b.cust_hello))] if hello else []
    if phone and c.tone == "negative" and c.wait >= 420 and w.rng.random() < 0.7:
        parts.append(w.fill(w.pick("wait_complaint")))
    if c.repeat_same_topic:
        parts.append(w.fill(w.pick("repeat_neg" if c.tone == "negative" else "repeat_neu")))
    parts.append(w.fill(w.pick(c.scen["p"])))
    if with_details:
        parts.append(w.fill(w.pick("details")))
    if c.tone == "negative":
        parts.append(w.fill(w.pick("tone_neg")))
        if w.rng.random() < 0.45:
            parts.append(w.fill(w.pick("tone_neg")))
    elif c.tone == "positive":
        parts.append(w.fill(w.pick("tone_pos")))
    else:
        if w.rng.random() < 0.6:
            parts.append(w.fill(w.pick("tone_neu")))
    if c.tone != "negative" and len(parts) > 2 and w.rng.random() < 0.3 and not c.repeat_same_topic:
        # sometimes the friendly/neutral add-on comes first
        tail = parts.pop()
        parts.insert(1 if hello else 0, tail) if tail and not phone else parts.append(tail)
    return w.join(parts)


def agent_turn_curt(w):
    """Curt agents are curt in most, not all, of their turns."""
    return (not w.c.courteous) and w.rng.random() < 0.85


def agent_main(w):
    c = w.c
    curt = not c.courteous
    sfx = "_r" if curt else "_c"
    parts = []
    if c.resolved:
        parts.append(w.fill(w.pick("sol_pre" + sfx)))
        sol = w.fill(w.pick(c.scen["s"]))
        if c.blame:
            bl = w.fill(w.pick("blame_fix"))
            if w.rng.random() < 0.5:
                parts += [bl, sol]
            else:
                parts += [sol, bl]
        else:
            parts.append(sol)
        if w.rng.random() < 0.6:
            parts.append(w.fill(w.pick("sol_post" + sfx)))
    else:
        kind = c.fail_kind if c.fail_kind != "abandoned" else "callback"
        if c.blame:
            parts.append(w.fill(w.pick("blame_push")))
        parts.append(w.fill(w.pick(f"fail_{kind}{sfx}")))
    return w.join(parts)


def customer_close(w):
    c = w.c
    key = ("close_res_" if c.resolved else "close_unres_") + {"negative": "neg", "neutral": "neu",
                                                              "positive": "pos"}[c.tone]
    return w.s(key)


def followup_pair(w):
    """Customer follow-up question and the agent's answer (courteous answers are paired)."""
    pairs = w.b.FU_RES if w.c.resolved else w.b.FU_UNRES
    q, a = w.rng.choice(pairs)
    if agent_turn_curt(w):
        a = w.pick("fu_a_res_r" if w.c.resolved else "fu_a_unres_r")
    return cap(w.fill(q)), cap(w.fill(a))


def agent_close(w):
    c = w.c
    if agent_turn_curt(w):
        return w.s("agent_close_r")
    return w.s("agent_close_res_c" if c.resolved else "agent_close_unres_c")


def build_dialog(ctx, rng, channel):
    """Returns list of (role, text) for chat or phone."""
    w = Writer(ctx, rng)
    phone = channel == "phone"
    turns = []
    short = (not phone) and rng.random() < 0.12 and ctx.fail_kind != "abandoned"
    if phone:
        turns.append(("agent", w.s("agent_greet_phone_r" if agent_turn_curt(w) else "agent_greet_phone_c")))
    if short:
        turns.append(("customer", customer_open(w, phone, with_details=True)))
        parts = [agent_main(w)]
        if rng.random() < 0.5:
            parts.append(agent_close(w))
        turns.append(("agent", w.join(parts)))
        if rng.random() < 0.4:
            turns.append(("customer", customer_close(w)))
        return turns
    ask = rng.random() < 0.78
    turns.append(("customer", customer_open(w, phone, with_details=not ask)))
    if not phone:
        g = w.s("agent_greet_chat_r" if agent_turn_curt(w) else "agent_greet_chat_c")
        if ask:
            a = w.s("ask_r" if agent_turn_curt(w) else "ask_c")
            if rng.random() < 0.6:
                turns.append(("agent", w.join([g, a])))
            else:
                turns += [("agent", g), ("agent", a)]
        else:
            turns.append(("agent", g))
    elif ask:
        turns.append(("agent", w.s("ask_r" if agent_turn_curt(w) else "ask_c")))
    if ask:
        d = [w.fill(w.pick("details"))]
        if ctx.tone == "negative" and rng.random() < 0.3:
            d.append(w.fill(w.pick("tone_neg")))
        turns.append(("customer", w.join(d)))
    if ctx.fail_kind == "abandoned":
        turns.append(("agent", w.s("hold_r" if agent_turn_curt(w) else "hold_c")))
        if phone:
            turns.append(("customer", w.s("phone_drop")))
        else:
            if rng.random() < 0.5:
                turns.append(("agent", w.s("fu_a_unres_r" if agent_turn_curt(w) else "hold_c")))
            turns.append(("system", w.s("chat_left")))
        return turns
    if rng.random() < 0.45:
        turns.append(("agent", w.s("hold_r" if agent_turn_curt(w) else "hold_c")))
    turns.append(("agent", agent_main(w)))
    if rng.random() < 0.33:
        q, a = followup_pair(w)
        turns += [("customer", q), ("agent", a)]
    if rng.random() < 0.88:
        turns.append(("customer", customer_close(w)))
        if rng.random() < 0.7:
            turns.append(("agent", agent_close(w)))
    elif rng.random() < 0.5:
        turns.append(("agent", agent_close(w)))
    return turns[:12]


def speechify(turns, ctx, rng):
    """Make phone turns read like speech-to-text output."""
    b = BANKS[ctx.lang]
    out = []
    for i, (role, text) in enumerate(turns):
        if role == "customer":
            if rng.random() < 0.35:
                f = rng.choice(b.fillers_c)
                text = cap(f) + " " + Writer(ctx, rng).lower_first(text)
            if rng.random() < 0.2 and ", " in text and len(text.split()) > 9:
                k = text.index(", ")
                text = text[:k] + ", " + rng.choice(b.fillers_c) + " " + text[k + 2:]
            sents = [s for s in text.replace("? ", "?|").replace(". ", ".|").replace("! ", "!|").split("|") if s]
            if len(sents) >= 3 and rng.random() < 0.5:
                k = rng.randint(1, len(sents) - 1)
                out.append((role, " ".join(sents[:k])))
                out.append(("agent", rng.choice(b.backchannel_a)))
                out.append((role, cap(" ".join(sents[k:]))))
                continue
        elif role == "agent" and i > 0 and rng.random() < 0.15:
            text = cap(rng.choice(b.fillers_a)) + " " + Writer(ctx, rng).lower_first(text)
        out.append((role, text))
        if role == "agent" and i > 0 and rng.random() < 0.12 and i < len(turns) - 1 and turns[i + 1][0] == "agent":
            out.append(("customer", rng.choice(b.backchannel_c)))
    # merge accidental consecutive same-speaker turns only when both are short backchannels: keep as is
    return out


# ------------------------------------------------------------------ e-mail
def build_email_thread(ctx, rng):
    """Returns list of dicts {role, body} (without quoting); staff turns courteous/curt by label."""
    w = Writer(ctx, rng)
    b = w.b
    n = ctx.email_n
    msgs = []

    def c_body(core):
        return w.join([w.fill(w.pick("mail_c_greet"))]) + "\n\n" + core + "\n\n" + w.fill(w.pick("mail_c_sign"))

    def a_body(core, close=False):
        curt = agent_turn_curt(w) if not close else (not ctx.courteous)
        head = w.fill(w.pick("mail_a_greet_r" if curt else "mail_a_greet_c"))
        opening = w.fill(w.pick("mail_a_open_r" if curt else "mail_a_open_c"))
        body = (head + "\n\n" if head else "") + w.join([opening, core])
        if close:
            body += "\n\n" + agent_close(w)
        return body + "\n\n" + w.fill(w.pick("mail_a_sign_r" if curt else "mail_a_sign_c"))

    ask_variant = n == 4 and rng.random() < 0.5
    if n == 1:
        msgs.append({"role": "customer", "body": c_body(customer_open(w, with_details=rng.random() < 0.7, hello=False))})
        return msgs
    if ask_variant:
        msgs.append({"role": "customer", "body": c_body(customer_open(w, with_details=False, hello=False))})
        msgs.append({"role": "agent", "body": a_body(w.s("ask_r" if agent_turn_curt(w) else "ask_c"))})
        d = [w.fill(w.pick("details"))]
        if ctx.tone == "negative":
            d.append(w.fill(w.pick("tone_neg")))
        msgs.append({"role": "customer", "body": c_body(w.join(d))})
        msgs.append({"role": "agent", "body": a_body(agent_main(w), close=rng.random() < 0.4)})
        return msgs
    msgs.append({"role": "customer", "body": c_body(customer_open(w, with_details=rng.random() < 0.8, hello=False))})
    msgs.append({"role": "agent", "body": a_body(agent_main(w), close=(n == 2 and rng.random() < 0.4))})
    if n == 3:
        msgs.append({"role": "customer", "body": c_body(customer_close(w))})
    elif n == 4:
        q, a = followup_pair(w)
        msgs.append({"role": "customer", "body": c_body(q)})
        msgs.append({"role": "agent", "body": a_body(a, close=True)})
    return msgs


def quote_block(prev_body, prev_from_name, prev_addr, prev_time, prev_subj, lang, rng, outlook):
    b = BANKS[lang]
    qdate = b.fmt_mail_date(prev_time) if hasattr(b, "fmt_mail_date") else prev_time.strftime("%d %b %Y %H:%M")
    if outlook:
        hdr = text_en.outlook_header.format(qname=prev_from_name, qaddr=prev_addr,
                                            qdate=format_datetime(prev_time), qsubj=prev_subj)
        return hdr + "\n\n" + prev_body
    hdr = rng.choice(b.quote_header).format(qdate=qdate, qname=prev_from_name, qaddr=prev_addr)
    quoted = "\n".join(("> " + ln) if ln and not ln.startswith(">") else (">" + ln if ln else ">")
                       for ln in prev_body.split("\n"))
    return hdr + "\n" + quoted


# ------------------------------------------------------------------ in person
def build_visit_text(ctx, rng):
    w = Writer(ctx, rng)
    comment = ""
    if rng.random() >= 0.25:
        parts = []
        if ctx.tone == "negative":
            pool = "ip_tone_neg_visit" if (not ctx.resolved or not ctx.courteous) and rng.random() < 0.6 else "ip_tone_neg"
        elif ctx.tone == "positive":
            pool = "ip_tone_pos" if ctx.resolved else "ip_tone_pos_unres"
        else:
            pool = "ip_tone_neu"
        t = w.fill(w.pick(pool))
        if rng.random() < 0.7:
            parts.append(w.fill(ctx.ip[0]))
        if rng.random() < 0.85:
            parts.append(w.fill(w.pick("ip_res" if ctx.resolved else "ip_unres")))
        if not ctx.courteous and rng.random() < 0.8:
            parts.append(w.fill(w.pick("ip_staff_r")))
        elif ctx.courteous and rng.random() < (0.35 if ctx.tone != "negative" else 0.1):
            parts.append(w.fill(w.pick("ip_staff_c")))
        if ctx.blame and rng.random() < 0.85:
            parts.append(w.fill(w.pick("ip_blame")))
        if ctx.tone == "negative" and rng.random() < 0.4:
            parts.append(w.fill(w.pick("ip_tone_neg")))
        if rng.random() < 0.5:
            parts.insert(0, t)
        else:
            parts.append(t)
        comment = w.join(parts)
    # staff write their note in the branch language, whatever the customer's language
    nctx = Ctx()
    nctx.__dict__.update(ctx.__dict__)
    blang = BRANCHES[ctx.branch]["lang"]
    nb_ = BANKS[blang]
    nctx.lang = blang
    nctx.slots = SafeDict(ctx.slots)
    nctx.slots.update(nb_.PRODUCTS[ctx.prod_idx])
    city = nb_.CITY[ctx.branch]
    nctx.slots.update(city if isinstance(city, dict) else {"city": city, "city_prep": city})
    nw = Writer(nctx, rng)
    note = [nw.fill(nb_.IP[ctx.topic][ctx.ip_idx][1]), nw.fill(nw.pick("note_res" if ctx.resolved else "note_unres"))]
    if not ctx.courteous and rng.random() < 0.8:
        note.append(nw.fill(nw.pick("note_r")))
    if ctx.blame:
        note.insert(1, nw.fill(nw.pick("note_blame")))
    return comment, nw.join(note)


# ------------------------------------------------------------------ world
def make_world(rng):
    branches = {}
    for bi, br in enumerate(BR_LIST):
        lang = BRANCHES[br]["lang"]
        b = BANKS[lang]
        n = rng.randint(6, 10)
        pool = [(f, "f") for f in b.NAMES_F] + [(m, "m") for m in b.NAMES_M]
        rng.shuffle(pool)
        agents = []
        for k in range(n):
            chans = rng.sample(CHANNELS, rng.choice([2, 2, 3, 3, 4]))
            agents.append({"id": f"{br.lower()}-a{k + 1:02d}", "name": pool[k][0], "gender": pool[k][1],
                           "channels": chans})
        if br == "BER":
            while len(agents) < 4:
                agents.append({"id": f"ber-a{len(agents) + 1:02d}", "name": pool[len(agents)][0],
                               "gender": pool[len(agents)][1], "channels": []})
            agents[3]["channels"] = ["phone", "chat", "email"]
        for ch in CHANNELS:  # every channel at least 2 agents
            have = [a for a in agents if ch in a["channels"]]
            for a in agents:
                if len(have) >= 2:
                    break
                if ch not in a["channels"] and a["id"] != "ber-a04":
                    a["channels"].append(ch)
                    have.append(a)
        for a in agents:
            a["channels"] = [ch for ch in CHANNELS if ch in a["channels"]]
        branches[br] = {"index": bi, "agents": agents, "customers": [], "next_cust": 0}
    return branches


def new_customer(world, br, rng):
    info = world[br]
    lang = BRANCHES[br]["lang"]
    if lang != "en" and rng.random() < 0.10:
        lang = "en"
    b = BANKS[lang]
    g = rng.choice("fm")
    first = rng.choice(b.NAMES_F if g == "f" else b.NAMES_M)
    last = rng.choice(b.SURNAMES_F if g == "f" else b.SURNAMES)
    info["next_cust"] += 1
    cid = f"cust-{info['index']}{info['next_cust']:05d}"
    local = translit(first) + rng.choice([".", "_", ""]) + translit(last) + rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2004))])
    cust = {"id": cid, "lang": lang, "first": first, "last": last, "gender": g,
            "email": f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"}
    info["customers"].append(cust)
    return cust


def local_dt(day, br, rng, h0, h1):
    tz = dt.timezone(dt.timedelta(hours=BRANCHES[br]["tz"]))
    secs = rng.randint(h0 * 3600, h1 * 3600 - 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=tz) + dt.timedelta(seconds=secs)


def iso(t):
    return t.isoformat(timespec="seconds")


def isoz(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def csat_for(ctx, rng):
    if rng.random() >= 0.30:
        return None
    m = 4.4 if ctx.resolved else 2.3
    if not ctx.courteous:
        m -= 1.2
    if ctx.blame:
        m -= 0.4
    m += {"negative": -0.5, "neutral": 0.0, "positive": 0.4}[ctx.tone]
    return int(max(1, min(5, round(rng.gauss(m, 0.7)))))


FAIL_KINDS = {
    "phone": (["callback", "escalate", "transfer", "nohelp", "abandoned"], [0.33, 0.22, 0.17, 0.20, 0.08]),
    "chat": (["callback", "escalate", "transfer", "nohelp", "abandoned"], [0.30, 0.25, 0.10, 0.27, 0.08]),
    "email": (["callback", "escalate", "transfer", "nohelp"], [0.30, 0.35, 0.05, 0.30]),
    "in_person": (["callback", "escalate", "transfer", "nohelp"], [0.30, 0.30, 0.10, 0.30]),
}
OUTCOME = {"callback": "CALLBACK", "escalate": "ESCALATED", "transfer": "TRANSFERRED",
           "abandoned": "ABANDONED", "nohelp": ""}


def generate():
    master = random.Random(SEED)
    world = make_world(master)
    followups = defaultdict(list)
    contacts = []
    for day in DAYS:
        for br in BR_LIST:
            rng = random.Random(f"{SEED}/{br}/{day.isoformat()}")
            info = world[br]
            n = rng.randint(35, 50)
            due = followups.pop((br, day), [])
            rng.shuffle(due)
            items = due[:n]
            for fu in due[n:]:  # overflow moves to the next day
                followups[(br, day + dt.timedelta(days=1))].append(fu)
            while len(items) < n:
                if info["customers"] and rng.random() < 0.25:
                    cust = rng.choice(info["customers"])
                else:
                    cust = new_customer(world, br, rng)
                items.append({"cust": cust, "topic": rng.choices(TOPICS, TOPIC_W)[0], "prev": None,
                              "prev_channel": None, "same_topic": False})
            for it in items:
                ch = rng.choices(CHANNELS, CH_WEIGHTS)[0]
                if it["prev_channel"] and rng.random() < 0.5:
                    ch = it["prev_channel"]
                contacts.append(make_contact(world, br, day, ch, it, rng, followups))
    return world, contacts


def make_contact(world, br, day, ch, it, rng, followups):
    ctx = Ctx()
    ctx.branch, ctx.day, ctx.channel = br, day, ch
    ctx.cust = it["cust"]
    ctx.lang = ctx.cust["lang"]
    ctx.topic = it["topic"]
    ctx.prev_day = it["prev"]
    ctx.repeat_same_topic = it["same_topic"]
    ctx.is_followup = it["prev"] is not None
    agents = [a for a in world[br]["agents"] if ch in a["channels"]]
    ag = rng.choice(agents)
    ctx.agent, ctx.agent_name, ctx.agent_gender = ag["id"], ag["name"], ag["gender"]
    if ctx.lang == "en" and not ag["name"].isascii():  # expat customers get the latin spelling
        ctx.agent_name = translit(ag["name"]).capitalize()
    p_neg, p_pos, p_court, p_res, p_blame = rates_for(br, ch, ctx.agent, day)
    r = rng.random()
    ctx.tone = "negative" if r < p_neg else ("positive" if r < p_neg + p_pos else "neutral")
    ctx.courteous = rng.random() < p_court
    ctx.resolved = rng.random() < p_res
    ctx.blame = rng.random() < p_blame
    kinds, kw = FAIL_KINDS[ch]
    ctx.fail_kind = None if ctx.resolved else rng.choices(kinds, kw)[0]
    if ctx.blame and ctx.fail_kind == "abandoned":
        ctx.fail_kind = "callback"
    ctx.outcome = "RESOLVED" if ctx.resolved else OUTCOME[ctx.fail_kind]
    ctx.transfers = 1 if ctx.fail_kind == "transfer" else (1 if ctx.resolved and rng.random() < 0.08 else 0)
    ctx.wait = wait_for(br, ch, rng)
    ctx.prod_idx = rng.randrange(len(BANKS[ctx.lang].PRODUCTS))
    ctx.product = BANKS[ctx.lang].PRODUCTS[ctx.prod_idx]
    ctx.csat = csat_for(ctx, rng)
    ctx.email_n = None
    if ch == "email":
        if day >= END - dt.timedelta(days=1) and rng.random() < 0.25:
            ctx.email_n = 1
        else:
            ctx.email_n = rng.choices([2, 3, 4], [0.5, 0.32, 0.18])[0]
    make_slots(ctx, rng)
    # schedule a repeat contact
    p_rep = 0.45 if not ctx.resolved else 0.07
    if rng.random() < p_rep:
        later = day + dt.timedelta(days=rng.randint(1, 4) if not ctx.resolved else rng.randint(2, 7))
        if later <= END:
            same = not ctx.resolved
            followups[(br, later)].append({"cust": ctx.cust, "topic": ctx.topic if same else rng.choices(TOPICS, TOPIC_W)[0],
                                           "prev": day, "prev_channel": ch, "same_topic": same})
    # text
    if ch in ("phone", "chat"):
        ctx.turns = build_dialog(ctx, rng, ch)
        if ch == "phone":
            ctx.turns = speechify(ctx.turns, ctx, rng)
    elif ch == "email":
        ctx.mails = build_email_thread(ctx, rng)
        if ctx.email_n == 1:
            ctx.agent, ctx.agent_name = None, None
            ctx.outcome = ""
            ctx.csat = None
    else:
        ctx.comment, ctx.note = build_visit_text(ctx, rng)
    ctx.bad = ""
    return ctx


# ------------------------------------------------------------------ writing
def write_all(world, contacts):
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    rng = random.Random(f"{SEED}/write")
    calls = defaultdict(list)        # day -> rows
    transcripts = defaultdict(list)  # day -> (call_id, obj)
    chats = defaultdict(list)        # (day, br) -> line strings
    visits = defaultdict(list)       # (day, br) -> rows
    mails = defaultdict(list)        # (day, br) -> (time, EmailMessage)
    seq = defaultdict(int)
    bad_records = []
    quirks = []

    # choose rows to damage (deterministic)
    phone_ids = [i for i, c in enumerate(contacts) if c.channel == "phone"]
    chat_ids = [i for i, c in enumerate(contacts) if c.channel == "chat"]
    ip_ids = [i for i, c in enumerate(contacts) if c.channel == "in_person"]
    bad_call_date = set(rng.sample(phone_ids, 18))
    bad_chat_json = set(rng.sample(chat_ids, 12))
    bad_ip_short = set(rng.sample(ip_ids, 5))
    bad_ip_date = set(rng.sample([i for i in ip_ids if i not in bad_ip_short], 6))
    bad_dates = ["2026-11-31T10:12:00+00:00", "31.11.2026 14:05", "2026-13-05 10:00", "", "n/a",
                 "14:32", "2026/11/07 09:15", "00.00.0000 00:00", "yesterday"]

    for i, c in enumerate(contacts):
        br, day = c.branch, c.day
        seq[(br, day, c.channel)] += 1
        k = seq[(br, day, c.channel)]
        ymd = day.strftime("%Y%m%d")
        if c.channel == "phone":
            cid = f"C-{ymd}-{br}{k:04d}"
            c.contact_id = cid
            t0 = local_dt(day, br, rng, 8, 20)
            t = 0.0
            tturns = []
            for role, text in c.turns:
                t += rng.uniform(0.2, 1.4)
                dur = max(0.8, len(text.split()) * rng.uniform(0.32, 0.45) + rng.uniform(0.2, 0.8))
                tturns.append({"speaker": role, "start": round(t, 1), "end": round(t + dur, 1), "text": text})
                t += dur
                if role == "agent" and any(x in text.lower() for x in BANKS[c.lang].HOLD_MARKERS):
                    t += rng.uniform(15, 90)
            talk = int(t + rng.uniform(2, 8))
            start = t0
            end = t0 + dt.timedelta(seconds=c.wait + talk)
            c.start = start
            row = {"call_id": cid, "branch": br, "agent": c.agent, "customer": c.cust["id"],
                   "start": iso(start), "end": iso(end), "wait_seconds": c.wait, "transfers": c.transfers,
                   "outcome": c.outcome, "csat": c.csat if c.csat else "", "topic": c.topic, "lang": c.lang}
            if i in bad_call_date:
                bd = rng.choice(bad_dates)
                row["start"] = bd
                c.bad = f"bad start date {bd!r} in phone/calls.csv"
                bad_records.append({"kind": "bad_date", "file": f"exports/{day}/phone/calls.csv",
                                    "id": cid, "detail": f"start={bd!r}"})
            calls[day].append(row)
            if rng.random() < 0.5:
                obj = {"call_id": cid, "language": c.lang, "turns": tturns}
            else:  # diarised variant with speaker map
                a_lab, c_lab = ("spk_0", "spk_1") if rng.random() < 0.5 else ("spk_1", "spk_0")
                obj = {"call_id": cid, "language": c.lang,
                       "speakers": {a_lab: "agent", c_lab: "customer"},
                       "turns": [dict(tt, speaker=a_lab if tt["speaker"] == "agent" else c_lab) for tt in tturns]}
            transcripts[day].append((cid, obj))
        elif c.channel == "chat":
            cid = f"CH-{br}-{ymd}-{k:04d}"
            c.contact_id = cid
            t = local_dt(day, br, rng, 8, 22)
            c.start = t
            msgs = []
            first_agent = True
            if rng.random() < 0.35:
                pass
            for j, (role, text) in enumerate(c.turns):
                if role == "agent" and first_agent:
                    if j > 0 and rng.random() < 0.4:
                        msgs.append({"ts": isoz(t + dt.timedelta(seconds=2)), "role": "bot",
                                     "text": Writer(c, rng).s("bot_hello")})
                    t = t + dt.timedelta(seconds=c.wait)
                    if rng.random() < 0.3:
                        msgs.append({"ts": isoz(t - dt.timedelta(seconds=1)), "role": "system",
                                     "text": Writer(c, rng).s("sys_joined")})
                    first_agent = False
                elif j > 0:
                    t = t + dt.timedelta(seconds=int(8 + len(text) * rng.uniform(0.25, 0.6)))
                msgs.append({"ts": isoz(t), "role": role, "text": text})
            ended = t + dt.timedelta(seconds=rng.randint(5, 90))
            obj = {"conversation_id": cid, "branch": br, "agent": c.agent, "customer": c.cust["id"],
                   "started_at": isoz(c.start), "ended_at": isoz(ended), "topic": c.topic}
            if c.csat:
                obj["csat"] = c.csat
            obj["transfers"] = c.transfers
            if c.outcome:
                obj["outcome"] = c.outcome
            obj["lang"] = c.lang
            obj["messages"] = msgs
            line = json.dumps(obj, ensure_ascii=False)
            if i in bad_chat_json:
                cut = rng.randint(len(line) // 3, len(line) - 20)
                line = line[:cut]
                c.bad = "chat line truncated (broken JSON)"
                bad_records.append({"kind": "broken_json", "file": f"exports/{day}/chat/chat_{br}.jsonl",
                                    "id": cid, "detail": f"line cut after {cut} characters"})
            chats[(day, br)].append((c.start, line))
        elif c.channel == "in_person":
            vid = f"V-{ymd}-{br}{k:03d}"
            c.contact_id = vid
            t0 = local_dt(day, br, rng, 9, 19)
            c.start = t0
            t1 = t0 + dt.timedelta(seconds=rng.randint(240, 2400))
            row = [vid, br, c.agent, c.cust["id"] if rng.random() < 0.65 else "", iso(t0), iso(t1), c.topic,
                   c.outcome, c.csat if (c.csat and rng.random() < 1.0) else "", c.comment, c.note]
            if i in bad_ip_short:
                row = row[:6]
                c.bad = "short row in in_person csv"
                bad_records.append({"kind": "short_row", "file": f"exports/{day}/in_person/visits_{br}.csv",
                                    "id": vid, "detail": "row has 6 of 11 fields"})
            elif i in bad_ip_date:
                bd = rng.choice(bad_dates[:3] + bad_dates[5:])
                row[4] = bd
                c.bad = f"bad time_in {bd!r}"
                bad_records.append({"kind": "bad_date", "file": f"exports/{day}/in_person/visits_{br}.csv",
                                    "id": vid, "detail": f"time_in={bd!r}"})
            visits[(day, br)].append((t0, row))
        else:
            emit_email(c, rng, mails)

    # orphan transcripts
    for j in range(6):
        src = contacts[rng.choice(phone_ids)]
        day = rng.choice(DAYS)
        oid = f"C-{day.strftime('%Y%m%d')}-{src.branch}9{j + 1:03d}"
        obj = {"call_id": oid, "language": src.lang,
               "turns": [{"speaker": tt[0], "start": float(2 * n), "end": float(2 * n + 1.5), "text": tt[1]}
                         for n, tt in enumerate(src.turns)]}
        transcripts[day].append((oid, obj))
        bad_records.append({"kind": "orphan_transcript", "file": f"exports/{day}/phone/transcripts/{oid}.json",
                            "id": oid, "detail": "call_id not in any call log (copy of another call's text)"})

    # ---------------- write files
    for day in DAYS:
        base = os.path.join(OUT, day.isoformat())
        # phone
        pdir = os.path.join(base, "phone")
        os.makedirs(os.path.join(pdir, "transcripts"), exist_ok=True)
        cols = ["call_id", "branch", "agent", "customer", "start", "end", "wait_seconds", "transfers",
                "outcome", "csat", "topic", "lang"]
        with open(os.path.join(pdir, "calls.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols)
            wr.writeheader()
            for row in calls[day]:
                wr.writerow(row)
        for cid, obj in transcripts[day]:
            with open(os.path.join(pdir, "transcripts", cid + ".json"), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=1)
        # chat
        cdir = os.path.join(base, "chat")
        os.makedirs(cdir, exist_ok=True)
        for br in BR_LIST:
            lines = [ln for _, ln in sorted(chats[(day, br)], key=lambda x: x[0])]
            if lines:
                with open(os.path.join(cdir, f"chat_{br}.jsonl"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
        # in person
        idir = os.path.join(base, "in_person")
        os.makedirs(idir, exist_ok=True)
        icols = ["visit_id", "branch", "staff", "customer", "time_in", "time_out", "topic", "outcome",
                 "survey_score", "comment", "staff_note"]
        for br in BR_LIST:
            rows = [r for _, r in sorted(visits[(day, br)], key=lambda x: x[0])]
            if not rows:
                continue
            delim = ";" if BRANCHES[br]["lang"] == "de" else ","
            buf = io.StringIO()
            wr = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
            wr.writerow(icols)
            for r in rows:
                wr.writerow(r)
            path = os.path.join(idir, f"visits_{br}.csv")
            if br == "BER" and day == dt.date(2026, 11, 12):
                data = buf.getvalue().encode("cp1252", errors="replace")
                quirks.append({"file": f"exports/{day}/in_person/visits_BER.csv",
                               "detail": "encoded as Windows-1252 instead of UTF-8 (German umlauts), ';' delimiter"})
            elif br == "HAM":
                data = b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
            else:
                data = buf.getvalue().encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
        # e-mail
        edir = os.path.join(base, "email")
        os.makedirs(edir, exist_ok=True)
        for br in BR_LIST:
            items = sorted(mails[(day, br)], key=lambda x: (x[0], x[2]))
            if not items:
                continue
            if BRANCHES[br]["mail"] == "eml":
                for t, msg, mid in items:
                    fn = f"{br}_{t.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%S')}_{mid[1:9]}.eml"
                    with open(os.path.join(edir, fn), "wb") as f:
                        BytesGenerator(f, policy=policy.default).flatten(msg)
            else:
                with open(os.path.join(edir, f"{br}_{day.isoformat()}.mbox"), "wb") as f:
                    for t, msg, mid in items:
                        frm = "MAILER-DAEMON"
                        f.write(f"From {frm} {t.astimezone(dt.timezone.utc).strftime('%a %b %d %H:%M:%S %Y')}\n".encode())
                        BytesGenerator(f, mangle_from_=True, policy=policy.default).flatten(msg)
                        f.write(b"\n")
    quirks.append({"file": "exports/*/in_person/visits_HAM.csv", "detail": "UTF-8 with BOM"})
    quirks.append({"file": "exports/*/in_person/visits_BER.csv, visits_HAM.csv", "detail": "';' delimiter"})
    quirks.append({"file": "exports/*/phone/transcripts/*.json",
                   "detail": "about half use spk_0/spk_1 with a 'speakers' map"})
    quirks.append({"file": "exports/*/email/",
                   "detail": "LDN, BER, JKT, OSL, MOW write one .eml per message; MCR, HAM, SUB, BGO, LED one .mbox per branch per day; threads span export days"})
    return bad_records, quirks


STAFF_ADDR = "service.{br}@kestrel-stores.example"


def emit_email(c, rng, mails):
    b = BANKS[c.lang]
    br = c.branch
    staff_addr = STAFF_ADDR.format(br=br.lower())
    staff_name = f"{BRAND} {b.SERVICE_WORD}"
    t = local_dt(c.day, br, rng, 6, 23)
    c.start = t
    last_allowed = dt.datetime(END.year, END.month, END.day, 23, 59, tzinfo=t.tzinfo)
    topic_subj = rng.choice(b.mail_subject[c.topic]).format_map(c.slots)
    subj = cap(topic_subj)
    prev = None
    root = None
    refs = []
    cust_has_id = rng.random() < 0.7
    html_cust = rng.random() < 0.2
    n = len(c.mails)
    for j, m in enumerate(c.mails):
        if j > 0:
            if m["role"] == "agent" and j == 1:
                gap = c.wait
            else:
                gap = int(rng.uniform(0.4, 20) * 3600)
            nt = t + dt.timedelta(seconds=gap)
            if nt > last_allowed:
                nt = t + dt.timedelta(seconds=max(60, int((last_allowed - t).total_seconds() * rng.uniform(0.2, 0.9))))
            t = nt
            if j == 1 and m["role"] == "agent":
                c.wait = int((t - c.start).total_seconds())
        mid = "<%032x@%s>" % (rng.getrandbits(128),
                              "kestrel-stores.example" if m["role"] == "agent" else c.cust["email"].split("@")[1])
        if root is None:
            root = mid
        msg = EmailMessage()
        if m["role"] == "agent":
            msg["From"] = f"{staff_name} <{staff_addr}>"
            msg["To"] = f"{c.slots['fullname']} <{c.cust['email']}>"
        else:
            msg["From"] = f"{c.slots['fullname']} <{c.cust['email']}>"
            msg["To"] = f"{staff_name} <{staff_addr}>"
        msg["Subject"] = subj if j == 0 else rng.choice(b.reply_prefix) + subj
        msg["Date"] = format_datetime(t)
        msg["Message-ID"] = mid
        if prev:
            msg["In-Reply-To"] = prev["mid"]
            msg["References"] = " ".join(refs)
        msg["Content-Language"] = c.lang
        if m["role"] == "agent":
            msg["X-Branch"] = br
            msg["X-Agent-Id"] = c.agent
            msg["X-Topic"] = c.topic
            if c.transfers:
                msg["X-Transfers"] = str(c.transfers)
            if j == n - 1 or (j == n - 2 and c.mails[-1]["role"] == "customer"):
                if c.outcome:
                    msg["X-Outcome"] = c.outcome
                if c.csat:
                    msg["X-CSAT"] = str(c.csat)
        else:
            if cust_has_id:
                msg["X-Customer-Id"] = c.cust["id"]
            if n == 1:
                msg["X-Branch"] = br
        body = m["body"]
        if prev:
            outlook = m["role"] == "agent" and rng.random() < 0.3 and c.lang in ("en", "id", "nb", "ru")
            body = body + "\n\n" + quote_block(prev["body"], prev["name"], prev["addr"], prev["t"], prev["subj"],
                                               c.lang, rng, outlook)
        cte = None
        if c.lang != "en":
            cte = rng.choice([None, "quoted-printable", "base64"])
        msg.set_content(body, charset="utf-8", cte=cte) if cte else msg.set_content(body, charset="utf-8")
        if m["role"] == "customer" and html_cust and j == 0:
            import html as _h
            html_body = "<html><body>" + "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>"
                                                 for p in m["body"].split("\n\n")) + "</body></html>"
            msg.add_alternative(html_body, subtype="html", charset="utf-8")
            msg.set_boundary("=_kestrel_%016x" % rng.getrandbits(64))  # fixed boundary: reproducible files
        prev = {"mid": mid, "body": body, "name": msg["From"].split(" <")[0],
                "addr": staff_addr if m["role"] == "agent" else c.cust["email"], "t": t, "subj": msg["Subject"]}
        refs.append(mid)
        ld = t.date()
        mails[(ld, br)].append((t, msg, mid))
    c.contact_id = root.strip("<>")


# ------------------------------------------------------------------ labels / truth
def write_labels(contacts):
    path = os.path.join(HERE, "labels.csv")
    cols = ["contact_id", "channel", "branch", "agent", "lang", "customer_tone", "agent_courteous", "resolved",
            "blame", "date", "topic", "customer", "outcome", "wait_seconds", "csat", "is_repeat", "bad_record"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for c in contacts:
            pending = c.channel == "email" and c.email_n == 1
            wr.writerow([c.contact_id, c.channel, c.branch, c.agent or "", c.lang, c.tone,
                         "" if pending else int(c.courteous), "" if pending else int(c.resolved),
                         "" if pending else int(c.blame), c.day.isoformat(), c.topic, c.cust["id"], c.outcome,
                         c.wait if c.channel != "in_person" else "", c.csat or "", int(c.is_followup), c.bad])


def measure(contacts, world):
    ok = [c for c in contacts if not c.bad and not (c.channel == "email" and c.email_n == 1)]

    def rate(sel, f):
        sel = list(sel)
        return (round(sum(f(c) for c in sel) / len(sel), 3), len(sel)) if sel else (None, 0)

    curt = lambda c: not c.courteous  # noqa: E731
    res = lambda c: c.resolved  # noqa: E731
    blame = lambda c: c.blame  # noqa: E731
    neg = lambda c: c.tone == "negative"  # noqa: E731
    m = {}
    m["P1_MCR_phone_curt_rate"] = rate((c for c in ok if c.branch == "MCR" and c.channel == "phone"), curt)
    m["P1_other_phone_curt_rate"] = rate((c for c in ok if c.branch != "MCR" and c.channel == "phone"), curt)
    m["P2_OSL_chat_resolved_from_1116"] = rate((c for c in ok if c.branch == "OSL" and c.channel == "chat" and c.day >= D16), res)
    m["P2_OSL_chat_resolved_before_1116"] = rate((c for c in ok if c.branch == "OSL" and c.channel == "chat" and c.day < D16), res)
    m["P2_other_chat_resolved_from_1116"] = rate((c for c in ok if c.branch != "OSL" and c.channel == "chat" and c.day >= D16), res)
    m["P3_ber-a04_blame_rate"] = rate((c for c in ok if c.agent == "ber-a04"), blame)
    m["P3_other_agents_blame_rate"] = rate((c for c in ok if c.agent and c.agent != "ber-a04"), blame)
    m["P3_ber-a04_curt_rate"] = rate((c for c in ok if c.agent == "ber-a04"), curt)
    m["P3_ber-a04_resolved_rate"] = rate((c for c in ok if c.agent == "ber-a04"), res)
    m["P4_MOW_chat_curt_rate"] = rate((c for c in ok if c.branch == "MOW" and c.channel == "chat"), curt)
    m["P4_other_chat_curt_rate"] = rate((c for c in ok if c.branch != "MOW" and c.channel == "chat"), curt)
    sub = [c.wait for c in ok if c.branch == "SUB" and c.channel == "phone"]
    oth = [c.wait for c in ok if c.branch != "SUB" and c.channel == "phone"]
    m["P5_SUB_phone_wait_median_s"] = (statistics.median(sub), len(sub))
    m["P5_other_phone_wait_median_s"] = (statistics.median(oth), len(oth))
    m["P6_LED_in_person_negative_from_1119"] = rate((c for c in ok if c.branch == "LED" and c.channel == "in_person" and c.day >= D19), neg)
    m["P6_LED_in_person_negative_before_1119"] = rate((c for c in ok if c.branch == "LED" and c.channel == "in_person" and c.day < D19), neg)
    m["P6_other_in_person_negative_from_1119"] = rate((c for c in ok if c.branch != "LED" and c.channel == "in_person" and c.day >= D19), neg)

    def planted(c):
        return ((c.branch == "MCR" and c.channel == "phone") or (c.branch == "OSL" and c.channel == "chat" and c.day >= D16)
                or c.agent == "ber-a04" or (c.branch == "MOW" and c.channel == "chat")
                or (c.branch == "LED" and c.channel == "in_person" and c.day >= D19))
    clean = [c for c in ok if not planted(c)]
    per_lang = {}
    for lang in BANKS:
        sel = [c for c in clean if c.lang == lang]
        per_lang[lang] = {"n": len(sel), "negative": rate(sel, neg)[0], "positive": rate(sel, lambda c: c.tone == "positive")[0],
                          "curt": rate(sel, curt)[0], "resolved": rate(sel, res)[0], "blame": rate(sel, blame)[0]}
    per_branch = {}
    for br in BR_LIST:
        sel = [c for c in clean if c.branch == br]
        per_branch[br] = {"n": len(sel), "negative": rate(sel, neg)[0], "curt": rate(sel, curt)[0],
                          "resolved": rate(sel, res)[0], "blame": rate(sel, blame)[0]}
    return m, per_lang, per_branch


def mystery_shops(world):
    """Scorecards: 6 per branch per week (2 chat, 2 phone, 1 email, 1 in_person)."""
    rng = random.Random(f"{SEED}/mystery")
    rows = defaultdict(list)
    bad = []
    all_rows = []
    weeks = [DAYS[i:i + 7] for i in range(0, len(DAYS), 7)]
    k = 0
    for wk in weeks:
        for br in BR_LIST:
            for ch in ["chat", "chat", "phone", "phone", "email", "in_person"]:
                day = rng.choice(wk)
                k += 1
                court = [5] * 45 + [4] * 40 + [3] * 12 + [2] * 3
                resol = [5] * 40 + [4] * 35 + [3] * 15 + [2] * 10
                waitd = [5] * 35 + [4] * 40 + [3] * 20 + [2] * 5
                if br == "MCR" and ch == "phone":
                    court = [1] * 10 + [2] * 45 + [3] * 35 + [4] * 10
                if br == "MOW" and ch == "chat":
                    court = [5] * 60 + [4] * 40
                if br == "OSL" and ch == "chat" and day >= D16:
                    resol = [1] * 20 + [2] * 45 + [3] * 30 + [4] * 5
                if br == "SUB" and ch == "phone":
                    waitd = [1] * 45 + [2] * 45 + [3] * 10
                cs, rs, ws = rng.choice(court), rng.choice(resol), rng.choice(waitd)
                gs = max(1, min(5, cs + rng.choice([-1, 0, 0, 0, 1])))
                if br == "MOW" and ch == "chat":
                    gs = max(4, gs)
                ks = max(1, min(5, rs + rng.choice([-1, 0, 0, 1])))
                lang = BRANCHES[br]["lang"]
                b = BANKS[lang]
                parts = [rng.choice(b.ms_court_hi if cs >= 4 else (b.ms_court_mid if cs == 3 else b.ms_court_lo)),
                         rng.choice(b.ms_res_hi if rs >= 4 else b.ms_res_lo)]
                if ws <= 2 and ch in ("phone", "chat"):
                    parts.append(rng.choice(b.ms_wait_lo))
                tz = dt.timezone(dt.timedelta(hours=BRANCHES[br]["tz"]))
                when = dt.datetime(day.year, day.month, day.day, rng.randint(9, 18), rng.randint(0, 59), tzinfo=tz)
                row = {"shop_id": f"MS-2026-{k:04d}", "shop_date": iso(when), "branch": br, "channel": ch,
                       "shopper": f"shopper-{rng.randint(11, 48)}", "greeting": gs, "courtesy": cs, "knowledge": ks,
                       "resolution": rs, "wait": ws if ch != "email" else "", "comments": " ".join(parts)}
                rows[day].append(row)
                all_rows.append(row)
    # two broken score rows
    for r in rng.sample(all_rows, 2):
        old = r["courtesy"]
        r["courtesy"] = 7 if r["branch"] != "MOW" else ""
        bad.append({"kind": "score_out_of_range" if r["courtesy"] == 7 else "missing_score",
                    "file": f"exports/{r['shop_date'][:10]}/mystery_shop/scorecards.csv", "id": r["shop_id"],
                    "detail": f"courtesy={r['courtesy']!r} (intended {old})"})
    for day, rs in rows.items():
        d = os.path.join(OUT, day.isoformat(), "mystery_shop")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "scorecards.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=list(rs[0].keys()))
            wr.writeheader()
            for r in sorted(rs, key=lambda r: r["shop_date"]):
                wr.writerow(r)
    return all_rows, bad


def main():
    world, contacts = generate()
    bad_records, quirks = write_all(world, contacts)
    shops, bad_ms = mystery_shops(world)
    bad_records += bad_ms
    write_labels(contacts)
    m, per_lang, per_branch = measure(contacts, world)
    ms = defaultdict(list)
    for r in shops:
        if isinstance(r["courtesy"], int) and r["courtesy"] <= 5:
            ms[(r["branch"], r["channel"])].append(r["courtesy"])
    m["P4_MOW_chat_mystery_courtesy_mean"] = (round(statistics.mean(ms[("MOW", "chat")]), 2), len(ms[("MOW", "chat")]))
    oth = [v for (br, ch), vs in ms.items() if ch == "chat" and br != "MOW" for v in vs]
    m["P4_other_chat_mystery_courtesy_mean"] = (round(statistics.mean(oth), 2), len(oth))
    m["P1_MCR_phone_mystery_courtesy_mean"] = (round(statistics.mean(ms[("MCR", "phone")]), 2), len(ms[("MCR", "phone")]))
    branches = {}
    for br in BR_LIST:
        branches[br] = {"language": BRANCHES[br]["lang"], "city": text_en.CITY[br],
                        "utc_offset_hours": BRANCHES[br]["tz"], "currency": BRANCHES[br]["cur"],
                        "email_format": BRANCHES[br]["mail"],
                        "agents": [{"id": a["id"], "name": a["name"], "channels": a["channels"]}
                                   for a in world[br]["agents"]]}
    counts = defaultdict(int)
    for c in contacts:
        counts[c.channel] += 1
    truth = {"chain": "Kestrel (outside chain A)", "period": [START.isoformat(), END.isoformat()],
             "seed": SEED, "planted": PLANTED, "base_rates": BASE, "branches": branches,
             "bad_records": bad_records, "quirks": quirks,
             "contacts_per_channel": dict(counts), "mystery_shops": len(shops),
             "measured_from_labels": {k: {"value": v[0], "n": v[1]} for k, v in m.items()},
             "measured_base_rates_per_language_outside_planted_cells": per_lang,
             "measured_base_rates_per_branch_outside_planted_cells": per_branch,
             "notes": ["labels.csv holds the generator's ground truth per contact; email contact_id is the root "
                       "Message-ID without angle brackets",
                       "e-mail threads with only the customer's first message (started 11-28/11-29, no reply "
                       "yet at export time) have empty courtesy/resolved/blame labels",
                       "contacts listed in bad_records are still in labels.csv with bad_record set; measured "
                       "rates exclude them"]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(json.dumps({"contacts_per_channel": dict(counts), "mystery_shops": len(shops),
                      "bad_records": len(bad_records)}, indent=1))
    for k, v in m.items():
        print(f"{k:45s} {v}")
    print("per language (outside planted cells):")
    for k, v in per_lang.items():
        print(" ", k, v)
    print("per branch (outside planted cells):")
    for k, v in per_branch.items():
        print(" ", k, v)


if __name__ == "__main__":
    main()
