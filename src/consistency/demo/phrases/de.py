"""German phrase banks for service conversations."""

LANG = "de"
DATE_FMT = "%d.%m.%Y"
MONEY = "{amount} €"
PHONE = "+49 151 {a:03d} {b:04d}"
QUOTE_HEADER = "Am {date} schrieb {name}:"

AGENT_NAMES = ["Lena", "Jonas", "Miriam", "Felix", "Katrin", "Lukas", "Sabine", "Tobias", "Anja", "Stefan",
               "Julia", "Markus"]
CUSTOMER_NAMES = ["Andreas Schmidt", "Petra Müller", "Thomas Weber", "Sandra Becker", "Michael Wagner",
                  "Claudia Hoffmann", "Murat Yilmaz", "Birgit Schulz", "Jan Köhler", "Heike Richter"]
DEPTS = ["der Buchhaltung", "der Kartenabteilung", "der Kreditabteilung", "der Logistik", "der Zentrale"]
TOPIC_WORDS = {"billing": "Rechnung", "card": "Karte", "account": "Konto", "loan": "Kredit",
               "delivery": "Lieferung", "complaint": "Beschwerde"}

AGENT_GREET = [
    "Guten Tag, {branch} Kundenservice, Sie sprechen mit {agent}. Wie kann ich Ihnen helfen?",
    "Hallo und vielen Dank für Ihre Nachricht, mein Name ist {agent}. Was kann ich für Sie tun?",
    "Guten Morgen, hier ist {agent} von {branch}. Womit kann ich Ihnen behilflich sein?",
    "Herzlich willkommen bei {branch}, {agent} am Apparat. Wie kann ich helfen?",
]
AGENT_GREET_CURT = ["Ja?", "Kundennummer?", "Worum geht's?", "Name?", "Bitte."]
CUSTOMER_HELLO = ["Hallo,", "Guten Tag,", "Moin,", "Servus,", "Guten Morgen,", ""]
EMOTION_LEAD = {
    "neutral": ["", "", "Ich habe eine kurze Frage.", "Ich hoffe, Sie können mir helfen."],
    "annoyed": ["Das ist langsam wirklich ärgerlich.", "Ich habe deswegen schon einmal angerufen.",
                "Ehrlich gesagt bin ich enttäuscht.", "Ich frage jetzt schon zum zweiten Mal."],
    "angry": ["Das ist eine absolute Frechheit!", "Ich bin stinksauer, niemand hilft mir!",
              "Zum dritten Mal melde ich mich, mir reicht es!", "Ihr Service ist eine Katastrophe."],
    "happy": ["Schönen Tag Ihnen!", "Danke, dass es so schnell ging.", "Nur eine kleine Frage :)"],
}
PROBLEM = {
    "billing": ["Mir wurden am {date} zweimal {amount} abgebucht.", "Auf meiner Abrechnung steht eine Gebühr von {amount}, die ich nicht kenne.",
                "Die Rechnung ist diesen Monat {amount} höher als sonst.", "Ich habe die Rechnung am {date} bezahlt, sie ist aber noch offen."],
    "card": ["Meine Karte mit Endziffern {card4} wurde heute abgelehnt.", "Ich habe am {date} meine Karte verloren, bitte sperren.",
             "Die neue Karte ist nach zwei Wochen immer noch nicht da.", "Der Automat hat meine Karte ({card4}) eingezogen."],
    "account": ["Ich komme nicht mehr in mein Online-Konto.", "Ich möchte die Adresse auf meinem Konto ändern.",
                "Eine Überweisung über {amount} fehlt auf meinem Konto.", "Mein Konto ist nach dem Handywechsel gesperrt."],
    "loan": ["Warum ist meine Kreditrate auf {amount} gestiegen?", "Ich habe am {date} einen Kredit beantragt und nichts gehört.",
             "Kann ich den Kredit vorzeitig ablösen?", "Auf dem Kreditauszug steht ein falscher Zinssatz."],
    "delivery": ["Meine Bestellung {order} ist noch nicht angekommen.", "Das Paket zur Bestellung {order} kam beschädigt an.",
                 "Laut Sendungsverfolgung ist {order} zugestellt, aber ich habe nichts bekommen.",
                 "Der Kurier ist am {date} nicht gekommen."],
    "complaint": ["Ich möchte mich offiziell über die Behandlung in der Filiale beschweren.",
                  "Ihr Kollege hat gestern einfach aufgelegt.", "Mir wurde ein Rückruf am {date} versprochen, es kam keiner.",
                  "Ich hänge seit einer Stunde in der Warteschleife, das ist inakzeptabel."],
}
CLARIFY = ["Können Sie mir bitte Ihre Vorgangsnummer nennen?", "Darf ich nach dem Datum der Buchung fragen?",
           "Würden Sie mir bitte die letzten vier Ziffern der Karte bestätigen?",
           "Ich schaue gern nach. Wie lautet Ihre Bestellnummer?", "Danke. Nennen Sie mir bitte noch Ihre Postleitzahl?"]
