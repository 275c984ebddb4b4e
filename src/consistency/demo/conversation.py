"""Compose one service conversation, in the customer's language, from a scenario and the phrase banks."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import ModuleType

from consistency.demo.phrases import BANKS

CHAIN = "Northbank"
_IBAN = {"en": "GB{a:02d} NWBK 6016 {b:04d} {c:04d} {d:02d}", "de": "DE{a:02d} 1001 0010 {b:04d} {c:04d} {d:02d}",
         "nb": "NO{a:02d} 1503 {b:04d} {c:03d}", "id": "{b:04d}-{c:04d}-{d:02d}",
         "ru": "40817810{b:04d}{c:04d}{a:02d}{d:02d}"}
_MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "mail.ru", "web.de", "online.no", "yandex.ru")


@dataclass
class Scenario:
    """Everything decided about one contact before any text is written; the truth behind labels.csv."""

    source: str
    native_id: str
    branch: str
    branch_name: str
    agent: str
    agent_name: str
    customer: str
    customer_name: str
    lang: str
    topic: str
    day: date
    start: datetime
    emotion: str  # neutral / annoyed / angry / happy
    courteous: bool
    resolution: str  # resolved / unresolved / escalated
    blame: bool
    asks_manager: bool
    transfers: int
    wait_s: int
    handle_s: int
    csat: int | None
    returning: bool = False
    turns: list[tuple[str, str]] = field(default_factory=list)

    @property
    def tone(self) -> str:
        """The customer's tone label (negative / neutral / positive) implied by the emotion."""
        return {"angry": "negative", "annoyed": "negative", "happy": "positive"}.get(self.emotion, "neutral")

    @property
    def outcome(self) -> str:
        """The source outcome code that matches the resolution (docs/formats.md vocabulary)."""
        if self.resolution == "resolved":
            return "RESOLVED"
        if self.resolution == "escalated":
            return "ESCALATED"
        return "TRANSFERRED" if self.transfers else "CALLBACK"


def slots(s: Scenario, bank: ModuleType, rng: random.Random) -> dict[str, str]:
    """Fresh slot values (amounts, dates, ids, PII) so no two conversations read alike."""
    amount = rng.choice([rng.randint(5, 99), rng.randint(100, 990), rng.randint(10, 3000)])
    cents = "" if s.lang in ("id", "ru") or rng.random() < 0.5 else f".{rng.randint(0, 99):02d}"
    if s.lang in ("de", "nb") and cents:
        cents = "," + cents[1:]
    first, _, last = s.customer_name.partition(" ")
    user = f"{first}.{last}".lower() if rng.random() < 0.6 else f"{first.lower()}{rng.randint(1, 99)}"
    a, b, c, d = rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)
    return {
        "amount": bank.MONEY.format(amount=f"{amount}{cents}"),
        "date": (s.day - timedelta(days=rng.randint(1, 20))).strftime(bank.DATE_FMT),
        "due": (s.day + timedelta(days=rng.randint(1, 10))).strftime(bank.DATE_FMT),
        "order": f"{rng.choice('ABKRZ')}{rng.randint(100000, 999999)}",
        "card4": f"{rng.randint(0, 9999):04d}",
        "card": " ".join([f"4{rng.randint(100, 999)}"] + [str(rng.randint(1000, 9999)) for _ in range(3)]),
        "email": f"{user}@{rng.choice(_MAIL_DOMAINS)}".encode("ascii", "ignore").decode() or f"client{b}@mail.ru",
        "phone": bank.PHONE.format(a=rng.randint(100, 999), b=rng.randint(1000, 9999)),
        "iban": _IBAN[s.lang].format(a=a, b=b, c=c % 1000 if s.lang == "nb" else c, d=d),
        "dept": rng.choice(bank.DEPTS),
        "agent": s.agent_name,
        "customer": s.customer_name,
        "branch": s.branch_name,
        "topic": bank.TOPIC_WORDS[s.topic],
    }


def _typo(text: str, rng: random.Random) -> str:
    # Swap two neighbouring letters in one longer word, as hurried typing does.
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w, k = words[i], rng.randint(1, len(words[i]) - 3)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return " ".join(words)


