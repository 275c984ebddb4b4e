"""Hand-written tone lexicons for English and Russian customer text (written for this product, not learnt).

English builds on VADER's human-rated lexicon (MIT); these entries add the service vocabulary
VADER lacks ("delayed", "on hold for hours", "charged twice"). Russian has no lexicon under a
licence that lets a commercial product ship it, so the whole Russian table is written here.

Valences are on VADER's scale (about -4 .. +4 per word; VADER's "bad" is -2.5, "good" +1.9).
Nothing here was fitted to labelled data; the model card says how the tables were written.
"""

from __future__ import annotations

# --- English -----------------------------------------------------------------------------------
# Single words go into VADER's lexicon, so its negation ("not resolved"), intensifier ("very
# delayed"), "but" and capitals rules apply to them as to its own words.
EN_WORDS: dict[str, float] = {
    "delayed": -1.6, "delay": -1.4, "delays": -1.4, "late": -1.0, "later": -0.3,
    "cancelled": -1.8, "canceled": -1.8, "cancellation": -1.5, "cancelling": -1.2, "canceling": -1.2,
    "stranded": -2.2, "overbooked": -1.8, "overcharged": -2.2, "disconnected": -1.5, "unresolved": -1.8,
    "refund": -1.0, "compensation": -0.8, "complaint": -1.5, "complain": -1.5, "complaining": -1.5,
    "waiting": -0.6, "waited": -0.8, "unreachable": -1.5, "unhelpful": -2.0, "useless": -2.2,
    "incompetent": -2.5, "incompetence": -2.5, "ridiculous": -1.8, "joke": -0.5, "lies": -1.8,
    "misconnect": -1.5, "rebooked": -0.6, "rebook": -0.4, "diverted": -1.0, "grounded": -0.8,
    "resolved": 1.4, "fixed": 1.2, "sorted": 0.8, "refunded": 0.8, "smooth": 1.2, "seamless": 1.5,
    "quick": 0.9, "quickly": 0.9, "prompt": 0.9, "promptly": 1.0, "upgraded": 1.2, "upgrade": 0.6,
    "kudos": 2.2, "shoutout": 1.5, "props": 1.5,
    "stuck": -1.5, "lost": -1.6, "missing": -1.5, "rude": -2.5, "unacceptable": -2.8, "ugh": -2.0,
    "nightmare": -2.8, "worst": -3.2, "disgraceful": -3.0, "pathetic": -2.8, "appalling": -3.0,
    "southworst": -3.0, "fail": -2.5, "epicfail": -3.0, "ripoff": -2.5, "scam": -2.5,
    # Request words VADER rates as praise. In a message to a company "please help", "customer care",
    # "any chance", "I'd like to", "yes" and the airline's name "United" ask or name, they do not praise.
    "united": 0.0, "help": 0.0, "please": 0.0, "pls": 0.0, "plz": 0.0, "want": 0.0, "number": 0.0,
    "care": 0.0, "credit": 0.0, "free": 0.3, "like": 0.0, "yes": 0.0, "sure": 0.0, "well": 0.0,
    "share": 0.0, "chance": 0.0, "hope": 0.5, "hoping": 0.5, "kind": 0.6, "ok": 0.4, "okay": 0.4,
}

