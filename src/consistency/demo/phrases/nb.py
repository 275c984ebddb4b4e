"""Norwegian (bokmål) phrase banks for service conversations."""

LANG = "nb"
DATE_FMT = "%d.%m.%Y"
MONEY = "{amount} kr"
PHONE = "+47 {a:03d} {b:05d}"
QUOTE_HEADER = "Den {date} skrev {name}:"

AGENT_NAMES = ["Ingrid", "Ola", "Kari", "Sindre", "Marte", "Henrik", "Silje", "Eirik", "Ragnhild", "Magnus", "Hanne"]
CUSTOMER_NAMES = ["Per Hansen", "Anne Johansen", "Lars Olsen", "Nina Larsen", "Knut Andersen", "Tone Berg",
                  "Ahmed Ali", "Kristin Haugen", "Jon Dahl"]
DEPTS = ["kortavdelingen", "fakturaavdelingen", "lånavdelingen", "logistikk", "hovedkontoret"]
TOPIC_WORDS = {"billing": "faktura", "card": "kort", "account": "konto", "loan": "lån", "delivery": "levering",
               "complaint": "klage"}

AGENT_GREET = [
    "God morgen, {branch} kundeservice, du snakker med {agent}. Hva kan jeg hjelpe deg med?",
    "Hei, takk for at du tok kontakt med {branch}, jeg heter {agent}. Hvordan kan jeg hjelpe?",
    "Hei og velkommen, dette er {agent}. Hva gjelder det i dag?",
    "God dag, {agent} her hos {branch}. Hva kan jeg gjøre for deg?",
]
AGENT_GREET_CURT = ["Ja?", "Kundenummer?", "Hva gjelder det.", "Navn?"]
CUSTOMER_HELLO = ["Hei,", "Hallo,", "God morgen,", "Heisann,", ""]
EMOTION_LEAD = {
    "neutral": ["", "", "Jeg har et kort spørsmål.", "Håper du kan hjelpe meg."],
    "annoyed": ["Dette begynner å bli irriterende.", "Jeg har allerede ringt om dette en gang.",
                "Ærlig talt forventet jeg bedre.", "Nå spør jeg for andre gang."],
    "angry": ["Dette er helt latterlig!", "Jeg er rasende, ingen hjelper meg!", "Tredje gang jeg tar kontakt, nå er jeg lei!",
              "Servicen deres er en skandale."],
    "happy": ["Ha en fin dag!", "Takk for at dere svarte så raskt.", "Bare et lite spørsmål :)"],
}
PROBLEM = {
    "billing": ["Jeg ble trukket {amount} to ganger den {date}.", "Det står et gebyr på {amount} på kontoutskriften som jeg ikke kjenner igjen.",
                "Fakturaen er {amount} høyere enn vanlig denne måneden.", "Jeg betalte fakturaen {date}, men den står fortsatt som ubetalt."],
    "card": ["Kortet mitt som slutter på {card4} ble avvist i butikken i dag.", "Jeg mistet kortet mitt {date}, kan du sperre det?",
             "Det nye kortet har ikke kommet etter to uker.", "Minibanken slukte kortet mitt ({card4})."],
    "account": ["Jeg får ikke logget inn i nettbanken lenger.", "Jeg må endre adressen på kontoen min.",
                "En overføring på {amount} mangler på kontoen.", "Kontoen ble sperret etter at jeg byttet telefon."],
    "loan": ["Hvorfor har terminbeløpet på lånet økt til {amount}?", "Jeg søkte om lån {date} og har ikke hørt noe.",
             "Kan jeg innfri lånet tidligere?", "Renten på lånet er feil på utskriften."],
    "delivery": ["Bestillingen {order} har ikke kommet ennå.", "Pakken for {order} kom skadet.",
                 "Sporingen sier at {order} er levert, men jeg har ikke fått noe.", "Budet kom ikke {date} som avtalt."],
    "complaint": ["Jeg vil klage på hvordan jeg ble behandlet i filialen.", "Kollegaen din la på røret i går.",
                  "Jeg ble lovet å bli ringt opp {date}, ingen ringte.", "Jeg har ventet over en time i kø, det er uakseptabelt."],
}
CLARIFY = ["Kan du gi meg referansenummeret ditt?", "Hvilken dato gjaldt transaksjonen?",
           "Kan du bekrefte de fire siste sifrene på kortet?", "Jeg skal sjekke det. Hva er ordrenummeret?",
           "Takk. Kan du bekrefte fullt navn og postnummer?"]
CLARIFY_CURT = ["Nummer.", "Dato?", "Hvilket kort.", "Ordrenummer.", "Og?"]
DETAILS = ["Det gjelder ordre {order}.", "Kortet slutter på {card4}.", "E-posten min er {email}.",
           "Du kan ringe meg på {phone}.", "Kontonummeret mitt er {iban}.", "Det skjedde {date}.",
           "Kortnummeret er {card}.", "Det var rundt {amount}."]
APOLOGY = ["Det beklager jeg virkelig.", "Beklager ulempen.", "Så leit å høre, jeg skal ordne det.",
           "Beklager, det skulle ikke ha skjedd."]
EXPLAIN = ["Jeg ser betalingen her i systemet.", "Systemet flagget betalingen som uvanlig.",
           "Jeg har funnet feilen, den lå hos oss.", "Saken hadde stoppet opp i køen."]
