# Indonesian phrase bank (Jakarta, Surabaya).  Chat agents use "Kak", phone/e-mail "Bapak/Ibu" ({hon}).
LANG = "id"

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def fmt_date(d, rng):
    v = rng.random()
    if v < 0.65:
        return f"{d.day} {MONTHS[d.month - 1]}"
    if v < 0.85:
        return f"{d.day:02d}/{d.month:02d}"
    return f"tanggal {d.day}"


def days_w(n):
    return f"{n} hari"


def wdays_w(n):
    return f"{n} hari kerja"


CITY = {"JKT": "Jakarta", "SUB": "Surabaya"}
HON = {"f": "Ibu", "m": "Bapak"}

NAMES_F = ["Siti", "Dewi", "Rina", "Putri", "Ayu", "Nur", "Intan", "Fitri", "Wulan", "Maya", "Rani", "Indah",
           "Sri", "Lestari", "Anisa", "Mega", "Dian", "Citra"]
NAMES_M = ["Budi", "Agus", "Andi", "Rizky", "Dedi", "Hendra", "Fajar", "Eko", "Arif", "Bayu", "Yusuf", "Joko",
           "Dimas", "Teguh", "Wahyu", "Irfan", "Hadi", "Reza"]
SURNAMES = ["Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Siregar",
            "Lubis", "Gunawan", "Halim", "Susanto", "Rahman", "Hakim", "Simanjuntak", "Tanjung", "Wibowo"]
SURNAMES_F = ["Rahmawati", "Lestari", "Wulandari", "Sari", "Puspitasari", "Handayani", "Kusuma", "Anggraini",
              "Maharani", "Wijaya", "Santoso", "Siregar", "Halim", "Permata", "Utami", "Fitriani"]

PRODUCTS = [{"p": x} for x in ["mesin kopi", "laptop", "mesin cuci", "HP", "vacuum cleaner", "TV", "tablet",
                                 "kulkas", "printer", "air fryer", "sikat gigi elektrik", "kursi kantor",
                                 "smartwatch", "router", "speaker"]]

DEVICES = ["iPhone saya", "HP Android saya", "laptop kantor", "Chrome di Windows", "MacBook", "iPad", "tablet Samsung",
           "Safari"]

DEPT = ["bagian tagihan", "bagian retur", "tim teknis", "bagian kartu", "bagian pengiriman", "gudang",
        "bagian komplain"]

REFNAME = {
    "delivery": ["nomor pesanan", "nomor order"],
    "billing": ["nomor tagihan", "nomor invoice", "nomor pelanggan"],
    "card": ["4 digit terakhir kartu", "empat angka terakhir nomor kartu"],
    "account": ["nomor pelanggan", "nomor member"],
    "complaint": ["nomor pesanan atau nomor laporan", "nomor laporan", "nomor pesanan"],
    "technical": ["nomor pelanggan", "nomor pesanan"],
}
REF = {
    "delivery": ["pesanan {order}", "nomor pesanan {order}", "{order}"],
    "billing": ["invoice {invoice}", "nomor tagihan {invoice}", "{invoice}"],
    "card": ["kartu yang berakhiran {last4}", "4 digit terakhirnya {last4}", "akhiran {last4}"],
    "account": ["nomor pelanggan {custno}", "{custno}"],
    "complaint": ["pesanan {order}", "laporan {case}", "nomor laporan {case}"],
    "technical": ["nomor pelanggan {custno}", "pesanan {order}"],
}

agent_greet_chat_c = [
    "Halo Kak {name}, terima kasih sudah menghubungi {brand}. Ada yang bisa kami bantu?",
    "Halo, Kakak terhubung dengan {agent} dari {brand}. Ada yang bisa saya bantu?",
    "Hai Kak! Saya {agent}. Pesannya sedang saya baca ya.",
    "Halo Kak {name}, saya {agent}. Dengan senang hati saya bantu.",
    "Halo Kak, terima kasih sudah menunggu. Saya {agent}, saya bantu cek ya.",
    "Selamat datang di chat {brand}, saya {agent}.",
    "Halo Kak {name}, {agent} dari tim {city} di sini. Kita cek bareng ya.",
    "Halo Kak! Mohon maaf menunggu. Pesan Kakak sudah saya baca.",
    "Halo, dengan {agent}. Saya cek dulu ya, Kak.",
    "Halo Kak {name}, terima kasih atas kesabarannya. Saya sedang membaca pesan Kakak.",
    "Selamat siang Kak {name}, Kakak terhubung dengan {agent}.",
    "Hai Kak! Pesannya sudah saya baca, saya bantu ya.",
    "Selamat pagi Kak {name}, dengan {agent} dari customer service.",
    "Halo Kak {name}, terima kasih sudah menghubungi {brand}. Langsung saya proses ya.",
    "Halo Kak {name}! Mohon maaf atas ketidaknyamanannya. Saya {agent}, saya bantu.",
    "Halo Kak, saya {agent}. Terima kasih untuk informasinya.",
    "Hai Kak {name}, {agent} di sini. Tenang, kita selesaikan ya.",
]
agent_greet_chat_r = [
    "Ya?", "Masalahnya apa?", "Silakan.", "Halo. Perlu apa?", "{agent}. Ada apa?", "Ya, apa lagi?",
    "Halo. Cepat ya, antrean panjang.", "Terus saya harus apa?", "Ya, saya di sini.", "Halo. Singkat saja.",
    "Hmm. Lanjut.", "Lagi ramai. Ada apa?", "Oke. Terus?",
]
agent_greet_phone_c = [
    "Selamat pagi, {brand} customer service, dengan {agent}, ada yang bisa saya bantu?",
    "Terima kasih telah menghubungi {brand}, dengan {agent}. Ada yang bisa saya bantu, {hon}?",
    "Halo, {brand} {city}, dengan {agent}.",
    "Selamat siang, dengan {agent} dari {brand}, ada yang bisa dibantu?",
    "{brand} customer service, selamat siang, dengan {agent}, ada yang bisa saya bantu?",
    "Halo, terima kasih sudah menunggu, saya {agent}. Ada yang bisa saya bantu?",
    "Selamat sore, dengan {agent}, ada yang bisa saya bantu?",
    "Halo, {brand}, dengan {agent}. Mohon maaf menunggu lama. Ada yang bisa dibantu?",
    "Halo, dengan {agent}. Boleh saya tahu dengan {hon} siapa?",
    "Pagi! {brand}, dengan {agent}.",
    "Terima kasih sudah menelepon, saya {agent} dari tim {city}. Ada yang bisa saya bantu?",
    "Halo, {agent} dari {brand}, ada yang bisa dibantu hari ini?",
]
agent_greet_phone_r = [
    "{brand}.", "Ya, {brand}, ada apa?", "Customer service. Silakan.", "Halo. Ya?", "{agent}. Masalahnya apa?",
    "Ya. Perlu apa?", "{brand}, sebentar... ya, silakan.", "Ya, halo, ada apa?", "Customer service, kenapa?",
    "Hmm, ya? Cepat ya.",
]

cust_hello = ["Halo,", "Halo min,", "Selamat pagi,", "Permisi,", "Siang min,", "Hai,", "", "", "",
              "Halo, semoga bisa dibantu.", "Selamat siang.", "Halo {brand},", "Halo, mau tanya.",
              "Selamat malam,", "Kak, permisi."]
cust_hello_phone = ["Iya, halo, eh,", "Halo, iya,", "Halo mbak, iya,", "Oh, halo,", "Halo, selamat pagi,",
                    "Iya halo,", "Halo, emm,", "Halo, saya {fullname},", "Selamat siang, saya {fullname},",
                    "Iya, selamat siang,", "Oh, iya, halo,", "Halo, maaf, eh,", "Halo mas, iya,"]

