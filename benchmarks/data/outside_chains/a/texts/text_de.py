# German phrase bank (Berlin, Hamburg).  Agents use "Sie".
LANG = "de"

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def fmt_date(d, rng):
    v = rng.random()
    if v < 0.55:
        return f"{d.day}. {MONTHS[d.month - 1]}"
    if v < 0.85:
        return f"{d.day:02d}.{d.month:02d}."
    return f"{d.day}.{d.month}."


def days_w(n):
    return f"{n} Tage" if n != 1 else "1 Tag"


def wdays_w(n):
    return f"{n} Werktage"


CITY = {"BER": "Berlin", "HAM": "Hamburg"}

NAMES_F = ["Anna", "Julia", "Katrin", "Sabine", "Lena", "Laura", "Melanie", "Stefanie", "Claudia",
           "Nicole", "Sarah", "Jana", "Birgit", "Miriam", "Sophie", "Ayşe", "Petra", "Franziska"]
NAMES_M = ["Thomas", "Michael", "Andreas", "Stefan", "Jan", "Tobias", "Markus", "Florian", "Lukas",
           "Sebastian", "Jürgen", "Daniel", "Christian", "Mehmet", "Matthias", "Felix", "Uwe", "Dirk"]
SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Yılmaz", "Kaya", "Peters"]
SURNAMES_F = SURNAMES


def _p(noun, g):
    art = {"m": ("der", "den", "dem", "ein", "einen", "mein", "meinen", "meinem", "neuen"),
           "f": ("die", "die", "der", "eine", "eine", "meine", "meine", "meiner", "neue"),
           "n": ("das", "das", "dem", "ein", "ein", "mein", "mein", "meinem", "neues")}[g]
    return {"p": noun, "p_d": f"{art[0]} {noun}", "p_acc": f"{art[1]} {noun}", "p_dat": f"{art[2]} {noun}",
            "p_a": f"{art[4]} {noun}", "p_mein": f"{art[5]} {noun}", "p_meinen": f"{art[6]} {noun}",
            "p_meinem": f"{art[7]} {noun}", "p_neu": f"{art[4]} {art[8]} {noun}",
            "p_ein": f"{art[3]} {noun}"}


PRODUCTS = [_p("Kaffeevollautomat", "m"), _p("Laptop", "m"), _p("Waschmaschine", "f"), _p("Handy", "n"),
            _p("Staubsauger", "m"), _p("Fernseher", "m"), _p("Tablet", "n"), _p("Kühlschrank", "m"),
            _p("Drucker", "m"), _p("Heißluftfritteuse", "f"), _p("Zahnbürste", "f"), _p("Bürostuhl", "m"),
            _p("Smartwatch", "f"), _p("Router", "m"), _p("Soundbar", "f")]

DEVICES = ["meinem iPhone", "meinem Android-Handy", "dem Firmenlaptop", "Firefox unter Windows",
           "meinem Mac", "dem iPad", "einem Samsung-Tablet", "Chrome"]

DEPT = ["Buchhaltung", "Retourenabteilung", "Technik", "Kartenabteilung", "Versandabteilung",
        "Lagerabteilung", "Beschwerdestelle"]

REFNAME = {
    "delivery": ["Bestellnummer", "Auftragsnummer"],
    "billing": ["Rechnungsnummer", "Rechnungsnummer", "Kundennummer"],
    "card": ["Kartennummer (nur die letzten vier Ziffern)", "Kartennummer, die letzten vier Stellen reichen"],
    "account": ["Kundennummer", "Kundennummer"],
    "complaint": ["Bestell- oder Vorgangsnummer", "Vorgangsnummer", "Bestellnummer"],
    "technical": ["Kundennummer", "Bestellnummer"],
}
REF = {
    "delivery": ["Bestellung {order}", "Bestellnummer {order}", "{order}"],
    "billing": ["Rechnung {invoice}", "Rechnungsnummer {invoice}", "{invoice}"],
    "card": ["Karte mit Endziffern {last4}", "die letzten vier sind {last4}", "endet auf {last4}"],
    "account": ["Kundennummer {custno}", "{custno}"],
    "complaint": ["Bestellung {order}", "Vorgang {case}", "Vorgangsnummer {case}"],
    "technical": ["Kundennummer {custno}", "Bestellung {order}"],
}

agent_greet_chat_c = [
    "Hallo {name}, danke für Ihre Nachricht. Wie kann ich helfen?",
    "Guten Tag, hier ist {agent} vom {brand} Kundenservice. Was kann ich für Sie tun?",
    "Hallo! {agent} hier. Ich schaue mir Ihr Anliegen gleich an.",
    "Guten Tag {name}, mein Name ist {agent}. Ich helfe Ihnen gern weiter.",
    "Hallo, danke fürs Warten. Ich bin {agent} und kümmere mich darum.",
    "Herzlich willkommen im {brand} Chat, mein Name ist {agent}.",
    "Hallo {name}, {agent} vom Team {city}. Schauen wir mal, was wir machen können.",
    "Guten Tag! Entschuldigen Sie die kurze Wartezeit. Ich habe Ihre Nachricht gelesen.",
    "Hallo, hier ist {agent}. Ich sehe mir das an.",
    "Hallo {name}, vielen Dank für Ihre Geduld. Ich lese gerade Ihre Nachricht.",
    "Guten Tag {name}, Sie sind mit {agent} verbunden.",
    "Hallo! Ich habe Ihre Nachricht gerade gelesen und helfe Ihnen gern.",
    "Guten Morgen {name}, {agent} vom Kundenservice hier.",
    "Hallo {name}, danke, dass Sie sich bei {brand} melden. Ich kümmere mich sofort darum.",
    "Guten Tag {name}, das tut mir leid zu hören. Ich bin {agent} und helfe Ihnen.",
    "Hallo, ich bin {agent}. Danke für die Angaben bisher.",
    "Moin {name}, hier ist {agent}. Das kriegen wir hin.",
]
agent_greet_chat_r = [
    "Ja?", "Worum geht's?", "Schießen Sie los.", "Hallo. Was brauchen Sie?", "{agent}. Was gibt's?",
    "So, was ist jetzt wieder?", "Hallo. Bitte kurz fassen, die Warteschlange ist lang.",
    "Und was soll ich da jetzt machen?", "Ja, bin da.", "Hallo. Machen Sie's kurz.", "Hm. Weiter.",
    "Heute ist viel los. Was ist?", "Okay. Und?",
]
agent_greet_phone_c = [
    "{brand} Kundenservice, mein Name ist {agent}, was kann ich für Sie tun?",
    "Guten Tag, Sie sprechen mit {agent} von {brand}. Wie kann ich Ihnen helfen?",
    "{brand} {city}, {agent} am Apparat, guten Morgen.",
    "Hallo, {agent} von {brand}, was kann ich für Sie tun?",
    "Guten Tag, {brand} Kundenservice, {agent}, wie kann ich helfen?",
    "Danke fürs Warten, mein Name ist {agent}. Was kann ich für Sie tun?",
    "Guten Tag, hier ist {agent}, wie kann ich helfen?",
    "{brand}, {agent} hier, entschuldigen Sie die Wartezeit. Wie kann ich helfen?",
    "Schönen guten Tag, {agent} am Telefon.",
    "Moin, {brand} Kundenservice, {agent}.",
    "Danke für Ihren Anruf, hier ist {agent} vom Team {city}. Was kann ich tun?",
    "Guten Tag, {agent} von {brand}, womit kann ich Ihnen helfen?",
]
agent_greet_phone_r = [
    "{brand}.", "Ja, {brand}, was gibt's?", "Kundenservice. Bitte.", "Hallo. Ja?",
    "{agent}. Worum geht's?", "Ja. Was brauchen Sie?", "{brand}, Moment... so, bitte.",
    "Ja, hallo, was ist?", "Kundenservice, was ist los?", "Hm, ja? Aber schnell bitte.",
]

cust_hello = ["Hallo,", "Guten Tag,", "Hallo zusammen,", "Hallo.", "Guten Morgen,", "Hi,", "", "", "",
              "Hallo, ich hoffe, Sie können mir helfen.", "Guten Tag.", "Hallo {brand},",
              "Hallo, kurze Frage.", "Guten Abend,", "Moin,"]
cust_hello_phone = ["Ja, hallo, ähm,", "Hallo, ja,", "Guten Tag, ja,", "Ah, hallo,", "Hallo, guten Morgen,",
                    "Ja, guten Tag,", "Hallo, ähm,", "Ja, hallo, mein Name ist {fullname},",
                    "Guten Tag, {fullname} hier,", "Ja hallo,", "Oh, hallo, ja,", "Hallo, entschuldigen Sie, ähm,",
                    "Moin, ja,"]

