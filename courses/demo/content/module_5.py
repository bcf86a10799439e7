"""Demo content: core module 5, Safety and Health at Work (see FORMAT.md)."""

MODULE = {
    "slug": "safety-and-health",
    "number": 5,
    "title": {
        "en": "Safety and Health at Work: a platform for productivity",
        "id": "Keselamatan dan Kesehatan Kerja: landasan bagi produktivitas",
    },
    "summary": {
        "en": (
            "Module 5 helps managers and workers find and control the hazards in their own workplace "
            "before they cause injuries, ill health, lost working days and damaged equipment. Building on "
            "the Enterprise Improvement Team set up in Module 1, enterprises learn to tell a hazard from a "
            "risk, apply the hierarchy of controls, keep accident and near-miss records and carry out a "
            "practical improvement plan based on low-cost solutions. The trainer supports the plan through "
            "consultancy visits, and each enterprise shows what it achieved at the results presentation "
            "workshop."
        ),
        "id": (
            "Modul 5 membantu manajer dan pekerja menemukan serta mengendalikan bahaya di tempat kerja "
            "mereka sendiri sebelum bahaya itu menimbulkan cedera, gangguan kesehatan, hilangnya hari "
            "kerja, dan kerusakan peralatan. Dengan bertumpu pada Tim Peningkatan Perusahaan (EIT) yang "
            "dibentuk di Modul 1, perusahaan belajar membedakan bahaya dari risiko, menerapkan hierarki "
            "pengendalian, mencatat kecelakaan dan kejadian nyaris celaka, serta menjalankan rencana "
            "perbaikan yang praktis dengan solusi berbiaya rendah. Pelatih mendampingi pelaksanaan rencana "
            "itu melalui kunjungan konsultasi, dan setiap perusahaan memaparkan hasilnya dalam lokakarya "
            "presentasi hasil."
        ),
    },
    "objectives": {
        "en": [
            (
                "Eliminate or minimise the workplace health and safety risks that lead to injuries, "
                "expenses and lower productivity."
            ),
            (
                "Identify hazards and assess risks systematically with a walk-through checklist, with "
                "managers and workers working together."
            ),
            (
                "Choose control measures with the hierarchy of controls, preferring practical, low-cost "
                "solutions at the source over reliance on personal protective equipment."
            ),
            (
                "Set up simple accident and near-miss records and use them, through the OSH committee or "
                "the Enterprise Improvement Team, to track and improve safety performance."
            ),
        ],
        "id": [
            (
                "Menghilangkan atau meminimalkan risiko keselamatan dan kesehatan di tempat kerja yang "
                "menyebabkan cedera, biaya, dan turunnya produktivitas."
            ),
            (
                "Mengidentifikasi bahaya dan menilai risiko secara sistematis dengan daftar periksa "
                "inspeksi keliling, dengan manajer dan pekerja bekerja bersama."
            ),
            (
                "Memilih langkah pengendalian berdasarkan hierarki pengendalian, dengan mengutamakan "
                "solusi praktis berbiaya rendah pada sumber bahaya daripada hanya mengandalkan alat "
                "pelindung diri."
            ),
            (
                "Membangun pencatatan kecelakaan dan kejadian nyaris celaka yang sederhana, lalu "
                "menggunakannya melalui panitia K3 atau Tim Peningkatan Perusahaan untuk memantau dan "
                "meningkatkan kinerja keselamatan."
            ),
        ],
    },
    "classroom_days": 2,
    "consultancy_visits": 4,
    "prerequisites": ["workplace-cooperation"],
    "materials": [
        {
            "key": "trainer-guide",
            "kind": "trainer_guide",
            "title": {
                "en": "Module 5 trainer guide: Safety and Health at Work",
                "id": "Panduan Pelatih Modul 5: Keselamatan dan Kesehatan Kerja",
            },
            "paragraphs": {
                "en": [
                    (
                        "This guide is for SCORE trainers delivering Module 5 to a group of four or five "
                        "enterprises that have already completed Module 1, Workplace Cooperation. Each "
                        "enterprise sends two managers and two workers, ideally members of its Enterprise "
                        "Improvement Team (EIT). The module runs as a two-day classroom session followed "
                        "by three to five consultancy visits to each enterprise over roughly three months, "
                        "and closes with a results presentation workshop. Its purpose is practical: every "
                        "enterprise leaves the classroom with an OSH improvement plan and finishes the "
                        "cycle with measurable results."
                    ),
                    (
                        "Preparation starts two to three weeks before the classroom. Collect a baseline "
                        "from each enterprise: the number of accidents and first-aid cases in the last "
                        "twelve months, working days lost, any near-miss records, the number of workers by "
                        "department and a few photographs of the main work areas. Agree with one "
                        "participating enterprise to host the walk-through on the afternoon of day 1, "
                        "check that the host's management is comfortable with visitors looking for "
                        "hazards, and bring enough safety glasses, ear plugs and masks for visitors. Print "
                        "the OSH walk-through checklist for every participant."
                    ),
                    (
                        "Day 1 builds motivation and the skill of seeing hazards. In the morning, open "
                        "with a progress round on the Module 1 improvements, then work on the cost of "
                        "accidents (the iceberg of visible and hidden costs) and on the difference between "
                        "a hazard and a risk. In the afternoon, introduce the walk-through checklist and "
                        "take mixed teams through the host enterprise. Teams always report good practice "
                        "before problems, and they report with photographs rather than accusations. End "
                        "the day by collecting the hazards found in a single list on the wall."
                    ),
                    (
                        "Day 2 turns hazards into decisions. In the morning, teach the three-by-three risk "
                        "rating, the hierarchy of controls (elimination, substitution, engineering "
                        "controls, administrative controls, personal protective equipment) and how to "
                        "record accidents and near-misses. Discuss the role of the OSH committee and, for "
                        "smaller firms, how the EIT takes on that role. In the afternoon, each enterprise "
                        "team writes its own OSH improvement plan of five to eight actions, with an owner, "
                        "a date, an estimated cost and an indicator for each, and presents it to the group "
                        "for feedback."
                    ),
                    (
                        "During the consultancy visits, the trainer coaches rather than inspects. Visit 1, "
                        "within two weeks of the classroom, repeats the walk-through with the full EIT in "
                        "the enterprise and confirms the baseline. Later visits check progress on the "
                        "plan, help with the harder actions, review the accident and near-miss book and "
                        "prepare the results presentation. After each visit, leave a short written note of "
                        "agreements and next steps, and record the visit in SCORE Academy. Candidate "
                        "trainers include these notes in their progress report for the Expert Trainer."
                    ),
                    (
                        "Keep your role clear. You are not a labour inspector and you do not certify a "
                        "workplace as safe. If you see a danger that could cause serious injury at any "
                        "moment, such as an unguarded moving machine part, exposed live wiring or a locked "
                        "emergency exit while people are working, say so at once to the manager present "
                        "and ask for immediate action before you continue. Refer legal questions, for "
                        "example on the P2K3 committee or on reporting accidents, to the local manpower "
                        "office (Disnaker) and the current regulations."
                    ),
                ],
                "id": [
                    (
                        "Panduan ini ditujukan bagi pelatih SCORE yang menyampaikan Modul 5 kepada "
                        "kelompok empat atau lima perusahaan yang telah menyelesaikan Modul 1, Kerja Sama "
                        "di Tempat Kerja. Setiap perusahaan mengirim dua manajer dan dua pekerja, "
                        "sebaiknya anggota Tim Peningkatan Perusahaan (EIT). Modul ini terdiri dari sesi "
                        "kelas selama dua hari, dilanjutkan dengan tiga sampai lima kunjungan konsultasi "
                        "ke setiap perusahaan selama kurang lebih tiga bulan, dan ditutup dengan lokakarya "
                        "presentasi hasil. Tujuannya praktis: setiap perusahaan pulang dari kelas dengan "
                        "rencana perbaikan K3 dan menyelesaikan siklus dengan hasil yang terukur."
                    ),
                    (
                        "Persiapan dimulai dua sampai tiga minggu sebelum kelas. Kumpulkan data awal "
                        "(baseline) dari setiap perusahaan: jumlah kecelakaan dan kasus P3K dalam dua "
                        "belas bulan terakhir, jumlah hari kerja yang hilang, catatan kejadian nyaris "
                        "celaka jika ada, jumlah pekerja per bagian, serta beberapa foto area kerja utama. "
                        "Sepakati dengan salah satu perusahaan peserta untuk menjadi tuan rumah inspeksi "
                        "keliling pada sore hari pertama, pastikan manajemennya bersedia area kerjanya "
                        "diamati untuk mencari bahaya, dan bawa kacamata pelindung, penyumbat telinga, "
                        "serta masker yang cukup untuk para tamu. Cetak daftar periksa inspeksi keliling "
                        "K3 untuk setiap peserta."
                    ),
                    (
                        "Hari pertama membangun motivasi dan kemampuan melihat bahaya. Pada pagi hari, "
                        "buka dengan putaran laporan kemajuan perbaikan dari Modul 1, lalu bahas biaya "
                        "kecelakaan (gunung es biaya yang terlihat dan tersembunyi) serta perbedaan antara "
                        "bahaya dan risiko. Pada sore hari, perkenalkan daftar periksa inspeksi keliling "
                        "dan ajak tim campuran berkeliling di perusahaan tuan rumah. Tim selalu melaporkan "
                        "praktik baik lebih dulu sebelum masalah, dan melapor dengan foto, bukan dengan "
                        "tuduhan. Tutup hari pertama dengan mengumpulkan semua bahaya yang ditemukan dalam "
                        "satu daftar di dinding."
                    ),
                    (
                        "Hari kedua mengubah temuan bahaya menjadi keputusan. Pada pagi hari, ajarkan "
                        "penilaian risiko tiga kali tiga, hierarki pengendalian (eliminasi, substitusi, "
                        "pengendalian teknis, pengendalian administratif, alat pelindung diri), serta cara "
                        "mencatat kecelakaan dan kejadian nyaris celaka. Diskusikan peran panitia K3 dan, "
                        "untuk perusahaan yang lebih kecil, bagaimana EIT mengambil peran tersebut. Pada "
                        "sore hari, setiap tim perusahaan menyusun rencana perbaikan K3 sendiri yang "
                        "berisi lima sampai delapan tindakan, masing-masing dengan penanggung jawab, "
                        "tenggat, perkiraan biaya, dan indikator, lalu memaparkannya kepada kelompok untuk "
                        "mendapat masukan."
                    ),
                    (
                        "Selama kunjungan konsultasi, pelatih berperan sebagai pendamping, bukan "
                        "pemeriksa. Kunjungan 1, paling lambat dua minggu setelah kelas, mengulang "
                        "inspeksi keliling bersama seluruh anggota EIT di perusahaan dan memastikan data "
                        "awal. Kunjungan berikutnya memeriksa kemajuan rencana, membantu tindakan yang "
                        "lebih sulit, meninjau buku catatan kecelakaan dan kejadian nyaris celaka, serta "
                        "menyiapkan presentasi hasil. Setelah setiap kunjungan, tinggalkan catatan singkat "
                        "berisi kesepakatan dan langkah berikutnya, lalu catat kunjungan tersebut di SCORE "
                        "Academy. Calon pelatih melampirkan catatan ini dalam laporan kemajuan untuk "
                        "Pelatih Ahli (Expert Trainer)."
                    ),
                    (
                        "Jaga agar peran Anda jelas. Anda bukan pengawas ketenagakerjaan dan Anda tidak "
                        "menyatakan sebuah tempat kerja aman. Jika Anda melihat bahaya yang sewaktu-waktu "
                        "dapat menyebabkan cedera serius, misalnya bagian mesin bergerak tanpa pelindung, "
                        "kabel listrik bertegangan yang terbuka, atau pintu darurat yang terkunci saat "
                        "orang sedang bekerja, sampaikan segera kepada manajer yang hadir dan minta "
                        "tindakan saat itu juga sebelum Anda melanjutkan. Rujuk pertanyaan hukum, misalnya "
                        "tentang P2K3 atau pelaporan kecelakaan, kepada dinas tenaga kerja (Disnaker) "
                        "setempat dan peraturan yang berlaku."
                    ),
                ],
            },
        },
        {
            "key": "osh-walk-through-checklist",
            "kind": "checklist",
            "title": {"en": "OSH walk-through checklist", "id": "Daftar Periksa Inspeksi Keliling K3"},
            "paragraphs": {
                "en": [
                    (
                        "How to use this checklist: walk through the workplace in a mixed team of managers "
                        "and workers, following the flow of materials from receiving to dispatch. For each "
                        "item, tick 'No action needed', 'Propose action' or 'Priority'. Write down where "
                        "you saw the problem and, whenever possible, take a photograph. Also note good "
                        "practices you see: they are worth keeping and copying in other areas. Do not try "
                        "to finish every item in one walk; it is better to look carefully at the areas "
                        "where people actually work."
                    ),
                    (
                        "A. Materials storage and handling. A1: Aisles and passageways are clear, at least "
                        "wide enough for people and trolleys, and marked. A2: Materials and products are "
                        "stored on racks or pallets, heavy items low, and stacks are stable. A3: Carts, "
                        "trolleys or roller conveyors are used to move heavy loads instead of carrying "
                        "them. A4: Loads lifted by hand are below about 25 kg, or are lifted by two people "
                        "or with a lifting aid. A5: Floors are even, dry and free of oil, scraps and "
                        "cables where people walk."
                    ),
                    (
                        "B. Machine safety. B1: Moving parts (belts, pulleys, gears, blades, grinding "
                        "wheels) have fixed guards. B2: Emergency stop buttons are within reach of the "
                        "operator, clearly marked and working. B3: Machines are switched off and isolated "
                        "before cleaning, adjustment or repair, and everyone knows how. B4: Tools and jigs "
                        "are in good condition and have a marked place. B5: Operators have been shown how "
                        "to use the machine safely, including new and temporary workers."
                    ),
                    (
                        "C. Electrical safety, fire and emergencies. C1: Cables, plugs and sockets are "
                        "undamaged; there are no overloaded multi-plugs or improvised connections. C2: "
                        "Fire extinguishers suitable for the type of fire are in place, visible, inspected "
                        "and not blocked. C3: Emergency exits and the routes to them are marked, lit and "
                        "never locked or blocked during working hours. C4: Flammable materials (solvents, "
                        "thinner, LPG, fabric, sawdust) are stored away from heat sources. C5: There is a "
                        "first-aid kit that is stocked and at least one trained first-aider on each shift."
                    ),
                    (
                        "D. Chemicals and hazardous substances. D1: All containers are labelled with the "
                        "name of the substance and its hazards; no chemicals are kept in drinking bottles. "
                        "D2: Safety data sheets or simple instruction cards are available where chemicals "
                        "are used. D3: Vapour, fume and dust are removed at the source by local exhaust "
                        "ventilation or good natural ventilation. D4: Suitable gloves, goggles and masks "
                        "are provided, fit the workers, and are actually worn. D5: Washing facilities are "
                        "available close to where chemicals are handled."
                    ),
                    (
                        "E. Work environment, ergonomics and welfare. E1: Lighting is sufficient for the "
                        "task, without glare. E2: Noise is low enough to talk at arm's length; if not, the "
                        "source is reduced and ear protection is used. E3: Heat is controlled with "
                        "ventilation, shade and drinking water close to the work. E4: Work surfaces are at "
                        "a comfortable height, and workers can alternate between sitting and standing. E5: "
                        "Clean toilets, drinking water, a place to rest and eat, and a place to pray are "
                        "available. After the walk, rate each 'Propose action' and 'Priority' item for "
                        "likelihood and severity, and transfer the highest risks to the OSH improvement "
                        "plan."
                    ),
                ],
                "id": [
                    (
                        "Cara menggunakan daftar periksa ini: berkelilinglah di tempat kerja dalam tim "
                        "campuran manajer dan pekerja, mengikuti alur bahan dari penerimaan sampai "
                        "pengiriman. Untuk setiap butir, centang 'Tidak perlu tindakan', 'Usulkan "
                        "tindakan', atau 'Prioritas'. Tuliskan di mana Anda melihat masalahnya dan, bila "
                        "memungkinkan, ambil foto. Catat juga praktik baik yang Anda lihat: praktik itu "
                        "perlu dipertahankan dan ditiru di area lain. Jangan berusaha menyelesaikan semua "
                        "butir dalam sekali keliling; lebih baik mengamati dengan cermat area tempat orang "
                        "benar-benar bekerja."
                    ),
                    (
                        "A. Penyimpanan dan penanganan bahan. A1: Lorong dan jalur lalu lalang bersih dari "
                        "barang, cukup lebar untuk orang dan troli, serta diberi marka. A2: Bahan dan "
                        "produk disimpan di rak atau palet, barang berat di bagian bawah, dan tumpukan "
                        "stabil. A3: Gerobak, troli, atau konveyor rol digunakan untuk memindahkan beban "
                        "berat alih-alih dipikul. A4: Beban yang diangkat dengan tangan kurang dari "
                        "sekitar 25 kg, atau diangkat oleh dua orang atau dengan alat bantu angkat. A5: "
                        "Lantai rata, kering, serta bebas dari oli, sisa bahan, dan kabel di jalur orang "
                        "berjalan."
                    ),
                    (
                        "B. Keselamatan mesin. B1: Bagian yang bergerak (sabuk, puli, roda gigi, mata "
                        "pisau, batu gerinda) memiliki pelindung tetap. B2: Tombol henti darurat mudah "
                        "dijangkau operator, ditandai dengan jelas, dan berfungsi. B3: Mesin dimatikan dan "
                        "diputus dari sumber energinya sebelum dibersihkan, disetel, atau diperbaiki, dan "
                        "semua orang tahu caranya. B4: Perkakas dan alat bantu dalam kondisi baik dan "
                        "memiliki tempat yang ditandai. B5: Operator telah diajari cara menggunakan mesin "
                        "dengan aman, termasuk pekerja baru dan pekerja sementara."
                    ),
                    (
                        "C. Keselamatan listrik, kebakaran, dan keadaan darurat. C1: Kabel, steker, dan "
                        "stopkontak tidak rusak; tidak ada colokan bertumpuk yang kelebihan beban atau "
                        "sambungan darurat. C2: Alat pemadam api ringan (APAR) yang sesuai dengan jenis "
                        "kebakaran tersedia, terlihat, diperiksa berkala, dan tidak terhalang. C3: Pintu "
                        "darurat dan jalur menuju ke sana diberi tanda, cukup terang, serta tidak pernah "
                        "dikunci atau terhalang selama jam kerja. C4: Bahan mudah terbakar (pelarut, "
                        "tiner, elpiji, kain, serbuk gergaji) disimpan jauh dari sumber panas. C5: "
                        "Tersedia kotak P3K yang lengkap isinya dan sedikitnya satu petugas P3K terlatih "
                        "di setiap giliran kerja."
                    ),
                    (
                        "D. Bahan kimia dan zat berbahaya. D1: Semua wadah diberi label nama zat dan "
                        "bahayanya; tidak ada bahan kimia yang disimpan di botol minuman. D2: Lembar data "
                        "keselamatan atau kartu petunjuk sederhana tersedia di tempat bahan kimia "
                        "digunakan. D3: Uap, asap, dan debu dibuang langsung dari sumbernya dengan "
                        "ventilasi isap lokal atau ventilasi alami yang baik. D4: Sarung tangan, kacamata, "
                        "dan masker yang sesuai disediakan, pas bagi pekerja, dan benar-benar dipakai. D5: "
                        "Tempat cuci tersedia di dekat lokasi penanganan bahan kimia."
                    ),
                    (
                        "E. Lingkungan kerja, ergonomi, dan kesejahteraan. E1: Pencahayaan cukup untuk "
                        "pekerjaan dan tidak menyilaukan. E2: Tingkat kebisingan cukup rendah untuk "
                        "bercakap pada jarak satu lengan; jika tidak, sumbernya dikurangi dan pelindung "
                        "telinga digunakan. E3: Panas dikendalikan dengan ventilasi, peneduh, dan air "
                        "minum di dekat tempat kerja. E4: Permukaan kerja berada pada ketinggian yang "
                        "nyaman, dan pekerja dapat bergantian duduk dan berdiri. E5: Tersedia toilet yang "
                        "bersih, air minum, tempat istirahat dan makan, serta tempat ibadah. Setelah "
                        "berkeliling, nilai setiap butir 'Usulkan tindakan' dan 'Prioritas' berdasarkan "
                        "kemungkinan dan keparahan, lalu pindahkan risiko tertinggi ke dalam rencana "
                        "perbaikan K3."
                    ),
                ],
            },
        },
    ],
    "lessons": [
        {
            "slug": "why-safety-and-health",
            "title": {
                "en": "Why safety and health: purpose and key concepts",
                "id": "Mengapa K3: tujuan dan konsep kunci",
            },
            "introduction": {
                "en": (
                    "What Module 5 is for, and the handful of concepts every trainer must be able to "
                    "explain simply: hazard and risk, the hierarchy of controls, accident and near-miss "
                    "records, and who drives safety in the enterprise."
                ),
                "id": (
                    "Untuk apa Modul 5, dan beberapa konsep yang harus dapat dijelaskan secara sederhana "
                    "oleh setiap pelatih: bahaya dan risiko, hierarki pengendalian, catatan kecelakaan dan "
                    "kejadian nyaris celaka, serta siapa yang menggerakkan K3 di perusahaan."
                ),
            },
            "estimated_minutes": 35,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "What this module is for", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Module 5 has one central objective: to <b>eliminate or minimise the "
                            "workplace health and safety risks that lead to injuries, expenses and lower "
                            "productivity</b>. Many owners of small enterprises see accidents as bad luck, "
                            "or as the worker's own carelessness. SCORE Training starts from a different "
                            "view: most accidents and work-related illnesses have causes that can be seen "
                            "in advance and removed, often at low cost.</p><p>The module is taught after "
                            "Module 1, Workplace Cooperation, because safety improvements only last when "
                            "managers and workers look for problems together. Workers know where the "
                            "near-misses happen; managers decide on budgets and rules. Module 5 gives them "
                            "a shared method: look for hazards, rate the risks, choose the best control, "
                            "record what happens and measure the result.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Safety is a productivity issue",
                            "text": (
                                "<p>An accident is like an iceberg. Above the water are the visible costs: "
                                "medical treatment and compensation. Below the water are the hidden costs, "
                                "which are often several times larger: production stopped while people "
                                "help the injured worker, overtime to catch up, damaged materials and "
                                "machines, time spent training a replacement, late deliveries and lower "
                                "morale. When a team adds up these hidden costs for one real accident, the "
                                "case for prevention usually makes itself.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Hazard and risk", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A <b>hazard</b> is anything that has the potential to cause harm: a "
                            "grinding wheel without a guard, a bucket of solvent, a wet floor, a heavy "
                            "sack, a loose electrical cable, long hours without a break.</p><p>A "
                            "<b>risk</b> is the combination of how likely it is that the hazard will "
                            "actually cause harm and how serious that harm would be. The same wet floor is "
                            "a low risk in a storeroom that one person enters once a day, and a high risk "
                            "at the entrance to the kitchen where ten people pass every minute carrying "
                            "hot pans. Risk assessment is how we decide which hazards to tackle "
                            "first.</p><ul><li><b>Likelihood</b>: how often are people exposed, for how "
                            "long, and how easily could something go wrong?</li><li><b>Severity</b>: would "
                            "the result be a scratch, an injury that keeps someone off work, or a "
                            "permanent disability or death?</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "The hierarchy of controls", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Once a risk is known, there is usually more than one way to control it. "
                            "The hierarchy of controls ranks them from the most to the least "
                            "effective:</p><ol><li><b>Elimination</b>: remove the hazard altogether, for "
                            "example by buying pre-cut sheets so that the cutting step "
                            "disappears.</li><li><b>Substitution</b>: replace it with something less "
                            "dangerous, such as a water-based glue instead of a solvent-based "
                            "one.</li><li><b>Engineering controls</b>: separate people from the hazard "
                            "with guards, local exhaust ventilation, railings or "
                            "trolleys.</li><li><b>Administrative controls</b>: change the way people work, "
                            "with safe work procedures, job rotation, signs, training and lock-out before "
                            "maintenance.</li><li><b>Personal protective equipment (PPE)</b>: gloves, "
                            "goggles, masks, ear plugs and safety shoes.</li></ol><p>Always start at the "
                            "top of the list and move down only when the higher level is not practical. "
                            "Often the best solution combines two levels.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "PPE is the last line of defence",
                            "text": (
                                "<p>Handing out masks and gloves is the first thing many enterprises do, "
                                "and often the only one. PPE only works if it fits, is the right type, is "
                                "maintained and is worn all the time, and it does nothing to remove the "
                                "hazard. Ask the team: <i>could we stop the dust coming out of the machine "
                                "instead of asking people to breathe through a mask for eight hours in the "
                                "heat?</i></p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Accident and near-miss records", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>An <b>accident</b> is an unplanned event that causes injury, ill health or "
                            "damage. A <b>near-miss</b> is an event that could have caused harm but did "
                            "not, by luck or by a fraction of a second: a box that fell from a shelf next "
                            "to someone, a worker who slipped but caught the railing. For every serious "
                            "injury there are many minor ones, and many more near-misses with the same "
                            "causes. Near-misses are free lessons.</p><p>A simple record book or form is "
                            "enough. For each event, record:</p><ul><li>date, time and place;</li><li>what "
                            "happened, in a few sentences, and who was involved;</li><li>the injury or "
                            "damage, and the working days lost;</li><li>the likely causes (ask 'why?' "
                            "several times, and look for causes in equipment and work organisation, not "
                            "only in the person);</li><li>the action agreed, who is responsible and by "
                            "when.</li></ul><p>Serious accidents must also be reported under national "
                            "rules, including for work accident insurance claims with BPJS "
                            "Ketenagakerjaan; trainers should refer enterprises to the local manpower "
                            "office for the current requirements.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Who drives safety: the OSH committee and the Enterprise Improvement Team"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In Module 1 every enterprise formed an <b>Enterprise Improvement Team "
                            "(EIT)</b> of managers and workers. In Module 5 the EIT takes on safety and "
                            "health as a standing item on its agenda, or works with the enterprise's "
                            "<b>OSH committee</b> where one exists. Under Indonesian regulations, larger "
                            "workplaces and those with high hazard potential must have an OSH committee, "
                            "the P2K3; in a small enterprise the EIT often plays the same role in "
                            "practice.</p><p>Whichever body leads, it should:</p><ul><li>include workers "
                            "from the production floor, and women as well as men;</li><li>run "
                            "walk-throughs regularly and keep the accident and near-miss "
                            "records;</li><li>own the OSH improvement plan and report progress to "
                            "management and staff;</li><li>make sure that nobody is punished for reporting "
                            "a hazard or a near-miss.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A metal workshop making gates and window grilles, with 35 workers, had "
                                "three hand injuries in six months at its grinding and welding stations; "
                                "each one stopped the bench for the rest of the day and kept the welder at "
                                "home for about a week. After Module 5, the EIT started a near-miss book "
                                "at the workshop entrance. Within a month, most entries pointed to one "
                                "angle grinder whose guard had been removed 'to work faster' and to steel "
                                "offcuts lying in the aisles. The team refitted the guard, bought a second "
                                "grinder so that nobody needed to share, welded two racks for offcuts from "
                                "scrap material and painted the aisles yellow. In the following four "
                                "months the workshop recorded no injury that cost a working day."
                            ),
                            "attribution": "",
                            "organisation": "Metal workshop, Surabaya",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Module 5 trainer guide",
                            "description": (
                                "How to prepare and run the classroom session and the consultancy visits, "
                                "with the agenda and the trainer's role during walk-throughs."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Untuk apa modul ini", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Modul 5 memiliki satu tujuan utama: <b>menghilangkan atau meminimalkan "
                            "risiko keselamatan dan kesehatan di tempat kerja yang menyebabkan cedera, "
                            "biaya, dan turunnya produktivitas</b>. Banyak pemilik usaha kecil menganggap "
                            "kecelakaan sebagai nasib sial, atau akibat kecerobohan pekerja sendiri. "
                            "Pelatihan SCORE berangkat dari pandangan lain: sebagian besar kecelakaan dan "
                            "penyakit akibat kerja memiliki penyebab yang dapat dilihat sebelumnya dan "
                            "dihilangkan, sering kali dengan biaya rendah.</p><p>Modul ini diajarkan "
                            "setelah Modul 1, Kerja Sama di Tempat Kerja, karena perbaikan K3 hanya "
                            "bertahan jika manajer dan pekerja mencari masalah bersama-sama. Pekerja tahu "
                            "di mana kejadian nyaris celaka terjadi; manajer memutuskan anggaran dan "
                            "aturan. Modul 5 memberi mereka metode bersama: cari bahaya, nilai risikonya, "
                            "pilih pengendalian terbaik, catat apa yang terjadi, dan ukur hasilnya.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "K3 adalah urusan produktivitas",
                            "text": (
                                "<p>Kecelakaan itu seperti gunung es. Di atas permukaan air terlihat biaya "
                                "yang tampak: pengobatan dan santunan. Di bawah air ada biaya tersembunyi, "
                                "yang sering kali berlipat-lipat lebih besar: produksi berhenti saat orang "
                                "menolong pekerja yang cedera, lembur untuk mengejar ketertinggalan, bahan "
                                "dan mesin yang rusak, waktu untuk melatih pengganti, pengiriman yang "
                                "terlambat, dan semangat kerja yang menurun. Ketika sebuah tim "
                                "menjumlahkan biaya tersembunyi dari satu kecelakaan yang nyata, alasan "
                                "untuk mencegahnya biasanya sudah jelas dengan sendirinya.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Bahaya dan risiko", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p><b>Bahaya</b> adalah segala sesuatu yang berpotensi menimbulkan kerugian: "
                            "batu gerinda tanpa pelindung, seember pelarut, lantai basah, karung yang "
                            "berat, kabel listrik yang longgar, jam kerja panjang tanpa "
                            "istirahat.</p><p><b>Risiko</b> adalah gabungan antara seberapa besar "
                            "kemungkinan bahaya itu benar-benar menimbulkan kerugian dan seberapa parah "
                            "kerugian tersebut. Lantai basah yang sama berisiko rendah di gudang yang "
                            "dimasuki satu orang sekali sehari, tetapi berisiko tinggi di pintu masuk "
                            "dapur tempat sepuluh orang lewat setiap menit sambil membawa wajan panas. "
                            "Penilaian risiko adalah cara kita memutuskan bahaya mana yang ditangani lebih "
                            "dulu.</p><ul><li><b>Kemungkinan</b>: seberapa sering orang terpapar, berapa "
                            "lama, dan seberapa mudah terjadi kesalahan?</li><li><b>Keparahan</b>: apakah "
                            "akibatnya hanya goresan, cedera yang membuat orang tidak bisa bekerja, atau "
                            "cacat permanen bahkan kematian?</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hierarki pengendalian", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Setelah risiko diketahui, biasanya ada lebih dari satu cara untuk "
                            "mengendalikannya. Hierarki pengendalian mengurutkan cara-cara itu dari yang "
                            "paling efektif sampai yang paling kurang "
                            "efektif:</p><ol><li><b>Eliminasi</b>: hilangkan bahayanya sama sekali, "
                            "misalnya dengan membeli lembaran yang sudah dipotong sehingga langkah "
                            "pemotongan tidak diperlukan lagi.</li><li><b>Substitusi</b>: ganti dengan "
                            "sesuatu yang kurang berbahaya, misalnya lem berbahan dasar air sebagai "
                            "pengganti lem berbahan pelarut.</li><li><b>Pengendalian teknis</b>: pisahkan "
                            "orang dari bahaya dengan pelindung mesin, ventilasi isap lokal, pagar "
                            "pengaman, atau troli.</li><li><b>Pengendalian administratif</b>: ubah cara "
                            "orang bekerja, dengan prosedur kerja aman, rotasi pekerjaan, rambu, "
                            "pelatihan, dan penguncian mesin sebelum perawatan.</li><li><b>Alat pelindung "
                            "diri (APD)</b>: sarung tangan, kacamata pelindung, masker, penyumbat telinga, "
                            "dan sepatu keselamatan.</li></ol><p>Selalu mulai dari urutan teratas dan "
                            "turun ke tingkat berikutnya hanya jika tingkat di atasnya tidak praktis. "
                            "Sering kali solusi terbaik menggabungkan dua tingkat.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "APD adalah pertahanan terakhir",
                            "text": (
                                "<p>Membagikan masker dan sarung tangan adalah hal pertama yang dilakukan "
                                "banyak perusahaan, dan sering kali satu-satunya. APD hanya berfungsi jika "
                                "ukurannya pas, jenisnya tepat, dirawat, dan dipakai sepanjang waktu, dan "
                                "APD sama sekali tidak menghilangkan bahayanya. Tanyakan kepada tim: "
                                "<i>bisakah kita menghentikan debu keluar dari mesin, alih-alih meminta "
                                "orang bernapas lewat masker selama delapan jam di tengah udara "
                                "panas?</i></p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Catatan kecelakaan dan kejadian nyaris celaka", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p><b>Kecelakaan</b> adalah kejadian tidak direncanakan yang menimbulkan "
                            "cedera, gangguan kesehatan, atau kerusakan. <b>Kejadian nyaris celaka</b> "
                            "adalah kejadian yang bisa saja menimbulkan kerugian tetapi tidak, karena "
                            "keberuntungan atau selisih sepersekian detik: kotak yang jatuh dari rak di "
                            "samping seseorang, pekerja yang terpeleset tetapi sempat berpegangan pada "
                            "pagar. Untuk setiap cedera serius ada banyak cedera ringan, dan lebih banyak "
                            "lagi kejadian nyaris celaka dengan penyebab yang sama. Kejadian nyaris celaka "
                            "adalah pelajaran gratis.</p><p>Buku catatan atau formulir sederhana sudah "
                            "cukup. Untuk setiap kejadian, catat:</p><ul><li>tanggal, waktu, dan "
                            "tempat;</li><li>apa yang terjadi, dalam beberapa kalimat, dan siapa yang "
                            "terlibat;</li><li>cedera atau kerusakan yang terjadi, serta jumlah hari kerja "
                            "yang hilang;</li><li>kemungkinan penyebabnya (tanyakan 'mengapa?' beberapa "
                            "kali, dan cari penyebab pada peralatan dan pengaturan kerja, bukan hanya pada "
                            "orangnya);</li><li>tindakan yang disepakati, siapa penanggung jawabnya, dan "
                            "kapan tenggatnya.</li></ul><p>Kecelakaan serius juga wajib dilaporkan sesuai "
                            "peraturan nasional, termasuk untuk klaim jaminan kecelakaan kerja di BPJS "
                            "Ketenagakerjaan; pelatih sebaiknya merujuk perusahaan ke dinas tenaga kerja "
                            "setempat untuk ketentuan yang berlaku saat ini.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Siapa yang menggerakkan K3: panitia K3 dan Tim Peningkatan Perusahaan",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Di Modul 1 setiap perusahaan membentuk <b>Tim Peningkatan Perusahaan "
                            "(EIT)</b> yang terdiri dari manajer dan pekerja. Di Modul 5, EIT menjadikan "
                            "keselamatan dan kesehatan kerja sebagai agenda tetap, atau bekerja sama "
                            "dengan <b>panitia K3</b> perusahaan jika sudah ada. Menurut peraturan di "
                            "Indonesia, tempat kerja yang lebih besar dan yang memiliki potensi bahaya "
                            "tinggi wajib memiliki panitia K3, yaitu P2K3; di perusahaan kecil, dalam "
                            "praktiknya EIT sering menjalankan peran yang sama.</p><p>Siapa pun yang "
                            "memimpin, tim tersebut sebaiknya:</p><ul><li>melibatkan pekerja dari lantai "
                            "produksi, baik perempuan maupun laki-laki;</li><li>melakukan inspeksi "
                            "keliling secara rutin dan memegang catatan kecelakaan serta kejadian nyaris "
                            "celaka;</li><li>memiliki rencana perbaikan K3 dan melaporkan kemajuannya "
                            "kepada manajemen dan seluruh pekerja;</li><li>memastikan tidak ada seorang "
                            "pun yang dihukum karena melaporkan bahaya atau kejadian nyaris "
                            "celaka.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah bengkel logam pembuat pagar dan teralis jendela dengan 35 pekerja "
                                "mengalami tiga kali cedera tangan dalam enam bulan di meja gerinda dan "
                                "las; setiap kejadian menghentikan meja kerja itu sampai akhir hari dan "
                                "membuat tukang las harus beristirahat di rumah sekitar seminggu. Setelah "
                                "Modul 5, EIT memasang buku catatan kejadian nyaris celaka di pintu masuk "
                                "bengkel. Dalam satu bulan, sebagian besar catatan menunjuk pada satu "
                                "gerinda tangan yang pelindungnya dilepas 'supaya kerja lebih cepat' dan "
                                "pada potongan besi yang berserakan di lorong. Tim memasang kembali "
                                "pelindung gerinda, membeli gerinda kedua agar tidak ada yang perlu "
                                "bergantian, membuat dua rak untuk potongan besi dari bahan sisa, dan "
                                "mengecat lorong dengan warna kuning. Dalam empat bulan berikutnya, "
                                "bengkel tidak mencatat satu pun cedera yang menyebabkan hilangnya hari "
                                "kerja."
                            ),
                            "attribution": "",
                            "organisation": "Bengkel logam, Surabaya",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Panduan pelatih Modul 5",
                            "description": (
                                "Cara menyiapkan dan menjalankan sesi kelas dan kunjungan konsultasi, "
                                "lengkap dengan agenda dan peran pelatih selama inspeksi keliling."
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "two-day-classroom-session",
            "title": {"en": "How the two-day classroom session runs", "id": "Jalannya sesi kelas dua hari"},
            "introduction": {
                "en": (
                    "The Module 5 classroom brings managers and workers from four or five enterprises "
                    "together for two days. This lesson walks through the agenda half-day by half-day and "
                    "the participatory methods that make it work."
                ),
                "id": (
                    "Kelas Modul 5 mempertemukan manajer dan pekerja dari empat atau lima perusahaan "
                    "selama dua hari. Pelajaran ini menguraikan agenda per setengah hari dan metode "
                    "partisipatif yang membuatnya berhasil."
                ),
            },
            "estimated_minutes": 45,
            "downloads": ["trainer-guide", "osh-walk-through-checklist"],
            "body": {
                "en": [
                    ("heading", {"text": "Who is in the room", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A typical group is <b>four or five enterprises, each sending two managers "
                            "and two workers</b>: sixteen to twenty participants. Managers and workers are "
                            "trained together on purpose. When a production worker and the owner hear the "
                            "same explanation and rate the same hazard, they leave with a shared view of "
                            "what needs to change and why. Ask each enterprise to send members of its "
                            "Enterprise Improvement Team, including women, and at least one person who "
                            "will coordinate the OSH plan afterwards.</p><p>If possible, hold the session "
                            "at or near one of the participating enterprises so that the walk-through on "
                            "day 1 can take place in a real workplace. A hotel meeting room is "
                            "comfortable, but it teaches nothing about hazards.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Before the session",
                            "text": (
                                "<p>Collect each enterprise's baseline two to three weeks in advance: "
                                "accidents and first-aid cases in the last twelve months, working days "
                                "lost, any near-miss records, and a few photographs of the main work "
                                "areas. Confirm the host for the walk-through, and pack spare safety "
                                "glasses, ear plugs and masks for visitors. Print the walk-through "
                                "checklist and the improvement plan template for everyone.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Day 1, morning: why safety and health pay", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Opening and progress round</b> (45 minutes): each enterprise "
                            "reports in three minutes on its EIT and one improvement from Module "
                            "1.</li><li><b>The true cost of an accident</b> (60 minutes): teams pick one "
                            "real accident from their own enterprise and list every cost they can find, "
                            "visible and hidden, on an iceberg drawn on a flip chart.</li><li><b>Hazard "
                            "and risk</b> (60 minutes): short input, then teams sort photo cards from "
                            "local workplaces into hazards and rate them with the likelihood and severity "
                            "questions.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 1, afternoon: finding hazards", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Introducing the walk-through checklist</b> (30 minutes): go "
                            "through the sections and agree on the ground rules: look, ask, photograph, "
                            "never blame.</li><li><b>Walk-through in the host enterprise</b> (90 minutes): "
                            "mixed teams of four, with a manager from one enterprise and a worker from "
                            "another, each covering one area of the workplace.</li><li><b>Report-back</b> "
                            "(45 minutes): each team shows three good practices first, then its five most "
                            "important hazards, with photographs. The trainer builds one list of hazards "
                            "on the wall.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 2, morning: from hazards to controls", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Risk rating</b> (45 minutes): the three-by-three matrix, applied "
                            "to the hazards found on day 1.</li><li><b>The hierarchy of controls</b> (60 "
                            "minutes): card game in which teams find at least two different controls for "
                            "each high risk and rank them.</li><li><b>Accident and near-miss records</b> "
                            "(45 minutes): teams fill in the record form for an accident story, including "
                            "a 'why, why, why' analysis of causes.</li><li><b>The OSH committee and the "
                            "EIT</b> (30 minutes): roles, meeting rhythm, the legal basics and the rule "
                            "that nobody is punished for reporting.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 2, afternoon: each enterprise's OSH plan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Writing the plan</b> (75 minutes): each enterprise team, now "
                            "working with its own colleagues, chooses five to eight actions: quick wins it "
                            "can finish within two weeks and bigger ones for the coming months. Each "
                            "action gets an owner, a date, an estimated cost and an "
                            "indicator.</li><li><b>Presentation and feedback</b> (60 minutes): each "
                            "enterprise presents its plan in five minutes; the others ask one question and "
                            "make one suggestion.</li><li><b>Next steps</b> (30 minutes): agree the date "
                            "of the first consultancy visit and the indicators to collect, and complete "
                            "the session evaluation.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Participatory methods that work", "level": "h2"}),
                    (
                        "activity",
                        {
                            "title": "Ranking controls with the hierarchy card game",
                            "objective": (
                                "Participants practise finding several ways to control one risk and learn "
                                "to prefer controls at the source over PPE."
                            ),
                            "duration_minutes": 40,
                            "group_size": (
                                "Mixed teams of 4 (2 managers and 2 workers from different enterprises)"
                            ),
                            "materials": [
                                "Photo cards of hazards from the day 1 walk-through",
                                (
                                    "Five coloured cards per team, labelled with the five levels of the "
                                    "hierarchy"
                                ),
                                "Flip chart and markers",
                                "Sticky dots for voting",
                            ],
                            "steps": [
                                (
                                    "Give each team two photo cards showing high-risk hazards found during "
                                    "the walk-through."
                                ),
                                (
                                    "For each hazard, the team writes at least one possible control on "
                                    "each of the five coloured cards; it is fine to leave a level empty if "
                                    "nothing sensible exists."
                                ),
                                (
                                    "The team marks each control for cost (low, medium, high) and for how "
                                    "quickly it could be done."
                                ),
                                (
                                    "Teams post their cards on the wall in hierarchy order and walk around "
                                    "to read the others' ideas."
                                ),
                                "Each participant places two dots on the controls they would choose first.",
                                (
                                    "The trainer sums up: which ideas eliminated or engineered out the "
                                    "hazard, and which relied only on PPE or rules?"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Make sure workers speak",
                            "text": (
                                "<p>In mixed groups, managers tend to speak first and longest, and workers "
                                "may not want to point out hazards in front of their own boss. Mix "
                                "enterprises in the walk-through teams, give the worker the camera or the "
                                "checklist, and ask workers for their view before managers in the "
                                "report-back. The people who do the job every day usually know the hazards "
                                "best.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "During a walk-through at a garment workshop hosting the classroom, a "
                                "sewing operator from another enterprise noticed that the only rear exit "
                                "was blocked by rolls of fabric and locked with a padlock 'to prevent "
                                "theft'. The host's production manager had not seen it as a problem. The "
                                "discussion that followed was the turning point of the session: the host "
                                "moved the fabric store the same week, replaced the padlock with a door "
                                "that opens from the inside only, and used photographs of the before and "
                                "after in its results presentation."
                            ),
                            "attribution": "",
                            "organisation": "Garment workshop, Bandung",
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Siapa yang ada di kelas", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Kelompok yang umum terdiri dari <b>empat atau lima perusahaan, "
                            "masing-masing mengirim dua manajer dan dua pekerja</b>: enam belas sampai dua "
                            "puluh peserta. Manajer dan pekerja sengaja dilatih bersama. Ketika seorang "
                            "pekerja produksi dan pemilik usaha mendengar penjelasan yang sama dan menilai "
                            "bahaya yang sama, mereka pulang dengan pandangan bersama tentang apa yang "
                            "perlu diubah dan mengapa. Mintalah setiap perusahaan mengirim anggota Tim "
                            "Peningkatan Perusahaan (EIT), termasuk perempuan, dan sedikitnya satu orang "
                            "yang nantinya akan mengoordinasikan rencana K3.</p><p>Jika memungkinkan, "
                            "adakan sesi di atau dekat salah satu perusahaan peserta agar inspeksi "
                            "keliling pada hari pertama dapat dilakukan di tempat kerja yang nyata. Ruang "
                            "rapat hotel memang nyaman, tetapi tidak mengajarkan apa pun tentang "
                            "bahaya.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Sebelum sesi",
                            "text": (
                                "<p>Kumpulkan data awal setiap perusahaan dua sampai tiga minggu "
                                "sebelumnya: kecelakaan dan kasus P3K dalam dua belas bulan terakhir, "
                                "jumlah hari kerja yang hilang, catatan kejadian nyaris celaka jika ada, "
                                "serta beberapa foto area kerja utama. Pastikan tuan rumah inspeksi "
                                "keliling, dan siapkan kacamata pelindung, penyumbat telinga, dan masker "
                                "cadangan untuk tamu. Cetak daftar periksa inspeksi keliling dan templat "
                                "rencana perbaikan untuk semua peserta.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Hari 1, pagi: mengapa K3 menguntungkan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Pembukaan dan putaran kemajuan</b> (45 menit): setiap perusahaan "
                            "melaporkan dalam tiga menit tentang EIT-nya dan satu perbaikan dari Modul "
                            "1.</li><li><b>Biaya sebenarnya dari sebuah kecelakaan</b> (60 menit): tim "
                            "memilih satu kecelakaan nyata di perusahaan mereka dan mendaftar semua biaya "
                            "yang dapat ditemukan, baik yang terlihat maupun tersembunyi, pada gambar "
                            "gunung es di kertas plano.</li><li><b>Bahaya dan risiko</b> (60 menit): "
                            "paparan singkat, lalu tim memilah kartu foto dari tempat kerja setempat "
                            "menjadi daftar bahaya dan menilainya dengan pertanyaan tentang kemungkinan "
                            "dan keparahan.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 1, sore: menemukan bahaya", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Pengenalan daftar periksa inspeksi keliling</b> (30 menit): bahas "
                            "bagian-bagiannya dan sepakati aturan main: amati, tanyakan, foto, jangan "
                            "menyalahkan.</li><li><b>Inspeksi keliling di perusahaan tuan rumah</b> (90 "
                            "menit): tim campuran beranggotakan empat orang, dengan manajer dari satu "
                            "perusahaan dan pekerja dari perusahaan lain, masing-masing mengamati satu "
                            "area tempat kerja.</li><li><b>Pelaporan kembali</b> (45 menit): setiap tim "
                            "lebih dulu menunjukkan tiga praktik baik, kemudian lima bahaya terpenting, "
                            "lengkap dengan foto. Pelatih menyusun satu daftar bahaya di dinding.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 2, pagi: dari bahaya ke pengendalian", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Penilaian risiko</b> (45 menit): matriks tiga kali tiga, "
                            "diterapkan pada bahaya yang ditemukan pada hari pertama.</li><li><b>Hierarki "
                            "pengendalian</b> (60 menit): permainan kartu di mana tim mencari sedikitnya "
                            "dua pengendalian yang berbeda untuk setiap risiko tinggi lalu "
                            "mengurutkannya.</li><li><b>Catatan kecelakaan dan kejadian nyaris celaka</b> "
                            "(45 menit): tim mengisi formulir catatan untuk sebuah kisah kecelakaan, "
                            "termasuk analisis penyebab dengan bertanya 'mengapa' berulang "
                            "kali.</li><li><b>Panitia K3 dan EIT</b> (30 menit): peran, jadwal rapat, "
                            "dasar-dasar hukum, dan aturan bahwa tidak seorang pun dihukum karena "
                            "melapor.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 2, sore: rencana K3 setiap perusahaan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Menyusun rencana</b> (75 menit): setiap tim perusahaan, kini "
                            "bekerja bersama rekan sendiri, memilih lima sampai delapan tindakan: "
                            "perbaikan cepat yang dapat selesai dalam dua minggu dan tindakan yang lebih "
                            "besar untuk bulan-bulan berikutnya. Setiap tindakan diberi penanggung jawab, "
                            "tenggat, perkiraan biaya, dan indikator.</li><li><b>Presentasi dan "
                            "masukan</b> (60 menit): setiap perusahaan memaparkan rencananya dalam lima "
                            "menit; peserta lain mengajukan satu pertanyaan dan satu "
                            "saran.</li><li><b>Langkah berikutnya</b> (30 menit): sepakati tanggal "
                            "kunjungan konsultasi pertama dan indikator yang akan dikumpulkan, lalu isi "
                            "evaluasi sesi.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Metode partisipatif yang berhasil", "level": "h2"}),
                    (
                        "activity",
                        {
                            "title": "Mengurutkan pengendalian dengan permainan kartu hierarki",
                            "objective": (
                                "Peserta berlatih menemukan beberapa cara untuk mengendalikan satu risiko "
                                "dan belajar mengutamakan pengendalian pada sumber bahaya daripada APD."
                            ),
                            "duration_minutes": 40,
                            "group_size": (
                                "Tim campuran beranggotakan 4 orang (2 manajer dan 2 pekerja dari "
                                "perusahaan yang berbeda)"
                            ),
                            "materials": [
                                "Kartu foto bahaya dari inspeksi keliling hari pertama",
                                "Lima kartu berwarna per tim, bertuliskan lima tingkat hierarki",
                                "Kertas plano dan spidol",
                                "Stiker bulat untuk pemungutan suara",
                            ],
                            "steps": [
                                (
                                    "Berikan kepada setiap tim dua kartu foto yang menunjukkan bahaya "
                                    "berisiko tinggi yang ditemukan saat inspeksi keliling."
                                ),
                                (
                                    "Untuk setiap bahaya, tim menuliskan sedikitnya satu kemungkinan "
                                    "pengendalian pada setiap kartu berwarna; tidak apa-apa mengosongkan "
                                    "satu tingkat jika memang tidak ada pilihan yang masuk akal."
                                ),
                                (
                                    "Tim menandai setiap pengendalian menurut biayanya (rendah, sedang, "
                                    "tinggi) dan seberapa cepat dapat dilaksanakan."
                                ),
                                (
                                    "Tim menempelkan kartu di dinding sesuai urutan hierarki, lalu "
                                    "berkeliling membaca gagasan tim lain."
                                ),
                                (
                                    "Setiap peserta menempelkan dua stiker pada pengendalian yang akan "
                                    "mereka pilih lebih dulu."
                                ),
                                (
                                    "Pelatih menyimpulkan: gagasan mana yang menghilangkan bahaya atau "
                                    "mengendalikannya secara teknis, dan mana yang hanya mengandalkan APD "
                                    "atau aturan?"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Pastikan pekerja bersuara",
                            "text": (
                                "<p>Dalam kelompok campuran, manajer cenderung berbicara lebih dulu dan "
                                "lebih lama, sementara pekerja mungkin enggan menunjukkan bahaya di depan "
                                "atasannya sendiri. Campur perusahaan dalam tim inspeksi keliling, "
                                "serahkan kamera atau daftar periksa kepada pekerja, dan mintalah pendapat "
                                "pekerja sebelum manajer saat pelaporan kembali. Orang yang melakukan "
                                "pekerjaan itu setiap hari biasanya paling mengenal bahayanya.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Saat inspeksi keliling di sebuah usaha konfeksi yang menjadi tuan rumah "
                                "kelas, seorang operator jahit dari perusahaan lain melihat bahwa "
                                "satu-satunya pintu keluar belakang terhalang gulungan kain dan dikunci "
                                "dengan gembok 'untuk mencegah pencurian'. Manajer produksi tuan rumah "
                                "sebelumnya tidak menganggapnya sebagai masalah. Diskusi yang menyusul "
                                "menjadi titik balik sesi itu: tuan rumah memindahkan gudang kain pada "
                                "minggu yang sama, mengganti gembok dengan pintu yang hanya dapat dibuka "
                                "dari dalam, dan menggunakan foto sebelum dan sesudah dalam presentasi "
                                "hasilnya."
                            ),
                            "attribution": "",
                            "organisation": "Usaha konfeksi, Bandung",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "between-consultancy-visits",
            "title": {
                "en": "Between consultancy visits: implementing and measuring",
                "id": "Di antara kunjungan konsultasi: pelaksanaan dan pengukuran",
            },
            "introduction": {
                "en": (
                    "The real work of Module 5 happens in the enterprise after the classroom. This lesson "
                    "covers what the enterprise team does between visits, what the trainer checks at each "
                    "visit and how results are measured and presented."
                ),
                "id": (
                    "Pekerjaan sesungguhnya dalam Modul 5 terjadi di perusahaan setelah kelas usai. "
                    "Pelajaran ini membahas apa yang dikerjakan tim perusahaan di antara kunjungan, apa "
                    "yang diperiksa pelatih di setiap kunjungan, serta bagaimana hasil diukur dan "
                    "dipresentasikan."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "The improvement plan is the backbone", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Each enterprise leaves the classroom with an OSH improvement plan. Between "
                            "visits, that plan is what the Enterprise Improvement Team works from and what "
                            "the trainer coaches on. A workable plan is a single page, with one line per "
                            "action and these columns: <b>what</b> will be done, <b>where</b>, <b>who</b> "
                            "is responsible, <b>by when</b>, the estimated <b>cost</b>, the "
                            "<b>indicator</b> that shows it worked, and the <b>status</b>. Put it on the "
                            "wall where workers can see it, not in the manager's drawer.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "A good action in the OSH improvement plan",
                            "items": [
                                (
                                    "It describes a concrete change at a named place, not a wish such as "
                                    "'be more careful'."
                                ),
                                "It uses the highest practical level of the hierarchy of controls.",
                                "One named person is responsible, and that person agreed to it.",
                                (
                                    "It has a realistic date: quick wins within two weeks, bigger actions "
                                    "within three months."
                                ),
                                (
                                    "The cost is estimated, and someone with authority has approved the "
                                    "budget."
                                ),
                                "A 'before' photograph has been taken.",
                                "There is an indicator: what will we see or count when it has worked?",
                            ],
                        },
                    ),
                    ("heading", {"text": "What the enterprise team does between visits", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Meets every week</b> for about 30 minutes, with the plan on the "
                            "table, and updates the status column.</li><li><b>Starts with quick wins</b>: "
                            "clearing aisles, labelling containers, fixing a guard, moving a fire "
                            "extinguisher. Visible early results convince colleagues that the plan is "
                            "serious.</li><li><b>Involves the workers of the area</b> before changing "
                            "their workplace: they often know a cheaper or better solution, and they will "
                            "use it if it is theirs.</li><li><b>Keeps the accident and near-miss book</b> "
                            "up to date, and reviews new entries at each meeting.</li><li><b>Takes 'after' "
                            "photographs</b> from the same angle as the 'before' ones.</li><li><b>Shares "
                            "progress</b> on the notice board and in daily meetings, so that the whole "
                            "workforce sees what changed.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "What the trainer checks at each visit", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Visit 1</b> (within two weeks of the classroom): repeat the "
                            "walk-through with the full EIT in the enterprise's own workplace; confirm the "
                            "baseline figures; check that the plan is realistic and that the quick wins "
                            "have started; agree how accidents and near-misses will be "
                            "recorded.</li><li><b>Visit 2</b> (about a month later): review progress "
                            "action by action; look at the record book; coach the team on one harder risk, "
                            "for example a machine, a chemical or manual handling; help estimate costs for "
                            "engineering controls.</li><li><b>Visit 3</b>: check the indicators against "
                            "the baseline; see whether the changes are kept up and used; add new actions "
                            "from near-miss reports; ask workers who are not in the EIT what has changed "
                            "for them.</li><li><b>Visits 4 and 5</b>, where planned: consolidate, agree "
                            "how the EIT will continue after the cycle, and prepare the results "
                            "presentation together.</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Coach, do not inspect",
                            "text": (
                                "<p>Ask questions rather than give verdicts: 'What did you try? What "
                                "happened? What would you do next?' Praise what has been done before "
                                "pointing to what has not. Leave a short written note after every visit "
                                "with the agreements, who does what, and the date of the next visit, and "
                                "record the visit in SCORE Academy. If you are a candidate trainer, these "
                                "notes become part of your progress report to the Expert Trainer.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Measuring results", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Agree on a small set of indicators at the first visit, and collect them "
                            "for the same length of period as the baseline so that the figures can be "
                            "compared:</p><ul><li>number of accidents logged, and lost-time injuries "
                            "(injuries that keep someone off work for at least one day);</li><li>working "
                            "days lost through injuries and work-related illness;</li><li>first-aid "
                            "cases;</li><li>near-misses reported;</li><li>share of plan actions "
                            "completed;</li><li>costs of accidents (treatment, damage, overtime), where "
                            "the enterprise can estimate them;</li><li>absenteeism, if the enterprise "
                            "already tracks it.</li></ul><p>In small enterprises, accident numbers are "
                            "small and can go up or down by chance. Use them together with the completed "
                            "actions and the before-and-after photographs, and do not claim more than the "
                            "figures show.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Expect near-miss reports to rise at first",
                            "text": (
                                "<p>When an enterprise starts recording near-misses, the number usually "
                                "goes up in the first months. That is good news: people trust the system "
                                "and report what they used to keep quiet. Explain this to the owner before "
                                "the figures come in, so that more reports are not mistaken for a less "
                                "safe workplace, and make sure that nobody is blamed for reporting.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "The results presentation workshop", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The cycle closes with a results presentation workshop where every "
                            "enterprise of the group presents, in about ten minutes: its baseline, the "
                            "actions completed, before-and-after photographs, the indicators, what it "
                            "learned and what it will do next. <b>A manager and a worker present "
                            "together</b>, as they were trained together. Invite the owners, the other "
                            "enterprises' teams and, where relevant, the sponsor of the training and the "
                            "local manpower office. The trainer summarises the group's results and "
                            "collects the figures for the programme's records.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A furniture workshop with 28 workers chose dust from sanding, the "
                                "unguarded circular saw and timber stacked against the walls as its "
                                "priorities. Between visits the EIT met every Monday after the morning "
                                "briefing. In three months it completed nine of its twelve actions, "
                                "including a simple extraction hood over the sanding table built with a "
                                "local welder and a push stick and guard for the saw. Near-miss reports "
                                "went from none to fourteen, most of them about timber handling, which led "
                                "to two new actions. Lost-time injuries fell from four in the six months "
                                "before the training to one in the six months after. The supervisor and a "
                                "sander presented the results together at the workshop."
                            ),
                            "attribution": "",
                            "organisation": "Furniture workshop, Jepara",
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Rencana perbaikan adalah tulang punggungnya", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Setiap perusahaan meninggalkan kelas dengan rencana perbaikan K3. Di "
                            "antara kunjungan, rencana inilah yang menjadi pegangan kerja Tim Peningkatan "
                            "Perusahaan dan menjadi bahan pendampingan pelatih. Rencana yang dapat "
                            "dijalankan cukup satu halaman, satu baris untuk setiap tindakan dengan kolom "
                            "berikut: <b>apa</b> yang akan dilakukan, <b>di mana</b>, <b>siapa</b> "
                            "penanggung jawabnya, <b>kapan</b> tenggatnya, perkiraan <b>biaya</b>, "
                            "<b>indikator</b> yang menunjukkan keberhasilannya, dan <b>status</b>. Tempel "
                            "rencana ini di dinding agar dapat dilihat pekerja, bukan disimpan di laci "
                            "manajer.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Tindakan yang baik dalam rencana perbaikan K3",
                            "items": [
                                (
                                    "Menggambarkan perubahan nyata di tempat tertentu, bukan sekadar "
                                    "harapan seperti 'lebih berhati-hati'."
                                ),
                                "Menggunakan tingkat hierarki pengendalian tertinggi yang masih praktis.",
                                (
                                    "Ada satu orang penanggung jawab yang disebut namanya, dan orang itu "
                                    "menyetujuinya."
                                ),
                                (
                                    "Tenggatnya realistis: perbaikan cepat dalam dua minggu, tindakan yang "
                                    "lebih besar dalam tiga bulan."
                                ),
                                (
                                    "Biayanya sudah diperkirakan, dan orang yang berwenang telah "
                                    "menyetujui anggarannya."
                                ),
                                "Foto 'sebelum' sudah diambil.",
                                (
                                    "Ada indikatornya: apa yang akan kita lihat atau hitung jika tindakan "
                                    "ini berhasil?"
                                ),
                            ],
                        },
                    ),
                    (
                        "heading",
                        {"text": "Apa yang dikerjakan tim perusahaan di antara kunjungan", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Rapat setiap minggu</b> selama sekitar 30 menit dengan rencana di "
                            "atas meja, lalu memperbarui kolom status.</li><li><b>Memulai dengan perbaikan "
                            "cepat</b>: membersihkan lorong, memberi label pada wadah, memperbaiki "
                            "pelindung mesin, memindahkan APAR. Hasil awal yang terlihat meyakinkan rekan "
                            "kerja bahwa rencana ini serius.</li><li><b>Melibatkan pekerja di area "
                            "tersebut</b> sebelum mengubah tempat kerja mereka: mereka sering tahu solusi "
                            "yang lebih murah atau lebih baik, dan mereka akan menggunakannya jika merasa "
                            "ikut memilikinya.</li><li><b>Memperbarui buku catatan kecelakaan dan kejadian "
                            "nyaris celaka</b>, dan meninjau catatan baru di setiap "
                            "rapat.</li><li><b>Mengambil foto 'sesudah'</b> dari sudut yang sama dengan "
                            "foto 'sebelum'.</li><li><b>Menyampaikan kemajuan</b> di papan pengumuman dan "
                            "dalam rapat harian, agar seluruh pekerja melihat apa yang telah "
                            "berubah.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Apa yang diperiksa pelatih di setiap kunjungan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Kunjungan 1</b> (paling lambat dua minggu setelah kelas): ulangi "
                            "inspeksi keliling bersama seluruh anggota EIT di tempat kerja perusahaan itu "
                            "sendiri; pastikan angka data awal; periksa apakah rencananya realistis dan "
                            "perbaikan cepat sudah dimulai; sepakati cara mencatat kecelakaan dan kejadian "
                            "nyaris celaka.</li><li><b>Kunjungan 2</b> (sekitar sebulan kemudian): tinjau "
                            "kemajuan per tindakan; periksa buku catatan; dampingi tim menangani satu "
                            "risiko yang lebih sulit, misalnya mesin, bahan kimia, atau pengangkatan "
                            "manual; bantu memperkirakan biaya pengendalian teknis.</li><li><b>Kunjungan "
                            "3</b>: bandingkan indikator dengan data awal; lihat apakah perubahan "
                            "dipertahankan dan digunakan; tambahkan tindakan baru dari laporan kejadian "
                            "nyaris celaka; tanyakan kepada pekerja yang bukan anggota EIT apa yang "
                            "berubah bagi mereka.</li><li><b>Kunjungan 4 dan 5</b>, jika direncanakan: "
                            "memantapkan hasil, menyepakati bagaimana EIT melanjutkan kerjanya setelah "
                            "siklus selesai, dan menyiapkan presentasi hasil bersama-sama.</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Mendampingi, bukan memeriksa",
                            "text": (
                                "<p>Ajukan pertanyaan alih-alih memberi vonis: 'Apa yang sudah dicoba? Apa "
                                "yang terjadi? Apa langkah berikutnya?' Hargai apa yang sudah dikerjakan "
                                "sebelum menunjukkan apa yang belum. Tinggalkan catatan tertulis singkat "
                                "setelah setiap kunjungan berisi kesepakatan, siapa mengerjakan apa, dan "
                                "tanggal kunjungan berikutnya, lalu catat kunjungan tersebut di SCORE "
                                "Academy. Jika Anda calon pelatih, catatan ini menjadi bagian dari laporan "
                                "kemajuan Anda kepada Pelatih Ahli.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Mengukur hasil", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Sepakati sejumlah kecil indikator pada kunjungan pertama, dan kumpulkan "
                            "untuk periode yang sama panjangnya dengan data awal agar angkanya dapat "
                            "dibandingkan:</p><ul><li>jumlah kecelakaan yang tercatat, dan cedera yang "
                            "menyebabkan hilangnya hari kerja (cedera yang membuat seseorang tidak bekerja "
                            "sedikitnya satu hari);</li><li>jumlah hari kerja yang hilang karena cedera "
                            "dan penyakit akibat kerja;</li><li>kasus P3K;</li><li>kejadian nyaris celaka "
                            "yang dilaporkan;</li><li>persentase tindakan dalam rencana yang telah "
                            "selesai;</li><li>biaya kecelakaan (pengobatan, kerusakan, lembur), jika "
                            "perusahaan dapat memperkirakannya;</li><li>tingkat ketidakhadiran, jika "
                            "perusahaan sudah mencatatnya.</li></ul><p>Di perusahaan kecil, jumlah "
                            "kecelakaan sedikit dan dapat naik atau turun secara kebetulan. Gunakan angka "
                            "itu bersama dengan tindakan yang telah selesai dan foto sebelum-sesudah, dan "
                            "jangan mengklaim lebih dari yang ditunjukkan angka.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Laporan kejadian nyaris celaka biasanya naik di awal",
                            "text": (
                                "<p>Ketika perusahaan mulai mencatat kejadian nyaris celaka, jumlahnya "
                                "biasanya naik pada bulan-bulan pertama. Itu kabar baik: orang memercayai "
                                "sistemnya dan melaporkan hal-hal yang dulu didiamkan. Jelaskan hal ini "
                                "kepada pemilik sebelum angkanya masuk, agar bertambahnya laporan tidak "
                                "disalahartikan sebagai tempat kerja yang makin tidak aman, dan pastikan "
                                "tidak ada yang disalahkan karena melapor.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Lokakarya presentasi hasil", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Siklus ditutup dengan lokakarya presentasi hasil, tempat setiap perusahaan "
                            "dalam kelompok memaparkan dalam sekitar sepuluh menit: data awalnya, tindakan "
                            "yang telah selesai, foto sebelum-sesudah, indikator, apa yang dipelajari, dan "
                            "apa yang akan dilakukan selanjutnya. <b>Seorang manajer dan seorang pekerja "
                            "presentasi bersama</b>, sebagaimana mereka dilatih bersama. Undang para "
                            "pemilik, tim dari perusahaan lain, dan bila relevan, penyandang dana "
                            "pelatihan serta dinas tenaga kerja setempat. Pelatih merangkum hasil kelompok "
                            "dan mengumpulkan angka-angkanya untuk catatan program.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah usaha mebel dengan 28 pekerja memilih debu dari pengamplasan, "
                                "gergaji bundar tanpa pelindung, dan kayu yang ditumpuk bersandar di "
                                "dinding sebagai prioritas. Di antara kunjungan, EIT rapat setiap Senin "
                                "setelah briefing pagi. Dalam tiga bulan tim menyelesaikan sembilan dari "
                                "dua belas tindakan, termasuk tudung isap sederhana di atas meja amplas "
                                "yang dibuat bersama tukang las setempat, serta tongkat pendorong dan "
                                "pelindung untuk gergaji. Laporan kejadian nyaris celaka naik dari nol "
                                "menjadi empat belas, sebagian besar tentang penanganan kayu, yang "
                                "kemudian menghasilkan dua tindakan baru. Cedera yang menyebabkan "
                                "hilangnya hari kerja turun dari empat dalam enam bulan sebelum pelatihan "
                                "menjadi satu dalam enam bulan sesudahnya. Mandor dan seorang tukang "
                                "amplas memaparkan hasilnya bersama di lokakarya."
                            ),
                            "attribution": "",
                            "organisation": "Usaha mebel, Jepara",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "risk-assessment-walk-through",
            "title": {
                "en": "In practice: running a risk assessment walk-through",
                "id": "Praktik: melakukan inspeksi keliling untuk penilaian risiko",
            },
            "introduction": {
                "en": (
                    "A step-by-step guide to the walk-through that trainers run in the classroom on day 1, "
                    "repeat with each enterprise at the first consultancy visit, and hand over to the "
                    "enterprise team as a routine."
                ),
                "id": (
                    "Panduan langkah demi langkah untuk inspeksi keliling yang dijalankan pelatih di kelas "
                    "pada hari pertama, diulang bersama setiap perusahaan pada kunjungan konsultasi "
                    "pertama, lalu diserahkan kepada tim perusahaan sebagai kegiatan rutin."
                ),
            },
            "estimated_minutes": 50,
            "downloads": ["osh-walk-through-checklist"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        (
                            "<p>The walk-through is the central tool of Module 5. A mixed team walks "
                            "through the workplace with a checklist, looks for hazards and good practices, "
                            "talks with the people at work, rates the risks and agrees on priorities. It "
                            "takes 60 to 90 minutes for a small enterprise, costs nothing, and, done "
                            "regularly, keeps the OSH plan connected to what is really happening on the "
                            "floor.</p>"
                        ),
                    ),
                    ("heading", {"text": "Prepare the walk-through", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "Before you start",
                            "items": [
                                (
                                    "A team of four to six people: managers and workers, from different "
                                    "departments, women and men."
                                ),
                                (
                                    "The time is agreed with the supervisors, so that production is not "
                                    "disturbed and people expect you."
                                ),
                                "Everyone has a copy of the walk-through checklist, a pen and a clipboard.",
                                "A rough sketch of the floor plan on which hazards can be marked.",
                                (
                                    "A phone or camera for photographs, with the owner's permission to "
                                    "take them."
                                ),
                                "The PPE required in each area, for every member of the team.",
                                (
                                    "The ground rules are clear: we look, we ask, we photograph; we do not "
                                    "blame anyone."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Walk the process, not the building", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Follow the flow of materials: from the receiving area and raw material "
                            "store, through each production step, to finishing, packing and dispatch. Then "
                            "cover the places people forget: the back yard, the generator and compressor "
                            "room, the chemical store, the kitchen or canteen, the toilets, the prayer "
                            "room, the roof and the stairs.</p><ul><li><b>Talk with the workers</b> at "
                            "each station: 'What is the hardest or most tiring part of this job? Has "
                            "anything nearly gone wrong here?'</li><li><b>Note good practices</b> as well "
                            "as hazards; they show that solutions already exist in the "
                            "enterprise.</li><li><b>Use the checklist</b> as a guide, marking 'Propose "
                            "action' or 'Priority', but write down hazards that are not on it as "
                            "well.</li><li><b>Mark each hazard</b> with a number on the floor plan and "
                            "take a photograph.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Rate the risks", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Back in the meeting room, rate each hazard with a simple three-by-three "
                            "matrix. Give a score from 1 to 3 for likelihood (1 unlikely, 2 possible, 3 "
                            "likely) and from 1 to 3 for severity (1 first aid only, 2 injury with lost "
                            "working days, 3 permanent disability or death). Multiply the two "
                            "scores:</p><ul><li><b>6 or 9: high risk</b>. Act now; do not wait for the "
                            "next meeting.</li><li><b>3 or 4: medium risk</b>. Put it in the improvement "
                            "plan with a date.</li><li><b>1 or 2: low risk</b>. Keep an eye on it at the "
                            "next walk-through.</li></ul><p>Agree on the scores by discussion. When a "
                            "manager and a worker disagree, ask the worker who does the job to describe "
                            "exactly what happens; the discussion itself is valuable.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Some dangers cannot wait for the plan",
                            "text": (
                                "<p>If the team finds a danger that could cause serious injury at any "
                                "moment, such as an unguarded moving machine part, exposed live wiring, a "
                                "gas cylinder leaking, or a locked emergency exit while people are "
                                "working, stop and raise it immediately with the manager present. Agree on "
                                "a temporary measure the same day (switch off, cordon off, unlock) before "
                                "the permanent solution goes into the plan.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Choose controls and agree on priorities", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>For every high and medium risk, go down the hierarchy of controls and "
                            "write at least two options. Then choose, considering how much each option "
                            "reduces the risk, its cost and how quickly it can be done. Put the quick wins "
                            "first, to build confidence, but make sure that every high risk has an action, "
                            "even an expensive one with a later date. Transfer the chosen actions to the "
                            "OSH improvement plan with an owner, a date, a cost and an indicator.</p>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Walk-through in the host enterprise",
                            "objective": (
                                "Participants practise the complete walk-through, from observation to a "
                                "ranked list of risks and proposed controls, in a real workplace."
                            ),
                            "duration_minutes": 120,
                            "group_size": "Mixed teams of 4 to 6, each covering one area of the workplace",
                            "materials": [
                                "OSH walk-through checklist, one per participant",
                                "Floor plan sketch of the area",
                                "Clipboards and pens",
                                "Phones for photographs",
                                "Required PPE for each area",
                                "Flip chart and markers for the report-back",
                            ],
                            "steps": [
                                (
                                    "The host manager gives a five-minute briefing on the process and any "
                                    "area-specific rules."
                                ),
                                (
                                    "Each team walks its area for 45 minutes, following the flow of "
                                    "materials and using the checklist."
                                ),
                                (
                                    "Team members talk with at least two workers at their stations about "
                                    "difficult tasks and near-misses."
                                ),
                                (
                                    "Back in the room, the team lists its three best practices and all "
                                    "hazards found, with photograph numbers."
                                ),
                                (
                                    "The team rates each hazard for likelihood and severity and agrees on "
                                    "the score."
                                ),
                                (
                                    "For the three highest risks, the team proposes controls from the top "
                                    "of the hierarchy downwards."
                                ),
                                (
                                    "Each team presents in five minutes, good practices first; the host "
                                    "enterprise responds and says which suggestions it will take up."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "At the first consultancy visit to a metal workshop, the trainer walked "
                                "through the workshop with the owner, the foreman and three workers. "
                                "Following the flow from the steel delivery to the painting area, the team "
                                "marked 17 hazards on the floor plan. Three scored 9: an angle grinder "
                                "used without its guard, welding cables with taped joints lying across a "
                                "wet floor, and spray painting in a closed corner without ventilation. The "
                                "owner wanted to start by buying new masks. The team went down the "
                                "hierarchy instead: the guard was refitted the same day, the cables were "
                                "replaced and hung on hooks within the week, and the painting was moved to "
                                "a covered area open on two sides, with a fan blowing the spray away from "
                                "the painter. Masks were still used, but as the last line of defence."
                            ),
                            "attribution": "",
                            "organisation": "Metal workshop, Surabaya",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "osh-walk-through-checklist",
                            "title": "OSH walk-through checklist",
                            "description": (
                                "The checklist used in the classroom and at the first consultancy visit: "
                                "materials handling, machines, electricity and fire, chemicals, work "
                                "environment and welfare, with instructions for rating and prioritising."
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Make it a routine",
                            "text": (
                                "<p>The first walk-through is led by the trainer; the aim is that the "
                                "enterprise no longer needs one. Ask the EIT to repeat the walk-through "
                                "every month, with different workers joining each time, and to compare the "
                                "new floor plan with the previous one. By the last consultancy visit, a "
                                "member of the EIT should lead it while the trainer only observes.</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        (
                            "<p>Inspeksi keliling adalah alat utama Modul 5. Sebuah tim campuran "
                            "berkeliling di tempat kerja dengan membawa daftar periksa, mencari bahaya dan "
                            "praktik baik, berbicara dengan orang yang sedang bekerja, menilai risiko, dan "
                            "menyepakati prioritas. Untuk perusahaan kecil, kegiatan ini memakan waktu 60 "
                            "sampai 90 menit, tidak memerlukan biaya, dan bila dilakukan secara rutin, "
                            "menjaga agar rencana K3 tetap terhubung dengan apa yang benar-benar terjadi "
                            "di lantai produksi.</p>"
                        ),
                    ),
                    ("heading", {"text": "Siapkan inspeksi keliling", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "Sebelum mulai",
                            "items": [
                                (
                                    "Tim beranggotakan empat sampai enam orang: manajer dan pekerja, dari "
                                    "bagian yang berbeda, perempuan dan laki-laki."
                                ),
                                (
                                    "Waktunya sudah disepakati dengan para mandor, agar produksi tidak "
                                    "terganggu dan orang sudah tahu akan ada kunjungan."
                                ),
                                (
                                    "Setiap orang memegang salinan daftar periksa inspeksi keliling, pena, "
                                    "dan papan jepit."
                                ),
                                "Sketsa kasar denah tempat kerja untuk menandai lokasi bahaya.",
                                "Ponsel atau kamera untuk mengambil foto, dengan izin dari pemilik.",
                                "APD yang diwajibkan di setiap area, untuk setiap anggota tim.",
                                (
                                    "Aturan mainnya jelas: kita mengamati, bertanya, dan memotret; kita "
                                    "tidak menyalahkan siapa pun."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Ikuti alur proses, bukan denah bangunan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Ikuti alur bahan: dari area penerimaan dan gudang bahan baku, melalui "
                            "setiap tahap produksi, sampai penyelesaian akhir, pengemasan, dan pengiriman. "
                            "Kemudian periksa tempat-tempat yang sering terlupakan: halaman belakang, "
                            "ruang genset dan kompresor, gudang bahan kimia, dapur atau kantin, toilet, "
                            "musala, atap, dan tangga.</p><ul><li><b>Berbicaralah dengan pekerja</b> di "
                            "setiap pos kerja: 'Bagian mana dari pekerjaan ini yang paling sulit atau "
                            "paling melelahkan? Pernahkah hampir terjadi kecelakaan di "
                            "sini?'</li><li><b>Catat praktik baik</b> selain bahaya; praktik baik "
                            "menunjukkan bahwa solusi sudah ada di perusahaan.</li><li><b>Gunakan daftar "
                            "periksa</b> sebagai panduan dengan menandai 'Usulkan tindakan' atau "
                            "'Prioritas', tetapi tuliskan juga bahaya yang tidak tercantum di "
                            "dalamnya.</li><li><b>Tandai setiap bahaya</b> dengan nomor pada denah dan "
                            "ambil fotonya.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Nilai risikonya", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Setelah kembali ke ruang rapat, nilai setiap bahaya dengan matriks "
                            "sederhana tiga kali tiga. Beri nilai 1 sampai 3 untuk kemungkinan (1 kecil "
                            "kemungkinannya, 2 mungkin terjadi, 3 sangat mungkin terjadi) dan 1 sampai 3 "
                            "untuk keparahan (1 cukup dengan P3K, 2 cedera dengan hilangnya hari kerja, 3 "
                            "cacat permanen atau kematian). Kalikan kedua nilai itu:</p><ul><li><b>6 atau "
                            "9: risiko tinggi</b>. Bertindak sekarang; jangan menunggu rapat "
                            "berikutnya.</li><li><b>3 atau 4: risiko sedang</b>. Masukkan ke dalam rencana "
                            "perbaikan dengan tenggat yang jelas.</li><li><b>1 atau 2: risiko rendah</b>. "
                            "Pantau pada inspeksi keliling berikutnya.</li></ul><p>Sepakati nilainya "
                            "melalui diskusi. Jika manajer dan pekerja berbeda pendapat, mintalah pekerja "
                            "yang melakukan pekerjaan itu menjelaskan dengan tepat apa yang terjadi; "
                            "diskusinya sendiri sangat berharga.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Beberapa bahaya tidak bisa menunggu rencana",
                            "text": (
                                "<p>Jika tim menemukan bahaya yang sewaktu-waktu dapat menyebabkan cedera "
                                "serius, seperti bagian mesin bergerak tanpa pelindung, kabel listrik "
                                "bertegangan yang terbuka, tabung gas yang bocor, atau pintu darurat yang "
                                "terkunci saat orang sedang bekerja, hentikan kegiatan dan sampaikan "
                                "segera kepada manajer yang hadir. Sepakati tindakan sementara pada hari "
                                "itu juga (matikan, pasang pembatas, buka kunci) sebelum solusi "
                                "permanennya dimasukkan ke dalam rencana.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Pilih pengendalian dan sepakati prioritas", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Untuk setiap risiko tinggi dan sedang, telusuri hierarki pengendalian dari "
                            "atas ke bawah dan tuliskan sedikitnya dua pilihan. Lalu pilih dengan "
                            "mempertimbangkan seberapa besar setiap pilihan menurunkan risiko, biayanya, "
                            "dan seberapa cepat dapat dilaksanakan. Dahulukan perbaikan cepat untuk "
                            "membangun kepercayaan diri, tetapi pastikan setiap risiko tinggi memiliki "
                            "tindakan, meskipun mahal dan bertenggat lebih lama. Pindahkan tindakan yang "
                            "dipilih ke dalam rencana perbaikan K3 lengkap dengan penanggung jawab, "
                            "tenggat, biaya, dan indikator.</p>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Inspeksi keliling di perusahaan tuan rumah",
                            "objective": (
                                "Peserta mempraktikkan inspeksi keliling secara utuh, dari pengamatan "
                                "sampai daftar risiko yang diurutkan beserta usulan pengendaliannya, di "
                                "tempat kerja yang nyata."
                            ),
                            "duration_minutes": 120,
                            "group_size": (
                                "Tim campuran beranggotakan 4 sampai 6 orang, masing-masing mengamati satu "
                                "area tempat kerja"
                            ),
                            "materials": [
                                "Daftar periksa inspeksi keliling K3, satu untuk setiap peserta",
                                "Sketsa denah area",
                                "Papan jepit dan pena",
                                "Ponsel untuk mengambil foto",
                                "APD yang diwajibkan di setiap area",
                                "Kertas plano dan spidol untuk pelaporan kembali",
                            ],
                            "steps": [
                                (
                                    "Manajer tuan rumah memberi penjelasan lima menit tentang proses "
                                    "produksi dan aturan khusus di setiap area."
                                ),
                                (
                                    "Setiap tim berkeliling di areanya selama 45 menit, mengikuti alur "
                                    "bahan dan menggunakan daftar periksa."
                                ),
                                (
                                    "Anggota tim berbicara dengan sedikitnya dua pekerja di pos kerjanya "
                                    "tentang tugas yang sulit dan kejadian nyaris celaka."
                                ),
                                (
                                    "Di ruang rapat, tim mendaftar tiga praktik terbaik dan semua bahaya "
                                    "yang ditemukan, dengan nomor fotonya."
                                ),
                                (
                                    "Tim menilai setiap bahaya berdasarkan kemungkinan dan keparahan, lalu "
                                    "menyepakati nilainya."
                                ),
                                (
                                    "Untuk tiga risiko tertinggi, tim mengusulkan pengendalian mulai dari "
                                    "urutan teratas hierarki."
                                ),
                                (
                                    "Setiap tim presentasi selama lima menit, dimulai dengan praktik baik; "
                                    "perusahaan tuan rumah menanggapi dan menyebutkan saran mana yang akan "
                                    "dijalankan."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Pada kunjungan konsultasi pertama ke sebuah bengkel logam, pelatih "
                                "berkeliling bersama pemilik, mandor, dan tiga pekerja. Dengan mengikuti "
                                "alur dari kedatangan besi sampai area pengecatan, tim menandai 17 bahaya "
                                "pada denah. Tiga di antaranya bernilai 9: gerinda tangan yang dipakai "
                                "tanpa pelindung, kabel las dengan sambungan berlakban yang melintang di "
                                "lantai basah, dan pengecatan semprot di sudut tertutup tanpa ventilasi. "
                                "Pemilik ingin memulai dengan membeli masker baru. Tim justru menelusuri "
                                "hierarki pengendalian: pelindung gerinda dipasang kembali hari itu juga, "
                                "kabel diganti dan digantung pada kait dalam minggu yang sama, dan "
                                "pengecatan dipindahkan ke area beratap yang terbuka di dua sisi, dengan "
                                "kipas yang meniup semprotan cat menjauhi pengecat. Masker tetap dipakai, "
                                "tetapi sebagai pertahanan terakhir."
                            ),
                            "attribution": "",
                            "organisation": "Bengkel logam, Surabaya",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "osh-walk-through-checklist",
                            "title": "Daftar periksa inspeksi keliling K3",
                            "description": (
                                "Daftar periksa yang digunakan di kelas dan pada kunjungan konsultasi "
                                "pertama: penanganan bahan, mesin, listrik dan kebakaran, bahan kimia, "
                                "lingkungan kerja dan kesejahteraan, dengan petunjuk penilaian dan "
                                "penentuan prioritas."
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Jadikan kegiatan rutin",
                            "text": (
                                "<p>Inspeksi keliling pertama dipimpin oleh pelatih; tujuannya adalah agar "
                                "perusahaan tidak lagi memerlukan pelatih untuk itu. Mintalah EIT "
                                "mengulang inspeksi keliling setiap bulan, dengan pekerja yang berbeda "
                                "ikut serta setiap kali, dan membandingkan denah yang baru dengan denah "
                                "sebelumnya. Pada kunjungan konsultasi terakhir, seorang anggota EIT "
                                "sebaiknya sudah memimpin inspeksi sementara pelatih hanya mengamati.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    ],
}