SCEN = {
    "delivery": [
        {"p": ["Saya pesan {p} tanggal {date} dan sampai sekarang belum sampai.",
               "Pesanan {order} harusnya datang {date}, tapi sampai sekarang belum ada.",
               "Pesanan saya dari {date} masih belum datang juga. Ke mana ya?"],
         "s": ["Paketnya tertahan di gudang transit. Sudah saya kirim ulang pakai ekspres, paling lambat {date2} sampai.",
               "Kirimannya sempat tertahan di sortir. Sudah dilepas dan akan diantar {date2}."]},
        {"p": ["Lacak paket saya tidak bergerak sudah {days_w}.",
               "Statusnya 'dalam perjalanan' terus sudah {days_w}, apa paketnya hilang?"],
         "s": ["Kurirnya salah rute. Paket sudah dialihkan dan akan sampai paling lambat {date2}.",
               "Kurir konfirmasi paketnya hilang, jadi saya kirim {p} pengganti hari ini pakai ekspres."]},
        {"p": ["{p} yang saya pesan datang dengan kardus penyok dan tidak bisa nyala.",
               "{p} saya datang hari ini dalam keadaan rusak, kardusnya sobek."],
         "s": ["Saya sudah proses pengganti {p} yang dikirim hari ini tanpa biaya, dan kurir akan ambil yang rusak.",
               "Mohon maaf ya. {p} baru sedang dikirim, dan penjemputan barang yang rusak sudah saya jadwalkan."]},
        {"p": ["Barang yang saya terima salah. Saya pesan {p}, yang datang barang lain.",
               "Paket yang saya terima isinya pesanan orang lain, bukan {p} saya."],
         "s": ["Barang yang salah akan dijemput kurir dan {p} yang benar dikirim hari ini.",
               "{p} yang benar sudah saya kirim ekspres dan label retur gratis sudah saya emailkan."]},
        {"p": ["Kata kurir pesanan saya sudah diantar, tapi di rumah tidak ada apa-apa.",
               "Di tracking tertulis terkirim kemarin jam 14.02, tapi saya tidak terima apa pun."],
         "s": ["GPS kurir menunjukkan jalan yang berbeda. Saya sudah buat klaim dan dana {amount} sudah dikembalikan.",
               "Kurir konfirmasi paket terkirim ke alamat yang salah. Pengganti dikirim hari ini, gratis."]},
        {"p": ["Saya bayar {amount2} untuk pengiriman besok sampai, tapi ternyata {days_w}.",
               "Saya sudah bayar ekstra untuk ekspres tapi tetap telat."],
         "s": ["Betul, pengiriman ekspresnya tidak sesuai. Ongkir {amount2} sudah saya refund.",
               "Biaya ekspres {amount2} sudah saya kembalikan ke kartu Kakak."]},
        {"p": ["Pesanan saya cuma datang setengah, {p} tidak ada.",
               "Saya terima dua dari tiga kotak, {p} tidak ada."],
         "s": ["{p} dikirim terpisah dan sampai besok. Nomor resinya {case}.",
               "{p} yang kurang tertinggal di gudang. Sudah dikirim hari ini dan sampai paling lambat {date2}."]},
        {"p": ["Katanya barang diantar hari ini jam 8 sampai 12, tapi tidak ada yang datang.",
               "Saya sudah izin kerja setengah hari buat nunggu kiriman, tapi kurirnya tidak muncul."],
         "s": ["Saya sudah jadwalkan ulang tanggal {date2} jam 8 sampai 12 dan ongkirnya saya kembalikan.",
               "Mobil pengirimannya mogok tadi pagi. Besok pagi Kakak jadi pengiriman pertama."]},
        {"p": ["Saya mau ganti alamat pengiriman untuk pesanan {order}, sepertinya belum dikirim.",
               "Alamat pesanan {order} masih bisa diganti? Saya salah ketik."],
         "s": ["Alamat pengiriman sudah saya ganti, pesanannya belum keluar gudang, jadi aman.",
               "Sudah ya, alamat baru sudah masuk ke pesanan dan kurir akan dapat info terbaru."]},
        {"p": ["Saya pesan {p} untuk diambil di toko, tapi kata toko barangnya tidak pernah datang.",
               "Saya ke toko {city} mau ambil pesanan {order}, tapi tidak ada yang bisa menemukannya."],
         "s": ["Pesanannya sudah ada di toko {city}, tadi salah rak. Bisa diambil mulai besok pagi.",
               "Pesanannya salah terkirim ke toko lain. Sudah saya pindahkan, siap diambil {date2}."]},
        {"p": ["Saya dapat SMS pengiriman gagal, padahal saya di rumah seharian.",
               "Kurir bilang rumah kosong, padahal saya ada di rumah terus."],
         "s": ["Paketnya ada di gudang kurir terdekat, sudah saya minta diantar ulang besok.",
               "Pengiriman sudah saya jadwalkan ulang {date2} dan ada catatan supaya kurir telepon dulu."]},
    ],
    "billing": [
        {"p": ["Saya kena tagih dua kali untuk pesanan yang sama, masing-masing {amount}.",
               "Di mutasi rekening ada dua kali potongan {amount} untuk satu pesanan."],
         "s": ["Betul, ada tagihan ganda. {amount} sudah saya refund, dananya kembali dalam {days_w}.",
               "Pembayaran gandanya sudah terlihat. Potongan kedua {amount} sudah dibatalkan."]},
        {"p": ["Tagihan terakhir saya {amount2} lebih mahal dari biasanya dan saya tidak tahu kenapa.",
               "Kenapa tagihan bulan ini jauh lebih besar? Saya tidak ganti apa-apa."],
         "s": ["Kelebihannya itu biaya aktivasi satu kali, tapi sudah saya hapus sebagai kompensasi.",
               "Selisihnya biaya yang seharusnya tidak berlaku untuk paket Kakak. Sudah saya hapus dan invoice baru sudah dikirim."]},
        {"p": ["Ada potongan {amount} di rekening saya yang saya tidak kenal.",
               "{brand} memotong {amount} dan saya tidak tahu itu untuk apa."],
         "s": ["Itu iuran member tahunan. Karena Kakak tidak mau, membernya sudah saya batalkan dan dananya dikembalikan.",
               "Itu pre-order dari aplikasi bulan lalu. Sudah saya batalkan dan {amount} dikembalikan."]},
        {"p": ["Saya sudah retur {p} tanggal {date} tapi refund {amount} belum masuk.",
               "Refund saya mana ya? Barangnya sudah saya kirim balik tanggal {date}."],
         "s": ["Refund-nya sudah ketemu, tadi tertahan. Sekarang sudah diproses dan {amount} masuk dalam {days_w}.",
               "Returnya sudah diterima tapi belum dicatat. Refund {amount} barusan sudah saya proses."]},
        {"p": ["Saya sudah berhenti langganan tapi bulan ini masih dipotong {amount2}.",
               "Langganan saya masih dipotong padahal sudah saya batalkan tanggal {date}."],
         "s": ["Langganannya ternyata masih aktif karena kesalahan sistem. Sudah saya hentikan dan potongan bulan ini dikembalikan.",
               "Pembatalan Kakak tanggal {date} sudah terlihat. {amount2} sudah dikembalikan dan tidak akan dipotong lagi."]},
        {"p": ["Di kasir tertulis {amount2} tapi yang terpotong {amount}.",
               "Harga di rak dan yang saya bayar di kasir beda."],
         "s": ["Harganya sudah saya koreksi dan selisihnya dikembalikan.",
               "Di kasir masih pakai harga lama. Selisihnya sudah dikembalikan ke kartu Kakak."]},
        {"p": ["Saya dapat surat tagihan dengan denda, padahal invoice {invoice} sudah saya bayar tepat waktu.",
               "Kenapa saya dapat surat peringatan? Invoice {invoice} sudah lunas tanggal {date}."],
         "s": ["Pembayaran Kakak tercatat ke invoice yang salah. Sudah saya perbaiki dan dendanya dihapus.",
               "Dendanya kesalahan dari kami, sudah saya hapus dan peringatannya dihentikan."]},
        {"p": ["Saya dijanjikan diskon {amount2} tapi tidak ada di tagihan.",
               "Diskon yang dijanjikan rekan Anda tidak muncul di invoice."],
         "s": ["Diskon {amount2} sudah saya masukkan dan invoice yang sudah dikoreksi saya kirim via email.",
               "Catatan soal diskonnya sudah ketemu. Sekarang sudah masuk dan invoice-nya sudah diperbaiki."]},
        {"p": ["Saya butuh salinan invoice tanggal {date} untuk kantor, tapi tidak bisa diunduh.",
               "Bisa kirim invoice pesanan saya tanggal {date}? Di akun tidak ada."],
         "s": ["Invoice tanggal {date} barusan sudah saya kirim ke email Kakak.",
               "Invoice-nya sudah ada di inbox, dan di akun juga sudah bisa diunduh lagi."]},
        {"p": ["Refund-nya masuk ke kartu lama yang sudah ditutup.",
               "Dana saya dikembalikan ke kartu yang sudah tidak saya pakai."],
         "s": ["Refund-nya sudah saya alihkan ke kartu yang aktif. Masuk dalam {days_w}.",
               "Dananya sempat kembali ke kami, jadi {amount} sudah saya transfer ke kartu baru Kakak."]},
        {"p": ["Cicilan saya jumlahnya salah, seharusnya {amount2} per bulan.",
               "Cicilan bulanan saya naik dan tidak ada yang kasih tahu kenapa."],
         "s": ["Cicilannya sudah saya koreksi jadi {amount2} mulai bulan depan, selisihnya dikembalikan.",
               "Tenornya salah input. Sekarang sudah benar, {amount2} per bulan sesuai kesepakatan."]},
        {"p": ["Saya kena ongkir padahal belanjaan saya sudah di atas batas gratis ongkir.",
               "Kenapa saya bayar ongkir? Pesanan saya jauh di atas minimum."],
         "s": ["Ongkirnya seharusnya tidak ditagihkan, sudah saya refund.",
               "Betul, pesanannya dapat gratis ongkir. Biayanya sudah dikembalikan."]},
    ],
    "card": [
        {"p": ["Kartu saya ditolak di kasir hari ini padahal saldonya ada.",
               "Kartu saya dua kali ditolak tadi pagi, malu banget."],
         "s": ["Kartunya terblokir oleh sistem pengecekan fraud. Sudah saya buka, sekarang bisa dipakai lagi.",
               "Ada blokir sementara setelah transaksi yang tidak biasa. Sudah saya buka, silakan dicoba lagi."]},
        {"p": ["Sepertinya kartu saya hilang kemarin, saya mau blokir.",
               "Dompet saya dicuri, tolong blokir kartu saya."],
         "s": ["Kartu berakhiran {last4} sudah saya blokir dan kartu baru sudah dipesan. Sampai dalam {days_w}.",
               "Kartunya sudah diblokir, tidak bisa dipakai siapa pun. Kartu pengganti sedang dikirim."]},
        {"p": ["Kartu baru saya belum sampai, katanya dikirim tanggal {date}.",
               "Kartu pengganti belum datang juga, sudah {days_w}."],
         "s": ["Kartunya dikembalikan kurir karena alamat tidak ditemukan. Kartu baru sudah saya kirim ke alamat yang benar.",
               "Kartu yang di jalan sudah saya blokir dan kartu baru dikirim pakai kurir dengan resi."]},
        {"p": ["Saya lupa PIN dan sekarang kartunya terblokir.",
               "Saya salah masukin PIN tiga kali, sekarang terkunci."],
         "s": ["Blokir PIN-nya sudah saya reset. Kartunya bisa langsung dipakai.",
               "Blokirnya sudah dibuka dan surat PIN baru dikirim, sampai dalam {days_w}."]},
        {"p": ["Ada transaksi {amount} di kartu saya yang bukan saya.",
               "Ada yang pakai kartu saya tanggal {date} sebesar {amount}, itu bukan saya."],
         "s": ["Kartunya sudah saya blokir, transaksi {amount} sudah diajukan sanggahan, dan dananya dikembalikan sementara.",
               "Laporan fraud untuk {amount} sudah dibuat. Dana dikreditkan selama investigasi dan kartu baru sedang dikirim."]},
        {"p": ["Fitur tap atau contactless di kartu saya tidak berfungsi lagi.",
               "Sekarang tiap bayar harus pakai PIN, contactless-nya tidak jalan."],
         "s": ["Contactless-nya sudah saya aktifkan lagi, coba satu menit lagi ya.",
               "Fiturnya sempat nonaktif setelah pengecekan keamanan. Sudah direset, lakukan satu transaksi pakai PIN dulu."]},
        {"p": ["Saya mau naikkan limit kartu member saya.",
               "Limit kartu saya bisa dinaikkan jadi {amount}?"],
         "s": ["Limitnya sudah saya naikkan, langsung berlaku.",
               "Limit baru {amount} sudah disetujui dan sudah aktif."]},
        {"p": ["Kartu saya tertelan mesin di toko {city}.",
               "Mesin EDC di toko {city} menahan kartu saya."],
         "s": ["Kartunya sudah dihancurkan demi keamanan, kartu baru sudah saya pesankan gratis.",
               "Kartunya ada di toko, besok bisa diambil dengan membawa KTP. Sudah saya catat."]},
        {"p": ["Minggu depan saya ke luar negeri dan dulu kartu saya pernah diblokir, bisa dicek?",
               "Saya berangkat {date2}, kartu saya bisa dipakai di luar negeri?"],
         "s": ["Sudah saya tambahkan catatan perjalanan, jadi kartunya tidak akan diblokir di luar negeri.",
               "Sudah beres, kartunya aktif untuk transaksi luar negeri sampai akhir bulan."]},
        {"p": ["Saya mau tutup kartu member yang berakhiran {last4}.",
               "Tolong tutup kartu member saya, sudah tidak dipakai."],
         "s": ["Kartu member berakhiran {last4} sudah saya tutup. Konfirmasi tertulis akan dikirim.",
               "Kartunya sudah ditutup dan saldonya nol, jadi tidak ada yang perlu dibayar."]},
        {"p": ["Poin kartu member saya tidak masuk sejak {date}.",
               "Poin dari tiga belanja terakhir saya tidak masuk."],
         "s": ["Poin yang kurang sudah masuk, total {points} poin.",
               "Kartunya belum terhubung ke akun setelah perpanjangan. Sudah saya hubungkan dan {points} poin sudah ditambahkan."]},
        {"p": ["Chip kartu saya rusak, sudah tidak bisa dipakai.",
               "Kartu saya retak dan mesinnya tidak bisa baca."],
         "s": ["Kartu pengganti dengan nomor yang sama sudah saya pesan, sampai dalam {days_w}.",
               "Kartu baru sedang dikirim, sementara bisa bayar pakai aplikasi."]},
    ],
    "account": [
        {"p": ["Saya tidak bisa login, katanya password salah padahal baru saya reset.",
               "Reset password tidak berhasil, saya tetap tidak bisa masuk."],
         "s": ["Password sudah saya reset. Link-nya akan masuk ke email sebentar lagi.",
               "Link yang lama sudah kedaluwarsa. Saya kirim yang baru, berlaku 24 jam."]},
        {"p": ["Saya pindah rumah dan perlu ganti alamat.",
               "Bisa tolong ganti alamat saya? Saya pindah tanggal {date}."],
         "s": ["Alamatnya sudah diperbarui. Tagihan berikutnya dikirim ke alamat baru.",
               "Sudah ya, alamat baru tersimpan untuk pengiriman dan surat."]},
        {"p": ["Akun saya terkunci setelah beberapa kali salah masuk.",
               "Akun saya tertulis terkunci dan saya tidak bisa apa-apa."],
         "s": ["Akunnya sudah saya buka, sekarang bisa login lagi.",
               "Kuncinya sudah dibuka. Sebaiknya ganti password untuk keamanan."]},
        {"p": ["Saya mau ganti alamat email di akun saya.",
               "Email lama saya sudah tidak aktif, bisa diganti?"],
         "s": ["Email sudah saya ganti, mohon konfirmasi lewat link yang barusan kami kirim.",
               "Email barunya sudah tersimpan. Konfirmasinya dikirim ke sana."]},
        {"p": ["Di akun saya muncul pesanan orang lain.",
               "Ada pesanan di akun saya yang bukan punya saya."],
         "s": ["Pesanan yang bukan milik Kakak sudah saya hapus dan kesalahannya sudah dilaporkan ke tim IT.",
               "Ada dua akun yang tersambung karena kesalahan. Sekarang sudah dipisahkan."]},
        {"p": ["Saya mau tutup akun dan hapus data saya.",
               "Tolong tutup akun saya, saya tidak mau jadi pelanggan lagi."],
         "s": ["Penutupan akun sudah saya proses, konfirmasinya dalam {days_w}.",
               "Permintaan hapus data sudah masuk dan data Kakak akan dihapus sesuai aturan. Konfirmasi via email."]},
        {"p": ["Kode OTP tidak masuk lewat SMS.",
               "Kode login tidak pernah sampai ke HP saya."],
         "s": ["Nomor lama Kakak masih terdaftar. Sudah saya perbarui, jadi OTP masuk ke nomor baru.",
               "Untuk sementara OTP saya alihkan ke email, silakan coba login lagi."]},
        {"p": ["Nama saya salah ketik di akun dan di invoice.",
               "Nama belakang saya salah di semua dokumen."],
         "s": ["Ejaan nama sudah diperbaiki di akun dan invoice berikutnya.",
               "Sudah diperbaiki. Invoice baru akan menampilkan nama yang benar."]},
        {"p": ["Saya gabungkan dua akun dan sekarang riwayat pesanan saya hilang.",
               "Semua pesanan lama saya hilang dari akun."],
         "s": ["Riwayat pesanan sudah saya pulihkan, tadi hanya tersembunyi setelah penggabungan.",
               "Riwayatnya sudah kembali. Tadi masih tertinggal di akun lama dan sudah saya pindahkan."]},
        {"p": ["Di akun tertulis saya bukan member lagi, padahal iuran tahunan sudah saya bayar tanggal {date}.",
               "Keanggotaan saya tertulis kedaluwarsa padahal sudah diperpanjang."],
         "s": ["Keanggotaan Kakak sudah aktif lagi, tadi ada kesalahan pencocokan pembayaran di sistem kami.",
               "Pembayaran Kakak tanggal {date} sudah ketemu, keanggotaan aktif sampai tahun depan."]},
        {"p": ["Saya mau tambahkan suami saya sebagai pemegang kartu tambahan.",
               "Istri saya bisa dapat kartu tambahan di akun saya?"],
         "s": ["Kartu tambahan sudah saya daftarkan, kartunya dikirim terpisah.",
               "Sudah ya, kartu tambahan sudah dipesan dan sampai dalam {days_w}."]},
        {"p": ["Aplikasinya bikin saya logout terus tiap beberapa menit.",
               "Saya terus-terusan ke-logout dari akun di aplikasi."],
         "s": ["Terlalu banyak sesi lama di akun Kakak. Sudah saya hapus, sekarang harusnya tetap login.",
               "Sesi aplikasinya sudah saya reset. Login sekali lagi, nanti akan tersimpan."]},
    ],
    "complaint": [
        {"p": ["Saya mau komplain soal perlakuan yang saya terima di toko {city} tanggal {date}.",
               "Cara saya dilayani di toko {city} tanggal {date} itu keterlaluan."],
         "s": ["Saya benar-benar mohon maaf. Sudah saya teruskan ke kepala toko dan saya beri kompensasi {amount2} ke akun Kakak.",
               "Komplainnya sudah saya catat ke kepala toko {city} untuk ditindaklanjuti, dan voucher {amount2} sudah masuk ke akun Kakak."]},
        {"p": ["{p} yang saya beli tanggal {date} rusak setelah dua minggu dan toko tidak mau terima kembali.",
               "{p} saya mati setelah dua minggu dan tokonya menolak tukar."],
         "s": ["Returnya sudah saya setujui, {p} bisa dibawa ke toko mana saja dan uangnya kembali penuh.",
               "Seharusnya diterima. Penukaran sudah saya setujui, semua toko bisa menukarnya."]},
        {"p": ["Saya sudah tiga kali dijanjikan ditelepon balik dan tidak ada yang telepon.",
               "Tidak ada yang pernah telepon balik, sudah tiga kali saya minta."],
         "s": ["Mohon maaf. Masalah awalnya sudah saya selesaikan sendiri, refund {amount} sedang diproses.",
               "Kasusnya saya ambil alih dan sudah beres: barang pengganti sudah dipesan dan sampai paling lambat {date2}."]},
        {"p": ["Petugas yang saya hubungi minggu lalu janji refund, tapi tidak ada kabar.",
               "Minggu lalu saya dijanjikan {amount} dikembalikan. Sampai sekarang belum."],
         "s": ["Sudah saya cek catatannya, refund yang dijanjikan minggu lalu sekarang sudah dibayarkan.",
               "Refund-nya sudah disetujui tapi belum dikirim. Sekarang sudah saya kirim, {amount} dalam {days_w}."]},
        {"p": ["Saya bayar {amount2} untuk garansi tambahan dan sekarang katanya perbaikannya tidak ditanggung.",
               "Buat apa garansi kalau {p} saya tidak mau diperbaiki?"],
         "s": ["Betul, garansinya menanggung ini. Perbaikan gratis sudah saya jadwalkan.",
               "Syarat garansinya sudah saya cek dan perbaikannya ditanggung. Penjemputan dijadwalkan {date2}."]},
        {"p": ["Di iklan harganya {amount2}, di toko jadi {amount}.",
               "Harga online dan di toko beda, saya bayar yang lebih mahal."],
         "s": ["Selisih antara harga iklan dan yang Kakak bayar sudah saya kembalikan.",
               "Kami mengikuti harga online kami sendiri, jadi selisihnya sudah dikembalikan ke kartu Kakak."]},
        {"p": ["Servis {p} saya sudah {days_w} lebih lama dari yang dijanjikan.",
               "{p} saya sudah berminggu-minggu di service center kalian."],
         "s": ["Keterlambatannya sudah saya eskalasi dan saya ganti dengan {p} baru.",
               "Servisnya sudah selesai dan pengiriman dijadwalkan {date2}, gratis ongkir."]},
        {"p": ["Teknisi pemasangnya meninggalkan kotoran dan lantai dapur saya jadi baret.",
               "Tim pemasangan kalian merusak lantai saya dan tidak bersih-bersih."],
         "s": ["Teknisinya akan datang lagi untuk memperbaiki kerusakan, biaya kami tanggung.",
               "Mohon maaf sekali. Klaimnya sudah dibuat dan mitra kami akan menghubungi untuk perbaikan lantai, gratis."]},
        {"p": ["Saya dapat {p} yang jelas bekas, baret di mana-mana.",
               "{p} yang katanya baru ada sidik jari dan baret, jelas bekas pakai."],
         "s": ["Dana penuh sudah saya kembalikan dan label retur sudah dikirim via email.",
               "{p} baru yang masih tersegel sedang dikirim, kurir akan membawa yang bekas."]},
        {"p": ["Saya sudah kirim tiga email soal masalah yang sama dan dapat tiga jawaban berbeda.",
               "Setiap saya email, jawabannya beda-beda."],
         "s": ["Ketiga email sudah saya baca dan kasusnya saya tutup dengan benar: {amount} dikembalikan penuh.",
               "Mohon maaf atas kebingungannya. Semua sudah saya beresin sekaligus: penukaran disetujui dan penjemputan {date2}."]},
        {"p": ["Toko kalian di {city} tutup lebih awal padahal saya datang khusus untuk ambil pesanan.",
               "Saya jauh-jauh ke toko {city} untuk ambil pesanan, ternyata tutup sejam lebih cepat."],
         "s": ["Mohon maaf. Sebagai gantinya saya atur pengiriman gratis ke rumah tanggal {date2}.",
               "Ongkir sudah saya gratiskan dan pesanannya diantar ke rumah besok."]},
        {"p": ["Saya mau komplain resmi soal cara retur saya ditangani.",
               "Proses retur kalian kacau dan saya mau itu dicatat."],
         "s": ["Komplain resminya sudah saya catat dan returnya diselesaikan, refund {amount} sedang diproses.",
               "Komplainnya sudah terdaftar dan returnya diselesaikan untuk kepentingan Kakak."]},
    ],
    "technical": [
        {"p": ["Aplikasinya force close setiap saya buka menu pesanan.",
               "Aplikasinya langsung keluar begitu saya tekan 'Pesanan Saya'."],
         "s": ["Kemarin ada bug di aplikasi. Kalau di-update ke versi terbaru, sudah normal lagi.",
               "Itu masalah di versi sebelumnya. Update-nya sudah keluar, silakan install dan akan lancar."]},
        {"p": ["Saya tidak bisa bayar di website, muncul 'error 502' terus.",
               "Halaman pembayaran selalu gagal dan muncul error."],
         "s": ["Halaman pembayaran sempat gangguan tadi pagi. Sekarang sudah normal dan keranjang Kakak masih tersimpan.",
               "Pembayarannya saya proses langsung dari sini, pesanannya sudah terkonfirmasi."]},
        {"p": ["{p} yang saya beli tidak bisa konek ke Wi-Fi.",
               "{p} baru saya tidak mau tersambung ke Wi-Fi."],
         "s": ["Coba tekan tombol reset sepuluh detik, di model ini biasanya beres. ... Nah, sudah tersambung.",
               "Perangkatnya butuh jaringan 2,4 GHz, bukan 5 GHz. Kalau pilih itu, langsung bisa. Sip, sudah online."]},
        {"p": ["Email konfirmasi pesanan saya tidak pernah masuk.",
               "Saya tidak dapat konfirmasi apa pun untuk pesanan saya."],
         "s": ["Konfirmasi pesanannya sudah saya kirim ulang ke email Kakak.",
               "Alamat email-nya ada salah ketik. Sudah saya perbaiki dan konfirmasinya dikirim ulang."]},
        {"p": ["Keranjang saya selalu kosong sendiri waktu checkout.",
               "Setiap mau bayar, keranjangnya kosong lagi."],
         "s": ["Masalah keranjang di akun Kakak sudah saya perbaiki, sekarang bisa checkout.",
               "Keranjang yang tersimpan rusak. Sudah saya reset, silakan masukkan barangnya lagi."]},
        {"p": ["Update software tadi malam bikin {p} saya tidak bisa nyala dengan benar.",
               "Sejak update, {p} saya restart terus-terusan."],
         "s": ["Update-nya sudah saya rollback dari jarak jauh, silakan nyalakan ulang.",
               "Ada perbaikan untuk update itu. Tekan tombol power 15 detik, nanti terpasang otomatis. ... Ya, sudah jalan."]},
        {"p": ["Invoice tidak bisa diunduh, PDF-nya kosong.",
               "File PDF invoice cuma halaman putih."],
         "s": ["Invoice sudah saya buat ulang, PDF-nya sudah ada di email Kakak.",
               "Filenya rusak di sistem kami. Sudah saya buat ulang dan kirim via email."]},
        {"p": ["Aplikasinya menolak kartu saya, katanya data tidak valid.",
               "Setiap tambah kartu di aplikasi selalu gagal."],
         "s": ["Di aplikasi masih tersimpan alamat penagihan lama. Sudah saya perbarui, sekarang kartunya bisa.",
               "Kartu lama yang sudah kedaluwarsa saya hapus, itu yang bikin error. Sekarang kartu baru bisa ditambahkan."]},
        {"p": ["Kode aktivasi {p} tidak bisa dipakai.",
               "Kode aktivasi di dalam kotak ditolak terus."],
         "s": ["Kode aktivasi baru sudah saya kirim lewat SMS.",
               "Kode dari batch itu bermasalah. Ini kode baru lewat email, sudah saya tes, berhasil."]},
        {"p": ["Notifikasi aplikasi masuk tiap lima menit.",
               "Aplikasinya spam notifikasi terus."],
         "s": ["Notifikasi tambahannya sudah saya matikan di pengaturan profil Kakak.",
               "Ada bug yang bikin notifikasi dobel. Sudah diperbaiki dan pengaturan notifikasi Kakak saya reset."]},
        {"p": ["{p} saya muncul kode error E4 dan mati sendiri setelah semenit.",
               "{p} saya terus muncul E4 lalu mati."],
         "s": ["E4 artinya filternya perlu dibersihkan. Setelah dibersihkan, akan normal lagi.",
               "Itu sensor panas berlebih. Bersihkan ventilasi di belakang, nanti normal lagi."]},
        {"p": ["Kode voucher {case} ditolak waktu checkout.",
               "Voucher diskon saya tidak bisa dipakai di website."],
         "s": ["Vouchernya terhubung ke akun yang salah. Sudah saya perbaiki, sekarang bisa dipakai.",
               "Vouchernya sudah saya pasang manual ke pesanan Kakak, diskonnya sudah masuk."]},
    ],
}

