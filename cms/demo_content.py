"""Demo content for the home page, standard pages, variant curricula and implementing partners.

Every text is given as {"en": ..., "id": ...}. Page bodies use the BLOCK format of
courses/demo/content/FORMAT.md. Figures come from ILO sources on SCORE in Indonesia
(the December 2021 handover news and the 2017 Phase III brief); each carries its date.
"""

HOME = {
    "title": {"en": "SCORE Academy", "id": "SCORE Academy"},
    "hero_heading": {
        "en": "Better workplaces, more productive enterprises",
        "id": "Tempat kerja yang lebih baik, usaha yang lebih produktif",
    },
    "hero_text": {
        "en": (
            "The learning platform for SCORE trainers in Indonesia: study the modules, deliver SCORE "
            "Training to enterprises, record what they achieve, and earn a certificate that anyone can "
            "verify."
        ),
        "id": (
            "Platform belajar bagi pelatih SCORE di Indonesia: pelajari modul-modulnya, berikan Pelatihan "
            "SCORE kepada perusahaan, catat hasil yang mereka capai, dan raih sertifikat yang dapat "
            "diverifikasi siapa saja."
        ),
    },
    "about_heading": {"en": "About SCORE Training", "id": "Tentang Pelatihan SCORE"},
    "about": {
        "en": (
            "<p>SCORE (Sustaining Competitive and Responsible Enterprises) is an ILO programme that "
            "improves productivity and working conditions in micro, small and medium enterprises. SCORE "
            "Training combines practical classroom training, where managers and workers learn together, "
            "with consultancy visits in the enterprise, so that what is learned in class is put into "
            "action at the workplace.</p><p>After twelve years of implementation in Indonesia, the ILO "
            "handed the programme over in December 2021 to eight national implementing partners, led by "
            "BEDO. SCORE Academy is where these partners keep the training material, publish their own "
            "customised curricula, train and certify trainers, and record the results of the enterprises "
            "they train.</p>"
        ),
        "id": (
            "<p>SCORE (Sustaining Competitive and Responsible Enterprises) adalah program ILO untuk "
            "meningkatkan produktivitas dan kondisi kerja di usaha mikro, kecil, dan menengah. Pelatihan "
            "SCORE memadukan pelatihan kelas yang praktis, tempat manajer dan pekerja belajar bersama, "
            "dengan kunjungan konsultasi di perusahaan, sehingga apa yang dipelajari di kelas langsung "
            "diterapkan di tempat kerja.</p><p>Setelah dua belas tahun dilaksanakan di Indonesia, ILO "
            "menyerahkan program ini pada Desember 2021 kepada delapan mitra pelaksana nasional yang "
            "dipimpin oleh BEDO. SCORE Academy adalah tempat para mitra tersebut menyimpan materi "
            "pelatihan, menerbitkan kurikulum yang mereka sesuaikan sendiri, melatih dan menyertifikasi "
            "pelatih, serta mencatat hasil perusahaan yang mereka latih.</p>"
        ),
    },
    "process_heading": {"en": "How SCORE Training works", "id": "Cara kerja Pelatihan SCORE"},
    "process_steps": [
        {
            "title": {"en": "Personalised business assessment", "id": "Penilaian usaha yang disesuaikan"},
            "text": {
                "en": (
                    "The trainer visits each enterprise to understand its situation and records a baseline "
                    "of key figures, such as productivity, defects, costs and accidents."
                ),
                "id": (
                    "Pelatih mengunjungi setiap perusahaan untuk memahami kondisinya dan mencatat data "
                    "awal angka-angka kunci, seperti produktivitas, produk cacat, biaya, dan kecelakaan "
                    "kerja."
                ),
            },
        },
        {
            "title": {"en": "Modular classroom training", "id": "Pelatihan kelas per modul"},
            "text": {
                "en": (
                    "Typically two days per module, for four or five enterprises together, each sending "
                    "two managers and two workers who learn side by side."
                ),
                "id": (
                    "Biasanya dua hari per modul, untuk empat atau lima perusahaan sekaligus, "
                    "masing-masing mengirim dua manajer dan dua pekerja yang belajar berdampingan."
                ),
            },
        },
        {
            "title": {
                "en": "Implementation with on-site consultancy",
                "id": "Penerapan dengan pendampingan di lokasi",
            },
            "text": {
                "en": (
                    "Each enterprise's improvement team carries out its own improvement plan, supported by "
                    "the trainer's consultancy visits in the workplace."
                ),
                "id": (
                    "Tim peningkatan di setiap perusahaan menjalankan rencana perbaikannya sendiri, "
                    "didampingi kunjungan konsultasi pelatih di tempat kerja."
                ),
            },
        },
        {
            "title": {
                "en": "Ongoing monitoring and impact assessment",
                "id": "Pemantauan berkelanjutan dan penilaian dampak",
            },
            "text": {
                "en": (
                    "The team and the trainer track the agreed indicators against the baseline, visit by "
                    "visit, and adjust the plan when needed."
                ),
                "id": (
                    "Tim dan pelatih memantau indikator yang disepakati dibandingkan dengan data awal, "
                    "dari kunjungan ke kunjungan, dan menyesuaikan rencana bila perlu."
                ),
            },
        },
        {
            "title": {"en": "Results tracking", "id": "Pelacakan hasil"},
            "text": {
                "en": (
                    "At the results presentation workshop, a manager and a worker from each enterprise "
                    "present what changed and what it achieved."
                ),
                "id": (
                    "Dalam lokakarya presentasi hasil, seorang manajer dan seorang pekerja dari setiap "
                    "perusahaan memaparkan apa yang berubah dan apa yang dicapai."
                ),
            },
        },
        {
            "title": {"en": "Continuous improvement", "id": "Perbaikan berkelanjutan"},
            "text": {
                "en": (
                    "The improvement team keeps meeting after the cycle, and the enterprise can go on to "
                    "further SCORE modules."
                ),
                "id": (
                    "Tim peningkatan terus bertemu setelah siklus selesai, dan perusahaan dapat "
                    "melanjutkan ke modul SCORE berikutnya."
                ),
            },
        },
    ],
    "results_heading": {"en": "SCORE in Indonesia in figures", "id": "SCORE di Indonesia dalam angka"},
    "results_intro": {
        "en": (
            "Results reported by the ILO for SCORE Training in Indonesia since the programme was launched "
            "in 2010. Each figure shows the date of its source."
        ),
        "id": (
            "Hasil yang dilaporkan ILO untuk Pelatihan SCORE di Indonesia sejak program ini diluncurkan "
            "pada 2010. Setiap angka mencantumkan tanggal sumbernya."
        ),
    },
    "results": [
        {
            "figure": {"en": "2,300", "id": "2.300"},
            "label": {
                "en": "companies benefited from SCORE Training",
                "id": "perusahaan memperoleh manfaat dari Pelatihan SCORE",
            },
            "source": {"en": "ILO, December 2021", "id": "ILO, Desember 2021"},
        },
        {
            "figure": {"en": "34,900", "id": "34.900"},
            "label": {"en": "members of the workforce benefited", "id": "tenaga kerja memperoleh manfaat"},
            "source": {"en": "ILO, December 2021", "id": "ILO, Desember 2021"},
        },
        {
            "figure": {"en": "14", "id": "14"},
            "label": {"en": "provinces reached", "id": "provinsi terjangkau"},
            "source": {"en": "ILO, 2021", "id": "ILO, 2021"},
        },
        {
            "figure": {"en": "74%", "id": "74%"},
            "label": {
                "en": "of participating enterprises reported higher productivity",
                "id": "perusahaan peserta melaporkan peningkatan produktivitas",
            },
            "source": {"en": "ILO, 2021", "id": "ILO, 2021"},
        },
        {
            "figure": {"en": "63%", "id": "63%"},
            "label": {
                "en": "of participating enterprises reported cost savings",
                "id": "perusahaan peserta melaporkan penghematan biaya",
            },
            "source": {"en": "ILO, 2021", "id": "ILO, 2021"},
        },
        {
            "figure": {"en": "233", "id": "233"},
            "label": {
                "en": "SCORE trainers trained in Indonesia",
                "id": "pelatih SCORE telah dilatih di Indonesia",
            },
            "source": {"en": "ILO, September 2017", "id": "ILO, September 2017"},
        },
        {
            "figure": {"en": "39%", "id": "39%"},
            "label": {
                "en": "of the trainers trained are women",
                "id": "pelatih yang telah dilatih adalah perempuan",
            },
            "source": {"en": "ILO, September 2017", "id": "ILO, September 2017"},
        },
        {
            "figure": {"en": "62%", "id": "62%"},
            "label": {
                "en": (
                    "cost recovery of SCORE Training in 2017, up from 11% in Phase I and an average of 37% "
                    "in Phase II; the target for the end of Phase III (2017-2021) was 100%"
                ),
                "id": (
                    "pemulihan biaya Pelatihan SCORE pada 2017, naik dari 11% pada Fase I dan rata-rata "
                    "37% pada Fase II; targetnya pada akhir Fase III (2017-2021) adalah 100%"
                ),
            },
            "source": {"en": "ILO, 2017", "id": "ILO, 2017"},
        },
    ],
}