# Multi-word service phrases, matched on lower-cased text as regular expressions. Negative ones are
# written with their negation inside ("not working"); positive ones are dropped to a weak negative
# when a negator stands just before them ("never resolved the issue" is not praise).
EN_PHRASES: dict[str, float] = {
    r"\bstill (?:waiting|no\b|not\b|nothing|haven'?t|hasn'?t|don'?t|doesn'?t|stuck|on hold)|\bstill (?:have|has|had)(?:n'?t| not| no)\b": -2.0,
    r"\b(?:is|are|was|what) a (?:joke|disgrace|mess|nightmare)\b|\bjoke of an?\b|\black of\b": -2.0,
    r"\bnever (?:dealt|seen|had|experienced) (?:with )?(?:such |a |anything )?(?:worse|so bad)": -2.5,
    r"\bfinally (?:got|get|getting|reached) (?:through|a (?:response|reply|call|hold)|someone|an? (?:agent|person))": -1.5,
    r"\b(?:been )?waiting (?:for|on) (?:over |almost |nearly )?(?:an? |\d+ |two |three |several )?(?:hours?|days?|weeks?)": -1.8,
    r"\bon hold (?:for )?(?:over |almost )?(?:an? |\d+ |two |three )?(?:hours?|minutes?|mins?|hrs?|forever|ages)": -2.2,
    r"\bon hold\b": -1.0,
    r"\b(?:hours?|days?|\d+ ?(?:hrs?|mins?|minutes)) (?:late|delayed|delay|wait|on hold|later)": -1.5,
    r"\bnever again\b": -3.0,
    r"\bthanks? (?:you )?for nothing\b": -4.0,
    r"\b(?:lost|missing|damaged|delayed) (?:my |our |the )?(?:bags?|luggage|baggage|suitcases?|parcels?|package|card)": -2.0,
    r"\b(?:charged|billed) (?:me |us )?(?:twice|double|two times)|\bdouble[- ]charged": -2.2,
    r"\b(?:not|isn'?t|aren'?t|wasn'?t|still not) working|\bdoes ?n[o']?t work|\bdid ?n[o']?t work|\bstopped working": -2.0,
    r"\bno (?:one|body|response|reply|answer|help|signal|service|connection|internet|updates?|info|information|call ?back)\b": -1.6,
    r"\b(?:can'?t|cannot|could ?n'?t|unable to) (?:get through|reach|connect|log ?in|access|get (?:a|an|any)|find|speak|talk)": -1.8,
    r"\bwaste of (?:time|money)|\bwasted (?:my|our) ": -2.5,
    r"\b(?:want|need) (?:my|a|our) (?:money back|refund)": -2.2,
    r"\bmissed (?:my|our|the) (?:connection|connecting|flight|appointment|meeting)": -2.0,
    r"\bhung up\b|\bhangs? up on": -2.0,
    r"\bwhy (?:is|are|does|do|did|can'?t|won'?t|would|isn'?t|wasn'?t|haven'?t)\b": -0.8,
    # Service-desk complaints (2026-12-01, second round; written reading support text made for the product,
    # benchmarks/data/service_text/customer_tone_a.jsonl): verdicts, no-shows, unannounced changes, churn.
    r"\bnot impressed\b|\bexpected better\b|\bit'?s not on\b": -2.0,
    r"\bnobody (?:seemed|seems|cares|called|showed|turned|told|agreed)|\bnobody'?s\b": -1.5,
    r"\b(?:without|with no) (?:anyone |any )?(?:telling|warning|notice)|\bno warning\b": -1.8,
    r"\b(?:i'?m|i am) (?:cancell?ing|leaving|switching)\b|\b(?:going|want) to (?:leave|switch provider)": -1.8,
    r"\bfor nothing\b|\bone more time\b|\bdisorgani[sz]ed\b": -1.5,
    r"\b(?:bill|price|payment)s? (?:has |have )?(?:gone|went) up\b|\bgone up by\b": -1.2,
    r"\bmissed my (?:train|bus|appointment)\b|\bout of my (?:medication|prescription)\b": -1.5,
    r"\bagain\s*\.": -0.8,
    # a request to cancel is not a complaint ("cancelled" alone is: a flight, an order)
    r"\b(?:like|want|wish|need|have) to cancel\b": 1.2,
    r"\bstar\s*!": 1.5,
    r"\b(?:fix|sort) (?:this|it|that)\b": -1.0,
    r"\b(?:yet )?again\?|\bfor the (?:second|third|\d+(?:st|nd|rd|th)) time": -1.2,
    r"\bcustomer (?:dis)?service (?:is|was|has been) (?:awful|terrible|horrible|non-?existent|a joke)": -1.0,
    r"\bsitting on (?:the|a) (?:plane|tarmac|runway)": -1.5,
    # Sarcastic thanks: thanking for a harm ("thanks for losing my bag", "thx for ruining my trip").
    r"\b(?:thanks|thank you|thx|thank u) (?:so much |again |a lot )?(?:for|4) (?:\w+ ){0,2}?(?:los(?:ing|t)|ruin\w*|cancel\w*|delay\w*|strand\w*|wast\w*|nothing|leaving|making (?:me|us) wait|the (?:delay|wait|runaround)|screwing|breaking|damag\w*)": -4.5,
    # Walking away as a customer.
    r"\b(?:never|not|won'?t|will not|wont) (?:be )?(?:fly|flying|use|using|book|booking|choose|choosing|do (?:it|that)|travel\w*) (?:\w+ ){0,3}?again\b": -3.0,
    r"\b(?:lost|losing|lose) (?:a |another |one )?(?:\w+ )?(?:customer|client|flyer)\b|\btime (?:for|to) (?:a )?(?:change|switch)\b|\bswitch(?:ing)? to @?\w+": -2.5,
    # Hashtag verdicts (#fail, #worstairline, #nothanks, #customerservicefail).
    r"#\w*(?:fail|worst|hate|sucks|nothanks|never|shame|disappoint|angry|mad|ripoff|joke|fixthis|unhappy|nothappy|annoy|frustrat|rude|lost|stuck|delay|badservice|ridiculous|unacceptable|terrible|awful|boycott|neveragain)\w*": -2.0,
    # Question-complaints and disbelief.
    r"\bhow (?:hard|difficult) (?:is|can) it\b|\bwhat(?:'s| is) (?:going on|the (?:deal|point|problem))\b|\bare you (?:serious|kidding)\b|\bseriously\?|\bis this a joke\b|\bhow (?:much )?longer\b|\bhow many (?:more )?(?:times|hours|days)\b": -2.0,
    r"\b(?:where(?:'s| is| are)) (?:my|our) (?:bags?|luggage|baggage|refund|money|suitcase|stroller|car seat)": -1.8,
    r"\b(?:over |for |almost |nearly |more than )?(?:an? |\d+(?:\.\d+)? |two |three |four |five |several )(?:hours?|hrs?) (?:on (?:the )?(?:phone|hold|tarmac|plane)|in (?:line|the queue)|wait(?:ing)?|delay(?:ed)?)": -2.0,
    r"\b(?:still|been) (?:at|on|sitting at|sitting on) (?:the )?(?:gate|tarmac|runway|plane)|\bstill sitting\b|\bstill here\b": -1.8,
    r"\b(?:no|zero|lack of|poor) (?:communication|customer service|compensation|apology|explanation|accountability|courtesy)": -2.2,
    r"\b(?:been|kept) (?:on hold|waiting|trying)|\btrying to (?:call|reach|get (?:through|a hold|ahold)|speak)": -1.2,
    # Wishes that say what went wrong: "it would be nice to ...", "you need a better system".
    r"\b(?:would|it'?d|that'?d) (?:be|have been) (?:nice|great|good|helpful)\b|\b(?:need|needs|could use|get) (?:a |some )?better\b|\b(?:could|should|can|must) (?:have )?(?:be(?:en)?|do) (?:much |a lot |way )?better\b|\byeah,? right\b": -2.0,
    r"\b(?:customer )?service (?:is|was) (?:a )?(?:joke|terrible|awful|horrible|bad|poor|lacking|non-?existent)": -1.5,
    r"\b(?:thanks|thank you) (?:so much|for (?:the|your) (?:help|quick|fast|great|prompt|support|reply|response|assistance))": 1.5,
    r"\b(?:great|excellent|amazing|awesome|fantastic|wonderful|superb|outstanding) (?:help|service|job|crew|staff|support|flight|experience|team)": 1.2,
    r"\b(?:problem|issue|it'?s|that'?s|all) (?:solved|sorted|fixed|resolved)": 1.8,
    r"\b(?:works|working) (?:now|again|fine|perfectly)": 1.8,
    r"\bon time\b|\bahead of schedule\b|\barrived early\b": 1.5,
    r"\b(?:quick|fast|prompt) (?:response|reply|service|help|fix)": 1.5,
}

