# Norwegian Bokmål phrase bank (Oslo, Bergen).  "du" throughout, as Norwegian service does.
LANG = "nb"

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]


def fmt_date(d, rng):
    v = rng.random()
    if v < 0.6:
        return f"{d.day}. {MONTHS[d.month - 1]}"
    if v < 0.85:
        return f"{d.day:02d}.{d.month:02d}"
    return f"{d.day}.{d.month}."


def days_w(n):
    return f"{n} dager" if n != 1 else "1 dag"


def wdays_w(n):
    return f"{n} virkedager"


CITY = {"OSL": "Oslo", "BGO": "Bergen"}

NAMES_F = ["Ingrid", "Kari", "Marte", "Silje", "Ida", "Nora", "Emma", "Hanne", "Camilla", "Maria",
           "Thea", "Kristin", "Line", "Sofie", "Amalie", "Tone", "Hilde", "Fatima"]
NAMES_M = ["Ole", "Lars", "Jonas", "Magnus", "Henrik", "Erik", "Kristian", "Anders", "Martin",
           "Sindre", "Jørgen", "Håkon", "Espen", "Tor", "Ali", "Mathias", "Fredrik", "Øyvind"]
SURNAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
            "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
            "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Halvorsen", "Lie", "Bakke", "Solberg"]
SURNAMES_F = SURNAMES


def _p(noun, g, defi):
    art = {"m": "en", "f": "ei", "n": "et"}[g]
    poss = {"m": "min", "f": "mi", "n": "mitt"}[g]
    return {"p": noun, "p_a": f"{art} {noun}", "p_def": defi, "p_min": f"{defi} {poss}"}


PRODUCTS = [_p("kaffemaskin", "m", "kaffemaskinen"), _p("bærbar PC", "m", "PC-en"),
            _p("vaskemaskin", "m", "vaskemaskinen"), _p("mobil", "m", "mobilen"),
            _p("støvsuger", "m", "støvsugeren"), _p("TV", "m", "TV-en"), _p("nettbrett", "n", "nettbrettet"),
            _p("kjøleskap", "n", "kjøleskapet"), _p("skriver", "m", "skriveren"), _p("airfryer", "m", "airfryeren"),
            _p("elektrisk tannbørste", "m", "tannbørsten"), _p("kontorstol", "m", "kontorstolen"),
            _p("smartklokke", "f", "smartklokka"), _p("ruter", "m", "ruteren"), _p("høyttaler", "m", "høyttaleren")]

DEVICES = ["iPhonen min", "Android-mobilen", "jobb-PC-en", "Chrome på Windows", "Mac-en min", "iPaden",
           "et Samsung-nettbrett", "Safari"]

DEPT = ["fakturaavdelingen", "returavdelingen", "teknisk support", "kortavdelingen", "leveringsavdelingen",
        "lageret", "klageavdelingen"]

REFNAME = {
    "delivery": ["ordrenummeret", "ordrenummeret ditt"],
    "billing": ["fakturanummeret", "fakturanummeret", "kundenummeret"],
    "card": ["de fire siste sifrene på kortet", "de fire siste sifrene i kortnummeret"],
    "account": ["kundenummeret", "kundenummeret ditt"],
    "complaint": ["ordre- eller saksnummeret", "saksnummeret", "ordrenummeret"],
    "technical": ["kundenummeret", "ordrenummeret"],
}
REF = {
    "delivery": ["ordre {order}", "ordrenummer {order}", "{order}"],
    "billing": ["faktura {invoice}", "fakturanummer {invoice}", "{invoice}"],
    "card": ["kortet som slutter på {last4}", "de fire siste er {last4}", "slutter på {last4}"],
    "account": ["kundenummer {custno}", "{custno}"],
    "complaint": ["ordre {order}", "sak {case}", "saksnummer {case}"],
    "technical": ["kundenummer {custno}", "ordre {order}"],
}

agent_greet_chat_c = [
    "Hei {name}, takk for at du tar kontakt. Hva kan jeg hjelpe med?",
    "Hei, du chatter med {agent} fra {brand}. Hva kan jeg gjøre for deg?",
    "Hei! {agent} her. Jeg ser på meldingen din nå.",
    "Hei {name}, jeg heter {agent}. Jeg hjelper deg gjerne med dette.",
    "Hei, takk for at du ventet. Jeg er {agent} og skal se på saken.",
    "Hei og velkommen til {brand}-chatten. Mitt navn er {agent}.",
    "Hei {name}, {agent} fra {city}-teamet her. Vi skal se hva vi får til.",
    "Hei! Beklager ventetiden. Jeg har lest meldingen din.",
    "Hei, {agent} her. Jeg tar en titt.",
    "Hei {name}, takk for tålmodigheten. Jeg ser på saken din nå.",
    "God dag {name}, du er i kontakt med {agent}.",
    "Hei! Jeg har akkurat lest meldingen din, skal hjelpe deg med det.",
    "God morgen {name}, {agent} fra kundeservice her.",
    "Hei {name}, takk for at du kontakter {brand}. Jeg er på saken.",
    "Hei {name}! Leit å høre. Jeg heter {agent} og skal hjelpe deg.",
    "Hei, jeg er {agent}. Takk for opplysningene så langt.",
    "Hei hei {name}, {agent} her. Dette skal vi få ordnet.",
]
agent_greet_chat_r = [
    "Ja?", "Hva gjelder det?", "Bare si det.", "Hei. Hva trenger du?", "{agent}. Hva er det?",
    "Ja, hva nå?", "Hei. Fort, det er lang kø.", "Og hva vil du jeg skal gjøre med det?", "Ja, jeg er her.",
    "Hei. Gjør det kort.", "Mm. Fortsett.", "Mye å gjøre i dag. Hva er det?", "Ok. Og?",
]
agent_greet_phone_c = [
    "God morgen, {brand} kundeservice, du snakker med {agent}, hva kan jeg hjelpe med?",
    "Takk for at du ringer {brand}, dette er {agent}. Hva kan jeg hjelpe deg med i dag?",
    "Hei, {brand} {city}, {agent}.",
    "Hei, du snakker med {agent} i {brand}, hva kan jeg gjøre for deg?",
    "{brand} kundeservice, god dag, {agent} her, hva gjelder det?",
    "Hei, takk for at du ventet, jeg heter {agent}. Hva kan jeg gjøre for deg?",
    "God ettermiddag, {agent} her, hva kan jeg hjelpe med?",
    "Hei, {brand}, dette er {agent}. Beklager ventetiden. Hva gjelder det?",
    "Hei, du snakker med {agent}. Hvordan kan jeg hjelpe?",
    "Morn! {brand}, {agent}.",
    "Takk for at du ringer, dette er {agent} i {city}-teamet. Hva kan jeg hjelpe med?",
    "Hei, {agent} i {brand}, hva kan jeg hjelpe deg med?",
]
agent_greet_phone_r = [
    "{brand}.", "Ja, {brand}, hva er det?", "Kundeservice. Værsågod.", "Hallo. Ja?", "{agent}. Hva er problemet?",
    "Ja. Hva trenger du?", "{brand}, vent litt... ok, fortsett.", "Ja, hallo, hva er det?",
    "Kundeservice, hva gjelder det nå?", "Mm, ja? Fort, takk.",
]

cust_hello = ["Hei,", "Hallo,", "Hei hei,", "Hei.", "God morgen,", "Heisann,", "", "", "",
              "Hei, håper dere kan hjelpe meg.", "God dag.", "Hei {brand},", "Hei, et kjapt spørsmål.",
              "God kveld,", "Hallo."]
cust_hello_phone = ["Ja, hei, eh,", "Hei, ja,", "Hallo, ja,", "Å, hei,", "Hei, god morgen,", "Ja hallo,",
                    "Hei, ehm,", "Hei, jeg heter {fullname},", "Hei, det er {fullname} her,", "Ja hei,",
                    "Å, hallo, ja,", "Hei, unnskyld, eh,", "Hallo, ja, hei,"]