CLARIFY_CURT = ["Nummer.", "Datum?", "Welche Karte.", "Bestellnummer.", "Und?"]
DETAILS = ["Es geht um die Bestellung {order}.", "Die Karte endet auf {card4}.", "Meine E-Mail ist {email}.",
           "Sie erreichen mich unter {phone}.", "Meine IBAN ist {iban}.", "Das war am {date}.",
           "Die Kartennummer ist {card}.", "Es waren ungefähr {amount}."]
APOLOGY = ["Das tut mir wirklich leid.", "Entschuldigen Sie bitte die Unannehmlichkeiten.",
           "Oh, das tut mir leid, ich kümmere mich sofort darum.", "Bitte entschuldigen Sie, das hätte nicht passieren dürfen."]
EXPLAIN = ["Ich sehe die Zahlung hier in unserem System.", "Das System hat die Zahlung als ungewöhnlich markiert.",
           "Ich habe den Fehler gefunden, das lag bei uns.", "Der Auftrag hing in der Bearbeitung fest."]
EXPLAIN_CURT = ["Wie bereits gesagt, so ist das Verfahren.", "Lesen Sie die AGB.", "Das ist halt so.",
                "Steht alles in den Bedingungen.", "Wie schon gesagt, da kann ich nichts machen."]
SOLUTION = {
    "billing": ["Ich habe Ihnen die {amount} erstattet.", "Die Gebühr ist storniert, Sie sehen es in zwei Tagen.",
                "Die doppelte Abbuchung ist rückgängig gemacht."],
    "card": ["Die alte Karte ist gesperrt und eine neue bestellt.", "Ich habe Online-Zahlungen für Ihre Karte freigeschaltet.",
             "Die Ersatzkarte kommt bis zum {date}."],
    "account": ["Ihr Zugang ist zurückgesetzt, Sie können sich wieder anmelden.", "Ihre Adresse ist jetzt geändert.",
                "Die fehlende Überweisung ist wieder gutgeschrieben."],
    "loan": ["Ich habe den Zinssatz korrigiert.", "Die Ablösesumme schicke ich Ihnen per E-Mail.",
             "Ihr Antrag ist genehmigt, die Unterlagen kommen per Post."],
    "delivery": ["Ich habe eine neue Zustellung für den {date} veranlasst.", "Ersatz für Bestellung {order} ist unterwegs.",
                 "Ich habe Ihnen den Kaufpreis erstattet."],
    "complaint": ["Ich habe Ihre Beschwerde aufgenommen und {amount} als Kulanz gutgeschrieben.",
                  "Die Filialleitung ruft Sie persönlich zurück.", "Ich habe den Fehler korrigiert und alles dokumentiert."],
}
CONFIRM = ["Erledigt, jetzt passt alles.", "Das ist bei uns behoben.", "Alles ist wieder in Ordnung."]
PROMISE = ["Ich kläre das und rufe Sie morgen zurück.", "Ich melde mich innerhalb von 48 Stunden per E-Mail.",
           "Ich habe einen Vorgang angelegt, ein Kollege meldet sich.", "Ich hake nach und gebe Ihnen bis {date} Bescheid."]