PAGES = [
    {
        "slug": "about-score",
        "title": {"en": "About SCORE", "id": "Tentang SCORE"},
        "introduction": {
            "en": (
                "SCORE is an ILO programme that helps small and medium enterprises become more productive "
                "while improving working conditions. In Indonesia, it ran with the ILO from 2009 to 2021 "
                "and is now carried on by eight national implementing partners."
            ),
            "id": (
                "SCORE adalah program ILO yang membantu usaha kecil dan menengah menjadi lebih produktif "
                "sekaligus memperbaiki kondisi kerja. Di Indonesia, program ini berjalan bersama ILO dari "
                "2009 sampai 2021 dan kini dilanjutkan oleh delapan mitra pelaksana nasional."
            ),
        },
        "body": {
            "en": [
                ("heading", {"text": "An ILO programme for small and medium enterprises", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sustaining Competitive and Responsible Enterprises (SCORE) is a global ILO "
                        "programme that improves productivity and working conditions in small and medium "
                        "enterprises in Africa, Asia and Latin America. Its key intervention is SCORE "
                        "Training, which combines practical classroom training with consulting in the "
                        "enterprise. Managers and employees are trained together, with a focus on "
                        "workplace cooperation, and the programme makes sure that both men and women take "
                        "part.</p><p>The consultancy visits are what makes the methodology distinctive: "
                        "they ensure that what is learned in the classroom is put into action in the "
                        "workplace. In Indonesia, the programme was funded by the Swiss State Secretariat "
                        "for Economic Affairs (SECO) and the Norwegian Agency for Development Cooperation "
                        "(NORAD).</p>"
                    ),
                ),
                ("heading", {"text": "Five core modules", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Workplace Cooperation: a foundation for business success.</b> The "
                        "starting point for all training: unite employees around shared targets and "
                        "involve the whole workforce in continuous improvement.</li><li><b>Quality: "
                        "managing continuous improvement.</b> Identify customer needs, develop a quality "
                        "assurance culture and reduce defects systematically.</li><li><b>Productivity "
                        "through Cleaner Production.</b> Save costs, increase efficiency and "
                        "systematically reduce waste and energy use.</li><li><b>Workforce Management for "
                        "Cooperation and Business Success.</b> Human resource strategies for better "
                        "recruitment and retention; motivate and develop the right "
                        "people.</li><li><b>Safety and Health at Work: a platform for productivity.</b> "
                        "Eliminate or minimise the workplace health and safety risks that lead to "
                        "injuries, expenses and lower productivity.</li></ol><p>Each module includes a "
                        "joint two-day classroom training for managers and workers, followed by "
                        "consultancy visits in the participating enterprises, and ends with a workshop "
                        "where each enterprise presents its results.</p>"
                    ),
                ),
                ("heading", {"text": "Twelve years in Indonesia", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>SCORE was launched in Indonesia in 2010, after a preparation phase that began "
                        "in 2009. It went through three phases, each with its own "
                        "focus:</p><ul><li><b>Phase I</b> (to 2013): technical "
                        "sustainability.</li><li><b>Phase II</b> (2013-2017): institutional "
                        "sustainability. In 2013 the Ministry of Manpower adopted SCORE Training content "
                        "in the Basic Productivity Training curriculum for new Productivity Instructors, "
                        "and in 2015 it allocated budget to deliver SCORE Training in 10 provinces. "
                        "Thirteen donors supported SCORE Training financially during this "
                        "phase.</li><li><b>Phase III</b> (2017-2021): financial sustainability, with "
                        "implementing partners selling and organising SCORE Training independently and "
                        "raising private and public sponsorship.</li></ul><p>By the end of 2021, SCORE "
                        "Training had reached 14 provinces and benefited 2,300 companies and a workforce "
                        "of 34,900.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Practices that made the difference",
                        "text": (
                            "<p>Among the practices that helped participating enterprises raise their "
                            "productivity, the ILO highlighted employee suggestion schemes, sharing "
                            "quality information with employees, information sharing, daily meetings, 5S "
                            "and simple manufacturing systems. Enterprises also reported cost savings, "
                            "fewer defects and energy savings.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Handover to national partners", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>On 3 December 2021, at a ceremony in Jakarta, the ILO handed the SCORE "
                        "programme over to its national implementing partners. Business & Export "
                        "Development Organization (BEDO), as lead partner, and seven other partners signed "
                        "the SCORE commitment declaration: Semut Manajemen Indonesia (SMI), Parahyangan "
                        "Catholic University, APP Politeknik Jakarta, BLK Semarang 2, Karya Dua Perempuan, "
                        "Riwani Globe and Pro Serve Indonesia.</p><p>In the declaration, the partners "
                        "committed to continue SCORE Training for Indonesia's micro, small and medium "
                        "enterprises: to strengthen workplace cooperation, create safe and healthy working "
                        "environments and enhance productivity and competitiveness that lead to decent "
                        "jobs. The signing was witnessed by representatives of the ILO, SECO and NORAD and "
                        "by the ILO's tripartite constituents: the Ministry of Manpower, the Indonesian "
                        "Employers' Association (Apindo) and trade union confederations.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Already independent before the handover",
                        "text": (
                            "<p>Since 2017, 92 percent of all SCORE training activities in Indonesia have "
                            "been conducted and financed independently by the implementing partners, with "
                            "sponsorship from ministries, local governments and other organisations.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Customised curricula", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Partners have adapted SCORE Training to the businesses they serve. These "
                        "variants are shorter, sector- or size-specific, and reuse the core "
                        "material:</p><ul><li><b>SCORE Plus</b> by BEDO, for micro "
                        "enterprises;</li><li><b>SCORE Creative</b> by Semut Manajemen Indonesia, for "
                        "creative economy businesses;</li><li><b>SCORE UNPAR</b>, with Parahyangan "
                        "Catholic University;</li><li><b>SCORE Hospitality Coaching (HoCo)</b>, for small "
                        "hotels and restaurants.</li></ul><p>On SCORE Academy, each partner publishes and "
                        "maintains its own variant, and sees when the core module it is based on has "
                        "changed.</p>"
                    ),
                ),
            ],
            "id": [
                ("heading", {"text": "Program ILO untuk usaha kecil dan menengah", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sustaining Competitive and Responsible Enterprises (SCORE) adalah program "
                        "global ILO yang meningkatkan produktivitas dan kondisi kerja di usaha kecil dan "
                        "menengah di Afrika, Asia, dan Amerika Latin. Intervensi utamanya adalah Pelatihan "
                        "SCORE, yang memadukan pelatihan kelas yang praktis dengan konsultasi di "
                        "perusahaan. Manajer dan karyawan dilatih bersama, dengan fokus pada kerja sama di "
                        "tempat kerja, dan program ini memastikan bahwa laki-laki maupun perempuan ikut "
                        "serta.</p><p>Kunjungan konsultasi adalah ciri khas metodologinya: kunjungan ini "
                        "memastikan bahwa apa yang dipelajari di kelas benar-benar diterapkan di tempat "
                        "kerja. Di Indonesia, program ini didanai oleh Sekretariat Negara Swiss untuk "
                        "Urusan Ekonomi (SECO) dan Badan Kerja Sama Pembangunan Norwegia (NORAD).</p>"
                    ),
                ),
                ("heading", {"text": "Lima modul inti", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol><li><b>Kerja Sama di Tempat Kerja: landasan keberhasilan usaha.</b> Titik "
                        "awal semua pelatihan: menyatukan karyawan di sekitar target bersama dan "
                        "melibatkan seluruh tenaga kerja dalam perbaikan "
                        "berkelanjutan.</li><li><b>Kualitas: mengelola perbaikan berkelanjutan.</b> "
                        "Mengenali kebutuhan pelanggan, mengembangkan budaya penjaminan mutu, dan "
                        "mengurangi produk cacat secara sistematis.</li><li><b>Produktivitas melalui "
                        "Produksi Bersih.</b> Menghemat biaya, meningkatkan efisiensi, dan mengurangi "
                        "limbah serta pemakaian energi secara sistematis.</li><li><b>Manajemen Tenaga "
                        "Kerja untuk Kerja Sama dan Keberhasilan Usaha.</b> Strategi sumber daya manusia "
                        "untuk rekrutmen dan retensi yang lebih baik; memotivasi dan mengembangkan orang "
                        "yang tepat.</li><li><b>Keselamatan dan Kesehatan Kerja: landasan bagi "
                        "produktivitas.</b> Menghilangkan atau meminimalkan risiko keselamatan dan "
                        "kesehatan di tempat kerja yang menyebabkan cedera, biaya, dan turunnya "
                        "produktivitas.</li></ol><p>Setiap modul mencakup pelatihan kelas bersama selama "
                        "dua hari untuk manajer dan pekerja, dilanjutkan dengan kunjungan konsultasi di "
                        "perusahaan peserta, dan diakhiri dengan lokakarya tempat setiap perusahaan "
                        "memaparkan hasilnya.</p>"
                    ),
                ),
                ("heading", {"text": "Dua belas tahun di Indonesia", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>SCORE diluncurkan di Indonesia pada 2010, setelah fase persiapan yang dimulai "
                        "pada 2009. Program ini melewati tiga fase, masing-masing dengan fokusnya "
                        "sendiri:</p><ul><li><b>Fase I</b> (sampai 2013): keberlanjutan "
                        "teknis.</li><li><b>Fase II</b> (2013-2017): keberlanjutan kelembagaan. Pada 2013 "
                        "Kementerian Ketenagakerjaan mengadopsi materi Pelatihan SCORE ke dalam kurikulum "
                        "Pelatihan Dasar Produktivitas untuk Instruktur Produktivitas baru, dan pada 2015 "
                        "kementerian mengalokasikan anggaran untuk menyelenggarakan Pelatihan SCORE di 10 "
                        "provinsi. Tiga belas donor mendukung pendanaan Pelatihan SCORE selama fase "
                        "ini.</li><li><b>Fase III</b> (2017-2021): keberlanjutan finansial, dengan mitra "
                        "pelaksana yang memasarkan dan menyelenggarakan Pelatihan SCORE secara mandiri "
                        "serta menggalang sponsor swasta dan pemerintah.</li></ul><p>Hingga akhir 2021, "
                        "Pelatihan SCORE telah menjangkau 14 provinsi dan memberi manfaat bagi 2.300 "
                        "perusahaan dengan tenaga kerja sebanyak 34.900 orang.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Praktik yang membawa perubahan",
                        "text": (
                            "<p>Di antara praktik yang membantu perusahaan peserta meningkatkan "
                            "produktivitasnya, ILO menyoroti sistem saran karyawan, berbagi informasi mutu "
                            "dengan karyawan, pertukaran informasi, rapat harian, 5S, dan sistem produksi "
                            "sederhana. Perusahaan juga melaporkan penghematan biaya, berkurangnya produk "
                            "cacat, dan penghematan energi.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Penyerahan kepada mitra nasional", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Pada 3 Desember 2021, dalam sebuah upacara di Jakarta, ILO menyerahkan program "
                        "SCORE kepada mitra pelaksana nasionalnya. Business & Export Development "
                        "Organization (BEDO) sebagai mitra utama, bersama tujuh mitra lainnya, "
                        "menandatangani deklarasi komitmen SCORE: Semut Manajemen Indonesia (SMI), "
                        "Universitas Katolik Parahyangan, APP Politeknik Jakarta, BLK Semarang 2, Karya "
                        "Dua Perempuan, Riwani Globe, dan Pro Serve Indonesia.</p><p>Dalam deklarasi itu, "
                        "para mitra berkomitmen untuk melanjutkan Pelatihan SCORE bagi usaha mikro, kecil, "
                        "dan menengah di Indonesia: memperkuat kerja sama di tempat kerja, menciptakan "
                        "lingkungan kerja yang aman dan sehat, serta meningkatkan produktivitas dan daya "
                        "saing yang mengarah pada terciptanya pekerjaan yang layak. Penandatanganan "
                        "disaksikan oleh perwakilan ILO, SECO, dan NORAD serta konstituen tripartit ILO: "
                        "Kementerian Ketenagakerjaan, Asosiasi Pengusaha Indonesia (Apindo), dan "
                        "konfederasi serikat pekerja.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Sudah mandiri sebelum penyerahan",
                        "text": (
                            "<p>Sejak 2017, 92 persen dari seluruh kegiatan pelatihan SCORE di Indonesia "
                            "diselenggarakan dan dibiayai secara mandiri oleh mitra pelaksana, dengan "
                            "sponsor dari kementerian, pemerintah daerah, dan organisasi lain.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Kurikulum yang disesuaikan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Para mitra telah menyesuaikan Pelatihan SCORE dengan usaha yang mereka layani. "
                        "Varian-varian ini lebih singkat, khusus untuk sektor atau skala usaha tertentu, "
                        "dan menggunakan kembali materi inti:</p><ul><li><b>SCORE Plus</b> oleh BEDO, "
                        "untuk usaha mikro;</li><li><b>SCORE Creative</b> oleh Semut Manajemen Indonesia, "
                        "untuk usaha ekonomi kreatif;</li><li><b>SCORE UNPAR</b>, bersama Universitas "
                        "Katolik Parahyangan;</li><li><b>SCORE Hospitality Coaching (HoCo)</b>, untuk "
                        "hotel kecil dan restoran.</li></ul><p>Di SCORE Academy, setiap mitra menerbitkan "
                        "dan memelihara variannya sendiri, serta dapat melihat kapan modul inti yang "
                        "menjadi dasarnya berubah.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "becoming-a-trainer",
        "title": {"en": "Becoming a SCORE trainer", "id": "Menjadi pelatih SCORE"},
        "introduction": {
            "en": (
                "SCORE trainers are certified module by module, after they have shown in a real enterprise "
                "training cycle that they can put the method into practice. This page explains the path, "
                "from the Training of Trainers to certification and, later, Expert Trainer."
            ),
            "id": (
                "Pelatih SCORE disertifikasi per modul, setelah mereka membuktikan dalam satu siklus "
                "pelatihan perusahaan yang nyata bahwa mereka mampu menerapkan metodenya. Halaman ini "
                "menjelaskan jalurnya, mulai dari Pelatihan untuk Pelatih sampai sertifikasi dan, "
                "kemudian, Pelatih Ahli."
            ),
        },
        "body": {
            "en": [
                ("heading", {"text": "The path to certification, module by module", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>For each module, a trainer follows the same four steps:</p><ol><li><b>Training "
                        "of Trainers (ToT).</b> The candidate learns the module's content and the SCORE "
                        "training method: participatory classroom sessions for managers and workers "
                        "together, and coaching in the enterprise.</li><li><b>One full Training of "
                        "Enterprises (ToE) cycle under a SCORE Expert Trainer.</b> The candidate selects "
                        "the enterprises, carries out the baseline assessment, runs the classroom session, "
                        "makes the consultancy visits and writes a progress "
                        "report.</li><li><b>Recommendation.</b> The Expert Trainer reviews the candidate's "
                        "work and evidence and recommends certification, or returns it with "
                        "comments.</li><li><b>Certification.</b> The candidate becomes a certified SCORE "
                        "trainer for that module and receives a certificate.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Module 1 comes first",
                        "text": (
                            "<p>Workplace Cooperation is the starting point for all SCORE Training. A "
                            "trainer is certified in Module 1 before any other module, just as an "
                            "enterprise starts with Module 1 before it moves on to quality, cleaner "
                            "production, workforce management or safety and health.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "What you deliver in your supervised cycle", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Evidence for the Expert Trainer",
                        "items": [
                            "The list of enterprises selected for the cycle, and why they were chosen.",
                            "The baseline assessment of each enterprise, with its key figures.",
                            "The agenda, attendance and evaluation of the classroom session.",
                            (
                                "A note of each consultancy visit: what was checked, what was agreed, the "
                                "next steps."
                            ),
                            (
                                "Each enterprise's improvement plan and the indicators compared with the "
                                "baseline."
                            ),
                            (
                                "The progress report on the cycle, including what you would do differently "
                                "next time."
                            ),
                        ],
                    },
                ),
                ("heading", {"text": "Adding modules", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Each module is a separate certification track with its own ToT and supervised "
                        "cycle. Most trainers hold two or three modules, chosen according to their own "
                        "background and the needs of the enterprises they work with: an engineer may add "
                        "Cleaner Production or Safety and Health, an HR professional Workforce Management. "
                        "Partners' variant curricula, such as SCORE Plus or SCORE Hospitality Coaching, "
                        "build on the same foundations.</p>"
                    ),
                ),
                ("heading", {"text": "Expert Trainers", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Experienced certified trainers can become SCORE Expert Trainers for the "
                        "modules they know best. Expert Trainers supervise candidates during their ToE "
                        "cycle, review their evidence, and certify trainers for the modules in which they "
                        "are Experts. They also help keep the quality of SCORE Training consistent across "
                        "partners and regions. Service-provider organisations that deliver SCORE Training "
                        "are accredited as well.</p>"
                    ),
                ),
                ("heading", {"text": "Certificates anyone can verify", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Every certificate covers one trainer, one module and one level, and carries a "
                        "unique number in the form <b>SCORE-ID-year-six digits</b> together with a QR "
                        "code. Enterprises, sponsors and partners can check online whether a certificate "
                        "is valid, and find certified trainers in the public trainer registry. A "
                        "certificate can be suspended or revoked; a revoked certificate still shows as "
                        "revoked when it is checked, so its history stays transparent.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "How to start",
                        "text": (
                            "<p>Contact one of the eight implementing partners about their next Training "
                            "of Trainers, create your account on SCORE Academy, and begin with the "
                            "Workplace Cooperation module: the lessons, knowledge checks and materials are "
                            "available here, in English and Bahasa Indonesia.</p>"
                        ),
                    },
                ),
            ],
            "id": [
                ("heading", {"text": "Jalur menuju sertifikasi, modul demi modul", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Untuk setiap modul, pelatih menempuh empat langkah yang "
                        "sama:</p><ol><li><b>Pelatihan untuk Pelatih (Training of Trainers, ToT).</b> "
                        "Calon pelatih mempelajari isi modul dan metode pelatihan SCORE: sesi kelas "
                        "partisipatif untuk manajer dan pekerja bersama-sama, serta pendampingan di "
                        "perusahaan.</li><li><b>Satu siklus penuh Pelatihan untuk Perusahaan (Training of "
                        "Enterprises, ToE) di bawah bimbingan Pelatih Ahli SCORE.</b> Calon pelatih "
                        "memilih perusahaan, melakukan penilaian data awal, menyelenggarakan sesi kelas, "
                        "melakukan kunjungan konsultasi, dan menulis laporan "
                        "kemajuan.</li><li><b>Rekomendasi.</b> Pelatih Ahli meninjau pekerjaan dan bukti "
                        "dari calon pelatih, lalu merekomendasikan sertifikasi atau mengembalikannya "
                        "dengan catatan.</li><li><b>Sertifikasi.</b> Calon pelatih menjadi pelatih SCORE "
                        "bersertifikat untuk modul tersebut dan menerima sertifikat.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_point",
                        "title": "Modul 1 lebih dulu",
                        "text": (
                            "<p>Kerja Sama di Tempat Kerja adalah titik awal seluruh Pelatihan SCORE. "
                            "Seorang pelatih disertifikasi untuk Modul 1 sebelum modul lainnya, sama "
                            "seperti perusahaan memulai dengan Modul 1 sebelum melanjutkan ke kualitas, "
                            "produksi bersih, manajemen tenaga kerja, atau keselamatan dan kesehatan "
                            "kerja.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Apa yang Anda serahkan dari siklus yang dibimbing", "level": "h2"}),
                (
                    "checklist",
                    {
                        "title": "Bukti untuk Pelatih Ahli",
                        "items": [
                            "Daftar perusahaan yang dipilih untuk siklus ini, beserta alasan pemilihannya.",
                            "Penilaian data awal setiap perusahaan, dengan angka-angka kuncinya.",
                            "Agenda, daftar hadir, dan evaluasi sesi kelas.",
                            (
                                "Catatan setiap kunjungan konsultasi: apa yang diperiksa, apa yang "
                                "disepakati, dan langkah berikutnya."
                            ),
                            (
                                "Rencana perbaikan setiap perusahaan dan indikatornya dibandingkan dengan "
                                "data awal."
                            ),
                            (
                                "Laporan kemajuan siklus, termasuk apa yang akan Anda lakukan secara "
                                "berbeda di kesempatan berikutnya."
                            ),
                        ],
                    },
                ),
                ("heading", {"text": "Menambah modul", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Setiap modul merupakan jalur sertifikasi tersendiri dengan ToT dan siklus "
                        "bimbingannya sendiri. Sebagian besar pelatih memegang dua atau tiga modul, "
                        "dipilih sesuai latar belakang mereka dan kebutuhan perusahaan yang mereka "
                        "dampingi: seorang insinyur mungkin menambah Produksi Bersih atau Keselamatan dan "
                        "Kesehatan Kerja, seorang praktisi SDM menambah Manajemen Tenaga Kerja. Kurikulum "
                        "varian para mitra, seperti SCORE Plus atau SCORE Hospitality Coaching, dibangun "
                        "di atas landasan yang sama.</p>"
                    ),
                ),
                ("heading", {"text": "Pelatih Ahli", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Pelatih bersertifikat yang berpengalaman dapat menjadi Pelatih Ahli (Expert "
                        "Trainer) SCORE untuk modul yang paling mereka kuasai. Pelatih Ahli membimbing "
                        "calon pelatih selama siklus ToE, meninjau bukti mereka, dan menyertifikasi "
                        "pelatih untuk modul tempat mereka menjadi Ahli. Mereka juga membantu menjaga mutu "
                        "Pelatihan SCORE tetap konsisten di antara para mitra dan wilayah. Organisasi "
                        "penyedia jasa yang menyelenggarakan Pelatihan SCORE juga diakreditasi.</p>"
                    ),
                ),
                ("heading", {"text": "Sertifikat yang dapat diverifikasi siapa saja", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Setiap sertifikat berlaku untuk satu pelatih, satu modul, dan satu tingkat, "
                        "serta memuat nomor unik dengan format <b>SCORE-ID-tahun-enam digit</b> beserta "
                        "kode QR. Perusahaan, sponsor, dan mitra dapat memeriksa secara daring apakah "
                        "sebuah sertifikat masih berlaku, dan menemukan pelatih bersertifikat dalam daftar "
                        "pelatih yang terbuka untuk umum. Sertifikat dapat ditangguhkan atau dicabut; "
                        "sertifikat yang dicabut tetap tampil sebagai dicabut saat diperiksa, sehingga "
                        "riwayatnya tetap transparan.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Cara memulai",
                        "text": (
                            "<p>Hubungi salah satu dari delapan mitra pelaksana tentang Pelatihan untuk "
                            "Pelatih berikutnya, buat akun Anda di SCORE Academy, dan mulailah dengan "
                            "modul Kerja Sama di Tempat Kerja: pelajaran, uji pemahaman, dan materinya "
                            "tersedia di sini dalam bahasa Inggris dan bahasa Indonesia.</p>"
                        ),
                    },
                ),
            ],
        },
    },
]

VARIANTS = [
    {
        "slug": "score-plus",
        "partner": "BEDO",
        "title": {"en": "SCORE Plus", "id": "SCORE Plus"},
        "introduction": {
            "en": (
                "SCORE Plus is the customised SCORE curriculum of BEDO, the lead implementing partner, for "
                "micro enterprises. It keeps the SCORE approach of training owners and workers together "
                "and following up in the workplace, in a shorter format that reuses the core SCORE "
                "material."
            ),
            "id": (
                "SCORE Plus adalah kurikulum SCORE yang disesuaikan oleh BEDO, mitra pelaksana utama, "
                "untuk usaha mikro. Kurikulum ini mempertahankan pendekatan SCORE, yaitu melatih pemilik "
                "dan pekerja bersama-sama lalu menindaklanjutinya di tempat kerja, dalam format yang lebih "
                "singkat dengan menggunakan kembali materi inti SCORE."
            ),
        },
        "audience": {
            "en": "Owners and workers of micro enterprises.",
            "id": "Pemilik dan pekerja usaha mikro.",
        },
    },
    {
        "slug": "score-creative",
        "partner": "SMI",
        "title": {"en": "SCORE Creative", "id": "SCORE Creative"},
        "introduction": {
            "en": (
                "SCORE Creative is the customised SCORE curriculum of Semut Manajemen Indonesia (SMI) for "
                "businesses in the creative economy. It adapts the core SCORE material to the way small "
                "creative businesses work, in a shorter format."
            ),
            "id": (
                "SCORE Creative adalah kurikulum SCORE yang disesuaikan oleh Semut Manajemen Indonesia "
                "(SMI) untuk usaha di bidang ekonomi kreatif. Kurikulum ini menyesuaikan materi inti SCORE "
                "dengan cara kerja usaha kreatif berskala kecil, dalam format yang lebih singkat."
            ),
        },
        "audience": {
            "en": "Owners and teams of small creative economy businesses.",
            "id": "Pemilik dan tim usaha ekonomi kreatif berskala kecil.",
        },
    },
    {
        "slug": "score-unpar",
        "partner": "UNPAR",
        "title": {"en": "SCORE UNPAR", "id": "SCORE UNPAR"},
        "introduction": {
            "en": (
                "SCORE UNPAR is the customised SCORE curriculum developed with Parahyangan Catholic "
                "University (UNPAR) in Bandung. Like the other variants, it is shorter than the full "
                "programme and reuses the core SCORE material for the needs of smaller businesses."
            ),
            "id": (
                "SCORE UNPAR adalah kurikulum SCORE yang disesuaikan dan dikembangkan bersama Universitas "
                "Katolik Parahyangan (UNPAR) di Bandung. Seperti varian lainnya, kurikulum ini lebih "
                "singkat daripada program lengkap dan menggunakan kembali materi inti SCORE sesuai "
                "kebutuhan usaha yang lebih kecil."
            ),
        },
        "audience": {
            "en": "Micro and small enterprises trained through Parahyangan Catholic University.",
            "id": "Usaha mikro dan kecil yang dilatih melalui Universitas Katolik Parahyangan.",
        },
    },
    {
        "slug": "score-hoco",
        "partner": "Pro Serve",
        "max_enterprises_per_cycle": 6,  # small hotels and restaurants: at most 6 in a cycle
        "title": {"en": "SCORE Hospitality Coaching (HoCo)", "id": "SCORE Hospitality Coaching (HoCo)"},
        "introduction": {
            "en": (
                "SCORE Hospitality Coaching (HoCo), delivered by Pro Serve Indonesia, adapts SCORE "
                "Training to small hotels and restaurants. A cycle coaches at most six businesses over "
                "about three months; its modules include Workplace Cooperation, Service Excellence and "
                "A step forward to innovation."
            ),
            "id": (
                "SCORE Hospitality Coaching (HoCo), yang diselenggarakan oleh Pro Serve Indonesia, "
                "menyesuaikan Pelatihan SCORE untuk hotel kecil dan restoran. Satu siklus mendampingi "
                "paling banyak enam usaha selama sekitar tiga bulan; modul-modulnya antara lain Kerja Sama "
                "di Tempat Kerja, Keunggulan Layanan, dan Selangkah Maju Menuju Inovasi."
            ),
        },
        "audience": {
            "en": "Owners and staff of small hotels, guesthouses and restaurants.",
            "id": "Pemilik dan staf hotel kecil, penginapan, dan restoran.",
        },
    },
]

PARTNERS = [
    {
        "name": "Business & Export Development Organization",
        "short_name": "BEDO",
        "slug": "bedo",
        "website": "",
        "brand_colour": "#1F3A68",
        "description": {
            "en": (
                "The lead implementing partner of SCORE Training in Indonesia, which represented the "
                "partners at the ILO handover in December 2021. BEDO owns the SCORE Plus curriculum for "
                "micro enterprises."
            ),
            "id": (
                "Mitra pelaksana utama Pelatihan SCORE di Indonesia, yang mewakili para mitra dalam serah "
                "terima dari ILO pada Desember 2021. BEDO memiliki kurikulum SCORE Plus untuk usaha mikro."
            ),
        },
    },
    {
        "name": "Semut Manajemen Indonesia",
        "short_name": "SMI",
        "slug": "semut-manajemen-indonesia",
        "website": "",
        "brand_colour": "#7A1F3D",
        "description": {
            "en": (
                "An implementing partner that signed the SCORE commitment declaration in December 2021. "
                "SMI owns the SCORE Creative curriculum for creative economy businesses."
            ),
            "id": (
                "Mitra pelaksana yang menandatangani deklarasi komitmen SCORE pada Desember 2021. SMI "
                "memiliki kurikulum SCORE Creative untuk usaha ekonomi kreatif."
            ),
        },
    },
    {
        "name": "Parahyangan Catholic University",
        "short_name": "UNPAR",
        "slug": "parahyangan-catholic-university",
        "website": "",
        "brand_colour": "#0B5E55",
        "description": {
            "en": (
                "A university in Bandung and an implementing partner that signed the SCORE commitment "
                "declaration in December 2021. The SCORE UNPAR curriculum was developed with it."
            ),
            "id": (
                "Universitas di Bandung dan mitra pelaksana yang menandatangani deklarasi komitmen SCORE "
                "pada Desember 2021. Kurikulum SCORE UNPAR dikembangkan bersamanya."
            ),
        },
    },
    {
        "name": "APP Politeknik Jakarta",
        "short_name": "APP Jakarta",
        "slug": "app-politeknik-jakarta",
        "website": "",
        "brand_colour": "#5B2C83",
        "description": {
            "en": (
                "An implementing partner of SCORE Training that signed the SCORE commitment declaration in "
                "December 2021."
            ),
            "id": (
                "Mitra pelaksana Pelatihan SCORE yang menandatangani deklarasi komitmen SCORE pada "
                "Desember 2021."
            ),
        },
    },
    {
        "name": "BLK Semarang 2",
        "short_name": "BLK Semarang 2",
        "slug": "blk-semarang-2",
        "website": "",
        "brand_colour": "#8A4B08",
        "description": {
            "en": (
                "An implementing partner of SCORE Training that signed the SCORE commitment declaration in "
                "December 2021."
            ),
            "id": (
                "Mitra pelaksana Pelatihan SCORE yang menandatangani deklarasi komitmen SCORE pada "
                "Desember 2021."
            ),
        },
    },
    {
        "name": "Karya Dua Perempuan",
        "short_name": "Karya Dua Perempuan",
        "slug": "karya-dua-perempuan",
        "website": "",
        "brand_colour": "#9B1B4B",
        "description": {
            "en": (
                "An implementing partner of SCORE Training that signed the SCORE commitment declaration in "
                "December 2021."
            ),
            "id": (
                "Mitra pelaksana Pelatihan SCORE yang menandatangani deklarasi komitmen SCORE pada "
                "Desember 2021."
            ),
        },
    },
    {
        "name": "Riwani Globe",
        "short_name": "Riwani Globe",
        "slug": "riwani-globe",
        "website": "",
        "brand_colour": "#2E5E1E",
        "description": {
            "en": (
                "An implementing partner of SCORE Training that signed the SCORE commitment declaration in "
                "December 2021."
            ),
            "id": (
                "Mitra pelaksana Pelatihan SCORE yang menandatangani deklarasi komitmen SCORE pada "
                "Desember 2021."
            ),
        },
    },
    {
        "name": "Pro Serve Indonesia",
        "short_name": "Pro Serve",
        "slug": "pro-serve-indonesia",
        "website": "",
        "brand_colour": "#005F73",
        "description": {
            "en": (
                "An implementing partner that signed the SCORE commitment declaration in December 2021. "
                "Pro Serve Indonesia owns the SCORE Hospitality Coaching (HoCo) curriculum for small "
                "hotels and restaurants."
            ),
            "id": (
                "Mitra pelaksana yang menandatangani deklarasi komitmen SCORE pada Desember 2021. Pro "
                "Serve Indonesia memiliki kurikulum SCORE Hospitality Coaching (HoCo) untuk hotel kecil "
                "dan restoran."
            ),
        },
    },
]