SCEN = {
    "delivery": [
        {"p": ["Jeg bestilte {p_a} den {date}, og den har fortsatt ikke kommet.",
               "Ordre {order} skulle leveres {date}, men ingenting har kommet.",
               "Venter fortsatt på bestillingen min fra {date}. Hvor er den?"],
         "s": ["Pakken har stått fast på terminalen. Jeg har sendt den på nytt med ekspress, du har den innen {date2}.",
               "Sendingen lå på sorteringssentralen. Den er frigitt og blir levert {date2}."]},
        {"p": ["Sporingen på pakken min har ikke rørt seg på {days_w}.",
               "Det har stått 'under transport' i {days_w} nå, er pakken borte?"],
         "s": ["Transportøren hadde sendt den feil vei. Den er omdirigert og kommer innen {date2}.",
               "Transportøren bekrefter at pakken er borte, så jeg har sendt deg en ny med ekspress i dag."]},
        {"p": ["{p_def} kom med knust eske og lar seg ikke skru på.",
               "{p_min} kom i dag helt ødelagt, esken var revet opp."],
         "s": ["Jeg har ordnet en ny som sendes i dag uten kostnad, og transportøren henter den ødelagte.",
               "Beklager det. En ny er på vei, og jeg har bestilt henting av den ødelagte."]},
        {"p": ["Jeg har fått feil vare. Jeg bestilte {p_a} og fikk noe helt annet.",
               "Pakken jeg fikk inneholder noen andres bestilling, ikke {p_min}."],
         "s": ["Jeg har bestilt henting av feil vare, og riktig vare sendes i dag.",
               "Riktig vare er sendt med ekspress, og jeg har mailet deg en gratis returlapp for den andre."]},
        {"p": ["Transportøren sier at pakken er levert, men det er ingenting her.",
               "Sporingen sier levert i går kl. 14.02, men jeg har ikke fått noe."],
         "s": ["Sjåførens GPS viser en annen gate. Jeg har opprettet en sak og refundert deg {amount}.",
               "Transportøren bekrefter at den gikk til feil adresse. En ny sendes i dag, helt gratis."]},
        {"p": ["Jeg betalte {amount2} for ekspresslevering og det tok {days_w}.",
               "Jeg betalte ekstra for ekspress og det kom likevel for sent."],
         "s": ["Du har rett, ekspressleveringen ble ikke holdt. Jeg har refundert {amount2}.",
               "Ekspressgebyret på {amount2} er betalt tilbake til kortet ditt."]},
        {"p": ["Bare halve bestillingen kom, {p_def} mangler.",
               "Jeg fikk to av tre esker, {p_def} var ikke med."],
         "s": ["{p_def} ble sendt separat og kommer i morgen. Sporingsnummeret er {case}.",
               "Varen ble liggende igjen på lageret. Den er sendt i dag og er hos deg innen {date2}."]},
        {"p": ["Jeg fikk beskjed om levering mellom 8 og 12 i dag, og ingen kom.",
               "Jeg tok fri fra jobb for å ta imot leveringen, og ingen dukket opp."],
         "s": ["Jeg har booket ny levering {date2} mellom 8 og 12 og refundert fraktgebyret.",
               "Bilen fikk motorstopp i morges. Du er satt opp som første levering i morgen tidlig."]},
        {"p": ["Jeg vil endre leveringsadressen på ordre {order}, jeg tror ikke den er sendt ennå.",
               "Kan jeg fortsatt endre adressen på ordre {order}? Jeg skrev feil."],
         "s": ["Jeg har endret leveringsadressen, ordren har ikke forlatt lageret, så det går fint.",
               "Ordnet, den nye adressen står på ordren og sjåføren får beskjed."]},
        {"p": ["Jeg bestilte {p_a} til henting i butikk, men butikken sier den aldri har kommet.",
               "Jeg var i butikken i {city} for å hente ordre {order}, og ingen fant den."],
         "s": ["Ordren står i butikken i {city}, den lå i feil hylle. Du kan hente den fra i morgen tidlig.",
               "Den var sendt til en annen butikk ved en feil. Jeg har fått den flyttet, den er klar til deg {date2}."]},
        {"p": ["Jeg fikk SMS om at leveringen mislyktes, men jeg var hjemme hele dagen.",
               "Sjåføren la igjen en lapp om at ingen var hjemme. Jeg var hjemme hele dagen."],
         "s": ["Pakken står på terminalen her, jeg har bedt om ny utkjøring i morgen.",
               "Jeg har booket ny levering {date2} og lagt inn beskjed om at sjåføren skal ringe deg først."]},
    ],
    "billing": [
        {"p": ["Jeg har blitt trukket to ganger for samme ordre, {amount} hver gang.",
               "Det står to trekk på {amount} for én bestilling på kontoutskriften min."],
         "s": ["Du har rett, det var et dobbelttrekk. Jeg har refundert {amount}, pengene er tilbake om {days_w}.",
               "Jeg ser dobbeltbetalingen. Det andre trekket på {amount} er tilbakeført."]},
        {"p": ["Den siste fakturaen er {amount2} høyere enn vanlig, og jeg skjønner ikke hvorfor.",
               "Hvorfor er regningen så mye høyere denne måneden? Ingenting er endret hos meg."],
         "s": ["Det ekstra beløpet er et engangsgebyr for aktivering, men det har jeg frafalt.",
               "Differansen var et gebyr som ikke gjelder for avtalen din. Jeg har fjernet det og sendt deg en korrigert faktura."]},
        {"p": ["Det står et trekk på {amount} på kontoen min som jeg ikke kjenner igjen.",
               "{brand} har trukket {amount} og jeg aner ikke hva det er for."],
         "s": ["Det er årsavgiften for medlemskapet. Du ville ikke ha det, så jeg har avsluttet medlemskapet og refundert beløpet.",
               "Det var en forhåndsbestilling fra appen forrige måned. Jeg har kansellert den og refundert {amount}."]},
        {"p": ["Jeg returnerte {p_a} {date}, men refusjonen på {amount} har ikke kommet.",
               "Hvor blir det av refusjonen min? Returen har vært hos dere siden {date}."],
         "s": ["Jeg fant refusjonen, den hadde hengt seg opp. Den er sendt nå, og du får {amount} om {days_w}.",
               "Returen var mottatt, men ikke registrert. Jeg har refundert {amount} akkurat nå."]},
        {"p": ["Jeg sa opp abonnementet, men dere trakk likevel {amount2} denne måneden.",
               "Abonnementet ble trukket igjen selv om jeg sa det opp {date}."],
         "s": ["Abonnementet sto fortsatt aktivt ved en feil. Jeg har avsluttet det og refundert denne månedens trekk.",
               "Jeg ser oppsigelsen din fra {date}. {amount2} er tilbakeført, og det blir ikke trukket mer."]},
        {"p": ["Det sto {amount2} i kassen, men jeg ble belastet {amount}.",
               "Hyllepris og det jeg betalte i kassen stemmer ikke."],
         "s": ["Jeg har rettet prisen og betalt tilbake differansen.",
               "Kassen hadde den gamle prisen. Differansen går tilbake til kortet ditt."]},
        {"p": ["Jeg har fått purring med gebyr, men faktura {invoice} er betalt i tide.",
               "Hvorfor får jeg purring? Faktura {invoice} ble betalt {date}."],
         "s": ["Betalingen din var ført på feil faktura. Jeg har rettet det og fjernet purregebyret.",
               "Purregebyret var vår feil, jeg har slettet det og stoppet purringene."]},
        {"p": ["Jeg fikk lovet en rabatt på {amount2}, men den står ikke på regningen.",
               "Rabatten kollegaen din lovte meg, mangler på fakturaen."],
         "s": ["Jeg har lagt inn rabatten på {amount2} og sendt deg en korrigert faktura på e-post.",
               "Jeg fant notatet om rabatten. Den er lagt inn nå og fakturaen er rettet."]},
        {"p": ["Jeg trenger en kopi av fakturaen fra {date} til arbeidsgiveren min, og jeg får ikke lastet den ned.",
               "Kan dere sende meg fakturaen for bestillingen fra {date}? Den ligger ikke på Min side."],
         "s": ["Jeg har sendt deg fakturaen fra {date} på e-post nå.",
               "Fakturaen ligger i innboksen din nå, og den kan lastes ned fra Min side igjen."]},
        {"p": ["Refusjonen gikk til et gammelt kort som er sperret.",
               "Dere betalte tilbake til et kort jeg ikke har lenger."],
         "s": ["Jeg har sendt refusjonen til det nye kortet ditt i stedet. Den er der om {days_w}.",
               "Betalingen kom i retur til oss, så jeg har overført {amount} til det nye kortet ditt."]},
        {"p": ["Nedbetalingsplanen viser feil beløp, det skal være {amount2} i måneden.",
               "Månedsbeløpet mitt har gått opp, og ingen har sagt hvorfor."],
         "s": ["Jeg har rettet avdraget til {amount2} fra neste måned og betalt tilbake differansen.",
               "Planen var satt opp med feil løpetid. Nå stemmer det, {amount2} i måneden som avtalt."]},
        {"p": ["Dere har tatt frakt selv om bestillingen var over grensen for gratis frakt.",
               "Hvorfor betalte jeg frakt? Ordren var godt over beløpsgrensen."],
         "s": ["Frakten skulle ikke vært belastet, jeg har refundert den.",
               "Du har rett, bestillingen hadde gratis frakt. Gebyret er tilbakebetalt."]},
    ],
    "card": [
        {"p": ["Kortet mitt ble avvist i kassen i dag, selv om det er penger på kontoen.",
               "Kortet ble avvist to ganger i morges, det var så flaut."],
         "s": ["Kortet ble stoppet av svindelkontrollen. Jeg har åpnet det igjen, det skal fungere nå.",
               "Det var en midlertidig sperre etter et uvanlig kjøp. Den er fjernet, prøv igjen nå."]},
        {"p": ["Jeg tror jeg mistet kortet mitt i går, jeg må sperre det.",
               "Lommeboka mi ble stjålet, vær så snill å sperre kortet."],
         "s": ["Jeg har sperret kortet som slutter på {last4} og bestilt et nytt. Det kommer om {days_w}.",
               "Kortet er sperret nå, ingen kan bruke det. Et nytt er på vei."]},
        {"p": ["Det nye kortet mitt har ikke kommet, det ble sendt {date}.",
               "Erstatningskortet har fortsatt ikke kommet, det har gått {days_w}."],
         "s": ["Kortet kom i retur som ikke levert. Jeg har sendt et nytt til riktig adresse.",
               "Jeg har sperret kortet som er i posten og bestilt et nytt med sporing."]},
        {"p": ["Jeg husker ikke PIN-koden, og nå er kortet sperret.",
               "Jeg tastet feil PIN tre ganger og nå er det låst."],
         "s": ["Jeg har nullstilt PIN-sperren. Du kan bruke kortet med en gang.",
               "Sperren er opphevet og du får et PIN-brev i posten om {days_w}."]},
        {"p": ["Det står en betaling på {amount} på kortet mitt som jeg ikke har gjort.",
               "Noen betalte {amount} med kortet mitt {date}, det var ikke meg."],
         "s": ["Jeg har sperret kortet, reklamert betalingen på {amount}, og du får beløpet midlertidig tilbake.",
               "Jeg har opprettet en svindelsak på {amount}. Pengene godskrives mens vi undersøker, og et nytt kort er på vei."]},
        {"p": ["Kontaktløs betaling har sluttet å virke på kortet mitt.",
               "Jeg må taste PIN hver gang nå, kontaktløst fungerer ikke."],
         "s": ["Jeg har slått på kontaktløs igjen, prøv om et minutt.",
               "Det ble slått av etter en sikkerhetssjekk. Det er nullstilt, bare gjør én betaling med PIN først."]},
        {"p": ["Jeg vil øke grensen på kundekortet mitt.",
               "Kan kredittgrensen min økes til {amount}?"],
         "s": ["Jeg har økt grensen din, den gjelder med en gang.",
               "Den nye grensen på {amount} er godkjent og allerede aktiv."]},
        {"p": ["Automaten i butikken i {city} slukte kortet mitt.",
               "Betalingsterminalen i butikken deres i {city} beholdt kortet mitt."],
         "s": ["Kortet er destruert av sikkerhetshensyn, og jeg har bestilt et nytt gratis.",
               "Butikken har kortet ditt, du kan hente det i morgen med legitimasjon. Jeg har notert det."]},
        {"p": ["Jeg skal utenlands neste uke, og sist ble kortet sperret. Kan du sjekke?",
               "Jeg reiser {date2}, virker kortet mitt i utlandet?"],
         "s": ["Jeg har lagt inn reisemelding på kortet ditt, så det blir ikke sperret i utlandet.",
               "Alt klart, kortet er åpnet for bruk i utlandet ut måneden."]},
        {"p": ["Jeg vil si opp kundekortet som slutter på {last4}.",
               "Kan dere avslutte kundekortet mitt? Jeg bruker det ikke lenger."],
         "s": ["Jeg har avsluttet kundekortet som slutter på {last4}. Du får skriftlig bekreftelse.",
               "Kortet er avsluttet og saldoen er null, så du har ingenting å betale."]},
        {"p": ["Poengene på kundekortet har ikke blitt lagt til siden {date}.",
               "Jeg mangler bonuspoeng fra de tre siste kjøpene mine."],
         "s": ["De manglende poengene er lagt til nå, {points} poeng totalt.",
               "Kortet ble ikke koblet til kontoen din etter fornyelsen. Det er ordnet, og {points} poeng er lagt inn."]},
        {"p": ["Brikken på kortet mitt er ødelagt, det virker ikke lenger.",
               "Kortet har fått en sprekk og terminalene leser det ikke."],
         "s": ["Jeg har bestilt et nytt kort med samme nummer, det kommer om {days_w}.",
               "Et nytt kort er på vei, og i mellomtiden kan du betale med appen."]},
    ],
    "account": [
        {"p": ["Jeg kommer ikke inn på kontoen min, det står at passordet er feil, men jeg har nettopp byttet det.",
               "Tilbakestilling av passord fungerer ikke, jeg kommer fortsatt ikke inn."],
         "s": ["Jeg har nullstilt passordet ditt. Du får en lenke på e-post om et øyeblikk.",
               "Den gamle lenken var utløpt. Jeg har sendt en ny, den gjelder i 24 timer."]},
        {"p": ["Jeg har flyttet og må oppdatere adressen min.",
               "Kan du endre adressen min? Jeg flyttet {date}."],
         "s": ["Adressen er oppdatert. Neste fakturaer går til den nye adressen.",
               "Ordnet, den nye adressen er lagret for levering og post."]},
        {"p": ["Kontoen min ble låst etter noen feil forsøk.",
               "Det står at kontoen er låst og jeg får ikke gjort noe."],
         "s": ["Jeg har låst opp kontoen din, du kan logge inn igjen nå.",
               "Låsen er fjernet. Jeg anbefaler å bytte passord for sikkerhets skyld."]},
        {"p": ["Jeg vil endre e-postadressen på kontoen min.",
               "Den gamle e-posten min virker ikke lenger, kan du oppdatere den?"],
         "s": ["Jeg har endret e-postadressen, bekreft den med lenken vi nettopp sendte.",
               "Den nye e-postadressen er lagret. Du får en bekreftelse dit."]},
        {"p": ["Det dukker opp andres bestillinger på kontoen min.",
               "Det ligger bestillinger på kontoen min som ikke er mine."],
         "s": ["Jeg har fjernet bestillingene som ikke var dine og meldt feilen til IT.",
               "To kontoer var koblet sammen ved en feil. Nå er de skilt."]},
        {"p": ["Jeg vil avslutte kontoen min og få slettet dataene mine.",
               "Vær så snill å avslutte kontoen min, jeg vil ikke være kunde lenger."],
         "s": ["Jeg har startet avslutningen, du får bekreftelse innen {days_w}.",
               "Slettingen er bestilt og dataene dine blir slettet etter reglene. Bekreftelse kommer på e-post."]},
        {"p": ["Jeg får ikke engangskoden på SMS.",
               "Innloggingskoden kommer aldri på mobilen min."],
         "s": ["Det gamle nummeret ditt lå fortsatt inne. Jeg har oppdatert det, så kodene går til det nye.",
               "Jeg har byttet koden til e-post inntil videre, prøv å logge inn igjen."]},
        {"p": ["Navnet mitt er stavet feil på kontoen og på fakturaene.",
               "Dere har skrevet etternavnet mitt feil overalt."],
         "s": ["Stavemåten er rettet på kontoen og på fremtidige fakturaer.",
               "Rettet. Nye fakturaer viser navnet ditt riktig."]},
        {"p": ["Jeg slo sammen to kontoer, og nå er ordrehistorikken borte.",
               "Alle de gamle bestillingene mine har forsvunnet fra kontoen."],
         "s": ["Jeg har gjenopprettet ordrehistorikken, den var bare skjult etter sammenslåingen.",
               "Historikken er tilbake. Den lå igjen på den gamle kontoen, og jeg har flyttet den over."]},
        {"p": ["Kontoen sier at jeg ikke er medlem lenger, men jeg betalte årsavgiften {date}.",
               "Medlemskapet mitt står som utløpt selv om jeg har fornyet det."],
         "s": ["Medlemskapet ditt er aktivt igjen, betalingen var feilregistrert hos oss.",
               "Jeg fant betalingen din fra {date}, og medlemskapet er aktivert til neste år."]},
        {"p": ["Jeg vil legge til samboeren min som ekstra kortholder.",
               "Kan samboeren min få et kort på kontoen min?"],
         "s": ["Jeg har lagt til ekstrakortet, det kommer i egen sending.",
               "Ordnet, ekstrakortet er bestilt og kommer om {days_w}."]},
        {"p": ["Appen logger meg ut med noen minutters mellomrom.",
               "Jeg blir hele tiden kastet ut av kontoen i appen."],
         "s": ["Det var for mange gamle økter på kontoen. Jeg har avsluttet dem, nå skal du holde deg innlogget.",
               "Jeg har nullstilt øktene i appen. Logg inn én gang til, så husker den deg."]},
    ],
    "complaint": [
        {"p": ["Jeg vil klage på hvordan jeg ble behandlet i butikken deres i {city} {date}.",
               "Måten jeg ble snakket til på i butikken i {city} {date}, var helt uakseptabel."],
         "s": ["Det er jeg virkelig lei meg for. Jeg har gitt beskjed til butikksjefen og lagt inn {amount2} på kontoen din som en unnskyldning.",
               "Jeg har registrert klagen hos butikksjefen i {city}, som følger den opp, og lagt et gavekort på {amount2} på kontoen din."]},
        {"p": ["{p_min} som jeg kjøpte {date}, ble ødelagt etter to uker, og butikken ville ikke ta den tilbake.",
               "{p_def} sluttet å virke etter fjorten dager, og butikken nektet å bytte."],
         "s": ["Jeg har godkjent returen, du kan levere den i hvilken som helst butikk og få pengene tilbake.",
               "Det skulle vært godtatt. Jeg har godkjent bytte, alle butikkene våre bytter den for deg."]},
        {"p": ["Jeg har fått lovet å bli ringt tilbake tre ganger, og ingen har ringt.",
               "Ingen ringer tilbake, jeg har bedt om det tre ganger nå."],
         "s": ["Beklager. Jeg har løst den opprinnelige saken selv nå, refusjonen på {amount} er på vei.",
               "Jeg har tatt over saken din og ordnet den: erstatningen er bestilt og kommer innen {date2}."]},
        {"p": ["Hun jeg snakket med forrige uke lovte meg refusjon, og ingenting har skjedd.",
               "Jeg ble lovet {amount} tilbake forrige uke. Fortsatt ingenting."],
         "s": ["Jeg har sjekket notatene, og refusjonen du ble lovet forrige uke er utbetalt nå.",
               "Refusjonen var godkjent, men aldri sendt. Den er sendt nå, {amount} om {days_w}."]},
        {"p": ["Jeg betalte {amount2} for utvidet garanti, og nå sier dere at den ikke dekker reparasjonen.",
               "Hva er vitsen med garantien hvis dere ikke vil reparere {p_min}?"],
         "s": ["Du har rett, garantien dekker dette. Jeg har bestilt reparasjonen kostnadsfritt.",
               "Jeg har sjekket garantivilkårene dine, og reparasjonen er dekket. Henting er booket {date2}."]},
        {"p": ["Annonsen deres sa {amount2}, men i butikken kostet det {amount}.",
               "Nettprisen og butikkprisen var forskjellige, og jeg betalte den høyeste."],
         "s": ["Jeg har refundert differansen mellom annonsert pris og det du betalte.",
               "Vi matcher våre egne nettpriser, så jeg har betalt tilbake differansen til kortet ditt."]},
        {"p": ["Reparasjonen av {p_min} har nå tatt {days_w} lenger enn lovet.",
               "{p_min} har stått på verkstedet deres i flere uker."],
         "s": ["Jeg har eskalert forsinkelsen og ordnet et nytt produkt i stedet.",
               "Reparasjonen er ferdig nå, og jeg har booket levering {date2} uten fraktkostnad."]},
        {"p": ["Montøren la igjen rot og ripet opp kjøkkengulvet mitt.",
               "Monteringsteamet deres skadet gulvet mitt og ryddet ikke engang."],
         "s": ["Jeg har ordnet at montøren kommer tilbake og utbedrer skaden for vår regning.",
               "Jeg er veldig lei meg for dette. Det er opprettet en skadesak, og håndverkeren vår ringer for å fikse gulvet, helt gratis for deg."]},
        {"p": ["Jeg fikk {p_a} som tydelig var brukt, med riper over alt.",
               "Den 'nye' varen dere sendte har fingeravtrykk og riper, den er åpenbart brukt."],
         "s": ["Jeg har refundert hele beløpet og sendt deg en returlapp på e-post.",
               "En helt ny er på vei, og transportøren tar med seg den brukte."]},
        {"p": ["Jeg har sendt tre e-poster om det samme problemet og fått tre forskjellige svar.",
               "Hver gang jeg skriver, får jeg et nytt svar fra dere."],
         "s": ["Jeg har gått gjennom alle tre e-postene og avsluttet saken skikkelig: du får hele {amount} tilbake.",
               "Beklager forvirringen. Jeg har ordnet alt på én gang: byttet er godkjent og henting er {date2}."]},
        {"p": ["Butikken deres i {city} stengte tidlig, og jeg hadde kommet spesielt for å hente bestillingen min.",
               "Jeg reiste til butikken i {city} for å hente ordren, og den var stengt en time før tiden."],
         "s": ["Beklager. Jeg har ordnet gratis hjemlevering av bestillingen {date2} i stedet.",
               "Jeg har refundert fraktgebyret, og bestillingen blir levert hjem til deg i morgen."]},
        {"p": ["Jeg vil klage formelt på hvordan returen min ble behandlet.",
               "Returhåndteringen deres er en katastrofe, og det vil jeg ha registrert."],
         "s": ["Jeg har registrert den formelle klagen og fullført returen, refusjonen på {amount} er på vei.",
               "Klagen er registrert, og returen er avsluttet i din favør."]},
    ],
    "technical": [
        {"p": ["Appen krasjer hver gang jeg prøver å åpne bestillingene mine.",
               "Appen lukker seg med en gang jeg trykker på 'Mine bestillinger'."],
         "s": ["Vi hadde en feil i appen i går. Oppdaterer du til siste versjon, virker den igjen.",
               "Det er en kjent feil i forrige versjon. Oppdateringen er ute, installer den så går det fint."]},
        {"p": ["Jeg får ikke betalt på nettsiden, det står bare 'error 502'.",
               "Betalingssiden feiler hele tiden med en feilmelding."],
         "s": ["Betalingssiden hadde et avbrudd i formiddag. Den er oppe igjen, og handlekurven din er tatt vare på.",
               "Jeg har tatt betalingen her i stedet, bestillingen er bekreftet."]},
        {"p": ["{p_def} jeg kjøpte av dere, vil ikke koble seg til wifi.",
               "Jeg får ikke {p_min} på wifi."],
         "s": ["Hold inne reset-knappen i ti sekunder, det løser det på denne modellen. ... Sånn, nå er den tilkoblet.",
               "Den trenger 2,4 GHz-nettet, ikke 5 GHz. Velger du det, går det. Supert, nå er den på nett."]},
        {"p": ["Ordrebekreftelsen kom aldri på e-post.",
               "Jeg har ikke fått noen bekreftelse på bestillingen min."],
         "s": ["Jeg har sendt ordrebekreftelsen til e-posten din på nytt.",
               "Det var en skrivefeil i e-postadressen. Jeg har rettet den og sendt bekreftelsen igjen."]},
        {"p": ["Nettsiden tømmer handlekurven min i kassen.",
               "Hver gang jeg skal betale, er handlekurven tom igjen."],
         "s": ["Jeg har fikset handlekurv-feilen på kontoen din, du kan fullføre kjøpet nå.",
               "Den lagrede handlekurven din var skadet. Jeg har nullstilt den, legg varene inn på nytt så virker det."]},
        {"p": ["Programvareoppdateringen i går kveld ødela {p_min}, den starter ikke ordentlig.",
               "Etter oppdateringen starter {p_def} bare på nytt hele tiden."],
         "s": ["Jeg har rullet tilbake oppdateringen via fjernstyring, start den på nytt.",
               "Det finnes en fiks for den oppdateringen. Hold inne av/på-knappen i 15 sekunder, så installeres den. ... Ja, nå virker det."]},
        {"p": ["Jeg får ikke lastet ned fakturaen, PDF-en er tom.",
               "Faktura-PDF-en åpner seg som en blank side."],
         "s": ["Jeg har laget fakturaen på nytt, PDF-en ligger i innboksen din nå.",
               "Filen var ødelagt hos oss. Jeg har laget den på nytt og sendt den til deg."]},
        {"p": ["Appen godtar ikke kortet mitt, den sier at opplysningene er ugyldige.",
               "Det feiler hver gang jeg prøver å legge inn kortet i appen."],
         "s": ["Appen hadde den gamle fakturaadressen din. Jeg har oppdatert den, og nå går kortet gjennom.",
               "Jeg har fjernet det gamle utløpte kortet som blokkerte. Nå kan du legge inn det nye."]},
        {"p": ["Aktiveringskoden til {p_def} fungerer ikke.",
               "Koden i esken blir avvist."],
         "s": ["Jeg har sendt deg en ny aktiveringskode på SMS.",
               "Den kodeserien var feil. Her er en ny på e-post, jeg har testet den, den virker."]},
        {"p": ["Appen sender meg varsler hvert femte minutt.",
               "Appen spammer meg med varsler."],
         "s": ["Jeg har skrudd av de ekstra varslene i profilinnstillingene dine.",
               "Det var en feil som sendte dobbelt. Den er rettet, og jeg har nullstilt varslingene dine."]},
        {"p": ["{p_def} viser feilkode E4 og stopper etter ett minutt.",
               "{p_min} viser E4 hele tiden og slår seg av."],
         "s": ["E4 betyr at filteret må rengjøres. Gjør du det, går den som normalt.",
               "Det er overopphetingssensoren. Rengjør luftinntaket bak, så går den normalt igjen."]},
        {"p": ["Rabattkoden {case} blir avvist i kassen.",
               "Rabattkupongen min virker ikke på nettsiden."],
         "s": ["Kupongen var koblet til feil konto. Jeg har rettet det, nå skal den virke.",
               "Jeg har lagt rabatten inn manuelt på bestillingen din, den er trukket fra."]},
    ],
}

