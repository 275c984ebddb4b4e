"""Support-desk replies in the manner of real service chats and companies' support accounts, five languages.

Written after the service offset and the terse / insult cues were set (politeness_cues.SERVICE_OFFSET) and
never used to set anything: the blind check of that change. "polite" replies are what a support agent writes
on a good day, most of them plain and informative, without thanks, apology or greeting; "curt" and "rude"
ones are what a manager would want flagged. Labelled by their author.
"""

from __future__ import annotations

SERVICE_REPLIES: dict[str, dict[str, list[str]]] = {
    "en": {
        "polite": [
            "I've checked your order and it left our warehouse this morning. You should have it by Thursday.",
            "The refund went back to the card you paid with. Banks usually take three to five working days.",
            "Your new router is on its way, and the engineer's visit is booked for Monday between 8 and 12.",
            "I've reset your password. You'll get an email with a link to choose a new one.",
            "We can move your appointment to Friday at 2pm if that suits you better.",
            "That fee is the monthly charge for the premium plan. I can switch you to the basic plan from next month.",
            "The store on King Street has your size in stock, and they can hold it for you until Saturday.",
            "Our records show the payment arrived on the 12th, so your account is up to date.",
            "Sorry about the mix-up with the delivery slot. I've rebooked it for tomorrow morning.",
            "Thanks for sending the photos. I've passed them to our returns team and you'll hear from them today.",
            "Just to confirm, is it the email address ending in gmail.com that you'd like us to use?",
            "You're all set. The change will show in the app within the hour.",
        ],
        "curt": [
            "Policy says no.",
            "Send the receipt.",
            "Already answered.",
            "Talk to the bank.",
            "Not our department.",
            "Closed on Sundays.",
        ],
        "rude": [
            "Honestly, that's a stupid thing to ask.",
            "I don't care what the other agent told you.",
            "Stop calling us about this, it's a waste of my time.",
        ],
    },
    "de": {
        "polite": [
            "Ich habe Ihre Bestellung geprüft, sie hat heute Morgen unser Lager verlassen und kommt am Donnerstag.",
            "Die Erstattung ging auf die Karte, mit der Sie bezahlt haben. Banken brauchen dafür meist drei bis fünf Tage.",
            "Der Techniker kommt am Montag zwischen 8 und 12 Uhr, der neue Router ist schon unterwegs.",
            "Ich habe Ihr Passwort zurückgesetzt. Sie bekommen gleich eine E-Mail mit einem Link.",
            "Wir können Ihren Termin auf Freitag um 14 Uhr verschieben, wenn Ihnen das besser passt.",
            "Die Gebühr ist der Monatspreis für den Premium-Tarif. Ab nächstem Monat kann ich Sie auf den Basistarif umstellen.",
            "Die Filiale in der Königstraße hat Ihre Größe vorrätig und legt sie bis Samstag für Sie zurück.",
            "Laut unseren Unterlagen ist die Zahlung am 12. eingegangen, Ihr Konto ist damit ausgeglichen.",
            "Entschuldigen Sie das Durcheinander mit dem Liefertermin, ich habe ihn auf morgen früh gelegt.",
            "Danke für die Fotos. Ich habe sie an die Retourenabteilung weitergegeben, Sie hören heute noch von ihr.",
            "Nur zur Sicherheit: Sollen wir die E-Mail-Adresse verwenden, die auf gmail.com endet?",
            "Alles erledigt. Die Änderung erscheint innerhalb einer Stunde in der App.",
        ],
        "curt": [
            "Geht laut Richtlinie nicht.",
            "Beleg schicken.",
            "Schon beantwortet.",
            "Wenden Sie sich an die Bank.",
            "Andere Abteilung.",
            "Sonntags geschlossen.",
        ],
        "rude": [
            "Ehrlich gesagt ist das eine dumme Frage.",
            "Was der andere Kollege gesagt hat, ist mir egal.",
            "Rufen Sie nicht ständig an, das ist Zeitverschwendung.",
        ],
    },
    "id": {
        "polite": [
            "Saya sudah cek pesanan Anda, paketnya keluar dari gudang pagi ini dan akan tiba hari Kamis.",
            "Dana sudah dikembalikan ke kartu yang Anda pakai. Biasanya bank butuh tiga sampai lima hari kerja.",
            "Teknisi kami akan datang hari Senin antara jam 8 dan 12, router baru sudah dikirim.",
            "Kata sandi Anda sudah saya reset. Sebentar lagi Anda akan menerima email berisi tautan.",
            "Jadwal Anda bisa kami pindahkan ke hari Jumat jam 2 siang kalau lebih cocok.",
            "Biaya itu adalah tagihan bulanan paket premium. Mulai bulan depan saya bisa pindahkan ke paket dasar.",
            "Toko di Jalan Sudirman masih punya ukuran Anda dan bisa menyimpannya sampai hari Sabtu.",
            "Menurut catatan kami pembayaran masuk tanggal 12, jadi tagihan Anda sudah lunas.",
            "Maaf atas kekeliruan jadwal pengiriman, sudah saya ubah ke besok pagi.",
            "Terima kasih sudah mengirim fotonya. Sudah saya teruskan ke tim retur, hari ini mereka akan menghubungi Anda.",
            "Untuk memastikan, apakah email yang berakhiran gmail.com yang ingin Anda gunakan?",
            "Sudah beres. Perubahannya akan muncul di aplikasi dalam satu jam.",
        ],
        "curt": [
            "Tidak bisa, aturan.",
            "Kirim struk.",
            "Sudah dijawab.",
            "Tanya bank saja.",
            "Beda bagian.",
            "Minggu tutup.",
        ],
        "rude": [
            "Pertanyaan Anda bodoh sekali.",
            "Saya tidak peduli apa kata petugas lain.",
            "Jangan telepon terus, buang waktu saya saja.",
        ],
    },
    "nb": {
        "polite": [
            "Jeg har sjekket bestillingen din, den forlot lageret i morges og kommer på torsdag.",
            "Pengene ble sendt tilbake til kortet du betalte med. Bankene bruker vanligvis tre til fem virkedager.",
            "Teknikeren kommer mandag mellom 8 og 12, og den nye ruteren er allerede sendt.",
            "Jeg har tilbakestilt passordet ditt. Du får straks en e-post med en lenke.",
            "Vi kan flytte timen din til fredag klokka 14 hvis det passer bedre.",
            "Gebyret er månedsprisen for premiumabonnementet. Jeg kan bytte deg til basisabonnementet fra neste måned.",
            "Butikken i Kongens gate har størrelsen din på lager og kan holde av den til lørdag.",
            "Ifølge våre opplysninger kom betalingen inn den 12., så kontoen din er à jour.",
            "Beklager rotet med leveringstiden, jeg har flyttet den til i morgen tidlig.",
            "Takk for bildene. Jeg har sendt dem videre til returavdelingen, og de tar kontakt i dag.",
            "Bare for å være sikker: er det e-postadressen som slutter på gmail.com vi skal bruke?",
            "Da er alt ordnet. Endringen vises i appen innen en time.",
        ],
        "curt": [
            "Ikke lov etter reglene.",
            "Send kvitteringen.",
            "Allerede besvart.",
            "Snakk med banken.",
            "Feil avdeling.",
            "Stengt søndag.",
        ],
        "rude": [
            "Ærlig talt er det et dumt spørsmål.",
            "Jeg bryr meg ikke om hva den andre sa.",
            "Slutt å ringe om dette, du kaster bort tiden min.",
        ],
    },
    "ru": {
        "polite": [
            "Я проверила ваш заказ: он покинул склад сегодня утром и приедет в четверг.",
            "Деньги вернулись на карту, которой вы платили. Обычно банк зачисляет их за три-пять рабочих дней.",
            "Мастер придёт в понедельник с 8 до 12, новый роутер уже отправлен.",
            "Я сбросил ваш пароль. Сейчас придёт письмо со ссылкой.",
            "Можем перенести вашу запись на пятницу на 14:00, если так удобнее.",
            "Это ежемесячная плата за тариф «Премиум». Со следующего месяца я могу перевести вас на базовый тариф.",
            "В магазине на Тверской есть ваш размер, его отложат для вас до субботы.",
            "По нашим данным платёж поступил 12-го числа, задолженности нет.",
            "Извините за путаницу со временем доставки, я перенесла её на завтра утро.",
            "Спасибо за фотографии. Я передал их в отдел возвратов, с вами свяжутся сегодня.",
            "Уточню: использовать адрес почты, который заканчивается на gmail.com?",
            "Всё готово. Изменения появятся в приложении в течение часа.",
        ],
        "curt": [
            "По правилам нельзя.",
            "Пришлите чек.",
            "Уже ответили.",
            "Обращайтесь в банк.",
            "Другой отдел.",
            "В воскресенье закрыто.",
        ],
        "rude": [
            "Честно говоря, это глупый вопрос.",
            "Мне плевать, что вам сказал другой оператор.",
            "Хватит звонить по этому поводу, вы тратите моё время.",
        ],
    },
}
