"""The texts and names of the results demo (results/demo/), as data in both languages: the good-practice
checklists of the five core modules, the fictional trainers, the places, the words fictional enterprise
names are made of, and the three case studies. Everything here is made up for the demo."""

# The good practices an assessment asks about, per core module (by its slug), drawn from what the module's
# lessons teach (courses/demo/content/module_*.py). Code, English, Indonesian.
CHECKLISTS = {
    "workplace-cooperation": [
        (
            "WC-01",
            "An Enterprise Improvement Team of managers and workers meets at least once a month, and its "
            "minutes are displayed for staff.",
            "Tim Peningkatan Perusahaan yang terdiri atas manajer dan pekerja rapat sedikitnya sebulan sekali, "
            "dan notulennya dipajang untuk karyawan.",
        ),
        (
            "WC-02",
            "Worker members of the team speak at its meetings and take on actions, not only managers.",
            "Anggota tim dari unsur pekerja ikut berbicara dalam rapat dan mengambil tugas, bukan hanya manajer.",
        ),
        (
            "WC-03",
            "A daily meeting of no more than fifteen minutes takes place at the start of the shift.",
            "Rapat harian paling lama lima belas menit diadakan di awal giliran kerja.",
        ),
        (
            "WC-04",
            "A suggestion scheme is open to every worker, and each suggestion is answered within two weeks.",
            "Sistem saran terbuka bagi setiap pekerja, dan setiap saran dijawab paling lambat dua minggu.",
        ),
        (
            "WC-05",
            "The improvement plan lists each action with its owner, date and status.",
            "Rencana perbaikan mencantumkan setiap tindakan beserta penanggung jawab, tanggal, dan statusnya.",
        ),
        (
            "WC-06",
            "A few KPIs are measured the same way each month and shown on a board that everyone can see.",
            "Beberapa KPI diukur dengan cara yang sama setiap bulan dan ditampilkan di papan yang dapat dilihat "
            "semua orang.",
        ),
        (
            "WC-07",
            "5S is in place in at least one area and kept up between visits.",
            "5S diterapkan sedikitnya di satu area dan tetap terjaga di antara kunjungan.",
        ),
        (
            "WC-08",
            "Production and quality information is shared with workers regularly.",
            "Informasi produksi dan mutu dibagikan kepada pekerja secara rutin.",
        ),
    ],
    "quality": [
        (
            "QU-01",
            "Customer complaints, returns and discounts are logged with date, product, problem and quantity.",
            "Keluhan, retur, dan potongan harga dari pelanggan dicatat dengan tanggal, produk, masalah, dan "
            "jumlahnya.",
        ),
        (
            "QU-02",
            "Each main product has an approved sample or a written specification at the workstation.",
            "Setiap produk utama memiliki contoh yang disetujui atau spesifikasi tertulis di tempat kerja.",
        ),
        (
            "QU-03",
            "Operators fill in a check sheet of clearly defined defect types every day.",
            "Operator mengisi lembar periksa berisi jenis cacat yang didefinisikan dengan jelas setiap hari.",
        ),
        (
            "QU-04",
            "Total production is recorded beside the defects, so that the defect rate can be calculated.",
            "Jumlah produksi dicatat bersama jumlah cacat, sehingga tingkat cacat dapat dihitung.",
        ),
        (
            "QU-05",
            "A Pareto chart of defects is updated at least monthly and shown on the KPI board.",
            "Diagram Pareto cacat diperbarui sedikitnya sebulan sekali dan ditampilkan di papan KPI.",
        ),
        (
            "QU-06",
            "Root causes are checked on the floor (5 Whys) before countermeasures are chosen.",
            "Akar masalah diperiksa langsung di lantai produksi (5 Mengapa) sebelum tindakan perbaikan dipilih.",
        ),
        (
            "QU-07",
            "Successful countermeasures are written into a standard and trained on every shift.",
            "Tindakan perbaikan yang berhasil dituangkan menjadi standar dan dilatihkan di setiap giliran kerja.",
        ),
        (
            "QU-08",
            "Defect results are shared with all workers at the daily meeting or on the board.",
            "Hasil pencatatan cacat dibagikan kepada semua pekerja dalam rapat harian atau di papan.",
        ),
    ],
    "cleaner-production": [
        (
            "CP-01",
            "Electricity, fuel and water meters are read and logged at least weekly.",
            "Meteran listrik, bahan bakar, dan air dibaca dan dicatat sedikitnya seminggu sekali.",
        ),
        (
            "CP-02",
            "Waste is weighed or counted by stream, and its cost is known.",
            "Limbah ditimbang atau dihitung per jenisnya, dan biayanya diketahui.",
        ),
        (
            "CP-03",
            "A waste walk is done with the team at least every three months.",
            "Penelusuran limbah dilakukan bersama tim sedikitnya tiga bulan sekali.",
        ),
        (
            "CP-04",
            "Leaks of water, compressed air and steam are reported and repaired within a week.",
            "Kebocoran air, udara tekan, dan uap dilaporkan dan diperbaiki dalam seminggu.",
        ),
        (
            "CP-05",
            "Machines, lights and fans are switched off when nobody is working at them.",
            "Mesin, lampu, dan kipas dimatikan bila tidak ada yang bekerja.",
        ),
        (
            "CP-06",
            "Raw materials are stored off the floor, covered and used first in, first out.",
            "Bahan baku disimpan tidak di lantai, tertutup, dan dipakai dengan prinsip masuk pertama keluar "
            "pertama.",
        ),
        (
            "CP-07",
            "Waste streams are kept separate so that they can be sold or reused.",
            "Jenis limbah dipisahkan agar dapat dijual atau dimanfaatkan kembali.",
        ),
        (
            "CP-08",
            "Hot surfaces such as boilers, pipes and cooking vessels are insulated.",
            "Permukaan panas seperti ketel uap, pipa, dan bejana perebusan diberi insulasi.",
        ),
    ],
    "workforce-management": [
        (
            "WM-01",
            "Every job has a written job description, signed by the job holder.",
            "Setiap jabatan memiliki uraian jabatan tertulis yang ditandatangani pemegang jabatan.",
        ),
        (
            "WM-02",
            "Vacancies are filled through a structured recruitment with agreed selection criteria.",
            "Lowongan diisi melalui rekrutmen yang terstruktur dengan kriteria seleksi yang disepakati.",
        ),
        (
            "WM-03",
            "New staff go through an induction with a checklist, including how to work safely.",
            "Karyawan baru menjalani orientasi dengan daftar periksa, termasuk cara bekerja dengan aman.",
        ),
        (
            "WM-04",
            "Workers can see how their pay is calculated, and are paid in full and on time.",
            "Pekerja dapat melihat cara upahnya dihitung, dan dibayar penuh serta tepat waktu.",
        ),
        (
            "WM-05",
            "Working time and overtime are recorded, and overtime is agreed in advance.",
            "Waktu kerja dan lembur dicatat, dan lembur disepakati sebelumnya.",
        ),
        (
            "WM-06",
            "Each worker has a performance dialogue with their supervisor at least once a year.",
            "Setiap pekerja menjalani dialog kinerja dengan atasannya sedikitnya setahun sekali.",
        ),
        (
            "WM-07",
            "A skills matrix and a training plan are kept up to date.",
            "Matriks keterampilan dan rencana pelatihan selalu diperbarui.",
        ),
        (
            "WM-08",
            "Turnover and absenteeism are calculated every month.",
            "Tingkat pergantian karyawan dan ketidakhadiran dihitung setiap bulan.",
        ),
    ],
    "safety-and-health": [
        (
            "SH-01",
            "A safety and health committee or the improvement team reviews risks at least monthly.",
            "Panitia K3 atau tim peningkatan meninjau risiko sedikitnya sebulan sekali.",
        ),
        (
            "SH-02",
            "A risk assessment walk-through of the whole workplace was done in the last six months.",
            "Inspeksi keliling penilaian risiko di seluruh tempat kerja dilakukan dalam enam bulan terakhir.",
        ),
        (
            "SH-03",
            "Accidents and near misses are recorded and discussed with the team.",
            "Kecelakaan dan kejadian nyaris celaka dicatat dan dibahas bersama tim.",
        ),
        (
            "SH-04",
            "Controls follow the hierarchy of controls, not only personal protective equipment.",
            "Pengendalian mengikuti hierarki pengendalian, tidak hanya alat pelindung diri.",
        ),
        (
            "SH-05",
            "Machines have guards in place and emergency stops that work.",
            "Mesin dilengkapi pelindung dan tombol berhenti darurat yang berfungsi.",
        ),
        (
            "SH-06",
            "Chemicals are labelled and stored safely, with their safety data sheets at hand.",
            "Bahan kimia diberi label dan disimpan dengan aman, dengan lembar data keselamatannya tersedia.",
        ),
        (
            "SH-07",
            "Exits are marked and clear, fire extinguishers checked and a first-aid kit stocked.",
            "Pintu keluar diberi tanda dan tidak terhalang, alat pemadam api diperiksa, dan kotak P3K terisi.",
        ),
        (
            "SH-08",
            "Workers have clean drinking water, toilets and a place to rest and eat.",
            "Pekerja memiliki air minum bersih, toilet, dan tempat istirahat serta makan.",
        ),
    ],
}