tone_neg = [
    "Dette er tredje gang jeg tar kontakt om dette.",
    "Ærlig talt er jeg drittlei.",
    "Jeg er ikke fornøyd i det hele tatt.",
    "Dette er helt latterlig.",
    "Det virker som ingen hos dere vet hva de driver med.",
    "Jeg har kastet bort hele formiddagen på dette.",
    "Jeg hadde ventet mye bedre av {brand}.",
    "Dette er rett og slett ikke greit.",
    "Jeg vurderer seriøst å handle et annet sted.",
    "Jeg er skikkelig irritert, dette skulle vært ordnet for flere dager siden.",
    "Servicen deres har blitt mye dårligere.",
    "Hvorfor skal alt være så tungvint hos dere?",
    "Jeg er lei av å bli sendt rundt fra den ene til den andre.",
    "Jeg er veldig skuffet, for å si det rett ut.",
    "Det er et eneste rot.",
    "Nå har jeg vært tålmodig lenge nok.",
    "Sånn behandler man ikke kunder.",
    "Hver gang jeg har med dere å gjøre, går noe galt.",
    "Det er ingen som noen gang tar kontakt igjen.",
    "Jeg vil ha dette fikset i dag, ikke neste uke.",
]
tone_pos = [
    "Jeg har vært kunde i mange år og aldri hatt problemer, så dette er sikkert en engangsfeil.",
    "Kollegaene dine har alltid vært veldig hjelpsomme, så jeg håper det er enkelt.",
    "Takk på forhånd for hjelpen!",
    "Ingen hast, ville bare si fra.",
    "Elsker den nye butikken i {city}, forresten.",
    "Det er sikkert bare en liten glipp.",
    "Ellers er jeg veldig fornøyd med alt.",
    "Håper du har en fin dag!",
    "Dere ordnet noe lignende for meg i fjor veldig raskt, så jeg krysser fingrene.",
    "Setter stor pris på at dere ser på det.",
    "Produktet i seg selv er kjempebra, det er bare denne ene tingen.",
    "Jeg vet dere har mye å gjøre, takk for at du tar deg tid.",
    "Flott service så langt, bare dette lille problemet.",
    "Tusen takk, dere svarer alltid så raskt.",
    "Ikke noe stort, vil bare få det ordnet.",
]
tone_neu = [
    "Kan du se på det?", "Kan dere hjelpe?", "Hva gjør jeg?", "Kan du sjekke hva som skjer?",
    "Hvordan fikser jeg dette?", "Si fra hva jeg skal gjøre.", "Kan du si hva som har skjedd?",
    "Jeg vil gjerne få ordnet dette.", "Hvilke muligheter har jeg?", "Kan dere se på saken?", "", "", "",
    "Er det noe dere kan gjøre?", "Setter pris på en oppdatering.", "Hva trenger du fra meg?",
]
repeat_neu = [
    "Jeg tok kontakt om dette allerede {prevdate}.",
    "Jeg snakket med en kollega av deg om dette for et par dager siden.",
    "Det gjelder henvendelsen min fra {prevdate}.",
    "Jeg fikk beskjed {prevdate} om at det skulle ordnes, men det er likt.",
    "Det gjelder samme sak som sist.",
    "Jeg ringte om dette allerede {prevdate}.",
    "Saken min fra {prevdate} er visst fortsatt åpen.",
    "Noen skulle komme tilbake til meg, men jeg har ikke hørt noe.",
]
repeat_neg = [
    "Jeg tok kontakt allerede {prevdate}, og INGENTING har skjedd.",
    "Andre gang nå. Ingen ringte tilbake slik dere lovte.",
    "Jeg ble lovet {prevdate} at dette skulle fikses. Det ble det ikke.",
    "Hvor mange ganger må jeg forklare dette? Jeg tok kontakt allerede {prevdate}.",
    "Kollegaen din sa {prevdate} at alt var ordnet. Tydeligvis ikke.",
    "Samme problem igjen, og igjen må jeg mase på dere.",
    "Jeg forklarte alt dette {prevdate}, skriver dere ikke notater?",
    "Ingen tok kontakt etter forrige henvendelse. Typisk.",
]
wait_complaint = [
    "Endelig! Jeg har stått i kø i en evighet.",
    "Jeg har ventet i over tjue minutter på å komme gjennom.",
    "Vet du hvor lenge jeg har stått i den køen?",
    "En halvtime med ventemusikk, seriøst.",
    "Jeg holdt på å gi opp, ventetiden var uendelig.",
]