# --- Russian -----------------------------------------------------------------------------------
# Stems match a word's beginning (плох -> плохо, плохой, плохая); WORDS match whole words only,
# for short or ambiguous forms ("вор" would match "воронеж", "хам" "хамам").
RU_STEMS: dict[str, float] = {
    # general evaluation
    "плох": -2.2, "ужас": -2.8, "отврат": -3.0, "кошмар": -2.8, "хуже": -2.0, "худш": -2.5, "отстой": -2.8,
    "мерзк": -2.8, "гадк": -2.5, "говн": -3.0, "дерьм": -3.0, "пипец": -2.5, "капец": -2.5, "хрен": -1.5,
    "бесит": -2.5, "бесят": -2.5, "достал": -2.2, "задолбал": -2.8, "надоел": -2.2, "надоело": -2.2,
    "ненавиж": -3.0, "ненавид": -3.0, "разочар": -2.2, "недовол": -2.2, "возмут": -2.5, "возмущ": -2.5,
    "безобраз": -2.8, "позор": -2.8, "издева": -2.8, "беспредел": -2.8, "бесполез": -2.2, "хамств": -2.8,
    "хамят": -2.8, "нахам": -2.8, "груб": -2.2, "неадекват": -2.5, "некомпетент": -2.5, "непрофессионал": -2.5,
    "дебил": -3.0, "идиот": -3.0, "кретин": -3.0, "сволоч": -3.0, "мудак": -3.0, "урод": -2.8, "печаль": -1.5,
    "грусть": -1.5, "грустн": -1.5, "обид": -1.8, "жалк": -2.0, "злой": -2.0, "злюсь": -2.2,
    "бред": -2.0, "абсурд": -2.0, "фигн": -1.8, "ерунд": -1.5, "жесть": -1.8, "тупы": -2.5, "тупая": -2.5,
    "тупой": -2.5, "тупо": -2.0, "неудоб": -1.5, "невозмож": -1.5, "медлен": -1.2, "ужасн": -2.8, "страшн": -1.8,
    "опасн": -1.2, "неприят": -1.8, "неправ": -1.2, "нечестн": -2.2, "несправедлив": -2.2, "неуваж": -2.2,
    # complaint and service vocabulary (telecom, bank)
    "обман": -2.8, "обмануть": -2.8, "мошен": -2.8, "развод": -2.0, "развел": -2.5, "развели": -2.5,
    "кидал": -2.8, "кинули": -2.5, "ворую": -2.8, "воруют": -2.8, "грабе": -2.8, "грабит": -2.8, "обдира": -2.5,
    "впарива": -2.2, "навяз": -2.0, "жалоб": -1.8, "пожалуюсь": -2.0, "претензи": -1.5, "проблем": -1.2,
    "ошибк": -1.2, "ошибочн": -1.2, "глюч": -2.0, "глюк": -2.0, "тормоз": -1.8, "завис": -1.8, "зависа": -1.8,
    "отключ": -1.2, "заблокир": -1.8, "блокир": -1.2, "списа": -1.5, "спиша": -1.5, "списыва": -1.5,
    "штраф": -1.5, "комисси": -0.6, "переплат": -1.5, "задерж": -1.2, "отказ": -1.2, "отказал": -1.5,
    "игнор": -2.0, "пропал": -1.5, "пропада": -1.5, "верните": -2.2, "прокуратур": -1.8,
    "роспотребнадзор": -1.8, "скандал": -1.8, "угрож": -2.0, "коллектор": -1.5, "ожидани": -0.6, "очеред": -0.5, "сбой": -1.8, "сбои": -1.8, "сбоя": -1.8, "авари": -1.5,
    "косяч": -2.0, "накосяч": -2.2, "ограничени": -0.8, "потерял": -1.5, "потеря": -1.2, "убыт": -1.5,
    "нарушени": -1.5, "наруша": -1.5, "банкрот": -0.8, "отклон": -1.2, "умер": -2.0, "смерт": -2.0,
    "боится": -1.0, "санкци": -1.0, "неясн": -1.0, "нулев": -0.8, "отозва": -1.2,
    "кризис": -1.5, "падени": -1.2, "упал": -1.2, "обвал": -2.0, "дефолт": -2.0, "арест": -1.5, "обыск": -1.5,
    "уголовн": -2.0, "хищени": -2.5, "украл": -2.5, "взлом": -2.0, "утечк": -1.5, "лага": -1.5, "пичаль": -1.5,
    # abuse, theft and fraud words common in complaints about operators and banks
    "лохотрон": -2.8, "кидалов": -2.8, "чушь": -2.0, "крадут": -2.5, "краж": -2.2, "воровств": -2.8,
    "нагл": -2.2, "назойлив": -2.0, "вонюч": -2.5, "тупят": -2.2, "уебищ": -3.0, "наеб": -3.0,
    "заеб": -3.0, "ебан": -3.0, "пизд": -3.0, "бляд": -3.0, "хуев": -3.0, "хуёв": -3.0, "хуйн": -3.0,
    "хакер": -1.0, "атаков": -1.2, "навязыва": -2.2, "самовольн": -2.2, "недоступ": -1.0,
    "слабый": -0.8, "слабая": -0.8, "лагает": -2.0, "лагать": -1.8, "вылета": -1.2,
    "бида": -1.0, "жду": -0.5, "ждешь": -0.8, "ждать": -0.4, "дорог": -0.6, "подорож": -1.5, "повыс": -0.8, "навязан": -2.2, "непонят": -1.2, "неработ": -2.0,
    # positive
    "спасиб": 1.8, "благодар": 2.0, "отлич": 2.5, "хорош": 1.8, "прекрас": 2.8, "замечат": 2.8, "супер": 2.5,
    "классн": 2.2, "круто": 2.0, "крутой": 2.0, "лучш": 1.8, "молодц": 2.8, "приятн": 2.0, "удобн": 1.5,
    "быстр": 1.0, "оперативн": 1.8, "вежлив": 2.0, "помогл": 1.5, "помогает": 1.2, "выгодн": 1.5, "довол": 2.2,
    "люблю": 2.5, "любим": 2.0, "нравит": 1.8, "понрав": 2.0, "восторг": 2.8, "восхит": 2.8, "бесплатн": 0.8,
    "бонус": 0.6, "кешбэк": 0.6, "кэшбэк": 0.6, "надежн": 1.5, "профессионал": 1.5,
    "качествен": 1.2, "рекоменд": 1.2, "поздрав": 1.2, "успешн": 1.2, "уважени": 1.0, "счастл": 2.5,
    "радует": 2.2, "порадова": 2.2, "респект": 2.5, "шикарн": 2.8, "великолеп": 2.8, "идеальн": 2.5,
    "лидер": 1.2, "победил": 1.5, "оптимизм": 1.5, "улучш": 1.5, "подарок": 1.2, "подарил": 1.5, "взлет": 1.0,
    "чудесн": 2.5, "заработал": 1.2, "починил": 1.8, "исправил": 1.5, "решили": 1.0, "решен": 1.0,
}
RU_WORDS: dict[str, float] = {
    "вор": -2.8, "воры": -2.8, "воров": -2.8, "ворюги": -3.0, "хам": -2.8, "хамы": -2.8, "лох": -2.5,
    "лохи": -2.5, "сука": -3.0, "суки": -3.0, "бля": -2.5, "блин": -1.5, "черт": -1.5,
    "хуй": -3.0, "хуя": -3.0, "нах": -2.5, "нахер": -2.8, "нахрен": -2.5, "пох": -2.0, "беда": -1.5,
    # "отлич-" is praise ("отлично") but also "differs" ("чем отличается тариф ...?"): those forms say nothing
    "отличается": 0.0, "отличаются": 0.0, "отличие": 0.0, "отличия": 0.0, "отличий": 0.0, "отличать": 0.0,
    "увы": -1.5, "жаль": -1.2, "опять": -0.8, "снова": -0.5, "долго": -1.2, "суд": -1.2,
    "ура": 2.2, "рад": 2.2, "рада": 2.2, "рады": 2.2, "класс": 2.2, "ок": 0.5, "окей": 0.5, "норм": 0.8,
    "нормально": 0.8, "xemopos": 2.0, "xemoneg": -2.0,
}
# Phrases on the normalised text (see textprep.normalize), with their negation inside.
RU_PHRASES: dict[str, float] = {
    r"\bне работа\w*|\bперестал\w* работать": -2.2,
    r"\bне (?:могу|могут|можем|может|можете|получается|удается|удалось)\b": -1.5,
    r"\bне (?:проход|прош|дош|получ|снима|переве|отправ|выда|соедин|работ)\w*": -1.5,
    r"\bотзыв\w* лиценз\w*|\bотозва\w* лиценз\w*": -1.5,
    r"\bне (?:дозвон|дозвал|достуча)\w*|\bдозвониться (?:невозможно|нереально)": -2.2,
    r"\bне (?:отвеча|ответил|перезвон|реагир)\w*": -2.0,
    # telecom: service switched on unasked, paid subscriptions, speed, hours on the line, churn
    r"\bподключ\w* (?:без|мне|платн|какую-то|какие-то|непонятн|ненужн)\w*|\b(?:платн\w*|мобильн\w*) (?:подписк|контент|услуг)\w*": -2.2,
    r"\b(?:низк\w*|маленьк\w*|ужасн\w*|никак\w*) скорост\w*|\bскорост\w* (?:упал|низк|никак|ужасн|режут|срезал)\w*": -2.0,
    r"\b(?:вишу|висел\w*|висим|жду|ждал\w*|ждем) (?:уже )?(?:на линии|на трубке|оператора|ответа|(?:\d+|полчаса|час\w*|сутки|неделю) )": -2.0,
    r"\b(?:звоню|звонил\w*|пишу|писал\w*|обращаюсь|обращал\w*) (?:уже |вам )?(?:\d+|второй|третий|четвертый|пятый|который|десятый|много|несколько) (?:раз|день|час)\w*": -2.0,
    r"\b(?:перейду|переходить|перехожу|уйду|ухожу|уходим|сменю) (?:на|к|в|от)\b|\bрасторг\w* договор": -2.0,
    r"\bпочему (?:у меня|опять|снова|до сих|не|нет|так|вы|мне|деньги|с меня|с моего|меня)\b": -1.2,
    r"\bничем не (?:смог|могут|помог|помочь)\w*": -2.0,
    r"\bне (?:ловит|грузит|загружа|открыва|приход|пришл|пришел|подключ|включ|провод|зачисл|вернул)\w*": -1.8,
    r"\bнет (?:связи|сети|интернета|сигнала|ответа|денег на сч|покрыти|3g|4g|lte)\w*": -2.2,
    r"\b(?:пропал|пропала|пропадает|отвалил)\w* (?:связь|интернет|сеть|сигнал)|\b(?:связь|интернет|сеть) (?:пропал|пропада|отвалил)\w*": -2.0,
    r"\bдо сих пор\b": -1.5, r"\bсколько можно\b": -2.5, r"\bкогда (?:уже|же)\b": -1.5,
    r"\bбез (?:предупрежд|согласи|спроса|моего ведома|уведомл)\w*": -2.2,
    r"\bникто не\b|\bникого нет\b": -1.8, r"\bничего не\b": -1.2,
    r"\b(?:деньги|средства) (?:списа|сня|ушли|пропал)\w*|\b(?:списали|сняли) (?:деньги|средства|0)": -1.5,
    r"\b(?:проблем\w*|вопрос\w*) (?:решил|решили|решена|решен|решился|решилась)\w*": 2.5,
    r"\bвсе (?:работает|заработало|хорошо|отлично|решили)\b": 2.2,
    r"\bбыстро (?:решил|помогл|ответил|подключ|исправ|вернул)\w*": 2.0,
    r"\bспасибо (?:за (?:помощь|оперативн|быстр)|большое|огромное)\w*": 1.0,
    # Service-desk complaints (2026-12-01, second round, as the English ones above): still not done, again and
    # again, demands, refusals to accept, broken goods, rudeness, closing accounts.
    r"\bтак и (?:не|висит|нет)\b": -1.8,
    r"\b(?:во|в) (?:второй|третий|четвертый|пятый) раз\b|\bвторую неделю\b|\b(?:второй|третий) (?:день|месяц)\b": -1.5,
    r"\bуже (?:месяц|неделю|две недели|второй|третий|час)\b|\bжду уже\b|\bлишний час\b": -1.2,
    r"\bразберитесь\b|\bпрошу разобраться\b|\bприм\w* меры\b|\bтребую\b": -1.8,
    r"\bотписк\w*|\bне соглас\w*|\bни (?:звонка|ответа|курьера)\b": -1.5,
    r"\bвдребезги\b|\bбракован\w*|\bистекш\w* срок\w*|\bхамил\w*|\bхамит\b": -2.2,
    r"\bзакр\w* (?:все )?сч[еёa]т\w*|\bне смогли\b|\bне принимает\b|\bтуда-сюда\b|\bзаблудил\w*": -1.5,
    r"\bсерьезно\s*\?": -1.5, r"\bопоздал\w*|\bопаздыва\w*": -1.2,
    r"\bпросто золото\b": 2.2,
}
RU_NEGATORS = frozenset({"не", "ни", "нет", "никогда", "без", "нисколько", "вовсе"})
RU_BOOSTERS: dict[str, float] = {"очень": 0.3, "совсем": 0.3, "абсолютно": 0.35, "крайне": 0.35, "вообще": 0.25,
                                 "слишком": 0.25, "реально": 0.2, "максимально": 0.3, "настолько": 0.25,
                                 "просто": 0.1, "самый": 0.25, "самая": 0.25, "самое": 0.25, "полный": 0.3,
                                 "полная": 0.3, "полное": 0.3, "чуть": -0.3, "немного": -0.3, "слегка": -0.3}