tone_neg = [
    "Ini sudah ketiga kalinya saya menghubungi soal ini.",
    "Jujur saya sudah capek banget.",
    "Saya sangat tidak puas.",
    "Ini benar-benar keterlaluan.",
    "Sepertinya tidak ada yang tahu harus berbuat apa.",
    "Saya sudah buang waktu seharian gara-gara ini.",
    "Saya kira {brand} lebih profesional.",
    "Terus terang ini tidak bisa diterima.",
    "Saya serius mempertimbangkan pindah ke toko lain.",
    "Saya kesal sekali, harusnya ini sudah beres dari kemarin-kemarin.",
    "Pelayanan kalian makin lama makin parah.",
    "Kenapa sih selalu ribet kalau urusan sama kalian?",
    "Saya capek dioper ke sana ke sini.",
    "Saya kecewa sekali, terus terang.",
    "Benar-benar berantakan.",
    "Kesabaran saya sudah habis.",
    "Bukan begini caranya memperlakukan pelanggan.",
    "Setiap urusan sama kalian pasti ada saja masalahnya.",
    "Tidak pernah ada yang menghubungi balik.",
    "Saya mau ini diselesaikan hari ini, bukan minggu depan.",
]
tone_pos = [
    "Saya sudah jadi pelanggan bertahun-tahun dan tidak pernah ada masalah, jadi mungkin ini cuma kebetulan.",
    "Rekan-rekan kalian selalu membantu, semoga ini gampang.",
    "Terima kasih sebelumnya!",
    "Tidak buru-buru kok, cuma mau kasih tahu.",
    "Omong-omong, toko baru di {city} bagus sekali.",
    "Pasti cuma salah paham kecil.",
    "Selain itu saya puas sekali dengan semuanya.",
    "Semoga harinya menyenangkan!",
    "Tahun lalu masalah serupa cepat sekali dibantu, semoga kali ini juga.",
    "Terima kasih banyak sudah mau cek.",
    "Barangnya sendiri bagus, cuma masalah ini saja.",
    "Saya tahu kalian sibuk, terima kasih sudah meluangkan waktu.",
    "Pelayanannya selama ini bagus, cuma masalah kecil ini.",
    "Makasih banyak, balasnya selalu cepat.",
    "Bukan masalah besar, cuma mau dibereskan saja.",
]
tone_neu = [
    "Bisa tolong dicek?", "Bisa dibantu?", "Saya harus bagaimana?", "Bisa dicek ada apa?", "Gimana cara mengatasinya?",
    "Mohon info harus bagaimana.", "Bisa dijelaskan apa yang terjadi?", "Saya ingin ini diselesaikan.",
    "Pilihannya apa saja?", "Tolong dibantu cek.", "", "", "", "Ada yang bisa dilakukan?",
    "Mohon kabarnya.", "Butuh data apa dari saya?",
]
repeat_neu = [
    "Saya sudah menghubungi soal ini tanggal {prevdate}.",
    "Beberapa hari lalu saya sudah bicara dengan rekan Anda soal ini.",
    "Ini lanjutan dari pesan saya tanggal {prevdate}.",
    "Tanggal {prevdate} katanya akan diselesaikan, tapi masih sama.",
    "Ini masalah yang sama dengan yang kemarin.",
    "Saya sudah telepon soal ini tanggal {prevdate}.",
    "Laporan saya tanggal {prevdate} sepertinya masih terbuka.",
    "Katanya akan dihubungi, tapi belum ada kabar.",
]
repeat_neg = [
    "Saya sudah menghubungi tanggal {prevdate} dan TIDAK ADA tindak lanjut sama sekali.",
    "Sudah kedua kalinya. Tidak ada yang telepon balik seperti yang dijanjikan.",
    "Tanggal {prevdate} saya dijanjikan ini akan beres. Ternyata tidak.",
    "Harus berapa kali saya jelaskan? Saya sudah menghubungi tanggal {prevdate}.",
    "Rekan Anda tanggal {prevdate} bilang semua sudah beres. Nyatanya tidak.",
    "Masalah yang sama lagi, dan lagi-lagi saya yang harus mengejar.",
    "Semua ini sudah saya jelaskan tanggal {prevdate}, apa tidak dicatat?",
    "Setelah kontak terakhir tidak ada yang menghubungi. Seperti biasa.",
]
wait_complaint = [
    "Akhirnya! Saya sudah nunggu lama sekali.",
    "Saya sudah menunggu lebih dari dua puluh menit baru tersambung.",
    "Tahu tidak berapa lama saya di antrean tadi?",
    "Setengah jam dengar musik tunggu, yang benar saja.",
    "Hampir saya tutup, nunggunya lama sekali.",
]