ask_c = [
    "Kan du gi meg {refname}?",
    "Selvfølgelig, hva er {refname}?",
    "Jeg skal se på det. Hva er {refname}?",
    "Leit å høre. Kan du bekrefte {refname} for meg?",
    "Da sjekker vi det. Kan du sende meg {refname}?",
    "Klart. Først trenger jeg bare {refname}.",
    "Takk for forklaringen. Har du {refname} for hånden?",
    "Å nei, så kjedelig. Hva er {refname}, så jeg finner det?",
    "Det kan jeg hjelpe med. Hvilket nummer gjelder det?",
    "Ok. For å finne deg trenger jeg {refname}.",
    "Takk, {name}. Bare for å bekrefte, hva er {refname}?",
    "Beklager det. Når skjedde det, og hva er {refname}?",
    "Ikke noe problem, jeg sjekker. Kan du gi meg {refname}?",
    "Skjønner. Kan du gi meg {refname}?",
    "Det skal ikke skje. Jeg finner fram opplysningene dine, {refname}?",
    "Den er grei. Har du {refname}?",
]
ask_r = [
    "{refname}.", "Nummer?", "Jeg trenger {refname}. Selvsagt.", "Gi meg {refname}, da.",
    "Og {refname}? Uten det kan jeg ikke gjøre noe.", "Ok. {refname}?", "Har du {refname} eller ikke?",
    "Du har ikke oppgitt {refname}. Det trenger jeg.", "{refname}. Fort.",
    "Bare {refname}, takk, ikke hele historien.", "Ok. {refname}.", "Jeg er ikke tankeleser. {refname}?",
    "Send {refname} først.", "Har du i det hele tatt sjekket {refname}?",
]
details = [
    "Det er {ref}.", "Ja, {ref}.", "{ref}. Det begynte {date}.", "Værsågod: {ref}.",
    "{ref}. Kontoen står på {fullname}.", "Jeg tror det er {ref}, vent... ja, det stemmer.",
    "Det skal være {ref}.", "Ok, {ref}. Det skjedde {date}.", "{ref}, og den står på {fullname}.",
    "Det er {ref}. Jeg har bekreftelsen på e-post også hvis du trenger den.", "Jepp, {ref}.",
    "Det er {ref}, ja.", "Beklager, måtte lete litt. {ref}.", "{ref}, fra {date}.",
]
hold_c = [
    "Takk. Et øyeblikk, så sjekker jeg.", "Takk, jeg henter det opp.", "Flott, gi meg et minutt.",
    "Takk, jeg sjekker nå.", "Ok, et lite øyeblikk.", "Jeg skal se på det for deg.",
    "Takk {name}, jeg sjekker i systemet.", "Supert, ett sekund.", "Takk, jeg ser den nå. Sjekker bare detaljene.",
    "Et øyeblikk, så skal jeg se.", "Takk. Sjekker i systemet nå, det tar ikke lang tid.",
    "Den er grei, takk. Et øyeblikk.",
]
hold_r = [
    "Vent.", "Vent litt.", "Sjekker.", "Øyeblikk.", "Ok, vent.", "Et sekund.", "Ikke lukk chatten.",
    "Vent, systemet er tregt.", "Ok. Vent.", "Ett minutt. Ikke skriv noe mer.",
]
sol_pre_c = ["", "", "Takk for at du ventet.", "Ok, jeg fant det.", "Takk for tålmodigheten.", "Jeg har sett på det.",
             "Gode nyheter.", "Jeg har sjekket det for deg.", "Beklager bryderiet.", "Takk, jeg ser hva som har skjedd.",
             "Det er jeg lei meg for.", "Jeg har undersøkt det.", "Takk, {name}.", "Ok, så."]
