"""Phrase lists for the rule-based cue matchers, one table per language.

Phrases are matched on lower-cased tokens (spaCy ``LOWER``), so write them lower-case and as the
blank tokenizer splits them. Add a phrase here and every pipeline picks it up; nothing is learned.
"""

from __future__ import annotations

CUE_NAMES: tuple[str, ...] = (
    "apology", "thanks", "greeting", "blame", "escalation_request", "follow_up", "fix_confirmed",
    "negation", "intensifier",
    # Resolution signals (see ``resolution.py``): the customer's last words and the agent's closing move.
    "works_now", "still_broken", "handoff", "closing_offer", "refusal",
    # The customer's closing "nothing else" and resignation, the agent's "it will take N days".
    "done", "resigned", "pending",
    # The agent sending the case to self-service, another channel or a queue instead of handling it.
    "deflect",
)

CUES: dict[str, dict[str, list[str]]] = {
    "en": {
        "apology": ["sorry", "i apologize", "i apologise", "we apologize", "we apologise", "my apologies",
                    "our apologies", "apologies for", "sorry for the inconvenience", "i am sorry", "i'm sorry"],
        "thanks": ["thank you", "thanks", "thank u", "thx", "much appreciated", "appreciate it", "i appreciate"],
        "greeting": ["hello", "hi", "good morning", "good afternoon", "good evening", "welcome", "hey there",
                     "how can i help", "how may i help"],
        "blame": ["not our department", "that's not our department", "not my department", "not my job",
                  "not our fault", "that's another department", "you'll have to call",
                  "nothing to do with us", "not our responsibility", "talk to the card team", "it's their fault",
                  "not something we handle", "not my problem"],
        "escalation_request": ["speak to a manager", "talk to a manager", "speak to your manager",
                               "speak to a supervisor", "talk to a supervisor", "your supervisor", "escalate",
                               "file a complaint", "make a complaint", "formal complaint", "speak to someone else",
                               "i want a manager", "get me a manager", "my supervisor", "my team leader", "team leader",
                               "complaints manager", "someone more senior"],
        "follow_up": ["we will call you back", "we'll call you back", "i will call you back", "i'll call you back",
                      "we will get back to you", "we'll get back to you", "i'll get back to you",
                      "i will get back to you", "we will contact you", "i'll follow up", "we will follow up",
                      "we'll be in touch", "within 24 hours", "you will hear from us", "get back to you",
                      "will contact you", "be in touch", "call you back", "keep you posted", "let you know",
                      "update you"],
        "fix_confirmed": ["that's fixed now", "it's fixed", "it is fixed", "fixed now", "all sorted", "sorted now",
                          "it's resolved", "it is resolved", "has been resolved", "problem solved", "that's done",
                          "is now working", "works now", "it works now", "i've fixed", "i have fixed",
                          "has been fixed", "has been refunded", "i've refunded", "issue resolved"],
        "negation": ["not", "no", "never", "n't", "nothing", "nobody", "none", "neither", "nor", "cannot",
                     "without", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "havent"],
        "intensifier": ["very", "so", "really", "extremely", "absolutely", "totally", "completely", "super",
                        "incredibly", "seriously", "too", "such", "utterly", "ridiculously"],
    },
    "de": {
        "apology": ["entschuldigung", "entschuldigen sie", "es tut mir leid", "tut mir leid", "tut uns leid",
                    "wir entschuldigen uns", "ich entschuldige mich", "verzeihung", "bedauern"],
        "thanks": ["danke", "vielen dank", "danke schön", "dankeschön", "herzlichen dank", "besten dank",
                   "danke sehr"],
        "greeting": ["hallo", "guten tag", "guten morgen", "guten abend", "grüß gott", "moin", "servus",
                     "herzlich willkommen", "wie kann ich helfen", "wie kann ich ihnen helfen"],
        "blame": ["nicht unsere abteilung", "nicht zuständig", "sind wir nicht zuständig", "nicht unser problem",
                  "nicht unsere schuld", "sind schuld", "da müssen sie sich an", "wenden sie sich an die kollegen",
                  "ist eine andere abteilung",
                  "dafür sind wir nicht", "liegt nicht an uns", "nicht mein problem"],
        "escalation_request": ["vorgesetzten sprechen", "ihren vorgesetzten", "mit dem chef", "den chef sprechen",
                               "mit ihrem vorgesetzten", "beschwerde einreichen", "beschwerde", "eskalieren",
                               "den filialleiter", "mit einem manager"],
        "follow_up": ["wir rufen sie zurück", "ich rufe sie zurück", "wir melden uns", "ich melde mich",
                      "rückruf", "wir kümmern uns darum", "melden uns bei ihnen", "innerhalb von 24 stunden"],
        "fix_confirmed": ["ist jetzt behoben", "ist behoben", "wurde behoben", "erledigt", "ist erledigt",
                          "funktioniert jetzt", "funktioniert wieder", "problem gelöst", "ist gelöst",
                          "wurde gelöst", "wurde erstattet", "habe ich korrigiert"],
        "negation": ["nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "nichts",
                     "niemand", "weder", "noch nie", "ohne"],
        "intensifier": ["sehr", "extrem", "total", "völlig", "absolut", "echt", "wirklich", "super", "mega",
                        "so", "zu", "äußerst", "unglaublich", "ziemlich"],
    },
    "id": {
        "apology": ["maaf", "mohon maaf", "minta maaf", "kami mohon maaf", "mohon maaf atas", "maafkan"],
        "thanks": ["terima kasih", "terimakasih", "makasih", "trims", "thanks", "thx", "terima kasih banyak"],
        "greeting": ["halo", "hai", "selamat pagi", "selamat siang", "selamat sore", "selamat malam",
                     "selamat datang", "ada yang bisa saya bantu", "ada yang bisa kami bantu"],
        "blame": ["itu bukan bagian kami", "bukan bagian kami", "bukan urusan kami", "bukan tanggung jawab kami",
                  "bukan salah kami", "urusan bagian lain", "urusan divisi lain", "silakan hubungi bagian",
                  "bukan wewenang kami"],
        "escalation_request": ["bicara dengan manajer", "bicara dengan atasan", "panggil manajer", "mau komplain",
                               "saya mau komplain", "ajukan keluhan", "bicara dengan supervisor", "atasan anda"],
        "follow_up": ["kami akan menghubungi anda", "kami akan menghubungi", "kami hubungi kembali",
                      "akan kami hubungi", "saya akan menghubungi", "kami akan kabari", "akan kami tindak lanjuti",
                      "dalam 24 jam"],
        "fix_confirmed": ["sudah diperbaiki", "sudah beres", "sudah selesai", "masalah sudah teratasi",
                          "sudah teratasi", "sudah normal", "sudah bisa", "sudah kami perbaiki", "sudah dikembalikan"],
        "negation": ["tidak", "tak", "bukan", "belum", "jangan", "tanpa", "gak", "ga", "nggak", "enggak", "ngga",
                     "tdk", "gk", "kagak"],
        "intensifier": ["sangat", "sekali", "banget", "bgt", "amat", "terlalu", "paling", "benar-benar", "sungguh",
                        "begitu"],
    },
    "nb": {
        "apology": ["beklager", "unnskyld", "vi beklager", "jeg beklager", "beklager ulempen", "om forlatelse"],
        "thanks": ["takk", "tusen takk", "mange takk", "takk skal du ha", "takker"],
        "greeting": ["hei", "hallo", "god morgen", "god dag", "god ettermiddag", "god kveld", "velkommen",
                     "hva kan jeg hjelpe med", "hvordan kan jeg hjelpe"],
        "blame": ["det er ikke vår avdeling", "ikke vår avdeling", "ikke vårt ansvar", "ikke vår feil",
                  "det er en annen avdeling", "ikke mitt problem", "det må du ta opp med",
                  "har ikke noe med oss å gjøre"],
        "escalation_request": ["snakke med en leder", "snakke med sjefen", "snakke med lederen din", "din leder",
                               "klage", "sende en klage", "snakke med en overordnet", "eskalere"],
        "follow_up": ["vi ringer deg tilbake", "jeg ringer deg tilbake", "vi tar kontakt", "vi kontakter deg",
                      "jeg tar kontakt", "vi kommer tilbake til deg", "du hører fra oss", "innen 24 timer"],
        "fix_confirmed": ["det er fikset nå", "er fikset", "er ordnet", "det er ordnet", "er løst", "problemet er løst",
                          "fungerer nå", "virker nå", "virker igjen", "er refundert", "har rettet"],
        "negation": ["ikke", "ingen", "aldri", "intet", "ingenting", "ingen ting", "verken", "uten", "ikkje",
                     "inga", "ingen av"],
        "intensifier": ["veldig", "svært", "utrolig", "ekstremt", "helt", "altfor", "så", "skikkelig", "virkelig",
                        "meget", "særdeles", "kjempe"],
    },
    "ru": {
        "apology": ["извините", "простите", "приносим извинения", "приношу извинения", "прошу прощения",
                    "извиняемся", "нам очень жаль", "мне очень жаль", "сожалеем"],
        "thanks": ["спасибо", "благодарю", "благодарим", "спс", "большое спасибо", "спасибки"],
        "greeting": ["здравствуйте", "привет", "добрый день", "доброе утро", "добрый вечер",
                     "чем могу помочь", "добро пожаловать"],
        "blame": ["это не к нам", "не к нам", "не наш отдел", "не в нашей компетенции", "не наша вина",
                  "не наша проблема", "обращайтесь в другой отдел", "это другой отдел", "это не наше",
                  "мы тут ни при чем", "мы тут ни при чём"],
        "escalation_request": ["позовите начальника", "позовите руководителя", "с руководителем",
                               "поговорить с начальником", "поговорить с руководителем", "жалобу", "жалоба",
                               "пожаловаться", "старшего", "управляющего"],
        "follow_up": ["мы вам перезвоним", "перезвоним", "я вам перезвоню", "мы свяжемся с вами", "свяжемся с вами",
                      "мы с вами свяжемся", "сообщим вам", "в течение 24 часов"],
        "fix_confirmed": ["уже исправлено", "исправлено", "всё исправили", "все исправили", "проблема решена",
                          "вопрос решен", "вопрос решён", "теперь работает", "уже работает", "всё готово",
                          "деньги вернули", "средства возвращены"],
        "negation": ["не", "нет", "ни", "никогда", "ничего", "никто", "нельзя", "без", "нету", "ничто"],
        "intensifier": ["очень", "слишком", "совсем", "абсолютно", "крайне", "просто", "вообще", "самый",
                        "так", "такой", "ужасно", "супер"],
    },
}