ask_c = [
    "Boleh dibantu {refname}-nya, Kak?",
    "Baik, boleh saya minta {refname}?",
    "Saya bantu cek. {refname}-nya berapa ya?",
    "Mohon maaf atas ketidaknyamanannya. Boleh konfirmasi {refname}?",
    "Baik, kita cek ya. Boleh kirimkan {refname}?",
    "Tentu. Pertama saya perlu {refname} dulu.",
    "Terima kasih penjelasannya. Apakah {refname} ada?",
    "Aduh, mohon maaf ya. {refname}-nya berapa, supaya bisa saya cari?",
    "Bisa saya bantu. Untuk {refname} yang mana?",
    "Baik. Untuk mencari datanya, boleh diinfokan {refname}?",
    "Terima kasih, {name}. Untuk verifikasi, {refname}-nya berapa?",
    "Mohon maaf. Kejadiannya kapan, dan {refname}-nya berapa?",
    "Tidak masalah, saya cek. Boleh diinformasikan {refname}?",
    "Baik, dimengerti. Mohon diinfokan {refname}.",
    "Seharusnya tidak begitu. Saya cari datanya dulu, {refname}-nya?",
    "Siap. Ada {refname}-nya?",
]
ask_r = [
    "{refname}.", "Nomornya?", "Saya perlu {refname}. Jelas.", "Ya sudah, kirim {refname}.",
    "Terus {refname}-nya? Tanpa itu saya tidak bisa apa-apa.", "Oke. {refname}?", "Ada {refname} atau tidak?",
    "Anda belum kasih {refname}. Saya perlu.", "{refname}. Cepat.", "{refname} saja, tidak usah cerita panjang.",
    "Ya. {refname}.", "Saya tidak bisa nebak. {refname}?", "Kirim {refname} dulu.", "Sudah cek {refname} belum?",
]
details = [
    "{ref}.", "Ini, {ref}.", "{ref}. Mulai tanggal {date}.", "Ini ya: {ref}.", "{ref}. Atas nama {fullname}.",
    "Kayaknya {ref}, sebentar... iya, betul.", "Harusnya {ref}.", "Oke, {ref}. Kejadiannya tanggal {date}.",
    "{ref}, atas nama {fullname}.", "{ref}. Email konfirmasinya juga ada kalau perlu.", "Iya, {ref}.",
    "Nomornya {ref}.", "Maaf, tadi cari dulu. {ref}.", "{ref}, dari tanggal {date}.",
]
hold_c = [
    "Terima kasih. Mohon ditunggu sebentar, saya cek dulu.", "Terima kasih, saya buka datanya.", "Baik, beri saya waktu semenit.",
    "Terima kasih, sedang saya cek.", "Oke, mohon tunggu sebentar ya.", "Saya bantu cek ya, Kak.",
    "Terima kasih {name}, saya cek di sistem.", "Siap, sebentar.", "Terima kasih, datanya sudah ketemu. Saya cek detailnya.",
    "Baik, mohon ditunggu.", "Terima kasih. Sedang saya cek di sistem, tidak lama.", "Oke, terima kasih. Mohon tunggu sebentar.",
]
hold_r = [
    "Tunggu.", "Sebentar.", "Dicek.", "Bentar.", "Oke, tunggu.", "Sedetik.", "Jangan tutup chat-nya.",
    "Tunggu, sistemnya lemot.", "Ya. Tunggu.", "Semenit. Jangan kirim pesan lagi.",
]
sol_pre_c = ["", "", "Terima kasih sudah menunggu.", "Baik, sudah ketemu.", "Terima kasih atas kesabarannya.",
             "Sudah saya cek ya.", "Kabar baik, Kak.", "Sudah saya periksa.", "Mohon maaf atas kendalanya.",
             "Terima kasih, saya sudah lihat masalahnya.", "Mohon maaf sekali.", "Sudah saya telusuri.", "Terima kasih, {name}.",
             "Baik, jadi begini."]