sol_pre_r = ["", "Ok.", "Greit.", "Sånn.", "Fikset.", "Det er ikke rakettforskning.",
             "Det kunne du gjort selv i appen.", "Det skjer hele tiden.", "Les e-postene vi sender, alt står der.",
             "Ja, ja."]
sol_post_c = ["Er det noe mer jeg kan hjelpe med?", "Noe annet jeg kan gjøre for deg?", "Håper det hjelper!",
              "Si fra hvis det dukker opp noe mer.", "Beklager igjen bryderiet.", "Du får en bekreftelse på e-post snart.",
              "", "", "Håper det løser saken!", "Ta gjerne kontakt igjen hvis det ikke virker.", "Takk for at du sa fra.",
              "Ha det fint!"]
sol_post_r = ["", "", "Det var det.", "Noe mer?", "Neste gang kan du sjekke appen først.", "Det står på nettsiden, forresten.",
              "Ok?", "Det var alt.", "Ha det."]

fail_callback_c = [
    "Jeg får ikke løst dette herfra, men jeg har bedt {dept} ringe deg tilbake innen {days_w}.",
    "Beklager, jeg har ikke tilgang til det. En kollega ringer deg tilbake innen {date2}.",
    "Jeg har registrert en henvendelse, og noen tar kontakt innen 48 timer.",
    "Dessverre lar systemet meg ikke endre det i dag. Jeg har satt opp en tilbakeringing i morgen.",
    "Jeg må sjekke med en spesialist først. Vi ringer deg så snart vi vet mer.",
    "Jeg ser ikke detaljene ennå. Jeg har notert det, og vi kontakter deg innen {date2}.",
    "Dette må godkjennes av lederen min. Jeg ringer deg når jeg har svar.",
    "Det er ikke noe jeg får ordnet akkurat nå, beklager. Du blir ringt opp i løpet av noen dager.",
    "Systemet er nede for øyeblikket. Jeg har notert saken din, og vi ringer deg tilbake.",
    "Jeg har sendt videre alle detaljene. Du hører fra oss på telefon innen {days_w}.",
]
fail_callback_r = [
    "Får ikke gjort det nå. Noen ringer deg.", "Ikke mitt område. Du blir ringt. Sikkert.",
    "Systemet er nede. Vi ringer tilbake, vet ikke når.", "Har notert det. Vent på telefonen.",
    "Noen tar kontakt. Det er alt.", "Jeg ser ingenting. Vent på at noen ringer.",
]
fail_escalate_c = [
    "Beklager, dette må til klageavdelingen. Jeg har sendt det videre, og de tar kontakt.",
    "Dette kan jeg ikke godkjenne selv, så jeg har sendt det til teamleder med alle detaljer.",
    "Jeg har sendt saken til spesialistteamet, saksnummer {case}. De svarer vanligvis innen {days_w}.",
    "Jeg kan ikke bestemme refusjonen selv, jeg har sendt den til saksbehandling.",
    "Jeg har eskalert det som hastesak. Beklager at det ikke blir løst i dag.",
    "Jeg har meldt det til teknisk avdeling, de ser på det. Mer kan jeg dessverre ikke gjøre nå.",
    "Dessverre får jeg ikke fikset det herfra. Jeg har opprettet en sak hos {dept}.",
    "Jeg har sendt alt videre til lederen min. Du får skriftlig svar.",
]
fail_escalate_r = [
    "Ikke noe jeg kan gjøre. Sendt videre.", "Eskalert. Sak {case}. Det var det for nå.", "Sendt oppover. Vent.",
    "Ligger hos saksbehandling nå. Ikke spør meg hvor lenge.", "Videresendt. Mer kan jeg ikke gjøre.",
]
fail_transfer_c = [
    "Dette håndteres av {dept}, jeg setter deg over nå. Beklager ventetiden.",
    "Jeg setter deg over til en kollega som jobber med dette.",
    "Jeg setter deg over til {dept}, de har tilgang til det.",
    "Jeg kobler deg til spesialistteamet vårt, bli på linjen.",
    "Riktig sted for dette er {dept}. Jeg setter deg over.",
]
fail_transfer_r = [
    "Feil avdeling. Setter over.", "Ikke oss. Jeg setter deg over.", "Det er {dept}. Vent.",
    "Jeg setter deg over. Ikke legg på.",
]
fail_nohelp_c = [
    'Jeg er virkelig lei meg, men det kan jeg ikke endre. Reglene tillater det ikke.',
    'Dessverre er det ingenting jeg kan gjøre med det nå.',
    'delivery,complaint,billing::Returfristen har dessverre gått ut, så jeg kan ikke ta den imot lenger.',
    'delivery,complaint,billing,technical::Beklager, jeg finner ikke ordren i systemet i det hele tatt. Kan du sjekke nummeret og ta kontakt igjen?',
    'billing,complaint,delivery::Jeg forstår at det er frustrerende, men jeg kan ikke refundere dette.',
    'Beklager, jeg har ikke noe svar til deg i dag. Det er best å prøve igjen senere i uka.',
    'technical,account,card::Jeg har prøvd alt jeg kan herfra, og det virker fortsatt ikke. Beklager.',
    'complaint,technical::Dessverre dekker ikke garantien denne typen skade.',
    'billing,card::Jeg ser dessverre ikke hvorfor det skjedde. Du må nok kontakte banken din.',
    'Beklager, jeg kan ikke gjøre et unntak her.',
    'delivery,complaint::Varen er utsolgt, og jeg kan ikke si når den kommer inn igjen, beklager.',
    'delivery::Vi kan dessverre ikke gjøre noe før transportøren er ferdig med undersøkelsen.',
]
fail_nohelp_r = [
    'Kan ikke gjøre noe med det.',
    'Det er reglene. Ikke noe å diskutere.',
    'Ikke mulig. Beklager.',
    'delivery,complaint,billing::Tja, du burde ha returnert den i tide.',
    'delivery,complaint,billing,technical::Jeg ser ingen ordre. Sjekk nummeret ditt.',
    'Nei. Det gjør vi ikke.',
    'Det kan jeg ikke hjelpe deg med, nei.',
    'Sånn er det. Prøv senere.',
    'Regler er regler.',
    'technical,account,card,complaint::Virker det ikke, så virker det ikke. Lite jeg kan gjøre.',
]
blame_fix = [
    "Ærlig talt er det lageret som har rotet det til igjen, ikke vi.",
    "Bare så det er sagt: det er fakturaavdelingen som har gjort feil, ikke jeg.",
    "Det var transportørens feil, de skannet den aldri ordentlig.",
    "Saksbehandlingen har rotet det til, som vanlig.",
    "Sånn blir det når butikken ikke gir beskjed videre.",
    "IT ødela dette med forrige oppdatering, det har ingenting med oss her å gjøre.",
    "Returavdelingen skulle ha gjort dette for flere uker siden.",
    "Butikken i {city} la det inn feil, vi må rydde opp etter dem.",
    "Beklager, lageret vårt blandet dette sammen, det var ikke noe vi kunne se herfra.",
    "Dessverre var det fakturaavdelingen som gjorde feilen, jeg har rettet den for dem.",
    "Det er lageret igjen. De mister halvparten av papirene.",
]
blame_push = [
    "Det er lagerets feil, ikke min. Det må du ta med dem.",
    "Det er fakturaavdelingen som har rotet det til, ring dem.",
    "Det er transportørens problem, ikke vårt. Ring dem.",
    "Det var butikken som solgte deg den, så det er butikken som må ordne det, ikke vi.",
    "Jeg vet ikke hva fakturaavdelingen tenkte på. Du må snakke med dem direkte.",
    "Det er IT sin feil, jeg kan ikke fikse feilene deres.",
    "Returavdelingen har mistet den, ikke jeg. Skriv til dem.",
    "Ærlig talt, saksbehandlingen gjør alltid dette.",
    "Den du snakket med sist, ga deg feil informasjon. Ikke min skyld.",
    "Kortavdelingen har sperret det, så spør dem, jeg har ikke tilgang.",
    "Det er lageret igjen. Ring dem direkte.",
    "Beklager, men dette var fakturaavdelingens feil, og bare de kan rette det.",
    "Dessverre var det leveringsavdelingen som gjorde feil, du må kontakte dem.",
]
FU_RES = [
    ("Hvor lang tid tar det?", "Vanligvis {days_w}, ofte raskere."),
    ("Får jeg en bekreftelse?", "Ja, du får en bekreftelse på e-post innen en time."),
    ("Må jeg gjøre noe mer?", "Nei, du trenger ikke gjøre noe mer."),
    ("Vises det på kontoen med en gang?", "Det kan ta opptil et døgn før det vises, men det er ordnet."),
    ("Kan du sende det skriftlig?", "Ja, jeg har akkurat sendt det på e-post."),
    ("Så jeg trenger ikke komme innom butikken?", "Du trenger ikke komme innom, alt er ordnet."),
    ("Får jeg en e-post om det?", "Ja, e-posten kommer i løpet av noen minutter."),
    ("Er det helt sikkert ordnet nå?", "Ja, det er ordnet, du ser det i appen også."),
    ("Må jeg ta vare på kvitteringen?", "Ta vare på den for sikkerhets skyld, men alt er registrert."),
    ("Ok, og når nøyaktig?", "Senest {date2}."),
]
FU_UNRES = [
    ("Så hva skal jeg gjøre nå?", "Foreløpig må du vente på at vi ringer, jeg har notert alt."),
    ("Og hvor lang tid tar det?", "Det tar vanligvis {days_w}, men jeg kan ikke love en dato."),
    ("Kan du ikke bare gjøre det nå?", "Beklager, jeg får virkelig ikke gjort det herfra."),
    ("Er det virkelig ingen som kan hjelpe meg i dag?", "Jeg har spurt lederen min, men hun kan ikke godkjenne det i dag heller."),
    ("Kan jeg få snakke med en leder?", "Jeg kan be en leder ringe deg tilbake, det har jeg lagt inn i saken."),
    ("Kommer noen faktisk til å ringe denne gangen?", "Ja, jeg har merket den som haster og notert at du har tatt kontakt før."),
    ("Så jeg bare venter?", "Dessverre, beklager. Du hører fra oss."),
    ("Hva om ingen tar kontakt?", "Da ber jeg deg ta kontakt med saksnummer {case}, så purrer vi."),
    ("Kan du i det minste gi meg et saksnummer?", "Selvfølgelig, saksnummeret ditt er {case}."),
    ("Hvorfor kan du ikke fikse det selv?", "Jeg har dessverre ikke tilgang til det systemet."),
    ("Og i mellomtiden?", "I mellomtiden er det dessverre ikke noe mer jeg kan gjøre, beklager."),
]
fu_a_res_r = ["Ja.", "Som sagt, {days_w}.", "Står i e-posten.", "Nei.", "Sjekk appen.", "Ja, det er ordnet. Sa jo det.",
              "Når banken får behandlet det."]