SCEN = {
    "delivery": [
        {"p": ["Ich habe am {date} {p_a} bestellt und es ist immer noch nichts angekommen.",
               "Meine Bestellung {order} sollte am {date} kommen, aber bis heute ist nichts da.",
               "Wo bleibt meine Bestellung vom {date}? Ich warte immer noch."],
         "s": ["Das Paket hing im Depot fest. Ich habe es per Express neu verschickt, es ist bis {date2} bei Ihnen.",
               "Die Sendung lag im Verteilzentrum. Ich habe sie freigeben lassen, die Zustellung ist am {date2}."]},
        {"p": ["Die Sendungsverfolgung bewegt sich seit {days_w}n nicht mehr.",
               "Seit {days_w}n steht im Tracking nur 'in Zustellung'. Ist das Paket verloren?"],
         "s": ["Der Paketdienst hatte es falsch geroutet. Es ist jetzt umgeleitet und kommt bis {date2}.",
               "Der Paketdienst bestätigt, dass das Paket verloren ist. Ich habe Ihnen heute per Express Ersatz geschickt."]},
        {"p": ["{p_d} ist mit eingedrücktem Karton angekommen und geht nicht an.",
               "{p_mein} kam heute völlig kaputt an, der Karton war aufgerissen."],
         "s": ["Ich habe Ihnen kostenlos Ersatz bestellt, und der Paketdienst holt das defekte Gerät ab.",
               "Das tut mir leid. Ein neues Gerät ist unterwegs, und die Abholung des kaputten habe ich gebucht."]},
        {"p": ["Ich habe den falschen Artikel bekommen. Bestellt war {p_a}, gekommen ist etwas ganz anderes.",
               "In meinem Paket ist die Bestellung von jemand anderem, nicht {p_mein}."],
         "s": ["Der falsche Artikel wird abgeholt und der richtige geht heute noch raus.",
               "Ich habe Ihnen den richtigen Artikel per Express geschickt und ein kostenloses Retourenetikett gemailt."]},
        {"p": ["Laut Paketdienst wurde meine Bestellung zugestellt, aber hier ist nichts.",
               "Im Tracking steht 'zugestellt' gestern um 14:02, ich habe aber nichts bekommen."],
         "s": ["Das GPS des Fahrers zeigt eine andere Straße. Ich habe einen Nachforschungsauftrag gestellt und Ihnen {amount} erstattet.",
               "Der Paketdienst hat bestätigt, dass es an die falsche Adresse ging. Ersatz geht heute raus, ohne Kosten für Sie."]},
        {"p": ["Ich habe {amount2} für Expressversand bezahlt und es hat trotzdem {days_w} gedauert.",
               "Ich habe extra für Express bezahlt und die Lieferung kam trotzdem zu spät."],
         "s": ["Sie haben recht, die Expresslieferung wurde nicht eingehalten. Ich habe Ihnen die {amount2} erstattet.",
               "Die Expressgebühr von {amount2} habe ich Ihnen zurückgebucht."]},
        {"p": ["Es ist nur die Hälfte meiner Bestellung gekommen, {p_d} fehlt.",
               "Ich habe zwei von drei Paketen bekommen, {p_d} war nicht dabei."],
         "s": ["{p_d} wurde separat verschickt und kommt morgen. Die Sendungsnummer ist {case}.",
               "Der fehlende Artikel ist im Lager liegen geblieben. Er ist heute raus und bis {date2} bei Ihnen."]},
        {"p": ["Mir wurde eine Lieferung heute zwischen 8 und 12 Uhr angekündigt, und niemand ist gekommen.",
               "Ich habe mir extra den Vormittag freigenommen und keiner ist aufgetaucht."],
         "s": ["Ich habe einen neuen Termin am {date2} zwischen 8 und 12 Uhr gebucht und die Liefergebühr erstattet.",
               "Der Wagen hatte heute früh eine Panne. Sie sind jetzt morgen als erste Tour eingeplant."]},
        {"p": ["Ich möchte die Lieferadresse für Bestellung {order} ändern, ich glaube, sie ist noch nicht verschickt.",
               "Kann ich bei Bestellung {order} noch die Adresse ändern? Ich habe mich vertippt."],
         "s": ["Ich habe die Lieferadresse geändert, die Bestellung ist noch im Lager, also alles gut.",
               "Erledigt, die neue Adresse steht in der Bestellung und der Fahrer bekommt die Info."]},
        {"p": ["Ich habe {p_a} zur Abholung in der Filiale bestellt, aber dort heißt es, es sei nie angekommen.",
               "Ich war in der Filiale {city}, um Bestellung {order} abzuholen, und keiner konnte sie finden."],
         "s": ["Die Bestellung ist in der Filiale {city}, sie lag im falschen Regal. Sie können sie ab morgen früh abholen.",
               "Sie war versehentlich in eine andere Filiale gegangen. Ich habe sie umleiten lassen, ab {date2} liegt sie für Sie bereit."]},
        {"p": ["Ich habe eine Benachrichtigung bekommen, dass die Zustellung fehlgeschlagen ist, aber ich war den ganzen Tag zu Hause.",
               "Der Fahrer hat eine Karte eingeworfen, ich sei nicht da gewesen. Ich war aber da."],
         "s": ["Das Paket liegt im Depot vor Ort, ich habe eine erneute Zustellung für morgen beauftragt.",
               "Ich habe die Lieferung für den {date2} neu gebucht und dem Fahrer notiert, dass er vorher anruft."]},
    ],
    "billing": [
        {"p": ["Mir wurde dieselbe Bestellung zweimal abgebucht, jeweils {amount}.",
               "Auf meinem Kontoauszug sind zwei Abbuchungen über {amount} für eine einzige Bestellung."],
         "s": ["Sie haben recht, das war eine doppelte Abbuchung. Die {amount} sind erstattet, in {days_w}n haben Sie das Geld zurück.",
               "Ich sehe die doppelte Zahlung. Die zweite Abbuchung über {amount} ist storniert."]},
        {"p": ["Meine letzte Rechnung ist {amount2} höher als sonst und ich verstehe nicht, warum.",
               "Warum ist die Rechnung diesen Monat so viel höher? Bei mir hat sich nichts geändert."],
         "s": ["Der Mehrbetrag ist eine einmalige Aktivierungsgebühr, die habe ich Ihnen aus Kulanz gutgeschrieben.",
               "Die Differenz war eine Gebühr, die für Ihren Tarif nicht gilt. Ich habe sie entfernt und Ihnen eine korrigierte Rechnung geschickt."]},
        {"p": ["Auf meinem Konto ist eine Abbuchung über {amount}, die ich nicht zuordnen kann.",
               "{brand} hat {amount} abgebucht und ich habe keine Ahnung, wofür."],
         "s": ["Das ist der Jahresbeitrag für die Mitgliedschaft. Da Sie die nicht wollten, habe ich sie gekündigt und den Betrag erstattet.",
               "Das war eine Vorbestellung aus der App vom letzten Monat. Ich habe sie storniert und die {amount} erstattet."]},
        {"p": ["Ich habe am {date} {p_a} zurückgeschickt, aber die Erstattung über {amount} ist nicht gekommen.",
               "Wo bleibt meine Gutschrift? Die Rücksendung ist seit dem {date} bei Ihnen."],
         "s": ["Ich habe die Erstattung gefunden, sie hing fest. Sie ist jetzt freigegeben, die {amount} kommen in {days_w}n.",
               "Die Rücksendung war angekommen, aber nicht verbucht. Ich habe die {amount} eben erstattet."]},
        {"p": ["Ich habe mein Abo gekündigt, aber Sie haben diesen Monat trotzdem {amount2} abgebucht.",
               "Trotz Kündigung zum {date} wurde mein Abo wieder abgebucht."],
         "s": ["Das Abo war versehentlich noch aktiv. Ich habe es beendet und die Zahlung für diesen Monat erstattet.",
               "Ich sehe Ihre Kündigung vom {date}. Die {amount2} sind zurückgebucht und es wird nichts mehr abgebucht."]},
        {"p": ["An der Kasse stand {amount2}, abgebucht wurden aber {amount}.",
               "Der Preis am Regal und der Betrag an der Kasse stimmen nicht überein."],
         "s": ["Ich habe den Preis korrigiert und Ihnen die Differenz erstattet.",
               "In der Kasse war noch der alte Preis hinterlegt. Die Differenz geht auf Ihre Karte zurück."]},
        {"p": ["Ich habe eine Mahnung mit Mahngebühr bekommen, obwohl ich Rechnung {invoice} pünktlich bezahlt habe.",
               "Warum bekomme ich eine Mahnung? Rechnung {invoice} ist seit dem {date} bezahlt."],
         "s": ["Ihre Zahlung war der falschen Rechnung zugeordnet. Ich habe das korrigiert und die Mahngebühr storniert.",
               "Die Mahngebühr war unser Fehler, ich habe sie gelöscht und das Mahnverfahren gestoppt."]},
        {"p": ["Mir wurde ein Rabatt von {amount2} zugesagt, der steht aber nicht auf der Rechnung.",
               "Der Rabatt, den mir Ihr Kollege versprochen hat, fehlt auf der Rechnung."],
         "s": ["Ich habe den Rabatt von {amount2} eingetragen und Ihnen eine korrigierte Rechnung gemailt.",
               "Ich habe die Notiz zum Rabatt gefunden. Er ist jetzt gebucht und die Rechnung ist korrigiert."]},
        {"p": ["Ich brauche eine Kopie meiner Rechnung vom {date} für meinen Arbeitgeber und kann sie nicht herunterladen.",
               "Können Sie mir die Rechnung zur Bestellung vom {date} schicken? Im Kundenkonto ist sie nicht."],
         "s": ["Ich habe Ihnen die Rechnung vom {date} gerade per E-Mail geschickt.",
               "Die Rechnung ist jetzt in Ihrem Postfach, und im Kundenkonto können Sie sie auch wieder herunterladen."]},
        {"p": ["Die Erstattung ging auf eine alte Karte, die schon gekündigt ist.",
               "Sie haben mir das Geld auf eine Karte zurücküberwiesen, die ich gar nicht mehr habe."],
         "s": ["Ich habe die Erstattung auf Ihre aktuelle Karte umgeleitet. In {days_w}n ist sie da.",
               "Die Zahlung kam zu uns zurück, ich habe die {amount} jetzt auf Ihre neue Karte überwiesen."]},
        {"p": ["In meinem Ratenplan steht der falsche Betrag, es sollten {amount2} im Monat sein.",
               "Meine Monatsrate ist gestiegen und keiner hat mir gesagt, warum."],
         "s": ["Ich habe die Rate ab nächstem Monat auf {amount2} korrigiert und die Differenz erstattet.",
               "Der Ratenplan war mit der falschen Laufzeit angelegt. Jetzt stimmt es, {amount2} im Monat wie vereinbart."]},
        {"p": ["Sie haben mir Versandkosten berechnet, obwohl meine Bestellung über der Grenze für kostenlosen Versand lag.",
               "Warum habe ich Versand bezahlt? Die Bestellung lag deutlich über dem Mindestbestellwert."],
         "s": ["Die Versandkosten hätten nicht berechnet werden dürfen, ich habe sie erstattet.",
               "Sie haben recht, die Bestellung war versandkostenfrei. Die Gebühr ist erstattet."]},
    ],
    "card": [
        {"p": ["Meine Karte wurde heute an der Kasse abgelehnt, obwohl genug Geld auf dem Konto ist.",
               "Meine Karte ist heute Morgen zweimal abgelehnt worden, das war mir total peinlich."],
         "s": ["Die Karte wurde von der Betrugsprüfung gesperrt. Ich habe sie entsperrt, sie funktioniert jetzt wieder.",
               "Nach einer ungewöhnlichen Zahlung gab es eine vorübergehende Sperre. Die ist aufgehoben, versuchen Sie es bitte noch einmal."]},
        {"p": ["Ich glaube, ich habe gestern meine Karte verloren, ich muss sie sperren lassen.",
               "Mir wurde das Portemonnaie gestohlen, bitte sperren Sie meine Karte."],
         "s": ["Ich habe die Karte mit Endziffern {last4} gesperrt und eine neue bestellt. Sie kommt in {days_w}n.",
               "Die Karte ist jetzt gesperrt, niemand kann sie mehr benutzen. Eine Ersatzkarte ist unterwegs."]},
        {"p": ["Meine neue Karte ist nicht angekommen, sie wurde am {date} verschickt.",
               "Die Ersatzkarte ist immer noch nicht da, das sind jetzt schon {days_w}."],
         "s": ["Die Karte kam als unzustellbar zurück. Ich habe eine neue an Ihre richtige Adresse geschickt.",
               "Ich habe die Karte auf dem Postweg gesperrt und eine neue per Einschreiben bestellt."]},
        {"p": ["Ich habe meine PIN vergessen und jetzt ist die Karte gesperrt.",
               "Ich habe dreimal die falsche PIN eingegeben und jetzt geht nichts mehr."],
         "s": ["Ich habe die PIN-Sperre zurückgesetzt. Sie können die Karte sofort wieder nutzen.",
               "Die Sperre ist aufgehoben und ein PIN-Brief ist unterwegs, der kommt in {days_w}n."]},
        {"p": ["Auf meiner Karte ist eine Zahlung über {amount}, die ich nicht gemacht habe.",
               "Jemand hat am {date} mit meiner Karte {amount} bezahlt, das war ich nicht."],
         "s": ["Ich habe die Karte gesperrt und die Zahlung über {amount} reklamiert. Sie bekommen den Betrag vorläufig gutgeschrieben.",
               "Ich habe einen Betrugsfall über {amount} eröffnet. Das Geld wird während der Prüfung gutgeschrieben, und eine neue Karte ist unterwegs."]},
        {"p": ["Kontaktlos bezahlen funktioniert mit meiner Karte nicht mehr.",
               "Ich muss jetzt jedes Mal die PIN eingeben, das kontaktlose Bezahlen geht nicht mehr."],
         "s": ["Ich habe die Kontaktlosfunktion wieder aktiviert, versuchen Sie es in einer Minute noch einmal.",
               "Das wurde nach einer Sicherheitsprüfung abgeschaltet. Es ist zurückgesetzt, zahlen Sie einmal mit PIN, dann geht es wieder."]},
        {"p": ["Ich möchte das Limit meiner Kundenkarte erhöhen.",
               "Kann mein Kartenlimit auf {amount} erhöht werden?"],
         "s": ["Ich habe Ihr Limit erhöht, es gilt ab sofort.",
               "Das neue Limit von {amount} ist genehmigt und schon aktiv."]},
        {"p": ["Der Automat in der Filiale {city} hat meine Karte eingezogen.",
               "Das Kartenterminal in Ihrer Filiale {city} hat meine Karte behalten."],
         "s": ["Die Karte wurde aus Sicherheitsgründen vernichtet, ich habe Ihnen kostenlos eine neue bestellt.",
               "Die Filiale hat Ihre Karte, Sie können sie morgen mit Ausweis abholen. Ich habe es vermerkt."]},
        {"p": ["Ich fahre nächste Woche ins Ausland und beim letzten Mal wurde meine Karte gesperrt. Können Sie das prüfen?",
               "Ich verreise am {date2}, funktioniert meine Karte im Ausland?"],
         "s": ["Ich habe einen Reisevermerk an Ihrer Karte hinterlegt, sie wird im Ausland nicht gesperrt.",
               "Alles eingerichtet, die Karte ist bis Monatsende für das Ausland freigeschaltet."]},
        {"p": ["Ich möchte meine Kundenkarte mit Endziffern {last4} kündigen.",
               "Bitte kündigen Sie meine Kundenkarte, ich benutze sie nicht mehr."],
         "s": ["Ich habe die Kundenkarte mit Endziffern {last4} gekündigt. Sie bekommen eine schriftliche Bestätigung.",
               "Die Karte ist gekündigt und der Saldo ist null, Sie müssen also nichts mehr zahlen."]},
        {"p": ["Seit dem {date} werden mir keine Punkte mehr auf der Kundenkarte gutgeschrieben.",
               "Bei meinen letzten drei Einkäufen fehlen die Bonuspunkte."],
         "s": ["Die fehlenden Punkte sind jetzt gutgeschrieben, insgesamt {points} Punkte.",
               "Nach der Verlängerung war die Karte nicht mit Ihrem Konto verknüpft. Das ist erledigt, und {points} Punkte sind nachgebucht."]},
        {"p": ["Der Chip auf meiner Karte ist kaputt, sie funktioniert nicht mehr.",
               "Meine Karte hat einen Riss und die Terminals lesen sie nicht mehr."],
         "s": ["Ich habe eine Ersatzkarte mit derselben Nummer bestellt, sie ist in {days_w}n da.",
               "Eine neue Karte ist unterwegs, bis dahin können Sie mit der App bezahlen."]},
    ],
    "account": [
        {"p": ["Ich komme nicht in mein Kundenkonto, angeblich ist das Passwort falsch, obwohl ich es gerade zurückgesetzt habe.",
               "Das Zurücksetzen des Passworts funktioniert nicht, ich komme immer noch nicht rein."],
         "s": ["Ich habe Ihr Passwort zurückgesetzt. Sie bekommen gleich einen Link per E-Mail.",
               "Der alte Link war abgelaufen. Ich habe Ihnen einen neuen geschickt, der 24 Stunden gültig ist."]},
        {"p": ["Ich bin umgezogen und muss meine Adresse ändern.",
               "Können Sie meine Adresse ändern? Ich bin am {date} umgezogen."],
         "s": ["Ihre Adresse ist geändert. Die nächsten Rechnungen gehen an die neue Anschrift.",
               "Erledigt, die neue Adresse ist für Lieferungen und Post hinterlegt."]},
        {"p": ["Mein Konto wurde nach ein paar Fehlversuchen gesperrt.",
               "Im Konto steht, es sei gesperrt, und ich kann gar nichts machen."],
         "s": ["Ich habe Ihr Konto entsperrt, Sie können sich wieder anmelden.",
               "Die Sperre ist aufgehoben. Zur Sicherheit würde ich das Passwort neu setzen."]},
        {"p": ["Ich möchte die E-Mail-Adresse in meinem Konto ändern.",
               "Meine alte E-Mail-Adresse gibt es nicht mehr, können Sie sie ändern?"],
         "s": ["Ich habe die E-Mail-Adresse geändert, bitte bestätigen Sie sie über den Link, den wir gerade geschickt haben.",
               "Die neue Adresse ist gespeichert. Sie bekommen dort eine Bestätigung."]},
        {"p": ["In meinem Konto tauchen Bestellungen von jemand anderem auf.",
               "Da sind Bestellungen in meinem Konto, die nicht von mir sind."],
         "s": ["Ich habe die fremden Bestellungen entfernt und den Fehler an die IT gemeldet.",
               "Zwei Konten waren versehentlich verknüpft. Das ist jetzt getrennt."]},
        {"p": ["Ich möchte mein Konto löschen lassen, inklusive meiner Daten.",
               "Bitte schließen Sie mein Kundenkonto, ich möchte kein Kunde mehr sein."],
         "s": ["Ich habe die Kontolöschung angestoßen, die Bestätigung kommt innerhalb von {days_w}n.",
               "Der Löschauftrag ist drin, Ihre Daten werden gemäß DSGVO gelöscht. Die Bestätigung kommt per E-Mail."]},
        {"p": ["Ich bekomme den Bestätigungscode per SMS nicht.",
               "Der Anmeldecode kommt nie auf meinem Handy an."],
         "s": ["Es war noch Ihre alte Nummer hinterlegt. Ich habe sie aktualisiert, die Codes gehen jetzt an die neue.",
               "Ich habe den Code vorerst auf E-Mail umgestellt, versuchen Sie es bitte noch einmal."]},
        {"p": ["Mein Name ist im Konto und auf den Rechnungen falsch geschrieben.",
               "Sie haben meinen Nachnamen überall falsch."],
         "s": ["Die Schreibweise ist im Konto und auf künftigen Rechnungen korrigiert.",
               "Korrigiert. Neue Rechnungen zeigen Ihren Namen richtig."]},
        {"p": ["Ich habe meine zwei Konten zusammengelegt und jetzt ist meine Bestellhistorie weg.",
               "Alle meine alten Bestellungen sind aus dem Konto verschwunden."],
         "s": ["Ich habe Ihre Bestellhistorie wiederhergestellt, sie war nach der Zusammenlegung nur ausgeblendet.",
               "Die Historie ist wieder da. Sie lag noch im alten Konto und ich habe sie übertragen."]},
        {"p": ["Im Konto steht, ich sei kein Mitglied mehr, dabei habe ich am {date} den Jahresbeitrag bezahlt.",
               "Meine Mitgliedschaft wird als abgelaufen angezeigt, obwohl ich verlängert habe."],
         "s": ["Ihre Mitgliedschaft ist wieder aktiv, die Zahlung war bei uns falsch zugeordnet.",
               "Ich habe Ihre Zahlung vom {date} gefunden, die Mitgliedschaft läuft wieder bis nächstes Jahr."]},
        {"p": ["Ich möchte meinen Partner als zweiten Karteninhaber eintragen lassen.",
               "Kann meine Frau eine Karte auf mein Konto bekommen?"],
         "s": ["Ich habe die Zweitkarte eingetragen, sie kommt mit separater Post.",
               "Erledigt, die Zweitkarte ist bestellt und kommt in {days_w}n."]},
        {"p": ["Die App meldet mich alle paar Minuten ab.",
               "Ich fliege in der App ständig aus meinem Konto raus."],
         "s": ["Es waren zu viele alte Sitzungen offen. Ich habe sie beendet, jetzt sollten Sie angemeldet bleiben.",
               "Ich habe Ihre App-Sitzungen zurückgesetzt. Melden Sie sich einmal neu an, dann merkt sie sich das."]},
    ],
    "complaint": [
        {"p": ["Ich möchte mich darüber beschweren, wie ich am {date} in Ihrer Filiale {city} behandelt wurde.",
               "Wie man am {date} in der Filiale {city} mit mir geredet hat, war unmöglich."],
         "s": ["Das tut mir wirklich leid. Ich habe es an die Filialleitung weitergegeben und Ihnen {amount2} als Entschuldigung gutgeschrieben.",
               "Ich habe die Beschwerde bei der Filialleitung {city} eingetragen, die sich darum kümmert, und Ihnen einen Gutschein über {amount2} ins Konto gelegt."]},
        {"p": ["{p_mein} vom {date} ist nach zwei Wochen kaputtgegangen und die Filiale wollte es nicht zurücknehmen.",
               "{p_d} ging nach vierzehn Tagen nicht mehr und im Laden wurde der Umtausch abgelehnt."],
         "s": ["Ich habe die Rückgabe freigegeben, Sie können das Gerät in jeder Filiale gegen volle Erstattung abgeben.",
               "Das hätte angenommen werden müssen. Ich habe einen Umtausch genehmigt, jede Filiale tauscht es Ihnen."]},
        {"p": ["Mir wurde dreimal ein Rückruf versprochen und es hat nie jemand angerufen.",
               "Niemand ruft zurück, ich habe jetzt dreimal darum gebeten."],
         "s": ["Das tut mir leid. Ich habe das ursprüngliche Anliegen jetzt selbst erledigt, die Erstattung über {amount} ist unterwegs.",
               "Ich habe Ihren Fall übernommen und abgeschlossen: Der Ersatz ist bestellt und kommt bis {date2}."]},
        {"p": ["Die Mitarbeiterin letzte Woche hat mir eine Erstattung versprochen und passiert ist nichts.",
               "Mir wurden letzte Woche {amount} zugesagt. Bis heute nichts."],
         "s": ["Ich habe die Notizen geprüft, die zugesagte Erstattung ist jetzt ausgezahlt.",
               "Die Erstattung war genehmigt, aber nie angewiesen. Ich habe sie jetzt angewiesen, {amount} in {days_w}n."]},
        {"p": ["Ich habe {amount2} für eine Garantieverlängerung bezahlt und jetzt heißt es, die Reparatur ist nicht abgedeckt.",
               "Wozu habe ich die Garantie, wenn Sie {p_meinen} nicht reparieren?"],
         "s": ["Sie haben recht, die Garantie deckt das ab. Ich habe die Reparatur kostenlos beauftragt.",
               "Ich habe Ihre Garantiebedingungen geprüft, die Reparatur ist abgedeckt. Die Abholung ist am {date2}."]},
        {"p": ["In Ihrer Werbung stand {amount2}, im Laden waren es {amount}.",
               "Online und im Laden waren die Preise unterschiedlich und ich habe den höheren bezahlt."],
         "s": ["Ich habe Ihnen die Differenz zwischen Werbepreis und bezahltem Preis erstattet.",
               "Wir garantieren unsere eigenen Online-Preise, deshalb habe ich die Differenz auf Ihre Karte zurückgebucht."]},
        {"p": ["Die Reparatur von {p_meinem} dauert jetzt schon {days_w} länger als versprochen.",
               "{p_mein} ist seit Wochen in Ihrer Werkstatt."],
         "s": ["Ich habe die Verzögerung eskaliert und Ihnen stattdessen ein Neugerät bestellt.",
               "Die Reparatur ist fertig, die Lieferung ist für den {date2} gebucht, ohne Versandkosten."]},
        {"p": ["Der Monteur hat Dreck hinterlassen und meinen Küchenboden zerkratzt.",
               "Ihr Montageteam hat meinen Boden beschädigt und nicht einmal aufgeräumt."],
         "s": ["Ich habe veranlasst, dass der Monteur wiederkommt und den Schaden auf unsere Kosten behebt.",
               "Das tut mir sehr leid. Der Schadensfall ist angelegt, unser Partner meldet sich zur Reparatur, für Sie kostenlos."]},
        {"p": ["Ich habe {p_a} bekommen, das eindeutig gebraucht war, überall Kratzer.",
               "Das angeblich neue Gerät hat Fingerabdrücke und Kratzer, das war eindeutig benutzt."],
         "s": ["Ich habe Ihnen den vollen Betrag erstattet und ein Retourenetikett gemailt.",
               "Ein originalverpacktes Neugerät ist unterwegs, und der Paketdienst nimmt das gebrauchte mit."]},
        {"p": ["Ich habe drei E-Mails zum selben Problem geschrieben und drei verschiedene Antworten bekommen.",
               "Jedes Mal, wenn ich schreibe, bekomme ich eine andere Auskunft."],
         "s": ["Ich habe alle drei E-Mails durchgesehen und den Fall sauber abgeschlossen: Sie bekommen die vollen {amount} zurück.",
               "Entschuldigen Sie das Durcheinander. Ich habe alles auf einmal geklärt: Der Umtausch ist genehmigt, der Abholtermin ist am {date2}."]},
        {"p": ["Ihre Filiale in {city} hatte früher zu und ich war extra hingefahren, um meine Bestellung abzuholen.",
               "Ich bin extra zur Filiale {city} gefahren und sie war eine Stunde vor Ladenschluss zu."],
         "s": ["Das tut mir leid. Ich habe Ihnen stattdessen eine kostenlose Lieferung nach Hause für den {date2} gebucht.",
               "Ich habe Ihnen die Fahrtkosten pauschal gutgeschrieben und die Bestellung wird Ihnen morgen geliefert."]},
        {"p": ["Ich möchte mich offiziell darüber beschweren, wie meine Rücksendung abgewickelt wurde.",
               "Ihre Retourenabwicklung ist eine Katastrophe und das möchte ich festgehalten haben."],
         "s": ["Ich habe die Beschwerde erfasst und die Rücksendung abgeschlossen, die {amount} sind unterwegs.",
               "Die Beschwerde ist registriert und die Retoure zu Ihren Gunsten abgeschlossen."]},
    ],
    "technical": [
        {"p": ["Die App stürzt jedes Mal ab, wenn ich meine Bestellungen öffnen will.",
               "Ihre App schließt sich, sobald ich auf 'Meine Bestellungen' tippe."],
         "s": ["Wir hatten gestern einen Fehler in der App. Mit dem aktuellen Update funktioniert es wieder.",
               "Das ist ein bekannter Fehler der letzten Version. Das Update ist raus, bitte installieren, dann klappt es."]},
        {"p": ["Ich kann auf der Website nicht bezahlen, da steht nur 'Fehler 502'.",
               "Die Bezahlseite bricht immer mit einer Fehlermeldung ab."],
         "s": ["Die Bezahlseite hatte heute Vormittag eine Störung. Sie läuft wieder, und Ihr Warenkorb ist noch gespeichert.",
               "Ich habe die Zahlung jetzt direkt hier aufgenommen, die Bestellung ist bestätigt."]},
        {"p": ["{p_d}, das ich bei Ihnen gekauft habe, verbindet sich nicht mit dem WLAN.",
               "Ich bekomme {p_meinen} nicht ins WLAN."],
         "s": ["Halten Sie bitte zehn Sekunden die Reset-Taste gedrückt, das hilft bei diesem Modell. ... So, jetzt ist es verbunden.",
               "Das Gerät braucht das 2,4-GHz-Netz, nicht 5 GHz. Wenn Sie das auswählen, klappt es. Sehr gut, jetzt ist es online."]},
        {"p": ["Meine Bestellbestätigung ist nie per E-Mail gekommen.",
               "Ich habe keine Bestätigung für meine Bestellung bekommen."],
         "s": ["Ich habe Ihnen die Bestellbestätigung noch einmal geschickt.",
               "In der E-Mail-Adresse war ein Tippfehler. Ich habe ihn korrigiert und die Bestätigung neu verschickt."]},
        {"p": ["Die Website leert an der Kasse immer meinen Warenkorb.",
               "Jedes Mal, wenn ich bezahlen will, ist der Warenkorb wieder leer."],
         "s": ["Ich habe das Problem mit dem Warenkorb in Ihrem Konto behoben, Sie können jetzt bestellen.",
               "Ihr gespeicherter Warenkorb war beschädigt. Ich habe ihn zurückgesetzt, bitte legen Sie die Artikel neu hinein."]},
        {"p": ["Seit dem Update gestern Abend startet {p_mein} nicht mehr richtig.",
               "Seit dem Update startet {p_d} ständig neu."],
         "s": ["Ich habe das Update auf Ihrem Gerät aus der Ferne zurückgesetzt, bitte einmal neu starten.",
               "Dafür gibt es einen Fix. Halten Sie den Einschaltknopf 15 Sekunden, dann installiert er sich. ... Ja, jetzt läuft es."]},
        {"p": ["Ich kann die Rechnung nicht herunterladen, das PDF ist leer.",
               "Die Rechnung als PDF öffnet sich nur als weiße Seite."],
         "s": ["Ich habe die Rechnung neu erzeugt, das PDF ist jetzt in Ihrem Postfach.",
               "Die Datei war bei uns fehlerhaft. Ich habe sie neu erstellt und Ihnen gemailt."]},
        {"p": ["Die App nimmt meine Karte nicht an, angeblich sind die Daten ungültig.",
               "Wenn ich meine Karte in der App hinzufügen will, kommt immer ein Fehler."],
         "s": ["In der App war noch Ihre alte Rechnungsadresse. Ich habe sie aktualisiert, jetzt geht die Karte durch.",
               "Ich habe die abgelaufene alte Karte entfernt, die hat blockiert. Jetzt können Sie die neue hinzufügen."]},
        {"p": ["Der Einrichtungscode für {p_acc} funktioniert nicht.",
               "Der Aktivierungscode aus der Packung wird nicht akzeptiert."],
         "s": ["Ich habe Ihnen per SMS einen neuen Einrichtungscode geschickt.",
               "Diese Codes waren fehlerhaft. Hier ist ein neuer per E-Mail, ich habe ihn getestet, er funktioniert."]},
        {"p": ["Die App schickt mir alle fünf Minuten eine Push-Nachricht.",
               "Ich werde von der App mit Benachrichtigungen zugemüllt."],
         "s": ["Ich habe die zusätzlichen Benachrichtigungen in Ihrem Profil abgeschaltet.",
               "Es gab einen Fehler, der doppelte Nachrichten verschickt hat. Das ist behoben und Ihre Einstellungen sind zurückgesetzt."]},
        {"p": ["{p_d} zeigt Fehler E4 an und geht nach einer Minute aus.",
               "{p_mein} zeigt ständig E4 und schaltet sich ab."],
         "s": ["E4 heißt, dass der Filter gereinigt werden muss. Danach läuft das Gerät wieder normal.",
               "Das ist der Überhitzungsschutz. Reinigen Sie bitte die Lüftung hinten, dann läuft es wieder."]},
        {"p": ["Der Gutscheincode {case} wird an der Kasse abgelehnt.",
               "Mein Rabattgutschein funktioniert auf der Website nicht."],
         "s": ["Der Gutschein war dem falschen Konto zugeordnet. Ich habe das korrigiert, jetzt sollte er gehen.",
               "Ich habe den Gutschein manuell auf Ihre Bestellung gebucht, der Rabatt ist drin."]},
    ],
}

