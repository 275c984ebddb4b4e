TEXT = r"""
[greet_phone_c]
Selamat pagi, Meridian {city}, dengan {name}. Ada yang bisa saya bantu?
Selamat siang, Meridian cabang {city}, saya {name}. Ada yang bisa dibantu, Bapak/Ibu?
Halo, terima kasih sudah menunggu. Dengan {name}, ada yang bisa saya bantu?
Meridian {city}, dengan {name}, selamat siang.
Selamat sore, Meridian, saya {name}. Dengan Bapak atau Ibu siapa saya berbicara?
Halo, selamat pagi, Anda terhubung dengan {name} dari Meridian {city}.
Selamat siang, layanan pelanggan Meridian, {name} di sini. Ada yang bisa dibantu?
Meridian cabang {city}, selamat pagi, dengan {name}. Silakan.
Halo, mohon maaf menunggu lama. Saya {name}, ada yang bisa saya bantu?
Selamat pagi, Bapak/Ibu, dengan {name} dari Meridian. Bagaimana kabarnya?
Selamat siang, {name} dari cabang {city}. Ada keperluan apa hari ini?
Meridian, selamat sore, dengan {name}. Ada yang bisa saya bantu hari ini?
[greet_phone_r]
Meridian.
Ya, {name}. Ada apa?
Meridian {city}. Ya?
{name}. Mau apa?
Halo. Masalahnya apa?
Ya?
Meridian, {name}. Cepat ya, antrean panjang.
Ya, halo. Soal apa ini?
[greet_chat_c]
Halo, dengan {name} dari Meridian {city}. Ada yang bisa saya bantu?
Selamat pagi! Saya {name}. Ada yang bisa dibantu hari ini, Kak?
Halo Kak, terima kasih sudah menghubungi kami. Saya {name}, siap membantu.
Selamat siang, {name} dari tim {city} di sini. Ada kendala apa, Kak?
Halo, perkenalkan saya {name}. Saya akan membantu Anda hari ini.
Hai Kak, {name} di sini. Pesannya sudah saya baca, saya cek dulu ya.
Halo, terima kasih sudah menunggu. {name} dari Meridian, ada yang bisa dibantu?
Selamat sore Kak! Dengan {name}, silakan disampaikan keperluannya.
Halo, saya {name} dari layanan pelanggan. Ceritakan saja masalahnya ya.
Selamat datang di chat Meridian, saya {name}. Ada yang bisa saya bantu?
Hai, {name} dari Meridian {city}. Mohon ditunggu sebentar, saya bantu cek.
[greet_chat_r]
Halo. Mau apa?
{name}. Silakan.
Ya?
Keperluannya?
Masalahnya apa?
{name}. Singkat saja ya, chat saya banyak.
Sudah baca FAQ belum? Ya sudah, ada apa.
Ok. Apa.
[cust_hello]
Halo.
Selamat pagi.
Selamat siang.
Halo, Mbak.
Halo, Mas.
Permisi.
Halo kak.
Siang, min.
Assalamualaikum.
Halo, semoga bisa dibantu.
Selamat sore.
Pagi.
[neg_open]
Saya benar-benar sudah muak dengan ini.
Jujur saja, ini keterlaluan.
Ini sudah ketiga kalinya saya menghubungi soal ini.
Saya kesal sekali sekarang.
Saya tidak percaya harus mengurus hal yang sama lagi.
Pelayanan kalian parah sekali.
Setengah hari saya sudah terbuang gara-gara ini.
Ini benar-benar berantakan.
Saya capek terus-terusan mengejar kalian.
Maaf, tapi saya marah sekali.
Saya sudah nasabah bertahun-tahun dan ini keterlaluan.
Sepertinya tidak ada yang tahu apa yang mereka kerjakan.
Ini tidak bisa diterima.
Kesabaran saya sudah habis.
Saya sangat kecewa.
Kenapa sih urusan dengan kalian selalu ribet?
Sebenarnya ada apa dengan Meridian?
Saya kecewa berat, sumpah.
Masa begini terus pelayanannya?
[pos_open]
Semoga harinya menyenangkan ya.
Terima kasih sudah cepat mengangkat!
Kemarin saya dibantu dengan baik sekali, semoga kali ini juga.
Senang bisa langsung terhubung.
Terima kasih sebelumnya atas bantuannya.
Saya tahu Mbak sibuk, terima kasih sudah meluangkan waktu.
Saya sangat menghargai bantuannya.
Wah, terima kasih sudah cepat membalas.
Semoga sehat selalu ya!
Syukurlah bisa tersambung, terima kasih.
Di sini saya selalu dilayani dengan baik, makanya saya hubungi lagi.
[repeat_ref]
Saya sudah telepon soal ini hari {day}.
Hari {day} saya sudah datang ke cabang soal ini dan belum ada perubahan.
Hari {day} saya dibilang akan segera diurus.
Hari {day} dijanjikan akan ditelepon balik, tapi tidak ada.
Ini lanjutan dari chat saya hari {day}.
Saya sudah pernah menghubungi soal ini hari {day}.
Masalahnya sama seperti waktu saya telepon hari {day}.
Hari {day} katanya satu-dua hari beres.
[prob_billing]
Saya kena tagihan {amt} dua kali untuk transaksi yang sama tanggal {date}.
Ada biaya {amt} di mutasi saya yang saya tidak kenal.
Tagihan saya bulan ini {amt}, biasanya cuma sekitar {amt2}. Kenapa ya?
Saya sudah bayar tagihan tanggal {date} tapi masih tertulis belum lunas.
Saya kena denda keterlambatan {amt} padahal autodebet sudah jalan.
Kalian potong {amt} dari rekening saya, padahal layanannya sudah saya berhentikan bulan lalu.
Bisa tolong dijelaskan rincian tagihan {amt} tanggal {date}?
Saya dijanjikan refund {amt} paling lambat tanggal {date}, sampai sekarang belum masuk.
Ada potongan bulanan {amt} untuk asuransi yang tidak pernah saya daftar.
Autodebet bulan ini terpotong dua kali, masing-masing {amt}.
Di tagihan tertulis {amt}, padahal di kontrak {amt2} per bulan.
Kenapa saya dikenakan biaya {amt} untuk rekening koran cetak?
[prob_card]
Kartu saya yang berakhiran {card} ditolak di supermarket kemarin.
Sepertinya kartu saya hilang, yang akhiran {card}. Bisa diblokir?
Kartu baru saya belum sampai juga, dipesan tanggal {date}.
Kartu saya akhiran {card} tertelan di ATM tanggal {date}.
Ada transaksi {amt} di kartu akhiran {card} yang bukan saya yang lakukan.
PIN saya tidak bisa dipakai sejak saya ganti tanggal {date}.
Kartu {card} saya habis masa berlakunya bulan ini dan penggantinya belum ada.
Fitur tap/contactless di kartu {card} tidak berfungsi lagi.
Saya tidak bisa bayar online pakai kartu {card}, selalu gagal.
Kartu akhiran {card} terblokir dan saya tidak tahu kenapa.
Saya mau naikkan limit harian kartu, sekarang cuma {amt}.
Ada yang pakai kartu {card} saya di luar negeri, padahal saya tidak pernah ke sana.
[prob_account]
Saya perlu ganti alamat di rekening, saya pindah tanggal {date}.
Saya tidak bisa masuk ke akun, katanya terkunci.
Saya mau menutup rekening tabungan akhiran {acct}.
Kenapa ada dana tertahan {amt} di rekening {acct} saya?
Saya butuh rekening koran untuk rekening {acct}, untuk pengajuan KPR.
Nama saya salah eja di rekening dan itu bikin masalah.
Saya mau menambahkan istri saya ke rekening {acct}.
Gaji saya {amt} seharusnya masuk tanggal {date}, tapi belum kelihatan.
Saya perlu ganti nomor HP yang terdaftar di rekening.
Saldo rekening {acct} kurang {amt} dari yang seharusnya.
Saya mau buka rekening bersama, syaratnya apa saja?
Transfer {amt} yang saya kirim tanggal {date} tidak sampai ke penerima.
[prob_delivery]
Saya pesan router baru, nomor pesanan {order}, sampai sekarang belum datang.
Di pelacakan {order} tertulis sudah diterima, tapi saya tidak menerima apa-apa.
Kurirnya harusnya datang tanggal {date}, tapi tidak ada yang datang.
Pesanan {order} datang dalam keadaan rusak, kardusnya penyok parah.
HP yang saya terima salah, pesanan {order} itu model lain.
Kapan pesanan {order} sampai? Sudah {n} hari.
Kartu SIM pengganti, pesanan {order}, dikirim ke alamat lama saya.
Pesanan {order} cuma datang sebagian, yang ada cuma chargernya.
[prob_complaint]
Saya mau komplain resmi soal perlakuan terhadap saya tanggal {date}.
Tanggal {date} saya dijanjikan ditelepon balik, tapi tidak pernah ada.
Sudah {n} hari saya dioper dari satu bagian ke bagian lain.
Petugas di cabang bilang begini, surat dari kalian bilang lain.
Terakhir kali saya menunggu {mins} menit di telepon lalu terputus.
Saya mau komplain soal biaya {amt}, tidak ada yang memberi tahu sebelumnya.
Saya sudah kirim tiga email soal tiket {ticket} dan tidak pernah dapat jawaban jelas.
Petugas kalian tanggal {date} kasar sekali ke ibu saya.
[prob_technical]
Aplikasinya selalu keluar sendiri waktu saya mau login.
Internet saya putus-putus tiap malam sejak tanggal {date}.
Saya tidak menerima kode OTP lewat SMS.
Internet banking error setiap saya mau transfer.
HP saya tidak ada sinyal di rumah sejak tanggal {date}.
Aplikasinya bilang HP saya sudah tidak didukung.
Kecepatan internet saya cuma sepersepuluh dari paket yang saya bayar.
Token untuk internet banking cuma menampilkan error.
Saya tidak bisa aktivasi aplikasi di HP baru, terus minta kode.
Kotak suara saya tidak berfungsi sejak pembaruan tanggal {date}.
[prob_other]
Saya cuma mau tanya jam buka selama libur akhir tahun.
Dokumen apa saja untuk buka rekening atas nama anak saya?
Masih ada rekening koran cetak tidak ya?
Bisa buat janji dengan customer service untuk minggu depan?
Cabang {city} ada ATM baru tidak? Yang lama sudah dibongkar.
Saya mau info suku bunga tabungan.
Bagaimana cara daftar aplikasi yang baru?
Bisa setor uang koin di teller?
[ask_c]
Baik, boleh saya minta nomor nasabahnya dulu?
Baik, bisa dikonfirmasi tanggal lahirnya?
Saya cek dulu ya. Rekening yang mana, Bapak/Ibu?
Terima kasih. Kira-kira mulai kapan masalahnya?
Tentu. Boleh disebutkan empat digit terakhir kartunya?
Tidak masalah. Ada nomor referensinya?
Saya cek ya. Kode pos yang terdaftar berapa?
Saya buka datanya sekarang. Rekening akhiran {acct}, betul?
Baik. Untuk memastikan, itu tanggal {date}?
Oke. Aplikasinya sudah dicoba ditutup dan dibuka ulang?
Mohon ditunggu sebentar, saya periksa dulu ya.
Baik. Nominal persisnya berapa?
Terima kasih penjelasannya. Dikirim ke alamat mana?
Begitu. Ada pesan error yang muncul?
Baik. Untuk verifikasi, boleh sebutkan nama lengkap?
Oke. Kartunya masih dipegang?
Saya bantu cek ya, sebentar.
Terima kasih. Ini rekening giro atau tabungan?
Baik. Status di pelacakan sekarang apa?
Bisa saya bantu. Boleh dikonfirmasi alamat emailnya?
[ask_r]
Nomor?
Nomor nasabah. Cepat.
Tanggal lahir.
Rekening yang mana? Saya tidak bisa menebak.
Terus? Maunya saya ngapain?
Yang jelas dong.
Sudah dicoba restart belum sih?
Nomor referensi. Ada di surat, dibaca tidak suratnya?
Nomor kartu, empat digit terakhir.
Tunggu.
Jawab saja pertanyaannya, kartu yang mana?
Sudah baca FAQ? Semua ada di situ.
Saya perlu tanggalnya. Tahu atau tidak?
Kode pos.
Lama tidak ini? Antrean saya panjang.
[detail_billing]
{amt} tanggal {date}, terus di bawahnya ada lagi yang sama persis.
Keterangannya cuma BIAYA LAYANAN, {amt}.
Rekening akhiran {acct}. Autodebetnya tanggal {date}.
Suratnya ada di sini, tertulis {amt}, nomor {ticket}.
Biasanya {amt2}, sekarang {amt}. Saya tidak ada perubahan apa-apa.
[detail_card]
Akhiran {card}. Kartunya masih ada, ini saya pegang.
Empat digit terakhir {card}. Terakhir bisa dipakai tanggal {date}.
Akhiran {card}. Di toko katanya 'ditolak oleh bank penerbit'.
Transaksinya {amt} ke toko online yang saya tidak kenal.
Saya pesan tanggal {date}, katanya lima hari kerja.
[detail_account]
Rekening akhiran {acct}. Alamat baru sudah ada di formulir yang saya kirim.
Akhiran {acct}. Saya pindah tanggal {date}.
Cuma muncul 'akun terkunci, hubungi cabang Anda'.
Transfernya {amt} tanggal {date}, referensi {ticket}.
Tanggal lahir saya sudah terdaftar, rekening {acct}.
[detail_delivery]
Pesanan {order}. Sejak tanggal {date} statusnya 'sedang diantar'.
Nomor pesanannya {order}, saya sudah bayar {amt}.
{order}, dan di resinya kurir bilang sudah datang tanggal {date}, padahal saya di rumah.
Iya {order}. Pelacakannya tidak bergerak sudah {n} hari.
[detail_complaint]
Nomor tiketnya {ticket}. Saya telepon tanggal {date}.
Tanggal {date}, di teller, soal KPR saya.
Referensi {ticket}. Semua email saya simpan.
Saya tunggu {mins} menit, lalu teleponnya mati begitu saja.
[detail_technical]
HP Android, baru update minggu lalu. Errornya 'sesi telah berakhir'.
Sejak tanggal {date}, setiap malam sekitar jam delapan.
Sudah saya restart tiga kali. Tetap sama.
Kode errornya E-{n}04. Sudah coba pakai wifi dan data seluler.
Router yang dikirim waktu itu, semua lampunya menyala.
[detail_other]
Untuk anak saya, umurnya enam belas.
Cuma untuk informasi saja sih.
Minggu depan, Selasa atau Rabu kalau bisa.
Saya tanya untuk bapak saya, beliau tidak pakai internet.
[detail_generic]
Iya, betul.
Iya, yang itu.
Benar.
Iya, {acct}.
Tanggal {date} kalau tidak salah. Iya, {date}.
Nomor nasabah? Sebentar... iya, ada di surat.
Betul yang itu.
Iya, ada di sini.
[neg_mid]
Masih lama tidak?
Saya sudah jelaskan dua kali.
Tolong langsung dibereskan saja.
Masa saya harus terus mengejar kalian.
Setiap kali ceritanya sama.
Kenapa tidak ada yang mencatat sih?
Saya sudah menunggu lama sekali.
Saya tidak punya waktu seharian.
Petugas sebelumnya juga bilang begitu.
Jujur, harusnya ini dua menit selesai.
Kalian tidak pernah mendengarkan.
Saya tidak mau bayar untuk kesalahan kalian.
[ack_c]
Terima kasih sudah menunggu.
Baik, sudah kelihatan.
Oke, sudah saya temukan.
Terima kasih, itu membantu.
Saya sudah cek.
Rekeningnya sudah saya periksa.
Oh, saya lihat masalahnya.
Terima kasih atas kesabarannya.
Baik.
Sudah saya telusuri.
Oke.
Jadi begini.
[fix_billing]
Tagihan kedua {amt} itu dobel. Sudah saya batalkan, dananya kembali dalam dua-tiga hari kerja.
Biaya {amt} itu seharusnya tidak dikenakan. Sudah saya kembalikan ke rekening.
Tagihannya lebih tinggi karena ada penyesuaian sekali. Sudah saya koreksi, jadi {amt2}.
Pembayaran tanggal {date} sudah kelihatan. Tagihan sudah saya tandai lunas dan pengingatnya dihapus.
Denda {amt} sudah saya hapus, autodebetnya memang tepat waktu.
Layanan itu sudah berhenti, jadi {amt} sudah saya refund dan potongan berikutnya dihentikan.
Refund {amt} baru saja diproses, besok sudah masuk.
Asuransinya sudah saya hapus dan {amt} dikembalikan.
[fix_card]
Kartu akhiran {card} sudah saya buka blokirnya, bisa langsung dipakai.
Kartu {card} sudah diblokir dan kartu baru sudah dipesan, sampai dalam lima hari kerja.
Kartu baru sudah dikirim, nomor resi {order}.
Kartu yang tertelan sudah dinonaktifkan dan penggantinya sedang dikirim.
Transaksi {amt} sudah saya ajukan sanggahan dan dananya dikembalikan sementara.
PIN sudah saya reset, surat PIN baru datang dua-tiga hari lagi.
Kartu pengganti sudah dikirim, paling lambat tanggal {date} sampai.
Fitur contactless ternyata nonaktif. Sudah saya aktifkan lagi.
Transaksi online untuk kartu {card} sudah saya aktifkan, silakan dicoba lagi.
Limit harian sudah dinaikkan sesuai permintaan, berlaku sekarang.
[fix_account]
Alamat sudah saya perbarui, nanti ada surat konfirmasi.
Akun sudah saya buka kuncinya. Silakan login dengan kata sandi biasa.
Rekening tabungan {acct} sudah ditutup dan saldonya dipindah ke rekening utama.
Dana tertahan {amt} itu otorisasi kartu. Sudah saya lepaskan.
Rekening koran untuk {acct} sudah saya kirim lewat email.
Ejaan nama sudah saya perbaiki, kartu baru akan tercetak benar.
Gaji {amt} sudah masuk tadi pagi, terlambat dari bank pengirim.
Nomor HP sudah diganti, nanti ada SMS konfirmasi.
Transfer {amt} ternyata dikembalikan. Sudah saya kirim ulang dengan data yang benar.
[fix_delivery]
Saya sudah cek ke kurir, pesanan {order} diantar besok sebelum jam dua belas.
Saya sudah pesan pengganti untuk {order} tanpa biaya, yang rusak tidak perlu dikembalikan.
Jadwal pengiriman baru sudah saya atur tanggal {date}, antara jam delapan sampai satu.
Model yang benar sudah dikirim, kurir sekalian ambil yang salah.
Pesanan {order} sudah saya alihkan ke alamat baru.
Bagian yang kurang dari {order} dikirim terpisah, resi menyusul lewat SMS.
[fix_complaint]
Komplainnya sudah saya catat dengan nomor {ticket} dan ada kompensasi {amt}.
Biayanya sudah saya hapus dan ada catatan di akun supaya tidak terulang.
Saya sudah bicara dengan supervisor, telepon balik dijadwalkan besok jam sepuluh.
{amt} sudah dikembalikan dan masukannya saya teruskan ke kepala cabang.
Betul, itu kesalahan kami. Sudah saya perbaiki dan {amt} dikembalikan.
Tiket lama sudah saya tutup dan masalahnya langsung saya selesaikan.
[fix_technical]
Ada gangguan di jaringan. Sudah saya reset dari sini, harusnya sudah stabil.
Nomor Anda sudah saya daftarkan ulang untuk OTP, silakan dicoba.
Tolong update aplikasinya ke versi terbaru, bug itu sudah diperbaiki kemarin. Login juga sudah saya reset.
Saya kirim konfigurasi baru ke router, tunggu lima menit sampai menyala ulang.
Perangkatnya terblokir setelah update. Sudah saya buka, aplikasi bisa diaktivasi sekarang.
Pengaturan jaringan sudah saya reset dari sini, silakan restart HP-nya.
Transaksi online sudah saya buka, tadi terblokir otomatis karena HP baru.
[fix_other]
Kami buka Senin-Jumat jam delapan sampai tiga, Sabtu sampai jam dua belas.
Perlu akta kelahiran, KK dan KTP orang tua, anaknya juga ikut datang.
Iya, rekening koran cetak gratis sebulan sekali. Sudah saya aktifkan.
Sudah saya jadwalkan Selasa jam sebelas dengan customer service.
Info suku bunga terbaru sudah saya kirim lewat email.
[fix_r_add]
Sudah.
Nah. Beres.
Sudah. Lain kali cek aplikasi dulu.
Sudah, cuma dua detik, sebenarnya bisa sendiri.
Beres. Ada lagi atau sudah?
Ya sudah, selesai.
Sudah. Semua ada di surat.
Nih. Berikutnya.
Sudah, beres. Jangan jadi kebiasaan ya.
Sudah diperbaiki. Jelas.
[nofix_cb]
Itu tidak bisa saya ubah dari sini, tapi tim terkait akan menelepon balik dalam dua hari kerja.
Sudah saya buat kasus {ticket}. Bagian tagihan akan menghubungi paling lambat tanggal {date}.
Ini perlu dicek rekan saya. Besok Bapak/Ibu akan ditelepon.
Riwayat lengkapnya tidak bisa saya lihat. Sudah saya jadwalkan telepon balik.
Sistemnya tidak bisa memproses perubahan hari ini. Saya jadwalkan telepon balik hari Senin.
Semua sudah saya catat. Nanti ditelepon balik dalam 48 jam.
Saya perlu cek dulu dengan tim, nanti saya telepon balik.
Mohon maaf, belum bisa diselesaikan sekarang. Sudah saya ajukan telepon balik, nomor {ticket}.
[nofix_esc]
Ini harus ke pusat kartu, sudah saya eskalasi dengan nomor {ticket}.
Ini di luar wewenang saya, saya teruskan ke atasan.
Sudah saya eskalasi ke tim teknis. Prosesnya bisa sampai sepuluh hari kerja.
Keputusannya di tim penanganan keluhan. Semua sudah saya teruskan, nomor {ticket}.
Sudah saya teruskan ke back office. Mohon maaf, saya belum bisa kasih kepastian tanggal.
Sudah saya kirim ke kantor pusat untuk ditinjau. Jawabannya nanti lewat surat.
[nofix_none]
Mohon maaf, dari sisi kami tidak terlihat ada kesalahan.
Sayangnya untuk biaya itu saya tidak bisa berbuat apa-apa.
Mohon maaf, itu sudah ketentuan, tidak bisa direfund.
Mohon maaf, sistem sedang gangguan, hari ini saya tidak bisa mengubah apa pun.
Pesanannya tidak bisa saya temukan. Harus menunggu update dari kurir.
Mohon maaf, saya tidak punya akses ke sana. Coba lagi akhir minggu ini.
Sayangnya kurir belum memberi informasi apa pun.
Mohon maaf, transaksi itu tidak bisa dibatalkan.
[nofix_r]
Tidak bisa diapa-apakan.
Bukan urusan saya. Telepon lagi nanti.
Ya memang begitu. Di sistem benar kok.
Ya tunggu saja seperti yang lain.
Begini ya, itu tidak bisa saya perbaiki. Coba di aplikasi.
Tidak. Aturannya begitu.
Tidak tahu. Kirim email saja.
Nanti juga beres sendiri. Atau tidak.
Hari ini tidak bisa. Telepon besok.
Kalau baca syarat dan ketentuan pasti tahu itu tidak bisa direfund.
Paketnya di mana saya tidak tahu. Tanya kurirnya.
Itu saya tidak bisa bantu. Ada lagi?
Ya sudah, memang begitu.
Coba lagi minggu depan.
[nofix_tr]
Itu tidak bisa saya tangani di sini, saya sambungkan ke tim kartu ya. Mohon tunggu.
Saya sambungkan ke bagian tagihan, mereka bisa lihat lebih detail.
Saya alihkan ke bantuan teknis, mohon tetap di saluran.
Saya teruskan ke rekan saya di tim keluhan.
[blame]
Jujur saja, itu kesalahan pusat kartu, bukan kami.
Itu kantor pusat yang salah, kami cuma kena imbasnya.
Back office yang salah input, bukan cabang kami.
Itu kurirnya, memang payah. Tidak ada hubungannya dengan kami.
Itu gara-gara IT waktu update kemarin, bukan kami.
Itu ulah bagian pembayaran, kami cuma kebagian komplainnya.
Bukan kami, itu sistem tagihan pusat lagi.
Bagian lain selalu begitu, kami yang harus beresin.
Itu dari bagian penagihan, mereka tidak pernah cek apa-apa.
Kantor pusat ganti aturan tanpa kasih tahu kami.
Call center yang kasih info salah, bukan cabang.
[canned]
Terima kasih telah menghubungi Meridian. Untuk pertanyaan seputar {topic_word}, silakan kunjungi halaman bantuan kami di meridian.example/bantuan. Semoga informasi ini membantu.
Terima kasih atas pesan Anda. Permintaan Anda sudah tercatat. Sebagian besar pertanyaan terjawab di FAQ kami. Email ini tidak menangani kasus perorangan.
Terima kasih telah menghubungi kami. Silakan gunakan formulir kontak di aplikasi agar permintaan dapat diproses.
Terima kasih atas email Anda. Saat ini jumlah permintaan sangat tinggi. Silakan cek pusat bantuan kami.
Email Anda sudah kami terima dan akan menjadi bahan pertimbangan. Tidak ada tindakan lebih lanjut yang diperlukan.
Nasabah yang terhormat, demi keamanan kami tidak dapat membahas detail rekening lewat email. Silakan datang ke cabang terdekat.
[cust_thanks]
Mantap, terima kasih banyak.
Terima kasih sudah dibereskan.
Sip, itu saja yang saya perlu.
Alhamdulillah, lega. Terima kasih.
Terima kasih, sangat membantu.
Oke, makasih ya.
Siap, terima kasih.
Wah, terima kasih banyak atas bantuannya.
Makasih banyak, selamat siang.
Bagus sekali, terima kasih.
Oke sip, makasih kak.
Oh syukurlah. Terima kasih!
Cepat sekali, terima kasih.
Baik, berarti sudah beres ya. Terima kasih.
[cust_thanks_neg]
Akhirnya. Lama sekali.
Oke. Tapi harusnya tidak perlu telepon tiga kali.
Ya sudah. Memang sudah waktunya.
Semoga kali ini benar-benar beres.
Oke, tapi harusnya ini tidak terjadi.
Ya setidaknya beres. Tapi saya tetap kecewa.
Oke. Nanti saya cek mutasinya.
Oke. Beres, tapi saya masih kesal.
[cust_unres_neg]
Jadi intinya tidak ada. Luar biasa.
Begitu saja? Tidak bisa apa-apa?
Bagus, jadi nunggu lagi. Hebat.
Percuma. Saya mau pindah bank saja.
Kalau begitu saya komplain resmi.
Seperti biasa. Tidak ada yang bisa bantu.
Jadi saya telepon sia-sia.
Itu sudah pernah saya dengar.
Hebat. Seminggu lagi begini.
Jujur, ini tidak cukup.
Sudahlah, saya capek.
Bercanda ya? Terima kasih untuk tidak ada apa-apa.
[cust_unres_neu]
Oke, saya tunggu teleponnya.
Baik, saya pantau saja.
Oke, terima kasih.
Ya sudah, nanti saya coba lagi.
Oke. Bisa kirim nomor referensinya lewat SMS?
Baiklah. Saya tunggu.
Oke, paham.
Begitu ya. Terima kasih sudah dicek.
[cust_bye]
Dah.
Makasih, dah.
Selamat siang.
Oke, makasih.
Wassalamualaikum.
Terima kasih. Sampai jumpa.
[close_c]
Ada lagi yang bisa saya bantu?
Sama-sama. Semoga harinya menyenangkan.
Terima kasih sudah menghubungi Meridian, selamat siang.
Senang bisa membantu. Sampai jumpa.
Kalau ada apa-apa lagi, silakan hubungi kami.
Sama-sama, Bapak/Ibu. Selamat sore.
Ada lagi hari ini?
Baik, selamat siang.
Terima kasih atas kesabarannya. Selamat beraktivitas.
Sama-sama, Kak.
Sudah saya catat di akun. Selamat siang.
Sekali lagi mohon maaf atas ketidaknyamanannya.
[close_r]
Ya. Dah.
Ada lagi? Tidak? Dah.
Oke. Berikutnya.
Sudah ya.
Dah.
Selesai.
Ya.
Oke, saya harus lanjut, nasabah lain banyak.
[wait_comp]
Saya sudah menunggu {mins} menit baru dijawab.
Akhirnya! {mins} menit antre.
Tahu tidak saya menunggu berapa lama? {mins} menit.
Hampir saya tutup, {mins} menit menunggu.
[em_agent_hi]
Yth. Bapak/Ibu {cname},
Halo {cfirst},
Dengan hormat,
Selamat siang Bapak/Ibu {cname},
Kepada nasabah yang terhormat,
Halo,
[em_agent_body_open]
Terima kasih atas email Anda.
Terima kasih sudah menghubungi kami.
Terima kasih atas informasinya.
Terima kasih atas kesabarannya, sudah kami periksa.
Kami mohon maaf atas ketidaknyamanan ini.
Terima kasih telah menulis kepada kami.
[em_agent_sign]
Salam hormat,\n{name}\nMeridian {city}
Hormat kami,\n{name}\nLayanan Nasabah Meridian {city}
Salam,\n{name}
Terima kasih,\n{name} | Meridian cabang {city}
Salam\n{name}
[em_cust_hi]
Selamat siang,
Halo,
Dengan hormat,
Kepada Yth. Meridian,
Selamat pagi,
Halo admin,
[em_cust_sign]
Terima kasih,\n{cfirst}
Salam,\n{cfull}
{cfirst}
Hormat saya,\n{cfull}
Makasih,\n{cfirst}
Salam\n{cfirst}\nDikirim dari HP Samsung
[subj_billing]
Tagihan dobel
Pertanyaan soal tagihan
Biaya tidak sesuai
Refund belum masuk
[subj_card]
Masalah kartu
Kartu ditolak
Kartu hilang
Kartu baru belum sampai
[subj_account]
Ganti alamat
Akun terkunci
Pertanyaan rekening
Dana belum masuk
[subj_delivery]
Pesanan {order}
Pesanan saya di mana?
Masalah pengiriman
[subj_complaint]
Komplain
Keluhan resmi
Komplain tiket {ticket}
[subj_technical]
Aplikasi error
Internet bermasalah
Kendala teknis
[subj_other]
Pertanyaan
Mohon info
Jam operasional
[bot_hello]
Halo! Saya Meri, asisten virtual Meridian. Ada yang bisa saya bantu?
Selamat datang, saya asisten Meridian. Silakan jelaskan pertanyaan Anda secara singkat.
Selamat datang di chat Meridian. Pertanyaannya tentang apa?
[bot_handover]
Terima kasih. Saya sambungkan ke petugas kami sekarang.
Mohon tunggu, petugas akan segera bergabung.
Saya teruskan ke rekan kami. Waktu tunggu saat ini beberapa menit.
[bot_fail]
Maaf, saya belum mengerti. Saya carikan petugas ya.
Sepertinya saya tidak bisa membantu untuk itu. Saya sambungkan ke petugas.
[tnoun_billing]
tagihan dobel
biaya bermasalah
tagihan tinggi
refund belum masuk
[tnoun_card]
kartu ditolak
kartu hilang
kartu baru
kartu terblokir
[tnoun_account]
ganti alamat
akun terkunci
rekening koran
transfer hilang
[tnoun_delivery]
paket hilang
pengiriman terlambat
barang rusak
[tnoun_complaint]
komplain
janji telepon balik
[tnoun_technical]
aplikasi error
internet putus
OTP tidak masuk
[tnoun_other]
pertanyaan umum
janji temu
informasi
[note_res_c]
{what}, selesai di counter.
{what} - beres, nasabah puas.
Bantu {what}. Selesai.
{what}: selesai, bukti dicetak.
Nasabah datang soal {what}. Selesai, salinan diberikan.
{what}. Beres, langkah berikutnya dijelaskan.
{what} selesai, tidak perlu tindak lanjut.
{what} - langsung diproses di tempat.
[note_res_r]
{what}. Beres. Harusnya bisa lewat aplikasi.
{what} - selesai. Nasabah ngomel terus.
{what}, selesai. Nasabah susah.
{what} lagi. Sudah.
{what}. Beres, disuruh baca surat.
[note_unres_c]
{what} - belum bisa diselesaikan, kasus {ticket} dibuat.
{what}: diteruskan ke back office, dijanjikan telepon balik.
{what}, perlu spesialis, dieskalasi.
{what} - sistem down, nasabah diminta datang besok.
{what}: belum ada solusi hari ini, tiket {ticket}.
{what}. KTP tidak dibawa, akan kembali.
[note_unres_r]
{what}. Tidak bisa, disuruh pulang.
{what} - bukan urusan kita, disuruh telepon.
{what}. Nasabah marah-marah, diminta keluar.
{what}, tidak bisa bantu. Disuruh pakai aplikasi.
{what} - tidak.
[note_blame]
Salah pusat kartu, sudah dijelaskan ke nasabah.
Kesalahan kantor pusat, bukan cabang.
Kurir yang salah, sudah dijelaskan.
IT yang bikin rusak, sudah disampaikan.
Salah back office.
[comment_pos]
Petugasnya sangat membantu, terima kasih.
Cepat dan ramah, masalah beres.
Mbak di counter ramah sekali.
Pelayanan hari ini bagus.
Lima menit beres, makasih!
Ramah dan paham.
Sabar sekali melayani saya, terima kasih.
[comment_neu]
Oke.
Biasa saja.
Agak lama tapi selesai.
Tidak ada yang istimewa.
Kunjungan biasa.
[comment_neg]
Masih belum beres. Sudah tiga kali datang.
Buang waktu.
Tidak ada yang bisa bantu.
Menunggu lama sekali dan tidak ada hasil.
Saya sangat tidak puas dengan cabang ini.
Datang sia-sia lagi.
Masalah belum juga beres, parah.
[comment_rude]
Petugasnya tidak sopan dan cuek.
Mas di counter memutar mata ke saya.
Sangat tidak ramah, saya diperlakukan seperti orang bodoh.
Kasar. Tidak mau datang lagi.
Saya diajak bicara seperti anak kecil.
[comment_blame]
Cuma menyalahkan pusat kartu.
Semua bilang salah bagian lain.
Petugas bilang kantor pusat yang salah. Bukan urusan saya!
[shop_good]
Salam ramah, petugas paham produk.
Jawaban cepat, penjelasan jelas.
Sangat profesional, menawarkan bantuan lain.
Sopan dan efisien.
Secara keseluruhan pengalaman baik.
[shop_bad]
Petugas terlihat tidak tertarik, tidak menawarkan bantuan lain.
Pertanyaan tidak dijawab, disuruh ke website.
Menunggu lama dan tidak ada solusi.
Informasi tidak lengkap.
[shop_rude]
Petugas ketus dan meremehkan.
Nada tidak ramah, berkali-kali menghela napas.
Tidak memberi salam, memotong pembicaraan.
[shop_wait]
Menunggu lama sekali sampai ada yang merespons.
Waktu antre terlalu lama.
[fill_c]
Eh,
Jadi,
Hmm,
Begini,
Anu,
Ya,
[fill_a]
Baik,
Oke,
Jadi,
Eh,
Nah,
[days]
Senin
Selasa
Rabu
Kamis
Jumat
Sabtu
Minggu
[months]
Januari
Februari
Maret
April
Mei
Juni
Juli
Agustus
September
Oktober
November
Desember
[names_agent]
Dewi
Rina
Agus
Budi
Siti
Putri
Andi
Yoga
Fitri
Rizky
Nanda
Wulan
Hendra
Intan
Dimas
Sari
Fajar
Maya
Eko
Ratna
[names_cust]
Bambang Sutrisno|bambang.sutrisno
Sri Wahyuni|sri.wahyuni
Ahmad Hidayat|ahmad.hidayat
Nurhayati Siregar|nurhayati.s
Joko Santoso|joko.santoso
Lestari Ningsih|lestari88
Rudi Hartono|rudi.hartono
Yuliana Nasution|yuli.nasution
Hendro Saputra|hendro.saputra
Dian Permata|dian.permata
Irfan Lubis|irfan.lubis
Ani Suryani|ani.suryani
Taufik Rahman|taufik.r
Mega Sari|megasari
Dedi Kurniawan|dedi.kurniawan
Ratih Pratiwi|ratih.pratiwi
Samuel Simanjuntak|samuel.sim
Wati Harahap|wati.harahap
Yusuf Maulana|yusuf.maulana
Indah Lestari|indah.lestari
[depts]
pusat kartu
kantor pusat
back office
bagian IT
"""