fu_a_unres_r = ["Vent.", "Nei.", "Jeg har allerede sagt det.", "Lederen er ikke tilgjengelig.", "Vet ikke. Spør dem.",
                "Kan ikke gjøre noe, sa jeg.", "Sak {case}. Ha det."]
close_res_pos = ["Tusen takk, det er helt supert!", "Perfekt, du har vært kjempehjelpsom, takk!",
                 "Wow, det gikk fort. Tusen takk!", "Flott, takk {agent}, ha en fin dag!", "Takk, setter virkelig pris på det.",
                 "Fantastisk, takk for at det gikk så raskt.", "Herlig, det var alt jeg trengte. Takk!",
                 "Det var gode nyheter, takk!", "Strålende, takk!", "Takk, du reddet dagen min.", "Supert, tusen takk!",
                 "Takk {agent}, veldig god service.", "Knall, takk for hjelpen!", "Perfekt. Takk igjen!",
                 "Takk, det var enkelt."]
close_res_neu = ["Ok, takk.", "Greit, takk skal du ha.", "Fint, takk.", "Ok, skjønner.", "Bra, takk.", "Takk, ha det.",
                 "Ok, da venter jeg på e-posten.", "Forstått, takk.", "Det var alt, takk.", "Ok. Takk.",
                 "Greit, takk for at du sjekket.", "Ok, jeg sjekker i morgen.", "Bra. Ha det.", "Takk, det holder.",
                 "Ok, notert."]