tone_neg = [
    "Das ist jetzt schon das dritte Mal, dass ich mich deswegen melde.",
    "Ehrlich gesagt habe ich die Nase voll.",
    "Ich bin echt sauer.",
    "Das ist doch lächerlich.",
    "Bei Ihnen weiß anscheinend keiner, was der andere tut.",
    "Ich habe deswegen schon den ganzen Vormittag verloren.",
    "Von {brand} hätte ich wirklich mehr erwartet.",
    "So geht das einfach nicht.",
    "Ich überlege ernsthaft, woanders einzukaufen.",
    "Ich ärgere mich wirklich, das hätte längst erledigt sein müssen.",
    "Ihr Service ist in letzter Zeit echt schlecht geworden.",
    "Warum ist bei Ihnen immer alles so kompliziert?",
    "Ich habe keine Lust mehr, von einem zum anderen geschickt zu werden.",
    "Ich bin ehrlich gesagt sehr enttäuscht.",
    "Das ist ein einziges Chaos.",
    "Meine Geduld ist langsam am Ende.",
    "So geht man nicht mit Kunden um.",
    "Jedes Mal, wenn ich mit Ihnen zu tun habe, läuft was schief.",
    "Bei Ihnen meldet sich ja nie jemand zurück.",
    "Ich will, dass das heute geklärt wird und nicht erst nächste Woche.",
    "Unglaublich, echt.",
]
tone_pos = [
    "Ich bin seit Jahren Kunde und hatte nie Probleme, das ist sicher nur ein Ausrutscher.",
    "Ihre Kollegen waren bisher immer sehr hilfsbereit, daher bin ich optimistisch.",
    "Vielen Dank schon mal im Voraus!",
    "Keine Eile, ich wollte nur Bescheid geben.",
    "Die neue Filiale in {city} gefällt mir übrigens sehr.",
    "Bestimmt ist das nur ein kleines Versehen.",
    "Ansonsten bin ich wirklich zufrieden.",
    "Ich wünsche Ihnen einen schönen Tag!",
    "Letztes Jahr haben Sie mir bei etwas Ähnlichem super schnell geholfen.",
    "Danke, dass Sie sich das ansehen.",
    "Das Gerät selbst ist toll, nur diese eine Sache.",
    "Ich weiß, dass Sie viel zu tun haben, danke für Ihre Zeit.",
    "Bisher war ich immer sehr zufrieden, nur diese Kleinigkeit.",
    "Herzlichen Dank, Sie antworten immer so schnell.",
    "Nichts Dramatisches, ich möchte es nur geklärt haben.",
]
tone_neu = [
    "Könnten Sie das bitte prüfen?", "Können Sie mir helfen?", "Was kann ich da machen?",
    "Können Sie nachsehen, was da los ist?", "Wie kann ich das lösen?", "Bitte sagen Sie mir, was ich tun soll.",
    "Können Sie mir sagen, was passiert ist?", "Ich möchte das gern klären.", "Welche Möglichkeiten habe ich?",
    "Würden Sie sich das ansehen?", "", "", "", "Kann man da etwas machen?",
    "Ich bitte um Rückmeldung.", "Was brauchen Sie von mir?",
]
repeat_neu = [
    "Ich hatte mich deswegen schon am {prevdate} gemeldet.",
    "Ich habe vor ein paar Tagen schon mit einem Kollegen von Ihnen darüber gesprochen.",
    "Es geht um mein Anliegen vom {prevdate}.",
    "Am {prevdate} hieß es, das wird erledigt, aber es ist noch genauso.",
    "Es geht um dasselbe Problem wie letztes Mal.",
    "Ich hatte deswegen schon am {prevdate} angerufen.",
    "Mein Vorgang vom {prevdate} ist wohl noch offen.",
    "Man wollte sich bei mir melden, aber ich habe nichts gehört.",
]
repeat_neg = [
    "Ich habe mich schon am {prevdate} gemeldet und es ist NICHTS passiert.",
    "Zum zweiten Mal jetzt. Der versprochene Rückruf kam natürlich nicht.",
    "Am {prevdate} wurde mir versprochen, dass das behoben wird. Wurde es nicht.",
    "Wie oft soll ich das noch erklären? Ich hatte mich schon am {prevdate} gemeldet.",
    "Ihr Kollege hat am {prevdate} gesagt, alles sei erledigt. Offensichtlich nicht.",
    "Schon wieder dasselbe Problem, schon wieder muss ich hinterherlaufen.",
    "Ich habe das alles schon am {prevdate} erklärt, machen Sie sich keine Notizen?",
    "Nach meinem letzten Kontakt hat sich keiner gemeldet. Typisch.",
]
wait_complaint = [
    "Endlich! Ich hänge seit einer Ewigkeit in der Warteschleife.",
    "Ich warte seit über zwanzig Minuten darauf, dass jemand rangeht.",
    "Wissen Sie, wie lange ich in der Warteschleife war?",
    "Eine halbe Stunde Musik hören, echt jetzt.",
    "Ich hätte fast aufgelegt, das Warten hat ewig gedauert.",
]

