"""Demo content for SCORE core module 2, Quality (format: FORMAT.md)."""

MODULE = {
    "slug": "quality",
    "number": 2,
    "title": {
        "en": "Quality: managing continuous improvement",
        "id": "Kualitas: Mengelola Perbaikan Berkelanjutan",
    },
    "summary": {
        "en": (
            "The second SCORE module builds on the Enterprise Improvement Team set up in Module 1 and "
            "turns it towards quality. Managers and workers learn to find out what their customers really "
            "need, to measure defects where they occur, to trace them to their root causes and to prevent "
            "them rather than inspect them out. Two classroom days are followed by consultancy visits in "
            "which the trainer coaches the team through tracking a chosen defect, analysing it and "
            "standardising the solution."
        ),
        "id": (
            "Modul SCORE kedua dibangun di atas Tim Peningkatan Perusahaan yang dibentuk pada Modul 1 dan "
            "mengarahkannya pada mutu. Manajer dan pekerja belajar mengenali kebutuhan pelanggan yang "
            "sebenarnya, mengukur cacat di titik terjadinya, menelusuri cacat hingga ke akar masalahnya, "
            "serta mencegahnya alih-alih hanya menyaringnya lewat inspeksi. Dua hari pelatihan di kelas "
            "dilanjutkan dengan kunjungan konsultasi, di mana pelatih mendampingi tim mencatat satu jenis "
            "cacat yang dipilih, menganalisisnya, dan membakukan solusinya."
        ),
    },
    "objectives": {
        "en": [
            "Identify customer needs and translate them into clear, measurable quality requirements.",
            (
                "Develop a quality assurance culture in which every worker is responsible for quality at "
                "their own step."
            ),
            (
                "Reduce defects systematically by recording them, analysing their root causes and "
                "standardising the solutions."
            ),
        ],
        "id": [
            (
                "Mengenali kebutuhan pelanggan dan menerjemahkannya menjadi persyaratan mutu yang jelas "
                "dan terukur."
            ),
            (
                "Mengembangkan budaya penjaminan mutu di mana setiap pekerja bertanggung jawab atas mutu "
                "pada tahap kerjanya sendiri."
            ),
            (
                "Mengurangi cacat secara sistematis dengan mencatatnya, menganalisis akar masalahnya, dan "
                "membakukan solusinya."
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
            "title": {"en": "Trainer Guide: Quality", "id": "Panduan Pelatih: Kualitas"},
            "paragraphs": {
                "en": [
                    (
                        "This guide accompanies Module 2 of SCORE Training, Quality: managing continuous "
                        "improvement. It assumes that the enterprises have completed Module 1 and have a "
                        "working Enterprise Improvement Team (EIT). If an enterprise's EIT has stopped "
                        "meeting, restart it before starting quality work, because every tool in this "
                        "module depends on managers and workers analysing problems together."
                    ),
                    (
                        "Before the classroom. Update the business assessment with quality data: who the "
                        "enterprise's main customers are, which products generate most complaints or "
                        "returns, how defects are found today (final inspection, customer complaints, or "
                        "not at all), and which records already exist, such as rejected goods, rework or "
                        "credit notes. Ask each enterprise to bring one real defective product or a photo "
                        "of it, and a customer complaint if it has one. As in Module 1, each enterprise "
                        "sends two managers and two workers, ideally including the people who inspect or "
                        "pack the product."
                    ),
                    (
                        "In the classroom. Day one moves from the customer to the cost of poor quality: "
                        "who the customers are, what they need, and what defects cost the enterprise. Day "
                        "two is hands-on with the tools (check sheets, Pareto charts, the 5 Whys and "
                        "cause-and-effect diagrams), applied to each enterprise's own defect. It ends with "
                        "every team choosing one priority defect and adding quality actions and targets to "
                        "its Enterprise Improvement Plan."
                    ),
                    (
                        "During the consultancy visits. Four visits over about three months follow the "
                        "cycle measure, analyse, improve, standardise. At the first visit, set up the "
                        "check sheet where the chosen defect occurs; at the second, analyse the data with "
                        "the EIT; at the third, check that the countermeasures are in place and followed; "
                        "at the fourth, verify the result against the baseline and help the team write the "
                        "new standard. Insist on data from the floor, not impressions."
                    ),
                    (
                        "Monitoring and results. The core KPIs for this module are the defect or rework "
                        "rate for the chosen product, customer complaints or returns and, where possible, "
                        "the cost of poor quality in rupiah. Use the same definitions before and after. "
                        "For the results presentation workshop, help the team show the Pareto chart before "
                        "and after, the root cause found, the countermeasure and the standard that keeps "
                        "the problem from coming back."
                    ),
                ],
                "id": [
                    (
                        "Panduan ini menyertai Modul 2 Pelatihan SCORE, Kualitas: Mengelola Perbaikan "
                        "Berkelanjutan. Panduan ini mengasumsikan bahwa perusahaan telah menyelesaikan "
                        "Modul 1 dan memiliki Tim Peningkatan Perusahaan (EIT) yang berjalan. Jika EIT "
                        "suatu perusahaan sudah berhenti rapat, hidupkan kembali sebelum memulai pekerjaan "
                        "mutu, karena setiap alat dalam modul ini bergantung pada manajer dan pekerja yang "
                        "menganalisis masalah bersama-sama."
                    ),
                    (
                        "Sebelum kelas. Perbarui asesmen usaha dengan data mutu: siapa pelanggan utama "
                        "perusahaan, produk mana yang paling banyak menimbulkan keluhan atau retur, "
                        "bagaimana cacat saat ini ditemukan (inspeksi akhir, keluhan pelanggan, atau tidak "
                        "sama sekali), serta catatan apa saja yang sudah ada, misalnya barang yang "
                        "ditolak, pengerjaan ulang, atau nota potongan harga. Minta setiap perusahaan "
                        "membawa satu produk cacat yang nyata atau fotonya, serta satu keluhan pelanggan "
                        "jika ada. Seperti pada Modul 1, setiap perusahaan mengirim dua manajer dan dua "
                        "pekerja, sebaiknya termasuk orang yang memeriksa atau mengemas produk."
                    ),
                    (
                        "Di kelas. Hari pertama bergerak dari pelanggan ke biaya mutu yang buruk: siapa "
                        "pelanggannya, apa kebutuhannya, dan berapa biaya yang ditanggung perusahaan "
                        "akibat cacat. Hari kedua berfokus pada praktik menggunakan alat (lembar periksa, "
                        "diagram Pareto, 5 Mengapa, dan diagram sebab-akibat) yang diterapkan pada cacat "
                        "produk masing-masing perusahaan. Hari kedua diakhiri dengan setiap tim memilih "
                        "satu cacat prioritas serta menambahkan tindakan dan target mutu ke dalam Rencana "
                        "Peningkatan Perusahaan."
                    ),
                    (
                        "Selama kunjungan konsultasi. Empat kunjungan dalam kurun waktu sekitar tiga bulan "
                        "mengikuti siklus mengukur, menganalisis, memperbaiki, membakukan. Pada kunjungan "
                        "pertama, pasang lembar periksa di titik terjadinya cacat yang dipilih; pada "
                        "kunjungan kedua, analisis datanya bersama EIT; pada kunjungan ketiga, periksa "
                        "apakah tindakan penanggulangan sudah diterapkan dan dipatuhi; pada kunjungan "
                        "keempat, verifikasi hasilnya terhadap baseline dan bantu tim menuliskan standar "
                        "barunya. Tekankan penggunaan data dari lantai produksi, bukan kesan."
                    ),
                    (
                        "Pemantauan dan hasil. KPI utama modul ini adalah tingkat cacat atau pengerjaan "
                        "ulang untuk produk yang dipilih, keluhan atau retur pelanggan, dan bila "
                        "memungkinkan, biaya mutu yang buruk dalam rupiah. Gunakan definisi yang sama "
                        "sebelum dan sesudah. Untuk lokakarya presentasi hasil, bantu tim menampilkan "
                        "diagram Pareto sebelum dan sesudah, akar masalah yang ditemukan, tindakan "
                        "penanggulangan, dan standar yang mencegah masalah itu terulang."
                    ),
                ],
            },
        },
        {
            "key": "quality-tools-handbook",
            "kind": "participant_handbook",
            "title": {
                "en": "Participant Handbook: Quality Tools for the Shop Floor",
                "id": "Buku Pegangan Peserta: Alat Mutu untuk Lantai Produksi",
            },
            "paragraphs": {
                "en": [
                    (
                        "This handbook is for the managers and workers taking part in the SCORE Quality "
                        "module. It explains, in simple steps, the tools you will use in the classroom and "
                        "in your enterprise. Keep it near your Enterprise Improvement Team's notice board "
                        "and use it when you prepare for consultancy visits."
                    ),
                    (
                        "Know your customer. A customer is anyone who receives your work: the buyer who "
                        "pays, but also the next station on the line. For each main product, write down "
                        "what the customer needs (size, colour, finish, packing, delivery time) and how "
                        "you know it: a written specification, an approved sample, or only habit. Ask your "
                        "customers directly at least once during the module: what do they like, what do "
                        "they complain about, and what would make them order more?"
                    ),
                    (
                        "Check sheet. A check sheet is a simple form kept at the workstation, on which a "
                        "worker makes a mark each time a defect occurs, by type of defect and by day or "
                        "shift. Keep the list of defect types short (five to eight, plus 'other'), define "
                        "each type with an example, and let the people who do the work fill it in. Record "
                        "total production on the same sheet, so that you can calculate the defect rate: "
                        "defects divided by units produced."
                    ),
                    (
                        "Pareto chart. After a week or two, add up the marks for each defect type, sort "
                        "them from largest to smallest and draw them as bars, with a line showing the "
                        "cumulative percentage. Usually two or three defect types make up most of the "
                        "total. Work on those first: halving the largest defect often does more than "
                        "eliminating several small ones."
                    ),
                    (
                        "5 Whys and cause-and-effect. For the largest defect, ask 'why does this happen?' "
                        "and keep asking 'why?' about each answer until you reach a cause you can act on, "
                        "usually after three to five steps. When there are several possible causes, draw a "
                        "cause-and-effect (fishbone) diagram with the main branches people, machine, "
                        "material, method, measurement and environment. Check each likely cause on the "
                        "floor before you act on it."
                    ),
                    (
                        "Countermeasure and standard. Choose a countermeasure that removes the root cause, "
                        "try it, and watch the check sheet to see whether the defect rate falls. When it "
                        "works, write it down as a standard: a one-page work instruction with photos or an "
                        "approved sample, displayed at the workstation, and train everyone on every shift. "
                        "Then choose the next defect on the Pareto chart and repeat."
                    ),
                ],
                "id": [
                    (
                        "Buku pegangan ini ditujukan bagi manajer dan pekerja yang mengikuti modul "
                        "Kualitas SCORE. Buku ini menjelaskan, dengan langkah-langkah sederhana, alat-alat "
                        "yang akan Anda gunakan di kelas dan di perusahaan Anda. Simpan buku ini di dekat "
                        "papan pengumuman Tim Peningkatan Perusahaan dan gunakan saat Anda bersiap "
                        "menghadapi kunjungan konsultasi."
                    ),
                    (
                        "Kenali pelanggan Anda. Pelanggan adalah siapa saja yang menerima hasil kerja "
                        "Anda: pembeli yang membayar, tetapi juga bagian berikutnya di lini produksi. "
                        "Untuk setiap produk utama, tuliskan apa yang dibutuhkan pelanggan (ukuran, warna, "
                        "hasil akhir, kemasan, waktu pengiriman) dan dari mana Anda mengetahuinya: "
                        "spesifikasi tertulis, contoh yang disetujui, atau hanya kebiasaan. Tanyakan "
                        "langsung kepada pelanggan setidaknya satu kali selama modul berlangsung: apa yang "
                        "mereka sukai, apa yang mereka keluhkan, dan apa yang akan membuat mereka memesan "
                        "lebih banyak?"
                    ),
                    (
                        "Lembar periksa. Lembar periksa adalah formulir sederhana yang disimpan di tempat "
                        "kerja, tempat pekerja membubuhkan tanda setiap kali terjadi cacat, menurut jenis "
                        "cacat dan menurut hari atau giliran kerja. Batasi daftar jenis cacat (lima sampai "
                        "delapan, ditambah 'lain-lain'), jelaskan setiap jenis dengan contoh, dan biarkan "
                        "orang yang melakukan pekerjaan itu yang mengisinya. Catat juga jumlah produksi "
                        "pada lembar yang sama, agar tingkat cacat dapat dihitung: jumlah cacat dibagi "
                        "jumlah unit yang diproduksi."
                    ),
                    (
                        "Diagram Pareto. Setelah satu atau dua minggu, jumlahkan tanda untuk setiap jenis "
                        "cacat, urutkan dari yang terbesar ke yang terkecil, lalu gambarkan sebagai "
                        "batang, dengan garis yang menunjukkan persentase kumulatif. Biasanya dua atau "
                        "tiga jenis cacat mencakup sebagian besar dari total cacat. Tangani jenis-jenis "
                        "itu terlebih dahulu: mengurangi cacat terbesar hingga separuhnya sering kali "
                        "memberi dampak lebih besar daripada menghilangkan beberapa cacat kecil."
                    ),
                    (
                        "5 Mengapa dan diagram sebab-akibat. Untuk cacat terbesar, tanyakan 'mengapa ini "
                        "terjadi?' dan terus tanyakan 'mengapa?' atas setiap jawaban sampai Anda menemukan "
                        "penyebab yang dapat ditindaklanjuti, biasanya setelah tiga sampai lima langkah. "
                        "Jika ada beberapa kemungkinan penyebab, buatlah diagram sebab-akibat (tulang "
                        "ikan) dengan cabang utama manusia, mesin, material, metode, pengukuran, dan "
                        "lingkungan. Periksa setiap penyebab yang paling mungkin langsung di lantai "
                        "produksi sebelum Anda mengambil tindakan."
                    ),
                    (
                        "Tindakan penanggulangan dan standar. Pilih tindakan penanggulangan yang "
                        "menghilangkan akar masalah, uji cobakan, dan amati lembar periksa untuk melihat "
                        "apakah tingkat cacat menurun. Jika berhasil, tuliskan sebagai standar: instruksi "
                        "kerja satu halaman dengan foto atau contoh yang disetujui, dipajang di tempat "
                        "kerja, dan latih semua orang di setiap giliran kerja. Setelah itu, pilih cacat "
                        "berikutnya pada diagram Pareto dan ulangi prosesnya."
                    ),
                ],
            },
        },
    ],
    "lessons": [
        {
            "slug": "why-quality",
            "title": {
                "en": "Quality as continuous improvement: purpose and key concepts",
                "id": "Kualitas sebagai perbaikan berkelanjutan: tujuan dan konsep kunci",
            },
            "introduction": {
                "en": (
                    "What Module 2 is for, how it builds on Workplace Cooperation, and the key ideas you "
                    "will teach: the customer defines quality, prevention beats inspection, poor quality "
                    "has a cost, and everyone owns quality."
                ),
                "id": (
                    "Tujuan Modul 2, bagaimana modul ini dibangun di atas Kerja Sama di Tempat Kerja, "
                    "serta gagasan kunci yang akan Anda ajarkan: pelanggan yang menentukan mutu, "
                    "pencegahan lebih baik daripada inspeksi, mutu yang buruk ada biayanya, dan setiap "
                    "orang bertanggung jawab atas mutu."
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
                            "<p>Many small enterprises understand quality as inspection: a supervisor or "
                            "packer checks the finished goods and removes what is bad. By then the "
                            "material, labour and time have already been spent, and whatever the inspector "
                            "misses reaches the customer. Module 2 moves the enterprise from finding "
                            "defects to preventing them.</p><p>The module has three objectives: to "
                            "<b>identify customer needs</b>, to <b>develop a quality assurance culture</b> "
                            "in which every worker is responsible for the quality of their own work, and "
                            "to <b>reduce defects systematically</b> with simple data and problem-solving "
                            "tools. It builds directly on Module 1: the Enterprise Improvement Team, the "
                            "daily meetings and the suggestion scheme become the means of managing "
                            "quality.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Prerequisite: Workplace Cooperation",
                            "text": (
                                "<p>Deliver Module 2 only to enterprises that have completed Module 1 and "
                                "have an EIT that meets regularly. Workers usually know about quality "
                                "problems long before management sees them; without the channels built in "
                                "Module 1, that knowledge does not reach the people who can act on it.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Key concepts", "level": "h2"}),
                    ("heading", {"text": "The customer defines quality", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Quality is what the customer needs and is willing to pay for, not what the "
                            "enterprise thinks is good. Customers include the external buyer (a retailer, "
                            "an exporter, a hotel, a consumer) and the <i>internal customer</i>: the next "
                            "person in the process. Each step should hand on work that the next step can "
                            "use without correction. Needs should be written down as clear requirements, "
                            "such as dimensions, colour compared with an approved sample, packing and "
                            "delivery time, so that everyone judges quality in the same way.</p>"
                        ),
                    ),
                    ("heading", {"text": "The cost of poor quality", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Defects cost far more than the price of the rejected item. Help "
                            "participants count: scrapped material, rework hours, extra inspection, late "
                            "deliveries, discounts and returns, and the customer who quietly starts "
                            "ordering elsewhere. Putting a rupiah value on even one defect type for one "
                            "month usually convinces owners that quality work pays for itself.</p>"
                        ),
                    ),
                    ("heading", {"text": "Prevention, not inspection", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>A quality assurance culture means building quality in at every step: clear "
                            "standards and approved samples at the workstation, checks by operators at "
                            "their own step, the right to stop and raise a problem without being blamed, "
                            "and defect data shared with everyone. Indonesian SCORE enterprises have named "
                            "sharing quality information with employees as one of the practices that "
                            "raised their productivity. Continuous improvement follows the Plan, Do, "
                            "Check, Act cycle (PDCA): plan a change based on data, try it, check the "
                            "result, and make it the standard if it works.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A tempe chip producer in Malang with about 20 workers supplied a regional "
                                "minimarket distributor and received returns every month for poorly sealed "
                                "bags and broken chips. Quality control consisted of the owner's sister "
                                "checking bags before dispatch. After the classroom, the EIT put simple "
                                "check sheets at the frying, seasoning and sealing stations and found that "
                                "most returns came from the sealing step: in the afternoon rush, operators "
                                "turned up the sealer's temperature and speed, producing burnt, weak "
                                "seals. A fixed setting marked on the machine, and a check of every tenth "
                                "bag by the sealer operator, brought monthly returns down from around 4 "
                                "percent of bags to under 1 percent within two months."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Snack producer, Malang, East Java",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "A question to open the module",
                            "text": (
                                "<p>Ask each enterprise: 'Who checks quality in your company?' Most answer "
                                "with a name or a job title. By the end of the module the answer should "
                                "be: 'Everyone, at their own step.'</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Tujuan modul ini", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Banyak usaha kecil memahami mutu sebagai inspeksi: seorang pengawas atau "
                            "petugas pengemasan memeriksa barang jadi dan menyisihkan yang jelek. Padahal "
                            "pada saat itu bahan, tenaga, dan waktu sudah terpakai, dan cacat yang lolos "
                            "dari pemeriksaan sampai ke tangan pelanggan. Modul 2 menggeser perusahaan "
                            "dari menemukan cacat ke mencegahnya.</p><p>Modul ini memiliki tiga tujuan: "
                            "<b>mengenali kebutuhan pelanggan</b>, <b>mengembangkan budaya penjaminan "
                            "mutu</b> di mana setiap pekerja bertanggung jawab atas mutu pekerjaannya "
                            "sendiri, dan <b>mengurangi cacat secara sistematis</b> dengan data sederhana "
                            "dan alat pemecahan masalah. Modul ini dibangun langsung di atas Modul 1: Tim "
                            "Peningkatan Perusahaan, rapat harian, dan sistem saran menjadi sarana untuk "
                            "mengelola mutu.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Prasyarat: Kerja Sama di Tempat Kerja",
                            "text": (
                                "<p>Sampaikan Modul 2 hanya kepada perusahaan yang telah menyelesaikan "
                                "Modul 1 dan memiliki EIT yang rapat secara rutin. Masalah mutu biasanya "
                                "sudah diketahui pekerja jauh sebelum manajemen melihatnya; tanpa saluran "
                                "yang dibangun pada Modul 1, pengetahuan itu tidak sampai kepada orang "
                                "yang dapat bertindak.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Konsep kunci", "level": "h2"}),
                    ("heading", {"text": "Pelanggan yang menentukan mutu", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Mutu adalah apa yang dibutuhkan pelanggan dan bersedia dibayarnya, bukan "
                            "apa yang dianggap baik oleh perusahaan. Pelanggan mencakup pembeli eksternal "
                            "(peritel, eksportir, hotel, konsumen) dan <i>pelanggan internal</i>, yaitu "
                            "orang berikutnya dalam proses. Setiap tahap seharusnya menyerahkan hasil "
                            "kerja yang dapat langsung digunakan oleh tahap berikutnya tanpa perbaikan. "
                            "Kebutuhan pelanggan sebaiknya dituliskan sebagai persyaratan yang jelas, "
                            "seperti ukuran, warna dibandingkan dengan contoh yang disetujui, kemasan, dan "
                            "waktu pengiriman, sehingga semua orang menilai mutu dengan cara yang sama.</p>"
                        ),
                    ),
                    ("heading", {"text": "Biaya mutu yang buruk", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Biaya cacat jauh lebih besar daripada harga barang yang ditolak. Bantu "
                            "peserta menghitungnya: bahan yang terbuang, jam pengerjaan ulang, inspeksi "
                            "tambahan, pengiriman yang terlambat, potongan harga dan retur, serta "
                            "pelanggan yang diam-diam beralih ke pemasok lain. Menghitung nilai rupiah "
                            "dari satu jenis cacat saja selama satu bulan biasanya sudah cukup meyakinkan "
                            "pemilik bahwa upaya perbaikan mutu akan membayar dirinya sendiri.</p>"
                        ),
                    ),
                    ("heading", {"text": "Pencegahan, bukan inspeksi", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Budaya penjaminan mutu berarti membangun mutu di setiap tahap: standar "
                            "yang jelas dan contoh yang disetujui di tempat kerja, pemeriksaan oleh "
                            "operator pada tahap kerjanya sendiri, hak untuk berhenti dan melaporkan "
                            "masalah tanpa disalahkan, serta data cacat yang dibagikan kepada semua orang. "
                            "Perusahaan peserta SCORE di Indonesia menyebut berbagi informasi mutu dengan "
                            "karyawan sebagai salah satu praktik yang meningkatkan produktivitas mereka. "
                            "Perbaikan berkelanjutan mengikuti siklus Rencanakan, Lakukan, Periksa, Tindak "
                            "lanjuti (PDCA): rencanakan perubahan berdasarkan data, uji cobakan, periksa "
                            "hasilnya, dan jadikan standar jika berhasil.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah produsen keripik tempe di Malang dengan sekitar 20 pekerja memasok "
                                "sebuah distributor minimarket regional dan setiap bulan menerima retur "
                                "karena kemasan yang tidak tersegel rapat dan keripik yang hancur. "
                                "Pengendalian mutu hanya berupa pemeriksaan kemasan oleh adik pemilik "
                                "sebelum barang dikirim. Setelah pelatihan di kelas, EIT memasang lembar "
                                "periksa sederhana di bagian penggorengan, pembumbuan, dan penyegelan, dan "
                                "menemukan bahwa sebagian besar retur berasal dari tahap penyegelan: saat "
                                "pekerjaan menumpuk pada siang hari, operator menaikkan suhu dan kecepatan "
                                "mesin penyegel sehingga segel menjadi gosong dan rapuh. Dengan pengaturan "
                                "tetap yang ditandai pada mesin dan pemeriksaan setiap kemasan kesepuluh "
                                "oleh operator penyegel, retur bulanan turun dari sekitar 4 persen kemasan "
                                "menjadi kurang dari 1 persen dalam dua bulan."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Produsen makanan ringan, Malang, Jawa Timur",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Pertanyaan untuk membuka modul",
                            "text": (
                                "<p>Tanyakan kepada setiap perusahaan: 'Siapa yang memeriksa mutu di "
                                "perusahaan Anda?' Sebagian besar menjawab dengan menyebut nama atau "
                                "jabatan. Pada akhir modul, jawabannya seharusnya: 'Semua orang, pada "
                                "tahap kerjanya masing-masing.'</p>"
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
                    "A half-day by half-day agenda for the Quality classroom, with the production "
                    "simulation and tool exercises that make it practical, and how to make sure that "
                    "workers' knowledge of defects is heard."
                ),
                "id": (
                    "Agenda kelas Kualitas per setengah hari, dengan simulasi produksi dan latihan "
                    "penggunaan alat yang membuatnya praktis, serta cara memastikan pengetahuan pekerja "
                    "tentang cacat didengar."
                ),
            },
            "estimated_minutes": 45,
            "downloads": ["trainer-guide", "quality-tools-handbook"],
            "body": {
                "en": [
                    ("heading", {"text": "Preparing the class", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The class again brings together four to five enterprises with two managers "
                            "and two workers each, trained together. For this module, ask the enterprises "
                            "to include at least one worker who inspects, packs or does final finishing: "
                            "these are the people who see the defects every day. Ask each team to bring "
                            "one real defective product (or photos), whatever defect or return records it "
                            "has, and a customer complaint if there is one. These become the material for "
                            "the tool exercises on day two.</p>"
                        ),
                    ),
                    ("heading", {"text": "The agenda, half-day by half-day", "level": "h2"}),
                    (
                        "heading",
                        {
                            "text": "Day 1 morning: from Module 1 to quality, and the customer",
                            "level": "h3",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Each enterprise reports briefly on its Module 1 results: is the EIT "
                            "still meeting, which KPIs are on the board, what has changed?</li><li>What is "
                            "quality? Participants write their own definitions on cards; the trainer "
                            "groups them and introduces the customer's point of view.</li><li>Customer "
                            "needs: each team lists its main customers (external and internal) and what "
                            "each one needs, and marks which requirements are written down and which exist "
                            "only in people's heads.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 1 afternoon: the cost of poor quality", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>A production simulation: teams make a simple paper product to a "
                            "customer specification in two rounds, first with inspection only at the end, "
                            "then with agreed standards and checks at every step.</li><li>Debrief: compare "
                            "output, defects and wasted material between the rounds.</li><li>The cost of "
                            "poor quality: each team estimates, in rupiah, what its main defect cost last "
                            "month, including rework, scrap, returns and lost time.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 2 morning: tools for finding causes", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Check sheets: each team designs one for its own "
                            "product.</li><li>Pareto: teams build a Pareto chart from a prepared data set, "
                            "then from their own records if they brought any.</li><li>The 5 Whys and "
                            "cause-and-effect diagrams, practised on the defective product each team "
                            "brought.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Day 2 afternoon: the quality improvement plan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Each team chooses one priority defect, a KPI (such as the defect rate "
                            "or returns) and a target.</li><li>Quality actions are added to the Enterprise "
                            "Improvement Plan: who sets up the check sheet, who collects the data, when "
                            "the EIT reviews it.</li><li>Presentations and feedback, fixing the date of "
                            "the first visit, and evaluation.</li></ul>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Two-round production simulation",
                            "objective": (
                                "Experience the difference between inspecting quality at the end and "
                                "building it in at every step, and connect the result to the cost of poor "
                                "quality."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "Mixed production lines of 5–6 participants from different enterprises, "
                                "managers and workers together"
                            ),
                            "materials": [
                                "Coloured paper, scissors, rulers and glue",
                                "A written customer specification and an approved sample",
                                "Timer and a score sheet on a flip chart",
                                "Play money for the 'customer' to pay for accepted units",
                            ],
                            "steps": [
                                (
                                    "Each line appoints an operator for each step, an inspector and a "
                                    "customer; where possible give the inspector and customer roles to "
                                    "workers and the operator roles to managers."
                                ),
                                (
                                    "Round 1 (12 minutes): produce as many units as possible; only the "
                                    "inspector at the end of the line checks against the specification."
                                ),
                                (
                                    "Count accepted units, rejected units, rework and material used; the "
                                    "customer pays only for accepted units."
                                ),
                                (
                                    "Give each line 10 minutes to redesign: agree standards, put the "
                                    "approved sample at every step, and let each operator check their own "
                                    "work."
                                ),
                                "Round 2 (12 minutes): produce again and count the same figures.",
                                (
                                    "Debrief: what changed between the rounds, what did the defects cost, "
                                    "and where in your enterprise does quality still work like round 1?"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Defects and blame",
                            "text": (
                                "<p>Talking about defects easily turns into talking about who made them. "
                                "Workers who fear blame will hide defects and give you 'clean' data that "
                                "is useless. Set the rule at the start of day one and repeat it: we look "
                                "for causes in the process, not for guilty people. If a manager blames a "
                                "worker during an exercise, pause and reframe the question as: 'What in "
                                "the process allowed this to happen?'</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Hierarchy and gender in this module",
                            "text": (
                                "<p>In many enterprises inspection, finishing and packing are done mostly "
                                "by women, who therefore hold much of the knowledge about defects. Make "
                                "sure they present in the tool exercises, pair them with production "
                                "managers in the 5 Whys practice, and use written cards before open "
                                "discussion so that workers can name problems without contradicting their "
                                "superiors in public.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "In a Quality class in Bandung, the team from a garment subcontractor "
                                "applied the 5 Whys to a recurring skipped-stitch defect. The production "
                                "manager assumed careless sewing. The worker participant, a quality "
                                "checker at the end of the line, explained that skipped stitches increased "
                                "towards the end of the week because needles were changed only when they "
                                "broke. The team added a scheduled needle change at the start of the shift "
                                "every Monday and Thursday to its plan; by the third consultancy visit the "
                                "skipped-stitch count on the check sheet had fallen by more than half."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Quality class, Bandung, West Java",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "quality-tools-handbook",
                            "title": "Participant Handbook: Quality Tools for the Shop Floor",
                            "description": (
                                "Hand out on day one. Step-by-step instructions for check sheets, Pareto "
                                "charts, the 5 Whys and cause-and-effect diagrams, for use in class and at "
                                "the workplace."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Mempersiapkan kelas", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Kelas kembali mempertemukan empat sampai lima perusahaan, masing-masing "
                            "dengan dua manajer dan dua pekerja yang dilatih bersama. Untuk modul ini, "
                            "minta perusahaan menyertakan setidaknya satu pekerja yang bertugas memeriksa, "
                            "mengemas, atau melakukan penyelesaian akhir, karena merekalah yang melihat "
                            "cacat setiap hari. Minta setiap tim membawa satu produk cacat yang nyata "
                            "(atau fotonya), catatan cacat atau retur yang mereka miliki, dan keluhan "
                            "pelanggan jika ada. Semua itu menjadi bahan latihan penggunaan alat pada hari "
                            "kedua.</p>"
                        ),
                    ),
                    ("heading", {"text": "Agenda per setengah hari", "level": "h2"}),
                    (
                        "heading",
                        {"text": "Hari 1 pagi: dari Modul 1 ke mutu, dan pelanggan", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Setiap perusahaan melaporkan singkat hasil Modul 1: apakah EIT masih "
                            "rapat, KPI apa yang ada di papan, apa yang sudah berubah?</li><li>Apa itu "
                            "mutu? Peserta menuliskan definisi mereka sendiri di kartu; pelatih "
                            "mengelompokkannya dan memperkenalkan sudut pandang "
                            "pelanggan.</li><li>Kebutuhan pelanggan: setiap tim mendaftar pelanggan "
                            "utamanya (eksternal dan internal) beserta kebutuhan masing-masing, lalu "
                            "menandai persyaratan mana yang sudah tertulis dan mana yang hanya ada di "
                            "kepala orang.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 1 siang: biaya mutu yang buruk", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Simulasi produksi: tim membuat produk kertas sederhana sesuai "
                            "spesifikasi pelanggan dalam dua babak, pertama dengan inspeksi hanya di "
                            "akhir, kemudian dengan standar yang disepakati dan pemeriksaan di setiap "
                            "tahap.</li><li>Refleksi: bandingkan output, cacat, dan bahan yang terbuang "
                            "antara kedua babak.</li><li>Biaya mutu yang buruk: setiap tim memperkirakan, "
                            "dalam rupiah, berapa biaya cacat utamanya pada bulan lalu, termasuk "
                            "pengerjaan ulang, bahan terbuang, retur, dan waktu yang hilang.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 2 pagi: alat untuk menemukan penyebab", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Lembar periksa: setiap tim merancang satu lembar periksa untuk "
                            "produknya sendiri.</li><li>Pareto: tim menyusun diagram Pareto dari data yang "
                            "telah disiapkan, lalu dari catatan mereka sendiri jika membawanya.</li><li>5 "
                            "Mengapa dan diagram sebab-akibat, dipraktikkan pada produk cacat yang dibawa "
                            "setiap tim.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Hari 2 siang: rencana perbaikan mutu", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Setiap tim memilih satu cacat prioritas, satu KPI (misalnya tingkat "
                            "cacat atau retur), dan targetnya.</li><li>Tindakan mutu ditambahkan ke dalam "
                            "Rencana Peningkatan Perusahaan: siapa yang memasang lembar periksa, siapa "
                            "yang mengumpulkan data, kapan EIT meninjaunya.</li><li>Presentasi dan "
                            "masukan, penetapan tanggal kunjungan pertama, dan evaluasi.</li></ul>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Simulasi produksi dua babak",
                            "objective": (
                                "Merasakan perbedaan antara memeriksa mutu di akhir dan membangun mutu di "
                                "setiap tahap, serta mengaitkan hasilnya dengan biaya mutu yang buruk."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "Lini produksi campuran berisi 5–6 peserta dari perusahaan yang berbeda, "
                                "manajer dan pekerja bersama-sama"
                            ),
                            "materials": [
                                "Kertas warna, gunting, penggaris, dan lem",
                                "Spesifikasi pelanggan tertulis dan contoh yang disetujui",
                                "Pengatur waktu dan lembar skor di kertas plano",
                                "Uang mainan bagi 'pelanggan' untuk membayar unit yang diterima",
                            ],
                            "steps": [
                                (
                                    "Setiap lini menunjuk operator untuk setiap tahap, seorang pemeriksa, "
                                    "dan seorang pelanggan; bila memungkinkan, berikan peran pemeriksa dan "
                                    "pelanggan kepada pekerja, dan peran operator kepada manajer."
                                ),
                                (
                                    "Babak 1 (12 menit): produksi sebanyak mungkin unit; hanya pemeriksa "
                                    "di ujung lini yang mencocokkan hasil dengan spesifikasi."
                                ),
                                (
                                    "Hitung unit yang diterima, unit yang ditolak, pengerjaan ulang, dan "
                                    "bahan yang terpakai; pelanggan hanya membayar unit yang diterima."
                                ),
                                (
                                    "Beri setiap lini waktu 10 menit untuk merancang ulang: sepakati "
                                    "standar, letakkan contoh yang disetujui di setiap tahap, dan biarkan "
                                    "setiap operator memeriksa hasil kerjanya sendiri."
                                ),
                                "Babak 2 (12 menit): produksi lagi dan hitung angka yang sama.",
                                (
                                    "Refleksi: apa yang berubah antara kedua babak, berapa biaya cacatnya, "
                                    "dan di bagian mana di perusahaan Anda pengelolaan mutu masih seperti "
                                    "babak 1?"
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Cacat dan menyalahkan",
                            "text": (
                                "<p>Membicarakan cacat mudah berubah menjadi membicarakan siapa yang "
                                "membuatnya. Pekerja yang takut disalahkan akan menyembunyikan cacat dan "
                                "memberikan data yang tampak 'bersih' tetapi tidak berguna. Tetapkan "
                                "aturan ini di awal hari pertama dan ulangi: kita mencari penyebab di "
                                "dalam proses, bukan mencari orang yang bersalah. Jika seorang manajer "
                                "menyalahkan pekerja saat latihan, berhentilah sejenak dan ubah "
                                "pertanyaannya menjadi: 'Apa dalam proses yang memungkinkan hal ini "
                                "terjadi?'</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Hierarki dan gender dalam modul ini",
                            "text": (
                                "<p>Di banyak perusahaan, pekerjaan pemeriksaan, penyelesaian akhir, dan "
                                "pengemasan sebagian besar dilakukan oleh perempuan, sehingga merekalah "
                                "yang paling banyak mengetahui seluk-beluk cacat. Pastikan mereka tampil "
                                "mempresentasikan hasil latihan penggunaan alat, pasangkan mereka dengan "
                                "manajer produksi dalam latihan 5 Mengapa, dan gunakan kartu tertulis "
                                "sebelum diskusi terbuka agar pekerja dapat menyebutkan masalah tanpa "
                                "harus membantah atasan di depan umum.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Dalam sebuah kelas Kualitas di Bandung, tim dari sebuah perusahaan "
                                "subkontrak garmen menerapkan 5 Mengapa pada cacat jahitan loncat yang "
                                "terus berulang. Manajer produksi mengira penyebabnya adalah penjahit yang "
                                "ceroboh. Peserta pekerja, seorang pemeriksa mutu di ujung lini, "
                                "menjelaskan bahwa jahitan loncat meningkat menjelang akhir minggu karena "
                                "jarum baru diganti setelah patah. Tim menambahkan penggantian jarum "
                                "terjadwal di awal giliran kerja setiap Senin dan Kamis ke dalam "
                                "rencananya; pada kunjungan konsultasi ketiga, jumlah jahitan loncat pada "
                                "lembar periksa telah turun lebih dari separuh."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Kelas Kualitas, Bandung, Jawa Barat",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "quality-tools-handbook",
                            "title": "Buku Pegangan Peserta: Alat Mutu untuk Lantai Produksi",
                            "description": (
                                "Bagikan pada hari pertama. Petunjuk langkah demi langkah untuk lembar "
                                "periksa, diagram Pareto, 5 Mengapa, dan diagram sebab-akibat, untuk "
                                "digunakan di kelas dan di tempat kerja."
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "between-the-visits",
            "title": {
                "en": "Between the visits: measure, analyse, improve, standardise",
                "id": "Di antara kunjungan: mengukur, menganalisis, memperbaiki, membakukan",
            },
            "introduction": {
                "en": (
                    "How the Enterprise Improvement Team works on its priority defect after the classroom, "
                    "what you do and check at each of the four consultancy visits, and how results are "
                    "monitored and presented."
                ),
                "id": (
                    "Bagaimana Tim Peningkatan Perusahaan menangani cacat prioritasnya setelah kelas, apa "
                    "yang Anda lakukan dan periksa pada masing-masing dari empat kunjungan konsultasi, "
                    "serta bagaimana hasil dipantau dan dipresentasikan."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["trainer-guide", "quality-tools-handbook"],
            "body": {
                "en": [
                    (
                        "heading",
                        {"text": "The quality part of the Enterprise Improvement Plan", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>After the classroom the EIT adds a quality section to its existing "
                            "Enterprise Improvement Plan: the priority defect, the baseline defect rate, "
                            "the target, the person responsible for the check sheet and the day on which "
                            "the EIT reviews the data. Keep the Module 1 actions that are still running, "
                            "such as the daily meeting and the suggestion scheme: they are now the "
                            "channels through which defect data and ideas flow. At the daily meeting, "
                            "yesterday's defect count becomes a standing item.</p>"
                        ),
                    ),
                    ("heading", {"text": "The four consultancy visits", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Visit 1 (within two weeks): measure.</b> Walk the process with the "
                            "EIT from raw material to packed product; confirm the priority defect; set up "
                            "the check sheet where the defect occurs, agree defect definitions with the "
                            "operators and start counting. If there are no records, the first two weeks of "
                            "check sheet data become the baseline.</li><li><b>Visit 2 (around week 4–5): "
                            "analyse.</b> Review the check sheet data with the EIT, draw the Pareto chart "
                            "together, and run a 5 Whys or cause-and-effect session on the floor with the "
                            "operators of the station concerned. Agree countermeasures and who will try "
                            "them.</li><li><b>Visit 3 (around week 8): improve.</b> Check that the "
                            "countermeasures are in place and followed on every shift; see whether the "
                            "defect rate is falling; if it is not, go back to the analysis. Start drafting "
                            "the standard work instruction.</li><li><b>Visit 4 (around week 11–12): "
                            "standardise and review.</b> Compare the defect rate and complaints with the "
                            "baseline, confirm that the new standard is displayed and trained, choose the "
                            "next defect from the Pareto chart, and coach the team for the results "
                            "presentation.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "What to check at every visit",
                            "items": [
                                (
                                    "The check sheet is at the workstation and filled in daily by the "
                                    "operators themselves."
                                ),
                                (
                                    "Everyone defines the defect types in the same way (compare two "
                                    "operators' counts if in doubt)."
                                ),
                                (
                                    "Total production is recorded, so that the defect rate, not only the "
                                    "count, can be calculated."
                                ),
                                (
                                    "The EIT has reviewed the data since the last visit, and its minutes "
                                    "record decisions."
                                ),
                                "The countermeasures agreed at the last visit are in place on every shift.",
                                (
                                    "Customer complaints and returns since the last visit have been logged "
                                    "and discussed."
                                ),
                                (
                                    "Defect results are shared with all workers, for example on the KPI "
                                    "board or at the daily meeting."
                                ),
                                "Next actions are written down with owners and dates before you leave.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Watch for disappearing defects",
                            "text": (
                                "<p>If the defect count drops sharply right after the check sheet is "
                                "introduced, be careful before you celebrate. Often people simply stop "
                                "recording, or defects are quietly reworked before they are counted. Check "
                                "total production, compare the sheet with what you see at the station, and "
                                "ask operators privately how they fill it in.</p>"
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
                            "<p>Use the same KPI definitions as in the baseline: the defect rate "
                            "(defective units divided by units produced), rework hours, customer returns "
                            "or complaints per month and, where the enterprise can calculate it, the cost "
                            "of poor quality in rupiah. Record the values at every visit in your visit "
                            "report.</p><p>At the results presentation workshop each enterprise tells its "
                            "quality story in ten to fifteen minutes: the customer need, the priority "
                            "defect, the Pareto chart before and after, the root cause, the countermeasure "
                            "and the new standard. A defective and a good product side by side often say "
                            "more than slides. A worker from the EIT should present the part of the story "
                            "that they led.</p>"
                        ),
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Trainer Guide: Quality",
                            "description": (
                                "Visit-by-visit guidance for the measure, analyse, improve and standardise "
                                "cycle, with the KPI definitions to use in visit reports."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A leather shoe workshop in Cibaduyut, Bandung, with about 35 workers "
                                "chose soles coming loose as its priority defect after a buyer complained. "
                                "The check sheet showed a baseline of about 9 percent of pairs needing "
                                "rework at the gluing station. At the second visit, a 5 Whys session on "
                                "the floor traced most cases to soles being pressed on before the glue's "
                                "solvent had flashed off, because nobody could tell how long the glue had "
                                "been drying. The team added a simple timer and a drying rack marked with "
                                "time slots. By the fourth visit rework at gluing was around 4 percent, "
                                "and the new drying rule was written up as a standard with photos at the "
                                "station."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Shoe workshop, Cibaduyut, Bandung, West Java",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Links to later modules",
                            "text": (
                                "<p>At the last visit, note with the EIT which problems found in the "
                                "quality analysis belong to other modules, such as wasted material "
                                "(Cleaner Production), skills and training gaps (Workforce Management) or "
                                "unsafe conditions (Safety and Health at Work). They are useful input when "
                                "the enterprise plans its next module.</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    (
                        "heading",
                        {"text": "Bagian mutu dalam Rencana Peningkatan Perusahaan", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Setelah kelas, EIT menambahkan bagian mutu ke dalam Rencana Peningkatan "
                            "Perusahaan yang sudah ada: cacat prioritas, tingkat cacat baseline, target, "
                            "penanggung jawab lembar periksa, dan hari ketika EIT meninjau datanya. "
                            "Pertahankan tindakan Modul 1 yang masih berjalan, seperti rapat harian dan "
                            "sistem saran: keduanya kini menjadi saluran bagi data cacat dan gagasan "
                            "perbaikan. Dalam rapat harian, jumlah cacat kemarin menjadi agenda tetap.</p>"
                        ),
                    ),
                    ("heading", {"text": "Empat kunjungan konsultasi", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Kunjungan 1 (paling lambat dua minggu setelah kelas): "
                            "mengukur.</b> Telusuri proses bersama EIT dari bahan baku sampai produk "
                            "terkemas; pastikan cacat prioritas; pasang lembar periksa di titik terjadinya "
                            "cacat, sepakati definisi cacat dengan para operator, dan mulai menghitung. "
                            "Jika belum ada catatan, data lembar periksa dua minggu pertama menjadi "
                            "baseline.</li><li><b>Kunjungan 2 (sekitar minggu ke-4–5): menganalisis.</b> "
                            "Tinjau data lembar periksa bersama EIT, buat diagram Pareto bersama-sama, dan "
                            "lakukan sesi 5 Mengapa atau diagram sebab-akibat di lantai produksi bersama "
                            "operator di bagian yang bersangkutan. Sepakati tindakan penanggulangan dan "
                            "siapa yang akan mengujinya.</li><li><b>Kunjungan 3 (sekitar minggu ke-8): "
                            "memperbaiki.</b> Periksa apakah tindakan penanggulangan sudah diterapkan dan "
                            "dipatuhi di setiap giliran kerja; lihat apakah tingkat cacat menurun; jika "
                            "tidak, kembali ke tahap analisis. Mulailah menyusun draf instruksi kerja "
                            "standar.</li><li><b>Kunjungan 4 (sekitar minggu ke-11–12): membakukan dan "
                            "meninjau.</b> Bandingkan tingkat cacat dan keluhan dengan baseline, pastikan "
                            "standar baru sudah dipajang dan dilatihkan, pilih cacat berikutnya dari "
                            "diagram Pareto, dan dampingi tim menyiapkan presentasi hasil.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Yang diperiksa pada setiap kunjungan",
                            "items": [
                                (
                                    "Lembar periksa berada di tempat kerja dan diisi setiap hari oleh "
                                    "operator sendiri."
                                ),
                                (
                                    "Semua orang mendefinisikan jenis cacat dengan cara yang sama "
                                    "(bandingkan hitungan dua operator jika ragu)."
                                ),
                                (
                                    "Jumlah produksi dicatat, sehingga yang dihitung adalah tingkat cacat, "
                                    "bukan hanya jumlahnya."
                                ),
                                (
                                    "EIT sudah meninjau data sejak kunjungan terakhir, dan notulennya "
                                    "memuat keputusan."
                                ),
                                (
                                    "Tindakan penanggulangan yang disepakati pada kunjungan terakhir sudah "
                                    "diterapkan di setiap giliran kerja."
                                ),
                                (
                                    "Keluhan dan retur pelanggan sejak kunjungan terakhir sudah dicatat "
                                    "dan dibahas."
                                ),
                                (
                                    "Hasil pencatatan cacat dibagikan kepada semua pekerja, misalnya di "
                                    "papan KPI atau dalam rapat harian."
                                ),
                                (
                                    "Tindakan berikutnya dicatat lengkap dengan penanggung jawab dan "
                                    "tanggalnya sebelum Anda pulang."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Waspadai cacat yang tiba-tiba menghilang",
                            "text": (
                                "<p>Jika jumlah cacat turun tajam segera setelah lembar periksa "
                                "diperkenalkan, berhati-hatilah sebelum merayakannya. Sering kali orang "
                                "hanya berhenti mencatat, atau cacat diperbaiki diam-diam sebelum sempat "
                                "dihitung. Periksa jumlah produksi, bandingkan isi lembar periksa dengan "
                                "apa yang Anda lihat di tempat kerja, dan tanyakan secara pribadi kepada "
                                "operator bagaimana mereka mengisinya.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Pemantauan dan lokakarya presentasi hasil", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Gunakan definisi KPI yang sama dengan baseline: tingkat cacat (unit cacat "
                            "dibagi unit yang diproduksi), jam pengerjaan ulang, retur atau keluhan "
                            "pelanggan per bulan, dan bila perusahaan dapat menghitungnya, biaya mutu yang "
                            "buruk dalam rupiah. Catat nilainya pada setiap kunjungan dalam laporan "
                            "kunjungan Anda.</p><p>Pada lokakarya presentasi hasil, setiap perusahaan "
                            "menyampaikan kisah perbaikan mutunya dalam sepuluh sampai lima belas menit: "
                            "kebutuhan pelanggan, cacat prioritas, diagram Pareto sebelum dan sesudah, "
                            "akar masalah, tindakan penanggulangan, dan standar baru. Produk cacat dan "
                            "produk yang baik yang diletakkan berdampingan sering kali lebih berbicara "
                            "daripada slide. Seorang pekerja anggota EIT sebaiknya mempresentasikan bagian "
                            "cerita yang ia pimpin.</p>"
                        ),
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Panduan Pelatih: Kualitas",
                            "description": (
                                "Panduan per kunjungan untuk siklus mengukur, menganalisis, memperbaiki, "
                                "dan membakukan, dengan definisi KPI yang digunakan dalam laporan "
                                "kunjungan."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah bengkel sepatu kulit di Cibaduyut, Bandung, dengan sekitar 35 "
                                "pekerja memilih sol yang lepas sebagai cacat prioritas setelah seorang "
                                "pembeli mengeluh. Lembar periksa menunjukkan baseline sekitar 9 persen "
                                "pasang sepatu harus dikerjakan ulang di bagian pengeleman. Pada kunjungan "
                                "kedua, sesi 5 Mengapa di lantai produksi menelusuri sebagian besar kasus "
                                "ke sol yang sudah dipres sebelum pelarut lem cukup menguap, karena tidak "
                                "ada yang tahu sudah berapa lama lem dikeringkan. Tim menambahkan pengatur "
                                "waktu sederhana dan rak pengeringan yang ditandai dengan slot waktu. Pada "
                                "kunjungan keempat, pengerjaan ulang di bagian pengeleman turun menjadi "
                                "sekitar 4 persen, dan aturan pengeringan yang baru dituliskan sebagai "
                                "standar lengkap dengan foto di tempat kerja."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Bengkel sepatu, Cibaduyut, Bandung, Jawa Barat",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Kaitan dengan modul berikutnya",
                            "text": (
                                "<p>Pada kunjungan terakhir, catat bersama EIT masalah-masalah temuan "
                                "analisis mutu yang termasuk dalam modul lain, seperti bahan yang terbuang "
                                "(Produksi Bersih), kesenjangan keterampilan dan pelatihan (Manajemen "
                                "Tenaga Kerja), atau kondisi kerja yang tidak aman (Keselamatan dan "
                                "Kesehatan Kerja). Catatan ini menjadi masukan berharga ketika perusahaan "
                                "merencanakan modul berikutnya.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "quality-tools",
            "title": {
                "en": "Practical tools: customer feedback, defect tracking, 5 Whys and Pareto",
                "id": "Alat praktis: umpan balik pelanggan, pencatatan cacat, 5 Mengapa, dan Pareto",
            },
            "introduction": {
                "en": (
                    "Step-by-step guidance, with worked examples, for the four tools trainers use most in "
                    "Module 2, and how to coach an enterprise team to use them on its own products."
                ),
                "id": (
                    "Panduan langkah demi langkah, dengan contoh perhitungan, untuk empat alat yang paling "
                    "sering digunakan pelatih pada Modul 2, serta cara mendampingi tim perusahaan agar "
                    "dapat menggunakannya pada produknya sendiri."
                ),
            },
            "estimated_minutes": 50,
            "downloads": ["quality-tools-handbook"],
            "body": {
                "en": [
                    ("heading", {"text": "Listening to the customer", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Small enterprises often know their customers personally but rarely ask "
                            "them systematically. Help the EIT use simple channels:</p><ul><li><b>A "
                            "complaint log:</b> every complaint, return or discount is written down with "
                            "the date, product, problem and quantity, whoever received it.</li><li><b>A "
                            "short conversation</b> with the three most important buyers: what do you "
                            "value, what problems have you had, what would make you order "
                            "more?</li><li>For consumer products, <b>feedback from resellers</b> or online "
                            "reviews, grouped by type of problem.</li><li><b>Written requirements:</b> for "
                            "each main product, an approved sample or a one-page specification agreed with "
                            "the buyer.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Tracking defects with a check sheet", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Design the check sheet together with the operators who will use it. List "
                            "five to eight defect types, each with a short name and an example (a photo or "
                            "a sample piece helps), plus 'other'. The columns are days or shifts. The "
                            "operator adds a mark each time a defect is found, and writes the total "
                            "production at the end of the shift. Keep the sheet at the workstation, not in "
                            "the office. After one or two weeks you have a baseline: for example, 46 "
                            "defects in 1,150 units is a defect rate of 4 percent.</p>"
                        ),
                    ),
                    ("heading", {"text": "Setting priorities with a Pareto chart", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Add up each defect type, sort from largest to smallest and draw bars, with "
                            "a line for the cumulative percentage. A worked example from a rattan "
                            "furniture workshop, with 200 defects recorded in one month:</p><ul><li>Loose "
                            "weaving at joints: 84 (42%, cumulative 42%)</li><li>Uneven finish coating: 52 "
                            "(26%, cumulative 68%)</li><li>Frame dimensions out of tolerance: 30 (15%, "
                            "cumulative 83%)</li><li>Scratches during packing: 20 (10%, cumulative "
                            "93%)</li><li>Other: 14 (7%, cumulative 100%)</li></ul><p>Two defect types "
                            "account for more than two-thirds of the problems. The team should start with "
                            "loose weaving at joints: solving even half of it removes more defects (42) "
                            "than eliminating scratches and 'other' completely (34).</p>"
                        ),
                    ),
                    ("heading", {"text": "Finding the root cause with the 5 Whys", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Take the largest defect to the place where it happens, with the people who "
                            "do the work, and ask 'why?' until you reach a cause you can act on. "
                            "Continuing the rattan example:</p><ol><li>Why is the weaving loose at the "
                            "joints? Because the rattan strands shrink after weaving.</li><li>Why do they "
                            "shrink? Because they are woven while still too wet.</li><li>Why are they too "
                            "wet? Because the strands are soaked in the morning and used straight away "
                            "when orders are urgent.</li><li>Why are they used straight away? Because "
                            "there is no rule or signal for how long strands must dry.</li><li>Why is "
                            "there no rule? Because the drying time was never agreed or written "
                            "down.</li></ol><p>The countermeasure works at the level of the last answer: a "
                            "written drying time, soaking tubs labelled with the time the soaking started, "
                            "and a buffer of dried strands prepared a day ahead for urgent orders. Then "
                            "watch the check sheet to confirm that loose joints decrease.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Five whys, not five whos",
                            "text": (
                                "<p>If the chain of answers ends with a person ('because the operator was "
                                "careless'), go back one step and ask why the process allowed it. Stop "
                                "when you reach something the team can change. For problems with several "
                                "possible causes, draw a cause-and-effect (fishbone) diagram first, then "
                                "use the 5 Whys on the most likely branch, checking each answer on the "
                                "floor.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "5 Whys on your own defect",
                            "objective": (
                                "Practise tracing a real defect from the participants' enterprise to a "
                                "root cause that the team can act on."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Enterprise teams (2 managers, 2 workers), with a worker as facilitator"
                            ),
                            "materials": [
                                "The defective product or photo each team brought",
                                "Flip chart and markers",
                                "Sticky notes",
                                "Participant Handbook: Quality Tools for the Shop Floor",
                            ],
                            "steps": [
                                (
                                    "A worker in each team acts as facilitator; a manager writes the "
                                    "answers on the flip chart."
                                ),
                                (
                                    "Write the defect as a precise problem statement: what, where and how "
                                    "often (for example 'the sole comes loose at the toe on about 1 in 10 "
                                    "pairs')."
                                ),
                                (
                                    "Ask 'why?' and write each answer on a sticky note below the previous "
                                    "one; for each answer ask 'how do we know?' and mark guesses that need "
                                    "checking on the floor."
                                ),
                                (
                                    "Stop when you reach a cause the team can change; if the answer is a "
                                    "person, go back one step."
                                ),
                                (
                                    "Propose one countermeasure and one way to confirm on the check sheet "
                                    "that it works."
                                ),
                                (
                                    "Other teams challenge each chain for 3 minutes: is each step really "
                                    "the cause of the one above it?"
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Standardise and repeat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>When the check sheet shows that the countermeasure works, make it the new "
                            "normal: a one-page work instruction with photos or an approved sample at the "
                            "workstation, training for every shift, and a line in the EIT minutes. Keep "
                            "the check sheet running for at least another month to confirm that the gain "
                            "holds, then go back to the Pareto chart and choose the next defect. This is "
                            "continuous improvement in practice: small cycles, each based on data, each "
                            "ending in a standard.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A rattan furniture workshop in Cirebon with about 40 workers exported "
                                "chairs through a trading company that had started deducting penalties for "
                                "loose weaving. Using a complaint log and a month of check sheet data, the "
                                "EIT built the Pareto chart shown above, traced loose joints to strands "
                                "woven while still wet, and introduced labelled soaking tubs and a written "
                                "drying time. Over the next two months loose joints fell from 84 to 31 per "
                                "month, and the trading company stopped the penalties."
                            ),
                            "attribution": "Illustrative case",
                            "organisation": "Rattan furniture workshop, Cirebon, West Java",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Tool checklist for the EIT",
                            "items": [
                                (
                                    "Complaints, returns and discounts are logged with date, product, "
                                    "problem and quantity."
                                ),
                                (
                                    "Each main product has an approved sample or written specification at "
                                    "the workstation."
                                ),
                                "The check sheet lists 5–8 clearly defined defect types plus 'other'.",
                                "Total production is recorded alongside defects.",
                                "A Pareto chart is updated at least monthly and shown on the KPI board.",
                                "Root causes are checked on the floor before countermeasures are chosen.",
                                (
                                    "Successful countermeasures are written into a standard and trained on "
                                    "every shift."
                                ),
                            ],
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Mendengarkan pelanggan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Usaha kecil sering mengenal pelanggannya secara pribadi, tetapi jarang "
                            "menanyai mereka secara sistematis. Bantu EIT menggunakan saluran "
                            "sederhana:</p><ul><li><b>Buku catatan keluhan:</b> setiap keluhan, retur, "
                            "atau potongan harga dicatat dengan tanggal, produk, masalah, dan jumlahnya, "
                            "siapa pun yang menerimanya.</li><li><b>Percakapan singkat</b> dengan tiga "
                            "pembeli terpenting: apa yang Anda hargai, masalah apa yang pernah Anda alami, "
                            "dan apa yang akan membuat Anda memesan lebih banyak?</li><li>Untuk produk "
                            "konsumen, <b>umpan balik dari reseller</b> atau ulasan daring, dikelompokkan "
                            "menurut jenis masalah.</li><li><b>Persyaratan tertulis:</b> untuk setiap "
                            "produk utama, contoh yang disetujui atau spesifikasi satu halaman yang "
                            "disepakati dengan pembeli.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Mencatat cacat dengan lembar periksa", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Rancang lembar periksa bersama operator yang akan menggunakannya. "
                            "Daftarkan lima sampai delapan jenis cacat, masing-masing dengan nama singkat "
                            "dan contoh (foto atau potongan contoh akan sangat membantu), ditambah "
                            "'lain-lain'. Kolomnya berupa hari atau giliran kerja. Operator membubuhkan "
                            "satu tanda setiap kali menemukan cacat, dan menuliskan jumlah produksi di "
                            "akhir giliran kerja. Simpan lembar periksa di tempat kerja, bukan di kantor. "
                            "Setelah satu atau dua minggu, Anda memiliki baseline: misalnya, 46 cacat dari "
                            "1.150 unit berarti tingkat cacat 4 persen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Menentukan prioritas dengan diagram Pareto", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Jumlahkan setiap jenis cacat, urutkan dari yang terbesar ke yang terkecil, "
                            "lalu gambarkan sebagai batang, dengan garis untuk persentase kumulatif. "
                            "Contoh perhitungan dari sebuah usaha mebel rotan, dengan 200 cacat tercatat "
                            "dalam satu bulan:</p><ul><li>Anyaman longgar di sambungan: 84 (42%, kumulatif "
                            "42%)</li><li>Lapisan finishing tidak rata: 52 (26%, kumulatif "
                            "68%)</li><li>Ukuran rangka di luar toleransi: 30 (15%, kumulatif "
                            "83%)</li><li>Goresan saat pengemasan: 20 (10%, kumulatif "
                            "93%)</li><li>Lain-lain: 14 (7%, kumulatif 100%)</li></ul><p>Dua jenis cacat "
                            "mencakup lebih dari dua pertiga masalah. Tim sebaiknya memulai dari anyaman "
                            "longgar di sambungan: mengatasi separuhnya saja sudah menghilangkan lebih "
                            "banyak cacat (42) daripada menghapus sepenuhnya goresan dan 'lain-lain' "
                            "(34).</p>"
                        ),
                    ),
                    ("heading", {"text": "Menemukan akar masalah dengan 5 Mengapa", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Bawa cacat terbesar ke tempat terjadinya, bersama orang-orang yang "
                            "mengerjakannya, dan terus tanyakan 'mengapa?' sampai Anda menemukan penyebab "
                            "yang dapat ditindaklanjuti. Melanjutkan contoh rotan tadi:</p><ol><li>Mengapa "
                            "anyaman di sambungan longgar? Karena bilah rotan menyusut setelah "
                            "dianyam.</li><li>Mengapa menyusut? Karena rotan dianyam dalam keadaan masih "
                            "terlalu basah.</li><li>Mengapa masih terlalu basah? Karena rotan direndam "
                            "pagi hari dan langsung dipakai ketika pesanan mendesak.</li><li>Mengapa "
                            "langsung dipakai? Karena tidak ada aturan atau tanda berapa lama rotan harus "
                            "dikeringkan.</li><li>Mengapa tidak ada aturan? Karena waktu pengeringan tidak "
                            "pernah disepakati atau dituliskan.</li></ol><p>Tindakan penanggulangan "
                            "bekerja pada tingkat jawaban terakhir: waktu pengeringan yang tertulis, bak "
                            "perendaman yang diberi label jam mulai direndam, dan persediaan rotan kering "
                            "yang disiapkan sehari sebelumnya untuk pesanan mendesak. Setelah itu, amati "
                            "lembar periksa untuk memastikan jumlah sambungan longgar menurun.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Lima mengapa, bukan lima siapa",
                            "text": (
                                "<p>Jika rangkaian jawaban berakhir pada seseorang ('karena operatornya "
                                "ceroboh'), mundurlah satu langkah dan tanyakan mengapa proses "
                                "memungkinkan hal itu terjadi. Berhentilah ketika Anda menemukan sesuatu "
                                "yang dapat diubah oleh tim. Untuk masalah dengan beberapa kemungkinan "
                                "penyebab, buatlah diagram sebab-akibat (tulang ikan) terlebih dahulu, "
                                "lalu terapkan 5 Mengapa pada cabang yang paling mungkin, sambil memeriksa "
                                "setiap jawaban di lantai produksi.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "5 Mengapa untuk cacat di perusahaan Anda",
                            "objective": (
                                "Berlatih menelusuri cacat nyata dari perusahaan peserta hingga ke akar "
                                "masalah yang dapat ditindaklanjuti oleh tim."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Tim perusahaan (2 manajer, 2 pekerja), dengan seorang pekerja sebagai "
                                "fasilitator"
                            ),
                            "materials": [
                                "Produk cacat atau foto yang dibawa setiap tim",
                                "Kertas plano dan spidol",
                                "Kertas tempel (sticky notes)",
                                "Buku Pegangan Peserta: Alat Mutu untuk Lantai Produksi",
                            ],
                            "steps": [
                                (
                                    "Seorang pekerja di setiap tim bertindak sebagai fasilitator; seorang "
                                    "manajer menuliskan jawaban di kertas plano."
                                ),
                                (
                                    "Tuliskan cacat sebagai pernyataan masalah yang tepat: apa, di mana, "
                                    "dan seberapa sering (misalnya 'sol terlepas di bagian ujung pada "
                                    "sekitar 1 dari 10 pasang')."
                                ),
                                (
                                    "Tanyakan 'mengapa?' dan tuliskan setiap jawaban di kertas tempel di "
                                    "bawah jawaban sebelumnya; untuk setiap jawaban tanyakan 'dari mana "
                                    "kita tahu?' dan tandai dugaan yang perlu diperiksa di lantai produksi."
                                ),
                                (
                                    "Berhentilah ketika Anda menemukan penyebab yang dapat diubah oleh "
                                    "tim; jika jawabannya berupa seseorang, mundurlah satu langkah."
                                ),
                                (
                                    "Usulkan satu tindakan penanggulangan dan satu cara untuk memastikan "
                                    "keberhasilannya melalui lembar periksa."
                                ),
                                (
                                    "Tim lain menguji setiap rangkaian jawaban selama 3 menit: apakah "
                                    "setiap langkah benar-benar menjadi penyebab langkah di atasnya?"
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Membakukan dan mengulang", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Jika lembar periksa menunjukkan bahwa tindakan penanggulangan berhasil, "
                            "jadikan itu kebiasaan baru: instruksi kerja satu halaman dengan foto atau "
                            "contoh yang disetujui di tempat kerja, pelatihan untuk setiap giliran kerja, "
                            "dan satu baris catatan dalam notulen EIT. Teruskan pengisian lembar periksa "
                            "setidaknya satu bulan lagi untuk memastikan perbaikan bertahan, lalu kembali "
                            "ke diagram Pareto dan pilih cacat berikutnya. Inilah perbaikan berkelanjutan "
                            "dalam praktik: siklus-siklus kecil, masing-masing berdasarkan data dan "
                            "diakhiri dengan standar.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah usaha mebel rotan di Cirebon dengan sekitar 40 pekerja mengekspor "
                                "kursi melalui sebuah perusahaan dagang yang mulai mengenakan potongan "
                                "denda karena anyaman longgar. Dengan buku catatan keluhan dan data lembar "
                                "periksa selama sebulan, EIT menyusun diagram Pareto di atas, menelusuri "
                                "sambungan longgar hingga ke rotan yang dianyam dalam keadaan masih basah, "
                                "lalu memperkenalkan bak perendaman berlabel dan waktu pengeringan "
                                "tertulis. Dalam dua bulan berikutnya, jumlah sambungan longgar turun dari "
                                "84 menjadi 31 per bulan, dan perusahaan dagang tersebut menghentikan "
                                "potongan denda."
                            ),
                            "attribution": "Contoh ilustratif",
                            "organisation": "Usaha mebel rotan, Cirebon, Jawa Barat",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Daftar periksa penggunaan alat untuk EIT",
                            "items": [
                                (
                                    "Keluhan, retur, dan potongan harga dicatat dengan tanggal, produk, "
                                    "masalah, dan jumlahnya."
                                ),
                                (
                                    "Setiap produk utama memiliki contoh yang disetujui atau spesifikasi "
                                    "tertulis di tempat kerja."
                                ),
                                (
                                    "Lembar periksa memuat 5–8 jenis cacat yang didefinisikan dengan "
                                    "jelas, ditambah 'lain-lain'."
                                ),
                                "Jumlah produksi dicatat bersamaan dengan cacat.",
                                (
                                    "Diagram Pareto diperbarui setidaknya setiap bulan dan ditampilkan di "
                                    "papan KPI."
                                ),
                                (
                                    "Akar masalah diperiksa di lantai produksi sebelum tindakan "
                                    "penanggulangan dipilih."
                                ),
                                (
                                    "Tindakan penanggulangan yang berhasil dituliskan sebagai standar dan "
                                    "dilatihkan di setiap giliran kerja."
                                ),
                            ],
                        },
                    ),
                ],
            },
        },
    ],
}