sol_pre_r = ["", "Oke.", "Ya.", "Sudah.", "Beres.", "Gampang kok sebenarnya.", "Ini bisa dilakukan sendiri di aplikasi.",
             "Ini sering terjadi.", "Baca email dari kami, semua sudah dijelaskan.", "Iya, iya."]
sol_post_c = ["Ada lagi yang bisa saya bantu?", "Ada hal lain yang bisa dibantu, Kak?", "Semoga membantu ya!",
              "Kalau ada kendala lagi, kabari saja.", "Sekali lagi mohon maaf atas ketidaknyamanannya.",
              "Konfirmasinya akan masuk ke email sebentar lagi.", "", "", "Semoga masalahnya beres ya!",
              "Kalau belum berhasil, silakan hubungi kami lagi.", "Terima kasih sudah menginformasikan.", "Sehat selalu, Kak!"]
sol_post_r = ["", "", "Sudah itu saja.", "Ada lagi?", "Lain kali cek aplikasi dulu.", "Semua ada di website.", "Oke?",
              "Cuma itu.", "Ya sudah."]

fail_callback_c = [
    "Mohon maaf, ini tidak bisa saya selesaikan dari sini, tapi {dept} sudah saya minta menelepon balik dalam {days_w}.",
    "Mohon maaf, saya tidak punya akses untuk itu. Rekan saya akan menghubungi paling lambat {date2}.",
    "Laporannya sudah saya buat, akan ada yang menghubungi dalam 2x24 jam.",
    "Sayangnya sistem belum bisa mengubah itu hari ini. Saya jadwalkan telepon balik besok.",
    "Saya perlu konfirmasi ke tim spesialis dulu. Nanti kami telepon begitu ada info.",
    "Detailnya belum terlihat. Sudah saya catat, kami akan hubungi paling lambat {date2}.",
    "Ini perlu persetujuan atasan saya. Nanti saya telepon balik setelah ada persetujuan.",
    "Untuk saat ini belum bisa saya selesaikan, mohon maaf. Dalam beberapa hari akan ada telepon dari kami.",
    "Sistem sedang gangguan. Kasusnya sudah saya catat dan nanti kami telepon balik.",
    "Semua detail sudah saya teruskan. Kakak akan ditelepon dalam {days_w}.",
]
fail_callback_r = [
    "Tidak bisa sekarang. Nanti ada yang telepon.", "Bukan bagian saya. Nanti ditelepon. Mungkin.",
    "Sistem error. Nanti ditelepon, tidak tahu kapan.", "Sudah dicatat. Tunggu telepon saja.",
    "Nanti ada yang hubungi. Sudah itu saja.", "Tidak kelihatan apa-apa. Tunggu ditelepon.",
]
fail_escalate_c = [
    "Mohon maaf, ini harus ke bagian komplain. Sudah saya eskalasi dan mereka akan menghubungi Kakak.",
    "Ini di luar wewenang saya, jadi sudah saya eskalasi ke supervisor dengan semua detailnya.",
    "Kasus Kakak sudah saya teruskan ke tim spesialis, nomor laporan {case}. Biasanya dibalas dalam {days_w}.",
    "Saya tidak bisa memutuskan refund sendiri, sudah saya teruskan ke back office.",
    "Sudah saya eskalasi sebagai prioritas. Mohon maaf belum bisa selesai hari ini.",
    "Sudah saya laporkan ke tim teknis, mereka akan cek. Untuk sekarang saya belum bisa berbuat lebih.",
    "Sayangnya tidak bisa saya perbaiki dari sini. Tiket sudah saya buat ke {dept}.",
    "Semua sudah saya teruskan ke atasan saya. Jawabannya akan dikirim tertulis.",
]
fail_escalate_r = [
    "Bukan wewenang saya. Sudah diteruskan.", "Dieskalasi. Laporan {case}. Sementara itu saja.", "Sudah dioper ke atas. Tunggu.",
    "Sudah di back office. Jangan tanya berapa lama.", "Sudah diteruskan. Saya tidak bisa apa-apa lagi.",
]
fail_transfer_c = [
    "Ini ditangani {dept}, saya sambungkan sekarang ya. Mohon maaf menunggu.",
    "Saya sambungkan ke rekan saya yang menangani hal ini.",
    "Saya alihkan ke {dept}, mereka punya akses untuk itu.",
    "Saya hubungkan ke tim spesialis kami, mohon jangan ditutup.",
    "Yang menangani ini {dept}. Saya sambungkan ya.",
]
fail_transfer_r = [
    "Salah bagian. Saya oper.", "Bukan di sini. Saya sambungkan.", "Itu {dept}. Tunggu.", "Saya sambungkan. Jangan ditutup.",
]
fail_nohelp_c = [
    'Mohon maaf sekali, tapi itu tidak bisa saya ubah. Kebijakannya tidak memungkinkan.',
    'Sayangnya untuk saat ini tidak ada yang bisa saya lakukan.',
    'delivery,complaint,billing::Mohon maaf, masa returnya sudah lewat, jadi tidak bisa diterima lagi.',
    'delivery,complaint,billing,technical::Mohon maaf, pesanannya tidak ditemukan di sistem kami. Bisa dicek lagi nomornya lalu hubungi kami kembali?',
    'billing,complaint,delivery::Saya paham ini menjengkelkan, tapi saya tidak bisa me-refund ini.',
    'Mohon maaf, hari ini saya belum punya jawabannya. Sebaiknya coba lagi akhir minggu ini.',
    'technical,account,card::Semua yang bisa saya lakukan dari sini sudah saya coba dan tetap tidak bisa. Mohon maaf.',
    'complaint,technical::Sayangnya garansi tidak menanggung jenis kerusakan ini.',
    'billing,card::Mohon maaf, saya tidak bisa melihat penyebabnya. Sebaiknya hubungi bank Kakak.',
    'Mohon maaf, saya tidak bisa memberi pengecualian.',
    'delivery,complaint::Stoknya habis dan saya belum tahu kapan ada lagi, mohon maaf.',
    'delivery::Mohon maaf, kami belum bisa berbuat apa-apa sampai investigasi kurir selesai.',
]
fail_nohelp_r = [
    'Tidak bisa diapa-apakan.',
    'Aturannya begitu. Tidak bisa ditawar.',
    'Tidak bisa. Maaf.',
    'delivery,complaint,billing::Ya, harusnya diretur tepat waktu.',
    'delivery,complaint,billing,technical::Pesanannya tidak ada. Cek lagi nomornya.',
    'Tidak. Kami tidak melayani itu.',
    'Saya tidak bisa bantu yang itu.',
    'Memang begitu. Coba lagi nanti.',
    'Aturan ya aturan.',
    'technical,account,card,complaint::Kalau tidak bisa ya tidak bisa. Saya tidak bisa berbuat banyak.',
]
blame_fix = [
    "Jujur, ini gudang lagi yang bikin kacau, bukan kami.",
    "Biar jelas ya, yang salah itu bagian tagihan, bukan saya.",
    "Ini salah kurirnya, mereka tidak pernah scan dengan benar.",
    "Back office yang bikin berantakan, seperti biasa.",
    "Begini jadinya kalau toko tidak meneruskan informasi.",
    "Tim IT yang merusak ini waktu update terakhir, tidak ada hubungannya dengan kami.",
    "Bagian retur harusnya sudah mengerjakan ini dari minggu-minggu lalu.",
    "Toko {city} yang salah input, kami yang harus beresin.",
    "Mohon maaf, gudang kami yang tertukar, itu tidak terlihat dari sini.",
    "Sayangnya kesalahan ada di bagian tagihan, barusan sudah saya perbaiki.",
    "Gudang lagi. Separuh dokumen selalu hilang di sana.",
]
blame_push = [
    "Itu salah gudang, bukan saya. Silakan urus ke mereka.",
    "Bagian tagihan yang bikin kacau, telepon mereka saja.",
    "Itu urusan kurir, bukan kami. Hubungi mereka.",
    "Yang jual kan tokonya, jadi toko yang harus beresin, bukan kami.",
    "Saya tidak tahu bagian tagihan itu mikir apa. Harus bicara langsung ke mereka.",
    "Itu kesalahan IT, bug mereka tidak bisa saya perbaiki.",
    "Bagian retur yang menghilangkan, bukan saya. Email mereka saja.",
    "Jujur, back office memang selalu begini.",
    "Siapa pun yang bicara dengan Anda kemarin kasih info salah. Bukan salah saya.",
    "Bagian kartu yang blokir, jadi tanya mereka, saya tidak punya akses.",
    "Gudang lagi. Telepon langsung ke sana.",
    "Mohon maaf, tapi ini kesalahan bagian tagihan dan hanya mereka yang bisa memperbaiki.",
    "Sayangnya bagian pengiriman yang salah, Kakak perlu menghubungi mereka langsung.",
]
FU_RES = [
    ("Berapa lama prosesnya?", "Biasanya {days_w}, sering lebih cepat."),
    ("Nanti dapat konfirmasi?", "Iya, konfirmasi akan masuk ke email dalam satu jam."),
    ("Saya perlu melakukan apa lagi?", "Tidak perlu, dari sisi Kakak sudah tidak ada yang perlu dilakukan."),
    ("Langsung kelihatan di akun?", "Bisa sampai satu hari baru muncul, tapi sudah beres."),
    ("Bisa dikirim tertulis?", "Iya, barusan sudah saya kirim ke email."),
    ("Jadi saya tidak perlu ke toko?", "Tidak perlu ke toko, semua sudah beres."),
    ("Nanti ada email-nya?", "Iya, email-nya masuk beberapa menit lagi."),
    ("Sudah pasti beres ya?", "Iya, sudah beres, di aplikasi juga kelihatan."),
    ("Struknya perlu disimpan?", "Disimpan saja untuk jaga-jaga, tapi semua sudah diproses."),
    ("Oke, tepatnya kapan?", "Paling lambat {date2}."),
]
FU_UNRES = [
    ("Terus saya harus bagaimana sekarang?", "Untuk sementara mohon tunggu telepon dari kami, semua sudah saya catat."),
    ("Terus berapa lama?", "Biasanya {days_w}, tapi saya tidak bisa janji tanggalnya."),
    ("Tidak bisa diproses sekarang saja?", "Mohon maaf, dari sini benar-benar tidak bisa."),
    ("Benar-benar tidak ada yang bisa bantu hari ini?", "Sudah saya tanyakan ke supervisor, tapi hari ini belum bisa disetujui."),
    ("Bisa bicara dengan atasan?", "Saya bisa minta supervisor menelepon balik, sudah saya catat di laporan."),
    ("Kali ini benar ditelepon?", "Iya, sudah saya tandai prioritas dan saya catat bahwa Kakak sudah pernah menghubungi."),
    ("Jadi saya cuma menunggu?", "Mohon maaf, iya. Nanti kami kabari."),
    ("Kalau tidak ada yang menghubungi?", "Silakan hubungi kami lagi dengan nomor laporan {case}, nanti kami tindak lanjuti."),
    ("Minimal boleh minta nomor laporan?", "Tentu, nomor laporannya {case}."),
    ("Kenapa tidak bisa diperbaiki sendiri?", "Sayangnya saya tidak punya akses ke sistem itu."),
    ("Terus sementara ini gimana?", "Untuk sementara belum ada lagi yang bisa saya lakukan, mohon maaf."),
]
fu_a_res_r = ["Ya.", "Kan sudah saya bilang, {days_w}.", "Ada di email.", "Tidak.", "Cek aplikasi.", "Ya, sudah. Tadi sudah saya bilang.",
              "Tergantung bank."]
