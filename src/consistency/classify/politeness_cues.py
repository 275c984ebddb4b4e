"""Politeness strategy lexicons, one table per language, for the courtesy model.

The strategies follow Danescu-Niculescu-Mizil et al. (ACL 2013, "A computational approach to
politeness"): gratitude, apology, please, hedges, indirect (counterfactual) requests, greeting,
deference, second-person address, direct questions and starts, factuality, plus what makes a
service reply curt or rude: bare imperatives, "you must", negative words. The courtesy model
learns one weight per strategy from the English politeness corpus; German, Indonesian, Norwegian
and Russian have no labelled politeness data, so their phrases map onto the same strategies and
share the English weights (see the model card for what that does and does not carry over).

Phrases are matched on lower-cased tokens of ``spacy.blank(lang)``, so write them lower-case and
as the blank tokenizer splits them. Strategies in ``SENTENCE_START`` count only when the phrase
opens a sentence ("Please ..." / "So ..." / "Send ...").
"""

from __future__ import annotations

STRATEGIES: tuple[str, ...] = (
    "gratitude", "apology", "please", "please_start", "greeting", "hedge", "counterfactual",
    "indicative", "deference", "positive", "negative", "second_person", "second_person_start",
    "first_person", "first_person_plural", "direct_question", "direct_start", "factuality",
    "imperative_start", "obligation", "help_offer",
)
# Lexicon entries that are not learnt strategies: what makes a service reply curt, which the politeness
# corpus (requests between peers) hardly contains, so its weights could not learn them. "reproach" is
# "as I said / I already told you"; "dismissive" is "that's how it works / not my problem"; "insult" is
# "stupid questions / stop wasting my time / this is ridiculous".
CURT_PHRASES: tuple[str, ...] = ("reproach", "dismissive", "insult")
# Matched only at the first token of a sentence; "please_start" and "second_person_start" are derived.
SENTENCE_START: frozenset[str] = frozenset({"direct_question", "direct_start", "imperative_start"})
# Any of these makes a reply "marked" polite; a reply with none of them ("unmarked", a learnt feature) is
# what people call curt: "Read the terms.", "Order number.".
MARKERS: frozenset[str] = frozenset({
    "gratitude", "apology", "please", "greeting", "hedge", "counterfactual", "indicative", "deference",
    "positive", "help_offer",
})

# Service-reply curtness the corpus cannot teach, with hand-set weights added to the log-odds of "courteous":
# the CURT_PHRASES lexicons, and "terse": a reply of at most TERSE_MAX_WORDS words with no politeness marker,
# no "I" / "we" and no number in it ("Read the terms.", "Order number.", "Try again tomorrow."), which the
# requests of the corpus are almost never. "I've updated your address." is short too, but the agent says what
# they did; "Technician Thursday 9-12." is short, but it gives the customer a fact.
# These weights, like SERVICE_OFFSET below, were set by hand on tests/classify/courtesy_fixtures.py,
# courtesy_heldout.py and courtesy_heldout_later.py (which therefore no longer test them blind) and on
# twenty-five reply lines in the manner of companies' support accounts; tests/classify/courtesy_service.py was
# written afterwards and never used to set anything. Weights for bare imperatives and "you need to" were
# tried in an earlier round and dropped: in the corpus's requests those are as often polite as not.
TERSE_MAX_WORDS = 6
SERVICE_CUES: tuple[str, ...] = (*CURT_PHRASES, "terse")
SERVICE_WEIGHTS: tuple[float, ...] = (-2.0, -1.4, -2.0, -1.5)
# Added to every agent turn's log-odds. The corpus's p is P(rated polite | rated polite or impolite) among
# requests between peers; an agent's plain informative line ("Your package is out for delivery today.") has
# no politeness marker and scored 0.3-0.45 there, so two in five polite-sounding support replies were called
# curt. +0.85 moves the decision point from p 0.5 to p 0.30 of that scale: between "more polite than
# impolite" and the 0.15 of "not in the impolite quartile" (a map tried first, which called nearly every curt
# one-liner courteous). The cues above keep curt and rude replies below it. Ranking is unchanged: AUC on the
# requests moves only where a service cue fires.
SERVICE_OFFSET = 0.85