ask_c = [
    "Könnten Sie mir bitte Ihre {refname} nennen?",
    "Gern, wie lautet die {refname}?",
    "Ich schaue nach. Wie ist die {refname}?",
    "Das tut mir leid. Können Sie mir die {refname} bestätigen?",
    "Gut, das prüfen wir. Schicken Sie mir bitte die {refname}?",
    "Natürlich. Zuerst brauche ich nur Ihre {refname}.",
    "Danke für die Erklärung. Haben Sie die {refname} zur Hand?",
    "Oh, das ist ärgerlich. Wie lautet die {refname}, damit ich es finde?",
    "Da kann ich helfen. Um welche {refname} geht es?",
    "Okay. Damit ich Ihre Daten finde, bräuchte ich die {refname}.",
    "Danke, {name}. Zur Sicherheit: Wie ist die {refname}?",
    "Entschuldigen Sie die Umstände. Wann war das genau, und wie ist die {refname}?",
    "Kein Problem, ich prüfe das. Nennen Sie mir die {refname}?",
    "Verstanden. Geben Sie mir bitte noch die {refname}?",
    "Das sollte nicht passieren. Ich suche Ihre Daten heraus, die {refname} bitte?",
    "Alles klar. Haben Sie die {refname}?",
]
ask_r = [
    "{refname}.", "Nummer?", "Ich brauche die {refname}. Logisch.", "Dann geben Sie mir die {refname}.",
    "Und die {refname}? Ohne geht gar nichts.", "Okay. {refname}?", "Haben Sie die {refname} oder nicht?",
    "Sie haben die {refname} nicht angegeben. Brauche ich.", "{refname}. Schnell bitte.",
    "Nur die {refname}, bitte, nicht die ganze Geschichte.", "So. {refname}.", "Ich kann nicht hellsehen. {refname}?",
    "Erst mal die {refname}.", "Haben Sie überhaupt mal auf die {refname} geschaut?",
]
details = [
    "Das ist {ref}.", "Klar, {ref}.", "{ref}. Das Problem besteht seit dem {date}.", "Bitte: {ref}.",
    "{ref}. Das Konto läuft auf {fullname}.", "Ich glaube, {ref}, Moment... ja, genau.",
    "Müsste {ref} sein.", "Okay, {ref}. Das war am {date}.", "{ref}, auf den Namen {fullname}.",
    "{ref}. Ich habe auch die Bestätigungsmail, falls Sie die brauchen.", "Ja, {ref}.", "Hier: {ref}.",
    "Sorry, musste kurz suchen. {ref}.", "{ref}, vom {date}.",
]
hold_c = [
    "Danke. Einen Moment, ich schaue nach.", "Vielen Dank, ich rufe das kurz auf.", "Super, geben Sie mir eine Minute.",
    "Danke, ich prüfe das jetzt.", "Okay, einen kleinen Moment bitte.", "Ich sehe mir das für Sie an.",
    "Danke {name}, ich schaue ins System.", "Prima, eine Sekunde.", "Danke, ich habe es gefunden. Ich prüfe noch die Details.",
    "Einen Augenblick bitte, ich schaue mir das an.", "Danke. Ich prüfe das im System, dauert nicht lange.",
    "Alles klar, danke. Einen Moment bitte.",
]
hold_r = [
    "Warten Sie.", "Moment.", "Ich schau.", "Moment mal.", "Okay, warten.", "Sekunde.",
    "Schließen Sie den Chat nicht.", "Moment, das System ist langsam.", "So. Warten.",
    "Eine Minute. Schreiben Sie nichts dazwischen.",
]
sol_pre_c = ["", "", "Danke fürs Warten.", "So, ich habe es gefunden.", "Vielen Dank für Ihre Geduld.",
             "Ich habe mir das angesehen.", "Gute Nachrichten.", "Ich habe das für Sie geprüft.",
             "Entschuldigen Sie die Umstände.", "Danke, ich sehe, was passiert ist.", "Das tut mir leid.",
             "Ich habe nachgesehen.", "Danke, {name}.", "Also."]
