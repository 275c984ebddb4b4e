"""Indonesian phrase banks for service conversations."""

LANG = "id"
DATE_FMT = "%d-%m-%Y"
MONEY = "Rp {amount}.000"
PHONE = "+62 812 {a:04d} {b:04d}"
QUOTE_HEADER = "Pada {date}, {name} menulis:"

AGENT_NAMES = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Andi", "Putri", "Rizky", "Fitri", "Hendra", "Wulan"]
CUSTOMER_NAMES = ["Ahmad Fauzi", "Sri Wahyuni", "Dedi Kurniawan", "Nur Aini", "Yoga Pratama", "Lestari Handayani",
                  "Bambang Susilo", "Maya Sari"]
DEPTS = ["bagian kartu", "bagian tagihan", "bagian kredit", "bagian pengiriman", "kantor pusat"]
TOPIC_WORDS = {"billing": "tagihan", "card": "kartu", "account": "rekening", "loan": "pinjaman",
               "delivery": "pengiriman", "complaint": "keluhan"}

AGENT_GREET = [
    "Selamat pagi, layanan pelanggan {branch}, dengan {agent}. Ada yang bisa saya bantu?",
    "Halo, terima kasih sudah menghubungi {branch}, saya {agent}. Ada yang bisa dibantu?",
    "Selamat siang Bapak/Ibu, dengan {agent} dari {branch}. Bagaimana saya bisa membantu?",
    "Selamat datang di {branch}, saya {agent}. Silakan, ada keperluan apa?",
]
AGENT_GREET_CURT = ["Ya?", "Nomor rekening?", "Apa?", "Nama?"]
CUSTOMER_HELLO = ["Halo,", "Selamat pagi,", "Permisi,", "Siang kak,", ""]
EMOTION_LEAD = {
    "neutral": ["", "", "Saya mau tanya sebentar.", "Semoga bisa dibantu."],
    "annoyed": ["Ini mulai menyebalkan.", "Saya sudah pernah telepon soal ini.", "Jujur saya kecewa.",
                "Ini kedua kalinya saya tanya."],
    "angry": ["Ini benar-benar keterlaluan!", "Saya marah sekali, tidak ada yang membantu!",
              "Sudah tiga kali saya menghubungi, saya muak!", "Pelayanan kalian parah sekali."],
    "happy": ["Semoga harinya menyenangkan!", "Terima kasih sudah cepat merespon.", "Mau tanya sedikit kak :)"],
}
PROBLEM = {
    "billing": ["Saya ditagih {amount} dua kali pada {date}.", "Ada biaya {amount} di tagihan yang saya tidak kenal.",
                "Tagihan bulan ini {amount} lebih mahal dari biasanya.", "Saya sudah bayar tagihan tanggal {date} tapi masih tertunggak."],
    "card": ["Kartu saya yang berakhiran {card4} ditolak di toko hari ini.", "Kartu saya hilang tanggal {date}, tolong diblokir.",
             "Kartu baru belum sampai, sudah dua minggu.", "Kartu saya ({card4}) tertelan mesin ATM."],
    "account": ["Saya tidak bisa masuk ke internet banking.", "Saya mau ganti alamat di rekening.",
                "Transfer {amount} tidak masuk ke rekening saya.", "Rekening saya terblokir setelah ganti HP."],
    "loan": ["Kenapa cicilan pinjaman saya naik jadi {amount}?", "Saya mengajukan pinjaman tanggal {date} dan belum ada kabar.",
             "Apakah saya bisa melunasi pinjaman lebih awal?", "Suku bunga di laporan pinjaman saya salah."],
    "delivery": ["Pesanan {order} saya belum sampai.", "Paket untuk pesanan {order} datang rusak.",
                 "Status {order} sudah terkirim tapi saya tidak terima apa-apa.", "Kurir tidak datang tanggal {date} seperti janji."],
    "complaint": ["Saya mau mengajukan keluhan resmi soal pelayanan di cabang.", "Petugas kalian menutup telepon kemarin.",
                  "Saya dijanjikan ditelepon balik tanggal {date}, tidak ada yang telepon.",
                  "Saya antre lebih dari satu jam, ini tidak bisa diterima."],
}
CLARIFY = ["Boleh saya minta nomor referensinya?", "Mohon info tanggal transaksinya, Bapak/Ibu.",
           "Bisa dikonfirmasi empat digit terakhir kartunya?", "Saya cek dulu ya. Nomor pesanannya berapa?",
           "Terima kasih. Mohon konfirmasi nama lengkap dan tanggal lahir."]
CLARIFY_CURT = ["Nomor.", "Tanggal?", "Kartu yang mana.", "Nomor pesanan.", "Terus?"]
DETAILS = ["Pesanan {order}.", "Kartunya berakhiran {card4}.", "Email saya {email}.", "Nomor HP saya {phone}.",
           "Rekening saya {iban}.", "Kejadiannya tanggal {date}.", "Nomor kartunya {card}.", "Sekitar {amount}."]
APOLOGY = ["Mohon maaf atas ketidaknyamanannya.", "Kami mohon maaf, Bapak/Ibu.", "Maaf sekali, saya bantu selesaikan.",
           "Mohon maaf, seharusnya itu tidak terjadi."]
EXPLAIN = ["Saya lihat pembayarannya di sistem kami.", "Sistem menandai transaksi itu sebagai mencurigakan.",
           "Saya sudah temukan masalahnya, ada kesalahan dari pihak kami.", "Permintaannya tertahan di antrean proses."]
EXPLAIN_CURT = ["Seperti yang sudah saya bilang, prosedurnya begitu.", "Baca syarat dan ketentuan.", "Memang begitu aturannya.",
                "Sudah ada di syarat dan ketentuan.", "Sudah saya bilang, tidak bisa."]