fu_a_unres_r = ["Tunggu.", "Tidak.", "Tadi sudah saya bilang.", "Atasan tidak ada.", "Tidak tahu. Tanya mereka.",
                "Saya tidak bisa apa-apa, sudah saya bilang.", "Laporan {case}. Sudah."]
close_res_pos = ["Terima kasih banyak, mantap!", "Sip, sangat membantu, makasih!", "Wah cepat sekali. Terima kasih banyak!",
                 "Oke, terima kasih {agent}, semoga harinya menyenangkan!", "Terima kasih, saya sangat menghargainya.",
                 "Luar biasa, makasih sudah cepat beresin.", "Mantap, itu saja yang saya perlu. Makasih!",
                 "Kabar baik, terima kasih!", "Keren, makasih!", "Makasih, sangat membantu sekali.", "Sip, terima kasih banyak!",
                 "Terima kasih {agent}, pelayanannya bagus sekali.", "Mantap, terima kasih bantuannya!",
                 "Sempurna. Terima kasih lagi!", "Terima kasih, ternyata gampang."]
close_res_neu = ["Oke, terima kasih.", "Baik, terima kasih.", "Oke, makasih.", "Oke, paham.", "Baik, terima kasih ya.",
                 "Makasih.", "Oke, saya tunggu email-nya.", "Baik, dimengerti.", "Itu saja, terima kasih.", "Oke. Terima kasih.",
                 "Baik, makasih sudah dicek.", "Oke, besok saya cek.", "Baik.", "Makasih, cukup.", "Oke, dicatat."]
