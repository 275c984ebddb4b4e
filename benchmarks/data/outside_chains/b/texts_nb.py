TEXT = r"""
[greet_phone_c]
God morgen, Meridian {city}, du snakker med {name}. Hva kan jeg hjelpe deg med?
Hei, Meridian {city}, dette er {name}. Hva kan jeg gjøre for deg i dag?
Hei, du har kommet til {name} i Meridian. Hva gjelder det?
God ettermiddag, Meridian avdeling {city}, {name}.
Meridian {city}, {name} her. Hva kan jeg hjelpe med?
Hei, takk for at du ventet. Jeg heter {name}, hva kan jeg gjøre for deg?
Hei, {name} i Meridian {city}. Hva gjelder samtalen i dag?
God morgen, dette er {name} fra Meridian. Hvordan går det?
Hei, du har ringt Meridian i {city}. Jeg heter {name}, hva kan jeg hjelpe deg med?
Hei, beklager ventetiden. Det er {name}, hva kan jeg hjelpe med?
Meridian kundeservice, {name}. Hva kan jeg hjelpe deg med?
Hei, du snakker med {name}. Hva kan jeg ordne for deg?
Meridian {city}, {name}. Hvem snakker jeg med?
[greet_phone_r]
Meridian.
Ja, {name}. Hva er det?
Meridian {city}. Ja?
{name}. Hva trenger du?
Hallo. Hva er problemet?
Ja?
Meridian, {name}. Fort, det er lang kø.
Ja, hei. Hva gjelder det?
[greet_chat_c]
Hei, du chatter med {name} fra Meridian {city}. Hva kan jeg hjelpe med?
Hei! {name} her. Hva kan jeg gjøre for deg i dag?
Hei, takk for at du tok kontakt. Jeg heter {name}, hva kan jeg hjelpe med?
God morgen, {name} fra teamet i {city}. Hva gjelder det?
Hei, mitt navn er {name}. Jeg hjelper deg gjerne i dag.
Hei, {name} her. Jeg har lest meldingen din, jeg ser på det.
Hei, {name} fra Meridian. Takk for at du ventet. Hva kan jeg hjelpe med?
Hei, du er koblet til {name}. Hva kan jeg gjøre?
Hei hei, {name} i Meridian {city}. Hva lurer du på?
God ettermiddag! {name} her, hjelper gjerne.
Hei, jeg er {name}. Jeg har fått chatten din nå, fortell hva som skjer.
Hei, dette er {name} fra kundeservice. Hva kan jeg hjelpe deg med?
[greet_chat_r]
Hei. Hva trenger du?
{name}. Værsågod.
Ja?
Hva gjelder det.
Hva er problemet?
{name} her. Fort, jeg har flere chatter.
Har du lest FAQ først? Hva er det.
Ok. Hva.
[cust_hello]
Hei.
Hallo.
Hei hei.
Hei, god morgen.
Ja, hei.
God dag.
Heisann.
Hei, takk.
Hei, håper du kan hjelpe.
Morn.
Hallo der.
[neg_open]
Jeg er skikkelig lei av dette.
Ærlig talt, dette er latterlig.
Jeg har fått nok nå, for å være ærlig.
Jeg er ikke fornøyd i det hele tatt.
Dette er tredje gang jeg tar kontakt om dette.
Jeg kan ikke tro at jeg må ta dette igjen.
Jeg er veldig irritert nå.
Rett ut sagt har servicen deres vært elendig.
Jeg har allerede kastet bort halve dagen på dette.
Dette er et eneste rot.
Jeg er så lei av å mase på dere.
Beklager, men jeg er rasende.
Jeg er så frustrert over Meridian akkurat nå.
Seriøst, hva er det som foregår hos dere?
Jeg har vært kunde i mange år og dette er en vits.
Ingen hos dere ser ut til å vite hva de driver med.
Dette er ikke akseptabelt.
Nå begynner tålmodigheten å ta slutt.
Jeg er veldig skuffet.
Hvorfor skal alt alltid være så tungvint hos dere?
[pos_open]
Håper du har en fin dag.
Takk for at du svarte så fort!
Dere var så hjelpsomme sist, så jeg håper dere kan fikse dette også.
Så fint å få noen så raskt.
Takk på forhånd for hjelpen.
Jeg vet dere har mye å gjøre, så takk for at du tar deg tid.
Setter stor pris på at du hjelper meg.
Flott, takk for raskt svar.
Håper alt er bra med deg!
Godt jeg kom gjennom, tusen takk.
Dere har alltid vært greie med meg, så her kommer det.
[repeat_ref]
Jeg ringte om dette allerede på {day}.
Jeg var innom om dette på {day} og ingenting har skjedd.
Jeg tok kontakt på {day} og fikk beskjed om at det skulle ordnes.
Noen lovet å ringe meg tilbake på {day}, ingen gjorde det.
Dette er en oppfølging av chatten min fra {day}.
Jeg har vært i kontakt om dette før, på {day}.
Samme problem som da jeg ringte på {day}.
Dere sa på {day} at det skulle være fikset om en dag eller to.
[prob_billing]
Jeg har blitt trukket {amt} to ganger for det samme den {date}.
Det står et gebyr på {amt} på kontoutskriften som jeg ikke kjenner igjen.
Regningen min er {amt} denne måneden, vanligvis er den rundt {amt2}. Hvorfor det?
Jeg betalte regningen den {date}, men den står fortsatt som ubetalt.
Jeg fikk et purregebyr på {amt} selv om avtalegiroen gikk gjennom.
Dere har trukket {amt} fra kontoen min, og jeg sa opp den tjenesten forrige måned.
Kan jeg få en spesifikasjon av de {amt} dere trakk den {date}?
Jeg ble lovet tilbakebetaling av {amt} innen {date}, og den har ikke kommet.
Det trekkes {amt} i måneden for en forsikring jeg aldri har bestilt.
Avtalegiroen ble trukket to ganger denne måneden, {amt} hver gang.
Fakturaen sier {amt}, men avtalen min sier {amt2} i måneden.
Hvorfor betaler jeg {amt} for papirutskrifter?
[prob_card]
Kortet mitt som slutter på {card} ble avvist på butikken i går.
Jeg tror jeg har mistet kortet, det som slutter på {card}. Kan dere sperre det?
Det nye kortet mitt har fortsatt ikke kommet, det ble bestilt den {date}.
Minibanken slukte kortet mitt som slutter på {card} den {date}.
Det er en betaling på {amt} på kortet som slutter på {card} som jeg ikke har gjort.
PIN-koden har ikke virket siden jeg endret den den {date}.
Kortet {card} går ut denne måneden og jeg har ikke fått noe nytt.
Kontaktløs betaling har sluttet å virke på kortet {card}.
Jeg får ikke betalt på nett med kortet {card}, det feiler hele tiden.
Kortet som slutter på {card} er sperret og jeg vet ikke hvorfor.
Jeg vil øke den daglige grensen på kortet, den er {amt} nå.
Noen har brukt kortet {card} i utlandet, jeg har aldri vært der.
[prob_account]
Jeg må endre adressen på kontoen, jeg flyttet den {date}.
Jeg kommer ikke inn på kontoen, det står at den er låst.
Jeg vil avslutte sparekontoen som slutter på {acct}.
Hvorfor er det reservert {amt} på kontoen min som slutter på {acct}?
Jeg trenger en kontoutskrift for kontoen {acct} til boliglånet.
Navnet mitt er feilstavet på kontoen og det skaper problemer.
Jeg vil legge til samboeren min på kontoen {acct}.
Lønna mi på {amt} skulle kommet den {date}, og jeg ser den ikke.
Jeg må oppdatere telefonnummeret på kontoen.
Saldoen på kontoen {acct} er {amt} lavere enn den skal være.
Jeg vil gjerne opprette en felleskonto, hva trenger jeg?
En overføring på {amt} jeg gjorde den {date} kom aldri fram.
[prob_delivery]
Jeg bestilte en ny ruter, ordre {order}, og den er fortsatt ikke kommet.
Sporingen på {order} sier levert, men jeg har ikke fått noe.
Budet skulle komme den {date} og ingen dukket opp.
Ordre {order} kom skadet, esken var helt knust.
Jeg fikk feil telefon, ordre {order} var en annen modell.
Når kommer egentlig ordre {order}? Det har gått {n} dager.
Det nye SIM-kortet, ordre {order}, ble sendt til gammel adresse.
Halve ordre {order} mangler, bare laderen kom.
[prob_complaint]
Jeg vil klage formelt på hvordan jeg ble behandlet den {date}.
Jeg ble lovet å bli ringt opp den {date}, og ingen ringte.
Jeg har blitt sendt fram og tilbake mellom avdelinger i {n} dager nå.
På avdelingen sa de én ting, og brevet deres sier noe annet.
Sist satt jeg i kø i {mins} minutter og så ble jeg kastet ut.
Jeg vil klage på gebyret på {amt}, ingen sa noe om det.
Jeg har sendt tre e-poster om sak {ticket} og aldri fått et ordentlig svar.
Rådgiveren deres var skikkelig frekk mot moren min den {date}.
[prob_technical]
Appen krasjer hver gang jeg prøver å logge inn.
Internettet har falt ut hver kveld siden {date}.
Jeg får ikke engangskodene på SMS.
Nettbanken gir feilmelding når jeg prøver å betale noen.
Mobilen har ikke hatt dekning hjemme siden {date}.
Appen sier at telefonen min ikke støttes lenger.
Bredbåndet er rundt en tidel av hastigheten jeg betaler for.
Kodebrikken til nettbanken viser bare feil.
Jeg får ikke satt opp appen på den nye telefonen, den ber hele tiden om en kode.
Talepostkassen sluttet å virke etter oppdateringen den {date}.
[prob_other]
Jeg ville bare sjekke åpningstidene i julen.
Hvilke papirer trenger jeg for å åpne konto til sønnen min?
Har dere fortsatt papirutskrifter?
Kan jeg bestille time hos en rådgiver neste uke?
Får avdelingen i {city} ny minibank? Den gamle er borte.
Jeg vil gjerne ha informasjon om sparerentene deres.
Hvordan registrerer jeg meg i den nye appen?
Kan jeg sette inn mynter i skranken?
[ask_c]
Klart, kan jeg få kundenummeret ditt først?
Ok, kan du bekrefte fødselsdatoen din?
Da skal jeg se. Hvilken konto gjelder det?
Takk. Omtrent når begynte dette?
Selvfølgelig. Kan du gi meg de fire siste sifrene på kortet?
Ikke noe problem. Har du referansenummeret for hånden?
Jeg sjekker det. Hvilket postnummer står på kontoen?
Jeg henter opp opplysningene dine nå. Er det kontoen som slutter på {acct}?
Skjønner. Bare for å være sikker, var det den {date}?
Greit. Har du prøvd å starte appen på nytt?
Kan jeg sette deg på vent et lite øyeblikk mens jeg sjekker?
Ok. Og hva var beløpet nøyaktig?
Takk for forklaringen. Hvilken adresse skal det sendes til?
Jeg skjønner. Fikk du noen feilmelding?
Klart. Kan du bekrefte fullt navn av sikkerhetshensyn?
Forstått. Har du fortsatt kortet?
Jeg skal se på det for deg. Et øyeblikk.
Takk. Gjelder det brukskontoen eller sparekontoen?
Ok. Hva står det på sporingssiden nå?
Det kan jeg hjelpe med. Kan du bekrefte e-postadressen vi har på deg?
[ask_r]
Nummer?
Kundenummer. Kom igjen.
Fødselsdato.
Hvilken konto? Jeg kan ikke gjette.
Og? Hva vil du egentlig at jeg skal gjøre?
Du må være mer konkret enn det.
Har du i det hele tatt prøvd å starte den på nytt?
Referansenummer. Det står i brevet, leser du dem?
Kortnummer, de fire siste.
Vent.
Bare svar på spørsmålet, hvilket kort?
Har du lest FAQ? Alt står der.
Jeg trenger datoen. Vet du den eller ikke?
Postnummer.
Tar dette lang tid? Jeg har kø.
[detail_billing]
Det er {amt} den {date}, og det samme igjen på linjen under.
Teksten på utskriften sier bare SERVICEGEBYR, {amt}.
Det er kontoen som slutter på {acct}. Avtalegiroen gikk den {date}.
Jeg har brevet her, det står {amt}, referanse {ticket}.
Vanligvis {amt2}, denne gangen {amt}. Ingenting er endret hos meg.
[detail_card]
Det er kortet som slutter på {card}. Jeg har det fortsatt, det ligger her.
De fire siste er {card}. Det virket sist den {date}.
Slutter på {card}. Butikken sa 'avvist av utsteder'.
Betalingen var {amt} til en nettbutikk jeg aldri har hørt om.
Jeg bestilte det den {date} og fikk beskjed om fem virkedager.
[detail_account]
Kontoen som slutter på {acct}. Den nye adressen står på skjemaet jeg sendte.
Slutter på {acct}. Jeg flyttet den {date}.
Det står bare 'konto låst, kontakt ditt kontor'.
Overføringen var {amt} den {date}, referanse {ticket}.
Fødselsdatoen min er registrert, det er kontoen {acct}.
[detail_delivery]
Ordre {order}. Den har stått som 'under utkjøring' siden {date}.
Ordrenummeret er {order}, jeg betalte {amt} for den.
Det var {order}, og lappen fra budet sier de prøvde den {date}, men jeg var hjemme.
Ja, det er {order}. Sporingen har ikke flyttet seg på {n} dager.
[detail_complaint]
Saksnummeret er {ticket}. Jeg ringte den {date}.
Det var den {date}, i skranken, om boliglånet mitt.
Referanse {ticket}. Jeg har tatt vare på alle e-postene.
Jeg ventet {mins} minutter, så ble linjen bare død.
[detail_technical]
Det er en Android, oppdatert forrige uke. Feilmeldingen sier 'økten er utløpt'.
Siden {date}, hver kveld rundt åtte.
Jeg har startet den på nytt tre ganger. Fortsatt det samme.
Feilkoden er E-{n}04. Jeg har prøvd både wifi og mobildata.
Det er ruteren dere sendte i sommer, alle lysene lyser.
[detail_other]
Det er til sønnen min, han er seksten.
Bare generell informasjon egentlig.
Neste uke, tirsdag eller onsdag om mulig.
Jeg spør for faren min, han bruker ikke internett.
[detail_generic]
Ja, det stemmer.
Ja, det er den.
Riktig.
Ja, det er {acct}.
Det var den {date}, tror jeg. Ja, {date}.
Kundenummeret? Vent litt... ja, det står i brevet.
Den ja.
Ja, jeg har det her.
[neg_mid]
Hvor lang tid skal dette ta?
Jeg har forklart dette allerede, to ganger.
Kan du ikke bare fikse det.
Jeg burde ikke måtte mase på dere om dette.
Hver gang er det den samme historien.
Hvorfor er det ingen som skriver dette ned?
Jeg har ventet lenge nok som det er.
Jeg har ikke hele dagen.
Det sa den forrige også.
Ærlig talt, dette burde ta to minutter.
Dere hører jo aldri etter.
Jeg skal ikke betale for deres feil.
[ack_c]
Takk for at du ventet.
Ok, nå ser jeg det.
Sånn, jeg fant det.
Takk, det hjelper.
Ok, jeg har sett på det.
Jeg har sjekket kontoen din.
Ja, jeg ser hva som har skjedd.
Takk for tålmodigheten.
Skjønner.
Jeg har sett på saken.
Ok.
Sånn.
[fix_billing]
Det andre trekket på {amt} var dobbelt. Jeg har reversert det, du ser pengene igjen om to-tre dager.
Gebyret på {amt} skulle ikke vært belastet. Jeg har refundert det til kontoen din.
Regningen var høyere på grunn av en engangsjustering. Jeg har rettet det, nytt beløp er {amt2}.
Jeg ser betalingen din fra {date}. Jeg har markert regningen som betalt og fjernet purringen.
Jeg har slettet purregebyret på {amt}, avtalegiroen kom i tide.
Tjenesten var sagt opp, så jeg har refundert {amt} og stoppet videre trekk.
Tilbakebetalingen på {amt} er nettopp frigitt, den kommer innen i morgen.
Jeg har fjernet forsikringen og ført tilbake {amt}.
[fix_card]
Jeg har åpnet kortet som slutter på {card}, det virker igjen med en gang.
Jeg har sperret kortet {card} og bestilt nytt, det kommer innen fem virkedager.
Jeg har sendt et nytt kort til adressen din, sporingsnummer {order}.
Jeg har kansellert kortet som ble slukt, og et nytt er på vei.
Jeg har opprettet en innsigelse på {amt} og ført beløpet tilbake mens vi undersøker.
Jeg har tilbakestilt PIN-koden, du får brev med ny kode om to-tre dager.
Erstatningskortet er sendt, du bør ha det innen {date}.
Kontaktløs var slått av på kortet. Jeg har slått det på igjen.
Jeg har åpnet for nettbetaling på kortet {card}, prøv igjen nå.
Jeg har økt den daglige grensen som du ba om, den gjelder nå.
[fix_account]
Jeg har oppdatert adressen din, du får en bekreftelse i posten.
Jeg har låst opp kontoen. Du kan logge inn igjen med vanlig passord.
Sparekontoen {acct} er avsluttet og saldoen er flyttet til brukskontoen din.
Reservasjonen på {amt} var en kortreservasjon. Jeg har frigitt den.
Jeg har sendt deg kontoutskriften for kontoen {acct} på e-post.
Jeg har rettet stavingen av navnet ditt, nye kort får det riktig.
Lønna på {amt} kom inn i morges, den ble forsinket hos arbeidsgiverens bank.
Jeg har oppdatert telefonnummeret, du får en bekreftelse på SMS.
Jeg fant overføringen på {amt}, den kom i retur. Jeg har sendt den på nytt med riktige opplysninger.
[fix_delivery]
Jeg har sjekket med budfirmaet, ordre {order} leveres i morgen før tolv.
Jeg har bestilt en ny til {order} uten kostnad, og du kan beholde den skadde.
Jeg har booket en ny levering den {date}, mellom åtte og ett.
Riktig modell er på vei, og budet henter den feile samtidig.
Jeg har sendt ordre {order} om til den nye adressen din.
Delen som manglet i {order} er sendt separat, sporing kommer på SMS.
[fix_complaint]
Jeg har registrert klagen din som {ticket} og gitt deg en kompensasjon på {amt}.
Jeg har fjernet gebyret og lagt inn et notat så det ikke skjer igjen.
Jeg har snakket med teamlederen, og du blir ringt opp i morgen klokka ti.
Jeg har refundert {amt} og gitt tilbakemeldingen din videre til avdelingslederen.
Du har rett, det var vår feil. Jeg har rettet det og godskrevet {amt}.
Jeg har lukket den gamle saken og ordnet det direkte, nå er det i orden.
[fix_technical]
Det var en feil på linjen. Jeg har tilbakestilt den herfra, nå skal det være stabilt.
Jeg har registrert nummeret ditt på nytt for engangskoder, prøv igjen nå.
Oppdater appen til siste versjon, den feilen ble rettet i går. Jeg har også nullstilt innloggingen.
Jeg har sendt ny konfigurasjon til ruteren, gi den fem minutter på å starte på nytt.
Enheten din ble blokkert etter oppdateringen. Jeg har fjernet det, du kan sette opp appen nå.
Jeg har nullstilt nettverksinnstillingene fra vår side, start telefonen på nytt.
Jeg har åpnet for betalinger i nettbanken, det var en sikkerhetssperre etter ny telefon.
[fix_other]
Vi har åpent ni til fire på hverdager og ti til to på lørdager.
Du trenger passet hans og en bekreftelse på adresse, og han må være med.
Ja, papirutskrift er gratis en gang i måneden. Jeg har slått det på for deg.
Jeg har satt opp en time hos en rådgiver tirsdag klokka elleve.
Jeg har sendt deg gjeldende renter på e-post.
[fix_r_add]
Ferdig.
Sånn. Ferdig.
Det var det. Sjekk appen først neste gang.
Ferdig, det tar to sekunder, du kunne gjort det selv.
Ordnet. Noe mer, eller er vi ferdige?
Greit, det er gjort.
Ferdig. Det sto i brevet.
Værsågod. Neste.
Ok, gjort. Ikke gjør det til en vane.
Fikset. Selvfølgelig.
[nofix_cb]
Det kan jeg ikke endre herfra, men jeg har bedt fagteamet ringe deg innen to virkedager.
Jeg har opprettet sak {ticket}. Noen fra fakturering ringer deg innen {date}.
En kollega må se på dette. Hun ringer deg i morgen.
Jeg ser ikke hele historikken. Jeg har bestilt at du blir ringt opp.
Systemet lar meg ikke gjøre endringen i dag. Jeg har booket en tilbakeringing på mandag.
Jeg har notert alt. Du blir ringt opp innen 48 timer.
Jeg må sjekke dette med teamet og ringe deg tilbake.
Dessverre får jeg ikke løst det nå. Tilbakeringing er bestilt, referanse {ticket}.
[nofix_esc]
Dette må til kortsenteret, jeg har sendt det videre som {ticket}.
Dette kan jeg ikke løse på mitt nivå, jeg sender det til lederen min.
Jeg har eskalert det til teknisk. Det kan ta opptil ti virkedager.
Det er klageavdelingen som avgjør. Jeg har sendt alt videre, referanse {ticket}.
Jeg har tatt det opp med backoffice. Jeg kan dessverre ikke si noe om når.
Jeg har sendt det til hovedkontoret for vurdering. Du får svar per brev.
[nofix_none]
Beklager, jeg ser ikke noe feil hos oss.
Dessverre kan jeg ikke gjøre noe med det gebyret.
Det er dessverre regelen, jeg kan ikke refundere det.
Beklager, systemet er nede akkurat nå, jeg får ikke gjort endringer i dag.
Jeg finner ikke ordren i det hele tatt. Du må vente til budfirmaet oppdaterer den.
Beklager, det har jeg ikke tilgang til. Prøv igjen senere i uka.
Budfirmaet har dessverre ikke gitt oss noen informasjon ennå.
Dessverre kan vi ikke reversere den transaksjonen.
[nofix_r]
Ingenting jeg kan gjøre.
Ikke mitt problem. Ring tilbake senere.
Det er sånn det er. Systemet sier at det stemmer.
Du må vente som alle andre.
Hør her, det får jeg ikke fikset. Prøv appen.
Nei. Sånn er reglene.
Vet ikke. Send en e-post.
Det ordner seg sikkert. Eller ikke.
Vi får ikke gjort noe i dag. Ring i morgen.
Hvis du hadde lest vilkårene, ville du visst at det ikke refunderes.
Aner ikke hvor pakken din er. Spør budet.
Det kan jeg ikke hjelpe med. Noe annet?
Tja, sånn er det.
Prøv igjen neste uke.
[nofix_tr]
Det kan jeg ikke ta her, jeg setter deg over til kortteamet. Et øyeblikk.
Jeg setter deg over til fakturering, de ser mer enn meg.
Jeg kobler deg til teknisk support, bli i linjen.
Jeg sender deg videre til kollegaen min på klageavdelingen.
[blame]
Ærlig talt er det kortsenteret som har gjort feil, ikke vi.
Det er hovedkontoret som har rotet det til, vi ser bare resultatet.
Backoffice satte det opp feil, det er ikke vårt kontor.
Det er budfirmaet, de er helt håpløse. Ingenting med oss å gjøre.
IT ødela det med siste oppdatering, ikke vi.
Det var betalingsavdelingen, vi får bare klagene.
Det var ikke oss, det er det sentrale faktureringssystemet igjen.
Den andre avdelingen gjør dette hele tiden, og vi må rydde opp.
Det kom fra inkasso, de sjekker aldri noe.
Hovedkontoret endret reglene uten å si fra til oss.
Det var kundesenteret som ga deg feil informasjon, ikke avdelingen.
[canned]
Takk for at du kontaktet Meridian. For spørsmål om {topic_word}, se hjelpesidene våre på meridian.example/hjelp. Vi håper dette besvarer henvendelsen din.
Takk for meldingen din. Henvendelsen er registrert. De fleste spørsmål er besvart i vår FAQ. Denne postkassen behandler ikke enkeltsaker.
Takk for at du tok kontakt. Bruk kontaktskjemaet i appen, så kan vi behandle henvendelsen din.
Takk for e-posten din. Vi har svært mange henvendelser nå. Se hjelpesenteret vårt for de vanligste spørsmålene.
Vi har mottatt e-posten din og tar den med i vurderingen. Du trenger ikke gjøre noe mer.
Kjære kunde, vi kan dessverre ikke diskutere kontoopplysninger på e-post. Vennligst besøk ditt kontor.
[cust_thanks]
Kjempebra, tusen takk.
Flott, takk for at du ordnet det.
Perfekt, det var alt jeg trengte.
Å, så godt. Takk.
Takk, du har vært veldig hjelpsom.
Supert, takk skal du ha.
Ok fint, takk.
Fantastisk, tusen takk for hjelpen.
Tusen takk, ha en fin dag.
Så bra, setter pris på det.
Topp, takk.
Å, bra. Takk!
Utmerket. Takk for at det gikk så fort.
Da er det i orden. Takk skal du ha.
[cust_thanks_neg]
Endelig. Det tok sin tid.
Ok. Burde ikke trengt tre telefoner, da.
Greit. På tide.
Ja ja. Får håpe det virker denne gangen.
Ok, men dette burde ikke skjedd.
Vel, det er i hvert fall gjort. Ikke imponert.
Greit. Jeg kommer til å sjekke kontoutskriften.
Ok. Det er ordnet, men jeg er fortsatt irritert.
[cust_unres_neg]
Så egentlig ingenting. Utrolig.
Er det alt? Dere kan ikke gjøre noe?
Flott, så jeg skal vente igjen. Herlig.
Dette er ubrukelig. Jeg bytter bank.
Da sender jeg en formell klage.
Typisk. Ingen kan noen gang hjelpe.
Så jeg ringte helt forgjeves.
Det har jeg hørt før.
Fantastisk. En uke til med dette.
Det er rett og slett ikke godt nok.
Nei, nå gir jeg opp.
Tuller du? Takk for ingenting.
[cust_unres_neu]
Ok, da venter jeg på at dere ringer.
Greit, jeg følger med.
Ok, takk likevel.
Greit, jeg prøver igjen senere.
Ok. Kan du sende meg referansen på SMS?
Greit. Da venter jeg.
Ok, forstått.
Jeg skjønner. Takk for at du sjekket.
[cust_bye]
Ha det.
Takk, ha det.
Ha det bra.
Takk, hei.
Ok, hade.
Takk. Ha det.
[close_c]
Er det noe mer jeg kan hjelpe med?
Bare hyggelig. Ha en fin dag.
Takk for at du ringte, ha det bra.
Godt jeg kunne hjelpe. Ha det.
Hvis det dukker opp noe mer, er det bare å ta kontakt.
Ingen problem. Ha en fin kveld.
Noe mer i dag?
Ha det bra.
Takk for tålmodigheten. Ha en fin dag.
Bare hyggelig, ha det.
Jeg legger inn et notat på kontoen. Ha en fin dag.
Beklager igjen bryderiet. Ha det.
[close_r]
Ok. Ha det.
Noe mer? Nei? Ha det.
Ok. Neste.
Da var det det.
Hade.
Vi er ferdige her.
Greit.
Ok, jeg må videre, flere kunder.
[wait_comp]
Jeg har ventet i {mins} minutter på svar.
Endelig! {mins} minutter i kø.
Vet du hvor lenge jeg har ventet? {mins} minutter.
Jeg holdt på å gi opp, {mins} minutter.
[em_agent_hi]
Hei {cfirst},
Hei {cname},
Hei,
Kjære kunde,
God dag {cname},
Hei igjen,
[em_agent_body_open]
Takk for e-posten din.
Takk for at du tok kontakt.
Takk for meldingen.
Takk for tålmodigheten mens jeg så på saken.
Beklager at du har opplevd dette.
Takk for henvendelsen.
[em_agent_sign]
Med vennlig hilsen\n{name}\nMeridian {city}
Vennlig hilsen\n{name}\nKundeservice, Meridian {city}
Hilsen\n{name}
Mvh\n{name} | Meridian avdeling {city}
Beste hilsen\n{name}
[em_cust_hi]
Hei,
Hallo,
Hei Meridian,
God dag,
Hei dere,
Til kundeservice,
[em_cust_sign]
Takk,\n{cfirst}
Mvh\n{cfull}
{cfirst}
Vennlig hilsen\n{cfull}
Hilsen {cfirst}
Hilsen\n{cfirst}\nSendt fra min iPhone
[subj_billing]
Dobbelt trekk
Spørsmål om regning
Feil gebyr
Har ikke fått tilbakebetaling
[subj_card]
Problem med kort
Kort avvist
Mistet kort
Nytt kort ikke kommet
[subj_account]
Adresseendring
Konto låst
Spørsmål om konto
Manglende innbetaling
[subj_delivery]
Ordre {order}
Hvor er ordren min?
Leveringsproblem
[subj_complaint]
Klage
Formell klage
Klage på sak {ticket}
[subj_technical]
Appen virker ikke
Problemer med internett
Teknisk problem
[subj_other]
Spørsmål
Henvendelse
Åpningstider
[bot_hello]
Hei! Jeg er Meri, Meridians digitale assistent. Hva kan jeg hjelpe deg med?
Hei, jeg er Meridian-assistenten. Beskriv spørsmålet ditt med noen få ord.
Velkommen til Meridian-chat. Hva gjelder det?
[bot_handover]
Takk. Jeg kobler deg til en rådgiver nå.
Vent litt, en rådgiver blir med i chatten straks.
Jeg sender deg videre til en kollega. Ventetid: noen minutter.
[bot_fail]
Beklager, det forsto jeg ikke. Jeg finner noen til deg.
Det kan jeg nok ikke hjelpe med. Jeg kobler deg til et menneske.
[tnoun_billing]
dobbelt trekk
omstridt gebyr
høy regning
manglende refusjon
[tnoun_card]
avvist kort
mistet kort
nytt kort
sperret kort
[tnoun_account]
adresseendring
låst konto
kontoutskrift
manglende overføring
[tnoun_delivery]
manglende pakke
forsinket levering
skadet ordre
[tnoun_complaint]
klage
manglende tilbakeringing
[tnoun_technical]
problem med appen
internettbrudd
ingen SMS-koder
[tnoun_other]
generelt spørsmål
timeavtale
informasjon
[note_res_c]
{what}, ordnet i skranken.
{what} - fikset, kunden fornøyd.
Hjalp med {what}. Ferdig.
{what}: løst, kvittering skrevet ut.
Kunde kom ang. {what}. Løst, kopi gitt.
{what}. Ordnet, forklarte videre steg.
{what} løst, ingen oppfølging.
{what} - gjort mens kunden ventet.
[note_res_r]
{what}. Gjort. Kunne brukt appen.
{what} - fikset. Kunden klaget hele tiden.
{what}, gjort. Vanskelig kunde.
{what}. Igjen.
{what}. Ordnet, ba ham lese brevene sine.
[note_unres_c]
{what} - ikke løst, sak {ticket} opprettet.
{what}: sendt til backoffice, lovet tilbakeringing.
{what}, trenger spesialist, eskalert.
{what} - systemet nede, kunden kommer tilbake i morgen.
{what}: ingen løsning i dag, sak {ticket}.
{what}. Mangler legitimasjon, kommer tilbake.
[note_unres_r]
{what}. Ingenting å gjøre, sendt hjem.
{what} - ikke vårt problem, bedt om å ringe.
{what}. Kunden kjeftet, bedt om å gå.
{what}, kan ikke hjelpe. Henvist til appen.
{what} - nei.
[note_blame]
Kortsenterets feil, sa det til kunden.
Hovedkontorets feil, ikke avdelingen.
Budfirmaets feil, forklart.
IT ødela det igjen, sa det.
Backoffice har rotet.
[comment_pos]
Veldig hjelpsom ansatt, takk.
Raskt og hyggelig, problemet løst.
Damen i skranken var kjempegrei.
Flott service i dag.
Ordnet på fem minutter, takk!
Hyggelig og kunnskapsrik.
Veldig tålmodig med meg, tusen takk.
[comment_neu]
Ok.
Greit.
Ventet litt, men det ble ordnet.
Ikke noe spesielt.
Vanlig besøk.
[comment_neg]
Fortsatt ikke ordnet. Tredje besøk.
Bortkastet tid.
Ingen kunne hjelpe meg.
Ventet en evighet og ingenting skjedde.
Jeg er veldig misfornøyd med dette kontoret.
Kom forgjeves igjen.
Problemet er fortsatt ikke løst, elendig.
[comment_rude]
Den ansatte var frekk og brydde seg ikke.
Mannen i skranken himlet med øynene til meg.
Veldig uvennlig, behandlet meg som en idiot.
Frekt. Kommer ikke tilbake.
Ble snakket til som et barn.
[comment_blame]
De bare skyldte på kortsenteret.
Alle sier det er en annen avdelings feil.
Ansatte sa at hovedkontoret hadde rotet. Ikke mitt problem!
[shop_good]
Hyggelig mottakelse, rådgiveren kunne produktet godt.
Raskt svar, tydelig forklaring.
Veldig profesjonell, tilbød mer hjelp.
Høflig og effektiv.
God opplevelse totalt sett.
[shop_bad]
Rådgiveren virket uinteressert, tilbød ingen videre hjelp.
Spørsmålet ble ikke besvart, henvist til nettsiden.
Lang ventetid og ingen reell løsning.
Informasjonen var mangelfull.
[shop_rude]
Rådgiveren var kort og avvisende.
Uvennlig tone, sukket flere ganger.
Ingen hilsen, avbrøt meg.
[shop_wait]
Ventet veldig lenge før noen svarte.
Altfor lang ventetid.
[fill_c]
Eh,
Altså,
Ja,
Nei men,
Øh,
Ja altså,
[fill_a]
Ok,
Ja,
Altså,
Eh,
Sånn,
[days]
mandag
tirsdag
onsdag
torsdag
fredag
lørdag
søndag
[months]
januar
februar
mars
april
mai
juni
juli
august
september
oktober
november
desember
[names_agent]
Ingrid
Kari
Ola
Lars
Silje
Marius
Hanne
Eirik
Marte
Jonas
Solveig
Håkon
Nora
Kristian
Ida
Sindre
Tone
Anders
Camilla
Øystein
[names_cust]
Per Hansen|per.hansen
Anne Johansen|anne.johansen
Knut Olsen|knut.olsen
Berit Larsen|berit.larsen
Bjørn Andersen|bjorn.andersen
Liv Pedersen|liv.pedersen
Terje Nilsen|terje.nilsen
Randi Kristiansen|randi.k
Geir Jensen|geir.jensen
Hilde Karlsen|hilde.karlsen
Trond Johnsen|trond.j
Marit Pettersen|marit.pettersen
Svein Eriksen|svein.eriksen
Gro Berg|gro.berg
Morten Haugen|morten.haugen
Turid Hagen|turid.hagen
Rune Johannessen|rune.jo
Astrid Andreassen|astrid.a
Vegard Dahl|vegard.dahl
Elin Solberg|elin.solberg
[depts]
kortsenteret
hovedkontoret
backoffice
IT
"""