EXPLAIN_CURT = ["Som allerede sagt, det er rutinen.", "Les vilkårene.", "Sånn er det bare.",
                "Det står i vilkårene.", "Som sagt, ingenting jeg kan gjøre."]
SOLUTION = {
    "billing": ["Jeg har refundert {amount} til kontoen din.", "Gebyret er fjernet, du ser det om to dager.",
                "Den doble trekningen er reversert."],
    "card": ["Det gamle kortet er sperret og nytt er bestilt.", "Jeg har åpnet for netthandel på kortet ditt.",
             "Nytt kort kommer innen {date}."],
    "account": ["Tilgangen er tilbakestilt, du kan logge inn igjen.", "Adressen er oppdatert.",
                "Den manglende overføringen er på plass."],
    "loan": ["Jeg har rettet renten på lånet.", "Innfrielsesbeløpet er sendt deg på e-post.",
             "Søknaden er innvilget, papirene kommer i posten."],
    "delivery": ["Ny levering er avtalt {date}.", "Erstatning for ordre {order} er sendt.", "Jeg har refundert ordren."],
    "complaint": ["Klagen er registrert, og vi har gitt deg {amount} som kompensasjon.",
                  "Filialsjefen ringer deg personlig.", "Jeg har rettet feilen og notert alt."],
}
CONFIRM = ["Ferdig, nå er alt i orden.", "Det er fikset hos oss.", "Alt ser bra ut nå."]
PROMISE = ["Jeg undersøker og ringer deg i morgen.", "Jeg svarer på e-post innen 48 timer.",
           "Jeg har opprettet en sak, en kollega tar kontakt.", "Jeg følger opp og gir beskjed innen {date}."]
PROMISE_CURT = ["Du får brev.", "Vi tar kontakt.", "Ring igjen neste uke."]
BLAME = ["Det er ikke vår avdeling, snakk med {dept}.", "Det er {dept} som har rotet det til, ikke oss.",
         "Det kan jeg ikke hjelpe med, ring {dept}."]
MANAGER_REQUEST = ["Jeg vil snakke med en leder.", "Sett meg over til sjefen din.", "Jeg vil eskalere dette."]
ESCALATE = ["Jeg forstår. Jeg sender saken til teamlederen min, hun ringer deg i dag.",
            "Selvsagt, jeg eskalerer dette til klageansvarlig.", "Jeg setter deg over til lederen min, et øyeblikk."]
ESCALATE_CURT = ["Greit, jeg sender det videre.", "Sjefen ringer.", "Setter over."]
CUSTOMER_STILL = ["Så det er fortsatt ikke løst?", "Det hjelper meg ikke i det hele tatt.", "Da må jeg ringe igjen, da.",
                  "Flott, så jeg skal bare vente igjen."]
CUSTOMER_THANKS = {"positive": ["Supert, tusen takk!", "Perfekt, takk skal du ha!", "Kjempebra, du har vært til stor hjelp."],
                   "neutral": ["Ok, takk.", "Greit.", "Skjønner."],
                   "negative": ["Endelig.", "Ok da.", "Tok lang nok tid."]}
AGENT_CLOSING = ["Er det noe mer jeg kan hjelpe med? Ha en fin dag!", "Takk for tålmodigheten, ha det bra!",
                 "Takk for at du tok kontakt, ha det.", "Bare hyggelig. God kveld!"]
AGENT_CLOSING_CURT = ["Ha det.", "Noe mer?", "Det var det."]
MAIL_HELLO_CUSTOMER = ["Hei,", "Til {branch},", "Hallo,"]
MAIL_BYE_CUSTOMER = ["Mvh\n{customer}", "Hilsen\n{customer}", "Vennlig hilsen\n{customer}"]
MAIL_HELLO_AGENT = ["Hei {customer},", "Kjære {customer},"]
MAIL_BYE_AGENT = ["Med vennlig hilsen\n{agent}\n{branch} kundeservice", "Hilsen {agent}"]
MAIL_BYE_AGENT_CURT = ["{agent}", "-- {branch}"]
SUBJECT = {"billing": ["Spørsmål om faktura", "Dobbelt trekk"], "card": ["Kortproblem", "Kort avvist"],
           "account": ["Innlogging", "Adresseendring"], "loan": ["Lån", "Lånesøknad"],
           "delivery": ["Ordre {order}", "Pakke mangler"], "complaint": ["Klage", "Svært misfornøyd"]}
COMMENT = {"good": ["Hyggelig og rask hjelp.", "Veldig hjelpsom, takk!", "Flott service i dag."],
           "curt": ["Den ansatte var frekk og hilste ikke engang.", "Følte at jeg var til bry.",
                    "Uvennlig, sa bare at jeg skulle lese vilkårene."],
           "unresolved": ["Ingenting ble løst, må komme tilbake.", "Bortkastet tid, saken er fortsatt åpen."],
           "neutral": ["Greit.", "Helt ok.", "Vanlig besøk."]}
NOTE = {"resolved": ["Kunde kom om {topic}. Løst på stedet.", "{topic} ordnet, fornøyd kunde."],
        "unresolved": ["{topic}: ikke løst i dag, kunden kommer tilbake.", "{topic} åpen, venter på backoffice."],
        "escalated": ["{topic}: kunden ville snakke med leder, eskalert.", "{topic} eskalert til filialsjef."],
        "blame": ["Ikke vår avdeling, sendt kunden til {dept}.", "Sa til kunden at {dept} har ansvaret."]}