PROMISE_CURT = ["Sie bekommen Post.", "Wir melden uns.", "Rufen Sie nächste Woche wieder an."]
BLAME = ["Da sind die Kollegen von {dept} schuld.", "Das ist nicht unsere Abteilung, wenden Sie sich an {dept}.",
         "Dafür bin ich nicht zuständig, das hat {dept} verbockt."]
MANAGER_REQUEST = ["Ich möchte Ihren Vorgesetzten sprechen.", "Verbinden Sie mich bitte mit der Teamleitung.",
                   "Ich will mich beschweren, geben Sie mir den Chef."]
ESCALATE = ["Ich verstehe. Ich gebe das an meine Teamleitung weiter, sie ruft Sie heute an.",
            "Selbstverständlich, ich eskaliere das an unser Beschwerdemanagement.",
            "Ich verbinde Sie mit meiner Vorgesetzten, einen Moment bitte."]
ESCALATE_CURT = ["Gut, ich geb's weiter.", "Chef ruft an.", "Verbinde."]
CUSTOMER_STILL = ["Also ist es immer noch nicht gelöst?", "Das hilft mir überhaupt nicht.",
                  "Dann muss ich wohl wieder anrufen.", "Toll, also wieder warten."]
CUSTOMER_THANKS = {"positive": ["Super, vielen herzlichen Dank!", "Perfekt, danke schön!", "Klasse, Sie haben mir sehr geholfen."],
                   "neutral": ["Ok, danke.", "Alles klar.", "In Ordnung."],
                   "negative": ["Na endlich.", "Na gut.", "Hat ja lange genug gedauert."]}
AGENT_CLOSING = ["Kann ich sonst noch etwas für Sie tun? Einen schönen Tag noch!", "Danke für Ihre Geduld, auf Wiederhören!",
                 "Vielen Dank für Ihren Anruf, tschüss.", "Gern geschehen. Schönen Abend!"]
AGENT_CLOSING_CURT = ["Tschüss.", "Noch was?", "Das war's."]
MAIL_HELLO_CUSTOMER = ["Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,"]
MAIL_BYE_CUSTOMER = ["Mit freundlichen Grüßen\n{customer}", "Gruß\n{customer}", "Viele Grüße\n{customer}"]
MAIL_HELLO_AGENT = ["Sehr geehrte/r {customer},", "Hallo {customer},", "Guten Tag {customer},"]
MAIL_BYE_AGENT = ["Mit freundlichen Grüßen\n{agent}\n{branch} Kundenservice", "Beste Grüße\n{agent}"]
MAIL_BYE_AGENT_CURT = ["{agent}", "-- {branch}"]
SUBJECT = {"billing": ["Frage zur Rechnung", "Doppelte Abbuchung"], "card": ["Kartenproblem", "Karte gesperrt"],
           "account": ["Kontozugang", "Adressänderung"], "loan": ["Kreditrate", "Kreditantrag"],
           "delivery": ["Bestellung {order}", "Paket fehlt"], "complaint": ["Beschwerde", "Sehr unzufrieden"]}
COMMENT = {"good": ["Sehr freundlich und schnell erledigt.", "Top Beratung, danke!", "Super Service heute."],
           "curt": ["Der Mitarbeiter war unhöflich und hat nicht mal gegrüßt.", "Man fühlte sich wie ein Störenfried.",
                    "Unfreundlich, nur auf die AGB verwiesen."],
           "unresolved": ["Nichts wurde gelöst, ich muss wiederkommen.", "Zeitverschwendung, Problem ist noch offen."],
           "neutral": ["Passt.", "War ok.", "Normaler Besuch."]}
NOTE = {"resolved": ["Kunde wegen {topic} da. Direkt gelöst.", "{topic} erledigt, Kunde zufrieden."],
        "unresolved": ["{topic}: heute nicht lösbar, Kunde kommt wieder.", "{topic} offen, warten auf Backoffice."],
        "escalated": ["{topic}: Kunde wollte Vorgesetzten, eskaliert.", "{topic} an Filialleitung eskaliert."],
        "blame": ["Nicht unsere Abteilung, Kunde an {dept} verwiesen.", "Kunde gesagt, {dept} ist zuständig."]}