close_res_neg = ["Greit. Det tok lang nok tid.", "Ok. Det skulle ikke trengs tre henvendelser for dette.",
                 "Endelig. Får håpe det faktisk virker denne gangen.", "Ja vel. Jeg tror det når jeg ser pengene.",
                 "Ok. Men dette skulle aldri ha skjedd.", "Whatever, så lenge det er ordnet.", "Greit. Men imponert er jeg ikke.",
                 "Bra, men jeg vil likevel ha notert at dette var et rot.", "På tide.",
                 "Ok. Neste gang handler jeg et annet sted.", "Greit. Burde vært gjort første gang.",
                 "Greit, takk da.", "Får se om det faktisk kommer denne gangen."]
close_unres_pos = ["Ok, ingen fare, takk for at du prøvde.", "Greit, takk likevel.", "Ok, da venter jeg. Takk for hjelpen.",
                   "Greit, jeg forstår. Takk.", "Ok, takk for forklaringen.", "Ikke noe problem, jeg venter på svar. Takk!"]
close_unres_neu = ["Ok, da venter jeg på at noen ringer.", "Så jeg må ringe igjen. Ok.", "Greit, jeg prøver igjen i morgen.",
                   "Ok. Jeg venter på svar fra dem.", "Skjønner. Da kontakter jeg dem.", "Ok, ingenting i dag altså. Ha det.",
                   "Greit, jeg sjekker igjen neste uke.", "Ok, jeg finner kvitteringen og kommer tilbake.", "Hm, ok. Jeg venter.",
                   "Greit, jeg ringer igjen senere.", "Ok, forstått.", "Da prøver jeg det andre nummeret."]
close_unres_neg = ["Utrolig. Så jeg står fortsatt fast.", "Flott, så ingenting er fikset. Igjen.",
                   "Dette er ubrukelig. Da må jeg ringe igjen.", "Så jeg kastet bort en time for ingenting.",
                   "Fantastisk. Takk for ingenting.", "Jeg kommer til å klage på dette.", "Det er rett og slett ikke godt nok.",
                   "Hva er vitsen med denne tjenesten da?", "Greit. Jeg tar det opp et annet sted.",
                   "Hver gang det samme. Ingen kan hjelpe.", "Glem det.", "Jeg sier opp kontoen hvis dette ikke er ordnet til fredag.",
                   "Typisk. Ingen tar ansvar.", "Jeg tror ikke det jeg hører.", "Vel, det var bortkastet tid."]
agent_close_res_c = ["Bare hyggelig, ha en fin dag!", "Godt jeg kunne hjelpe. Ha det bra!", "Null problem. Ha det!",
                     "Bare hyggelig, {name}. Ha en fin kveld.", "Takk for at du kontaktet {brand}. Ha det!",
                     "Bare hyggelig. God helg!", "Hyggelig å hjelpe. Ha det!", "Takk for tålmodigheten, {name}. Ha en fin dag.",
                     "Når som helst. Ha det godt.", "Takk for at du ringte, ha det bra."]
agent_close_unres_c = ["Beklager igjen at jeg ikke fikk gjort mer i dag. Ha det bra.", "Jeg forstår, og jeg beklager. Ha det.",
                       "Takk for forståelsen, {name}. Ha det så lenge.", "Beklager bryderiet. Vi tar kontakt.",
                       "Beklager at det ikke er løst ennå. Ha en fin dag likevel.", "Takk for tålmodigheten. Ha det."]
agent_close_r = ["Ha det.", "Ok. Ha det.", "Noe mer? Nei? Ha det.", "Greit.", "Ok.", "Ha det da.", "Det var alt.", "Neste."]

fillers_c = ["eh,", "ehm,", "altså,", "liksom,", "ja,", "nei, altså,", "hm,"]
fillers_a = ["altså,", "ok,", "ja,", "ehm,", "sånn,"]
backchannel_a = ["Mhm.", "Ja.", "Ok.", "Akkurat.", "Skjønner.", "Jada."]
backchannel_c = ["Ja.", "Mhm.", "Ok.", "Akkurat.", "Jepp."]
phone_drop = ["Hallo? Hallo, hører du meg?", "Beklager, du faller ut...", "Hallo? Er du der fortsatt?",
              "Hallo? Jeg tror linjen ble brutt..."]
phone_hold_long = ["Jeg setter deg på vent et øyeblikk.", "Kan jeg sette deg på vent et minutt?"]
chat_left = ["Kunden har forlatt chatten.", "Chat avsluttet: kunden koblet fra."]
bot_hello = ["Hei! Jeg er Kes, den digitale assistenten til {brand}. Jeg setter deg over til en rådgiver.",
             "Velkommen til {brand}-chatten. En rådgiver er med deg straks.",
             "Takk for meldingen! Vent litt mens vi kobler deg til en rådgiver."]
sys_joined = ["{agent} har blitt med i chatten.", "Du chatter nå med {agent}."]

mail_c_greet = ["Hei,", "Hallo,", "Hei {brand},", "Til kundeservice,", "Hei hei,", "God morgen,", "Hei dere,", "God dag,", ""]
mail_c_sign = ["Mvh\n{fullname}", "Takk,\n{name}", "Med vennlig hilsen\n{fullname}", "Hilsen\n{name}", "{name}",
               "Takk på forhånd\n{fullname}", "{fullname}\n\nSendt fra min iPhone", "Hilsen {name}", "Vennlig hilsen\n{fullname}"]
mail_a_greet_c = ["Hei {name},", "Hei {fullname},", "God dag {name},", "Hei,", "Kjære {name},"]
mail_a_greet_r = ["Hei.", "Hei,", "{name},", ""]
mail_a_open_c = ["Takk for e-posten din.", "Takk for at du tok kontakt med oss.", "Takk for at du kontaktet {brand} kundeservice.",
                 "Tusen takk for meldingen, og beklager bryderiet.", "Takk for tålmodigheten mens vi så på dette.",
                 "Takk for at du sier fra.", "Leit å høre om problemet.", "Takk for meldingen, og beklager sent svar."]
mail_a_open_r = ["", "", "Angående e-posten din:", "Vedrørende henvendelsen:", "Vi har mottatt e-posten din."]
mail_a_sign_c = ["Med vennlig hilsen\n{agent}\n{brand} kundeservice", "Vennlig hilsen\n{agent} | {brand} {city}",
                 "Mvh\n{agent}\nKundeserviceteamet", "Hilsen\n{agent}\n{brand}", "Ha en fin dag!\n{agent}"]
mail_a_sign_r = ["{agent}", "Mvh {brand}", "Kundeservice", "--\n{agent}"]
mail_subject = {
    "delivery": ["Hvor er ordre {order}?", "Leveringsproblem", "Ordre {order} ikke levert", "Feil vare", "Pakke mangler"],
    "billing": ["Dobbelt trekk", "Spørsmål om faktura {invoice}", "Har ikke fått refusjon", "Feil på fakturaen",
                "Trekk på kontoen min"],
    "card": ["Problem med kortet", "Kort sperret", "Mistet kort", "Nytt kort ikke kommet", "Kortet avvist"],
    "account": ["Tilgang til kontoen", "Får ikke logget inn", "Adresseendring", "Kontoen er låst", "Kontoen min"],
    "complaint": ["Klage", "Formell klage", "Veldig skuffet", "Klage på butikkbesøk", "Uakseptabel service"],
    "technical": ["Appen virker ikke", "Feil på nettsiden", "Problem med {p_def}", "Teknisk problem", "Feil i kassen"],
}
reply_prefix = ["SV: ", "Re: ", "SV: "]
quote_header = ["{qdate} skrev {qname} <{qaddr}>:", "{qdate} skrev {qname}:"]