def compose(s: Scenario, rng: random.Random) -> list[tuple[str, str]]:
    """The turns (speaker, text) of the conversation; consecutive lines of one speaker are one turn."""
    bank = BANKS[s.lang]
    v = slots(s, bank, rng)
    ahead = {**v, "date": v["due"]}  # staff promise dates to come, customers cite dates gone by

    def pick(options: list[str], agent: bool = False) -> str:
        return rng.choice(options).format(**(ahead if agent else v))

    lines: list[tuple[str, str]] = []
    live = s.source in ("phone", "chat")
    if live and s.courteous:
        lines.append(("agent", pick(bank.AGENT_GREET)))
    elif live and rng.random() < 0.5:
        lines.append(("agent", pick(bank.AGENT_GREET_CURT)))

    # E-mails get their salutation from the writer; spoken and chat openings greet inline.
    hello = pick(bank.CUSTOMER_HELLO).rstrip(",") if live and rng.random() < 0.7 else ""
    opening = [f"{hello}!" if hello else ""]
    if s.returning and s.tone == "negative":
        opening.append(pick(bank.EMOTION_LEAD["annoyed"]))
    opening += [pick(bank.EMOTION_LEAD[s.emotion]), pick(bank.PROBLEM[s.topic])]
    if rng.random() < 0.3:
        opening.append(pick(bank.DETAILS))
    lines.append(("customer", " ".join(t for t in opening if t)))

    questions = bank.CLARIFY if s.courteous else bank.CLARIFY_CURT
    # Never the same question twice in one conversation.
    for question in rng.sample(questions, rng.choice((0, 1, 1, 2, 3) if live else (0, 1))):
        lines.append(("agent", question.format(**v)))
        lines.append(("customer", pick(bank.DETAILS)))
    if s.emotion == "angry" and rng.random() < 0.5:
        lines.append(("customer", pick(bank.EMOTION_LEAD["angry"])))

    answer: list[str] = []
    if s.courteous and (s.tone == "negative" or rng.random() < 0.6):
        answer.append(pick(bank.APOLOGY))
    if s.blame:
        answer.append(pick(bank.BLAME))
    elif s.courteous:
        answer.append(pick(bank.EXPLAIN))
    elif rng.random() < 0.7:
        answer.append(pick(bank.EXPLAIN_CURT))
    if s.resolution == "resolved":
        answer.append(pick(bank.SOLUTION[s.topic], agent=True))
        if rng.random() < 0.5:
            answer.append(pick(bank.CONFIRM))
    elif s.resolution == "unresolved":
        answer.append(pick(bank.PROMISE if s.courteous else bank.PROMISE_CURT, agent=True))
    if answer:
        lines.append(("agent", " ".join(answer)))

    if s.resolution == "escalated":
        if s.asks_manager:
            lines.append(("customer", pick(bank.MANAGER_REQUEST)))
        lines.append(("agent", pick(bank.ESCALATE if s.courteous else bank.ESCALATE_CURT)))
    elif s.resolution == "unresolved" and s.tone == "negative" and rng.random() < 0.25:
        # Asking for a manager does not always get one.
        lines.append(("customer", pick(bank.MANAGER_REQUEST)))
        lines.append(("agent", pick(bank.PROMISE if s.courteous else bank.EXPLAIN_CURT, agent=True)))

    if not live:
        # A written reply's courtesy lives in its salutation and sign-off; the customer answers it only now and then.
        if rng.random() < 0.4:
            lines.append(("customer", _last_word(s, bank, pick)))
        return _merge(lines, rng)
    lines.append(("customer", _last_word(s, bank, pick)))
    if s.courteous:
        lines.append(("agent", pick(bank.AGENT_CLOSING)))
    elif rng.random() < 0.5:
        lines.append(("agent", pick(bank.AGENT_CLOSING_CURT)))
    return _merge(lines, rng)


def _last_word(s: Scenario, bank: ModuleType, pick: Callable[[list[str]], str]) -> str:
    # The customer's words must carry the labelled tone: only an upset customer complains at the end.
    if s.resolution == "resolved":
        return pick(bank.CUSTOMER_THANKS[s.tone])
    return pick(bank.CUSTOMER_STILL if s.tone == "negative" else bank.CUSTOMER_THANKS["neutral"])


def _merge(lines: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """Join consecutive lines of one speaker into one turn; hurried customers sometimes mistype."""
    turns: list[tuple[str, str]] = []
    for speaker, text in lines:
        if speaker == "customer" and rng.random() < 0.06:
            text = _typo(text, rng)
        if turns and turns[-1][0] == speaker:
            turns[-1] = (speaker, f"{turns[-1][1]} {text}")
        else:
            turns.append((speaker, text))
    return turns[:12]


def visit_texts(s: Scenario, rng: random.Random) -> tuple[str, str]:
    """The customer's feedback-card comment and the staff note of a branch visit ('' when not written)."""
    bank = BANKS[s.lang]
    v = slots(s, bank, rng)
    comment = ""
    if rng.random() < 0.7:
        # The comment follows the labelled tone; an upset customer says what upset them.
        if s.tone == "positive":
            kind = "good"
        elif s.tone == "negative":
            kind = "curt" if not s.courteous else "unresolved" if s.resolution != "resolved" else "neutral"
        else:
            kind = "neutral"
        problem = rng.choice(bank.PROBLEM[s.topic]) if rng.random() < 0.5 else ""
        parts = [rng.choice(bank.EMOTION_LEAD[s.emotion]), problem, rng.choice(bank.COMMENT[kind])]
        comment = " ".join(p.format(**v) for p in parts if p)
        if rng.random() < 0.06:
            comment = _typo(comment, rng)
    note = ""
    if rng.random() < 0.9:
        note = rng.choice(bank.NOTE["blame" if s.blame else s.resolution]).format(**v)
        note = note[0].upper() + note[1:]
    return comment, note