sol_pre_r = ["", "So.", "Na gut.", "Okay.", "Erledigt.", "Ist doch keine Raketenwissenschaft.",
             "Das hätten Sie auch selbst in der App machen können.", "Das kommt ständig vor.",
             "Lesen Sie doch unsere E-Mails, da steht alles drin.", "Ja, ja."]
sol_post_c = ["Kann ich sonst noch etwas für Sie tun?", "Gibt es noch etwas, wobei ich helfen kann?",
              "Ich hoffe, das hilft Ihnen!", "Melden Sie sich gern, falls noch etwas ist.",
              "Nochmals Entschuldigung für die Umstände.", "Sie bekommen gleich eine Bestätigung per E-Mail.", "", "",
              "Ich hoffe, damit ist alles geklärt!", "Wenn es nicht klappt, melden Sie sich einfach wieder.",
              "Danke für den Hinweis.", "Alles Gute!"]
sol_post_r = ["", "", "Das war's.", "Sonst noch was?", "Nächstes Mal erst in die App schauen.",
              "Steht übrigens alles auf der Website.", "Okay?", "Mehr gibt's nicht.", "Tschüss."]

fail_callback_c = [
    "Das kann ich von hier aus leider nicht lösen, aber ich habe die {dept} gebeten, Sie innerhalb von {days_w}n zurückzurufen.",
    "Es tut mir leid, darauf habe ich keinen Zugriff. Ein Kollege ruft Sie bis {date2} zurück.",
    "Ich habe eine Anfrage angelegt, jemand meldet sich innerhalb von 48 Stunden bei Ihnen.",
    "Leider lässt mich das System das heute nicht ändern. Ich habe einen Rückruf für morgen eingetragen.",
    "Ich muss das erst mit einer Fachabteilung klären. Wir rufen Sie an, sobald wir mehr wissen.",
    "Ich sehe die Details noch nicht. Ich habe es notiert, wir melden uns bis {date2}.",
    "Dafür brauche ich leider die Freigabe meiner Teamleitung. Ich rufe Sie zurück, sobald ich sie habe.",
    "Das kann ich gerade nicht erledigen, tut mir leid. Sie bekommen in den nächsten Tagen einen Anruf von uns.",
    "Das System ist gerade gestört. Ich habe Ihren Fall notiert und wir rufen Sie zurück.",
    "Ich habe alles weitergegeben. Sie hören innerhalb von {days_w}n telefonisch von uns.",
]
fail_callback_r = [
    "Geht jetzt nicht. Es ruft jemand an.", "Nicht mein Bereich. Sie werden angerufen. Wahrscheinlich.",
    "System ist down. Wir rufen zurück, keine Ahnung wann.", "Hab's notiert. Warten Sie auf den Anruf.",
    "Es meldet sich jemand. Mehr kann ich nicht sagen.", "Ich sehe nichts. Warten Sie auf den Rückruf.",
]
fail_escalate_c = [
    "Es tut mir leid, das muss an unsere Beschwerdestelle. Ich habe es weitergeleitet, man meldet sich bei Ihnen.",
    "Das kann ich nicht selbst freigeben, daher habe ich es mit allen Details an meine Teamleitung eskaliert.",
    "Ich habe Ihren Fall an die Fachabteilung gegeben, Vorgangsnummer {case}. Die Antwort kommt meist innerhalb von {days_w}n.",
    "Über die Erstattung kann ich nicht selbst entscheiden, ich habe es an die Sachbearbeitung weitergeleitet.",
    "Ich habe es als dringend eskaliert. Es tut mir leid, dass es heute nicht gelöst ist.",
    "Ich habe es an die Technik gemeldet, die schauen sich das an. Mehr kann ich im Moment leider nicht tun.",
    "Leider kann ich das von hier nicht beheben. Ich habe ein Ticket bei der {dept} eröffnet.",
    "Ich habe alles an meine Vorgesetzte weitergeleitet. Sie bekommen eine schriftliche Antwort.",
]
fail_escalate_r = [
    "Kann ich nicht. Hab's weitergegeben.", "Eskaliert. Vorgang {case}. Mehr erst mal nicht.",
    "Geht nach oben. Warten Sie.", "Liegt jetzt in der Sachbearbeitung. Fragen Sie mich nicht, wie lange.",
    "Weitergeleitet. Mehr kann ich nicht machen.",
]
fail_transfer_c = [
    "Das macht die {dept}, ich verbinde Sie gleich. Entschuldigen Sie die Wartezeit.",
    "Ich stelle Sie zu einer Kollegin durch, die dafür zuständig ist.",
    "Ich verbinde Sie mit der {dept}, die haben Zugriff darauf.",
    "Ich leite Sie an unser Fachteam weiter, bleiben Sie bitte dran.",
    "Zuständig ist die {dept}. Ich stelle Sie durch.",
]
fail_transfer_r = [
    "Falsche Abteilung. Ich verbinde.", "Nicht bei uns. Ich stelle durch.", "Das ist {dept}. Dranbleiben.",
    "Ich verbinde Sie. Nicht auflegen.",
]
fail_nohelp_c = [
    'Es tut mir wirklich leid, aber das kann ich nicht ändern. Unsere Richtlinien lassen das nicht zu.',
    'Leider kann ich zum jetzigen Zeitpunkt nichts daran machen.',
    'delivery,complaint,billing::Die Rückgabefrist ist leider abgelaufen, daher kann ich es nicht mehr annehmen.',
    'delivery,complaint,billing,technical::Es tut mir leid, ich finde die Bestellung in unserem System gar nicht. Prüfen Sie bitte die Nummer und melden Sie sich noch einmal.',
    'billing,complaint,delivery::Ich verstehe, dass das ärgerlich ist, aber eine Erstattung kann ich hier nicht machen.',
    'Leider habe ich heute keine Antwort für Sie. Versuchen Sie es am besten später in der Woche noch einmal.',
    'technical,account,card::Ich habe alles versucht, was von hier aus geht, und es klappt trotzdem nicht. Tut mir leid.',
    'complaint,technical::Leider deckt die Garantie diese Art von Schaden nicht ab.',
    'billing,card::Ich kann leider nicht sehen, warum das passiert ist. Bitte wenden Sie sich an Ihre Bank.',
    'Es tut mir leid, eine Ausnahme kann ich hier nicht machen.',
    'delivery,complaint::Der Artikel ist ausverkauft und ich kann nicht sagen, wann er wiederkommt, tut mir leid.',
    'delivery::Solange die Nachforschung beim Paketdienst läuft, können wir leider nichts tun.',
]
fail_nohelp_r = [
    'Da kann ich nichts machen.',
    "Das sind die Regeln. Da gibt's nichts zu diskutieren.",
    'Geht nicht. Sorry.',
    'delivery,complaint,billing::Tja, Sie hätten es halt rechtzeitig zurückschicken müssen.',
    'delivery,complaint,billing,technical::Ich sehe keine Bestellung. Prüfen Sie Ihre Nummer.',
    'Nein. Machen wir nicht.',
    'Nein, da kann ich nicht helfen.',
    'Ist halt so. Versuchen Sie es später.',
    'Vorschrift ist Vorschrift.',
    "technical,account,card,complaint::Wenn's nicht geht, geht's nicht. Da kann ich wenig machen.",
]
blame_fix = [
    "Ehrlich gesagt hat das wieder das Lager verbockt, nicht wir.",
    "Damit das klar ist: Den Fehler hat die Buchhaltung gemacht, nicht ich.",
    "Schuld war der Paketdienst, die haben das nie richtig gescannt.",
    "Die Sachbearbeitung hat das mal wieder verbockt.",
    "Das passiert, wenn die Filiale nichts weitergibt.",
    "Das hat unsere IT mit dem letzten Update kaputt gemacht, mit uns hier hat das nichts zu tun.",
    "Die Retourenabteilung hätte das schon vor Wochen machen müssen.",
    "Die Filiale {city} hat das falsch eingegeben, wir dürfen es jetzt ausbaden.",
    "Es tut mir leid, unser Lager hat das durcheinandergebracht, das konnten wir von hier nicht sehen.",
    "Leider lag der Fehler bei der Buchhaltung, ich habe ihn jetzt für die korrigiert.",
    "Wieder mal das Lager. Die verschlampen die Hälfte der Unterlagen.",
]
blame_push = [
    "Das ist Schuld vom Lager, nicht meine. Da müssen Sie sich an die wenden.",
    "Die Buchhaltung hat das verbockt, rufen Sie da an.",
    "Das ist ein Problem vom Paketdienst, nicht unseres. Rufen Sie die an.",
    "Die Filiale hat Ihnen das verkauft, also muss die Filiale das klären, nicht wir.",
    "Keine Ahnung, was sich die Buchhaltung dabei gedacht hat. Da müssen Sie direkt anrufen.",
    "Das ist ein Fehler der IT, deren Bugs kann ich nicht reparieren.",
    "Die Retourenabteilung hat das verschlampt, nicht ich. Schreiben Sie denen.",
    "Ehrlich, die Sachbearbeitung macht das ständig.",
    "Wer auch immer letztes Mal mit Ihnen gesprochen hat, hat Ihnen was Falsches erzählt. Nicht meine Schuld.",
    "Die Kartenabteilung hat das gesperrt, fragen Sie die, ich habe da keinen Zugriff.",
    "Wieder das Lager. Rufen Sie da direkt an.",
    "Es tut mir leid, aber das war ein Fehler der Buchhaltung und nur die kann das korrigieren.",
    "Leider hat die Versandabteilung das falsch gemacht, da müssten Sie sich direkt melden.",
]
FU_RES = [
    ("Wie lange dauert das?", "Normalerweise {days_w}, oft schneller."),
    ("Bekomme ich eine Bestätigung?", "Ja, Sie bekommen innerhalb einer Stunde eine Bestätigung per E-Mail."),
    ("Muss ich sonst noch etwas tun?", "Nein, von Ihrer Seite ist nichts mehr nötig."),
    ("Sehe ich das sofort im Konto?", "Es kann bis zu einem Tag dauern, bis es angezeigt wird, aber es ist erledigt."),
    ("Können Sie mir das schriftlich geben?", "Ja, ich habe es Ihnen gerade gemailt."),
    ("Ich muss also nicht in die Filiale?", "Nein, Sie müssen nicht vorbeikommen, es ist alles erledigt."),
    ("Bekomme ich dazu eine E-Mail?", "Ja, die E-Mail kommt in den nächsten Minuten."),
    ("Ist das jetzt wirklich erledigt?", "Ja, erledigt, Sie sehen es auch in der App."),
    ("Soll ich den Kassenbon aufheben?", "Heben Sie ihn zur Sicherheit auf, aber es ist alles verbucht."),
    ("Okay, und wann genau?", "Spätestens bis {date2}."),
]
FU_UNRES = [
    ("Und was soll ich jetzt machen?", "Warten Sie bitte vorerst auf unseren Anruf, ich habe alles notiert."),
    ("Und wie lange dauert das?", "Meist dauert es {days_w}, einen festen Termin kann ich Ihnen leider nicht nennen."),
    ("Können Sie das nicht einfach jetzt machen?", "Es tut mir leid, von hier aus geht das wirklich nicht."),
    ("Gibt es wirklich niemanden, der mir heute helfen kann?", "Ich habe meine Teamleitung gefragt, aber heute kann sie es auch nicht freigeben."),
    ("Kann ich mit Ihrem Vorgesetzten sprechen?", "Ich kann einen Rückruf der Teamleitung veranlassen, das habe ich im Vorgang vermerkt."),
    ("Ruft diesmal wirklich jemand an?", "Ja, ich habe es als dringend markiert und vermerkt, dass Sie sich schon gemeldet haben."),
    ("Ich soll also einfach warten?", "Leider ja, es tut mir leid. Sie hören von uns."),
    ("Und wenn sich keiner meldet?", "Dann melden Sie sich bitte mit der Vorgangsnummer {case}, dann haken wir nach."),
    ("Können Sie mir wenigstens eine Vorgangsnummer geben?", "Natürlich, Ihre Vorgangsnummer ist {case}."),
    ("Warum können Sie das nicht selbst lösen?", "Auf dieses System habe ich leider keinen Zugriff."),
    ("Und in der Zwischenzeit?", "In der Zwischenzeit kann ich leider nichts weiter tun, tut mir leid."),
]
fu_a_res_r = ["Ja.", "Wie gesagt, {days_w}.", "Steht in der Mail.", "Nein.", "Schauen Sie in die App.",
              "Ja, erledigt. Hab ich doch gesagt.", "Wenn die Bank es bucht."]
