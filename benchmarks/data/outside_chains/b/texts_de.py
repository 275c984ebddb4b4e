TEXT = r"""
[greet_phone_c]
Guten Morgen, Meridian {city}, Sie sprechen mit {name}. Wie kann ich Ihnen helfen?
Grüß Gott, Meridian {city}, mein Name ist {name}. Was kann ich für Sie tun?
Guten Tag, Meridian Kundenservice, {name} am Apparat.
Meridian {city}, {name}, guten Tag. Worum geht es?
Hallo, danke fürs Warten. Hier ist {name}, wie kann ich helfen?
Guten Tag, Filiale {city}, {name}. Was darf ich für Sie tun?
Schönen guten Morgen, {name} von Meridian. Wie kann ich Ihnen weiterhelfen?
Meridian {city}, Sie sprechen mit {name}. Womit kann ich Ihnen helfen?
Guten Tag, entschuldigen Sie die Wartezeit. {name} hier, was kann ich für Sie tun?
Grüezi, Meridian {city}, {name} am Telefon.
Guten Nachmittag, hier ist {name} von der Filiale {city}.
Meridian, guten Tag, {name}. Mit wem spreche ich?
Hallo, {name} von Meridian {city}. Wie kann ich Ihnen behilflich sein?
[greet_phone_r]
Meridian.
Ja, {name}. Was gibt's?
Meridian {city}. Bitte.
{name}. Worum geht's?
Ja? Was ist?
Hallo. Was ist das Problem?
Meridian, {name}. Aber schnell bitte, die Warteschlange ist voll.
Ja, bitte.
[greet_chat_c]
Hallo, hier ist {name} von Meridian {city}. Wie kann ich Ihnen helfen?
Guten Tag! {name} hier. Was kann ich für Sie tun?
Hallo, danke für Ihre Nachricht. Ich bin {name} und kümmere mich darum.
Guten Morgen, {name} vom Team {city}. Worum geht es?
Hallo, mein Name ist {name}. Ich helfe Ihnen heute gerne weiter.
Hallo, {name} hier. Ich habe Ihre Nachricht gelesen, ich schaue mir das an.
Guten Tag, danke fürs Warten. {name} von Meridian, wie kann ich helfen?
Hallo! Sie chatten mit {name}. Was liegt an?
Grüezi, hier schreibt {name} von Meridian. Wie kann ich helfen?
Guten Nachmittag, {name} hier. Was kann ich für Sie erledigen?
Hallo, ich bin {name} aus dem Kundenservice. Erzählen Sie mir, was los ist.
[greet_chat_r]
Hallo. Was brauchen Sie?
{name}. Bitte.
Ja?
Ihr Anliegen?
Was ist das Problem?
{name} hier. Kurz bitte, ich habe noch andere Chats.
Haben Sie schon die FAQ gelesen? Also, was ist?
Ok. Was.
[cust_hello]
Hallo.
Guten Tag.
Grüß Gott.
Guten Morgen.
Hallo, ja.
Servus.
Grüezi.
Guten Tag, hallo.
Hallo, ich hoffe, Sie können mir helfen.
Ja, hallo.
Schönen guten Tag.
[neg_open]
Ich habe die Nase gestrichen voll.
Ehrlich gesagt ist das eine Frechheit.
Das ist jetzt schon das dritte Mal, dass ich mich deswegen melde.
Ich bin wirklich verärgert.
Ich kann nicht glauben, dass ich mich schon wieder darum kümmern muss.
Ihr Service ist echt eine Katastrophe.
Ich habe schon den halben Tag damit verschwendet.
Das ist ein einziges Chaos bei Ihnen.
Ich bin es leid, Ihnen hinterherzulaufen.
Entschuldigung, aber ich bin stinksauer.
Ich bin seit Jahren Kunde und das ist ein Witz.
Bei Ihnen weiß ja keiner, was er tut.
Das ist inakzeptabel.
Langsam reicht es mir.
Ich bin sehr enttäuscht.
Warum ist bei Ihnen immer alles so kompliziert?
Was ist eigentlich los bei Ihnen?
Das ärgert mich maßlos.
So etwas habe ich noch nie erlebt.
[pos_open]
Ich hoffe, Sie haben einen schönen Tag.
Danke, dass Sie so schnell rangehen!
Sie waren letztes Mal so hilfsbereit, ich hoffe, das klappt wieder.
Schön, dass ich so schnell jemanden erreiche.
Vielen Dank schon mal im Voraus.
Ich weiß, Sie haben viel zu tun, danke für Ihre Zeit.
Ich freue mich, dass Sie mir helfen.
Super, danke für die schnelle Rückmeldung.
Ich hoffe, es geht Ihnen gut!
Gut, dass ich durchgekommen bin, danke.
Bei Ihnen wurde mir immer gut geholfen, deshalb wieder hier.
[repeat_ref]
Ich habe deswegen schon am {day} angerufen.
Ich war am {day} schon deswegen in der Filiale und es hat sich nichts getan.
Man hat mir am {day} gesagt, das wird erledigt.
Am {day} hat man mir einen Rückruf versprochen, es kam keiner.
Das ist eine Nachfrage zu meinem Chat vom {day}.
Ich hatte mich schon am {day} gemeldet.
Gleiches Problem wie bei meinem Anruf am {day}.
Sie haben am {day} gesagt, in ein, zwei Tagen ist das behoben.
[prob_billing]
Mir wurden am {date} zweimal {amt} für dasselbe abgebucht.
Auf meinem Kontoauszug ist eine Gebühr von {amt}, die ich nicht kenne.
Meine Rechnung ist diesen Monat {amt}, sonst sind es ungefähr {amt2}. Wieso?
Ich habe die Rechnung am {date} bezahlt, aber sie steht noch als offen drin.
Ich habe eine Mahngebühr von {amt} bekommen, obwohl die Lastschrift durchgegangen ist.
Sie haben {amt} abgebucht, obwohl ich den Dienst letzten Monat gekündigt habe.
Können Sie mir die {amt} vom {date} aufschlüsseln?
Mir wurde eine Rückerstattung von {amt} bis zum {date} versprochen, da ist nichts gekommen.
Da ist eine monatliche Gebühr von {amt} für eine Versicherung, die ich nie abgeschlossen habe.
Die Lastschrift ist diesen Monat zweimal abgegangen, jeweils {amt}.
Auf der Rechnung stehen {amt}, laut Vertrag sind es aber {amt2} im Monat.
Warum zahle ich {amt} für Papierauszüge?
[prob_card]
Meine Karte mit der Endung {card} wurde gestern im Supermarkt abgelehnt.
Ich glaube, ich habe meine Karte verloren, die mit der Endung {card}. Können Sie sie sperren?
Meine neue Karte ist immer noch nicht da, bestellt am {date}.
Der Bankomat hat am {date} meine Karte mit Endung {card} eingezogen.
Auf meiner Karte mit Endung {card} ist eine Zahlung über {amt}, die ich nicht gemacht habe.
Meine PIN funktioniert nicht mehr, seit ich sie am {date} geändert habe.
Meine Karte {card} läuft diesen Monat ab und ich habe noch keine neue.
Kontaktlos zahlen geht mit der Karte {card} nicht mehr.
Ich kann mit der Karte {card} online nicht bezahlen, es schlägt immer fehl.
Meine Karte mit Endung {card} ist gesperrt und ich weiß nicht warum.
Ich möchte mein Tageslimit erhöhen, das liegt gerade bei {amt}.
Jemand hat meine Karte {card} im Ausland benutzt, ich war nie dort.
[prob_account]
Ich muss meine Adresse ändern, ich bin am {date} umgezogen.
Ich komme nicht in mein Konto, da steht gesperrt.
Ich möchte mein Sparkonto mit Endung {acct} auflösen.
Warum ist auf meinem Konto {acct} eine Vormerkung über {amt}?
Ich brauche einen Kontoauszug für das Konto {acct}, für die Kreditbank.
Mein Name ist im Konto falsch geschrieben und das macht Probleme.
Ich möchte meine Partnerin auf das Konto {acct} dazunehmen.
Mein Gehalt von {amt} hätte am {date} kommen sollen, ich sehe nichts.
Ich muss meine Telefonnummer im Konto ändern.
Auf dem Konto {acct} fehlen {amt}, der Saldo stimmt nicht.
Ich würde gern ein Gemeinschaftskonto eröffnen, was brauche ich dafür?
Eine Überweisung von {amt} vom {date} ist nie angekommen.
[prob_delivery]
Ich habe einen neuen Router bestellt, Bestellung {order}, und er ist immer noch nicht da.
Bei der Sendungsverfolgung für {order} steht zugestellt, aber ich habe nichts bekommen.
Der Kurier sollte am {date} kommen und es ist keiner aufgetaucht.
Die Bestellung {order} kam beschädigt an, der Karton war völlig zerdrückt.
Ich habe das falsche Handy bekommen, {order} war ein anderes Modell.
Wann kommt die Bestellung {order} endlich? Es sind schon {n} Tage.
Meine Ersatz-SIM, Bestellung {order}, ging an meine alte Adresse.
Von Bestellung {order} fehlt die Hälfte, nur das Ladegerät ist gekommen.
[prob_complaint]
Ich möchte mich offiziell darüber beschweren, wie ich am {date} behandelt wurde.
Mir wurde für den {date} ein Rückruf versprochen, es hat nie jemand angerufen.
Ich werde seit {n} Tagen von einer Abteilung zur nächsten geschickt.
In der Filiale sagt man mir das eine und im Brief steht was anderes.
Letztes Mal hing ich {mins} Minuten in der Warteschleife und dann war die Leitung weg.
Ich beschwere mich über die Gebühr von {amt}, niemand hat mir davon erzählt.
Ich habe drei Mails wegen Ticket {ticket} geschrieben und nie eine richtige Antwort bekommen.
Ihr Berater war am {date} richtig unhöflich zu meiner Mutter.
[prob_technical]
Die App stürzt jedes Mal ab, wenn ich mich anmelden will.
Mein Internet fällt seit dem {date} jeden Abend aus.
Ich bekomme die Bestätigungscodes per SMS nicht mehr.
Im Online-Banking kommt ein Fehler, sobald ich eine Überweisung machen will.
Mein Handy hat seit dem {date} zu Hause keinen Empfang.
Die App sagt, mein Gerät wird nicht mehr unterstützt.
Meine Internetgeschwindigkeit ist ein Zehntel von dem, was ich zahle.
Der Kartenleser fürs Online-Banking zeigt nur einen Fehler an.
Ich kann die App auf meinem neuen Handy nicht einrichten, sie will immer einen Code.
Seit dem Update am {date} geht meine Mailbox nicht mehr.
[prob_other]
Ich wollte nur fragen, wie Sie über die Feiertage geöffnet haben.
Welche Unterlagen brauche ich, um ein Konto für meinen Sohn zu eröffnen?
Gibt es bei Ihnen noch Papierauszüge?
Kann ich für nächste Woche einen Beratungstermin ausmachen?
Bekommt die Filiale {city} wieder einen Bankomaten? Der alte ist weg.
Ich hätte gern Informationen zu Ihren Sparzinsen.
Wie melde ich mich für die neue App an?
Kann ich am Schalter Münzen einzahlen?
[ask_c]
Gerne, darf ich zuerst Ihre Kundennummer haben?
Alles klar, können Sie mir Ihr Geburtsdatum bestätigen?
Ich schaue gleich nach. Um welches Konto geht es?
Danke. Seit wann ungefähr besteht das Problem?
Natürlich. Können Sie mir die letzten vier Ziffern der Karte nennen?
Kein Problem. Haben Sie die Referenznummer zur Hand?
Moment, ich prüfe das. Wie lautet die Postleitzahl im Konto?
Ich rufe Ihre Daten auf. Ist es das Konto mit Endung {acct}?
Verstanden. Nur zur Sicherheit, das war am {date}?
Gut. Haben Sie die App schon einmal neu gestartet?
Darf ich Sie kurz in die Warteschleife legen, während ich nachsehe?
In Ordnung. Und wie hoch war der Betrag genau?
Danke für die Erklärung. An welche Adresse soll es gehen?
Verstehe. Kam eine Fehlermeldung?
Gern. Können Sie mir zur Sicherheit Ihren vollen Namen sagen?
Alles klar. Haben Sie die Karte noch bei sich?
Ich schaue mir das für Sie an, einen Moment.
Danke. Geht es um das Girokonto oder das Sparkonto?
Gut. Was steht denn gerade in der Sendungsverfolgung?
Das kriegen wir hin. Können Sie mir Ihre E-Mail-Adresse bestätigen?
[ask_r]
Kundennummer?
Kundennummer. Na los.
Geburtsdatum.
Welches Konto? Ich kann nicht hellsehen.
Und? Was soll ich jetzt genau machen?
Das müssen Sie schon genauer sagen.
Haben Sie es überhaupt mal neu gestartet?
Referenznummer. Steht im Brief, lesen Sie die eigentlich?
Kartennummer, die letzten vier.
Moment.
Beantworten Sie einfach die Frage, welche Karte?
Haben Sie die FAQ gelesen? Da steht alles drin.
Ich brauche das Datum. Wissen Sie es oder nicht?
Postleitzahl.
Dauert das jetzt länger? Ich hab eine Schlange hier.
[detail_billing]
Es sind {amt} am {date} und gleich darunter nochmal dasselbe.
Im Verwendungszweck steht nur SERVICEGEBÜHR, {amt}.
Das Konto mit Endung {acct}. Die Lastschrift kam am {date}.
Ich habe den Brief hier, da steht {amt}, Zeichen {ticket}.
Normalerweise {amt2}, diesmal {amt}. Bei mir hat sich nichts geändert.
[detail_card]
Die Karte endet auf {card}. Ich habe sie noch, sie liegt vor mir.
Die letzten vier sind {card}. Zuletzt ging sie am {date}.
Endung {card}. Im Geschäft hieß es 'vom Kartenaussteller abgelehnt'.
Die Zahlung war {amt} an einen Onlineshop, den ich nicht kenne.
Bestellt habe ich sie am {date}, es hieß fünf Werktage.
[detail_account]
Konto mit Endung {acct}. Die neue Adresse steht im Formular, das ich geschickt habe.
Endung {acct}. Umgezogen bin ich am {date}.
Da steht nur 'Konto gesperrt, wenden Sie sich an Ihre Filiale'.
Die Überweisung war {amt} am {date}, Referenz {ticket}.
Mein Geburtsdatum ist hinterlegt, es geht um das Konto {acct}.
[detail_delivery]
Bestellung {order}. Seit dem {date} steht 'in Zustellung'.
Die Bestellnummer ist {order}, ich habe {amt} dafür bezahlt.
{order}, und auf der Benachrichtigungskarte steht, sie waren am {date} da, aber ich war zu Hause.
Ja, {order}. Die Sendungsverfolgung hat sich seit {n} Tagen nicht bewegt.
[detail_complaint]
Die Ticketnummer ist {ticket}. Angerufen habe ich am {date}.
Das war am {date}, am Schalter, wegen meines Kredits.
Referenz {ticket}. Ich habe alle Mails gespeichert.
Ich habe {mins} Minuten gewartet, dann war einfach die Leitung tot.
[detail_technical]
Ein Android-Handy, letzte Woche aktualisiert. Die Fehlermeldung lautet 'Sitzung abgelaufen'.
Seit dem {date}, jeden Abend so gegen acht.
Ich habe es dreimal neu gestartet. Immer noch dasselbe.
Fehlercode E-{n}04. WLAN und mobile Daten probiert.
Der Router, den Sie im Sommer geschickt haben, alle Lämpchen leuchten.
[detail_other]
Für meinen Sohn, er ist sechzehn.
Eigentlich nur allgemein zur Information.
Nächste Woche, Dienstag oder Mittwoch wenn's geht.
Ich frage für meinen Vater, der hat kein Internet.
[detail_generic]
Ja, genau.
Ja, das ist es.
Richtig.
Ja, {acct}.
Das war am {date}, glaube ich. Ja, {date}.
Kundennummer? Moment... ja, steht auf dem Brief.
Genau das, ja.
Ja, hab ich hier.
[neg_mid]
Wie lange dauert das denn noch?
Das habe ich jetzt schon zweimal erklärt.
Können Sie das bitte einfach beheben?
Ich sollte Ihnen nicht hinterherlaufen müssen.
Jedes Mal dieselbe Geschichte.
Warum schreibt sich das bei Ihnen niemand auf?
Ich warte eh schon ewig.
Ich habe nicht den ganzen Tag Zeit.
Das hat Ihr Kollege auch schon gesagt.
Ehrlich, das sollte zwei Minuten dauern.
Sie hören einfach nicht zu.
Ich zahle doch nicht für Ihren Fehler.
[ack_c]
Danke fürs Warten.
So, jetzt sehe ich es.
Gut, ich hab's gefunden.
Danke, das hilft mir.
Ich habe nachgesehen.
Ich habe Ihr Konto geprüft.
Ah, ich sehe, was passiert ist.
Danke für Ihre Geduld.
Alles klar.
Ich habe mir das angeschaut.
Okay.
So.
[fix_billing]
Die zweite Abbuchung über {amt} war doppelt. Ich habe sie storniert, das Geld ist in zwei, drei Tagen wieder da.
Die Gebühr von {amt} hätte nicht berechnet werden dürfen. Ich habe sie Ihnen gutgeschrieben.
Die Rechnung war wegen einer einmaligen Korrektur höher. Ich habe das berichtigt, neu sind es {amt2}.
Ich sehe Ihre Zahlung vom {date}. Ich habe die Rechnung als bezahlt markiert und die Mahnung gelöscht.
Die Mahngebühr von {amt} habe ich storniert, die Lastschrift kam pünktlich.
Der Dienst war gekündigt, also habe ich die {amt} erstattet und weitere Abbuchungen gestoppt.
Die Rückerstattung von {amt} ist gerade freigegeben worden, morgen sehen Sie sie.
Ich habe die Versicherung entfernt und die {amt} zurückgebucht.
[fix_card]
Ich habe die Karte mit Endung {card} entsperrt, sie funktioniert sofort wieder.
Ich habe die Karte {card} gesperrt und eine neue bestellt, sie kommt in fünf Werktagen.
Ich habe Ihnen eine neue Karte geschickt, Sendungsnummer {order}.
Die eingezogene Karte ist storniert, eine Ersatzkarte ist unterwegs.
Ich habe für die {amt} einen Einspruch angelegt und den Betrag vorläufig gutgeschrieben.
Ich habe Ihre PIN zurückgesetzt, der PIN-Brief kommt in zwei, drei Tagen.
Ihre Ersatzkarte ist verschickt, Sie sollten sie bis zum {date} haben.
Kontaktlos war deaktiviert. Ich habe es wieder eingeschaltet.
Ich habe Onlinezahlungen für die Karte {card} freigeschaltet, versuchen Sie es bitte nochmal.
Ich habe das Tageslimit wie gewünscht erhöht, gilt ab sofort.
[fix_account]
Ich habe Ihre Adresse geändert, Sie bekommen eine Bestätigung per Post.
Ich habe Ihr Konto entsperrt. Sie können sich mit Ihrem Passwort wieder anmelden.
Das Sparkonto {acct} ist aufgelöst und das Guthaben auf Ihr Girokonto übertragen.
Die Vormerkung über {amt} war eine Kartenreservierung. Ich habe sie freigegeben.
Ich habe Ihnen den Auszug für das Konto {acct} per Mail geschickt.
Ich habe die Schreibweise Ihres Namens korrigiert, neue Karten zeigen ihn richtig.
Ihr Gehalt von {amt} ist heute früh eingegangen, die Bank des Arbeitgebers war verspätet.
Ich habe die Telefonnummer geändert, Sie bekommen eine Bestätigungs-SMS.
Die Überweisung über {amt} kam zurück. Ich habe sie mit den richtigen Daten neu angestoßen.
[fix_delivery]
Ich habe mit dem Zusteller gesprochen, {order} kommt morgen bis Mittag.
Ich habe für {order} kostenlos Ersatz bestellt, das beschädigte Gerät können Sie behalten.
Ich habe einen neuen Liefertermin für den {date} gebucht, zwischen acht und eins.
Das richtige Modell ist unterwegs, der Kurier nimmt das falsche gleich mit.
Ich habe {order} an Ihre neue Adresse umgeleitet.
Das fehlende Teil von {order} geht separat raus, die Sendungsnummer kommt per SMS.
[fix_complaint]
Ich habe Ihre Beschwerde unter {ticket} erfasst und Ihnen {amt} Kulanz gutgeschrieben.
Ich habe die Gebühr entfernt und einen Vermerk angelegt, damit das nicht wieder passiert.
Ich habe mit der Teamleitung gesprochen, der Rückruf ist für morgen um zehn eingetragen.
Ich habe die {amt} erstattet und Ihr Feedback an die Filialleitung weitergegeben.
Sie haben recht, das war unser Fehler. Ich habe es korrigiert und {amt} gutgeschrieben.
Ich habe das alte Ticket geschlossen und es direkt erledigt.
[fix_technical]
Es gab eine Störung auf der Leitung. Ich habe sie von hier zurückgesetzt, jetzt sollte es stabil sein.
Ich habe Ihre Nummer für die SMS-Codes neu registriert, probieren Sie es bitte jetzt.
Bitte aktualisieren Sie die App, der Fehler wurde gestern behoben. Ihren Login habe ich auch zurückgesetzt.
Ich habe eine neue Konfiguration an Ihren Router geschickt, geben Sie ihm fünf Minuten.
Ihr Gerät war nach dem Update gesperrt. Ich habe das aufgehoben, Sie können die App jetzt einrichten.
Ich habe die Netzeinstellungen von unserer Seite zurückgesetzt, starten Sie das Handy neu.
Ich habe Onlinezahlungen freigegeben, das war eine Sicherheitssperre wegen des neuen Handys.
[fix_other]
Wir haben werktags von neun bis siebzehn Uhr offen, samstags von zehn bis zwei.
Sie brauchen seinen Ausweis und einen Meldezettel, und er muss mitkommen.
Ja, Papierauszüge sind einmal im Monat kostenlos. Ich habe sie für Sie aktiviert.
Ich habe Ihnen einen Termin am Dienstag um elf eingetragen.
Ich habe Ihnen die aktuellen Zinssätze per Mail geschickt.
[fix_r_add]
Erledigt.
So. Fertig.
Das war's. Nächstes Mal bitte zuerst in die App schauen.
Erledigt, dauert zwei Sekunden, hätten Sie auch selbst machen können.
Fertig. Noch was oder sind wir durch?
Gut, ist gemacht.
Erledigt. Stand alles im Brief.
Bitte. Der Nächste.
So, fertig. Machen Sie das nicht zur Gewohnheit.
Behoben. Logisch.
[nofix_cb]
Das kann ich von hier aus nicht ändern, aber das Fachteam ruft Sie innerhalb von zwei Werktagen zurück.
Ich habe den Fall {ticket} angelegt. Die Abrechnung meldet sich bis zum {date} telefonisch.
Da muss eine Kollegin drüberschauen. Sie ruft Sie morgen an.
Ich sehe leider nicht den ganzen Verlauf. Ich habe einen Rückruf für Sie eingetragen.
Das System lässt die Änderung heute nicht zu. Ich habe einen Rückruf für Montag gebucht.
Ich habe alles notiert. Sie bekommen innerhalb von 48 Stunden einen Rückruf.
Ich muss das mit dem Team klären und rufe Sie zurück.
Leider kann ich das gerade nicht lösen. Rückruf ist beauftragt, Nummer {ticket}.
[nofix_esc]
Das muss an die Kartenzentrale, ich habe es unter {ticket} weitergeleitet.
Das kann ich auf meiner Ebene nicht lösen, ich gebe es an meinen Vorgesetzten weiter.
Ich habe das an die Technik eskaliert. Das kann bis zu zehn Werktage dauern.
Darüber entscheidet das Beschwerdemanagement. Ich habe alles weitergeleitet, Zeichen {ticket}.
Ich habe es ans Backoffice gegeben. Einen Termin kann ich Ihnen leider nicht nennen.
Ich habe es zur Prüfung an die Zentrale geschickt. Sie hören per Brief von uns.
[nofix_none]
Tut mir leid, ich sehe auf unserer Seite keinen Fehler.
Leider kann ich an der Gebühr nichts machen.
Das ist leider so vorgesehen, eine Erstattung ist nicht möglich.
Entschuldigung, das System ist gerade ausgefallen, ich kann heute nichts ändern.
Ich finde die Bestellung gar nicht. Sie müssen warten, bis der Zusteller sie aktualisiert.
Tut mir leid, darauf habe ich keinen Zugriff. Versuchen Sie es später in der Woche nochmal.
Der Zusteller hat uns leider noch keine Information gegeben.
Diese Transaktion können wir leider nicht rückgängig machen.
[nofix_r]
Da kann ich nichts machen.
Nicht mein Problem. Rufen Sie später nochmal an.
Ist halt so. Laut System stimmt das.
Sie müssen warten wie alle anderen auch.
Hören Sie, das kann ich nicht beheben. Versuchen Sie's in der App.
Nein. So sind die Regeln.
Keine Ahnung. Schreiben Sie eine Mail.
Das erledigt sich von selbst. Oder auch nicht.
Heute geht da nichts mehr. Morgen wieder anrufen.
Hätten Sie die AGB gelesen, wüssten Sie, dass das nicht erstattet wird.
Wo Ihr Paket ist, weiß ich nicht. Fragen Sie den Zusteller.
Damit kann ich nicht helfen. Sonst noch was?
Tja, so ist das halt.
Probieren Sie es nächste Woche nochmal.
[nofix_tr]
Das kann ich hier nicht bearbeiten, ich verbinde Sie mit dem Kartenteam. Einen Moment.
Ich stelle Sie zur Abrechnung durch, die sehen mehr als ich.
Ich verbinde Sie mit dem technischen Support, bitte bleiben Sie dran.
Ich gebe Sie an meine Kollegin im Beschwerdeteam weiter.
[blame]
Ehrlich gesagt ist das ein Fehler der Kartenzentrale, nicht unserer.
Das war die Zentrale, die haben das verbockt, wir sehen nur das Ergebnis.
Das Backoffice hat das falsch angelegt, mit der Filiale hat das nichts zu tun.
Das ist der Zustelldienst, die sind einfach unfähig. Mit uns hat das nichts zu tun.
Das hat die IT mit dem letzten Update kaputt gemacht, nicht wir.
Das war die Zahlungsverkehrsabteilung, wir kriegen nur die Beschwerden ab.
Das waren nicht wir, das ist wieder das zentrale Abrechnungssystem.
Die andere Abteilung macht das ständig, und wir dürfen es ausbaden.
Das kam vom Inkasso, die prüfen nie irgendwas.
Die Zentrale hat die Regeln geändert, ohne uns was zu sagen.
Das Callcenter hat Ihnen das falsch gesagt, nicht die Filiale.
Da hat die Kartenabteilung wieder geschlampt, wir können da nichts dafür.
[canned]
Vielen Dank für Ihre Nachricht an Meridian. Zu Fragen rund um {topic_word} finden Sie Informationen auf meridian.example/hilfe. Wir hoffen, damit ist Ihr Anliegen beantwortet.
Vielen Dank für Ihre Anfrage. Ihr Anliegen wurde registriert. Die meisten Fragen beantworten wir in unseren FAQ. Über dieses Postfach werden keine Einzelfälle bearbeitet.
Danke für Ihre Nachricht. Bitte nutzen Sie das Kontaktformular in der App, damit wir Ihr Anliegen bearbeiten können.
Vielen Dank für Ihre E-Mail. Derzeit erreichen uns sehr viele Anfragen. Bitte schauen Sie in unser Hilfe-Center.
Wir haben Ihre E-Mail erhalten und werden sie berücksichtigen. Es sind keine weiteren Schritte Ihrerseits nötig.
Sehr geehrte Kundin, sehr geehrter Kunde, aus Datenschutzgründen können wir Kontodetails nicht per E-Mail besprechen. Bitte besuchen Sie Ihre Filiale.
[cust_thanks]
Super, vielen Dank!
Danke, dass Sie das erledigt haben.
Perfekt, mehr brauche ich nicht.
Da bin ich erleichtert. Danke.
Danke, Sie haben mir sehr geholfen.
Wunderbar, danke schön.
Passt, danke.
Toll, vielen Dank für Ihre Hilfe.
Danke vielmals, schönen Tag noch.
Das ist super, ich danke Ihnen.
Prima, danke!
Ah, gut. Danke!
Ausgezeichnet, danke, dass das so schnell ging.
Gut, dann ist das erledigt. Danke sehr.
[cust_thanks_neg]
Na endlich. Hat ja lange genug gedauert.
Okay. Hätte aber nicht drei Anrufe gebraucht.
Gut. Wurde auch Zeit.
Na hoffentlich klappt es diesmal wirklich.
Okay, aber das hätte gar nicht passieren dürfen.
Immerhin erledigt. Begeistert bin ich trotzdem nicht.
Gut. Ich schaue mir den Kontoauszug genau an.
Okay. Erledigt, aber ärgerlich bin ich trotzdem.
[cust_unres_neg]
Also im Grunde nichts. Unglaublich.
Das war's? Sie können gar nichts machen?
Toll, also wieder warten. Großartig.
Das ist nutzlos. Ich wechsle die Bank.
Dann reiche ich eine offizielle Beschwerde ein.
Typisch. Niemand kann einem helfen.
Dann habe ich umsonst angerufen.
Das habe ich schon mal gehört.
Wunderbar. Noch eine Woche dieses Theater.
Das reicht mir ehrlich gesagt nicht.
So, mir reicht's.
Soll das ein Witz sein? Danke für nichts.
[cust_unres_neu]
Gut, dann warte ich auf den Rückruf.
In Ordnung, ich behalte es im Auge.
Okay, trotzdem danke.
Gut, ich versuche es später nochmal.
Okay. Können Sie mir die Referenz per SMS schicken?
Na gut. Dann warte ich.
Okay, verstanden.
Verstehe. Danke fürs Nachschauen.
[cust_bye]
Tschüss.
Danke, tschüss.
Auf Wiederhören.
Wiederschauen.
Ok, ciao.
Danke. Auf Wiedersehen.
[close_c]
Kann ich sonst noch etwas für Sie tun?
Gern geschehen. Einen schönen Tag noch.
Danke für Ihren Anruf, alles Gute.
Freut mich, dass ich helfen konnte. Auf Wiederhören.
Wenn noch etwas ist, melden Sie sich einfach.
Kein Problem. Einen schönen Abend noch.
Sonst noch etwas heute?
Alles Gute, auf Wiederhören.
Danke für Ihre Geduld. Schönen Tag.
Gerne, tschüss.
Ich mache einen Vermerk im Konto. Schönen Tag noch.
Nochmals Entschuldigung für die Umstände. Auf Wiederhören.
[close_r]
Gut. Tschüss.
Sonst noch was? Nein? Tschüss.
Okay. Der Nächste.
Das war's dann.
Wiederhören.
Wir sind hier fertig.
Gut.
Okay, ich muss weiter, andere Kunden.
[wait_comp]
Ich warte seit {mins} Minuten, dass jemand antwortet.
Endlich! {mins} Minuten in der Warteschleife.
Wissen Sie, wie lange ich gewartet habe? {mins} Minuten.
Ich hätte fast aufgegeben, {mins} Minuten Wartezeit.
[em_agent_hi]
Sehr geehrte/r {cname},
Guten Tag {cname},
Hallo {cfirst},
Sehr geehrte Kundin, sehr geehrter Kunde,
Grüezi {cname},
Guten Tag,
[em_agent_body_open]
Vielen Dank für Ihre E-Mail.
Danke für Ihre Nachricht.
Vielen Dank, dass Sie sich an uns gewendet haben.
Danke für Ihre Geduld, ich habe mir das angesehen.
Es tut mir leid, das zu hören.
Danke für Ihr Schreiben.
[em_agent_sign]
Mit freundlichen Grüßen\n{name}\nMeridian {city}
Freundliche Grüße\n{name}\nKundenservice Meridian {city}
Beste Grüße\n{name}
Viele Grüße\n{name} | Meridian Filiale {city}
Freundliche Grüsse\n{name}
[em_cust_hi]
Guten Tag,
Hallo,
Sehr geehrte Damen und Herren,
Grüß Gott,
Guten Morgen,
Hallo zusammen,
[em_cust_sign]
Danke,\n{cfirst}
Mit freundlichen Grüßen\n{cfull}
{cfirst}
Viele Grüße\n{cfull}
LG {cfirst}
Gruß\n{cfirst}\nVon meinem iPhone gesendet
[subj_billing]
Doppelte Abbuchung
Frage zur Rechnung
Falsche Gebühr
Rückerstattung nicht erhalten
[subj_card]
Problem mit Karte
Karte abgelehnt
Karte verloren
Neue Karte nicht angekommen
[subj_account]
Adressänderung
Konto gesperrt
Frage zum Konto
Fehlende Zahlung
[subj_delivery]
Bestellung {order}
Wo bleibt meine Bestellung?
Lieferproblem
[subj_complaint]
Beschwerde
Offizielle Beschwerde
Beschwerde zu Ticket {ticket}
[subj_technical]
App funktioniert nicht
Probleme mit dem Internet
Technisches Problem
[subj_other]
Frage
Anfrage
Öffnungszeiten
[bot_hello]
Hallo! Ich bin Meri, die digitale Assistentin von Meridian. Wobei kann ich helfen?
Guten Tag, ich bin der Meridian-Assistent. Bitte beschreiben Sie Ihr Anliegen in wenigen Worten.
Willkommen im Meridian-Chat. Worum geht es?
[bot_handover]
Danke. Ich verbinde Sie jetzt mit einer Beraterin oder einem Berater.
Bitte warten Sie, gleich meldet sich jemand aus dem Team.
Ich leite Sie an eine Kollegin weiter. Aktuelle Wartezeit: wenige Minuten.
[bot_fail]
Entschuldigung, das habe ich nicht verstanden. Ich suche jemanden für Sie.
Dabei kann ich leider nicht helfen. Ich verbinde Sie mit einem Menschen.
[tnoun_billing]
doppelte Abbuchung
strittige Gebühr
hohe Rechnung
fehlende Rückerstattung
[tnoun_card]
Karte abgelehnt
Karte verloren
neue Karte
Karte gesperrt
[tnoun_account]
Adressänderung
Konto gesperrt
Kontoauszug
fehlende Überweisung
[tnoun_delivery]
fehlendes Paket
Lieferverzug
beschädigte Lieferung
[tnoun_complaint]
Beschwerde
Rückruf nicht erfolgt
[tnoun_technical]
App-Problem
Internetausfall
keine SMS-Codes
[tnoun_other]
allgemeine Frage
Termin
Information
[note_res_c]
{what}, am Schalter erledigt.
{what} - behoben, Kunde zufrieden.
{what} geholfen. Erledigt.
{what}: gelöst, Bestätigung ausgedruckt.
Kundin wegen {what} da. Gelöst, Kopie mitgegeben.
{what}. Erledigt, nächste Schritte erklärt.
{what} gelöst, kein Rückruf nötig.
{what} - gleich vor Ort gemacht.
[note_res_r]
{what}. Erledigt. Hätte auch die App nehmen können.
{what} - behoben. Kunde hat die ganze Zeit gemeckert.
{what}, erledigt. Schwieriger Kunde.
{what} gemacht. Schon wieder.
{what}. Erledigt, soll seine Briefe lesen.
[note_unres_c]
{what} - nicht lösbar, Fall {ticket} angelegt.
{what}: ans Backoffice, Rückruf zugesagt.
{what}, braucht Spezialisten, eskaliert.
{what} - System ausgefallen, Kunde kommt morgen wieder.
{what}: heute keine Lösung, Ticket {ticket}.
{what}. Ausweis fehlt, kommt wieder.
[note_unres_r]
{what}. Nichts zu machen, weggeschickt.
{what} - nicht unser Problem, soll anrufen.
{what}. Kunde laut geworden, gebeten zu gehen.
{what}, kann nicht helfen. Auf App verwiesen.
{what} - nein.
[note_blame]
Fehler der Kartenzentrale, Kunden so gesagt.
Fehler der Zentrale, nicht Filiale.
Zusteller hat's verbockt, erklärt.
IT hat's wieder kaputt gemacht, so gesagt.
Backoffice-Fehler.
[comment_pos]
Sehr hilfsbereite Mitarbeiterin, danke.
Schnell und freundlich, Problem gelöst.
Der Herr am Schalter war sehr nett.
Toller Service heute.
In fünf Minuten erledigt, danke!
Freundlich und kompetent.
Sehr geduldig mit mir, vielen Dank.
[comment_neu]
Ok.
Passt.
Etwas gewartet, aber erledigt.
Nichts Besonderes.
Normaler Besuch.
[comment_neg]
Immer noch nicht gelöst. Dritter Besuch.
Zeitverschwendung.
Niemand konnte mir helfen.
Ewig gewartet und nichts ist passiert.
Ich bin mit dieser Filiale sehr unzufrieden.
Wieder umsonst gekommen.
Problem immer noch nicht behoben, furchtbar.
[comment_rude]
Der Mitarbeiter war unhöflich und es war ihm völlig egal.
Die Dame am Schalter hat nur die Augen verdreht.
Sehr unfreundlich, wie ein Idiot behandelt.
Unhöflich. Komme nicht wieder.
Man hat mit mir geredet wie mit einem Kind.
[comment_blame]
Man hat nur die Kartenzentrale beschuldigt.
Jeder sagt, die andere Abteilung ist schuld.
Die Mitarbeiter sagen, die Zentrale hat's verbockt. Nicht mein Problem!
[shop_good]
Freundliche Begrüßung, Beraterin kannte das Produkt gut.
Schnelle Antwort, klare Erklärung.
Sehr professionell, weitere Hilfe angeboten.
Höflich und effizient.
Insgesamt gute Erfahrung.
[shop_bad]
Berater wirkte desinteressiert, keine weitere Hilfe angeboten.
Frage nicht beantwortet, auf Website verwiesen.
Lange Wartezeit, keine echte Lösung.
Auskunft unvollständig.
[shop_rude]
Berater war kurz angebunden und abweisend.
Unfreundlicher Ton, mehrfach geseufzt.
Keine Begrüßung, mich unterbrochen.
[shop_wait]
Sehr lange gewartet, bis jemand reagierte.
Wartezeit viel zu lang.
[fill_c]
Äh,
Ja also,
Also,
Ähm,
Ja,
Na ja,
[fill_a]
Gut,
Also,
Ähm,
Okay,
So,
[days]
Montag
Dienstag
Mittwoch
Donnerstag
Freitag
Samstag
Sonntag
[months]
Jänner
Februar
März
April
Mai
Juni
Juli
August
September
Oktober
November
Dezember
[names_agent]
Katharina
Lukas
Sabine
Thomas
Andrea
Markus
Julia
Stefan
Martina
Florian
Claudia
Reto
Nicole
Daniel
Barbara
Matthias
Petra
Simon
Eva
Christian
[names_cust]
Johann Huber|j.huber
Maria Gruber|maria.gruber
Franz Bauer|franz.bauer
Elisabeth Wagner|e.wagner
Karl Müller|karl.mueller
Anna Pichler|anna.pichler
Josef Steiner|jsteiner
Monika Moser|monika.moser
Peter Hofer|p.hofer
Ursula Meier|ursula.meier
Werner Schmid|werner.schmid
Brigitte Keller|b.keller
Hans Weber|hans.weber
Sandra Fischer|sandra.fischer
Michael Brunner|m.brunner
Gabriele Eder|gabi.eder
Urs Baumann|urs.baumann
Ruth Frei|ruth.frei
Dominik Leitner|d.leitner
Sonja Lang|sonja.lang
[depts]
die Kartenzentrale
die Zentrale
das Backoffice
die IT
"""