SOLUTION = {
    "billing": ["Dana {amount} sudah kami kembalikan ke rekening.", "Biayanya sudah dihapus, terlihat dalam 2 hari.",
                "Tagihan ganda sudah dibatalkan."],
    "card": ["Kartu lama sudah diblokir dan kartu baru dipesan.", "Transaksi online untuk kartu Anda sudah dibuka.",
             "Kartu pengganti sampai paling lambat {date}."],
    "account": ["Akses sudah direset, silakan login kembali.", "Alamat sudah diperbarui.", "Transfer yang hilang sudah masuk."],
    "loan": ["Suku bunga pinjaman sudah diperbaiki.", "Jumlah pelunasan sudah saya kirim lewat email.",
             "Pengajuan disetujui, dokumennya dikirim lewat pos."],
    "delivery": ["Pengiriman ulang dijadwalkan {date}.", "Pengganti pesanan {order} sudah dikirim.", "Dana pesanan sudah dikembalikan."],
    "complaint": ["Keluhan sudah dicatat dan kami berikan kompensasi {amount}.", "Kepala cabang akan menelepon Anda langsung.",
                  "Kesalahannya sudah diperbaiki dan dicatat."],
}
CONFIRM = ["Sudah beres, semuanya aman.", "Sudah diperbaiki dari pihak kami.", "Sekarang sudah normal kembali."]
PROMISE = ["Saya cek dulu dan telepon balik besok.", "Kami balas lewat email dalam 2x24 jam.",
           "Saya sudah buat tiket, rekan kami akan menghubungi.", "Saya pantau dan kabari sebelum {date}."]
PROMISE_CURT = ["Tunggu surat.", "Nanti dihubungi.", "Telepon lagi minggu depan."]
BLAME = ["Itu urusan bagian lain, silakan hubungi {dept}.", "Itu salahnya {dept}, bukan kami.",
         "Saya tidak bisa bantu, itu urusan {dept}."]
MANAGER_REQUEST = ["Saya mau bicara dengan atasan Anda.", "Tolong sambungkan ke supervisor.", "Saya mau eskalasi masalah ini."]
ESCALATE = ["Saya mengerti. Saya teruskan ke team leader, beliau akan menghubungi hari ini.",
            "Tentu, saya eskalasi ke bagian pengaduan.", "Saya sambungkan ke supervisor saya, mohon ditunggu."]
ESCALATE_CURT = ["Ya sudah, saya teruskan.", "Nanti atasan telepon.", "Disambung."]
CUSTOMER_STILL = ["Jadi masih belum selesai?", "Itu sama sekali tidak membantu.", "Berarti saya harus telepon lagi.",
                  "Bagus, disuruh menunggu lagi."]
CUSTOMER_THANKS = {"positive": ["Mantap, terima kasih banyak!", "Sip, makasih ya kak!", "Sangat membantu, terima kasih."],
                   "neutral": ["Oke, terima kasih.", "Baik.", "Oke."],
                   "negative": ["Akhirnya.", "Ya sudahlah.", "Lama sekali prosesnya."]}
AGENT_CLOSING = ["Ada lagi yang bisa saya bantu? Semoga harinya menyenangkan!", "Terima kasih atas kesabarannya, selamat siang!",
                 "Terima kasih sudah menghubungi kami.", "Sama-sama. Selamat sore!"]
AGENT_CLOSING_CURT = ["Sudah.", "Ada lagi?", "Itu saja."]
MAIL_HELLO_CUSTOMER = ["Yth. tim {branch},", "Halo,", "Selamat siang,"]
MAIL_BYE_CUSTOMER = ["Salam,\n{customer}", "Terima kasih,\n{customer}", "{customer}"]
MAIL_HELLO_AGENT = ["Yth. Bapak/Ibu {customer},", "Halo {customer},"]
MAIL_BYE_AGENT = ["Hormat kami,\n{agent}\nLayanan Pelanggan {branch}", "Salam,\n{agent}"]
MAIL_BYE_AGENT_CURT = ["{agent}", "-- {branch}"]
SUBJECT = {"billing": ["Pertanyaan tagihan", "Tagihan ganda"], "card": ["Masalah kartu", "Kartu ditolak"],
           "account": ["Akses rekening", "Ganti alamat"], "loan": ["Cicilan pinjaman", "Pengajuan pinjaman"],
           "delivery": ["Pesanan {order}", "Paket belum sampai"], "complaint": ["Keluhan", "Sangat kecewa"]}
COMMENT = {"good": ["Petugasnya ramah dan cepat.", "Sangat membantu, terima kasih!", "Pelayanan bagus hari ini."],
           "curt": ["Petugasnya ketus dan tidak menyapa sama sekali.", "Rasanya seperti mengganggu.",
                    "Tidak ramah, cuma disuruh baca syarat dan ketentuan."],
           "unresolved": ["Tidak ada yang selesai, harus datang lagi.", "Buang waktu, masalah belum beres."],
           "neutral": ["Biasa saja.", "Lumayan.", "Oke."]}
NOTE = {"resolved": ["Nasabah datang soal {topic}. Selesai di tempat.", "Masalah {topic} selesai, nasabah puas."],
        "unresolved": ["{topic}: belum bisa selesai hari ini, nasabah kembali lagi.", "{topic} masih terbuka, menunggu back office."],
        "escalated": ["{topic}: nasabah minta atasan, dieskalasi.", "Kasus {topic} dieskalasi ke kepala cabang."],
        "blame": ["Bukan bagian kami, nasabah diarahkan ke {dept}.", "Nasabah diberi tahu bahwa {dept} yang bertanggung jawab."]}