fu_a_unres_r = ["Warten.", "Nein.", "Hab ich doch schon gesagt.", "Vorgesetzte sind nicht da.",
                "Weiß ich nicht. Fragen Sie die.", "Ich kann nichts machen, sagte ich doch.", "Vorgang {case}. Tschüss."]
close_res_pos = ["Vielen, vielen Dank, super!", "Perfekt, Sie haben mir sehr geholfen, danke!",
                 "Wow, das ging schnell. Danke schön!", "Toll, danke {agent}, schönen Tag noch!",
                 "Danke, das weiß ich wirklich zu schätzen.", "Klasse, danke, dass das so schnell ging.",
                 "Prima, mehr brauchte ich nicht. Danke!", "Das sind gute Nachrichten, danke!", "Super, danke!",
                 "Danke, Sie haben meinen Tag gerettet.", "Spitze, herzlichen Dank!",
                 "Danke {agent}, wirklich guter Service.", "Großartig, danke für die Hilfe!",
                 "Perfekt. Nochmals danke!", "Danke, das war ja einfach."]
close_res_neu = ["Okay, danke.", "Alles klar, vielen Dank.", "Gut, danke.", "Okay, verstanden.", "Gut, danke schön.",
                 "Danke, tschüss.", "Okay, dann warte ich auf die E-Mail.", "Verstanden, danke.",
                 "Das war's, danke.", "Ok. Danke.", "Gut, danke fürs Nachschauen.", "Okay, ich schaue morgen nach.",
                 "Gut. Wiederhören.", "Danke, das müsste reichen.", "Ok, notiert."]