# Fictional trainers (no login: their accounts have no usable password), by partner short name:
# first name, last name, gender, province (ISO 3166-2:ID, as trainer profiles keep it).
TRAINERS = {
    "BEDO": [("Hendra", "Wijaya", "man", "JK"), ("Yusuf", "Hakim", "man", "JB")],
    "SMI": [("Ratna", "Sari", "woman", "JK"), ("Fajar", "Nugroho", "man", "JB")],
    "UNPAR": [("Maria", "Kristiani", "woman", "JB"), ("Stefanus", "Gunawan", "man", "JB")],
    "APP Jakarta": [("Bambang", "Prasetyo", "man", "JK"), ("Rudi", "Hermawan", "man", "BT")],
    "BLK Semarang 2": [("Endang", "Purwanti", "woman", "JT"), ("Joko", "Susilo", "man", "JT")],
    "Karya Dua Perempuan": [("Lestari", "Wulandari", "woman", "JI")],
    "Riwani Globe": [("Teguh", "Santoso", "man", "SU")],
    "Pro Serve": [("Kadek Ayu", "Pratiwi", "woman", "BA"), ("Nyoman", "Arta", "man", "BA")],
}
TRAINER_EMAIL_DOMAIN = "trainers.example.org"

# The 14 provinces the programme reached (BPS codes), with regencies and cities of each.
PROVINCES = {
    "31": ["Jakarta Timur", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan"],
    "32": ["Kota Bandung", "Kabupaten Bekasi", "Kota Bogor", "Kabupaten Bandung", "Kota Cimahi"],
    "33": ["Kota Semarang", "Kota Surakarta", "Kabupaten Jepara", "Kabupaten Pekalongan", "Kabupaten Klaten"],
    "34": ["Kota Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"],
    "35": ["Kota Surabaya", "Kabupaten Sidoarjo", "Kota Malang", "Kabupaten Pasuruan"],
    "36": ["Kota Tangerang", "Kabupaten Serang", "Kota Cilegon"],
    "51": ["Kabupaten Gianyar", "Kota Denpasar", "Kabupaten Badung"],
    "12": ["Kota Medan", "Kabupaten Deli Serdang"],
    "13": ["Kota Padang", "Kota Bukittinggi"],
    "73": ["Kota Makassar", "Kabupaten Gowa"],
    "64": ["Kota Balikpapan", "Kota Samarinda"],
    "52": ["Kota Mataram", "Kabupaten Lombok Barat"],
    "14": ["Kota Pekanbaru", "Kabupaten Kampar"],
    "18": ["Kota Bandar Lampung", "Kabupaten Lampung Selatan"],
}

# Where each partner works (BPS codes), the first its home.
PARTNER_PROVINCES = {
    "BEDO": ["31", "32", "36", "35", "51", "12", "73", "18", "14", "64", "52", "13"],
    "SMI": ["31", "32", "34", "51"],
    "UNPAR": ["32"],
    "APP Jakarta": ["31", "36", "32"],
    "BLK Semarang 2": ["33", "34"],
    "Karya Dua Perempuan": ["35", "51"],
    "Riwani Globe": ["12", "13", "14"],
    "Pro Serve": ["51", "52", "34", "32"],
}

# The words fictional enterprise names are made of.
NAME_WORDS = [
    "Sinar", "Maju", "Jaya", "Abadi", "Makmur", "Lestari", "Sentosa", "Mandiri", "Berkah", "Sejahtera",
    "Harapan", "Mulia", "Karya", "Cahaya", "Bintang", "Mekar", "Indah", "Sari", "Tunas", "Rahayu",
    "Gemilang", "Purnama", "Melati", "Kenanga", "Cemara", "Samudra", "Nusa", "Bumi", "Surya", "Pelangi",
]  # fmt: skip
TRADES = {
    "C": [
        "Garmen", "Konveksi", "Mebel", "Kerajinan", "Batik", "Roti", "Sepatu", "Logam", "Plastik", "Keramik",
        "Tenun", "Kulit", "Percetakan", "Kopi", "Keripik", "Sambal", "Tahu", "Anyaman", "Kemasan", "Jamu",
    ],
    "I": ["Hotel", "Penginapan", "Rumah Makan", "Restoran", "Kafe", "Homestay"],
    "G": ["Toko", "Niaga", "Grosir", "Distributor"],
    "H": ["Ekspedisi", "Logistik"],
    "S": ["Binatu", "Bengkel Jahit", "Salon"],
    "A": ["Tani", "Kebun"],
    "J": ["Studio Desain", "Digital"],
}  # fmt: skip
FIRST_NAMES = [
    "Ahmad", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lina", "Made", "Nur",
    "Oki", "Putu", "Rahmat", "Sari", "Tri", "Umi", "Wahyu", "Yanti", "Asep", "Nining", "Ketut", "Ratih",
]  # fmt: skip
LAST_NAMES = [
    "Saputra", "Hidayat", "Kusuma", "Wibowo", "Rahayu", "Nugraha", "Susanti", "Firmansyah", "Permata",
    "Suryani", "Setiadi", "Anggraini", "Pratama", "Utami", "Kurniawan", "Maharani",
]  # fmt: skip

SPONSORS = [  # record data, as the partners write it: in Bahasa Indonesia
    "Kementerian Ketenagakerjaan, program produktivitas",
    "Kementerian Perindustrian, pengembangan IKM",
    "Kementerian Koperasi dan UKM",
    "Dinas Tenaga Kerja Provinsi",
    "Pemerintah Kota, dana UMKM",
    "Program tanggung jawab sosial perusahaan pembeli",
    "Asosiasi industri",
]

# Trainers write their visit notes in Bahasa Indonesia, as the programme's trainers do: record data, shown as
# written in both languages of the site.
VISIT_NOTES = [
    "Bertemu tim perbaikan; papan KPI sudah diperbarui.",
    "Meninjau rencana perbaikan: dua tindakan selesai, satu terlambat.",
    "Berkeliling tempat kerja bersama tim; menyepakati tindakan berikutnya dengan penanggung jawab dan tanggal.",
    "Memeriksa angka penilaian awal dengan definisi yang sama; mendampingi rapat harian.",
    "Papan saran ditinjau; tiga saran diterapkan sejak kunjungan terakhir.",
]

# The three case studies: a fictional enterprise each, in a cycle placed in the demo's plan (results/demo/),
# with its record's KPI values at baseline and follow-up (the page shows them from the record).
FICTIONAL_NOTE = {
    "en": "This enterprise and its figures are fictional, made for the demo.",
    "id": "Perusahaan ini beserta angka-angkanya fiktif, dibuat untuk demo.",
}

CASE_INDEX = {
    "slug": "case-studies",
    "title": {"en": "Case studies", "id": "Studi kasus"},
    "introduction": {
        "en": "What enterprises changed after SCORE Training, told by them and measured against their own "
        "baseline. The figures on each page come from the enterprise's assessments. The case studies of the "
        "demo are fictional.",
        "id": "Apa yang diubah perusahaan setelah Pelatihan SCORE, diceritakan oleh mereka sendiri dan diukur "
        "terhadap baseline mereka sendiri. Angka di setiap halaman diambil dari asesmen perusahaan. Studi "
        "kasus dalam demo ini fiktif.",
    },
}

CASE_STUDIES = [
    {
        "key": "garment",
        "slug": "sekar-melati-garment",
        "enterprise": {
            "code": "BLK2-E-CS01",
            "name": "CV Sekar Melati Garmen",
            "sector": "C",
            "province": "33",
            "regency": "Kota Surakarta",
            "women": 27,
            "men": 7,
            "managers": 4,
            "contact": ("Wulan", "Handoko"),
        },
        # partner, curriculum slug, module slug, year, month: the cycle the story is about
        "cycle": ("BLK Semarang 2", "score-core", "workplace-cooperation", 2023, 3),
        "kpis": {
            "LABOUR_PRODUCTIVITY": ("42", "49"),
            "DEFECT_RATE": ("8.5", "4.2"),
            "COST_SAVINGS": ("0", "6500000"),
            "ABSENTEEISM": ("6.0", "3.5"),
            "SUGGESTIONS": ("0", "9"),
        },
        # The good practices in place at baseline and at follow-up (the others: not in place).
        "practices": (["WC-07"], ["WC-01", "WC-02", "WC-03", "WC-04", "WC-05", "WC-06", "WC-07", "WC-08"]),
        "title": {
            "en": "A garment workshop in Surakarta halves its rework",
            "id": "Bengkel garmen di Surakarta memangkas pengerjaan ulang hingga separuhnya",
        },
        "introduction": {
            "en": "Thirty-four people sew school uniforms and batik shirts at CV Sekar Melati Garmen. After "
            "Workplace Cooperation, the sewing line started a ten-minute meeting every morning, and the "
            "workers' ideas began to reach the owner.",
            "id": "Tiga puluh empat orang menjahit seragam sekolah dan kemeja batik di CV Sekar Melati Garmen. "
            "Setelah modul Kerja Sama di Tempat Kerja, lini jahit memulai rapat sepuluh menit setiap pagi, "
            "dan gagasan para pekerja mulai sampai ke pemilik.",
        },
        "body": {
            "en": [
                ("heading", {"text": "Before the training", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Orders came in waves before the school year, and so did the rework: stitching that "
                    "had to be undone, buttons sewn on the wrong side, sizes mixed up in the packing. The "
                    "owner counted the rejects, but nobody on the line saw the figures, and the same mistakes "
                    "came back every season.</p>",
                ),
                ("heading", {"text": "What the enterprise changed", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Two managers and two sewers took part in the classroom. Back in the workshop they set "
                    "up an improvement team with a worker from each line, a board with three KPIs beside the "
                    "cutting table, and a suggestion box that the team opens every Friday. The sewers "
                    "proposed colour-coded bins for each size and a check of the first piece of every "
                    "batch.</p><ul><li>A daily meeting of ten minutes before the shift.</li><li>Defects "
                    "counted by type on a check sheet at each machine.</li><li>Every suggestion answered "
                    "within two weeks.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "We used to hear about mistakes from the customer. Now we see them on the "
                        "board the same morning, and we fix the cause, not only the shirt.",
                        "attribution": "Wulan Handoko, production supervisor",
                        "organisation": "CV Sekar Melati Garmen",
                    },
                ),
                (
                    "paragraph",
                    "<p>The table on this page compares the enterprise's follow-up with its baseline.</p>"
                    "<p><i>This enterprise and its figures are fictional, made for the demo.</i></p>",
                ),
            ],
            "id": [
                ("heading", {"text": "Sebelum pelatihan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Pesanan datang bergelombang menjelang tahun ajaran baru, begitu pula pengerjaan "
                    "ulang: jahitan yang harus dibongkar, kancing yang terpasang di sisi yang salah, ukuran "
                    "yang tertukar saat pengemasan. Pemilik menghitung produk yang ditolak, tetapi tidak ada "
                    "orang di lini yang melihat angkanya, dan kesalahan yang sama muncul lagi setiap "
                    "musim.</p>",
                ),
                ("heading", {"text": "Yang diubah perusahaan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Dua manajer dan dua penjahit mengikuti pelatihan kelas. Sekembalinya ke bengkel, "
                    "mereka membentuk tim peningkatan dengan satu pekerja dari setiap lini, papan berisi "
                    "tiga KPI di samping meja potong, dan kotak saran yang dibuka tim setiap Jumat. Para "
                    "penjahit mengusulkan wadah berkode warna untuk setiap ukuran dan pemeriksaan potongan "
                    "pertama di setiap batch.</p><ul><li>Rapat harian sepuluh menit sebelum giliran kerja."
                    "</li><li>Cacat dihitung per jenis pada lembar periksa di setiap mesin.</li><li>Setiap "
                    "saran dijawab paling lambat dua minggu.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "Dulu kami tahu ada kesalahan dari pelanggan. Sekarang kami melihatnya di "
                        "papan pada pagi yang sama, dan kami memperbaiki penyebabnya, bukan hanya kemejanya.",
                        "attribution": "Wulan Handoko, pengawas produksi",
                        "organisation": "CV Sekar Melati Garmen",
                    },
                ),
                (
                    "paragraph",
                    "<p>Tabel di halaman ini membandingkan asesmen lanjutan perusahaan dengan baseline-nya."
                    "</p><p><i>Perusahaan ini beserta angka-angkanya fiktif, dibuat untuk demo.</i></p>",
                ),
            ],
        },
    },
    {
        "key": "hotel",
        "slug": "taman-kemuning-hotel",
        "enterprise": {
            "code": "PSI-E-CS02",
            "name": "Hotel Taman Kemuning",
            "sector": "I",
            "province": "51",
            "regency": "Kabupaten Gianyar",
            "women": 9,
            "men": 10,
            "managers": 3,
            "contact": ("Komang", "Sudiarta"),
        },
        "cycle": ("Pro Serve", "score-hoco", "workplace-cooperation", 2024, 5),
        "kpis": {
            "LABOUR_PRODUCTIVITY": ("11", "13"),
            "DEFECT_RATE": ("7.0", "3.0"),
            "COST_SAVINGS": ("0", "3200000"),
            "ABSENTEEISM": ("5.5", "3.0"),
            "SUGGESTIONS": ("1", "7"),
        },
        "practices": (["WC-05", "WC-08"], ["WC-01", "WC-02", "WC-03", "WC-04", "WC-05", "WC-06", "WC-08"]),
        "title": {
            "en": "A small hotel in Gianyar turns guest complaints into a daily briefing",
            "id": "Hotel kecil di Gianyar mengubah keluhan tamu menjadi bahan rapat harian",
        },
        "introduction": {
            "en": "Hotel Taman Kemuning has twenty-two rooms and nineteen staff. Through Hospitality Coaching, "
            "housekeeping, kitchen and front office started to meet every morning, and rooms failing the "
            "supervisor's check became rare.",
            "id": "Hotel Taman Kemuning memiliki dua puluh dua kamar dan sembilan belas karyawan. Melalui "
            "Hospitality Coaching, bagian tata graha, dapur, dan kantor depan mulai bertemu setiap pagi, dan "
            "kamar yang gagal dalam pemeriksaan supervisor menjadi jarang.",
        },
        "body": {
            "en": [
                ("heading", {"text": "Before the coaching", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Guest reviews praised the garden and complained about the rooms: towels missing, "
                    "air conditioners not cleaned, late breakfasts on busy days. Each department blamed "
                    "another, and the manager heard of problems only when a guest wrote online.</p>",
                ),
                ("heading", {"text": "What the hotel changed", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The manager, the head of housekeeping and two staff joined the coaching with other "
                    "small hotels and restaurants of Gianyar. The hotel now holds a fifteen-minute briefing at 8 "
                    "o'clock with one person from each department, logs every complaint with its cause, and "
                    "lets room attendants check each other's rooms against a short list.</p>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "The room attendants suggested the checklist themselves. They know better "
                        "than I do where the rooms go wrong.",
                        "attribution": "Komang Sudiarta, manager",
                        "organisation": "Hotel Taman Kemuning",
                    },
                ),
                (
                    "paragraph",
                    "<p>The table on this page compares the hotel's follow-up with its baseline; its "
                    "productivity is rooms made up per room attendant per day, and its defect rate the "
                    "share of rooms failing the supervisor's check.</p>"
                    "<p><i>This enterprise and its figures are fictional, made for the demo.</i></p>",
                ),
            ],
            "id": [
                ("heading", {"text": "Sebelum pendampingan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ulasan tamu memuji tamannya dan mengeluhkan kamarnya: handuk kurang, pendingin "
                    "ruangan tidak dibersihkan, sarapan terlambat pada hari ramai. Setiap bagian menyalahkan "
                    "bagian lain, dan manajer baru tahu ada masalah ketika tamu menulis ulasan daring.</p>",
                ),
                ("heading", {"text": "Yang diubah hotel", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Manajer, kepala tata graha, dan dua karyawan mengikuti pendampingan bersama "
                    "hotel dan restoran kecil lain di Gianyar. Kini hotel mengadakan rapat singkat lima belas menit "
                    "pada pukul 8 dengan satu orang dari setiap bagian, mencatat setiap keluhan beserta "
                    "penyebabnya, dan meminta petugas kamar saling memeriksa kamar dengan daftar singkat.</p>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "Daftar periksa itu usulan petugas kamar sendiri. Mereka lebih tahu daripada "
                        "saya di mana kamar sering bermasalah.",
                        "attribution": "Komang Sudiarta, manajer",
                        "organisation": "Hotel Taman Kemuning",
                    },
                ),
                (
                    "paragraph",
                    "<p>Tabel di halaman ini membandingkan asesmen lanjutan hotel dengan baseline-nya; "
                    "produktivitasnya adalah jumlah kamar yang disiapkan per petugas kamar per hari, dan "
                    "tingkat cacatnya adalah persentase kamar yang gagal dalam pemeriksaan supervisor.</p>"
                    "<p><i>Perusahaan ini beserta angka-angkanya fiktif, dibuat untuk demo.</i></p>",
                ),
            ],
        },
    },
    {
        "key": "tofu",
        "slug": "sari-murni-tofu",
        "enterprise": {
            "code": "UNPAR-E-CS03",
            "name": "UD Tahu Sari Murni",
            "sector": "C",
            "province": "32",
            "regency": "Kota Bandung",
            "women": 8,
            "men": 14,
            "managers": 3,
            "contact": ("Dadang", "Sukmana"),
        },
        # The tofu maker took Workplace Cooperation in 2021 and Cleaner Production in 2022 with UNPAR.
        "cycle": ("UNPAR", "score-unpar", "cleaner-production", 2022, 8),
        "earlier_cycle": ("UNPAR", "score-unpar", "workplace-cooperation", 2021, 9),
        "kpis": {
            "LABOUR_PRODUCTIVITY": ("55", "61"),
            "COST_SAVINGS": ("0", "4200000"),
            "ENERGY_USE": ("3800", "3100"),
            "WASTE": ("2400", "1500"),
        },
        "practices": (["CP-06"], ["CP-01", "CP-02", "CP-03", "CP-04", "CP-05", "CP-06", "CP-07", "CP-08"]),
        "title": {
            "en": "A tofu maker in Bandung sells what it used to throw away",
            "id": "Pembuat tahu di Bandung menjual apa yang dulu dibuang",
        },
        "introduction": {
            "en": "UD Tahu Sari Murni makes two tonnes of tofu a week with twenty-two people. In Cleaner "
            "Production the team traced where its soybeans, water and energy went, and found money in its "
            "waste.",
            "id": "UD Tahu Sari Murni memproduksi dua ton tahu per minggu dengan dua puluh dua orang. Dalam "
            "modul Produksi Bersih, tim menelusuri ke mana kedelai, air, dan energinya pergi, dan menemukan "
            "uang di dalam limbahnya.",
        },
        "body": {
            "en": [
                ("heading", {"text": "Before the training", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Okara, the pulp left after pressing, was dumped behind the workshop, and the whey ran "
                    "into the drain. Hoses ran all day, the grinder idled between batches, and the cooking "
                    "vessels lost heat through their open sides. The enterprise had already set up an "
                    "improvement team in Workplace Cooperation the year before.</p>",
                ),
                ("heading", {"text": "What the enterprise changed", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The team did a waste walk with the trainer and put a price on each stream. The okara "
                    "is now sold to two cattle farmers, part of the whey is reused to curdle the next batch, "
                    "the vessels are insulated, and the grinder is switched off between batches.</p><ul>"
                    "<li>Meters read every Monday and logged on the board.</li><li>Leaking hoses replaced "
                    "within a week of being found.</li><li>Okara and whey kept separate from other waste."
                    "</li></ul>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "We thought waste was just the cost of making tofu. Now the farmers pay us "
                        "for it every week.",
                        "attribution": "Dadang Sukmana, owner",
                        "organisation": "UD Tahu Sari Murni",
                    },
                ),
                (
                    "paragraph",
                    "<p>The table on this page compares the enterprise's follow-up in Cleaner Production "
                    "with its baseline.</p><p><i>This enterprise and its figures are fictional, made for the "
                    "demo.</i></p>",
                ),
            ],
            "id": [
                ("heading", {"text": "Sebelum pelatihan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Ampas tahu dibuang di belakang bengkel, dan air tahu mengalir ke selokan. Selang "
                    "mengalir sepanjang hari, mesin penggiling menyala di antara adonan, dan bejana perebusan "
                    "kehilangan panas dari sisinya yang terbuka. Setahun sebelumnya perusahaan sudah "
                    "membentuk tim peningkatan dalam modul Kerja Sama di Tempat Kerja.</p>",
                ),
                ("heading", {"text": "Yang diubah perusahaan", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Tim melakukan penelusuran limbah bersama pelatih dan menghitung nilai setiap jenis "
                    "limbah. Kini ampas tahu dijual kepada dua peternak sapi, sebagian air tahu dipakai lagi "
                    "untuk menggumpalkan adonan berikutnya, bejana diberi insulasi, dan mesin penggiling "
                    "dimatikan di antara adonan.</p><ul><li>Meteran dibaca setiap Senin dan dicatat di "
                    "papan.</li><li>Selang bocor diganti paling lambat seminggu setelah ditemukan.</li><li>"
                    "Ampas dan air tahu dipisahkan dari limbah lain.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "kind": "quote",
                        "text": "Dulu kami kira limbah itu memang bagian dari biaya membuat tahu. Sekarang "
                        "peternak membayar kami untuk itu setiap minggu.",
                        "attribution": "Dadang Sukmana, pemilik",
                        "organisation": "UD Tahu Sari Murni",
                    },
                ),
                (
                    "paragraph",
                    "<p>Tabel di halaman ini membandingkan asesmen lanjutan perusahaan dalam Produksi Bersih "
                    "dengan baseline-nya.</p><p><i>Perusahaan ini beserta angka-angkanya fiktif, dibuat untuk "
                    "demo.</i></p>",
                ),
            ],
        },
    },
]
