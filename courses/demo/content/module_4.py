"""Demo content: SCORE core module 4, Workforce Management for Cooperation and Business Success."""

MODULE = {
    "slug": "workforce-management",
    "number": 4,
    "title": {
        "en": "Workforce Management for Cooperation and Business Success",
        "id": "Manajemen Tenaga Kerja untuk Kerja Sama dan Keberhasilan Usaha",
    },
    "summary": {
        "en": "In a small enterprise, people are both the largest cost and the main source of quality, "
        "speed and new ideas. This module helps managers and workers to put simple, fair human "
        "resource practices in place: clear job descriptions, structured recruitment and induction, "
        "transparent pay and working time, regular performance dialogue and training plans. Together "
        "these reduce turnover and absenteeism, and turn the enterprise's staff into a competitive "
        "advantage. As in every SCORE module, the Enterprise Improvement Team turns the classroom "
        "work into an improvement plan, implements it with the support of consultancy visits and "
        "presents its results.",
        "id": "Dalam usaha kecil, karyawan adalah biaya terbesar sekaligus sumber utama mutu, kecepatan, "
        "dan gagasan baru. Modul ini membantu manajer dan pekerja menerapkan praktik pengelolaan "
        "sumber daya manusia yang sederhana dan adil: uraian jabatan yang jelas, rekrutmen dan "
        "orientasi karyawan baru yang terstruktur, upah dan waktu kerja yang transparan, dialog "
        "kinerja yang teratur, serta rencana pelatihan. Semua ini menurunkan tingkat keluar-masuk "
        "karyawan dan ketidakhadiran, dan menjadikan karyawan keunggulan bersaing perusahaan. Seperti "
        "dalam setiap modul SCORE, Tim Peningkatan Perusahaan mengubah hasil kerja di kelas menjadi "
        "rencana perbaikan, melaksanakannya dengan dukungan kunjungan konsultasi, dan "
        "mempresentasikan hasilnya.",
    },
    "objectives": {
        "en": [
            "Develop human resource strategies for better recruitment and retention.",
            "Motivate and develop the right people to make staff a competitive advantage.",
        ],
        "id": [
            "Menyusun strategi sumber daya manusia untuk rekrutmen dan retensi karyawan yang lebih baik.",
            "Memotivasi dan mengembangkan orang yang tepat agar karyawan menjadi keunggulan bersaing "
            "perusahaan.",
        ],
    },
    "classroom_days": 2,
    "consultancy_visits": 3,
    "prerequisites": ["workplace-cooperation"],
    "materials": [
        {
            "key": "trainer-guide",
            "kind": "trainer_guide",
            "title": {
                "en": "Trainer Guide: Workforce Management for Cooperation and Business Success",
                "id": "Panduan Pelatih: Manajemen Tenaga Kerja untuk Kerja Sama dan Keberhasilan Usaha",
            },
            "paragraphs": {
                "en": [
                    "This guide is for SCORE trainers delivering Module 4 and for candidate trainers "
                    "completing their Training of Enterprises cycle under an Expert Trainer. Participating "
                    "enterprises have completed Module 1 and have an Enterprise Improvement Team (EIT) of "
                    "managers and workers. The cycle consists of a baseline visit, a two-day classroom "
                    "session for four to five enterprises with two managers and two workers each, three "
                    "consultancy visits to each enterprise over about three months, and a results "
                    "presentation workshop.",
                    "At the baseline visit, collect the enterprise's basic workforce figures: headcount by "
                    "gender and by type of contract, the number of people who left in the last twelve "
                    "months, days of unplanned absence, the time it took to fill the last vacancies, and "
                    "which written documents exist (job descriptions, contracts, pay slips, company "
                    "regulations, training records). Ask for figures, never for personal files: you do not "
                    "need to know who left, only how many and, if the enterprise knows, why.",
                    "Pay, discipline and working time are sensitive topics when managers and workers sit in "
                    "the same room. Agree ground rules at the start of the classroom session: talk about "
                    "practices, not about individuals; what is said about a colleague stays in the room; "
                    "every question is legitimate. Use role plays and anonymous cards for the topics where "
                    "workers may hesitate to speak. Keep presentations short and give most of the time to "
                    "the enterprise teams working on their own documents and figures.",
                    "You are a trainer, not a labour lawyer or a labour inspector. When the discussion "
                    "touches on legal obligations, such as the minimum wage, overtime, the religious "
                    "holiday allowance (THR) or social security registration with BPJS, state the general "
                    "principle, encourage the enterprise to comply, and refer detailed questions to the "
                    "local manpower office (Disnaker) or to the employers' association. Never help an "
                    "enterprise design a practice that avoids a legal obligation.",
                    "During the three consultancy visits, work with the EIT, not with the owner alone. "
                    "Check the documents the team has produced (job descriptions, an induction checklist, a "
                    "training plan, survey results), talk briefly with one or two workers about whether "
                    "they have noticed any change, and review the indicators: turnover, absenteeism, time "
                    "to fill vacancies, and the share of staff who have had a performance dialogue. Record "
                    "your notes after each visit; they form the basis of your progress report in SCORE "
                    "Academy.",
                    "Changes in workforce management take longer to show in the figures than savings in "
                    "materials or energy. Help enterprises to report both leading indicators (job "
                    "descriptions written, dialogues held, new staff inducted with the checklist) and "
                    "result indicators (turnover and absenteeism rates), and to compare each month with the "
                    "same month of the previous year where seasonal patterns such as Lebaran are strong.",
                ],
                "id": [
                    "Panduan ini ditujukan bagi pelatih SCORE yang menyampaikan Modul 4 dan bagi calon "
                    "pelatih yang sedang menyelesaikan siklus Pelatihan untuk Perusahaan (ToE) di bawah "
                    "bimbingan Pelatih Ahli. Perusahaan peserta telah menyelesaikan Modul 1 dan memiliki "
                    "Tim Peningkatan Perusahaan (EIT) yang terdiri atas manajer dan pekerja. Siklus terdiri "
                    "atas kunjungan awal, pelatihan kelas dua hari untuk empat sampai lima perusahaan yang "
                    "masing-masing mengirim dua manajer dan dua pekerja, tiga kunjungan konsultasi ke "
                    "setiap perusahaan selama kurang lebih tiga bulan, dan lokakarya presentasi hasil.",
                    "Pada kunjungan awal, kumpulkan angka dasar ketenagakerjaan perusahaan: jumlah karyawan "
                    "menurut jenis kelamin dan jenis kontrak, jumlah orang yang keluar dalam dua belas "
                    "bulan terakhir, jumlah hari ketidakhadiran tanpa rencana, lamanya waktu untuk mengisi "
                    "lowongan terakhir, dan dokumen tertulis apa saja yang sudah ada (uraian jabatan, "
                    "perjanjian kerja, slip gaji, peraturan perusahaan, catatan pelatihan). Mintalah angka, "
                    "jangan pernah meminta berkas pribadi: Anda tidak perlu tahu siapa yang keluar, cukup "
                    "berapa orang dan, jika perusahaan mengetahuinya, apa alasannya.",
                    "Upah, disiplin, dan waktu kerja adalah topik yang peka ketika manajer dan pekerja "
                    "duduk di ruangan yang sama. Sepakati aturan dasar di awal pelatihan kelas: bicarakan "
                    "praktik, bukan orang; apa yang dikatakan tentang rekan kerja tetap tinggal di ruangan; "
                    "setiap pertanyaan sah untuk diajukan. Gunakan permainan peran dan kartu tanpa nama "
                    "untuk topik yang mungkin membuat pekerja ragu berbicara. Buat presentasi singkat dan "
                    "berikan sebagian besar waktu kepada tim perusahaan untuk mengerjakan dokumen dan angka "
                    "mereka sendiri.",
                    "Anda adalah pelatih, bukan ahli hukum ketenagakerjaan atau pengawas ketenagakerjaan. "
                    "Ketika diskusi menyentuh kewajiban hukum, seperti upah minimum, lembur, tunjangan hari "
                    "raya (THR), atau pendaftaran jaminan sosial di BPJS, sampaikan prinsip umumnya, dorong "
                    "perusahaan untuk mematuhinya, dan rujuk pertanyaan yang terperinci ke dinas "
                    "ketenagakerjaan (Disnaker) setempat atau asosiasi pengusaha. Jangan pernah membantu "
                    "perusahaan merancang praktik yang menghindari kewajiban hukum.",
                    "Selama tiga kunjungan konsultasi, bekerjalah bersama EIT, bukan hanya dengan pemilik. "
                    "Periksa dokumen yang telah dihasilkan tim (uraian jabatan, daftar periksa orientasi, "
                    "rencana pelatihan, hasil survei), berbincanglah singkat dengan satu atau dua pekerja "
                    "tentang apakah mereka merasakan perubahan, dan tinjau indikatornya: tingkat "
                    "keluar-masuk karyawan, ketidakhadiran, waktu pengisian lowongan, dan persentase "
                    "karyawan yang sudah menjalani dialog kinerja. Catat hasil setiap kunjungan; catatan "
                    "ini menjadi dasar laporan kemajuan Anda di SCORE Academy.",
                    "Perubahan dalam manajemen tenaga kerja membutuhkan waktu lebih lama untuk terlihat "
                    "dalam angka dibandingkan penghematan bahan atau energi. Bantu perusahaan melaporkan "
                    "indikator proses (uraian jabatan yang sudah ditulis, dialog yang sudah dilakukan, "
                    "karyawan baru yang sudah menjalani orientasi dengan daftar periksa) sekaligus "
                    "indikator hasil (tingkat keluar-masuk dan ketidakhadiran), serta membandingkan setiap "
                    "bulan dengan bulan yang sama tahun sebelumnya bila pola musiman seperti Lebaran "
                    "berpengaruh kuat.",
                ],
            },
        },
        {
            "key": "participant-handbook",
            "kind": "participant_handbook",
            "title": {
                "en": "Participant Handbook: Workforce Management",
                "id": "Buku Pegangan Peserta: Manajemen Tenaga Kerja",
            },
            "paragraphs": {
                "en": [
                    "The employment cycle. Every enterprise manages people through the same stages, whether "
                    "it writes them down or not: defining the job, recruiting, inducting new staff, paying "
                    "and scheduling work, discussing performance, training and developing, and keeping good "
                    "people. Weakness at one stage shows up later: a vague job description leads to a poor "
                    "hire, a poor induction to an early resignation. This handbook gives one simple tool "
                    "for each stage.",
                    "Job descriptions and recruitment. A job description fits on one page: job title, "
                    "purpose of the job, main tasks, responsibilities (for quality, safety, equipment), the "
                    "skills and experience needed, working hours and to whom the person reports. Write it "
                    "together with someone who does the job today. Use it to write the vacancy notice, to "
                    "prepare the same interview questions for every candidate, and to design a short "
                    "practical test. Select on the skills the job needs; age, appearance, religion, marital "
                    "status or gender are not job requirements.",
                    "Induction. A new employee's first weeks decide whether they stay. Prepare an induction "
                    "checklist covering the first day (welcome, tour, introduction to colleagues, safety "
                    "rules, toilets, prayer room and canteen, pay day and pay slip), the first week "
                    "(training on the job with a named buddy, quality standards) and the first month (a "
                    "review conversation with the supervisor). The new employee and the buddy both sign off "
                    "each item.",
                    "Pay, working time and performance dialogue. Staff should understand how their pay is "
                    "calculated, including piece rates, overtime and allowances, and receive a pay slip "
                    "that shows it. Working hours, breaks and overtime rules should be written down and "
                    "known to everyone. A performance dialogue is a regular, private, two-way conversation "
                    "between a supervisor and an employee, at least twice a year: what went well, what was "
                    "difficult, what support is needed, and one or two agreed goals and training needs for "
                    "the next period.",
                    "Training plans and retention. A skills matrix lists employees in rows and key tasks in "
                    "columns, marking who can do each task alone, who can do it with help, and who is being "
                    "trained. It shows where the enterprise depends on one person, and who should learn "
                    "what next. Track turnover (leavers divided by the average number of staff) and "
                    "absenteeism (days of unplanned absence divided by scheduled working days) every month, "
                    "and ask people who leave why they are leaving.",
                    "Staff survey. A short anonymous survey of ten to fifteen statements tells the EIT how "
                    "staff experience their work. Use a four-point scale from 'strongly disagree' to "
                    "'strongly agree', add two open questions, collect answers in a sealed box, and feed "
                    "back the results to all staff within two weeks, together with the actions the EIT will "
                    "take. Repeat the survey after six months to see what has changed.",
                ],
                "id": [
                    "Siklus ketenagakerjaan. Setiap perusahaan mengelola karyawannya melalui tahapan yang "
                    "sama, baik tertulis maupun tidak: menetapkan jabatan, merekrut, mengorientasikan "
                    "karyawan baru, membayar upah dan mengatur jadwal kerja, membicarakan kinerja, melatih "
                    "dan mengembangkan, serta mempertahankan orang-orang yang baik. Kelemahan pada satu "
                    "tahap akan muncul kemudian: uraian jabatan yang kabur menghasilkan rekrutmen yang "
                    "keliru, orientasi yang buruk berujung pada pengunduran diri yang cepat. Buku pegangan "
                    "ini memberikan satu alat sederhana untuk setiap tahap.",
                    "Uraian jabatan dan rekrutmen. Uraian jabatan cukup satu halaman: nama jabatan, tujuan "
                    "jabatan, tugas utama, tanggung jawab (atas mutu, keselamatan, peralatan), keterampilan "
                    "dan pengalaman yang dibutuhkan, jam kerja, dan kepada siapa orang tersebut melapor. "
                    "Tulislah bersama orang yang saat ini menjalankan pekerjaan itu. Gunakan uraian jabatan "
                    "untuk menulis pengumuman lowongan, menyiapkan pertanyaan wawancara yang sama untuk "
                    "setiap calon, dan merancang tes praktik singkat. Pilihlah berdasarkan keterampilan "
                    "yang dibutuhkan pekerjaan; usia, penampilan, agama, status perkawinan, atau jenis "
                    "kelamin bukanlah syarat jabatan.",
                    "Orientasi karyawan baru. Minggu-minggu pertama menentukan apakah karyawan baru akan "
                    "bertahan. Siapkan daftar periksa orientasi yang mencakup hari pertama (penyambutan, "
                    "berkeliling tempat kerja, perkenalan dengan rekan kerja, aturan keselamatan, toilet, "
                    "musala dan kantin, hari gajian dan slip gaji), minggu pertama (pelatihan di tempat "
                    "kerja dengan pendamping yang ditunjuk, standar mutu), dan bulan pertama (percakapan "
                    "evaluasi dengan atasan). Karyawan baru dan pendampingnya sama-sama menandatangani "
                    "setiap butir.",
                    "Upah, waktu kerja, dan dialog kinerja. Karyawan perlu memahami cara upahnya dihitung, "
                    "termasuk upah borongan, lembur, dan tunjangan, serta menerima slip gaji yang "
                    "menunjukkannya. Jam kerja, waktu istirahat, dan aturan lembur perlu dituliskan dan "
                    "diketahui semua orang. Dialog kinerja adalah percakapan dua arah yang teratur dan "
                    "bersifat pribadi antara atasan dan karyawan, sedikitnya dua kali setahun: apa yang "
                    "berjalan baik, apa yang sulit, dukungan apa yang dibutuhkan, serta satu atau dua "
                    "sasaran dan kebutuhan pelatihan yang disepakati untuk periode berikutnya.",
                    "Rencana pelatihan dan retensi. Matriks keterampilan memuat nama karyawan di baris dan "
                    "tugas-tugas utama di kolom, dengan tanda siapa yang dapat mengerjakan setiap tugas "
                    "secara mandiri, siapa yang masih perlu dibantu, dan siapa yang sedang dilatih. Matriks "
                    "ini memperlihatkan di mana perusahaan bergantung pada satu orang saja, dan siapa yang "
                    "sebaiknya mempelajari apa berikutnya. Pantau tingkat keluar-masuk karyawan (jumlah "
                    "yang keluar dibagi rata-rata jumlah karyawan) dan tingkat ketidakhadiran (hari tidak "
                    "hadir tanpa rencana dibagi hari kerja terjadwal) setiap bulan, dan tanyakan kepada "
                    "karyawan yang keluar apa alasannya.",
                    "Survei karyawan. Survei singkat tanpa nama berisi sepuluh sampai lima belas pernyataan "
                    "memberi tahu EIT bagaimana karyawan merasakan pekerjaannya. Gunakan skala empat "
                    "pilihan dari 'sangat tidak setuju' sampai 'sangat setuju', tambahkan dua pertanyaan "
                    "terbuka, kumpulkan jawaban dalam kotak tertutup, dan sampaikan hasilnya kepada seluruh "
                    "karyawan dalam dua minggu, bersama tindakan yang akan diambil EIT. Ulangi survei "
                    "setelah enam bulan untuk melihat apa yang berubah.",
                ],
            },
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "why-workforce-management",
            "title": {
                "en": "Why workforce management: the key concepts",
                "id": "Mengapa manajemen tenaga kerja: konsep-konsep kunci",
            },
            "introduction": {
                "en": "What Module 4 is for, and the practices of the employment cycle that trainers help "
                "small enterprises to put in place, from the job description to keeping good people.",
                "id": "Untuk apa Modul 4, dan praktik-praktik dalam siklus ketenagakerjaan yang dibantu "
                "pelatih untuk diterapkan di usaha kecil, mulai dari uraian jabatan sampai "
                "mempertahankan karyawan yang baik.",
            },
            "estimated_minutes": 40,
            "downloads": ["trainer-guide", "participant-handbook"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>Most small enterprises manage people informally: the owner hires a relative's "
                        "neighbour, a new worker learns by watching, pay is agreed by word of mouth, and "
                        "nobody asks why people leave. This works until it does not: a skilled operator leaves "
                        "before a big order, absenteeism rises after every pay day, or new staff make the same "
                        "defects again and again. Module 4 helps enterprises to <b>develop human resource "
                        "strategies for better recruitment and retention</b>, and to <b>motivate and develop "
                        "the right people</b> so that staff become a competitive advantage.</p><p>The module "
                        "builds on Module 1. Fair, transparent people practices are the ground on which "
                        "workplace cooperation grows; without them, the suggestion scheme and the daily "
                        "meetings soon lose their credibility.</p>",
                    ),
                    ("heading", {"text": "The employment cycle", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The module follows the cycle every employee goes through:</p><ol><li>defining the "
                        "job (job description);</li><li>finding and selecting the right person "
                        "(recruitment);</li><li>the first days and weeks (induction);</li><li>pay and working "
                        "time;</li><li>discussing performance (performance dialogue);</li><li>learning and "
                        "development (training plan);</li><li>keeping good people (retention), and learning "
                        "from those who leave.</li></ol><p>An enterprise does not need an HR department to do "
                        "each of these well. It needs a few simple written tools and managers who use them "
                        "consistently.</p>",
                    ),
                    ("heading", {"text": "Job descriptions", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>A one-page job description states the purpose of the job, the main tasks, the "
                        "responsibilities, the skills required, the working hours and the reporting line. It "
                        "removes misunderstandings ('that is not my job'), gives the basis for recruitment and "
                        "training, and makes performance dialogue fair, because both sides know what is "
                        "expected. The best job descriptions are written with the people who do the job "
                        "today.</p>",
                    ),
                    ("heading", {"text": "Recruitment and induction", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Good recruitment is structured and fair: a vacancy notice based on the job "
                        "description, the same questions for every candidate, a short practical test (sewing a "
                        "seam, operating a machine, serving a guest), and a decision based on the skills the "
                        "job needs. Requirements such as 'attractive appearance' or age limits that have "
                        "nothing to do with the job exclude good candidates and are discriminatory. Every new "
                        "employee receives a written contract.</p><p>Induction is where many enterprises lose "
                        "people. A planned first day, a named buddy, safety instructions before work starts, "
                        "and a review at the end of the first month make new staff productive faster and make "
                        "them far more likely to stay.</p>",
                    ),
                    ("heading", {"text": "Fair pay and working time", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Staff are more motivated when pay is fair and understandable. The basics are: at "
                        "least the applicable provincial or district minimum wage (UMP/UMK); a pay slip that "
                        "shows how pay is calculated, including piece rates, overtime and deductions; the "
                        "religious holiday allowance (THR) paid on time; and registration of all staff with "
                        "BPJS Ketenagakerjaan and BPJS Kesehatan. Working hours follow the 40-hour week, "
                        "overtime is voluntary, paid and within the legal limits, and breaks and rest days are "
                        "respected. Beyond compliance, a simple pay structure that rewards skill and "
                        "reliability gives people a reason to stay and to learn.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Compliance is the floor, not the ceiling",
                            "text": "<p>Trainers encourage compliance with labour law but are not legal "
                            "advisers. For detailed questions on wages, contracts or overtime, refer "
                            "the enterprise to the local manpower office (Disnaker) or the employers' "
                            "association. The module's aim goes beyond compliance: practices that make "
                            "good people want to stay.</p>",
                        },
                    ),
                    ("heading", {"text": "Performance dialogue and training plans", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>A performance dialogue is a regular, two-way conversation between a supervisor and "
                        "an employee, held in private at least twice a year. It is not a disciplinary meeting. "
                        "Both sides prepare: what went well, what was difficult, what the employee needs, and "
                        "one or two goals for the next period. The training needs that come out of these "
                        "conversations, together with a skills matrix of who can do which task, form the "
                        "enterprise's training plan. Multi-skilling reduces the risk when one key person is "
                        "absent or leaves.</p>",
                    ),
                    ("heading", {"text": "Retention and absenteeism", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Two figures tell the enterprise how well it keeps its people, and both are easy to "
                        "calculate every month:</p><ul><li><b>Turnover rate</b> = number of leavers in the "
                        "period ÷ average number of employees × 100.</li><li><b>Absenteeism rate</b> = days of "
                        "unplanned absence ÷ scheduled working days of all employees × "
                        "100.</li></ul><p>Replacing a skilled worker costs far more than most owners think: "
                        "time spent recruiting, weeks of reduced output while the newcomer learns, extra "
                        "defects, and overtime for colleagues who fill the gap. Asking each leaver why they "
                        "are leaving, and looking at when absences occur, usually points to causes the "
                        "enterprise can address.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A shoe workshop with 35 workers in Ciomas, Bogor, lost almost a third of "
                            "its stitchers every year, most of them after Lebaran, when workers who had "
                            "gone home did not come back. Exit conversations showed that many did not "
                            "understand how their piece-rate pay was calculated and felt that newer "
                            "workers earned the same as experienced ones. The EIT introduced pay slips "
                            "showing pieces and rates, a small skill allowance for workers certified on "
                            "three or more operations, and a welcome-back meeting after the holiday. In "
                            "the following year turnover fell to about one in six.",
                            "attribution": "",
                            "organisation": "Shoe workshop, Ciomas, Bogor (illustrative case)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Trainer Guide: Workforce Management for Cooperation and Business Success",
                            "description": "How to prepare, deliver and follow up Module 4, including the "
                            "baseline workforce figures to collect and how to handle sensitive "
                            "topics.",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Sebagian besar usaha kecil mengelola karyawan secara informal: pemilik merekrut "
                        "tetangga kerabatnya, pekerja baru belajar dengan melihat, upah disepakati secara "
                        "lisan, dan tidak ada yang bertanya mengapa orang keluar. Cara ini berjalan sampai "
                        "suatu saat tidak lagi: operator terampil keluar menjelang pesanan besar, "
                        "ketidakhadiran meningkat setiap selesai gajian, atau karyawan baru membuat cacat yang "
                        "sama berulang kali. Modul 4 membantu perusahaan <b>menyusun strategi sumber daya "
                        "manusia untuk rekrutmen dan retensi yang lebih baik</b>, serta <b>memotivasi dan "
                        "mengembangkan orang yang tepat</b> sehingga karyawan menjadi keunggulan "
                        "bersaing.</p><p>Modul ini dibangun di atas Modul 1. Praktik pengelolaan karyawan yang "
                        "adil dan transparan adalah lahan tempat kerja sama di tempat kerja tumbuh; tanpa itu, "
                        "sistem saran dan rapat harian segera kehilangan kepercayaan.</p>",
                    ),
                    ("heading", {"text": "Siklus ketenagakerjaan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Modul ini mengikuti siklus yang dilalui setiap karyawan:</p><ol><li>menetapkan "
                        "jabatan (uraian jabatan);</li><li>mencari dan memilih orang yang tepat "
                        "(rekrutmen);</li><li>hari dan minggu pertama (orientasi karyawan baru);</li><li>upah "
                        "dan waktu kerja;</li><li>membicarakan kinerja (dialog kinerja);</li><li>belajar dan "
                        "berkembang (rencana pelatihan);</li><li>mempertahankan orang yang baik (retensi), dan "
                        "belajar dari mereka yang keluar.</li></ol><p>Perusahaan tidak memerlukan bagian SDM "
                        "untuk menjalankan semua ini dengan baik. Yang diperlukan adalah beberapa alat "
                        "tertulis yang sederhana dan manajer yang menggunakannya secara konsisten.</p>",
                    ),
                    ("heading", {"text": "Uraian jabatan", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Uraian jabatan satu halaman memuat tujuan jabatan, tugas utama, tanggung jawab, "
                        "keterampilan yang dibutuhkan, jam kerja, dan jalur pelaporan. Uraian jabatan "
                        "menghilangkan salah paham ('itu bukan tugas saya'), menjadi dasar rekrutmen dan "
                        "pelatihan, dan membuat dialog kinerja menjadi adil, karena kedua pihak tahu apa yang "
                        "diharapkan. Uraian jabatan terbaik ditulis bersama orang yang saat ini menjalankan "
                        "pekerjaan tersebut.</p>",
                    ),
                    ("heading", {"text": "Rekrutmen dan orientasi karyawan baru", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Rekrutmen yang baik itu terstruktur dan adil: pengumuman lowongan yang didasarkan "
                        "pada uraian jabatan, pertanyaan yang sama untuk setiap calon, tes praktik singkat "
                        "(menjahit satu kampuh, mengoperasikan mesin, melayani tamu), dan keputusan "
                        "berdasarkan keterampilan yang dibutuhkan pekerjaan. Syarat seperti 'berpenampilan "
                        "menarik' atau batas usia yang tidak berkaitan dengan pekerjaan menyingkirkan calon "
                        "yang baik dan bersifat diskriminatif. Setiap karyawan baru menerima perjanjian kerja "
                        "tertulis.</p><p>Orientasi adalah tahap di mana banyak perusahaan kehilangan karyawan. "
                        "Hari pertama yang direncanakan, pendamping yang ditunjuk, instruksi keselamatan "
                        "sebelum mulai bekerja, dan evaluasi di akhir bulan pertama membuat karyawan baru "
                        "lebih cepat produktif dan jauh lebih mungkin bertahan.</p>",
                    ),
                    ("heading", {"text": "Upah yang adil dan waktu kerja", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Karyawan lebih termotivasi ketika upahnya adil dan mudah dipahami. Dasarnya "
                        "adalah: sekurang-kurangnya upah minimum provinsi atau kabupaten/kota yang berlaku "
                        "(UMP/UMK); slip gaji yang menunjukkan cara upah dihitung, termasuk upah borongan, "
                        "lembur, dan potongan; tunjangan hari raya (THR) yang dibayar tepat waktu; dan "
                        "pendaftaran seluruh karyawan di BPJS Ketenagakerjaan dan BPJS Kesehatan. Jam kerja "
                        "mengikuti ketentuan 40 jam seminggu, lembur bersifat sukarela, dibayar, dan dalam "
                        "batas yang diizinkan hukum, serta waktu istirahat dan hari libur dihormati. Lebih "
                        "dari sekadar patuh, struktur upah sederhana yang menghargai keterampilan dan "
                        "keandalan memberi orang alasan untuk bertahan dan terus belajar.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Kepatuhan adalah batas bawah, bukan batas atas",
                            "text": "<p>Pelatih mendorong kepatuhan terhadap hukum ketenagakerjaan, tetapi "
                            "bukan penasihat hukum. Untuk pertanyaan terperinci tentang upah, "
                            "perjanjian kerja, atau lembur, rujuk perusahaan ke dinas ketenagakerjaan "
                            "(Disnaker) setempat atau asosiasi pengusaha. Tujuan modul ini melampaui "
                            "kepatuhan: praktik yang membuat orang-orang yang baik ingin bertahan.</p>",
                        },
                    ),
                    ("heading", {"text": "Dialog kinerja dan rencana pelatihan", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Dialog kinerja adalah percakapan dua arah yang teratur antara atasan dan karyawan, "
                        "dilakukan secara pribadi sedikitnya dua kali setahun. Dialog kinerja bukan rapat "
                        "pendisiplinan. Kedua pihak bersiap: apa yang berjalan baik, apa yang sulit, apa yang "
                        "dibutuhkan karyawan, dan satu atau dua sasaran untuk periode berikutnya. Kebutuhan "
                        "pelatihan yang muncul dari percakapan ini, bersama matriks keterampilan tentang siapa "
                        "yang dapat mengerjakan tugas apa, membentuk rencana pelatihan perusahaan. "
                        "Keterampilan ganda (multi-skilling) mengurangi risiko ketika satu orang kunci tidak "
                        "hadir atau keluar.</p>",
                    ),
                    ("heading", {"text": "Retensi dan ketidakhadiran", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Dua angka menunjukkan seberapa baik perusahaan mempertahankan karyawannya, dan "
                        "keduanya mudah dihitung setiap bulan:</p><ul><li><b>Tingkat keluar-masuk karyawan "
                        "(turnover)</b> = jumlah karyawan yang keluar dalam periode tersebut ÷ rata-rata "
                        "jumlah karyawan × 100.</li><li><b>Tingkat ketidakhadiran</b> = jumlah hari tidak "
                        "hadir tanpa rencana ÷ jumlah hari kerja terjadwal seluruh karyawan × "
                        "100.</li></ul><p>Mengganti pekerja terampil jauh lebih mahal daripada yang diduga "
                        "kebanyakan pemilik: waktu untuk merekrut, berminggu-minggu produksi yang berkurang "
                        "selama pendatang baru belajar, cacat tambahan, dan lembur bagi rekan yang mengisi "
                        "kekosongan. Menanyakan alasan setiap karyawan yang keluar, dan melihat kapan "
                        "ketidakhadiran terjadi, biasanya menunjukkan penyebab yang dapat ditangani "
                        "perusahaan.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah usaha sepatu dengan 35 pekerja di Ciomas, Bogor, kehilangan "
                            "hampir sepertiga penjahitnya setiap tahun, sebagian besar setelah Lebaran, "
                            "ketika pekerja yang mudik tidak kembali. Percakapan dengan karyawan yang "
                            "keluar menunjukkan bahwa banyak dari mereka tidak memahami cara upah "
                            "borongan dihitung dan merasa pekerja baru mendapat upah yang sama dengan "
                            "pekerja berpengalaman. EIT memperkenalkan slip gaji yang memuat jumlah "
                            "pasang yang dikerjakan dan tarif borongannya, tunjangan keterampilan kecil "
                            "bagi pekerja yang menguasai tiga operasi atau lebih, dan pertemuan "
                            "penyambutan setelah libur hari raya. Pada tahun berikutnya tingkat "
                            "keluar-masuk turun menjadi sekitar satu dari enam orang.",
                            "attribution": "",
                            "organisation": "Usaha sepatu, Ciomas, Bogor (contoh ilustrasi)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Panduan Pelatih: Manajemen Tenaga Kerja untuk Kerja Sama dan Keberhasilan "
                            "Usaha",
                            "description": "Cara menyiapkan, menyampaikan, dan menindaklanjuti Modul 4, "
                            "termasuk angka dasar ketenagakerjaan yang perlu dikumpulkan dan "
                            "cara menangani topik yang peka.",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 2
        {
            "slug": "classroom-sessions",
            "title": {
                "en": "Running the two-day classroom session",
                "id": "Menjalankan pelatihan kelas dua hari",
            },
            "introduction": {
                "en": "A half-day by half-day plan for the Module 4 classroom session, and how to make "
                "sensitive people topics safe to discuss when managers and workers learn together.",
                "id": "Rencana per setengah hari untuk pelatihan kelas Modul 4, dan cara membuat topik "
                "kepegawaian yang peka aman untuk dibicarakan ketika manajer dan pekerja belajar "
                "bersama.",
            },
            "estimated_minutes": 45,
            "downloads": ["trainer-guide", "participant-handbook"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>As in every SCORE module, four or five enterprises attend together, each with two "
                        "managers and two workers, ideally members of the EIT. For Module 4, ask each "
                        "enterprise to include the person who actually hires and pays staff, often the owner "
                        "or the administration head, because the improvement plan will change how they work. "
                        "Seat participants in enterprise teams, and use mixed groups of different enterprises "
                        "for role plays, where it is easier to speak freely than in front of one's own "
                        "manager.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Make it safe to talk about people issues",
                            "text": "<p>Agree ground rules in the first hour and write them on the wall: we "
                            "talk about practices, not about named individuals; personal stories stay "
                            "in the room; workers and managers have equal speaking time; no question is "
                            "a stupid question. Use anonymous cards whenever you ask about pay, "
                            "treatment or reasons for leaving.</p>",
                        },
                    ),
                    ("heading", {"text": "Day 1, morning: people as a competitive advantage", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Start with a round in which each enterprise reports one result from its Module 1 "
                        "work. Then run the exercise 'the best and the worst job I ever had': every "
                        "participant writes on cards what made a job good or bad. Managers and workers almost "
                        "always write the same things: being respected, knowing what is expected, fair and "
                        "clear pay, learning something, a supervisor who listens. Cluster the cards; they "
                        "become the map of the whole module.</p><p>Introduce the employment cycle, then let "
                        "each team calculate its own turnover and absenteeism rates from the baseline figures, "
                        "and estimate what one leaver costs: recruitment time, lost output during learning, "
                        "extra defects and overtime.</p>",
                    ),
                    ("heading", {"text": "Day 1, afternoon: jobs, recruitment and induction", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Teams write a job description for one key job in their enterprise, with the "
                        "workers describing what the job really involves. Using that job description, mixed "
                        "groups prepare three structured interview questions and one practical test, and then "
                        "role-play an interview with an observer who checks that questions are job-related and "
                        "non-discriminatory.</p><p>Close the day with induction: each participant remembers "
                        "their own first day at work, and teams draft the outline of an induction checklist "
                        "for their enterprise.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Write a job description together",
                            "objective": "Each enterprise team produces a one-page job description for one key "
                            "job, agreed between the managers and the workers, that can be used "
                            "for recruitment, induction and performance dialogue.",
                            "duration_minutes": 60,
                            "group_size": "Enterprise teams of 4 (2 managers, 2 workers)",
                            "materials": [
                                "Job description template from the participant handbook",
                                "Flip chart paper",
                                "Markers",
                                "Sticky notes",
                            ],
                            "steps": [
                                "Choose one job that is important for quality or output, preferably one held by "
                                "a worker in the team.",
                                "The workers list on sticky notes every task they do in a normal week; the "
                                "managers list what they expect from the job.",
                                "Compare the two lists and discuss the differences; agree the main tasks and "
                                "responsibilities.",
                                "Fill in the template: purpose, tasks, responsibilities, skills required, "
                                "working hours, reporting line.",
                                "Read it aloud to another team, which checks whether a newcomer would "
                                "understand the job from it.",
                                "Agree who in the enterprise will check the job description with all the people "
                                "who do this job.",
                            ],
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Day 2, morning: pay, working time and performance dialogue",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Start with pay transparency. Show an anonymised pay slip from one of the baseline "
                        "visits, or a fictitious one, and ask teams whether a worker could check from it how "
                        "their pay was calculated. Discuss the basics of minimum wage, overtime, THR and BPJS "
                        "in general terms, and collect on cards the questions workers most often have about "
                        "their pay.</p><p>Then introduce the performance dialogue. Participants practise in "
                        "trios (supervisor, employee, observer) with short role cards; everyone plays each "
                        "role once. The observer notes who talked most, whether the employee's view was heard, "
                        "and whether the conversation ended with agreed goals. Discuss in plenary what made "
                        "the dialogue work.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Day 2, afternoon: training plans, retention and the improvement plan",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Each team draws a skills matrix for one section of its enterprise and marks where "
                        "it depends on a single person. Then the teams write their improvement plan: three to "
                        "five actions for the next three months, each with an owner, a deadline and an "
                        "indicator, such as 'job descriptions for all sewing operators checked with the "
                        "operators by 15 May' or 'induction checklist used for every new hire'. Each plan is "
                        "presented in five minutes, receives one question and one suggestion from another "
                        "team, and the dates of the first consultancy visit are agreed.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Ask each enterprise to bring to class (figures only, no personal files)",
                            "items": [
                                "Number of employees by gender and by type of contract.",
                                "Number of leavers in the last 12 months, and by month if known.",
                                "Days of unplanned absence in the last three months.",
                                "Any existing job descriptions, vacancy notices or company regulations.",
                                "A blank or anonymised pay slip, or a description of how pay is calculated.",
                                "Any record of training given in the last year.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "In the job description exercise, the team of a teak furniture workshop in "
                            "Jepara discovered that the owner saw the finishing workers' job as "
                            "'sanding and varnishing', while the workers listed eleven tasks, including "
                            "checking wood moisture and repairing defects from the assembly section. "
                            "The difference explained why quality problems in assembly were never "
                            "reported: the finishers simply fixed them. The team's plan included a new "
                            "job description and a short daily handover between assembly and finishing.",
                            "attribution": "",
                            "organisation": "Furniture workshop, Jepara (illustrative case)",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Seperti dalam setiap modul SCORE, empat atau lima perusahaan hadir bersama, "
                        "masing-masing dengan dua manajer dan dua pekerja, idealnya anggota EIT. Untuk Modul "
                        "4, mintalah setiap perusahaan menyertakan orang yang benar-benar merekrut dan "
                        "menggaji karyawan, sering kali pemilik atau kepala administrasi, karena rencana "
                        "perbaikan akan mengubah cara kerja mereka. Dudukkan peserta per tim perusahaan, dan "
                        "gunakan kelompok campuran dari beberapa perusahaan untuk permainan peran, karena "
                        "lebih mudah berbicara terbuka di sana daripada di depan manajer sendiri.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jadikan aman untuk membicarakan masalah kepegawaian",
                            "text": "<p>Sepakati aturan dasar pada jam pertama dan tuliskan di dinding: kita "
                            "membicarakan praktik, bukan orang yang disebut namanya; cerita pribadi "
                            "tetap tinggal di ruangan; pekerja dan manajer mendapat waktu bicara yang "
                            "sama; tidak ada pertanyaan yang bodoh. Gunakan kartu tanpa nama setiap "
                            "kali Anda bertanya tentang upah, perlakuan, atau alasan orang keluar.</p>",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Hari 1, pagi: karyawan sebagai keunggulan bersaing",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Mulailah dengan putaran di mana setiap perusahaan melaporkan satu hasil kerja "
                        "Modul 1. Kemudian jalankan latihan 'pekerjaan terbaik dan terburuk yang pernah saya "
                        "alami': setiap peserta menuliskan pada kartu apa yang membuat suatu pekerjaan terasa "
                        "baik atau buruk. Manajer dan pekerja hampir selalu menulis hal yang sama: dihargai, "
                        "tahu apa yang diharapkan, upah yang adil dan jelas, belajar sesuatu, atasan yang mau "
                        "mendengarkan. Kelompokkan kartu-kartu itu; hasilnya menjadi peta seluruh "
                        "modul.</p><p>Perkenalkan siklus ketenagakerjaan, lalu biarkan setiap tim menghitung "
                        "tingkat keluar-masuk karyawan dan ketidakhadirannya sendiri dari angka kunjungan "
                        "awal, serta memperkirakan biaya satu karyawan yang keluar: waktu rekrutmen, produksi "
                        "yang hilang selama masa belajar, cacat tambahan, dan lembur.</p>",
                    ),
                    ("heading", {"text": "Hari 1, siang: jabatan, rekrutmen, dan orientasi", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Tim menulis uraian jabatan untuk satu jabatan kunci di perusahaannya, dengan "
                        "pekerja menjelaskan apa yang sebenarnya dikerjakan dalam jabatan itu. Berdasarkan "
                        "uraian jabatan tersebut, kelompok campuran menyiapkan tiga pertanyaan wawancara "
                        "terstruktur dan satu tes praktik, lalu memerankan wawancara dengan seorang pengamat "
                        "yang memeriksa apakah pertanyaannya berkaitan dengan pekerjaan dan tidak "
                        "diskriminatif.</p><p>Tutup hari dengan topik orientasi: setiap peserta mengingat hari "
                        "pertamanya bekerja, dan tim menyusun kerangka daftar periksa orientasi untuk "
                        "perusahaannya.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Menulis uraian jabatan bersama",
                            "objective": "Setiap tim perusahaan menghasilkan uraian jabatan satu halaman untuk "
                            "satu jabatan kunci, yang disepakati manajer dan pekerja, dan dapat "
                            "digunakan untuk rekrutmen, orientasi, dan dialog kinerja.",
                            "duration_minutes": 60,
                            "group_size": "Tim perusahaan berisi 4 orang (2 manajer, 2 pekerja)",
                            "materials": [
                                "Templat uraian jabatan dari buku pegangan peserta",
                                "Kertas plano",
                                "Spidol",
                                "Kertas tempel",
                            ],
                            "steps": [
                                "Pilih satu jabatan yang penting bagi mutu atau hasil produksi, sebaiknya "
                                "jabatan yang dipegang salah satu pekerja dalam tim.",
                                "Pekerja menuliskan di kertas tempel setiap tugas yang mereka kerjakan dalam "
                                "minggu biasa; manajer menuliskan apa yang mereka harapkan dari jabatan itu.",
                                "Bandingkan kedua daftar dan diskusikan perbedaannya; sepakati tugas dan "
                                "tanggung jawab utama.",
                                "Isi templat: tujuan, tugas, tanggung jawab, keterampilan yang dibutuhkan, jam "
                                "kerja, jalur pelaporan.",
                                "Bacakan kepada tim lain, yang memeriksa apakah karyawan baru akan memahami "
                                "jabatan itu dari uraian tersebut.",
                                "Sepakati siapa di perusahaan yang akan memeriksa uraian jabatan itu bersama "
                                "semua orang yang memegang jabatan tersebut.",
                            ],
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Hari 2, pagi: upah, waktu kerja, dan dialog kinerja",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Mulailah dengan transparansi upah. Tunjukkan slip gaji yang sudah disamarkan dari "
                        "salah satu kunjungan awal, atau slip gaji rekaan, dan tanyakan kepada tim apakah "
                        "seorang pekerja dapat memeriksa dari slip itu bagaimana upahnya dihitung. Bahas "
                        "dasar-dasar upah minimum, lembur, THR, dan BPJS secara umum, dan kumpulkan pada kartu "
                        "pertanyaan yang paling sering dimiliki pekerja tentang upahnya.</p><p>Kemudian "
                        "perkenalkan dialog kinerja. Peserta berlatih dalam kelompok bertiga (atasan, "
                        "karyawan, pengamat) dengan kartu peran singkat; setiap orang memainkan setiap peran "
                        "satu kali. Pengamat mencatat siapa yang paling banyak bicara, apakah pandangan "
                        "karyawan didengar, dan apakah percakapan diakhiri dengan sasaran yang disepakati. "
                        "Diskusikan dalam pleno apa yang membuat dialog berhasil.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Hari 2, siang: rencana pelatihan, retensi, dan rencana perbaikan",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Setiap tim menggambar matriks keterampilan untuk satu bagian di perusahaannya dan "
                        "menandai di mana perusahaan bergantung pada satu orang saja. Kemudian tim menulis "
                        "rencana perbaikan: tiga sampai lima tindakan untuk tiga bulan ke depan, masing-masing "
                        "dengan penanggung jawab, tenggat waktu, dan indikator, misalnya 'uraian jabatan semua "
                        "operator jahit sudah diperiksa bersama para operator paling lambat 15 Mei' atau "
                        "'daftar periksa orientasi digunakan untuk setiap karyawan baru'. Setiap rencana "
                        "dipresentasikan dalam lima menit, mendapat satu pertanyaan dan satu saran dari tim "
                        "lain, dan tanggal kunjungan konsultasi pertama disepakati.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Minta setiap perusahaan membawa ke kelas (hanya angka, tanpa berkas "
                            "pribadi)",
                            "items": [
                                "Jumlah karyawan menurut jenis kelamin dan jenis kontrak.",
                                "Jumlah karyawan yang keluar dalam 12 bulan terakhir, dan per bulan jika "
                                "diketahui.",
                                "Jumlah hari tidak hadir tanpa rencana dalam tiga bulan terakhir.",
                                "Uraian jabatan, pengumuman lowongan, atau peraturan perusahaan yang sudah ada.",
                                "Slip gaji kosong atau yang sudah disamarkan, atau penjelasan cara upah "
                                "dihitung.",
                                "Catatan pelatihan yang diberikan dalam setahun terakhir, jika ada.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Dalam latihan uraian jabatan, tim sebuah usaha mebel jati di Jepara "
                            "menemukan bahwa pemilik memandang pekerjaan bagian finishing sebagai "
                            "'mengamplas dan memernis', sementara para pekerja menuliskan sebelas "
                            "tugas, termasuk memeriksa kadar air kayu dan memperbaiki cacat dari bagian "
                            "perakitan. Perbedaan itu menjelaskan mengapa masalah mutu di bagian "
                            "perakitan tidak pernah dilaporkan: pekerja finishing diam-diam "
                            "memperbaikinya. Rencana tim mencakup uraian jabatan baru dan serah terima "
                            "harian singkat antara bagian perakitan dan finishing.",
                            "attribution": "",
                            "organisation": "Usaha mebel, Jepara (contoh ilustrasi)",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 3
        {
            "slug": "between-consultancy-visits",
            "title": {
                "en": "Between consultancy visits: the Enterprise Improvement Team at work",
                "id": "Di antara kunjungan konsultasi: Tim Peningkatan Perusahaan bekerja",
            },
            "introduction": {
                "en": "How the EIT puts its workforce improvement plan into practice, what the trainer "
                "checks at each of the three visits, and how results are measured and presented.",
                "id": "Bagaimana EIT menjalankan rencana perbaikan ketenagakerjaannya, apa yang diperiksa "
                "pelatih pada setiap kunjungan dari tiga kunjungan, dan bagaimana hasil diukur serta "
                "dipresentasikan.",
            },
            "estimated_minutes": 40,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>In Module 4 the trainer visits each enterprise three times over about three "
                        "months. Between visits, the Enterprise Improvement Team carries the work. Workforce "
                        "changes touch everyone in the enterprise, so the EIT's first task is to explain what "
                        "it plans and why, and to involve staff in shaping the new practices; a job "
                        "description or a pay structure imposed from above does little for cooperation.</p>",
                    ),
                    ("heading", {"text": "Sharing and completing the improvement plan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Within a week of the classroom session, the EIT presents the plan to all staff, "
                        "for example at a short meeting before a shift, and invites questions and suggestions, "
                        "using a suggestion box for those who prefer not to speak. It completes each action "
                        "with an owner, a deadline and an indicator, and posts the plan on the EIT notice "
                        "board. Where the plan touches pay or working time, the owner's commitment must be "
                        "explicit and written, because workers will judge the whole module by whether those "
                        "promises are kept.</p>",
                    ),
                    ("heading", {"text": "Implementation: changes staff can see", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Write or revise job descriptions together with the people who do each job, "
                        "starting with the jobs that matter most for quality and output.</li><li>Introduce the "
                        "induction checklist for every new employee from the next hire onward, with a named "
                        "buddy.</li><li>Make pay understandable: a pay slip that shows the calculation, and a "
                        "notice explaining piece rates, overtime and allowances.</li><li>Train supervisors in "
                        "the performance dialogue and hold the first round with every employee.</li><li>Build "
                        "the skills matrix and agree a training plan, with at least one multi-skilling step "
                        "per section.</li><li>Start monthly tracking of turnover and absenteeism, and a short "
                        "exit conversation with every leaver.</li></ul>",
                    ),
                    ("heading", {"text": "What the trainer checks at each visit", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol><li><b>Visit 1 (two to three weeks after class):</b> the plan has been presented "
                        "to staff; baseline figures are complete; the first job descriptions are drafted; the "
                        "trainer helps the EIT to prioritise and to prepare supervisors for performance "
                        "dialogue.</li><li><b>Visit 2 (about six to seven weeks after class):</b> job "
                        "descriptions are checked with the job holders; the induction checklist is in use; the "
                        "first dialogues have been held; monthly indicators are being recorded; obstacles are "
                        "discussed and the plan adjusted.</li><li><b>Visit 3 (about ten to twelve weeks after "
                        "class):</b> results are compiled for the presentation; new practices are written into "
                        "company procedures or regulations; the EIT agrees how to maintain them and schedules "
                        "a repeat staff survey.</li></ol>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Evidence to look for at a consultancy visit",
                            "items": [
                                "The improvement plan on the notice board, with status, owners and dates "
                                "updated.",
                                "Job descriptions signed or initialled by the job holders, not only by the "
                                "manager.",
                                "Completed induction checklists for staff hired since the classroom session.",
                                "A record of performance dialogues held (dates and agreed goals), without the "
                                "private content.",
                                "The skills matrix and the training plan, with at least one training activity "
                                "completed.",
                                "Monthly turnover and absenteeism figures, calculated the same way as the "
                                "baseline.",
                                "A short conversation with one or two workers: have they noticed any change?",
                            ],
                        },
                    ),
                    ("heading", {"text": "Measuring results", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Report two kinds of indicators. <b>Process indicators</b> show that the new "
                        "practices are in place: the share of jobs with an agreed job description, the share "
                        "of new staff inducted with the checklist, the share of employees who have had a "
                        "performance dialogue, training hours per employee. <b>Result indicators</b> show "
                        "their effect: the monthly turnover rate, the absenteeism rate, the time taken to fill "
                        "a vacancy, the share of new hires still employed after three months, and the staff "
                        "survey score. Where possible, link them to business results the enterprise already "
                        "tracks, such as defect rates or on-time delivery.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Watch the calendar",
                            "text": "<p>Turnover and absenteeism follow the seasons: they peak around Lebaran, "
                            "the school year and the harvest in rural areas. Compare a month with the "
                            "same month of the previous year where you can, and write the season next "
                            "to each figure, so that a normal seasonal rise is not mistaken for failure "
                            "or a seasonal dip for success.</p>",
                        },
                    ),
                    ("heading", {"text": "The results presentation workshop", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>At the end of the cycle the enterprises meet again. Each presents in ten to "
                        "fifteen minutes, a manager and a worker together: the starting situation, the actions "
                        "taken, before-and-after figures, examples of the new documents, what workers say has "
                        "changed, and the next steps. Remind teams not to show personal data or name "
                        "individuals. The discussion that follows is often the most valuable part: enterprises "
                        "exchange templates and ideas that they can adopt the next day.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A cassava chip producer in Malang with 40 workers, most of them women, had "
                            "an absenteeism rate of around 9 percent, concentrated on Mondays and on "
                            "school registration days. The staff survey and the EIT's discussions "
                            "showed that the fixed 6 a.m. start clashed with taking children to school. "
                            "The EIT agreed a second shift start at 8 a.m. for those who needed it, and "
                            "a simple procedure for requesting leave in advance. Within three months "
                            "the absenteeism rate had fallen to under 5 percent, and the frying line "
                            "stopped losing its first hour on Mondays.",
                            "attribution": "",
                            "organisation": "Snack food producer, Malang (illustrative case)",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Dalam Modul 4, pelatih mengunjungi setiap perusahaan tiga kali selama kurang lebih "
                        "tiga bulan. Di antara kunjungan, Tim Peningkatan Perusahaanlah yang menjalankan "
                        "pekerjaan. Perubahan ketenagakerjaan menyentuh setiap orang di perusahaan, sehingga "
                        "tugas pertama EIT adalah menjelaskan apa yang direncanakan dan mengapa, serta "
                        "melibatkan karyawan dalam membentuk praktik baru; uraian jabatan atau struktur upah "
                        "yang dipaksakan dari atas tidak banyak membantu kerja sama.</p>",
                    ),
                    ("heading", {"text": "Menyampaikan dan melengkapi rencana perbaikan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dalam waktu seminggu setelah pelatihan kelas, EIT mempresentasikan rencana kepada "
                        "seluruh karyawan, misalnya dalam pertemuan singkat sebelum giliran kerja, dan "
                        "mengundang pertanyaan serta saran, dengan kotak saran bagi mereka yang lebih suka "
                        "tidak berbicara. EIT melengkapi setiap tindakan dengan penanggung jawab, tenggat "
                        "waktu, dan indikator, lalu menempel rencana itu di papan informasi EIT. Jika rencana "
                        "menyangkut upah atau waktu kerja, komitmen pemilik harus dinyatakan secara tegas dan "
                        "tertulis, karena pekerja akan menilai seluruh modul dari apakah janji-janji itu "
                        "ditepati.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Pelaksanaan: perubahan yang dapat dilihat karyawan",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<ul><li>Tulis atau perbarui uraian jabatan bersama orang yang menjalankan setiap "
                        "jabatan, dimulai dari jabatan yang paling penting bagi mutu dan hasil "
                        "produksi.</li><li>Terapkan daftar periksa orientasi untuk setiap karyawan baru mulai "
                        "dari perekrutan berikutnya, dengan pendamping yang ditunjuk.</li><li>Buat upah mudah "
                        "dipahami: slip gaji yang menunjukkan perhitungannya, dan pengumuman yang menjelaskan "
                        "upah borongan, lembur, dan tunjangan.</li><li>Latih para atasan melakukan dialog "
                        "kinerja dan adakan putaran pertama dengan setiap karyawan.</li><li>Susun matriks "
                        "keterampilan dan sepakati rencana pelatihan, dengan sedikitnya satu langkah "
                        "keterampilan ganda di setiap bagian.</li><li>Mulai pencatatan bulanan tingkat "
                        "keluar-masuk karyawan dan ketidakhadiran, serta percakapan singkat dengan setiap "
                        "karyawan yang keluar.</li></ul>",
                    ),
                    ("heading", {"text": "Apa yang diperiksa pelatih pada setiap kunjungan", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol><li><b>Kunjungan 1 (dua sampai tiga minggu setelah kelas):</b> rencana sudah "
                        "dipresentasikan kepada karyawan; angka awal sudah lengkap; uraian jabatan pertama "
                        "sudah dirancang; pelatih membantu EIT menentukan prioritas dan menyiapkan para atasan "
                        "untuk dialog kinerja.</li><li><b>Kunjungan 2 (sekitar enam sampai tujuh minggu "
                        "setelah kelas):</b> uraian jabatan sudah diperiksa bersama pemegang jabatan; daftar "
                        "periksa orientasi sudah digunakan; dialog pertama sudah dilakukan; indikator bulanan "
                        "sudah dicatat; hambatan dibahas dan rencana disesuaikan.</li><li><b>Kunjungan 3 "
                        "(sekitar sepuluh sampai dua belas minggu setelah kelas):</b> hasil dihimpun untuk "
                        "presentasi; praktik baru dituangkan ke dalam prosedur atau peraturan perusahaan; EIT "
                        "menyepakati cara mempertahankannya dan menjadwalkan survei karyawan ulang.</li></ol>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Bukti yang dicari dalam kunjungan konsultasi",
                            "items": [
                                "Rencana perbaikan di papan informasi, dengan status, penanggung jawab, dan "
                                "tanggal yang diperbarui.",
                                "Uraian jabatan yang ditandatangani atau diparaf oleh pemegang jabatan, bukan "
                                "hanya oleh manajer.",
                                "Daftar periksa orientasi yang sudah diisi untuk karyawan yang direkrut sejak "
                                "pelatihan kelas.",
                                "Catatan dialog kinerja yang sudah dilakukan (tanggal dan sasaran yang "
                                "disepakati), tanpa isi pribadinya.",
                                "Matriks keterampilan dan rencana pelatihan, dengan sedikitnya satu kegiatan "
                                "pelatihan yang sudah selesai.",
                                "Angka bulanan tingkat keluar-masuk dan ketidakhadiran, dihitung dengan cara "
                                "yang sama seperti angka awal.",
                                "Percakapan singkat dengan satu atau dua pekerja: apakah mereka merasakan "
                                "perubahan?",
                            ],
                        },
                    ),
                    ("heading", {"text": "Mengukur hasil", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Laporkan dua jenis indikator. <b>Indikator proses</b> menunjukkan bahwa praktik "
                        "baru sudah berjalan: persentase jabatan yang memiliki uraian jabatan yang disepakati, "
                        "persentase karyawan baru yang menjalani orientasi dengan daftar periksa, persentase "
                        "karyawan yang sudah menjalani dialog kinerja, jam pelatihan per karyawan. "
                        "<b>Indikator hasil</b> menunjukkan dampaknya: tingkat keluar-masuk bulanan, tingkat "
                        "ketidakhadiran, waktu yang dibutuhkan untuk mengisi lowongan, persentase karyawan "
                        "baru yang masih bekerja setelah tiga bulan, dan nilai survei karyawan. Jika "
                        "memungkinkan, kaitkan dengan hasil usaha yang sudah dipantau perusahaan, seperti "
                        "tingkat cacat atau ketepatan waktu pengiriman.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Perhatikan kalender",
                            "text": "<p>Tingkat keluar-masuk dan ketidakhadiran mengikuti musim: puncaknya "
                            "sekitar Lebaran, tahun ajaran baru, dan musim panen di daerah perdesaan. "
                            "Bandingkan suatu bulan dengan bulan yang sama tahun sebelumnya jika "
                            "memungkinkan, dan tuliskan musimnya di samping setiap angka, agar kenaikan "
                            "musiman yang wajar tidak dianggap kegagalan dan penurunan musiman tidak "
                            "dianggap keberhasilan.</p>",
                        },
                    ),
                    ("heading", {"text": "Lokakarya presentasi hasil", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Di akhir siklus, perusahaan-perusahaan bertemu kembali. Setiap perusahaan "
                        "presentasi selama sepuluh sampai lima belas menit, seorang manajer dan seorang "
                        "pekerja bersama-sama: kondisi awal, tindakan yang dilakukan, angka sebelum dan "
                        "sesudah, contoh dokumen baru, perubahan yang dirasakan pekerja, dan langkah "
                        "selanjutnya. Ingatkan tim untuk tidak menampilkan data pribadi atau menyebut nama "
                        "orang. Diskusi sesudahnya sering menjadi bagian yang paling berharga: perusahaan "
                        "saling bertukar templat dan gagasan yang dapat langsung diterapkan keesokan "
                        "harinya.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah produsen keripik singkong di Malang dengan 40 pekerja, sebagian "
                            "besar perempuan, memiliki tingkat ketidakhadiran sekitar 9 persen, "
                            "terutama pada hari Senin dan pada hari pendaftaran sekolah. Survei "
                            "karyawan dan diskusi EIT menunjukkan bahwa jam masuk pukul 06.00 "
                            "berbenturan dengan waktu mengantar anak ke sekolah. EIT menyepakati jam "
                            "masuk kedua pukul 08.00 bagi yang membutuhkan, serta prosedur sederhana "
                            "untuk mengajukan izin lebih awal. Dalam tiga bulan tingkat ketidakhadiran "
                            "turun menjadi di bawah 5 persen, dan lini penggorengan tidak lagi "
                            "kehilangan jam pertamanya setiap hari Senin.",
                            "attribution": "",
                            "organisation": "Produsen makanan ringan, Malang (contoh ilustrasi)",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "running-a-staff-survey",
            "title": {
                "en": "Running a staff survey and acting on it",
                "id": "Menjalankan survei karyawan dan menindaklanjutinya",
            },
            "introduction": {
                "en": "How an Enterprise Improvement Team designs a short anonymous staff survey, runs it "
                "fairly, and turns the results into visible actions that build trust.",
                "id": "Bagaimana Tim Peningkatan Perusahaan merancang survei karyawan singkat tanpa nama, "
                "menjalankannya secara adil, dan mengubah hasilnya menjadi tindakan nyata yang "
                "membangun kepercayaan.",
            },
            "estimated_minutes": 45,
            "downloads": ["participant-handbook"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>Managers in small enterprises often believe they know what their staff think, "
                        "because they work side by side with them. Yet workers rarely tell the owner directly "
                        "that they do not understand their pay, that a supervisor shouts, or that the toilets "
                        "are a reason they are looking for another job. A short anonymous staff survey gives "
                        "everyone a voice, gives the EIT a baseline for Module 4, and, if it is followed by "
                        "action, shows staff that the improvement work is meant seriously.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Only ask if you are ready to act",
                            "text": "<p>A survey raises expectations. If nothing happens afterwards, staff "
                            "conclude that speaking up is pointless, and the next survey gets fewer and "
                            "less honest answers. Before the survey, the owner and the EIT agree that "
                            "results will be shared with everyone and that at least some actions will "
                            "follow within a month.</p>",
                        },
                    ),
                    ("heading", {"text": "Designing the survey", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Keep it short: ten to fifteen statements that take no more than ten minutes to "
                        "answer. Cover the themes of the module: clarity of the job, induction and training, "
                        "pay and working time, supervision and respect, communication, and the intention to "
                        "stay. Use a four-point scale (strongly disagree, disagree, agree, strongly agree) "
                        "with no neutral middle, so that people take a position. Add two open questions: 'What "
                        "is the best thing about working here?' and 'What one thing should we change "
                        "first?'</p><p>Write in simple, everyday Bahasa Indonesia, one idea per statement, and "
                        "test the form with two or three workers before printing. Do not ask for names, exact "
                        "age, or anything else that could identify a person in a small team.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Sample survey statements",
                            "items": [
                                "I know exactly what is expected of me in my job.",
                                "When I started, I was shown properly how to do my work safely.",
                                "I understand how my pay is calculated.",
                                "I receive my pay in full and on time.",
                                "Overtime is voluntary and agreed with me in advance.",
                                "My supervisor treats me with respect.",
                                "I can raise a problem with my supervisor without fear.",
                                "In the last six months someone has talked with me about my work and how I can "
                                "improve.",
                                "I have had the chance to learn new skills here.",
                                "I expect to still be working here in a year's time.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Running the survey", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Worker members of the EIT should hand out and collect the forms, not the owner or "
                        "the supervisors. Let people fill them in during working time, in a quiet place, and "
                        "drop them into a sealed box that is opened only in the presence of at least one "
                        "manager and one worker from the EIT. For colleagues who have difficulty reading, a "
                        "worker member of the EIT can read the statements aloud to a small group, and each "
                        "person marks their own form. Aim for a response rate of at least 80 percent; announce "
                        "the survey a few days in advance and explain why it is being done.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Protect anonymity",
                            "text": "<p>Never try to find out who wrote what, and never report results for a "
                            "group of fewer than five people; in a small section, combine it with "
                            "another. If staff suspect that forms are traced, by handwriting or by "
                            "numbered sheets, the survey loses all value and trust in the EIT is "
                            "damaged. In enterprises with fewer than about ten employees, a facilitated "
                            "group discussion without managers present works better than a written "
                            "survey.</p>",
                        },
                    ),
                    ("heading", {"text": "Analysing the results", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>For each statement, count the answers and calculate the percentage of people who "
                        "agree or strongly agree. A simple table on a flip chart is enough. Mark the three "
                        "statements with the highest agreement (strengths to keep) and the three with the "
                        "lowest (priorities). Sort the answers to the open questions into themes and count how "
                        "often each theme appears. For example, if 14 of 32 respondents agree that they "
                        "understand how their pay is calculated, the score is 44 percent, and pay transparency "
                        "becomes a priority.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "From survey results to actions",
                            "objective": "The EIT presents the survey results to all staff and agrees, together "
                            "with them, three concrete actions with owners and dates.",
                            "duration_minutes": 60,
                            "group_size": "All staff, or sections of up to 20, facilitated by two EIT members "
                            "(a manager and a worker)",
                            "materials": [
                                "Results table on a flip chart",
                                "Sticky notes in two colours",
                                "Marker pens",
                                "Blank action plan sheet",
                            ],
                            "steps": [
                                "Thank everyone for taking part and state the response rate.",
                                "Present the three strengths and the three priorities, without comment or "
                                "defence from managers.",
                                "In small mixed groups, staff write on sticky notes what lies behind each "
                                "priority and ideas for improvement.",
                                "Cluster the notes on the wall and read them out; ask for clarification, never "
                                "for names.",
                                "Agree three actions that can start within a month, each with an owner and a "
                                "date.",
                                "Tell staff when they will hear about progress and when the survey will be "
                                "repeated.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Closing the loop", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Post a 'you said, we did' sheet on the notice board: each priority from the "
                        "survey, the action agreed, and its status. Update it at least once a month. Some "
                        "issues cannot be solved quickly, such as a pay increase the enterprise cannot yet "
                        "afford; say so openly and explain what will be done instead. Repeat the same survey "
                        "after six months, using the same statements, so that the EIT can present the change "
                        "in scores at the results presentation workshop or at its next review.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A coffee processing business in Medan employs 30 women who sort green "
                            "beans by hand and are paid per kilogram sorted. In its first staff survey, "
                            "only about a third agreed that they understood how their pay was "
                            "calculated, and several open answers mentioned disputes at the weighing "
                            "scale. The EIT moved the scale to a visible place, introduced a daily "
                            "record card signed by both the sorter and the weigher, and posted the "
                            "rates per grade on the wall. Six months later, more than 80 percent agreed "
                            "with the pay statement, and the owner reported that arguments at the scale "
                            "had stopped.",
                            "attribution": "",
                            "organisation": "Coffee processor, Medan (illustrative case)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "participant-handbook",
                            "title": "Participant Handbook: Workforce Management",
                            "description": "Simple tools for every stage of the employment cycle, including the "
                            "staff survey guidance, to hand out to every participant.",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Manajer di usaha kecil sering yakin bahwa mereka tahu apa yang dipikirkan "
                        "karyawannya, karena mereka bekerja berdampingan setiap hari. Namun pekerja jarang "
                        "berterus terang kepada pemilik bahwa mereka tidak memahami upahnya, bahwa seorang "
                        "atasan suka membentak, atau bahwa kondisi toilet menjadi salah satu alasan mereka "
                        "mencari pekerjaan lain. Survei karyawan singkat tanpa nama memberi setiap orang "
                        "kesempatan bersuara, memberi EIT nilai awal untuk Modul 4, dan, jika diikuti "
                        "tindakan, menunjukkan kepada karyawan bahwa upaya perbaikan ini sungguh-sungguh.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Bertanyalah hanya jika siap bertindak",
                            "text": "<p>Survei menimbulkan harapan. Jika sesudahnya tidak terjadi apa-apa, "
                            "karyawan menyimpulkan bahwa bersuara tidak ada gunanya, dan survei "
                            "berikutnya mendapat jawaban yang lebih sedikit dan kurang jujur. Sebelum "
                            "survei, pemilik dan EIT menyepakati bahwa hasilnya akan disampaikan kepada "
                            "semua orang dan bahwa setidaknya beberapa tindakan akan menyusul dalam "
                            "waktu sebulan.</p>",
                        },
                    ),
                    ("heading", {"text": "Merancang survei", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Buatlah singkat: sepuluh sampai lima belas pernyataan yang dapat dijawab dalam "
                        "waktu tidak lebih dari sepuluh menit. Cakup tema-tema modul ini: kejelasan tugas, "
                        "orientasi dan pelatihan, upah dan waktu kerja, pengawasan dan sikap saling "
                        "menghargai, komunikasi, serta keinginan untuk bertahan. Gunakan skala empat pilihan "
                        "(sangat tidak setuju, tidak setuju, setuju, sangat setuju) tanpa pilihan netral di "
                        "tengah, agar orang menentukan sikap. Tambahkan dua pertanyaan terbuka: 'Apa hal "
                        "terbaik dari bekerja di sini?' dan 'Satu hal apa yang sebaiknya kita ubah lebih "
                        "dulu?'</p><p>Tulislah dalam bahasa Indonesia sehari-hari yang sederhana, satu gagasan "
                        "untuk setiap pernyataan, dan uji formulirnya pada dua atau tiga pekerja sebelum "
                        "dicetak. Jangan menanyakan nama, usia yang persis, atau hal lain yang dapat "
                        "mengungkap identitas seseorang dalam tim yang kecil.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Contoh pernyataan survei",
                            "items": [
                                "Saya tahu persis apa yang diharapkan dari saya dalam pekerjaan saya.",
                                "Saat mulai bekerja, saya ditunjukkan dengan baik cara melakukan pekerjaan saya "
                                "dengan aman.",
                                "Saya memahami cara upah saya dihitung.",
                                "Saya menerima upah saya secara penuh dan tepat waktu.",
                                "Lembur bersifat sukarela dan disepakati dengan saya sebelumnya.",
                                "Atasan saya memperlakukan saya dengan hormat.",
                                "Saya dapat menyampaikan masalah kepada atasan saya tanpa rasa takut.",
                                "Dalam enam bulan terakhir ada yang mengajak saya berbicara tentang pekerjaan "
                                "saya dan cara meningkatkannya.",
                                "Saya mendapat kesempatan mempelajari keterampilan baru di sini.",
                                "Saya memperkirakan masih bekerja di sini setahun lagi.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Menjalankan survei", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Anggota EIT dari unsur pekerja sebaiknya yang membagikan dan mengumpulkan "
                        "formulir, bukan pemilik atau para atasan. Biarkan karyawan mengisinya pada jam kerja, "
                        "di tempat yang tenang, lalu memasukkannya ke kotak tertutup yang hanya dibuka di "
                        "hadapan sedikitnya satu manajer dan satu pekerja anggota EIT. Bagi rekan yang "
                        "kesulitan membaca, anggota EIT dari unsur pekerja dapat membacakan pernyataan kepada "
                        "kelompok kecil, dan setiap orang mengisi formulirnya sendiri. Usahakan tingkat "
                        "pengembalian sedikitnya 80 persen; umumkan survei beberapa hari sebelumnya dan "
                        "jelaskan mengapa survei itu dilakukan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Lindungi kerahasiaan identitas",
                            "text": "<p>Jangan pernah mencoba mencari tahu siapa menulis apa, dan jangan pernah "
                            "melaporkan hasil untuk kelompok yang kurang dari lima orang; untuk bagian "
                            "yang kecil, gabungkan dengan bagian lain. Jika karyawan menduga formulir "
                            "dapat dilacak, melalui tulisan tangan atau lembar bernomor, survei "
                            "kehilangan seluruh nilainya dan kepercayaan terhadap EIT rusak. Di "
                            "perusahaan dengan kurang dari sekitar sepuluh karyawan, diskusi kelompok "
                            "yang difasilitasi tanpa kehadiran manajer lebih efektif daripada survei "
                            "tertulis.</p>",
                        },
                    ),
                    ("heading", {"text": "Menganalisis hasil", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Untuk setiap pernyataan, hitung jawabannya dan hitung persentase orang yang setuju "
                        "atau sangat setuju. Tabel sederhana di kertas plano sudah cukup. Tandai tiga "
                        "pernyataan dengan persetujuan tertinggi (kekuatan yang perlu dipertahankan) dan tiga "
                        "dengan persetujuan terendah (prioritas). Kelompokkan jawaban pertanyaan terbuka ke "
                        "dalam tema dan hitung berapa kali setiap tema muncul. Misalnya, jika 14 dari 32 "
                        "responden setuju bahwa mereka memahami cara upahnya dihitung, nilainya 44 persen, dan "
                        "transparansi upah menjadi prioritas.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Dari hasil survei menjadi tindakan",
                            "objective": "EIT menyampaikan hasil survei kepada seluruh karyawan dan bersama "
                            "mereka menyepakati tiga tindakan nyata lengkap dengan penanggung "
                            "jawab dan tanggalnya.",
                            "duration_minutes": 60,
                            "group_size": "Seluruh karyawan, atau per bagian hingga 20 orang, difasilitasi dua "
                            "anggota EIT (seorang manajer dan seorang pekerja)",
                            "materials": [
                                "Tabel hasil di kertas plano",
                                "Kertas tempel dua warna",
                                "Spidol",
                                "Lembar rencana tindakan kosong",
                            ],
                            "steps": [
                                "Ucapkan terima kasih kepada semua yang berpartisipasi dan sebutkan tingkat "
                                "pengembaliannya.",
                                "Sampaikan tiga kekuatan dan tiga prioritas, tanpa komentar atau pembelaan dari "
                                "manajer.",
                                "Dalam kelompok kecil campuran, karyawan menuliskan di kertas tempel apa yang "
                                "melatarbelakangi setiap prioritas dan gagasan perbaikannya.",
                                "Kelompokkan kertas tempel di dinding dan bacakan; mintalah penjelasan, jangan "
                                "pernah menanyakan nama.",
                                "Sepakati tiga tindakan yang dapat dimulai dalam sebulan, masing-masing dengan "
                                "penanggung jawab dan tanggal.",
                                "Beri tahu karyawan kapan mereka akan mendengar perkembangannya dan kapan "
                                "survei akan diulang.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Menuntaskan umpan balik", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Tempelkan lembar 'Anda bilang, kami lakukan' di papan informasi: setiap prioritas "
                        "dari survei, tindakan yang disepakati, dan statusnya. Perbarui sedikitnya sebulan "
                        "sekali. Sebagian masalah tidak dapat diselesaikan dengan cepat, misalnya kenaikan "
                        "upah yang belum mampu ditanggung perusahaan; sampaikan hal itu secara terbuka dan "
                        "jelaskan apa yang akan dilakukan sebagai gantinya. Ulangi survei yang sama setelah "
                        "enam bulan, dengan pernyataan yang sama, agar EIT dapat menyajikan perubahan nilainya "
                        "dalam lokakarya presentasi hasil atau dalam tinjauan berikutnya.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah usaha pengolahan kopi di Medan mempekerjakan 30 perempuan yang "
                            "menyortir biji kopi hijau dengan tangan dan dibayar per kilogram hasil "
                            "sortiran. Dalam survei karyawan pertamanya, hanya sekitar sepertiga yang "
                            "setuju bahwa mereka memahami cara upahnya dihitung, dan beberapa jawaban "
                            "terbuka menyebutkan perselisihan di timbangan. EIT memindahkan timbangan "
                            "ke tempat yang terlihat, memperkenalkan kartu catatan harian yang "
                            "ditandatangani penyortir dan penimbang, serta menempel tarif per mutu di "
                            "dinding. Enam bulan kemudian, lebih dari 80 persen setuju dengan "
                            "pernyataan tentang upah, dan pemilik melaporkan bahwa pertengkaran di "
                            "timbangan sudah berhenti.",
                            "attribution": "",
                            "organisation": "Pengolahan kopi, Medan (contoh ilustrasi)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "participant-handbook",
                            "title": "Buku Pegangan Peserta: Manajemen Tenaga Kerja",
                            "description": "Alat sederhana untuk setiap tahap siklus ketenagakerjaan, termasuk "
                            "panduan survei karyawan, untuk dibagikan kepada setiap peserta.",
                        },
                    ),
                ],
            },
        },
    ],
}