close_res_neg = ["Na gut. Hat ja lange genug gedauert.", "Okay. Dafür hätte es keine drei Anläufe gebraucht.",
                 "Endlich. Hoffen wir, dass es diesmal klappt.", "Na ja. Ich glaube es erst, wenn das Geld da ist.",
                 "Okay. Aber das hätte nie passieren dürfen.", "Von mir aus, Hauptsache erledigt.",
                 "Gut. Begeistert bin ich trotzdem nicht.",
                 "Gut, aber ich möchte trotzdem festhalten, dass das ein Chaos war.", "Wurde auch Zeit.",
                 "Okay. Nächstes Mal kaufe ich woanders.", "Na schön. Hätte gleich beim ersten Mal klappen müssen.",
                 "Gut, danke, schätze ich.", "Mal sehen, ob es diesmal wirklich ankommt."]
close_unres_pos = ["Okay, kein Problem, danke fürs Versuchen.", "Alles klar, trotzdem danke.",
                   "Gut, dann warte ich. Danke für Ihre Hilfe.", "Na gut, ich verstehe. Danke.",
                   "Okay, danke für die Erklärung.", "Kein Problem, ich warte auf Ihre Nachricht. Danke!"]
close_unres_neu = ["Okay, dann warte ich auf den Anruf.", "Ich muss also nochmal anrufen. Okay.",
                   "Gut, ich versuche es morgen nochmal.", "Okay. Ich warte, bis die sich melden.",
                   "Verstehe. Dann wende ich mich da hin.", "Okay, heute also nichts. Tschüss.",
                   "Gut, ich schaue nächste Woche nochmal.", "Okay, ich suche den Bon und melde mich wieder.",
                   "Hm, okay. Ich warte.", "Gut, dann rufe ich später nochmal an.", "Okay, verstanden.",
                   "Dann versuche ich es unter der anderen Nummer."]
close_unres_neg = ["Unglaublich. Also hänge ich immer noch fest.", "Toll, also ist wieder nichts gelöst.",
                   "Das bringt doch nichts. Dann muss ich halt nochmal anrufen.", "Also eine Stunde für nichts.",
                   "Klasse. Danke für nichts.", "Ich werde mich darüber beschweren.", "Das reicht mir so nicht.",
                   "Wozu gibt es dann überhaupt diesen Service?", "Schön. Dann kläre ich das eben anders.",
                   "Jedes Mal dasselbe. Keiner kann helfen.", "Vergessen Sie's.",
                   "Wenn das bis Freitag nicht geklärt ist, kündige ich.", "Typisch. Keiner ist zuständig.",
                   "Ich fasse es nicht.", "Na, das war ja Zeitverschwendung."]
agent_close_res_c = ["Gern geschehen, schönen Tag noch!", "Freut mich, dass ich helfen konnte. Alles Gute!",
                     "Kein Problem. Auf Wiederhören!", "Sehr gern, {name}. Einen schönen Abend noch.",
                     "Danke, dass Sie sich bei {brand} gemeldet haben. Tschüss!",
                     "Gern geschehen. Schönes Wochenende!", "Gern. Tschüss!",
                     "Danke für Ihre Geduld, {name}. Schönen Tag.", "Jederzeit. Machen Sie's gut.",
                     "Vielen Dank für Ihren Anruf, auf Wiederhören."]
agent_close_unres_c = ["Nochmals Entschuldigung, dass ich heute nicht mehr tun konnte. Alles Gute.",
                       "Ich verstehe Sie, und es tut mir leid. Auf Wiederhören.",
                       "Danke für Ihr Verständnis, {name}. Bis dann.",
                       "Entschuldigen Sie die Umstände. Wir melden uns.",
                       "Es tut mir leid, dass es noch nicht gelöst ist. Trotzdem einen schönen Tag.",
                       "Vielen Dank für Ihre Geduld. Auf Wiederhören."]
agent_close_r = ["Tschüss.", "Ok. Tschüss.", "Sonst noch was? Nein? Tschüss.", "So.", "Okay.", "Dann tschüss.",
                 "Das war's.", "Der Nächste."]

fillers_c = ["ähm,", "äh,", "also,", "naja,", "ja,", "also ähm,", "sozusagen,"]
fillers_a = ["also,", "okay,", "gut,", "ähm,", "so,"]
backchannel_a = ["Mhm.", "Ja.", "Okay.", "Genau.", "Verstehe.", "Ja, klar."]
backchannel_c = ["Ja.", "Mhm.", "Okay.", "Genau.", "Aha."]
phone_drop = ["Hallo? Hallo, hören Sie mich?", "Entschuldigung, Sie sind ganz abgehackt...",
              "Hallo? Sind Sie noch dran?", "Hallo? Ich glaube, die Leitung ist weg..."]
phone_hold_long = ["Ich lege Sie kurz in die Warteschleife.", "Darf ich Sie kurz halten?"]
chat_left = ["Der Kunde hat den Chat verlassen.", "Chat beendet: Verbindung zum Kunden getrennt."]
bot_hello = ["Hallo! Ich bin Kes, der digitale Assistent von {brand}. Ich verbinde Sie mit einem Mitarbeiter.",
             "Willkommen im {brand} Chat. Gleich ist jemand für Sie da.",
             "Danke für Ihre Nachricht! Bitte warten Sie, wir verbinden Sie mit einer Beraterin oder einem Berater."]
sys_joined = ["{agent} ist dem Chat beigetreten.", "Sie chatten jetzt mit {agent}."]

mail_c_greet = ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Liebes {brand}-Team,", "Hallo zusammen,",
                "Guten Morgen,", "Sehr geehrtes Kundenservice-Team,", "Moin,", "Hallo {brand},", ""]
mail_c_sign = ["Mit freundlichen Grüßen\n{fullname}", "Danke,\n{name}", "Viele Grüße\n{fullname}", "Gruß\n{name}",
               "{name}", "Vielen Dank\n{fullname}", "{fullname}\n\nVon meinem iPhone gesendet", "LG {name}",
               "Freundliche Grüße\n{fullname}"]
mail_a_greet_c = ["Sehr geehrte/r {fullname},", "Hallo {name},", "Guten Tag {fullname},", "Liebe/r {name},",
                  "Guten Tag,"]
mail_a_greet_r = ["Hallo,", "Guten Tag.", "{name},", ""]
mail_a_open_c = ["vielen Dank für Ihre E-Mail.", "danke, dass Sie sich bei uns gemeldet haben.",
                 "vielen Dank, dass Sie den {brand} Kundenservice kontaktiert haben.",
                 "herzlichen Dank für Ihre Nachricht, und entschuldigen Sie die Unannehmlichkeiten.",
                 "danke für Ihre Geduld, während wir das geprüft haben.", "danke für Ihren Hinweis.",
                 "es tut mir leid, von dem Problem zu hören.",
                 "vielen Dank für Ihre Nachricht und entschuldigen Sie die späte Antwort."]
mail_a_open_r = ["", "", "zu Ihrer Mail:", "bezüglich Ihrer Nachricht:", "Ihre Mail ist eingegangen."]
mail_a_sign_c = ["Mit freundlichen Grüßen\n{agent}\n{brand} Kundenservice", "Viele Grüße\n{agent} | {brand} {city}",
                 "Freundliche Grüße\n{agent}\nIhr {brand} Kundenservice-Team", "Beste Grüße\n{agent}\n{brand}",
                 "Herzliche Grüße\n{agent}"]
mail_a_sign_r = ["{agent}", "Gruß, {brand}", "Kundenservice", "--\n{agent}"]
mail_subject = {
    "delivery": ["Wo bleibt meine Bestellung {order}?", "Lieferproblem", "Bestellung {order} nicht geliefert",
                 "Falscher Artikel geliefert", "Paket fehlt"],
    "billing": ["Doppelte Abbuchung", "Frage zu Rechnung {invoice}", "Erstattung nicht erhalten",
                "Fehlerhafte Rechnung", "Abbuchung auf meinem Konto"],
    "card": ["Problem mit meiner Karte", "Karte gesperrt", "Karte verloren", "Neue Karte nicht angekommen",
             "Karte abgelehnt"],
    "account": ["Zugang zum Kundenkonto", "Login funktioniert nicht", "Adressänderung", "Konto gesperrt",
                "Mein Kundenkonto"],
    "complaint": ["Beschwerde", "Offizielle Beschwerde", "Sehr enttäuscht", "Beschwerde über Filialbesuch",
                  "Inakzeptabler Service"],
    "technical": ["App funktioniert nicht", "Fehler auf der Website", "Problem mit {p_mein}", "Technisches Problem",
                  "Fehler beim Bezahlen"],
}
reply_prefix = ["AW: ", "Re: ", "AW: "]
quote_header = ["Am {qdate} schrieb {qname}:", "Am {qdate} schrieb {qname} <{qaddr}>:"]