close_res_neg = ["Ya sudah. Lama banget.", "Oke. Harusnya tidak perlu sampai tiga kali hubungi.",
                 "Akhirnya. Semoga kali ini benar-benar beres.", "Ya. Saya percaya kalau uangnya sudah masuk.",
                 "Oke. Tapi harusnya ini tidak terjadi.", "Terserah, yang penting beres.", "Ya sudah. Tapi saya tidak terkesan.",
                 "Oke, tapi tolong dicatat ini berantakan.", "Dari tadi kek.", "Oke. Lain kali saya belanja di tempat lain.",
                 "Ya. Harusnya beres dari awal.", "Ya sudah, makasih.", "Kita lihat saja kali ini sampai atau tidak."]
close_unres_pos = ["Oke, tidak apa-apa, terima kasih sudah dicoba.", "Baik, tetap terima kasih.",
                   "Oke, saya tunggu. Terima kasih bantuannya.", "Baik, saya mengerti. Terima kasih.",
                   "Oke, terima kasih penjelasannya.", "Tidak masalah, saya tunggu kabarnya. Makasih!"]
close_unres_neu = ["Oke, saya tunggu teleponnya.", "Jadi saya harus telepon lagi. Oke.", "Baik, besok saya coba lagi.",
                   "Oke. Saya tunggu kabar dari mereka.", "Oh begitu. Saya hubungi mereka saja.", "Oke, berarti hari ini belum. Makasih.",
                   "Baik, minggu depan saya cek lagi.", "Oke, saya cari struknya dulu nanti saya hubungi lagi.", "Hmm, oke. Saya tunggu.",
                   "Ya sudah, nanti saya telepon lagi.", "Oke, paham.", "Saya coba nomor yang lain kalau begitu."]
close_unres_neg = ["Keterlaluan. Jadi masih belum beres.", "Bagus, jadi tidak ada yang selesai. Lagi.",
                   "Percuma. Harus telepon lagi nanti.", "Jadi satu jam terbuang sia-sia.", "Hebat. Makasih untuk tidak ada apa-apa.",
                   "Saya akan buat komplain soal ini.", "Ini tidak bisa diterima.", "Terus apa gunanya layanan ini?",
                   "Ya sudah. Saya bawa ke tempat lain.", "Selalu begini. Tidak ada yang bisa bantu.", "Lupakan saja.",
                   "Kalau sampai Jumat belum beres, akun saya tutup.", "Seperti biasa. Tidak ada yang mau tanggung jawab.",
                   "Saya tidak percaya ini.", "Buang-buang waktu saja."]
agent_close_res_c = ["Sama-sama, semoga harinya menyenangkan!", "Senang bisa membantu. Sehat selalu ya!", "Sama-sama Kak. Sampai jumpa!",
                     "Dengan senang hati, {name}. Selamat malam.", "Terima kasih sudah menghubungi {brand}. Sampai jumpa!",
                     "Sama-sama. Selamat berakhir pekan!", "Senang bisa bantu. Dadah!", "Terima kasih atas kesabarannya, {name}. Selamat siang.",
                     "Kapan saja, Kak. Sehat selalu.", "Terima kasih sudah menelepon, selamat siang."]
agent_close_unres_c = ["Sekali lagi mohon maaf belum bisa membantu lebih hari ini.", "Saya mengerti, dan mohon maaf. Selamat siang.",
                       "Terima kasih atas pengertiannya, {name}.", "Mohon maaf atas ketidaknyamanannya. Kami akan menghubungi.",
                       "Mohon maaf belum terselesaikan. Semoga harinya tetap menyenangkan.", "Terima kasih atas kesabarannya. Selamat siang."]
agent_close_r = ["Ya.", "Oke. Sudah.", "Ada lagi? Tidak? Oke.", "Ya sudah.", "Oke.", "Sudah ya.", "Itu saja.", "Berikutnya."]

fillers_c = ["eh,", "emm,", "jadi,", "anu,", "gini,", "apa ya,", "iya,"]
fillers_a = ["jadi,", "baik,", "oke,", "emm,", "nah,"]
backchannel_a = ["Hmm.", "Iya.", "Baik.", "Oke.", "Oh begitu.", "Iya, iya."]
backchannel_c = ["Iya.", "Hmm.", "Oke.", "Oh.", "He-eh."]
phone_drop = ["Halo? Halo, kedengaran tidak?", "Maaf, suaranya putus-putus...", "Halo? Masih di sana?",
              "Halo? Kayaknya sambungannya putus..."]
phone_hold_long = ["Saya tahan sebentar ya teleponnya.", "Boleh saya minta waktu sebentar?"]
chat_left = ["Pelanggan telah meninggalkan chat.", "Chat berakhir: pelanggan terputus."]
bot_hello = ["Hai! Saya Kes, asisten virtual {brand}. Kakak akan segera dihubungkan dengan agen kami.",
             "Selamat datang di chat {brand}. Agen kami akan segera membantu.",
             "Terima kasih atas pesannya! Mohon tunggu, kami sedang menghubungkan ke agen."]
sys_joined = ["{agent} bergabung ke chat.", "Kakak sekarang terhubung dengan {agent}."]

mail_c_greet = ["Halo,", "Selamat siang,", "Kepada Yth. Customer Service {brand},", "Dengan hormat,", "Halo tim {brand},",
                "Selamat pagi,", "Halo CS,", "Permisi,", ""]
mail_c_sign = ["Salam,\n{fullname}", "Terima kasih,\n{name}", "Hormat saya,\n{fullname}", "Thanks,\n{name}", "{name}",
               "Terima kasih atas perhatiannya,\n{fullname}", "{fullname}\n\nDikirim dari iPhone saya", "Salam, {name}",
               "Regards,\n{fullname}"]
mail_a_greet_c = ["Yth. {hon} {fullname},", "Halo {hon} {name},", "Dear {hon} {name},", "Halo Kak {name},", "Selamat siang {hon} {name},"]
mail_a_greet_r = ["Halo,", "Selamat siang.", "{name},", ""]
mail_a_open_c = ["Terima kasih atas email yang dikirimkan.", "Terima kasih telah menghubungi kami.",
                 "Terima kasih telah menghubungi customer service {brand}.",
                 "Terima kasih atas pesannya, dan mohon maaf atas ketidaknyamanannya.",
                 "Terima kasih atas kesabarannya selama kami melakukan pengecekan.", "Terima kasih atas informasinya.",
                 "Kami mohon maaf atas kendala yang dialami.", "Terima kasih atas email-nya dan mohon maaf atas keterlambatan balasan."]
mail_a_open_r = ["", "", "Terkait email Anda:", "Menanggapi pesan Anda:", "Email Anda sudah kami terima."]
mail_a_sign_c = ["Salam hangat,\n{agent}\nCustomer Service {brand}", "Hormat kami,\n{agent} | {brand} {city}",
                 "Terima kasih,\n{agent}\nTim Customer Care", "Salam,\n{agent}\n{brand}", "Sehat selalu,\n{agent}"]
mail_a_sign_r = ["{agent}", "Salam, {brand}", "CS", "--\n{agent}"]
mail_subject = {
    "delivery": ["Pesanan {order} belum sampai", "Masalah pengiriman", "Pesanan {order} tidak terkirim", "Barang salah kirim",
                 "Paket hilang"],
    "billing": ["Tagihan ganda", "Pertanyaan invoice {invoice}", "Refund belum masuk", "Tagihan salah", "Potongan di rekening saya"],
    "card": ["Masalah kartu", "Kartu terblokir", "Kartu hilang", "Kartu baru belum sampai", "Kartu ditolak"],
    "account": ["Akses akun", "Tidak bisa login", "Ganti alamat", "Akun terkunci", "Akun saya"],
    "complaint": ["Komplain", "Komplain resmi", "Sangat kecewa", "Komplain pelayanan toko", "Pelayanan buruk"],
    "technical": ["Aplikasi error", "Website error", "Masalah dengan {p}", "Kendala teknis", "Gagal checkout"],
}
reply_prefix = ["Re: ", "RE: ", "Balas: "]
quote_header = ["Pada {qdate}, {qname} <{qaddr}> menulis:", "Pada {qdate} {qname} menulis:"]