# What a customer says when it worked or did not, and how an agent closes: the resolution signals that
# hold in real support text (not only in the demo's phrasing). ``works_now`` right after a negator
# ("не работает", "not working now") is dropped by the matcher. ``still_broken`` is phrased as a
# reply to an attempted fix ("still not", "didn't help"), not as the opening complaint.
RESOLUTION_CUES: dict[str, dict[str, list[str]]] = {
    "en": {
        "works_now": ["that worked", "it worked", "that works", "it works now", "works now", "working now",
                      "that did it", "that did the trick", "that fixed it", "problem solved", "all good now",
                      "perfect", "got it working", "that helped", "that helps", "it's working", "it is working",
                      "all sorted", "that solved it", "it went through"],
        "still_broken": ["still not", "still doesn't", "still does not", "still can't", "still cannot", "still isn't",
                         "still won't", "still the same", "still having", "still getting", "still broken",
                         "still waiting", "didn't work", "did not work", "didn't help", "did not help",
                         "doesn't help", "not solved", "not resolved", "not fixed", "no change", "same problem",
                         "same issue", "same error", "not good enough", "useless", "waste of time", "forget it",
                         "never mind", "call again", "this is ridiculous", "unacceptable", "still have",
                         "still happening", "keeps happening", "not working", "doesn't work", "does not work"],
        "handoff": ["transfer you", "transferring you", "put you through", "pass this to", "passing this to",
                    "pass it on", "forward this to", "forwarded your", "forwarded this", "escalate this",
                    "escalated this", "escalated your", "raised a ticket", "opened a ticket", "created a ticket",
                    "connect you with", "refer you to", "technical team will", "specialist will", "logged the request", "logged a request", "under ticket", "ticket number", "pass your feedback", "passed your feedback", "raise a complaint", "raised a complaint"],
        "closing_offer": ["anything else i can help", "anything else i can do", "is there anything else",
                          "glad i could help", "happy to help", "glad to help", "glad that's sorted",
                          "glad it's working", "glad to hear"],
        "refusal": ["unfortunately", "not possible", "we can't", "we cannot", "i can't", "i cannot", "unable to",
                    "nothing i can do", "nothing we can do", "no way to", "not able to", "couldn't fix", "couldn't help", "could not fix", "don't have a way", "no way for me", "i'm afraid not", "afraid we can't", "not something we can"],
        "done": ["that's all", "that's it", "that is all", "all good", "nothing else", "no thanks", "no thank you",
                 "i'm good", "im good", "all set", "thats all", "thats it"],
        "resigned": ["i'll wait", "i will wait", "i guess", "guess i'll", "have to wait", "go elsewhere",
                     "somewhere else", "another provider", "cancel my", "for nothing", "fine then", "ok then",
                     "okay then", "if you say so", "wow ok", "oh well", "i'll just", "thanks anyway",
                     "thanks for trying", "whatever", "shop around", "think about it", "look into it myself", "keep checking", "at least", "unbelievable", "so that's it", "great, thanks for nothing"],
        "pending": ["working days", "business days", "within 24", "within 48", "within 5", "within 7",
                    "within 10", "will be in touch", "will contact you", "will get back to you", "will reach out",
                    "will call you", "as soon as", "we'll let you know", "will let you know", "will be reviewed",
                    "timeframe", "time frame", "no estimate", "waiting list", "on the list", "flagged",
                    "investigating", "once it's", "once the", "no eta", "being reviewed", "is reviewed", "under review", "will be in contact", "we'll update you", "will update you"],
    },
    "de": {
        "works_now": ["hat funktioniert", "funktioniert jetzt", "funktioniert wieder", "geht jetzt", "geht wieder",
                      "klappt jetzt", "klappt wieder", "hat geklappt", "perfekt", "problem gelöst", "hat geholfen",
                      "ist angekommen", "passt jetzt"],
        "still_broken": ["immer noch nicht", "noch immer nicht", "immer noch kein", "hat nicht geholfen",
                         "hilft mir nicht", "hat nicht funktioniert", "hat nicht geklappt", "nicht gelöst",
                         "dasselbe problem", "das gleiche problem", "gleiche fehler", "bringt nichts", "nutzlos",
                         "vergessen sie es", "schon wieder", "reicht nicht", "unverschämt", "inakzeptabel",
                         "funktioniert nicht", "geht nicht"],
        "handoff": ["verbinde sie", "stelle sie durch", "leite das weiter", "leite ich weiter", "weitergeleitet",
                    "gebe das weiter", "gebe ich weiter", "ticket erstellt", "ticket eröffnet", "an die technik",
                    "an die fachabteilung", "an meinen vorgesetzten"],
        "closing_offer": ["kann ich sonst noch", "sonst noch etwas", "noch etwas, womit", "gern geschehen",
                          "freut mich, dass", "freut mich zu hören"],
        "refusal": ["leider", "nicht möglich", "kann ich nicht", "können wir nicht", "keine möglichkeit",
                    "da kann ich nichts machen", "leider nicht", "nicht ändern", "geht leider"],
        "done": ["das war's", "das wars", "das war alles", "das wäre alles", "nein danke", "alles gut",
                 "sonst nichts", "nichts weiter"],
        "resigned": ["warte ich halt", "dann warte ich", "warte ich eben", "muss ich wohl", "vergiss es",
                     "woanders", "na toll", "na gut", "dann eben nicht", "schade", "trotzdem danke",
                     "danke trotzdem", "zumindest", "wenigstens", "dann eben", "zahl ich", "überlege es mir", "schau selbst"],
        "pending": ["werktage", "werktagen", "innerhalb von", "sobald", "melden uns", "meldet sich",
                    "wird geprüft", "bearbeitung dauert", "warteliste", "noch nicht absehbar", "kein genauer termin",
                    "keinen genauen termin", "als dringend markiert", "falls sich etwas ergibt", "wird bearbeitet", "in bearbeitung", "noch keine rückmeldung"],
    },
    "id": {
        "works_now": ["sudah bisa", "berhasil", "sudah berhasil", "sudah normal", "sudah jalan", "sudah masuk",
                      "mantap", "sudah beres", "sudah oke", "sip"],
        "still_broken": ["masih belum", "masih tidak", "masih gagal", "masih error", "masih sama", "tetap tidak",
                         "tetap gagal", "belum bisa", "belum berhasil", "tidak membantu", "gak membantu",
                         "belum selesai", "belum beres", "percuma", "masih gak", "masih nggak"],
        "handoff": ["kami teruskan", "akan diteruskan", "sudah diteruskan", "saya teruskan", "saya sambungkan",
                    "kami eskalasi", "dieskalasi", "tiket sudah dibuat", "membuat tiket", "ke tim terkait",
                    "ke bagian terkait"],
        "closing_offer": ["ada lagi yang bisa", "ada yang bisa dibantu lagi", "senang bisa membantu", "sama-sama"],
        "refusal": ["tidak bisa", "tidak dapat", "sayangnya", "tidak memungkinkan", "belum bisa", "tidak ada cara"],
        "done": ["itu saja", "sudah cukup", "tidak ada lagi", "gak ada lagi", "nggak ada lagi", "ga ada lagi",
                 "sudah itu saja", "udah itu aja", "itu aja"],
        "resigned": ["ya udah", "yaudah", "ya sudah", "ya sudahlah", "hadeh", "haduh", "terpaksa", "tunggu saja",
                     "pindah ke", "percuma", "makasih aja", "tetap makasih", "setidaknya", "saya tunggu", "tunggu kabarnya", "pikir-pikir dulu", "cari sendiri"],
        "pending": ["hari kerja", "dalam waktu", "segera setelah", "akan menghubungi", "sedang ditangani",
                    "sedang dicek", "dalam proses", "mohon ditunggu", "akan dikabari", "akan kami kabari",
                    "akan kami informasikan", "belum bisa dipastikan", "nomor laporan", "masih diproses", "sedang diproses", "akan diinformasikan"],
    },
    "nb": {
        "works_now": ["det funket", "funker nå", "fungerer nå", "virker nå", "virker igjen", "det hjalp",
                      "det løste", "perfekt", "supert", "det gikk", "funker igjen"],
        "still_broken": ["fortsatt ikke", "fremdeles ikke", "hjalp ikke", "fungerte ikke", "funket ikke",
                         "ikke løst", "samme problem", "samme feil", "ubrukelig", "hjelper ikke", "virker ikke ennå",
                         "enda ikke", "helt uakseptabelt", "uakseptabelt", "virker ikke", "fungerer ikke",
                         "funker ikke"],
        "handoff": ["setter deg over", "sette deg over", "videresender", "videresendt", "sendt videre",
                    "sender saken videre", "sender dette videre", "opprettet en sak", "til teknisk avdeling",
                    "eskalert", "eskalerer"],
        "closing_offer": ["noe mer jeg kan hjelpe", "noe annet jeg kan hjelpe", "var det noe mer", "bare hyggelig",
                          "godt å høre", "hyggelig å kunne hjelpe"],
        "refusal": ["dessverre", "ikke mulig", "kan ikke", "kan vi ikke", "ingenting jeg kan gjøre", "dessverre ikke", "har ikke mulighet"],
        "done": ["det var alt", "det er alt", "nei takk", "alt bra", "ingenting mer", "det var det"],
        "resigned": ["glem det", "får vente", "venter da", "et annet sted", "greit da", "ok da", "synd",
                     "får bare", "takk likevel", "takk uansett", "i det minste", "tenker på det", "ser selv", "får heller"],
        "pending": ["virkedager", "virkedagar", "innen", "så snart", "tar kontakt", "blir behandlet",
                    "ser på saken", "venteliste", "vet ikke når", "hører fra oss", "feilrapporten", "under behandling", "får e-post når"],
    },
    "ru": {
        "works_now": ["заработало", "теперь работает", "всё работает", "все работает", "получилось", "помогло",
                      "отлично", "решено", "всё ок", "все ок", "пришли деньги", "деньги пришли"],
        "still_broken": ["всё ещё не", "все еще не", "всё еще не", "по-прежнему не", "до сих пор не", "опять не",
                         "снова не", "не помогло", "не работает", "не получилось", "не решено", "не решен",
                         "та же проблема", "бесполезно", "ничего не изменилось", "безобразие"],
        "handoff": ["переведу вас", "переключу вас", "соединю вас", "передам", "передал", "передала",
                    "передали", "направил", "направила", "заявку создал", "создал заявку", "создала заявку",
                    "оформил заявку", "оформила заявку", "эскалировал", "специалисты свяжутся"],
        "closing_offer": ["могу ли я еще", "могу ли я ещё", "чем-то еще помочь", "чем-то ещё помочь",
                          "еще вопросы", "ещё вопросы", "рад был помочь", "рада была помочь", "рад помочь",
                          "рада помочь", "обращайтесь"],
        "refusal": ["к сожалению", "невозможно", "не можем", "не могу", "нет возможности", "невозможны", "нельзя", "не получится"],
        "done": ["это всё", "это все", "больше ничего", "нет, спасибо", "всё хорошо", "все хорошо",
                 "вопросов нет", "больше вопросов нет"],
        "resigned": ["ну ладно", "буду ждать", "придётся ждать", "придется ждать", "ну и ладно", "уйду к",
                     "другому оператору", "спасибо и на этом", "всё равно спасибо", "все равно спасибо", "ну спасибо", "хотя бы", "подумаю", "сам разберусь", "сама разберусь"],
        "pending": ["рабочих дней", "в течение", "как только", "свяжутся", "сообщим", "рассматривается",
                    "в работе", "придёт смс", "придет смс", "пока неизвестны", "точных сроков",
                    "сроки восстановления", "на рассмотрении", "рассмотрят", "повторно подать"],
    },
}
# Deflection: the case is sent to self-service, another channel or a queue instead of being handled ("Most questions are answered in our FAQ", "please visit your branch", "this mailbox does not
# handle individual cases", "your request has been registered"). Seen: canned e-mail answers of that kind
# were read as resolved (p ~0.7) on a chain written apart from the demo.
DEFLECTIONS: dict[str, list[str]] = {
    "en": ["help centre", "help center", "our faq", "the faq", "faqs", "check our website", "visit our website",
           "see our website", "visit your branch", "visit your local branch", "visit a branch", "pop into a branch",
           "individual cases", "has been registered", "have been registered", "high volume of", "can't discuss",
           "cannot discuss", "do not discuss", "don't discuss", "contact your branch", "escalated it",
           "has to go to", "needs to go to", "self-service", "self service", "no access to that"],
    "de": ["faq", "hilfebereich", "hilfeseite", "hilfecenter", "häufigen fragen", "häufig gestellten fragen",
           "besuchen sie ihre filiale", "in ihrer filiale", "einzelfälle", "wurde registriert", "ist registriert",
           "hohen aufkommens", "hohes aufkommen", "nicht per e-mail", "nicht per mail", "werden sie berücksichtigen",
           "auf unserer website", "auf unserer webseite", "keinen zugriff", "muss an die", "muss an das"],
    "id": ["pusat bantuan", "halaman bantuan", "faq", "kunjungi kantor cabang", "datang ke kantor cabang",
           "kunjungi cabang", "datang ke cabang", "tidak punya akses", "sudah kami catat", "telah kami catat",
           "sudah tercatat", "permintaan sangat tinggi", "tidak dapat membahas", "tidak bisa membahas",
           "kasus per kasus", "kasus individu", "situs kami", "website kami"],
    "nb": ["hjelpesenter", "hjelpesenteret", "hjelpesiden", "ofte stilte spørsmål", "faq", "besøk kontoret",
           "besøk ditt lokale", "oppsøk", "kan ikke diskutere", "diskuterer ikke", "er registrert", "stor pågang",
           "enkeltsaker", "nettsiden vår", "nettsidene våre", "har ikke tilgang", "må til"],
    "ru": ["центр помощи", "справочный раздел", "справочном разделе", "раздел помощи", "раздел вопросов", "часто задаваемые", "faq",
           "обратитесь в отделение", "обратитесь в офис", "обратитесь в салон", "посетите отделение",
           "не обсуждаем", "зарегистрировано", "зарегистрирован", "зарегистрирована", "большое количество обращений",
           "высокая нагрузка", "индивидуальные обращения", "на нашем сайте", "нет доступа"],
}
for _lang, _table in RESOLUTION_CUES.items():
    CUES[_lang].update(_table)
    CUES[_lang]["deflect"] = DEFLECTIONS[_lang]

