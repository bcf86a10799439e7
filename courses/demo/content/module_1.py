"""Demo content for SCORE core module 1, Workplace Cooperation (format: FORMAT.md)."""

MODULE = {
    "slug": "workplace-cooperation",
    "number": 1,
    "title": {
        "en": "Workplace Cooperation: a foundation for business success",
        "id": "Kerja Sama di Tempat Kerja: Fondasi bagi Keberhasilan Usaha",
    },
    "summary": {
        "en": (
            "The first SCORE module and the starting point for every enterprise and every trainer. "
            "Managers and workers learn together how to build a working relationship based on dialogue and "
            "shared targets: they set up an Enterprise Improvement Team, open regular communication "
            "channels such as daily meetings and a suggestion scheme, start 5S, and agree on a few key "
            "performance indicators that everyone can follow. Two classroom days are followed by "
            "consultancy visits in which the trainer helps the team put its Enterprise Improvement Plan "
            "into practice."
        ),
        "id": (
            "Modul SCORE pertama dan titik awal bagi setiap perusahaan dan setiap pelatih. Manajer dan "
            "pekerja belajar bersama cara membangun hubungan kerja yang berlandaskan dialog dan target "
            "bersama: mereka membentuk Tim Peningkatan Perusahaan, membuka saluran komunikasi rutin "
            "seperti rapat harian dan sistem saran, memulai 5S, serta menyepakati beberapa indikator "
            "kinerja utama yang dapat dipantau oleh semua orang. Dua hari pelatihan di kelas dilanjutkan "
            "dengan kunjungan konsultasi, di mana pelatih membantu tim menerapkan Rencana Peningkatan "
            "Perusahaan di tempat kerja."
        ),
    },
    "objectives": {
        "en": [
            (
                "Unite managers and workers around shared targets, measured with a small set of key "
                "performance indicators."
            ),
            (
                "Involve the whole workforce in continuous improvement through an Enterprise Improvement "
                "Team, daily meetings and a suggestion scheme."
            ),
            "Plan and start 5S and other first improvements through an Enterprise Improvement Plan.",
            (
                "Establish workplace cooperation as the starting point for all further SCORE training in "
                "the enterprise."
            ),
        ],
        "id": [
            (
                "Menyatukan manajer dan pekerja dalam target bersama yang diukur dengan beberapa indikator "
                "kinerja utama."
            ),
            (
                "Melibatkan seluruh tenaga kerja dalam perbaikan berkelanjutan melalui Tim Peningkatan "
                "Perusahaan, rapat harian, dan sistem saran."
            ),
            (
                "Merencanakan dan memulai 5S serta perbaikan awal lainnya melalui Rencana Peningkatan "
                "Perusahaan."
            ),
            (
                "Menjadikan kerja sama di tempat kerja sebagai titik awal bagi seluruh pelatihan SCORE "
                "berikutnya di perusahaan."
            ),
        ],
    },
    "classroom_days": 2,
    "consultancy_visits": 4,
    "prerequisites": [],
    "materials": [
        {
            "key": "trainer-guide",
            "kind": "trainer_guide",
            "title": {
                "en": "Trainer Guide: Workplace Cooperation",
                "id": "Panduan Pelatih: Kerja Sama di Tempat Kerja",
            },
            "paragraphs": {
                "en": [
                    (
                        "This guide accompanies Module 1 of SCORE Training, Workplace Cooperation: a "
                        "foundation for business success. It is written for SCORE trainers who deliver the "
                        "module to a group of enterprises, and for candidate trainers completing their "
                        "Training of Enterprises cycle under the supervision of a SCORE Expert Trainer. "
                        "Module 1 is always delivered first: the habits it builds, a joint improvement "
                        "team, regular two-way communication and shared targets, are what every later "
                        "module relies on."
                    ),
                    (
                        "Before the classroom. Visit each enterprise for the personalised business "
                        "assessment. Walk the production floor with the owner or manager, collect baseline "
                        "figures for at least productivity (output per worker or per hour), defects or "
                        "rework, on-time delivery, absenteeism and staff turnover, and note how "
                        "information currently flows between management and workers. Agree who will "
                        "attend: two managers and two workers per enterprise, with the workers chosen by "
                        "their colleagues wherever possible and at least one woman in the team where the "
                        "workforce allows it. Four to five enterprises make a good class."
                    ),
                    (
                        "In the classroom. The two days move from why to how. Day one builds the case for "
                        "cooperation and introduces communication channels and the Enterprise Improvement "
                        "Team; day two covers 5S, suggestion schemes and shared targets, and ends with "
                        "each enterprise drafting its Enterprise Improvement Plan. Keep lecturing to short "
                        "inputs of no more than fifteen minutes; the rest is games, group work in mixed "
                        "teams and presentations by participants. Managers and workers sit together at the "
                        "same table from the first session."
                    ),
                    (
                        "During the consultancy visits. Plan four visits over roughly three months, the "
                        "first within two weeks of the classroom. At every visit meet the Enterprise "
                        "Improvement Team rather than the owner alone, walk the floor to see the changes "
                        "with your own eyes, review the team's minutes and KPI board, and leave with "
                        "written agreed actions, owners and dates. Your role is to coach, not to do the "
                        "work: ask questions that help the team find its own solutions."
                    ),
                    (
                        "Monitoring and results. Compare the KPIs at the last visit with the baseline, "
                        "using the same definitions and periods of the same length. Help the team prepare "
                        "a short presentation of what it changed, what it measured and what it learned, "
                        "for the results presentation workshop with the other enterprises of the cycle. "
                        "Record the visit reports and results in SCORE Academy; candidate trainers attach "
                        "them to their progress report for the Expert Trainer."
                    ),
                ],
                "id": [
                    (
                        "Panduan ini menyertai Modul 1 Pelatihan SCORE, Kerja Sama di Tempat Kerja: "
                        "Fondasi bagi Keberhasilan Usaha. Panduan ini ditulis untuk pelatih SCORE yang "
                        "menyampaikan modul kepada sekelompok perusahaan, dan untuk calon pelatih yang "
                        "sedang menyelesaikan siklus Pelatihan bagi Perusahaan (Training of Enterprises) "
                        "di bawah supervisi Pelatih Ahli SCORE (Expert Trainer). Modul 1 selalu "
                        "disampaikan pertama kali: kebiasaan yang dibangunnya, yaitu tim peningkatan "
                        "bersama, komunikasi dua arah yang rutin, dan target bersama, menjadi landasan "
                        "bagi semua modul berikutnya."
                    ),
                    (
                        "Sebelum kelas. Kunjungi setiap perusahaan untuk melakukan asesmen usaha yang "
                        "disesuaikan dengan kondisinya (baseline). Telusuri lantai produksi bersama "
                        "pemilik atau manajer, kumpulkan angka awal setidaknya untuk produktivitas (output "
                        "per pekerja atau per jam), cacat atau pengerjaan ulang, ketepatan waktu "
                        "pengiriman, tingkat ketidakhadiran, dan perputaran karyawan, serta catat "
                        "bagaimana informasi saat ini mengalir antara manajemen dan pekerja. Sepakati "
                        "siapa yang akan hadir: dua manajer dan dua pekerja dari setiap perusahaan. "
                        "Sedapat mungkin pekerja dipilih oleh rekan-rekannya, dan bila komposisi tenaga "
                        "kerja memungkinkan, setidaknya satu anggota tim adalah perempuan. Empat sampai "
                        "lima perusahaan merupakan ukuran kelas yang baik."
                    ),
                    (
                        "Di kelas. Dua hari pelatihan bergerak dari 'mengapa' ke 'bagaimana'. Hari pertama "
                        "membangun alasan pentingnya kerja sama serta memperkenalkan saluran komunikasi "
                        "dan Tim Peningkatan Perusahaan; hari kedua membahas 5S, sistem saran, dan target "
                        "bersama, lalu diakhiri dengan setiap perusahaan menyusun draf Rencana Peningkatan "
                        "Perusahaan. Batasi ceramah menjadi paparan singkat paling lama lima belas menit; "
                        "selebihnya berupa permainan, kerja kelompok dalam tim campuran, dan presentasi "
                        "oleh peserta. Manajer dan pekerja duduk bersama di meja yang sama sejak sesi "
                        "pertama."
                    ),
                    (
                        "Selama kunjungan konsultasi. Rencanakan empat kunjungan dalam kurun waktu sekitar "
                        "tiga bulan, dengan kunjungan pertama paling lambat dua minggu setelah kelas. Pada "
                        "setiap kunjungan, temui Tim Peningkatan Perusahaan, bukan hanya pemilik; telusuri "
                        "lantai produksi untuk melihat sendiri perubahan yang terjadi; tinjau notulen "
                        "rapat tim dan papan KPI; dan tinggalkan perusahaan dengan daftar tindakan "
                        "tertulis yang telah disepakati, lengkap dengan penanggung jawab dan tanggalnya. "
                        "Peran Anda adalah mendampingi, bukan mengerjakan: ajukan pertanyaan yang membantu "
                        "tim menemukan solusinya sendiri."
                    ),
                    (
                        "Pemantauan dan hasil. Bandingkan KPI pada kunjungan terakhir dengan baseline, "
                        "menggunakan definisi yang sama dan periode dengan panjang yang sama. Bantu tim "
                        "menyiapkan presentasi singkat tentang apa yang telah diubah, apa yang diukur, dan "
                        "apa yang dipelajari, untuk lokakarya presentasi hasil bersama perusahaan lain "
                        "dalam siklus yang sama. Catat laporan kunjungan dan hasilnya di SCORE Academy; "
                        "calon pelatih melampirkannya pada laporan kemajuan untuk Pelatih Ahli."
                    ),
                ],
            },
        },
        {
            "key": "eip-worksheet",
            "kind": "worksheet",
            "title": {
                "en": "Worksheet: Enterprise Improvement Plan",
                "id": "Lembar Kerja: Rencana Peningkatan Perusahaan",
            },
            "paragraphs": {
                "en": [
                    (
                        "Use this worksheet in the last session of the classroom to draft your Enterprise "
                        "Improvement Plan (EIP), and bring it to every consultancy visit. The plan belongs "
                        "to the Enterprise Improvement Team, not to the trainer: keep it on the wall where "
                        "the team meets and update it at every team meeting."
                    ),
                    (
                        "Part A: the team. Write the names and roles of the Enterprise Improvement Team "
                        "members, with managers and workers in roughly equal numbers and, where possible, "
                        "both women and men. Agree the day, time and place of the regular team meeting (at "
                        "least every two weeks, for thirty to sixty minutes), who chairs it, who takes the "
                        "minutes, and how the minutes are shared with the rest of the workforce."
                    ),
                    (
                        "Part B: the baseline and targets. Copy the baseline figures from the business "
                        "assessment for three to five key performance indicators (KPIs), for example "
                        "output per day, the percentage of orders delivered on time, the rework or defect "
                        "rate, absenteeism and the number of suggestions received. For each KPI write a "
                        "realistic target for the end of the consultancy period, how it will be measured, "
                        "by whom and how often, and where it will be displayed."
                    ),
                    (
                        "Part C: the actions. List no more than five to eight improvement actions for the "
                        "next three months, such as starting a ten-minute daily meeting, launching 5S in a "
                        "pilot area or opening a suggestion scheme. For each action write what exactly "
                        "will be done, who is responsible (one name), the start and finish date, the "
                        "resources needed and how you will know it is done."
                    ),
                    (
                        "Part D: review. At each consultancy visit mark every action as done, in progress, "
                        "late or dropped, and write one line on why. Note the KPI values since the last "
                        "visit. Before the results presentation workshop, summarise the three changes you "
                        "are proudest of, the figures that show their effect, and the next steps the team "
                        "will take on its own."
                    ),
                ],
                "id": [
                    (
                        "Gunakan lembar kerja ini pada sesi terakhir di kelas untuk menyusun draf Rencana "
                        "Peningkatan Perusahaan (EIP), dan bawalah pada setiap kunjungan konsultasi. "
                        "Rencana ini milik Tim Peningkatan Perusahaan, bukan milik pelatih: tempelkan di "
                        "dinding tempat tim biasa rapat dan perbarui pada setiap rapat tim."
                    ),
                    (
                        "Bagian A: tim. Tuliskan nama dan peran anggota Tim Peningkatan Perusahaan, dengan "
                        "jumlah manajer dan pekerja yang kurang lebih seimbang serta, bila memungkinkan, "
                        "anggota perempuan dan laki-laki. Sepakati hari, jam, dan tempat rapat rutin tim "
                        "(setidaknya dua minggu sekali, selama tiga puluh sampai enam puluh menit), siapa "
                        "yang memimpin rapat, siapa yang mencatat notulen, dan bagaimana notulen "
                        "disampaikan kepada seluruh karyawan."
                    ),
                    (
                        "Bagian B: baseline dan target. Salin angka baseline dari asesmen usaha untuk tiga "
                        "sampai lima indikator kinerja utama (KPI), misalnya output per hari, persentase "
                        "pesanan yang dikirim tepat waktu, tingkat pengerjaan ulang atau cacat, tingkat "
                        "ketidakhadiran, dan jumlah saran yang diterima. Untuk setiap KPI, tuliskan target "
                        "yang realistis untuk akhir masa konsultasi, cara mengukurnya, siapa yang mengukur "
                        "dan seberapa sering, serta di mana hasilnya dipajang."
                    ),
                    (
                        "Bagian C: tindakan. Tuliskan tidak lebih dari lima sampai delapan tindakan "
                        "perbaikan untuk tiga bulan ke depan, misalnya memulai rapat harian sepuluh menit, "
                        "menerapkan 5S di satu area percontohan, atau membuka sistem saran. Untuk setiap "
                        "tindakan, tuliskan apa persisnya yang akan dilakukan, siapa penanggung jawabnya "
                        "(satu nama), tanggal mulai dan selesai, sumber daya yang dibutuhkan, dan "
                        "bagaimana Anda tahu tindakan itu sudah selesai."
                    ),
                    (
                        "Bagian D: tinjauan. Pada setiap kunjungan konsultasi, tandai setiap tindakan "
                        "sebagai selesai, sedang berjalan, terlambat, atau dibatalkan, dan tuliskan satu "
                        "kalimat alasannya. Catat nilai KPI sejak kunjungan sebelumnya. Menjelang "
                        "lokakarya presentasi hasil, rangkum tiga perubahan yang paling Anda banggakan, "
                        "angka yang menunjukkan dampaknya, dan langkah selanjutnya yang akan dijalankan "
                        "tim secara mandiri."
                    ),
                ],
            },
        },
    ],
    "lessons": [
        {
            "slug": "why-workplace-cooperation",
            "title": {
                "en": "Why workplace cooperation comes first",
                "id": "Mengapa kerja sama di tempat kerja menjadi langkah pertama",
            },
            "introduction": {
                "en": (
                    "What Module 1 is for, why every enterprise and every trainer starts with it, and the "
                    "key concepts you will teach: the Enterprise Improvement Team, communication channels, "
                    "daily meetings, 5S, suggestion schemes and shared targets."
                ),
                "id": (
                    "Tujuan Modul 1, alasan setiap perusahaan dan setiap pelatih memulai dari modul ini, "
                    "serta konsep kunci yang akan Anda ajarkan: Tim Peningkatan Perusahaan, saluran "
                    "komunikasi, rapat harian, 5S, sistem saran, dan target bersama."
                ),
            },
            "estimated_minutes": 30,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "What the module is for", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Most small and medium enterprises do not lose money because their people "
                            "lack skill, but because information and ideas do not flow. Workers see waste, "
                            "defects and unsafe conditions every day, yet rarely have a channel to raise "
                            "them; managers set targets that never reach the shop floor. Module 1 sets up "
                            "the basic structures and habits that change this: managers and workers agree "
                            "on shared targets and work on them together.</p><p>The module has two "
                            "objectives. First, to <b>unite employees around shared targets</b>, so that "
                            "everyone knows what the enterprise is trying to achieve this month and how "
                            "their own work contributes. Second, to <b>involve the whole workforce in "
                            "continuous improvement</b>, so that improvement is no longer the project of "
                            "one manager but a routine in which everyone takes part.</p><p>In Indonesia, "
                            "the practices that SCORE enterprises most often credit for higher "
                            "productivity are exactly these: employee suggestion schemes, sharing quality "
                            "information with employees, daily meetings and 5S.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "The starting point for all training",
                            "text": (
                                "<p>Workplace Cooperation is always delivered first. An enterprise starts "
                                "SCORE with Module 1, and a trainer is certified in Workplace Cooperation "
                                "before any other module. Quality, Cleaner Production, Workforce "
                                "Management and Safety and Health all rely on the Enterprise Improvement "
                                "Team and the communication channels set up here.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Key concepts", "level": "h2"}),
                    ("heading", {"text": "The Enterprise Improvement Team (EIT)", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>The EIT is a small, permanent team of managers and workers, typically six "
                            "to ten people in a small enterprise, that plans, leads and monitors "
                            "improvement. It is the engine of SCORE in the enterprise and stays in place "
                            "for all later modules. Good practice:</p><ul><li>Roughly equal numbers of "
                            "managers and workers; worker members chosen by their colleagues rather than "
                            "appointed by the owner.</li><li>Both women and men, and members from "
                            "different departments and shifts.</li><li>A fixed meeting rhythm (at least "
                            "every two weeks), a rotating chair and written minutes displayed for all "
                            "staff.</li><li>A mandate from the owner to decide on small improvements and "
                            "manage a small budget without asking permission for each step.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Communication channels and daily meetings", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Cooperation needs channels that work in both directions. Top-down channels "
                            "tell workers about orders, targets and results; bottom-up channels bring "
                            "problems and ideas to management. In a small enterprise the most useful "
                            "channels are simple: a <b>daily meeting</b> of ten to fifteen minutes at the "
                            "start of the shift, held standing in front of a whiteboard with yesterday's "
                            "output, today's plan and open problems; a <b>notice board</b> with the KPIs "
                            "and the EIT minutes; and a <b>suggestion scheme</b>. The test of a channel is "
                            "not whether it exists but whether people use it and get an answer.</p>"
                        ),
                    ),
                    ("heading", {"text": "5S: a first visible improvement", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>5S (in Indonesia often taught as 5R: Ringkas, Rapi, Resik, Rawat, Rajin) "
                            "is a method for organising the workplace: <i>Sort</i> out what is not needed, "
                            "<i>Set in order</i> what remains, <i>Shine</i> (clean and inspect at the same "
                            "time), <i>Standardise</i> the first three steps, and <i>Sustain</i> the "
                            "habit. It is introduced in Module 1 because it gives quick, visible results "
                            "in which the whole workforce can take part, and because doing it well "
                            "requires exactly the cooperation the module builds.</p>"
                        ),
                    ),
                    ("heading", {"text": "Shared targets and KPIs", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>A shared target is one that managers and workers have agreed on, that is "
                            "measured with a small number of key performance indicators (KPIs), and whose "
                            "progress everyone can see. Three to five KPIs are enough: for example output "
                            "per day, orders delivered on time, rework, absenteeism and the number of "
                            "suggestions implemented. Display them on a board near the daily meeting point "
                            "and update them at least weekly, in figures that workers can check for "
                            "themselves.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A teak furniture maker in Jepara with about 45 workers regularly missed "
                                "container shipping dates. Workers on the finishing line learned about "
                                "deadlines only when the owner became angry. After the classroom, the EIT "
                                "of three managers and three workers started a ten-minute meeting at 07:45 "
                                "every morning in front of a whiteboard listing every open order, its due "
                                "date and the day's finishing target. Within three months, late shipments "
                                "fell from six to two out of every twenty containers, and workers began to "
                                "warn of material shortages days in advance instead of on the loading day."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Furniture workshop, Jepara, Central Java",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "How to open the topic with participants",
                            "text": (
                                "<p>Do not begin with theory. Ask each enterprise team: 'What happened the "
                                "last time a worker noticed a problem on the floor? How long did it take "
                                "for management to hear about it, and what was done?' The answers usually "
                                "make the case for cooperation better than any slide.</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Tujuan modul ini", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Sebagian besar usaha kecil dan menengah merugi bukan karena karyawannya "
                            "kurang terampil, melainkan karena informasi dan gagasan tidak mengalir. "
                            "Pekerja melihat pemborosan, cacat produk, dan kondisi kerja yang tidak aman "
                            "setiap hari, tetapi jarang memiliki saluran untuk menyampaikannya; sementara "
                            "itu manajer menetapkan target yang tidak pernah sampai ke lantai produksi. "
                            "Modul 1 membangun struktur dan kebiasaan dasar untuk mengubah keadaan ini: "
                            "manajer dan pekerja menyepakati target bersama dan mengupayakannya "
                            "bersama-sama.</p><p>Modul ini memiliki dua tujuan. Pertama, <b>menyatukan "
                            "karyawan dalam target bersama</b>, sehingga setiap orang tahu apa yang ingin "
                            "dicapai perusahaan bulan ini dan bagaimana pekerjaannya sendiri "
                            "berkontribusi. Kedua, <b>melibatkan seluruh tenaga kerja dalam perbaikan "
                            "berkelanjutan</b>, sehingga perbaikan bukan lagi proyek seorang manajer, "
                            "melainkan kegiatan rutin yang melibatkan semua orang.</p><p>Di Indonesia, "
                            "praktik yang paling sering disebut perusahaan peserta SCORE sebagai pendorong "
                            "kenaikan produktivitas justru praktik-praktik ini: sistem saran karyawan, "
                            "berbagi informasi mutu dengan karyawan, rapat harian, dan 5S.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Titik awal bagi semua pelatihan",
                            "text": (
                                "<p>Kerja Sama di Tempat Kerja selalu disampaikan pertama kali. Perusahaan "
                                "memulai SCORE dengan Modul 1, dan seorang pelatih harus tersertifikasi "
                                "untuk Kerja Sama di Tempat Kerja sebelum modul lainnya. Modul Kualitas, "
                                "Produksi Bersih, Manajemen Tenaga Kerja, serta Keselamatan dan Kesehatan "
                                "Kerja semuanya bertumpu pada Tim Peningkatan Perusahaan dan saluran "
                                "komunikasi yang dibangun di sini.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Konsep kunci", "level": "h2"}),
                    ("heading", {"text": "Tim Peningkatan Perusahaan (EIT)", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>EIT adalah tim kecil dan tetap yang terdiri atas manajer dan pekerja, "
                            "biasanya enam sampai sepuluh orang di perusahaan kecil, yang merencanakan, "
                            "memimpin, dan memantau perbaikan. Tim ini adalah motor penggerak SCORE di "
                            "perusahaan dan tetap berjalan untuk semua modul berikutnya. Praktik yang "
                            "baik:</p><ul><li>Jumlah manajer dan pekerja kurang lebih seimbang; anggota "
                            "dari unsur pekerja dipilih oleh rekan-rekannya, bukan ditunjuk oleh "
                            "pemilik.</li><li>Beranggotakan perempuan dan laki-laki, dari bagian dan "
                            "giliran kerja (shift) yang berbeda.</li><li>Jadwal rapat yang tetap "
                            "(setidaknya dua minggu sekali), pemimpin rapat yang bergiliran, dan notulen "
                            "tertulis yang dipajang untuk semua karyawan.</li><li>Mandat dari pemilik "
                            "untuk memutuskan perbaikan kecil dan mengelola anggaran kecil tanpa harus "
                            "meminta izin untuk setiap langkah.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Saluran komunikasi dan rapat harian", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Kerja sama membutuhkan saluran yang berjalan dua arah. Saluran dari atas "
                            "ke bawah menyampaikan informasi tentang pesanan, target, dan hasil kepada "
                            "pekerja; saluran dari bawah ke atas membawa masalah dan gagasan kepada "
                            "manajemen. Di perusahaan kecil, saluran yang paling berguna adalah yang "
                            "sederhana: <b>rapat harian</b> selama sepuluh sampai lima belas menit di awal "
                            "giliran kerja, dilakukan sambil berdiri di depan papan tulis yang memuat "
                            "output kemarin, rencana hari ini, dan masalah yang belum selesai; <b>papan "
                            "pengumuman</b> berisi KPI dan notulen EIT; serta <b>sistem saran</b>. Ukuran "
                            "keberhasilan sebuah saluran bukanlah keberadaannya, melainkan apakah orang "
                            "menggunakannya dan mendapat tanggapan.</p>"
                        ),
                    ),
                    ("heading", {"text": "5S: perbaikan pertama yang terlihat", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>5S (di Indonesia sering diajarkan sebagai 5R: Ringkas, Rapi, Resik, Rawat, "
                            "Rajin) adalah metode penataan tempat kerja: <i>memilah</i> dan menyingkirkan "
                            "barang yang tidak diperlukan, <i>menata</i> barang yang tersisa, "
                            "<i>membersihkan</i> sambil memeriksa, <i>membakukan</i> ketiga langkah "
                            "pertama, dan <i>membiasakannya</i>. 5S diperkenalkan di Modul 1 karena "
                            "memberikan hasil yang cepat dan terlihat serta dapat melibatkan seluruh "
                            "tenaga kerja, dan karena penerapannya yang baik membutuhkan kerja sama yang "
                            "dibangun oleh modul ini.</p>"
                        ),
                    ),
                    ("heading", {"text": "Target bersama dan KPI", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Target bersama adalah target yang telah disepakati manajer dan pekerja, "
                            "diukur dengan beberapa indikator kinerja utama (KPI), dan kemajuannya dapat "
                            "dilihat oleh semua orang. Tiga sampai lima KPI sudah cukup, misalnya output "
                            "per hari, pesanan yang dikirim tepat waktu, pengerjaan ulang, ketidakhadiran, "
                            "dan jumlah saran yang diterapkan. Pajang KPI di papan dekat tempat rapat "
                            "harian dan perbarui setidaknya setiap minggu, dengan angka yang dapat "
                            "diperiksa sendiri oleh pekerja.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah usaha mebel jati di Jepara dengan sekitar 45 pekerja sering "
                                "terlambat memenuhi jadwal pengapalan kontainer. Pekerja di bagian "
                                "finishing baru mengetahui tenggat waktu ketika pemilik sudah marah. "
                                "Setelah pelatihan di kelas, EIT yang beranggotakan tiga manajer dan tiga "
                                "pekerja memulai rapat sepuluh menit setiap pagi pukul 07.45 di depan "
                                "papan tulis yang memuat semua pesanan yang sedang berjalan, tanggal jatuh "
                                "temponya, dan target finishing hari itu. Dalam tiga bulan, pengiriman "
                                "yang terlambat turun dari enam menjadi dua dari setiap dua puluh "
                                "kontainer, dan pekerja mulai memberi tahu kekurangan bahan beberapa hari "
                                "sebelumnya, bukan pada hari pemuatan."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Usaha mebel, Jepara, Jawa Tengah",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cara membuka topik bersama peserta",
                            "text": (
                                "<p>Jangan memulai dengan teori. Tanyakan kepada setiap tim perusahaan: "
                                "'Apa yang terjadi terakhir kali seorang pekerja melihat masalah di lantai "
                                "produksi? Berapa lama sampai manajemen mengetahuinya, dan apa yang "
                                "kemudian dilakukan?' Jawabannya biasanya menjelaskan pentingnya kerja "
                                "sama lebih baik daripada slide mana pun.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "running-the-classroom",
            "title": {
                "en": "Running the two-day classroom session",
                "id": "Menyelenggarakan sesi kelas dua hari",
            },
            "introduction": {
                "en": (
                    "A half-day by half-day agenda for the Module 1 classroom, the participatory methods "
                    "that make it work, and how to handle hierarchy and gender balance when managers and "
                    "workers learn side by side."
                ),
                "id": (
                    "Agenda kelas Modul 1 per setengah hari, metode partisipatif yang membuatnya berhasil, "
                    "serta cara menangani hierarki dan keseimbangan gender ketika manajer dan pekerja "
                    "belajar berdampingan."
                ),
            },
            "estimated_minutes": 45,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "Who is in the room", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A typical class brings together four to five enterprises, each sending two "
                            "managers and two workers, so you work with 16 to 20 participants. Managers "
                            "and workers are trained together, in the same room and at the same tables. "
                            "This is deliberate: the module is about the relationship between them. Before "
                            "the class, confirm with each enterprise that the workers attend as full "
                            "participants (paid working time, not a day off) and that at least one of the "
                            "four is a woman where the workforce allows it.</p><p>Arrange the room in "
                            "enterprise tables for planning work, and mix the tables for games and "
                            "discussions so that participants also learn from other enterprises. Keep a "
                            "'parking lot' flip chart for questions that do not fit the session under "
                            "way.</p>"
                        ),
                    ),
                    ("heading", {"text": "The agenda, half-day by half-day", "level": "h2"}),
                    ("heading", {"text": "Day 1 morning: why cooperation pays", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Opening, introductions and expectations; each enterprise presents "
                            "itself in three minutes (product, workforce, one current "
                            "challenge).</li><li>A communication game, for example a one-way versus "
                            "two-way drawing exercise, followed by a debrief on how instructions get lost "
                            "on the shop floor.</li><li>The business case for cooperation: what poor "
                            "communication costs (rework, waiting, staff turnover) in the participants' "
                            "own enterprises, using examples from the baseline assessment.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Day 1 afternoon: communication channels and the EIT", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Mapping communication: each enterprise team draws how information on "
                            "orders, problems and ideas currently travels between owner, supervisors and "
                            "workers, and marks where it gets stuck.</li><li>Daily meetings: a role play "
                            "of a ten-minute stand-up meeting, played once badly and once "
                            "well.</li><li>The Enterprise Improvement Team: purpose, membership, meeting "
                            "rhythm, minutes; each enterprise proposes its EIT members and meeting "
                            "time.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 2 morning: 5S and suggestion schemes", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Review of day 1 by participants (a worker from each enterprise "
                            "reports back).</li><li>5S: a short input, then a photo exercise or a 5S walk "
                            "through the host enterprise or the training venue, looking for items to sort "
                            "and places to set in order.</li><li>Suggestion schemes: what makes them work "
                            "or fail; each enterprise designs the simple scheme it will launch.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Day 2 afternoon: shared targets and the Enterprise Improvement Plan",
                            "level": "h3",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Choosing three to five KPIs and realistic targets, using the baseline "
                            "figures.</li><li>Drafting the Enterprise Improvement Plan on the worksheet: "
                            "actions, owners, dates.</li><li>Each enterprise presents its plan; the other "
                            "teams and the trainer give feedback.</li><li>The date of the first "
                            "consultancy visit is fixed before participants leave; closing and "
                            "evaluation.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Handling hierarchy",
                            "text": (
                                "<p>In many Indonesian workplaces workers are reluctant to contradict a "
                                "superior in public (<i>ewuh pakewuh</i>). If you put an open question to "
                                "the whole room, the managers will answer. Give workers the first word in "
                                "group reports, use written cards before spoken discussion so that ideas "
                                "are collected without names, let workers rather than managers present "
                                "their enterprise's results, and thank managers openly when they listen "
                                "instead of correcting. Talk to the owners before the class so that they "
                                "know this is intended and do not feel undermined.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Gender balance in practice",
                            "text": (
                                "<p>Check the participant list in advance and ask each enterprise to send "
                                "at least one woman. In the room, rotate the roles of presenter, "
                                "note-taker and time-keeper so that women are not always the note-takers, "
                                "watch who speaks in mixed groups, and invite quieter participants "
                                "directly. Plan breaks around prayer times, with a longer midday break on "
                                "Friday, and finish on time so that participants with care "
                                "responsibilities can leave as planned.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Mixed-team communication game",
                            "objective": (
                                "Experience how one-way instructions lose information and how feedback "
                                "from the receiver improves the result, as a basis for discussing "
                                "communication channels in the enterprise."
                            ),
                            "duration_minutes": 40,
                            "group_size": (
                                "Pairs from different enterprises, ideally one manager and one worker"
                            ),
                            "materials": [
                                "A4 paper and pens",
                                "Two simple drawings made of geometric shapes",
                                "Flip chart and markers",
                                "Timer",
                            ],
                            "steps": [
                                (
                                    "Seat the pairs back to back. One person (the sender) gets drawing A; "
                                    "the other (the receiver) gets blank paper."
                                ),
                                (
                                    "Round 1: the sender describes drawing A for 5 minutes; the receiver "
                                    "may not speak or ask questions."
                                ),
                                (
                                    "Round 2: swap roles and use drawing B; this time the receiver may ask "
                                    "questions and the sender may answer."
                                ),
                                (
                                    "Compare the drawings with the originals and ask each pair to score "
                                    "accuracy and how confident they felt in each round."
                                ),
                                (
                                    "Debrief in plenary: where in your enterprise do instructions work "
                                    "like round 1? What would make them more like round 2?"
                                ),
                                (
                                    "Write the answers on a flip chart and keep it for the "
                                    "communication-mapping session in the afternoon."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "In a class in Semarang, the worker participants from a garment "
                                "subcontractor said nothing during the whole first morning while their "
                                "owner sat at the same table. After the break the trainer changed the "
                                "method: participants first wrote problems on cards without names, then "
                                "the cards were grouped on the wall. Half the cards came from workers, and "
                                "the most frequent problem, cutting patterns changed without telling the "
                                "sewing line, became the first action in that enterprise's improvement "
                                "plan."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Module 1 class, Semarang, Central Java",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Trainer Guide: Workplace Cooperation",
                            "description": (
                                "Session-by-session notes for the two classroom days, including timing, "
                                "materials and debrief questions for each exercise."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Siapa yang ada di ruangan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Satu kelas biasanya terdiri atas empat sampai lima perusahaan, "
                            "masing-masing mengirim dua manajer dan dua pekerja, sehingga Anda bekerja "
                            "dengan 16 sampai 20 peserta. Manajer dan pekerja dilatih bersama, di ruangan "
                            "yang sama dan di meja yang sama. Hal ini disengaja, karena modul ini membahas "
                            "hubungan di antara mereka. Sebelum kelas, pastikan kepada setiap perusahaan "
                            "bahwa pekerja hadir sebagai peserta penuh (dihitung sebagai waktu kerja yang "
                            "dibayar, bukan hari libur) dan bahwa setidaknya satu dari empat peserta "
                            "adalah perempuan, bila komposisi tenaga kerja memungkinkan.</p><p>Atur "
                            "ruangan dengan meja per perusahaan untuk kegiatan perencanaan, dan campur "
                            "meja untuk permainan dan diskusi agar peserta juga belajar dari perusahaan "
                            "lain. Sediakan satu lembar kertas plano sebagai 'tempat parkir' untuk "
                            "pertanyaan yang belum sesuai dengan sesi yang sedang berjalan.</p>"
                        ),
                    ),
                    ("heading", {"text": "Agenda per setengah hari", "level": "h2"}),
                    ("heading", {"text": "Hari 1 pagi: mengapa kerja sama menguntungkan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Pembukaan, perkenalan, dan harapan peserta; setiap perusahaan "
                            "memperkenalkan diri dalam tiga menit (produk, jumlah tenaga kerja, satu "
                            "tantangan yang sedang dihadapi).</li><li>Permainan komunikasi, misalnya "
                            "latihan menggambar dengan komunikasi satu arah dan dua arah, dilanjutkan "
                            "dengan refleksi tentang bagaimana instruksi bisa hilang di lantai "
                            "produksi.</li><li>Alasan bisnis untuk bekerja sama: biaya akibat komunikasi "
                            "yang buruk (pengerjaan ulang, waktu menunggu, karyawan keluar) di perusahaan "
                            "peserta sendiri, dengan contoh dari asesmen baseline.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 1 siang: saluran komunikasi dan EIT", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Pemetaan komunikasi: setiap tim perusahaan menggambar bagaimana "
                            "informasi tentang pesanan, masalah, dan gagasan saat ini mengalir antara "
                            "pemilik, pengawas, dan pekerja, serta menandai titik-titik tempat informasi "
                            "tersendat.</li><li>Rapat harian: permainan peran rapat berdiri sepuluh menit, "
                            "dimainkan sekali dengan cara yang buruk dan sekali dengan cara yang "
                            "baik.</li><li>Tim Peningkatan Perusahaan: tujuan, keanggotaan, jadwal rapat, "
                            "notulen; setiap perusahaan mengusulkan anggota EIT dan waktu "
                            "rapatnya.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 2 pagi: 5S dan sistem saran", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Ulasan hari pertama oleh peserta (seorang pekerja dari setiap "
                            "perusahaan menyampaikan rangkumannya).</li><li>5S: paparan singkat, lalu "
                            "latihan dengan foto atau jalan-jalan 5S di perusahaan tuan rumah atau di "
                            "tempat pelatihan untuk mencari barang yang perlu dipilah dan tempat yang "
                            "perlu ditata.</li><li>Sistem saran: apa yang membuatnya berhasil atau gagal; "
                            "setiap perusahaan merancang sistem sederhana yang akan "
                            "diluncurkannya.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Hari 2 siang: target bersama dan Rencana Peningkatan Perusahaan",
                            "level": "h3",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Memilih tiga sampai lima KPI dan target yang realistis berdasarkan "
                            "angka baseline.</li><li>Menyusun draf Rencana Peningkatan Perusahaan pada "
                            "lembar kerja: tindakan, penanggung jawab, tanggal.</li><li>Setiap perusahaan "
                            "mempresentasikan rencananya; tim lain dan pelatih memberikan "
                            "masukan.</li><li>Tanggal kunjungan konsultasi pertama ditetapkan sebelum "
                            "peserta pulang; penutupan dan evaluasi.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Menangani hierarki",
                            "text": (
                                "<p>Di banyak tempat kerja di Indonesia, pekerja enggan membantah atasan "
                                "di depan umum (<i>ewuh pakewuh</i>). Jika Anda melontarkan pertanyaan "
                                "terbuka ke seluruh ruangan, manajerlah yang akan menjawab. Berikan "
                                "kesempatan pertama kepada pekerja dalam laporan kelompok, gunakan kartu "
                                "tertulis sebelum diskusi lisan agar gagasan terkumpul tanpa nama, minta "
                                "pekerja, bukan manajer, yang mempresentasikan hasil perusahaannya, dan "
                                "berikan apresiasi terbuka kepada manajer yang mau mendengarkan alih-alih "
                                "mengoreksi. Bicarakan dengan pemilik usaha sebelum kelas agar mereka tahu "
                                "bahwa hal ini disengaja dan tidak merasa dilangkahi.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Keseimbangan gender dalam praktik",
                            "text": (
                                "<p>Periksa daftar peserta sejak awal dan minta setiap perusahaan mengirim "
                                "setidaknya satu perempuan. Di dalam kelas, gilir peran penyaji, pencatat, "
                                "dan penjaga waktu agar perempuan tidak selalu menjadi pencatat, "
                                "perhatikan siapa yang berbicara dalam kelompok campuran, dan ajak peserta "
                                "yang lebih pendiam secara langsung. Atur waktu istirahat sesuai waktu "
                                "salat, dengan istirahat siang yang lebih panjang pada hari Jumat, dan "
                                "akhiri kelas tepat waktu agar peserta yang memiliki tanggung jawab "
                                "pengasuhan dapat pulang sesuai rencana.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Permainan komunikasi dalam tim campuran",
                            "objective": (
                                "Merasakan bagaimana instruksi satu arah kehilangan informasi dan "
                                "bagaimana umpan balik dari penerima memperbaiki hasilnya, sebagai dasar "
                                "diskusi tentang saluran komunikasi di perusahaan."
                            ),
                            "duration_minutes": 40,
                            "group_size": (
                                "Berpasangan dari perusahaan yang berbeda, sebaiknya satu manajer dan satu "
                                "pekerja"
                            ),
                            "materials": [
                                "Kertas A4 dan pulpen",
                                "Dua gambar sederhana yang tersusun dari bentuk-bentuk geometris",
                                "Kertas plano dan spidol",
                                "Pengatur waktu",
                            ],
                            "steps": [
                                (
                                    "Dudukkan setiap pasangan saling membelakangi. Satu orang (pengirim) "
                                    "menerima gambar A; yang lain (penerima) menerima kertas kosong."
                                ),
                                (
                                    "Babak 1: pengirim menjelaskan gambar A selama 5 menit; penerima tidak "
                                    "boleh berbicara atau bertanya."
                                ),
                                (
                                    "Babak 2: bertukar peran dan gunakan gambar B; kali ini penerima boleh "
                                    "bertanya dan pengirim boleh menjawab."
                                ),
                                (
                                    "Bandingkan hasil gambar dengan aslinya, lalu minta setiap pasangan "
                                    "menilai ketepatan gambar dan seberapa yakin mereka pada setiap babak."
                                ),
                                (
                                    "Refleksi pleno: di bagian mana di perusahaan Anda instruksi berjalan "
                                    "seperti babak 1? Apa yang dapat membuatnya lebih seperti babak 2?"
                                ),
                                (
                                    "Tuliskan jawaban peserta di kertas plano dan simpan untuk sesi "
                                    "pemetaan komunikasi pada siang harinya."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Dalam sebuah kelas di Semarang, peserta pekerja dari sebuah perusahaan "
                                "subkontrak garmen tidak berbicara sama sekali sepanjang pagi pertama "
                                "karena pemiliknya duduk di meja yang sama. Setelah istirahat, pelatih "
                                "mengubah metodenya: peserta terlebih dahulu menuliskan masalah di kartu "
                                "tanpa nama, lalu kartu-kartu itu dikelompokkan di dinding. Separuh kartu "
                                "berasal dari pekerja, dan masalah yang paling sering muncul, yaitu pola "
                                "potong yang diubah tanpa memberi tahu bagian jahit, menjadi tindakan "
                                "pertama dalam rencana peningkatan perusahaan tersebut."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Kelas Modul 1, Semarang, Jawa Tengah",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Panduan Pelatih: Kerja Sama di Tempat Kerja",
                            "description": (
                                "Catatan per sesi untuk dua hari kelas, termasuk alokasi waktu, bahan, dan "
                                "pertanyaan refleksi untuk setiap latihan."
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "between-the-visits",
            "title": {
                "en": "Between the visits: improvement plan, consultancy and results",
                "id": "Di antara kunjungan: rencana peningkatan, konsultasi, dan hasil",
            },
            "introduction": {
                "en": (
                    "What the enterprise team does after the classroom, how the four consultancy visits "
                    "are used, what you check at each visit, and how the cycle ends with monitoring and "
                    "the results presentation workshop."
                ),
                "id": (
                    "Apa yang dikerjakan tim perusahaan setelah kelas, bagaimana empat kunjungan "
                    "konsultasi dimanfaatkan, apa yang Anda periksa pada setiap kunjungan, dan bagaimana "
                    "siklus diakhiri dengan pemantauan serta lokakarya presentasi hasil."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["eip-worksheet", "trainer-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "From the classroom to the workplace", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The classroom produces a draft Enterprise Improvement Plan (EIP); the "
                            "consultancy visits turn it into practice. The visits are what make SCORE "
                            "different from an ordinary course: they ensure that what was learned in the "
                            "classroom is put into action in the workplace. Between visits the Enterprise "
                            "Improvement Team does the work; the trainer coaches, checks progress and "
                            "helps the team solve problems it cannot solve alone.</p><p>In the first week "
                            "after the classroom, the four participants should report back to the rest of "
                            "the workforce, hold the first EIT meeting with the full team (including "
                            "members who did not attend the classroom), and confirm the EIP with the "
                            "owner.</p>"
                        ),
                    ),
                    ("heading", {"text": "The Enterprise Improvement Plan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A good EIP is short and concrete. It names the EIT members and their "
                            "meeting rhythm, three to five KPIs with baseline and target, and five to "
                            "eight actions, each with one responsible person, a start and finish date and "
                            "a clear sign of completion. Typical first actions in Module 1 are a daily "
                            "meeting, a KPI board, 5S in a pilot area and the launch of a suggestion "
                            "scheme. Resist plans with twenty actions: a team that completes five actions "
                            "learns more than a team that starts twenty.</p>"
                        ),
                    ),
                    (
                        "document",
                        {
                            "material": "eip-worksheet",
                            "title": "Worksheet: Enterprise Improvement Plan",
                            "description": (
                                "The four-part worksheet (team, baseline and targets, actions, review) "
                                "used in the classroom and at every consultancy visit."
                            ),
                        },
                    ),
                    ("heading", {"text": "The four consultancy visits", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Plan the visits over about three months, each lasting half a day to a full "
                            "day:</p><ol><li><b>Visit 1 (within two weeks):</b> meet the full EIT and "
                            "check that the team has met and that the EIP is agreed; walk the floor "
                            "together and choose the 5S pilot area; help set up the KPI "
                            "board.</li><li><b>Visit 2 (around week 4–5):</b> observe a daily meeting; "
                            "review the EIT minutes and the first KPI values; check 5S progress in the "
                            "pilot area and the launch of the suggestion scheme.</li><li><b>Visit 3 "
                            "(around week 8):</b> review the suggestions received and how they were "
                            "answered; help the team tackle stalled actions; extend 5S beyond the pilot "
                            "area if it has been sustained.</li><li><b>Visit 4 (around week 11–12):</b> "
                            "measure the KPIs against the baseline, review what has been achieved and "
                            "learned, and coach the team in preparing its results presentation.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "What to check at every visit",
                            "items": [
                                (
                                    "The EIT has met since the last visit, and its minutes are written and "
                                    "displayed for staff."
                                ),
                                "Worker members of the EIT speak and take on actions, not only managers.",
                                (
                                    "Each EIP action has a status (done, in progress, late or dropped) and "
                                    "a reason."
                                ),
                                (
                                    "KPI values are recorded with the same definitions as the baseline and "
                                    "are visible on the board."
                                ),
                                (
                                    "The daily meeting takes place, starts on time and lasts no more than "
                                    "fifteen minutes."
                                ),
                                "Every suggestion received since the last visit has been answered.",
                                "The 5S pilot area is still in order, not just tidied up for your visit.",
                                (
                                    "The actions agreed at this visit are written down with owners and "
                                    "dates before you leave."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "When the owner decides everything",
                            "text": (
                                "<p>A common pattern: the EIT meets, but every decision waits for the "
                                "owner. If actions stall for this reason, meet the owner separately, show "
                                "the list of stalled actions and agree together which decisions the EIT "
                                "may take on its own (for example spending up to a fixed amount, or "
                                "rearranging a work area). Write this mandate into the EIT minutes.</p>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Monitoring and the results presentation workshop", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Monitoring is part of the method, not paperwork at the end. At each visit, "
                            "record the KPI values and the status of actions in your visit report. At the "
                            "last visit, compare the KPIs with the baseline over periods of the same "
                            "length, and note anything else that changed (for example the volume of orders "
                            "or the number of staff) that may explain the figures.</p><p>The cycle ends "
                            "with a <b>results presentation workshop</b>: each enterprise of the class "
                            "presents, in ten to fifteen minutes, what it changed, the evidence of results "
                            "and its next steps. Ask that a worker member of the EIT presents at least "
                            "part of it. Invite the owners, sponsors and, where possible, enterprises "
                            "planning to join the next cycle. For candidate trainers, the visit reports "
                            "and results form the progress report that the Expert Trainer reviews.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A krupuk producer in Sidoarjo with about 30 workers formed an EIT and "
                                "drew up a clear plan in the classroom, but at the second visit nothing "
                                "had moved: the owner had been travelling and the team was waiting for "
                                "him. The trainer met the owner, who agreed that the EIT could decide on "
                                "changes costing up to Rp 2 million without asking. By the fourth visit "
                                "the team had reorganised the drying area with 5S, started a daily "
                                "briefing at the frying station, and cut the time spent looking for "
                                "packing materials from about 20 minutes per batch to under 5."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Food producer, Sidoarjo, East Java",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Record as you go",
                            "text": (
                                "<p>Write the visit report on the same day and enter it in SCORE Academy "
                                "while the details are fresh: date, who attended, what you observed, KPI "
                                "values and agreed actions. A photo of the KPI board, and of the 5S area "
                                "before and after, is often the best evidence for the results "
                                "presentation.</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Dari kelas ke tempat kerja", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Kelas menghasilkan draf Rencana Peningkatan Perusahaan (EIP); kunjungan "
                            "konsultasi mewujudkannya dalam praktik. Kunjungan inilah yang membedakan "
                            "SCORE dari kursus biasa: kunjungan tersebut memastikan bahwa apa yang "
                            "dipelajari di kelas benar-benar diterapkan di tempat kerja. Di antara "
                            "kunjungan, Tim Peningkatan Perusahaan yang menjalankan pekerjaan; pelatih "
                            "mendampingi, memeriksa kemajuan, dan membantu tim memecahkan masalah yang "
                            "tidak dapat diselesaikannya sendiri.</p><p>Pada minggu pertama setelah kelas, "
                            "keempat peserta sebaiknya menyampaikan hasil pelatihan kepada seluruh "
                            "karyawan, mengadakan rapat EIT pertama dengan tim lengkap (termasuk anggota "
                            "yang tidak mengikuti kelas), dan memastikan EIP disetujui oleh pemilik.</p>"
                        ),
                    ),
                    ("heading", {"text": "Rencana Peningkatan Perusahaan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>EIP yang baik itu singkat dan konkret. Rencana ini menyebutkan anggota EIT "
                            "dan jadwal rapatnya, tiga sampai lima KPI beserta baseline dan targetnya, "
                            "serta lima sampai delapan tindakan, masing-masing dengan satu penanggung "
                            "jawab, tanggal mulai dan selesai, dan tanda selesai yang jelas. Tindakan awal "
                            "yang umum pada Modul 1 adalah rapat harian, papan KPI, 5S di area "
                            "percontohan, dan peluncuran sistem saran. Hindari rencana dengan dua puluh "
                            "tindakan: tim yang menuntaskan lima tindakan belajar lebih banyak daripada "
                            "tim yang memulai dua puluh tindakan.</p>"
                        ),
                    ),
                    (
                        "document",
                        {
                            "material": "eip-worksheet",
                            "title": "Lembar Kerja: Rencana Peningkatan Perusahaan",
                            "description": (
                                "Lembar kerja empat bagian (tim, baseline dan target, tindakan, tinjauan) "
                                "yang digunakan di kelas dan pada setiap kunjungan konsultasi."
                            ),
                        },
                    ),
                    ("heading", {"text": "Empat kunjungan konsultasi", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Rencanakan kunjungan dalam kurun waktu sekitar tiga bulan, masing-masing "
                            "berlangsung setengah hari hingga satu hari penuh:</p><ol><li><b>Kunjungan 1 "
                            "(paling lambat dua minggu setelah kelas):</b> temui EIT lengkap dan pastikan "
                            "tim sudah rapat serta EIP sudah disepakati; telusuri lantai produksi bersama "
                            "dan pilih area percontohan 5S; bantu menyiapkan papan "
                            "KPI.</li><li><b>Kunjungan 2 (sekitar minggu ke-4–5):</b> amati rapat harian; "
                            "tinjau notulen EIT dan nilai KPI pertama; periksa kemajuan 5S di area "
                            "percontohan dan peluncuran sistem saran.</li><li><b>Kunjungan 3 (sekitar "
                            "minggu ke-8):</b> tinjau saran yang masuk dan bagaimana saran tersebut "
                            "ditanggapi; bantu tim mengatasi tindakan yang macet; perluas 5S ke luar area "
                            "percontohan jika sudah terjaga.</li><li><b>Kunjungan 4 (sekitar minggu "
                            "ke-11–12):</b> ukur KPI dibandingkan dengan baseline, tinjau apa yang telah "
                            "dicapai dan dipelajari, dan dampingi tim menyiapkan presentasi "
                            "hasilnya.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Yang diperiksa pada setiap kunjungan",
                            "items": [
                                (
                                    "EIT sudah rapat sejak kunjungan terakhir, dan notulennya ditulis "
                                    "serta dipajang untuk karyawan."
                                ),
                                (
                                    "Anggota EIT dari unsur pekerja ikut berbicara dan mengambil tugas, "
                                    "bukan hanya manajer."
                                ),
                                (
                                    "Setiap tindakan dalam EIP memiliki status (selesai, sedang berjalan, "
                                    "terlambat, atau dibatalkan) beserta alasannya."
                                ),
                                (
                                    "Nilai KPI dicatat dengan definisi yang sama dengan baseline dan "
                                    "terlihat di papan."
                                ),
                                (
                                    "Rapat harian berlangsung, dimulai tepat waktu, dan tidak lebih dari "
                                    "lima belas menit."
                                ),
                                (
                                    "Setiap saran yang masuk sejak kunjungan terakhir sudah mendapat "
                                    "tanggapan."
                                ),
                                (
                                    "Area percontohan 5S tetap tertata, bukan hanya dirapikan menjelang "
                                    "kunjungan Anda."
                                ),
                                (
                                    "Tindakan yang disepakati pada kunjungan ini dicatat lengkap dengan "
                                    "penanggung jawab dan tanggalnya sebelum Anda pulang."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Ketika pemilik memutuskan segalanya",
                            "text": (
                                "<p>Pola yang sering terjadi: EIT mengadakan rapat, tetapi setiap "
                                "keputusan menunggu pemilik. Jika tindakan macet karena alasan ini, temui "
                                "pemilik secara terpisah, tunjukkan daftar tindakan yang macet, dan "
                                "sepakati bersama keputusan apa saja yang boleh diambil EIT secara mandiri "
                                "(misalnya pengeluaran sampai jumlah tertentu, atau penataan ulang area "
                                "kerja). Tuliskan mandat ini dalam notulen EIT.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Pemantauan dan lokakarya presentasi hasil", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Pemantauan adalah bagian dari metode, bukan urusan administrasi di akhir. "
                            "Pada setiap kunjungan, catat nilai KPI dan status tindakan dalam laporan "
                            "kunjungan Anda. Pada kunjungan terakhir, bandingkan KPI dengan baseline untuk "
                            "periode dengan panjang yang sama, dan catat perubahan lain (misalnya volume "
                            "pesanan atau jumlah karyawan) yang mungkin turut memengaruhi angka "
                            "tersebut.</p><p>Siklus diakhiri dengan <b>lokakarya presentasi hasil</b>: "
                            "setiap perusahaan dalam kelas mempresentasikan, dalam sepuluh sampai lima "
                            "belas menit, apa yang telah diubah, bukti hasilnya, dan langkah selanjutnya. "
                            "Mintalah agar seorang anggota EIT dari unsur pekerja membawakan setidaknya "
                            "sebagian presentasi. Undang para pemilik, sponsor, dan bila memungkinkan, "
                            "perusahaan yang berencana mengikuti siklus berikutnya. Bagi calon pelatih, "
                            "laporan kunjungan dan hasil ini menjadi laporan kemajuan yang ditinjau oleh "
                            "Pelatih Ahli.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah produsen kerupuk di Sidoarjo dengan sekitar 30 pekerja berhasil "
                                "membentuk EIT dan menyusun rencana yang jelas di kelas, tetapi pada "
                                "kunjungan kedua belum ada yang berjalan: pemilik sedang bepergian dan tim "
                                "menunggunya. Pelatih menemui pemilik, yang kemudian setuju bahwa EIT "
                                "boleh memutuskan perubahan dengan biaya hingga Rp2 juta tanpa meminta "
                                "izin. Pada kunjungan keempat, tim telah menata ulang area penjemuran "
                                "dengan 5S, memulai briefing harian di bagian penggorengan, dan memangkas "
                                "waktu mencari bahan kemasan dari sekitar 20 menit menjadi kurang dari 5 "
                                "menit per batch."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Produsen makanan, Sidoarjo, Jawa Timur",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Catat sambil berjalan",
                            "text": (
                                "<p>Tulis laporan kunjungan pada hari yang sama dan masukkan ke SCORE "
                                "Academy selagi detailnya masih segar: tanggal, siapa yang hadir, apa yang "
                                "Anda amati, nilai KPI, dan tindakan yang disepakati. Foto papan KPI, "
                                "serta foto area 5S sebelum dan sesudah, sering menjadi bukti terbaik "
                                "untuk presentasi hasil.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "suggestion-scheme",
            "title": {
                "en": "Running an effective suggestion scheme",
                "id": "Menjalankan sistem saran yang efektif",
            },
            "introduction": {
                "en": (
                    "How to help an enterprise design, launch and sustain a suggestion scheme that workers "
                    "actually use, and how to revive one that has gone quiet."
                ),
                "id": (
                    "Cara membantu perusahaan merancang, meluncurkan, dan menjaga sistem saran yang "
                    "benar-benar digunakan pekerja, serta cara menghidupkan kembali sistem yang sudah sepi."
                ),
            },
            "estimated_minutes": 35,
            "downloads": ["trainer-guide", "eip-worksheet"],
            "body": {
                "en": [
                    ("heading", {"text": "Why suggestion schemes fail", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Almost every enterprise has tried a suggestion box at some point, and most "
                            "of those boxes are empty. The reasons are nearly always the same: nobody "
                            "knows what happens to a suggestion, answers come late or never, suggestions "
                            "are treated as complaints, or the person who makes a suggestion is told to "
                            "implement it alone. A suggestion scheme works only when the enterprise treats "
                            "each suggestion as a small project with a clear owner and a fast answer.</p>"
                        ),
                    ),
                    ("heading", {"text": "Designing the scheme", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Help the EIT agree on the following before the launch:</p><ul><li><b>How "
                            "to submit:</b> a simple one-page form, a suggestion book at the daily meeting "
                            "point, or verbally to an EIT member who writes it down for colleagues who "
                            "prefer not to write.</li><li><b>Who may submit:</b> everyone, including "
                            "contract and daily workers, individually or as a group.</li><li><b>Who "
                            "reviews:</b> the EIT, at every meeting, with simple criteria: is it safe, is "
                            "it cheap, does it improve quality, output or working "
                            "conditions?</li><li><b>How fast:</b> every suggestion gets an answer within "
                            "two weeks, with a reason if it is not accepted.</li><li><b>How it is made "
                            "visible:</b> a board listing each suggestion, its status and the "
                            "result.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Recognition", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Recognition matters more than money. Thank the person by name at the daily "
                            "meeting, show the before and after on the board, and pick a 'suggestion of "
                            "the month'. Small rewards (a meal voucher, a certificate) work well; large "
                            "cash prizes tend to create competition and disputes over whose idea it was. "
                            "Agree with the owner in advance whether and how savings from big suggestions "
                            "will be shared, and stick to it.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Answer every suggestion",
                            "text": (
                                "<p>The single most important rule is that every suggestion gets an "
                                "answer, and a 'no' comes with a reason. A rejected suggestion with a "
                                "clear explanation keeps people suggesting; a suggestion that disappears "
                                "stops them.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Design your enterprise's suggestion scheme",
                            "objective": (
                                "Each enterprise team leaves the classroom with a suggestion scheme it can "
                                "launch within two weeks."
                            ),
                            "duration_minutes": 45,
                            "group_size": "Enterprise teams (2 managers, 2 workers)",
                            "materials": [
                                "Flip chart paper and markers",
                                "Sample suggestion forms from previous cycles",
                                "The Enterprise Improvement Plan worksheet",
                            ],
                            "steps": [
                                (
                                    "Ask each team to list, in five minutes, the reasons why suggestion "
                                    "schemes they know have failed."
                                ),
                                (
                                    "Teams design their own scheme on a flip chart: how to submit, who may "
                                    "submit, who reviews, how fast, how it is made visible and how people "
                                    "are recognised."
                                ),
                                (
                                    "The workers in each team draft the suggestion form or book layout; "
                                    "the managers draft the review process. Then they swap and critique "
                                    "each other's part."
                                ),
                                (
                                    "Each team presents its design in three minutes; another team asks: "
                                    "'What happens to my suggestion on day 1, day 7 and day 14?'"
                                ),
                                (
                                    "Teams add the launch of the scheme, with a responsible person and a "
                                    "date, to their Enterprise Improvement Plan."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A batik workshop in Pekalongan with about 25 workers, most of them women, "
                                "put up a suggestion box after the classroom. A month later it was still "
                                "empty. At the consultancy visit the EIT learned that several workers were "
                                "not comfortable writing. The team replaced the box with a suggestion book "
                                "kept at the daily meeting point, where an EIT member wrote down ideas "
                                "told to them, and began reading out the answers every Monday. In three "
                                "months 38 suggestions came in and 21 were implemented, among them moving "
                                "the wax-heating stove closer to the canting tables to reduce walking and "
                                "smoke, and a recipe card at the dye station that cut colour differences "
                                "between batches."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Batik workshop, Pekalongan, Central Java",
                        },
                    ),
                    ("heading", {"text": "Keeping the scheme alive", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Track three figures and put them on the KPI board: suggestions received "
                            "per month, the share answered within two weeks, and the number implemented. A "
                            "healthy scheme in a small enterprise often starts with a wave of suggestions "
                            "about working conditions (fans, lighting, toilets, drinking water) before "
                            "moving on to production ideas. Take the first wave seriously: it shows "
                            "workers whether the scheme is real. If the numbers fall, the EIT can run a "
                            "themed month (for example on reducing rework or on safety) or invite "
                            "suggestions at the daily meeting.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Suggestion scheme health check (for consultancy visits)",
                            "items": [
                                "Suggestions can be submitted both in writing and verbally.",
                                "Contract and daily workers know that they may submit suggestions.",
                                "The EIT reviews suggestions at every meeting.",
                                "Every suggestion has been answered within two weeks.",
                                "Rejected suggestions were given a reason.",
                                (
                                    "The suggestion board is up to date and shows the results of "
                                    "implemented suggestions."
                                ),
                                "People whose suggestions were implemented have been recognised.",
                                (
                                    "The monthly numbers received, answered and implemented are on the KPI "
                                    "board."
                                ),
                            ],
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Mengapa sistem saran gagal", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Hampir setiap perusahaan pernah mencoba kotak saran, dan sebagian besar "
                            "kotak itu kosong. Penyebabnya hampir selalu sama: tidak ada yang tahu apa "
                            "yang terjadi dengan saran yang masuk, tanggapan datang terlambat atau tidak "
                            "pernah datang, saran dianggap sebagai keluhan, atau orang yang memberi saran "
                            "diminta melaksanakannya sendirian. Sistem saran hanya berjalan jika "
                            "perusahaan memperlakukan setiap saran sebagai proyek kecil dengan penanggung "
                            "jawab yang jelas dan tanggapan yang cepat.</p>"
                        ),
                    ),
                    ("heading", {"text": "Merancang sistem saran", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Bantu EIT menyepakati hal-hal berikut sebelum "
                            "peluncuran:</p><ul><li><b>Cara menyampaikan:</b> formulir sederhana satu "
                            "halaman, buku saran di tempat rapat harian, atau secara lisan kepada anggota "
                            "EIT yang akan menuliskannya bagi rekan yang lebih suka tidak "
                            "menulis.</li><li><b>Siapa yang boleh menyampaikan:</b> semua orang, termasuk "
                            "pekerja kontrak dan pekerja harian, secara perorangan maupun "
                            "berkelompok.</li><li><b>Siapa yang meninjau:</b> EIT, pada setiap rapat, "
                            "dengan kriteria sederhana: apakah aman, apakah murah, apakah memperbaiki "
                            "mutu, output, atau kondisi kerja?</li><li><b>Seberapa cepat:</b> setiap saran "
                            "mendapat tanggapan paling lambat dua minggu, disertai alasan jika tidak "
                            "diterima.</li><li><b>Bagaimana agar terlihat:</b> papan yang memuat setiap "
                            "saran, statusnya, dan hasilnya.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Penghargaan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Penghargaan lebih penting daripada uang. Ucapkan terima kasih kepada "
                            "pemberi saran dengan menyebut namanya di rapat harian, tampilkan kondisi "
                            "sebelum dan sesudah di papan, dan pilih 'saran terbaik bulan ini'. Hadiah "
                            "kecil (voucher makan, sertifikat) cukup efektif; hadiah uang tunai yang besar "
                            "cenderung memicu persaingan dan perselisihan tentang siapa pemilik gagasan. "
                            "Sepakati dengan pemilik sejak awal apakah dan bagaimana penghematan dari "
                            "saran besar akan dibagi, lalu patuhi kesepakatan itu.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Tanggapi setiap saran",
                            "text": (
                                "<p>Aturan terpenting adalah setiap saran mendapat tanggapan, dan "
                                "penolakan selalu disertai alasan. Saran yang ditolak dengan penjelasan "
                                "yang jelas membuat orang tetap mau memberi saran; saran yang hilang "
                                "begitu saja membuat mereka berhenti.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Rancang sistem saran perusahaan Anda",
                            "objective": (
                                "Setiap tim perusahaan meninggalkan kelas dengan sistem saran yang dapat "
                                "diluncurkan dalam dua minggu."
                            ),
                            "duration_minutes": 45,
                            "group_size": "Tim perusahaan (2 manajer, 2 pekerja)",
                            "materials": [
                                "Kertas plano dan spidol",
                                "Contoh formulir saran dari siklus sebelumnya",
                                "Lembar kerja Rencana Peningkatan Perusahaan",
                            ],
                            "steps": [
                                (
                                    "Minta setiap tim menuliskan, dalam lima menit, alasan mengapa sistem "
                                    "saran yang pernah mereka kenal gagal."
                                ),
                                (
                                    "Tim merancang sistemnya sendiri di kertas plano: cara menyampaikan, "
                                    "siapa yang boleh menyampaikan, siapa yang meninjau, seberapa cepat, "
                                    "bagaimana membuatnya terlihat, dan bagaimana memberi penghargaan."
                                ),
                                (
                                    "Pekerja di setiap tim menyusun draf formulir atau format buku saran; "
                                    "manajer menyusun draf proses peninjauannya. Kemudian mereka bertukar "
                                    "dan saling mengkritisi bagian masing-masing."
                                ),
                                (
                                    "Setiap tim mempresentasikan rancangannya dalam tiga menit; tim lain "
                                    "bertanya: 'Apa yang terjadi dengan saran saya pada hari ke-1, ke-7, "
                                    "dan ke-14?'"
                                ),
                                (
                                    "Tim menambahkan peluncuran sistem saran, lengkap dengan penanggung "
                                    "jawab dan tanggalnya, ke dalam Rencana Peningkatan Perusahaan."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah rumah produksi batik di Pekalongan dengan sekitar 25 pekerja, "
                                "sebagian besar perempuan, memasang kotak saran setelah pelatihan di "
                                "kelas. Sebulan kemudian kotak itu masih kosong. Dalam kunjungan "
                                "konsultasi, EIT mengetahui bahwa beberapa pekerja tidak terbiasa menulis. "
                                "Tim mengganti kotak dengan buku saran yang disimpan di tempat rapat "
                                "harian, tempat anggota EIT menuliskan gagasan yang disampaikan secara "
                                "lisan, dan mulai membacakan tanggapan setiap hari Senin. Dalam tiga bulan "
                                "masuk 38 saran dan 21 di antaranya diterapkan, antara lain memindahkan "
                                "kompor pemanas malam lebih dekat ke meja canting untuk mengurangi jalan "
                                "bolak-balik dan asap, serta kartu resep di tempat pencampuran warna yang "
                                "mengurangi perbedaan warna antar-batch."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Rumah produksi batik, Pekalongan, Jawa Tengah",
                        },
                    ),
                    ("heading", {"text": "Menjaga sistem saran tetap hidup", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Pantau tiga angka dan tampilkan di papan KPI: jumlah saran yang masuk per "
                            "bulan, persentase saran yang ditanggapi dalam dua minggu, dan jumlah saran "
                            "yang diterapkan. Sistem saran yang sehat di perusahaan kecil sering diawali "
                            "dengan banyak saran tentang kondisi kerja (kipas angin, penerangan, toilet, "
                            "air minum) sebelum beralih ke gagasan produksi. Tanggapi gelombang pertama "
                            "ini dengan serius, karena dari situlah pekerja menilai apakah sistem ini "
                            "sungguh-sungguh. Jika jumlah saran menurun, EIT dapat mengadakan bulan "
                            "bertema (misalnya tentang mengurangi pengerjaan ulang atau tentang "
                            "keselamatan) atau mengajak pekerja menyampaikan saran dalam rapat harian.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Pemeriksaan kesehatan sistem saran (untuk kunjungan konsultasi)",
                            "items": [
                                "Saran dapat disampaikan secara tertulis maupun lisan.",
                                (
                                    "Pekerja kontrak dan pekerja harian tahu bahwa mereka boleh "
                                    "menyampaikan saran."
                                ),
                                "EIT meninjau saran pada setiap rapat.",
                                "Setiap saran mendapat tanggapan paling lambat dua minggu.",
                                "Saran yang ditolak disertai alasan.",
                                (
                                    "Papan saran selalu diperbarui dan menampilkan hasil saran yang sudah "
                                    "diterapkan."
                                ),
                                "Orang yang sarannya diterapkan telah mendapat penghargaan.",
                                (
                                    "Jumlah saran yang masuk, ditanggapi, dan diterapkan setiap bulan "
                                    "ditampilkan di papan KPI."
                                ),
                            ],
                        },
                    ),
                ],
            },
        },
    ],
}