IP = {
    "delivery": [("Wollte meine Bestellung {order} abholen.", "Kd. holt Bestellung {order} ab."),
                 ("Wegen einer Lieferung da, die nie angekommen ist.", "Lieferung {order} fehlt, Tracking geprüft."),
                 ("Wollte den falsch gelieferten Artikel zurückgeben.", "Falschlieferung, Bestellung {order}."),
                 ("Wollte fragen, wo meine Bestellung bleibt.", "Statusanfrage Bestellung {order}."),
                 ("Musste einen Liefertermin verschieben.", "Liefertermin verschoben."),
                 ("Paket abholen, das in die Filiale geschickt wurde.", "Click & Collect Abholung.")],
    "billing": [("Wegen einer falschen Abbuchung da.", "Reklamation Abbuchung, Rechnung {invoice}."),
                ("Nach meiner Erstattung über {amount} gefragt.", "Erstattung {amount} nicht erhalten."),
                ("Frage zu einer Rechnung.", "Rückfrage Rechnung {invoice}."),
                ("Wollte eine doppelte Zahlung klären.", "Doppelte Abbuchung {amount}."),
                ("Wegen meines Ratenplans da.", "Frage Ratenplan."),
                ("Brauchte eine Rechnungskopie.", "Rechnungskopie angefordert.")],
    "card": [("Meine Karte war gesperrt.", "Karte gesperrt."), ("Brauchte eine Ersatzkarte.", "Ersatzkarte."),
             ("Wollte meine PIN ändern.", "PIN zurückgesetzt."), ("Meine Karte wurde abgelehnt.", "Karte an Kasse abgelehnt."),
             ("Wollte meine Kundenkarte kündigen.", "Kündigung Kundenkarte."),
             ("Frage zum Kartenlimit.", "Limiterhöhung angefragt.")],
    "account": [("Wollte meine Adresse ändern.", "Adressänderung."), ("Kam nicht in mein Konto.", "Login-Problem."),
                ("Wollte meine Daten ändern.", "Änderung E-Mail/Telefon."), ("Wollte mein Konto kündigen.", "Kontolöschung beantragt."),
                ("Wollte mich für das Bonusprogramm anmelden.", "Anmeldung Bonusprogramm."),
                ("Mein Konto war gesperrt.", "Konto gesperrt.")],
    "complaint": [("Beschwerde über {p_a}, das defekt ist.", "Beschwerde defektes Gerät ({p})."),
                  ("Beschwerde, weil meine Rückgabe abgelehnt wurde.", "Beschwerde abgelehnte Rückgabe."),
                  ("Wieder da wegen des Problems mit {p_meinem}.", "Wiederholter Besuch wg. {p}."),
                  ("Beschwerde über den Lieferservice.", "Beschwerde Lieferung."),
                  ("Wollte mich persönlich beschweren.", "Beschwerde Service."),
                  ("Weil niemand auf meine E-Mails antwortet.", "Beschwerde unbeantwortete E-Mails.")],
    "technical": [("Die App funktioniert nicht.", "App-Problem."), ("Brauchte Hilfe bei der Einrichtung.", "Einrichtung {p}."),
                  ("{p_mein} zeigt ständig einen Fehler.", "Fehlercode {p}."),
                  ("Konnte online nicht bezahlen.", "Onlinezahlung schlägt fehl."),
                  ("Hilfe mit der Website gebraucht.", "Website-Problem."),
                  ("{p_mein} verbindet sich nicht.", "Verbindungsproblem {p}.")],
}
ip_tone_neg = ["Gar nicht zufrieden.", "Ich habe die Nase voll von diesem Problem.", "Das hätte nie passieren dürfen.",
               "Schon das dritte Mal wegen derselben Sache.", "Nicht das, was ich von {brand} erwarte.",
               "Dafür sollte man nicht extra in die Filiale müssen.", "Ärgere mich über die ganze Sache.",
               "In letzter Zeit sehr enttäuscht von {brand}.", "Ehrlich, was für ein Aufwand.", "Frustrierend."]
ip_tone_neg_visit = ["Sehr enttäuschender Besuch.", "Reine Zeitverschwendung.", "Ewig gewartet und frustriert gegangen.",
                     "Schlechte Erfahrung.", "Schlechtester Besuch seit Langem.", "Ehrlich gesagt chaotisch.",
                     "Verärgert aus dem Laden gegangen.", "Mangelhaft."]
ip_tone_pos = ["Toller Besuch!", "Sehr zufrieden.", "Schöne Erfahrung.", "Sehr glücklich, danke.", "Ausgezeichneter Service.",
               "Bestnote.", "Besser geht's nicht.", "Sehr gut.", "Fünf Sterne von mir.", "Froh, dass ich vorbeigekommen bin."]
ip_tone_pos_unres = ["Nette Leute, auch wenn es noch nicht gelöst ist.", "Freundlich wie immer.",
                     "Trotzdem ein angenehmer Besuch.", "Man hat sich Mühe gegeben, danke."]
ip_tone_neu = ["", "", "", "Ok.", "Passt.", "Besuch war okay.", "Nichts Besonderes.", "Ging so."]
ip_res = ["In zehn Minuten erledigt.", "Alles behoben.", "Problem gelöst.", "Direkt vor Ort geklärt.",
          "Sofort erledigt.", "Mit allem erledigt rausgegangen.", "Während ich gewartet habe, erledigt.", "Anliegen gelöst."]
ip_unres = ["Immer noch nicht gelöst.", "Niemand konnte helfen.", "Muss nächste Woche wiederkommen.",
            "Es hieß, es ruft jemand an.", "Ohne Lösung nach Hause geschickt.", "Problem besteht weiter.",
            "Sollte stattdessen die Hotline anrufen.", "Es wurde nichts gemacht.", "Warte immer noch."]
ip_staff_c = ["Personal war freundlich.", "{agent} war sehr hilfsbereit.", "Sehr höfliche Mitarbeiter.",
              "Die Dame am Schalter war sehr nett.", "Freundlich und geduldig.", "Der Mitarbeiter hat sich Zeit genommen.",
              "Nettes Personal.", "Hilfsbereiter junger Mann an der Theke."]
ip_staff_r = ["Mitarbeiter war unhöflich.", "Die Verkäuferin war kurz angebunden und hat die Augen verdreht.",
              "Sehr unfreundliches Personal.", "Man hat mich behandelt, als würde ich stören.",
              "Er hat nicht mal vom Handy aufgeschaut.", "Das Personal war abweisend.", "Unhöflich und ungeduldig.",
              "Mir wurde gesagt: 'Nicht mein Problem.'", "Sie hat bei jeder Frage geseufzt."]
ip_blame = ["Man hat nur gesagt, das Lager sei schuld.", "Das Personal hat die Zentrale beschuldigt.",
            "Mir wurde gesagt, die Buchhaltung hat Mist gebaut und ich soll da anrufen.",
            "Angeblich ist der Paketdienst schuld, nicht die Filiale.", "Schuld war angeblich das Online-Team."]
note_res = ["Erledigt.", "Vor Ort behoben.", "Geklärt.", "Erledigt, Kd. zufrieden.", "Im System aktualisiert.",
            "Geklärt, Beleg ausgehändigt.", "Erledigt, mit Kd. getestet.", "Am Schalter abgeschlossen."]
note_unres = ["Nicht gelöst, Rückruf vereinbart.", "An Sachbearbeitung eskaliert.", "An Hotline verwiesen.",
              "Nicht lösbar, Kd. kommt mit Beleg wieder.", "Ticket {case} eröffnet.", "An Sachbearbeitung, Kd. informiert.",
              "In Klärung, Kd. wird kontaktiert.", "Offen."]
note_r = ["Kd. schwierig.", "Kd. hat diskutiert, an Hotline verwiesen.", "20 Min. verschwendet.",
          "Kein Beleg, natürlich.", "Nicht unser Problem.", "Kd. beschwert sich mal wieder.", "Soll AGB lesen.",
          "Kurz gehalten."]
note_blame = ["Fehler vom Lager, nicht unserer.", "Fehler der Buchhaltung, Kd. dorthin geschickt.", "Schuld Paketdienst.",
              "Zentrale hat wieder Mist gebaut.", "Problem vom Online-Team."]

ms_court_hi = ["Freundliche Begrüßung, mit Namen angesprochen.", "Durchgehend sehr höflich und geduldig.",
               "Herzlicher, professioneller Ton.", "Mitarbeiterin war zuvorkommend und hat sich entschuldigt.",
               "Angenehm und aufmerksam.", "Sehr gute Umgangsformen, am Ende bedankt."]
ms_court_mid = ["Höflich, aber etwas gehetzt.", "Neutraler Ton, wenig Herzlichkeit.", "Ok, einmal etwas ungeduldig.",
                "Korrekt, aber mechanisch."]
ms_court_lo = ["Mitarbeiter war schroff und klang genervt.", "Keine Begrüßung, knappe Antworten.",
               "Abweisend, hat mich zweimal unterbrochen.", "Sarkastische Bemerkung bei Nachfrage.",
               "Unhöflich, ich kam mir lästig vor.", "Ungeduldig und unfreundlich."]
ms_res_hi = ["Szenario korrekt gelöst.", "Klare Lösung angeboten.", "Anliegen im Kontakt erledigt.",
             "Richtige Auskunft, nächste Schritte erklärt."]
ms_res_lo = ["Szenario nicht gelöst.", "Falsche Auskunft erhalten.", "Auf Rückruf vertröstet, keine Lösung.",
             "Ohne Antwort weitergeleitet."]
ms_wait_lo = ["Lange Wartezeit, bis jemand reagiert hat.", "Viel zu lange in der Warteschleife."]

SERVICE_WORD = "Kundenservice"
HOLD_MARKERS = ["moment", "augenblick", "sekunde", "ich schau", "ich prüfe", "minute", "warten"]
KEEP_CAPS = {"Kestrel"}
LOWER_WORDS = {"Ich", "Mein", "Meine", "Meinen", "Meiner", "Meinem", "Die", "Der", "Das", "Es", "Wir", "Seit", "Bei",
               "Auf", "Am", "Im", "In", "Gestern", "Heute", "Beim", "Obwohl", "Kann", "Können", "Könnten", "Wie",
               "Was", "Warum", "Wo", "Wann", "Man", "Da", "Dann", "Also", "Nach", "Vor", "Ihre", "Ihr", "Jemand",
               "Trotz", "Schon", "Mir", "Mich", "Leider", "Ja", "Nein", "Eine", "Ein", "Einen", "Laut", "Bitte",
               "Wegen", "Für", "Mit", "Von", "Zum", "Zur", "Und", "Aber", "Es", "Endlich", "Wissen", "Eine",
               "Zum", "Ehrlich", "Bestimmt", "Ansonsten", "Keine", "Letztes", "Danke", "Vielen", "Herzlichen",
               "Nichts", "Bisher", "Wozu", "Wo", "Na", "So", "Okay", "Gut", "Tja", "Hm", "Sonst", "Alles", "Klar",
               "Prima", "Super", "Gern", "Gerne", "Genau", "Oh", "Ach", "Hallo", "Guten", "Moin", "Sorry",
               "Müsste", "Hier", "Toll", "Perfekt", "Kurze"}


def fmt_mail_date(t):
    return f"{t.day:02d}.{t.month:02d}.{t.year} um {t.hour:02d}:{t.minute:02d}"