# Indirect blame: another team named as the ones at fault without a stock phrase ("The billing department
# messed up your invoice"). A team word and a fault word in one sentence, in either order; a team the
# speaker owns ("our team", "tim kami": ``BLAME_OWNERS`` just before, or for Indonesian just after, the team
# word) is owning the mistake, not blaming. Regular expressions on the lower-cased turn; stems cover inflection.
BLAME_TEAMS: dict[str, str] = {
    "en": r"\b(?:department|dept|team|colleagues?|warehouse|courier(?: firm)?|back office|head office|accounts|billing|"
          r"logistics|supplier|vendor|delivery (?:company|depot)|depot|branch|store|shop|partner(?: bank)?|"
          r"call cent(?:re|er)|engineering|developers|dev team|sales|marketing|finance|claims|"
          r"collections|dispatch|scheduling|underwriting|installers?|installation team|technician|engineer|"
          r"(?:night|day|late|early) shift|previous agent|other agent|refunds desk|kitchen|system|it (?:people|team|guys)|"
          r"(?:guys|people|folks|lot) (?:in|at|from|upstairs|over there)|\w+ (?:guys|people|folks))\b",
    "de": r"\b(?:\w*abteilung|kollegen?|kollegin|buchhaltung|it|lager|zentrale|technik|versand|paketdienst|"
          r"backoffice|verwaltung|post|filiale|\w*schicht|vertrieb|entwicklung|callcenter|inkasso|monteur|"
          r"techniker|partnerbank|spedition|subunternehmer|system|die da oben)\b",
    "id": r"\b(?:bagian|divisi|tim|departemen|kurir|gudang|kantor pusat|ekspedisi|rekan|cabang|shift|teknisi|"
          r"toko|bank mitra|mitra|orang|sistem|pusat)\b",
    "nb": r"\b(?:\w*avdeling(?:en)?|kollega(?:en|ene)?|kollegene|regnskap|lageret|hovedkontoret|it|it-folka|"
          r"budfirmaet|posten|sentralen|kontoret|butikken|\w*skiftet|salg|utviklerne|inkasso|montøren|teknisk|"
          r"transportøren|samarbeidsbanken|systemet|de på \w+)\b",
    "ru": r"(?<!\w)(?:\w*отдел\w*|бухгалтери\w*|коллег\w*|склад\w*|курьер\w*|почт\w*|головн\w* офис\w*|"
          r"служб\w* доставки|техподдержк\w*|отделени\w*|салон\w*|смен\w*|разработчик\w*|продажник\w*|"
          r"айтишник\w*|монтажник\w*|банк-партн\w*|систем\w*|кто-то из наших)",
}
BLAME_FAULTS: dict[str, str] = {
    "en": r"\b(?:messed up|mess(?:ed|es)? it up|screwed up|made (?:a|an) (?:mistake|error)|mistake|got it wrong|"
          r"lost|lose|loses|losing|forgot|mixed up|mixing up|mix up|botched|dropped the ball|(?:is|are) to blame|"
          r"(?:'s|s') fault|fault|useless|a (?:disaster|nightmare|joke)|never (?:submitted|sent|read|updated|"
          r"explain|told|bothered)|(?:hasn't|haven't|didn't|never) (?:bothered|updated|read|told|checked|"
          r"submitted|sent|fixed)|for no (?:real )?reason|wrong|broke|ignored|skipped|their mess|not ours|"
          r"not (?:from )?us|wasn't us|without (?:telling|checking)|had no authority|typical|happens a lot|"
          r"all the time|constantly|sat on|always slow|nothing to do with (?:us|me)|not me)\b",
    "de": r"\b(?:verbockt|vermasselt|schuld|fehler gemacht|falsch gemacht|verschlampt|vergessen|verloren|versäumt|"
          r"verpennt|durcheinander gebracht|verbummelt|liegen lassen|verwechseln|verwechselt|katastrophe|"
          r"nicht von uns|nicht wir|nicht meine|deren baustelle|quatsch|nicht behoben|typisch|ständig|dauernd|"
          r"andauernd|ohne (?:vorher )?(?:irgendwas )?zu prüfen|nicht gelesen|nicht aktualisiert|ewig zeit|"
          r"ausbaden|mal wieder|durcheinandergebracht|kaputt ?gemacht|fehler (?:lag|liegt) bei|(?:lag|liegt) der fehler bei|"
          r"den fehler hat|"
          r"nicht ich|nichts zu tun)\b",
    "id": r"\b(?:salah|kesalahan|lalai|keliru|teledor|menghilangkan|lupa|lambat|payah|asal-asalan|bukan (?:dari )?kami|"
          r"urusan mereka|sering|tidak pernah|belum juga|tanpa cek|biasa|bukan saya|tidak ada hubungannya)\b",
    "nb": r"\b(?:rotet|rot|har gjort en feil|gjorde en feil|gjort feil|skyld|glemt|glemte|mistet|mister|surret|tabbe|"
          r"feilen ligger hos|håpløs|aldri|ikke fra oss|ikke vi|ikke mitt|feil|typisk|stadig|sjelden|evighet|"
          r"uten å (?:sjekke|gjøre)|ikke meg|ingenting med oss)\b",
    "ru": r"(?:напутал\w*|ошиблись|ошибся|ошиблась|ошибку|винова\w*|потерял\w*|теряют\w*|теряются|забыл\w*|"
          r"накосячил\w*|перепутал\w*|путают|ужасн\w*|не мы|не нас|не к нам|косяк|так и не|вечно|постоянно|"
          r"как обычно|ничего не (?:исправили|проверив)|неверн\w*|не тот|не обновил\w*|тянет|не я|по вине|"
          r"отношения не имеет)",
}
BLAME_OWNERS: dict[str, str] = {
    "en": r"\b(?:our|my)\s+(?:\w+\s+)?$", "de": r"\b(?:unser\w*|mein\w*)\s+(?:\w+\s+)?$", "id": r"^\s*(?:kami|saya)\b",
    "nb": r"\b(?:vår\w*|min|mitt)\s+(?:\w+\s+)?$", "ru": r"(?<!\w)(?:наш\w*|мо[йяие]\w*)\s+(?:\w+\s+)?$",
}
# With "our" before the team, a plain admission ("our accounts team made a mistake") owns the fault; a
# sneer or a disclaimer anywhere in the turn does not ("our IT people broke it again, typical", "our
# warehouse mixed it up, we couldn't see that from here"): these blame even an owned team.
BLAME_SNEERS: dict[str, str] = {
    "en": r"\b(?:useless|a (?:disaster|nightmare|joke)|typical|always|constantly|all the time|happens a lot|"
          r"their mess|not ours|not (?:from )?us|wasn't us|hasn't bothered|never bothered|sat on|"
          r"nothing to do with (?:us|me)|not me|couldn't (?:have )?(?:see|know)n?|out of (?:our|my) hands)\b",
    "de": r"\b(?:katastrophe|typisch|ständig|dauernd|andauernd|immer|ewig|deren baustelle|nicht wir|nicht von uns|"
          r"ausbaden|mal wieder|nichts zu tun|nicht ich|(?:konnten|können|konnte) wir (?:\w+ )*nicht (?:sehen|wissen))\b",
    "id": r"\b(?:payah|asal-asalan|bukan (?:dari )?kami|urusan mereka|sering|selalu|lambat sekali|biasa|bukan saya|"
          r"tidak ada hubungannya|di luar kendali)\b",
    "nb": r"\b(?:håpløs|typisk|stadig|alltid|evighet|ikke fra oss|ikke vi|deres rot|sjelden|ikke meg|"
          r"ingenting med oss)\b",
    "ru": r"(?:ужасн\w*|вечно|постоянно|как обычно|всегда|не мы|не нас|их косяк|тянет|не я\b|отношения не имеет)",
}
# A team word right after these is not the one who did it: "checked with the courier", "sent it to the
# warehouse", "an die Buchhaltung weitergegeben" (agentive "by" / "von" / "oleh" / "av" are not listed).
BLAME_NOT_AGENT: dict[str, str] = {
    "en": r"\b(?:with|to|for|from|at|into|via|through|contacted|contact|called|call|asked|ask|told|tell)\s+"
          r"(?:the\s+|our\s+|your\s+|a\s+|an\s+|another\s+|their\s+)?$",
    "de": r"\b(?:mit|an|bei|beim|zu|zum|zur|für|ans|ins|in)\s+(?:der|die|das|dem|den|unsere[mnrs]?|ihre[mnrs]?|eine[mnrs]?)?\s*$",
    "id": r"\b(?:dengan|ke|kepada|untuk|dari|di|pada)\s+(?:pihak\s+)?$",
    "nb": r"\b(?:med|til|hos|for|fra|på|i)\s+(?:den\s+|det\s+|de\s+)?$",
    "ru": r"(?<!\w)(?:с|со|к|ко|в|во|для|у|через|из)\s+$",
}
# Phrases that lay the fault at a team's door even after one of those words: "the fault lay with accounting",
# "der Fehler lag bei der Buchhaltung", "по вине склада".
BLAME_ATTRIBUTION: dict[str, str] = {
    "en": r"\b(?:fault|to blame|(?:lies|lay|lying|is|was) with|down to|caused by|on (?:their|the \w+'?s?) side)\b",
    "de": r"\b(?:schuld|fehler (?:lag|liegt)|(?:lag|liegt) (?:der fehler )?bei|verursacht|auf seiten|seitens)",
    "id": r"\b(?:kesalahan (?:ada )?(?:di|dari|pada)|salahnya|gara-gara|ulah)\b",
    "nb": r"\b(?:skyld|feilen (?:ligger|lå)|på grunn av)\b",
    "ru": r"(?:по вине|вина|на стороне|из-за)",
}
# The speaker owning the fault: "we made a mistake", "I forgot" just before the fault word.
BLAME_SELF: dict[str, str] = {
    "en": r"\b(?:we|i|we've|i've|we have|i have)\s+(?:\w+\s+)?$", "de": r"\b(?:wir|ich)\s+(?:\w+\s+)?$",
    "id": r"\b(?:kami|saya)\s+(?:\w+\s+)?$", "nb": r"\b(?:vi|jeg)\s+(?:\w+\s+)?$",
    "ru": r"(?<!\w)(?:мы|я)\s+(?:\w+\s+)?$",
}

NEGATORS: dict[str, frozenset[str]] = {
    lang: frozenset(p for p in table["negation"] if " " not in p) for lang, table in CUES.items()
}