IP = {
    "delivery": [("Mau ambil pesanan {order}.", "Cust ambil pesanan {order}."),
                 ("Soal kiriman yang tidak pernah sampai.", "Kiriman {order} belum sampai, cek resi."),
                 ("Mau kembalikan barang yang salah kirim.", "Salah kirim, pesanan {order}."),
                 ("Mampir tanya pesanan saya di mana.", "Tanya status pesanan {order}."),
                 ("Perlu jadwal ulang pengiriman.", "Jadwal ulang pengiriman."),
                 ("Ambil paket yang dikirim ke toko.", "Ambil di toko.")],
    "billing": [("Datang karena ada tagihan yang salah.", "Komplain tagihan, invoice {invoice}."),
                ("Tanya refund {amount} saya.", "Refund {amount} belum masuk."),
                ("Tanya soal invoice.", "Pertanyaan invoice {invoice}."),
                ("Mau urus pembayaran ganda.", "Tagihan ganda {amount}."),
                ("Soal cicilan saya.", "Pertanyaan cicilan."),
                ("Minta salinan invoice.", "Minta salinan invoice.")],
    "card": [("Kartu saya terblokir.", "Kartu terblokir."), ("Perlu kartu pengganti.", "Kartu pengganti."),
             ("Mau ganti PIN.", "Reset PIN."), ("Kartu saya ditolak, jadi saya datang.", "Kartu ditolak di kasir."),
             ("Mau tutup kartu member.", "Tutup kartu member."), ("Tanya limit kartu.", "Pengajuan naik limit.")],
    "account": [("Mau ganti alamat.", "Ganti alamat."), ("Butuh bantuan masuk ke akun.", "Masalah login."),
                ("Mau ubah data saya.", "Ganti email/HP."), ("Mau tutup akun.", "Permintaan tutup akun."),
                ("Mau daftar member.", "Daftar member."), ("Akun saya terkunci.", "Akun terkunci.")],
    "complaint": [("Komplain {p} yang rusak.", "Komplain {p} rusak."),
                  ("Komplain karena retur saya ditolak.", "Komplain retur ditolak."),
                  ("Datang lagi soal masalah {p} saya.", "Kunjungan ulang soal {p}."),
                  ("Komplain soal layanan pengiriman.", "Komplain pengiriman."),
                  ("Mau komplain langsung.", "Komplain layanan."),
                  ("Karena email saya tidak pernah dibalas.", "Komplain email tidak dibalas.")],
    "technical": [("Aplikasinya tidak bisa dipakai.", "Masalah aplikasi."), ("Minta bantuan setting {p}.", "Bantu setting {p}."),
                  ("{p} saya error terus.", "Kode error {p}."), ("Tidak bisa bayar online.", "Pembayaran online gagal."),
                  ("Minta bantuan soal website.", "Masalah website."), ("{p} saya tidak bisa konek.", "Koneksi {p}.")],
}
ip_tone_neg = ["Sangat tidak puas.", "Sudah capek dengan masalah ini.", "Harusnya ini tidak terjadi.",
               "Sudah ketiga kalinya saya urus hal yang sama.", "Bukan yang saya harapkan dari {brand}.",
               "Masa harus ke toko untuk hal begini.", "Kesal dengan semua ini.", "Akhir-akhir ini kecewa sama {brand}.",
               "Jujur, ribet sekali.", "Menjengkelkan."]
ip_tone_neg_visit = ["Kunjungan yang mengecewakan.", "Buang waktu.", "Nunggu lama lalu pulang kesal.", "Pengalaman buruk.",
                     "Kunjungan terburuk sejak lama.", "Jujur, kacau.", "Keluar toko dengan marah.", "Buruk."]
ip_tone_pos = ["Kunjungan yang menyenangkan!", "Sangat puas.", "Pengalaman yang baik.", "Senang sekali, terima kasih.",
               "Pelayanan luar biasa.", "Nilai sempurna.", "Tidak bisa lebih baik lagi.", "Bagus sekali.", "Bintang lima.",
               "Senang sudah datang ke sini."]
ip_tone_pos_unres = ["Petugasnya ramah, walaupun belum selesai.", "Ramah seperti biasa.", "Tetap kunjungan yang menyenangkan.",
                     "Mereka sudah berusaha, terima kasih."]
ip_tone_neu = ["", "", "", "Oke.", "Biasa.", "Kunjungan oke.", "Tidak ada yang istimewa.", "Lumayan."]
ip_res = ["Beres dalam sepuluh menit.", "Semua sudah beres.", "Masalah selesai.", "Langsung diselesaikan di tempat.",
          "Langsung diperbaiki.", "Pulang dengan semua beres.", "Selesai sambil saya tunggu.", "Masalah terselesaikan."]
ip_unres = ["Masih belum beres.", "Tidak ada yang bisa bantu.", "Harus datang lagi minggu depan.", "Katanya nanti ada yang telepon.",
            "Disuruh pulang tanpa solusi.", "Masalahnya masih ada.", "Disuruh telepon call center saja.", "Tidak ada tindakan apa-apa.",
            "Masih menunggu."]
ip_staff_c = ["Petugasnya ramah.", "{agent} sangat membantu.", "Staf sangat sopan.", "Mbak di meja depan ramah sekali.",
              "Ramah dan sabar.", "Petugas meluangkan waktu untuk menjelaskan.", "Staf menyenangkan.", "Mas di konter sangat membantu."]
ip_staff_r = ["Petugasnya tidak sopan.", "Pegawainya ketus dan memutar mata.", "Staf sangat tidak ramah.",
              "Saya diperlakukan seperti pengganggu.", "Dia bahkan tidak lihat dari HP-nya.", "Stafnya cuek.",
              "Kasar dan tidak sabaran.", "Dibilang 'bukan urusan saya'.", "Dia menghela napas setiap saya bertanya."]
ip_blame = ["Mereka cuma bilang itu salah gudang.", "Stafnya menyalahkan kantor pusat.",
            "Katanya bagian tagihan yang salah dan saya disuruh telepon mereka.", "Katanya kurir yang salah, bukan mereka.",
            "Menyalahkan tim online."]
note_res = ["Selesai.", "Diselesaikan di tempat.", "Beres.", "Selesai, cust puas.", "Sudah diupdate di sistem.",
            "Beres, struk diberikan.", "Selesai, sudah dites bersama cust.", "Selesai di konter."]
note_unres = ["Belum selesai, dijadwalkan telepon balik.", "Dieskalasi ke back office.", "Diarahkan ke call center.",
              "Tidak bisa diselesaikan, cust kembali bawa struk.", "Tiket {case} dibuat.", "Diteruskan ke back office, cust sudah diinfokan.",
              "Dalam proses, cust akan dihubungi.", "Open."]
note_r = ["Cust rewel.", "Cust ngeyel, disuruh telepon call center.", "Buang 20 menit.", "Tidak bawa struk, seperti biasa.",
          "Bukan masalah kita.", "Cust komplain lagi.", "Disuruh baca S&K.", "Dibuat singkat."]
note_blame = ["Salah gudang, bukan kita.", "Salah bagian tagihan, cust diarahkan ke sana.", "Salah kurir.",
              "Kantor pusat bikin kacau lagi.", "Masalah tim online."]

ms_court_hi = ["Salam ramah, menyebut nama saya.", "Sangat sopan dan sabar dari awal sampai akhir.", "Nada hangat dan profesional.",
               "Petugas sopan dan meminta maaf atas ketidaknyamanan.", "Menyenangkan dan penuh perhatian.",
               "Tata krama sangat baik, mengucapkan terima kasih di akhir."]
ms_court_mid = ["Sopan tapi agak terburu-buru.", "Nada datar, kurang hangat.", "Oke, sempat tidak sabar sekali.",
                "Benar tapi kaku."]
ms_court_lo = ["Petugas ketus dan terdengar kesal.", "Tanpa salam, jawaban singkat.", "Cuek, memotong pembicaraan dua kali.",
               "Komentar sinis saat saya bertanya ulang.", "Tidak sopan, saya merasa mengganggu.", "Tidak sabar dan tidak ramah."]
ms_res_hi = ["Skenario diselesaikan dengan benar.", "Solusi jelas diberikan.", "Masalah selesai dalam satu kontak.",
             "Informasi benar, langkah berikutnya dijelaskan."]
ms_res_lo = ["Skenario tidak terselesaikan.", "Informasi yang diberikan salah.", "Disuruh menunggu telepon, tanpa solusi.",
             "Dioper tanpa jawaban."]
ms_wait_lo = ["Menunggu lama sebelum ada yang menjawab.", "Terlalu lama di antrean."]

SERVICE_WORD = "Customer Service"
HOLD_MARKERS = ["sebentar", "tunggu", "dicek", "saya cek", "semenit", "sedetik", "bentar"]
KEEP_CAPS = {"Kestrel", "HP", "TV", "Kak", "Kakak", "Bapak", "Ibu", "IT"}


def fmt_mail_date(t):
    return f"{t.day} {MONTHS[t.month - 1][:3]} {t.year} pukul {t.hour:02d}.{t.minute:02d}"