IP = {
    "delivery": [("Kom for å hente ordre {order}.", "Kunde henter ordre {order}."),
                 ("Gjaldt en levering som aldri kom.", "Manglende levering {order}, sjekket sporing."),
                 ("Kom for å returnere feil vare jeg fikk levert.", "Feil vare levert, ordre {order}."),
                 ("Stakk innom for å spørre hvor ordren min er.", "Statusforespørsel ordre {order}."),
                 ("Måtte flytte en levering.", "Levering flyttet."),
                 ("Hentet en pakke som var sendt til butikken.", "Klikk og hent.")],
    "billing": [("Kom på grunn av feil trekk på regningen.", "Reklamasjon trekk, faktura {invoice}."),
                ("Spurte om refusjonen på {amount}.", "Refusjon {amount} ikke mottatt."),
                ("Hadde spørsmål om en faktura.", "Spørsmål faktura {invoice}."),
                ("Ville ordne en dobbeltbetaling.", "Dobbelt trekk {amount}."),
                ("Gjaldt nedbetalingsplanen min.", "Spørsmål nedbetalingsplan."),
                ("Trengte kopi av en faktura.", "Fakturakopi bestilt.")],
    "card": [("Kortet mitt var sperret.", "Kort sperret."), ("Trengte nytt kort.", "Nytt kort bestilt."),
             ("Ville bytte PIN.", "PIN nullstilt."), ("Kortet ble avvist, så jeg kom innom.", "Kort avvist i kasse."),
             ("Ville si opp kundekortet.", "Oppsigelse kundekort."), ("Spurte om kortgrensen.", "Ønsker økt grense.")],
    "account": [("Ville oppdatere adressen.", "Adresseendring."), ("Trengte hjelp til å komme inn på kontoen.", "Innloggingsproblem."),
                ("Ville endre opplysningene mine.", "Endring e-post/telefon."), ("Ville avslutte kontoen.", "Avslutning konto."),
                ("Ville bli med i kundeklubben.", "Innmelding kundeklubb."), ("Kontoen var låst.", "Konto låst.")],
    "complaint": [("Kom for å klage på {p_a} som ikke virker.", "Klage defekt {p}."),
                  ("Klage på at returen ble avvist.", "Klage avvist retur."),
                  ("Kom tilbake på grunn av problemet med {p_min}.", "Nytt besøk ang. {p}."),
                  ("Klage på leveringen.", "Klage levering."), ("Ville klage ansikt til ansikt.", "Klage service."),
                  ("Fordi ingen svarer på e-postene mine.", "Klage ubesvarte e-poster.")],
    "technical": [("Appen virker ikke.", "App-problem."), ("Trengte hjelp med å sette opp {p_def}.", "Oppsett {p}."),
                  ("{p_min} viser feilmelding hele tiden.", "Feilkode {p}."), ("Fikk ikke betalt på nett.", "Nettbetaling feiler."),
                  ("Trengte hjelp med nettsiden.", "Problem nettside."), ("{p_min} kobler seg ikke til.", "Tilkobling {p}.")],
}
ip_tone_neg = ["Ikke fornøyd i det hele tatt.", "Er lei av dette problemet.", "Dette skulle aldri ha skjedd.",
               "Tredje gang jeg må ordne dette.", "Ikke det jeg forventer av {brand}.", "Burde ikke måtte gå til butikken for dette.",
               "Irriterer meg over hele saken.", "Veldig skuffet over {brand} i det siste.", "Ærlig talt, for et styr.",
               "Frustrerende."]
ip_tone_neg_visit = ["Veldig skuffende besøk.", "Bortkastet tid.", "Ventet lenge og gikk frustrert.", "Dårlig opplevelse.",
                     "Verste besøk på lenge.", "Ærlig talt kaotisk.", "Gikk sint ut av butikken.", "Dårlig."]
ip_tone_pos = ["Flott besøk!", "Veldig fornøyd.", "Hyggelig opplevelse.", "Kjempefornøyd, takk.", "Utmerket service.",
               "Toppkarakter.", "Kunne ikke vært bedre.", "Veldig bra.", "Fem stjerner fra meg.", "Glad jeg stakk innom."]
ip_tone_pos_unres = ["Hyggelige folk, selv om det ikke er løst ennå.", "Vennlige som alltid.", "Hyggelig besøk likevel.",
                     "De prøvde sitt beste, takk."]
ip_tone_neu = ["", "", "", "Ok.", "Greit.", "Besøket var ok.", "Ikke noe spesielt.", "Helt greit."]
ip_res = ["Ordnet på ti minutter.", "Alt fikset.", "Problemet løst.", "Ordnet på stedet.", "Fikset med en gang.",
          "Gikk derfra med alt ordnet.", "Ordnet mens jeg ventet.", "Saken løst."]
ip_unres = ["Fortsatt ikke løst.", "Ingen kunne hjelpe.", "Må komme tilbake neste uke.", "De sa at noen skal ringe meg.",
            "Sendt hjem uten løsning.", "Problemet er der fortsatt.", "Ble bedt om å ringe kundeservice i stedet.",
            "Ingenting ble gjort.", "Venter fortsatt."]
ip_staff_c = ["Hyggelige ansatte.", "{agent} var veldig hjelpsom.", "Veldig høflige ansatte.", "Hun i skranken var kjempehyggelig.",
              "Vennlig og tålmodig.", "Den ansatte tok seg tid til å forklare.", "Hyggelig betjening.",
              "Hjelpsom ung mann i disken."]
ip_staff_r = ["Den ansatte var frekk.", "Ekspeditøren var kort i tonen og himlet med øynene.", "Veldig uvennlige ansatte.",
              "Ble behandlet som om jeg var til bry.", "Han så ikke engang opp fra mobilen.", "De ansatte var avvisende.",
              "Frekk og utålmodig.", "Fikk høre 'ikke mitt problem'.", "Hun sukket hver gang jeg spurte om noe."]
ip_blame = ["De sa bare at det var lagerets feil.", "De ansatte skyldte på hovedkontoret.",
            "Fikk beskjed om at fakturaavdelingen hadde rotet og at jeg måtte ringe dem.",
            "Sa at transportøren har ansvaret, ikke de.", "Skyldte på nettbutikken."]
note_res = ["Løst.", "Fikset på stedet.", "Ordnet.", "Ferdig, kunden fornøyd.", "Oppdatert i systemet.",
            "Ordnet, kvittering gitt.", "Ferdig, testet med kunden.", "Avsluttet i skranken."]
note_unres = ["Ikke løst, tilbakeringing avtalt.", "Eskalert til saksbehandling.", "Henvist til kundeservice.",
              "Fikk ikke løst, kunden kommer tilbake med kvittering.", "Sak {case} opprettet.", "Sendt til saksbehandling, kunden informert.",
              "Under avklaring, kunden kontaktes.", "Åpen."]
note_r = ["Vanskelig kunde.", "Kunden kranglet, henvist til kundeservice.", "Kastet bort 20 min.", "Ingen kvittering, selvfølgelig.",
          "Ikke vårt problem.", "Kunden klager igjen.", "Ba ham lese vilkårene.", "Holdt det kort."]
note_blame = ["Lagerfeil, ikke vår.", "Fakturaavdelingens feil, sendte kunden dit.", "Transportørens feil.",
              "Hovedkontoret har rotet igjen.", "Nettbutikkens problem."]

ms_court_hi = ["Vennlig hilsen, brukte navnet mitt.", "Svært høflig og tålmodig hele veien.", "Varm, profesjonell tone.",
               "Rådgiveren var imøtekommende og beklaget ulempen.", "Hyggelig og oppmerksom.", "Utmerket folkeskikk, takket til slutt."]
ms_court_mid = ["Høflig, men litt stressa.", "Nøytral tone, lite varme.", "Ok, litt utålmodig ett sted.", "Korrekt, men mekanisk."]
ms_court_lo = ["Rådgiveren var brå og hørtes irritert ut.", "Ingen hilsen, korte svar.", "Avvisende, avbrøt meg to ganger.",
               "Sarkastisk kommentar da jeg spurte igjen.", "Frekk, fikk meg til å føle meg som et bry.", "Utålmodig og uvennlig."]
ms_res_hi = ["Scenario løst riktig.", "Tydelig løsning tilbudt.", "Saken løst i samme henvendelse.",
             "Riktig informasjon, neste steg forklart."]
ms_res_lo = ["Scenario ikke løst.", "Fikk feil informasjon.", "Bedt om å vente på oppringning, ingen løsning.",
             "Ble sendt videre uten svar."]
ms_wait_lo = ["Lang ventetid før noen svarte.", "Ventet altfor lenge i køen."]

SERVICE_WORD = "Kundeservice"
HOLD_MARKERS = ["øyeblikk", "sekund", "vent", "sjekker", "minutt", "jeg henter"]
KEEP_CAPS = {"Kestrel", "PC-en", "TV-en"}


def fmt_mail_date(t):
    return f"{t.day}. {MONTHS[t.month - 1][:3]}. {t.year} kl. {t.hour:02d}:{t.minute:02d}"
