"""A second held-out set of hand-written agent replies (polite / curt), five languages, 8 + 6 per language.

Written BEFORE the politeness cues of 2026-12-01 were added to ``politeness_cues.LEXICONS`` (intensified
apologies such as "tut mir sehr leid" / "Мне очень жаль", good-news and closing wishes) and never used to
choose or tune them: it was written, then the cues, then this set was scored once. ``courtesy_heldout.py``
showed which kinds of words were missing, so that set is no longer held out for this change; this one is.
The same author wrote the lexicons, so the rate here is still optimistic for real agents' wording.
"""

from __future__ import annotations

HELDOUT_LATER: dict[str, dict[str, list[str]]] = {
    "en": {
        "polite": [
            "So sorry to hear the delivery went wrong. A new one is on its way and should reach you on Tuesday.",
            "You're welcome! Let us know if anything else comes up.",
            "Good news, your refund was approved this morning and should appear within three days.",
            "I completely understand. I've waived the late fee this time.",
            "Thanks a lot for waiting. I have now reset your password; the new link is in your inbox.",
            "We truly apologise for the inconvenience. Your booking is confirmed for the 14th.",
            "Happy to check that for you. The order left our warehouse yesterday.",
            "Have a lovely evening, and thank you for choosing us.",
        ],
        "curt": [
            "Check your spam folder.",
            "Account number.",
            "We close at six.",
            "Read the FAQ.",
            "You have to call the other line.",
            "Not possible.",
        ],
    },
    "de": {
        "polite": [
            "Das tut uns wirklich leid. Wir schicken Ihnen sofort ein neues Gerät.",
            "Gute Nachrichten: Ihre Erstattung wurde heute angewiesen.",
            "Sehr gerne! Melden Sie sich einfach, wenn noch etwas ist.",
            "Wir bitten vielmals um Entschuldigung für die Verzögerung. Die Lieferung kommt am Dienstag.",
            "Herzlichen Dank für Ihre Geduld. Ihr Passwort ist jetzt zurückgesetzt.",
            "Ich kann gut verstehen, dass Sie verärgert sind. Die Mahngebühr habe ich erlassen.",
            "Freut mich, dass es jetzt klappt. Einen schönen Abend noch!",
            "Ich schaue gern für Sie nach: Die Bestellung hat gestern unser Lager verlassen.",
        ],
        "curt": [
            "Spam-Ordner prüfen.",
            "Kundennummer.",
            "Wir schließen um sechs.",
            "Lesen Sie die FAQ.",
            "Da müssen Sie die andere Nummer anrufen.",
            "Geht nicht.",
        ],
    },
    "id": {
        "polite": [
            "Kami sangat menyesal pengirimannya bermasalah. Paket baru sudah dikirim dan tiba hari Selasa.",
            "Kabar baik, pengembalian dana Anda sudah disetujui pagi ini.",
            "Sama-sama, Kak! Kabari kami kalau ada yang lain.",
            "Mohon maaf sekali atas keterlambatannya. Pesanan Anda sudah dikonfirmasi.",
            "Terima kasih banyak sudah menunggu. Kata sandi Anda sudah kami atur ulang.",
            "Saya sangat memahami kekesalan Bapak. Denda keterlambatan sudah kami hapus.",
            "Senang sekali masalahnya sudah beres. Selamat beristirahat!",
            "Baik, saya bantu cek ya. Pesanannya sudah keluar dari gudang kemarin.",
        ],
        "curt": [
            "Cek folder spam.",
            "Nomor rekening.",
            "Kami tutup jam enam.",
            "Baca FAQ.",
            "Harus telepon nomor lain.",
            "Tidak bisa.",
        ],
    },
    "nb": {
        "polite": [
            "Så leit å høre at leveringen gikk galt. En ny pakke er på vei og kommer tirsdag.",
            "Gode nyheter: refusjonen din ble godkjent i dag morges.",
            "Bare hyggelig! Si fra hvis det er noe mer.",
            "Vi beklager virkelig forsinkelsen. Bestillingen er bekreftet for den 14.",
            "Tusen takk for at du ventet. Passordet ditt er nå tilbakestilt.",
            "Jeg skjønner godt at du er frustrert. Jeg har frafalt gebyret denne gangen.",
            "Så bra at det ordnet seg. Ha en riktig god kveld!",
            "Jeg ser gjerne på det for deg. Ordren forlot lageret vårt i går.",
        ],
        "curt": [
            "Sjekk søppelposten.",
            "Kundenummer.",
            "Vi stenger klokka seks.",
            "Les FAQ.",
            "Du må ringe det andre nummeret.",
            "Går ikke.",
        ],
    },
    "ru": {
        "polite": [
            "Нам очень жаль, что с доставкой так вышло. Новая посылка уже в пути и придёт во вторник.",
            "Хорошие новости: возврат средств одобрен сегодня утром.",
            "Всегда пожалуйста! Пишите, если будут ещё вопросы.",
            "Приносим свои извинения за задержку. Ваш заказ подтверждён на 14-е.",
            "Большое спасибо, что подождали. Пароль сброшен, ссылка уже у вас на почте.",
            "Я прекрасно понимаю ваше недовольство. Штраф за просрочку я отменил.",
            "Рада, что всё получилось. Хорошего вечера!",
            "Сейчас с удовольствием посмотрю. Заказ вчера покинул наш склад.",
        ],
        "curt": [
            "Проверьте папку спам.",
            "Номер счёта.",
            "Мы закрываемся в шесть.",
            "Читайте FAQ.",
            "Звоните на другой номер.",
            "Нельзя.",
        ],
    },
}