# A reply whose subject is the agent ("I've updated ...", "We moved ...") says what was done: it is not terse
# however short. Possessives ("our website") do not count: "See our website." is a bare order.
SUBJECT_I_WE: dict[str, frozenset[str]] = {
    "en": frozenset({"i", "we"}), "de": frozenset({"ich", "wir"}), "id": frozenset({"saya", "kami", "aku", "kita"}),
    "nb": frozenset({"jeg", "vi"}), "ru": frozenset({"я", "мы"}),
}

# "second_person_start" is the paper's "You ..." opening (you as the subject: "You need to ..."): the
# possessive "Your order ..." opens half of all service replies and says nothing about manner.
SUBJECT_YOU: dict[str, frozenset[str]] = {
    "en": frozenset({"you", "u"}), "de": frozenset({"sie", "du", "ihr"}), "id": frozenset({"anda", "kamu", "kau"}),
    "nb": frozenset({"du", "dere"}), "ru": frozenset({"вы", "ты"}),
}

# de / id / nb / ru also list the service-reply forms of apology and good will that polite agent replies
# use and single words miss ("es tut mir sehr leid", "мне очень жаль", "så leit å høre", "gute Nachrichten",
# "хорошего дня"). They are phrases on purpose: one bare word of praise ("Fint.", "Klasse.") already marks a
# reply and lifts a curt "Fint. Neste." over the threshold, so no new single praise word was added.
LEXICONS: dict[str, dict[str, list[str]]] = {
    "en": {
        "gratitude": ["thank you", "thanks", "thank", "thx", "appreciate", "appreciated", "grateful", "many thanks"],
        "apology": ["sorry", "apologize", "apologise", "apologies", "excuse me", "pardon", "forgive me", "my bad",
                    "regret"],
        "please": ["please", "pls", "plz", "kindly"],
        "greeting": ["hi", "hello", "hey", "good morning", "good afternoon", "good evening", "dear", "greetings",
                     "welcome"],
        "hedge": ["i think", "i believe", "i guess", "i suppose", "perhaps", "maybe", "possibly", "probably",
                  "might", "seems", "seem", "suggest", "i wonder", "wondering", "somewhat", "a bit", "a little",
                  "kind of", "sort of", "if possible", "if you don't mind", "hopefully", "i feel", "i assume",
                  "unfortunately", "would it be possible"],
        "counterfactual": ["could you", "would you", "would you mind", "could we", "would it be", "might you",
                           "would you be able", "could i"],
        "indicative": ["can you", "will you", "can we", "can i"],
        "deference": ["good question", "great question", "nice work", "good point", "well done", "good job",
                      "great work", "interesting", "impressive", "excellent"],
        "positive": ["happy", "glad", "pleased", "great", "good", "certainly", "of course", "absolutely", "sure",
                     "gladly", "delighted", "perfect", "helpful", "wonderful", "nice", "pleasure", "best", "lovely",
                     "no worries", "take care", "rest assured"],
        "negative": ["wrong", "stupid", "bad", "ridiculous", "nonsense", "useless", "terrible", "awful", "waste",
                     "lazy", "idiot", "crap", "damn", "hell", "shut up", "annoying", "whatever", "pointless",
                     "dumb", "silly", "incompetent", "rude", "fault", "not my problem", "your problem"],
        "second_person": ["you", "your", "yours", "yourself", "u", "ur"],
        "first_person": ["i", "me", "my", "mine", "myself"],
        "first_person_plural": ["we", "us", "our", "ours", "let's"],
        "direct_question": ["what", "why", "who", "how", "where", "when", "which"],
        "direct_start": ["so", "then", "and", "but", "or", "well"],
        "factuality": ["actually", "in fact", "the fact", "the point is", "the truth is", "obviously", "clearly",
                       "as already stated", "as i said"],
        "imperative_start": ["do", "don't", "give", "send", "read", "check", "look", "stop", "go", "make", "tell",
                             "try", "fix", "explain", "see", "use", "call", "wait", "fill", "provide", "answer",
                             "put", "get", "take", "write", "show", "remove", "add", "change", "keep", "find",
                             "note", "ask", "come", "next"],
        "obligation": ["you must", "you need to", "you have to", "you should", "you'll have to", "you will have to",
                       "you've got to", "you ought to", "you needed to"],
        "help_offer": ["happy to help", "glad to help", "happy to assist", "glad to assist", "let me", "i will",
                       "i'll", "i can help", "i'd be happy", "i would be happy", "more than happy", "my pleasure",
                       "completely understand", "totally understand", "fully understand", "no problem", "feel free",
                       "don't hesitate", "do not hesitate", "hope this helps", "i understand", "i can see",
                       "assist you", "help you"],
        "reproach": ["as i said", "as i already said", "as already stated", "as stated", "as i mentioned",
                     "as already mentioned", "i already told you", "already told you", "i told you", "like i said",
                     "as i explained", "i already explained", "how many times", "i repeat", "repeat myself", "not going to repeat", "won't repeat", "already answered", "answered above", "see above", "as per my last", "third time", "three times now", "already explained", "explained this"],
        "dismissive": ["not my problem", "your problem", "not our problem", "not my job", "not my department",
                       "whatever", "that's how it works", "that's how it is", "that's just how it is",
                       "it is what it is", "nothing i can do", "nothing we can do", "nothing to be done",
                       "can't help you", "cannot help you", "deal with it", "take it or leave it", "too bad",
                       "rules are rules", "that's the policy", "your own fault", "next .", "no further action", "we don't do that", "not our responsibility", "we don't do"],
        "insult": ["stupid", "idiot", "idiots", "ridiculous", "dumb", "nonsense", "wasting my time", "waste my time",
                   "waste of my time", "waste of time", "shut up", "i don't care", "don't care", "pathetic", "if you'd bothered", "if you had bothered", "bothered to check", "bothered to read", "if you had read", "if you'd read", "before complaining", "try to keep up", "nobody forced you", "learn how to", "don't have all day", "right there on the screen", "it says it right there", "seriously ?", "common sense", "not rocket science", "nobody else", "every other customer", "other customers manage", "people like you", "not complicated", "not that complicated", "not that hard", "not difficult", "isn't rocket science", "ask someone to help you", "ask someone for help", "figure it out", "mind reader", "hold your hand", "drop everything", "if you can't manage", "keep repeating", "explained twice", "explained it twice", "nice try", "good luck with that", "sure it was", "genius", "heard you the first time", "only customer", "more important than everyone", "what did you expect", "what you expected for", "too much to ask"],
    },
    "de": {
        "gratitude": ["danke", "vielen dank", "dankeschön", "herzlichen dank", "bedanke", "bedanken", "dankbar",
                      "besten dank", "danke schön", "vielen lieben dank"],
        "apology": ["entschuldigung", "entschuldigen", "entschuldige", "tut mir leid", "tut uns leid", "bedauere",
                    "bedauern", "verzeihung", "verzeihen", "tut mir sehr leid", "tut uns sehr leid",
                    "tut mir wirklich leid", "tut uns wirklich leid", "es tut mir leid", "bitten um entschuldigung",
                    "bitte entschuldigen sie", "bedauerlicherweise", "entschuldigung für"],
        "please": ["bitte", "bitteschön"],
        "greeting": ["hallo", "guten tag", "guten morgen", "guten abend", "sehr geehrte", "sehr geehrter", "liebe",
                     "lieber", "moin", "servus", "grüß gott", "willkommen"],
        "hedge": ["ich glaube", "ich denke", "vielleicht", "eventuell", "möglicherweise", "wahrscheinlich",
                  "scheint", "vermutlich", "ein wenig", "ein bisschen", "ich würde vorschlagen", "wenn möglich",
                  "falls möglich", "wäre es möglich", "ich frage mich", "leider"],
        "counterfactual": ["könnten sie", "würden sie", "könntest du", "würdest du", "wären sie so nett",
                           "hätten sie", "dürfte ich", "könnte ich"],
        "indicative": ["können sie", "kannst du", "werden sie", "wirst du", "kann ich"],
        "deference": ["gute frage", "gut gemacht", "ausgezeichnet", "interessant", "prima"],
        "positive": ["gerne", "gern", "freue", "freuen", "selbstverständlich", "natürlich", "gut", "schön",
                     "hilfreich", "perfekt", "toll", "super", "sicher", "gute nachricht", "gute nachrichten",
                     "freut mich", "freut uns", "schönen tag", "schönes wochenende", "schönen abend", "einen schönen",
                     "alles gute", "gerne doch"],
        "negative": ["falsch", "dumm", "blöd", "lächerlich", "unsinn", "quatsch", "nutzlos", "schrecklich", "mist",
                     "verdammt", "scheiße", "nervig", "egal", "faul", "schuld", "nicht mein problem",
                     "ihr problem"],
        "second_person": ["sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihnen", "du", "dein", "deine", "dich",
                          "dir", "euch", "euer"],
        "first_person": ["ich", "mich", "mir", "mein", "meine", "meinen"],
        "first_person_plural": ["wir", "uns", "unser", "unsere"],
        "direct_question": ["was", "warum", "wieso", "weshalb", "wer", "wie", "wo", "wann", "welche", "welcher"],
        "direct_start": ["also", "dann", "und", "aber", "oder", "na"],
        "factuality": ["eigentlich", "tatsächlich", "in der tat", "nun mal", "eben", "offensichtlich", "wie gesagt",
                       "wie bereits gesagt"],
        "imperative_start": ["lesen", "schauen", "warten", "schicken", "senden", "geben", "rufen", "prüfen",
                             "füllen", "nehmen", "lies", "schau", "warte", "schick", "gib", "ruf", "prüf", "mach",
                             "geh", "nimm", "hör", "sag", "nächster", "nummer"],
        "obligation": ["sie müssen", "du musst", "müssen sie", "sie sollten", "du solltest", "ihr müsst",
                       "sie haben zu"],
        "help_offer": ["helfe ihnen gerne", "helfe ich ihnen", "ich helfe", "lassen sie mich", "ich kümmere mich",
                       "ich werde", "ich schaue", "kein problem", "sehr gerne", "ich verstehe", "ihnen helfen",
                       "gerne helfen", "behilflich", "ich kann gut verstehen", "ich verstehe ihren ärger",
                       "gerne für sie"],
        "reproach": ["wie gesagt", "wie bereits gesagt", "wie schon gesagt", "wie bereits erwähnt",
                     "wie schon erwähnt", "habe ich doch gesagt", "habe ich schon gesagt", "habe ich doch schon gesagt", "hab ich doch gesagt",
                     "hab ich schon gesagt", "ich sagte bereits", "ich sagte doch", "wie oft noch", "zum dritten mal", "zum wiederholten mal", "schon beantwortet", "bereits beantwortet", "siehe oben", "nicht noch einmal", "schon zweimal", "zum zweiten mal"],
        "dismissive": ["nicht mein problem", "ihr problem", "dein problem", "nicht unser problem", "egal",
                       "so ist das", "ist nun mal so", "ist eben so", "kann ich nichts machen",
                       "kann man nichts machen", "kann ich nichts tun", "nicht zuständig", "pech gehabt",
                       "regel ist regel", "selbst schuld", "nächster .", "der nächste .", "nicht unsere aufgabe", "machen wir nicht"],
        "insult": ["dumm", "dumme", "dummen", "dummer", "blöd", "blöde", "blöden", "lächerlich", "unsinn", "quatsch",
                   "meine zeit", "zeit zu stehlen", "zeit stehlen", "zeitverschwendung", "ist mir egal",
                   "halten sie den mund", "hätten sie mal", "steht doch da", "steht doch alles", "zeit zu verschwenden", "zeit verschwenden", "nicht den ganzen tag", "gesunder menschenverstand", "andere kunden schaffen", "nicht so schwer", "nicht schwer", "nicht kompliziert", "fragen sie jemanden", "hätten sie die", "wenn sie die adresse richtig", "richtig eingegeben hätten", "wüssten sie das", "netter versuch", "zu viel verlangt", "zum letzten mal", "der einzige kunde", "die einzige kundin", "was haben sie erwartet", "viel glück damit"],
    },
    "id": {
        "gratitude": ["terima kasih", "terimakasih", "makasih", "trims", "thanks", "berterima kasih"],
        "apology": ["maaf", "mohon maaf", "minta maaf", "maafkan", "mohon maaf atas", "maaf atas ketidaknyamanan",
                    "maaf sekali", "mohon maaf sebesar-besarnya", "kami menyesal", "sangat menyesal"],
        "please": ["mohon", "tolong", "silakan", "silahkan"],
        "greeting": ["halo", "hai", "selamat pagi", "selamat siang", "selamat sore", "selamat malam",
                     "selamat datang", "yth", "yang terhormat", "assalamualaikum"],
        "hedge": ["mungkin", "sepertinya", "kira-kira", "saya rasa", "saya pikir", "barangkali", "agak", "sedikit",
                  "kiranya", "kalau boleh", "jika berkenan", "bila berkenan", "apabila berkenan", "sayangnya"],
        "counterfactual": ["bisakah", "bolehkah", "dapatkah", "sudikah", "berkenan", "apakah anda bisa"],
        "indicative": ["anda bisa", "kamu bisa", "bisa tolong"],
        "deference": ["pertanyaan bagus", "luar biasa", "menarik", "hebat"],
        "positive": ["senang", "dengan senang hati", "tentu", "tentu saja", "baik", "bagus", "siap", "membantu",
                     "kabar baik", "kabar gembira", "senang sekali", "sama-sama", "terima kasih kembali",
                     "selamat beristirahat", "semoga harinya menyenangkan", "dengan senang"],
        "negative": ["bodoh", "salah", "jelek", "buruk", "konyol", "tidak berguna", "payah", "sampah", "bego",
                     "goblok", "parah", "nyebelin", "kesal", "terserah", "bukan urusan saya", "masalah anda"],
        "second_person": ["anda", "kamu", "kau", "bapak", "ibu", "kakak", "kak", "pak", "bu"],
        "first_person": ["saya", "aku"],
        "first_person_plural": ["kami", "kita"],
        "direct_question": ["apa", "kenapa", "mengapa", "siapa", "bagaimana", "dimana", "kapan"],
        "direct_start": ["jadi", "lalu", "terus", "dan", "tapi", "tetapi"],
        "factuality": ["sebenarnya", "memang", "faktanya", "jelas", "sudah dibilang", "seperti yang sudah"],
        "imperative_start": ["baca", "cek", "periksa", "kirim", "tunggu", "isi", "telepon", "lihat", "datang",
                             "coba", "hubungi", "nomor", "berikutnya"],
        "obligation": ["anda harus", "kamu harus", "harus", "wajib", "anda perlu"],
        "help_offer": ["dengan senang hati", "saya bantu", "kami bantu", "akan saya bantu", "siap membantu",
                       "saya akan", "akan kami", "izinkan saya", "saya cek", "saya mengerti", "saya paham",
                       "membantu anda", "saya memahami", "kami memahami", "saya bantu cek", "kami bantu cek",
                       "bisa kami bantu"],
        "reproach": ["sudah dibilang", "sudah saya bilang", "sudah saya katakan", "sudah saya jelaskan",
                     "seperti yang sudah", "seperti yang saya bilang", "seperti yang saya katakan", "kan sudah",
                     "sudah dijelaskan", "berapa kali", "tidak akan mengulang", "sudah dijawab", "lihat di atas", "berkali-kali"],
        "dismissive": ["bukan urusan saya", "bukan urusan kami", "masalah anda", "bukan masalah saya", "terserah",
                       "memang begitu", "aturannya begitu", "mau bagaimana lagi",
                       "tidak bisa apa-apa", "bukan tugas saya", "bukan bagian saya", "bukan wewenang", "bukan tanggung jawab kami"],
        "insult": ["bodoh", "bego", "konyol", "goblok", "buang waktu", "membuang waktu", "tidak peduli",
                   "saya tidak peduli", "diam saja", "makanya", "baca dulu", "buang-buang waktu", "sudah jelas tertulis", "pelanggan lain", "cuma anda", "hanya anda", "minta tolong orang lain", "tidak sulit", "gampang kok", "tidak susah", "satu-satunya pelanggan", "enak banget ya", "yang realistis", "sabar sedikit lah", "mau dapat apa"],
    },
    "nb": {
        "gratitude": ["takk", "tusen takk", "mange takk", "takker", "takk skal du ha", "setter pris på"],
        "apology": ["beklager", "unnskyld", "om forlatelse", "jeg beklager", "vi beklager", "beklager så mye",
                    "beklager virkelig", "så leit", "det er leit", "leit å høre", "synd å høre", "det er synd"],
        "please": ["vær så snill", "vennligst", "gjerne", "vær vennlig"],
        "greeting": ["hei", "hallo", "god morgen", "god dag", "god ettermiddag", "god kveld", "velkommen", "kjære"],
        "hedge": ["kanskje", "muligens", "trolig", "sannsynligvis", "jeg tror", "jeg synes", "virker",
                  "ser ut til", "litt", "hvis mulig", "om mulig", "lurer på", "dessverre"],
        "counterfactual": ["kunne du", "ville du", "kunne dere", "ville dere", "hadde det vært mulig"],
        "indicative": ["kan du", "vil du", "kan dere"],
        "deference": ["godt spørsmål", "utmerket", "interessant", "flott"],
        "positive": ["glad", "selvfølgelig", "absolutt", "hyggelig", "fint", "bra", "supert", "hjelpe",
                     "gode nyheter", "god nyhet", "gleder meg", "gleder oss", "ha en fin", "ha en god",
                     "ha en riktig", "bare hyggelig", "så bra", "så fint"],
        "negative": ["dum", "dumt", "feil", "teit", "latterlig", "tull", "tøys", "ubrukelig", "forferdelig",
                     "elendig", "faen", "dritt", "jævla", "irriterende", "ikke mitt problem", "ditt problem"],
        "second_person": ["du", "deg", "din", "ditt", "dine", "dere", "deres"],
        "first_person": ["jeg", "meg", "min", "mitt", "mine"],
        "first_person_plural": ["vi", "oss", "vår", "vårt", "våre"],
        "direct_question": ["hva", "hvorfor", "hvem", "hvordan", "hvor", "når", "hvilken", "hvilke"],
        "direct_start": ["så", "og", "men", "eller", "da"],
        "factuality": ["faktisk", "egentlig", "jo", "selvsagt", "åpenbart", "som sagt"],
        "imperative_start": ["les", "sjekk", "send", "vent", "ring", "fyll", "se", "gi", "gjør", "prøv", "gå",
                             "ta", "skriv", "hør", "neste", "nummer"],
        "obligation": ["du må", "dere må", "du skal", "du burde", "du får"],
        "help_offer": ["hjelper deg gjerne", "jeg hjelper", "la meg", "jeg skal", "jeg sjekker", "jeg ordner",
                       "hjelper gjerne", "jeg forstår", "ingen problem", "hjelpe deg", "jeg skjønner",
                       "jeg ser gjerne", "ser gjerne på"],
        "reproach": ["som sagt", "som jeg sa", "som jeg har sagt", "jeg har allerede sagt", "jeg sa jo",
                     "har jo sagt", "som nevnt", "som allerede nevnt", "hvor mange ganger", "gidder ikke", "allerede besvart", "allerede svart", "se over", "tredje gang", "tre ganger"],
        "dismissive": ["ikke mitt problem", "ditt problem", "ikke vårt problem", "samme det", "sånn er det",
                       "slik er det", "kan ikke gjøre noe med", "ingenting jeg kan gjøre", "ikke mitt bord",
                       "får leve med", "regler er regler", "skyld deg selv", "neste .", "ikke vårt ansvar", "ikke mitt ansvar"],
        "insult": ["dum", "dumt", "dumme", "teit", "latterlig", "tull", "tøys", "kaste bort tiden", "kaster bort tiden",
                   "kaste bort tida", "kaster bort tida", "bryr meg ikke",
                   "hold kjeft", "hadde du lest", "står jo", "kaste bort tiden vår", "sløse bort tiden", "sunn fornuft", "ingen andre", "ikke så vanskelig", "ikke vanskelig", "prøv å følge med", "spør noen", "alle andre klarer", "den eneste kunden", "lykke til med det", "fint forsøk", "hva forventet du"],
    },
    "ru": {
        "gratitude": ["спасибо", "благодарю", "благодарим", "спс", "благодарны", "благодарен", "признательны"],
        "apology": ["извините", "простите", "приносим извинения", "приношу извинения", "прошу прощения", "извиняемся",
                    "сожалеем", "извиняюсь", "мне очень жаль", "очень жаль", "мне жаль", "нам жаль", "нам очень жаль",
                    "приносим свои извинения", "приносим наши извинения", "приношу свои извинения", "извините за",
                    "простите за", "сожалею", "очень сожалеем"],
        "please": ["пожалуйста", "будьте добры", "будьте любезны", "прошу вас"],
        "greeting": ["здравствуйте", "привет", "добрый день", "доброе утро", "добрый вечер", "добро пожаловать",
                     "уважаемый", "уважаемая", "уважаемые"],
        "hedge": ["возможно", "может быть", "наверное", "кажется", "думаю", "полагаю", "вероятно", "немного",
                  "если можно", "если не сложно", "если вам не трудно", "к сожалению", "пожалуй"],
        "counterfactual": ["не могли бы", "могли бы вы", "не подскажете", "не подскажите", "не затруднит"],
        "indicative": ["можете", "можешь", "вы можете"],
        "deference": ["хороший вопрос", "прекрасно", "замечательно", "интересно"],
        "positive": ["рад", "рады", "рада", "с удовольствием", "конечно", "разумеется", "хорошо", "отлично",
                     "обязательно", "помочь", "хорошая новость", "хорошие новости", "отличная новость",
                     "рады сообщить", "рад сообщить", "с радостью", "хорошего дня", "хорошего вечера",
                     "всего доброго", "всего хорошего", "приятного дня", "всегда пожалуйста"],
        "negative": ["глупо", "глупый", "бред", "ерунда", "чушь", "бесполезно", "ужасно", "отвратительно", "дурак",
                     "идиот", "достали", "надоели", "плохо", "неправильно", "ваша проблема", "ваши проблемы",
                     "не моя проблема"],
        "second_person": ["вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "ты",
                          "тебя", "тебе", "твой", "твоя"],
        "first_person": ["я", "меня", "мне", "мой", "моя", "моё"],
        "first_person_plural": ["мы", "нас", "нам", "наш", "наша", "наши"],
        "direct_question": ["что", "почему", "кто", "как", "где", "когда", "какой", "какая", "зачем"],
        "direct_start": ["так", "и", "но", "а", "ну", "итак"],
        "factuality": ["на самом деле", "фактически", "вообще-то", "очевидно", "собственно", "как уже сказано",
                       "как я уже сказал"],
        "imperative_start": ["читайте", "прочитайте", "проверьте", "ждите", "звоните", "пишите", "заполните",
                             "смотрите", "посмотрите", "отправьте", "пришлите", "читай", "жди", "звони", "номер",
                             "следующий"],
        "obligation": ["вы должны", "вам нужно", "вам надо", "вам придётся", "вам придется", "обязаны",
                       "надо было"],
        "help_offer": ["рад помочь", "рады помочь", "с удовольствием помогу", "я помогу", "давайте", "сейчас проверю",
                       "я проверю", "я понимаю", "понимаю вас", "помочь вам", "прекрасно понимаю", "понимаю ваше",
                       "сейчас посмотрю", "я посмотрю", "сейчас уточню", "я уточню"],
        "reproach": ["как уже сказано", "как я уже сказал", "как я уже сказала", "как уже говорилось",
                     "я же сказал", "я же сказала", "я уже говорил", "я уже говорила", "повторяю",
                     "сколько можно", "ещё раз повторяю", "вам уже сказали", "не собираюсь повторять", "повторять не буду", "уже ответили", "смотрите выше", "в третий раз", "третий раз", "уже объяснял", "уже объясняла"],
        "dismissive": ["ваша проблема", "ваши проблемы", "не моя проблема", "не наша проблема", "мне всё равно",
                       "мне все равно", "так положено", "такие правила", "ничего не поделаешь",
                       "ничего сделать нельзя", "ничем не могу помочь", "не ко мне", "не моё дело", "не мое дело",
                       "сами виноваты", "нельзя и всё", "следующий .", "не к нам", "не наша забота", "мы такое не делаем"],
        "insult": ["глупый", "глупые", "глупых", "глупо", "глупость", "бред", "ерунда", "чушь", "дурак",
                   "тратьте моё время", "тратьте мое время", "тратить моё время", "тратить мое время",
                   "тратите моё время", "тратите мое время", "трата времени",
                   "мне плевать", "замолчите", "надо было читать", "читать надо", "написано же", "не тратьте наше время", "здравый смысл", "другие клиенты", "никто больше", "не так сложно", "ничего сложного", "попросите кого-нибудь", "постарайтесь вникнуть", "прочитали бы", "сами указали", "сами виноваты", "все остальные справляются", "как-то справляются", "единственный клиент", "единственная клиентка", "хорошая попытка", "а вы что хотели", "кто-нибудь читает"],
    },
}
