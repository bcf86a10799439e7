"""Demo content: module 3 of SCORE Hospitality Coaching (HoCo), owned by that variant (see FORMAT.md).

HoCo is the variant curriculum for small hotels and restaurants, owned by Pro Serve Indonesia:
Workplace Cooperation, Service Excellence, A step forward to innovation; at most 6 businesses
per cycle, about 3 months, one coaching workshop day and coaching visits per module.
"""

MODULE = {
    "slug": "step-forward-to-innovation",
    "number": 3,
    "title": {"en": "A step forward to innovation", "id": "Selangkah Maju Menuju Inovasi"},
    "summary": {
        "en": (
            "A step forward to innovation is the third module of SCORE Hospitality Coaching (HoCo). It "
            "helps small hotels, guesthouses and restaurants develop new services and products in a "
            "disciplined, low-risk way: collect ideas from guests and staff, test the most promising ones "
            "with small, time-limited pilots, then cost, price and launch the ones that work. A one-day "
            "coaching workshop for up to six businesses is followed by three coaching visits, during which "
            "each business runs at least one pilot from idea to decision."
        ),
        "id": (
            "Selangkah Maju Menuju Inovasi adalah modul ketiga SCORE Hospitality Coaching (HoCo). Modul "
            "ini membantu hotel kecil, penginapan, dan restoran mengembangkan layanan dan produk baru "
            "secara tertib dan berisiko rendah: mengumpulkan ide dari tamu dan staf, menguji ide yang "
            "paling menjanjikan melalui uji coba kecil yang dibatasi waktunya, lalu menghitung biaya, "
            "menetapkan harga, dan meluncurkan ide yang berhasil. Lokakarya coaching satu hari untuk "
            "paling banyak enam usaha dilanjutkan dengan tiga kunjungan coaching, dan selama itu setiap "
            "usaha menjalankan sedikitnya satu uji coba dari ide sampai keputusan."
        ),
    },
    "objectives": {
        "en": [
            (
                "Collect and select ideas for new or better services systematically, from guest feedback "
                "and from a staff suggestion scheme."
            ),
            (
                "Design and run small, time-limited pilots with a clear measure of success, and decide on "
                "the evidence whether to adopt, adapt or drop an idea."
            ),
            (
                "Cost and price a new service or product, including staff time and one-off investment, and "
                "calculate when it breaks even."
            ),
            (
                "Launch a new offer with a written standard, trained staff and updated online listings, "
                "and review it after the first month."
            ),
        ],
        "id": [
            (
                "Mengumpulkan dan memilih ide untuk layanan baru atau layanan yang lebih baik secara "
                "sistematis, dari masukan tamu dan dari sistem saran staf."
            ),
            (
                "Merancang dan menjalankan uji coba kecil yang dibatasi waktunya dengan ukuran "
                "keberhasilan yang jelas, dan memutuskan berdasarkan bukti apakah sebuah ide diadopsi, "
                "disesuaikan, atau dihentikan."
            ),
            (
                "Menghitung biaya dan menetapkan harga layanan atau produk baru, termasuk waktu kerja staf "
                "dan investasi awal, serta menghitung kapan titik impasnya tercapai."
            ),
            (
                "Meluncurkan tawaran baru dengan standar tertulis, staf yang terlatih, dan profil daring "
                "yang diperbarui, lalu meninjaunya setelah bulan pertama."
            ),
        ],
    },
    "classroom_days": 1,
    "consultancy_visits": 3,
    "prerequisites": [],
    "materials": [
        {
            "key": "coaching-guide",
            "kind": "trainer_guide",
            "title": {
                "en": "HoCo coaching guide: A step forward to innovation",
                "id": "Panduan Coaching HoCo: Selangkah Maju Menuju Inovasi",
            },
            "paragraphs": {
                "en": [
                    (
                        "This guide is for SCORE trainers coaching the innovation module of SCORE "
                        "Hospitality Coaching (HoCo), the last module of a cycle of at most six small "
                        "hotels, guesthouses or restaurants over about three months. By now, each business "
                        "has an improvement team, service standards and a habit of reading guest feedback. "
                        "This module builds on that: the guest journey map, the complaint log and the "
                        "reviews become sources of ideas, and the daily briefing becomes the place where "
                        "staff suggest them."
                    ),
                    (
                        "Before the workshop, ask each owner to bring the guest journey worksheet from "
                        "Service Excellence, the complaint log, the last month's reviews and any ideas the "
                        "staff have already suggested. Ask also for basic figures: room rates or average "
                        "bill per guest, occupancy or covers per month, and the cost of one or two "
                        "existing products such as breakfast or a popular dish. Without these figures, "
                        "costing in the afternoon remains theoretical."
                    ),
                    (
                        "The workshop day moves from ideas to numbers. In the morning, businesses list "
                        "ideas from guests and staff, sort them into new services, new products, better "
                        "processes and new ways of reaching guests, and filter them with five simple "
                        "questions. Before lunch, each business chooses one idea and designs a pilot on "
                        "the pilot card: what exactly will be tested, for how long, with which guests, "
                        "what will be measured and what result counts as success. In the afternoon, "
                        "participants learn to cost a new offer, set a price and calculate the break-even "
                        "point, and they leave with a date on which the pilot starts."
                    ),
                    (
                        "Coaching visit 1, one to two weeks after the workshop, checks that the pilot has "
                        "started as designed, that staff know what to do and that the measurements are "
                        "being recorded. Visit 2 reviews the pilot results with the owner and staff, helps "
                        "them decide whether to adopt, adapt or drop the idea, and, if they adopt it, "
                        "completes the costing and the launch plan with them. Visit 3 checks the launch: "
                        "the written standard, staff training, the updated listings and the first sales "
                        "and guest feedback. It also helps the business prepare its presentation for the "
                        "closing results session of the HoCo cycle."
                    ),
                    (
                        "Keep innovation small and concrete. Owners of small businesses often either dream "
                        "of large investments or feel that innovation is not for them. Your role is to "
                        "show that a new breakfast item, a guided walk with a neighbour, a faster check-in "
                        "or a package for a local event are all innovations, and that testing them cheaply "
                        "is a skill the team can reuse long after the cycle. Record each visit in SCORE "
                        "Academy, and note the pilots run and their results for the business's progress "
                        "report."
                    ),
                ],
                "id": [
                    (
                        "Panduan ini ditujukan bagi pelatih SCORE yang melakukan coaching modul inovasi "
                        "dalam SCORE Hospitality Coaching (HoCo), modul terakhir dari satu siklus yang "
                        "melibatkan paling banyak enam hotel kecil, penginapan, atau restoran selama "
                        "sekitar tiga bulan. Pada tahap ini, setiap usaha sudah memiliki tim peningkatan, "
                        "standar layanan, dan kebiasaan membaca masukan tamu. Modul ini membangun di atas "
                        "semua itu: peta perjalanan tamu, catatan keluhan, dan ulasan menjadi sumber ide, "
                        "sedangkan briefing harian menjadi tempat staf menyampaikan ide."
                    ),
                    (
                        "Sebelum lokakarya, mintalah setiap pemilik membawa lembar kerja perjalanan tamu "
                        "dari modul Keunggulan Layanan, catatan keluhan, ulasan sebulan terakhir, dan "
                        "ide-ide yang pernah diusulkan staf. Mintalah juga angka-angka dasar: tarif kamar "
                        "atau rata-rata tagihan per tamu, tingkat hunian atau jumlah tamu makan per bulan, "
                        "serta biaya satu atau dua produk yang sudah ada, misalnya sarapan atau hidangan "
                        "favorit. Tanpa angka-angka ini, latihan menghitung biaya pada sore hari hanya "
                        "akan menjadi teori."
                    ),
                    (
                        "Hari lokakarya bergerak dari ide menuju angka. Pada pagi hari, setiap usaha "
                        "mendaftar ide dari tamu dan staf, mengelompokkannya menjadi layanan baru, produk "
                        "baru, proses yang lebih baik, dan cara baru menjangkau tamu, lalu menyaringnya "
                        "dengan lima pertanyaan sederhana. Menjelang makan siang, setiap usaha memilih "
                        "satu ide dan merancang uji coba pada kartu uji coba: apa tepatnya yang akan "
                        "diuji, berapa lama, dengan tamu yang mana, apa yang akan diukur, dan hasil "
                        "seperti apa yang dianggap berhasil. Pada sore hari, peserta belajar menghitung "
                        "biaya tawaran baru, menetapkan harga, dan menghitung titik impas, lalu pulang "
                        "dengan tanggal dimulainya uji coba."
                    ),
                    (
                        "Kunjungan coaching 1, satu sampai dua minggu setelah lokakarya, memeriksa apakah "
                        "uji coba sudah dimulai sesuai rancangan, apakah staf tahu apa yang harus "
                        "dilakukan, dan apakah pengukuran sudah dicatat. Kunjungan 2 meninjau hasil uji "
                        "coba bersama pemilik dan staf, membantu mereka memutuskan apakah ide itu "
                        "diadopsi, disesuaikan, atau dihentikan, dan jika diadopsi, melengkapi perhitungan "
                        "biaya dan rencana peluncuran bersama mereka. Kunjungan 3 memeriksa peluncuran: "
                        "standar tertulis, pelatihan staf, profil daring yang diperbarui, serta penjualan "
                        "dan masukan tamu yang pertama. Kunjungan ini juga membantu usaha menyiapkan "
                        "presentasinya untuk sesi penutupan dan pemaparan hasil siklus HoCo."
                    ),
                    (
                        "Jaga agar inovasi tetap kecil dan konkret. Pemilik usaha kecil sering memimpikan "
                        "investasi besar atau merasa bahwa inovasi bukan untuk mereka. Peran Anda adalah "
                        "menunjukkan bahwa menu sarapan baru, jalan-jalan berpemandu bersama tetangga, "
                        "check-in yang lebih cepat, atau paket untuk acara setempat semuanya adalah "
                        "inovasi, dan bahwa mengujinya dengan murah adalah keterampilan yang dapat dipakai "
                        "tim lama setelah siklus berakhir. Catat setiap kunjungan di SCORE Academy, "
                        "beserta uji coba yang dijalankan dan hasilnya untuk laporan kemajuan usaha "
                        "tersebut."
                    ),
                ],
            },
        },
        {
            "key": "idea-to-launch-worksheet",
            "kind": "worksheet",
            "title": {
                "en": "From idea to launch worksheet",
                "id": "Lembar Kerja Dari Ide hingga Peluncuran",
            },
            "paragraphs": {
                "en": [
                    (
                        "Part 1, the idea list. Write every idea on one line, with its source (review, "
                        "comment card, complaint, staff suggestion, observation, supplier or neighbour) "
                        "and its type (new service, new product, better process, new way of reaching "
                        "guests). Then filter each idea with five questions, answering yes or no: Does it "
                        "solve a guest problem or meet a wish that guests have expressed? Can we test it "
                        "small within four weeks? Is the cost of a test within what the owner can risk? "
                        "Does it fit who we are and what guests come to us for? Can our staff deliver it "
                        "with the skills and time they have? Ideas with five yes answers go to Part 2."
                    ),
                    (
                        "Part 2, the pilot card. Describe the idea in one sentence as an expectation: 'If "
                        "we ..., then ... will happen, because ...'. Then note: the pilot's start and end "
                        "date (two to four weeks); which guests, days or rooms are included; who is "
                        "responsible and what each staff member does differently; the cost of the pilot; "
                        "what will be measured, how and by whom, and its value before the pilot; and, "
                        "agreed in advance, what result means adopt, what means adapt and what means drop."
                    ),
                    (
                        "Part 3, the pilot results. Record the measurement every day or every week on a "
                        "simple tally sheet. At the end of the pilot, write down the result against the "
                        "target, what guests said, what staff said about the workload, any unexpected "
                        "problems or costs, and the decision: adopt, adapt (describe the change and run a "
                        "second short pilot) or drop (write down what was learned, so the idea is not "
                        "tried again in the same way)."
                    ),
                    (
                        "Part 4, costing and price. List the variable costs per guest or per unit "
                        "(ingredients, materials, commissions), the fixed costs per session or per month "
                        "(staff time at the real hourly cost, transport, gas and electricity), and the "
                        "one-off investment (equipment, printing, photographs). Compare the cost with the "
                        "prices of similar offers nearby and with what guests said they would pay. Set the "
                        "price, then calculate the contribution per guest (price minus variable cost per "
                        "guest), the minimum number of guests per session to cover the fixed costs, and "
                        "the number of sessions needed to recover the investment."
                    ),
                    (
                        "Part 5, the launch plan. Tick each item with a date and a responsible person: the "
                        "written standard or recipe; staff trained, including those on other shifts; "
                        "photographs taken; listings updated on online travel agents, Google Maps and "
                        "social media; the offer mentioned at check-in, in the room information and on the "
                        "menu; a feedback question added to comment cards; a review date 30 days after "
                        "launch to check sales, guest feedback and actual costs against the plan."
                    ),
                ],
                "id": [
                    (
                        "Bagian 1, daftar ide. Tuliskan setiap ide dalam satu baris, lengkap dengan "
                        "sumbernya (ulasan, kartu komentar, keluhan, saran staf, pengamatan, pemasok, atau "
                        "tetangga) dan jenisnya (layanan baru, produk baru, proses yang lebih baik, cara "
                        "baru menjangkau tamu). Kemudian saring setiap ide dengan lima pertanyaan, dijawab "
                        "ya atau tidak: Apakah ide ini menyelesaikan masalah tamu atau memenuhi keinginan "
                        "yang pernah disampaikan tamu? Dapatkah kita mengujinya dalam skala kecil dalam "
                        "empat minggu? Apakah biaya uji cobanya masih dalam batas risiko yang sanggup "
                        "ditanggung pemilik? Apakah ide ini sesuai dengan jati diri kita dan alasan tamu "
                        "datang kepada kita? Dapatkah staf kita menjalankannya dengan keterampilan dan "
                        "waktu yang mereka miliki? Ide dengan lima jawaban ya masuk ke Bagian 2."
                    ),
                    (
                        "Bagian 2, kartu uji coba. Gambarkan ide dalam satu kalimat sebagai harapan: 'Jika "
                        "kita ..., maka ... akan terjadi, karena ...'. Lalu catat: tanggal mulai dan "
                        "berakhirnya uji coba (dua sampai empat minggu); tamu, hari, atau kamar mana yang "
                        "termasuk; siapa penanggung jawabnya dan apa yang dilakukan berbeda oleh setiap "
                        "staf; biaya uji coba; apa yang akan diukur, bagaimana caranya dan oleh siapa, "
                        "serta nilainya sebelum uji coba; dan, disepakati sejak awal, hasil seperti apa "
                        "yang berarti diadopsi, disesuaikan, atau dihentikan."
                    ),
                    (
                        "Bagian 3, hasil uji coba. Catat pengukuran setiap hari atau setiap minggu pada "
                        "lembar turus sederhana. Di akhir uji coba, tuliskan hasilnya dibandingkan dengan "
                        "target, apa kata tamu, apa kata staf tentang beban kerjanya, masalah atau biaya "
                        "yang tidak terduga, dan keputusannya: diadopsi, disesuaikan (jelaskan "
                        "perubahannya dan jalankan uji coba singkat kedua), atau dihentikan (tuliskan "
                        "pelajarannya, agar ide itu tidak dicoba lagi dengan cara yang sama)."
                    ),
                    (
                        "Bagian 4, biaya dan harga. Daftar biaya variabel per tamu atau per unit (bahan "
                        "makanan, bahan habis pakai, komisi), biaya tetap per sesi atau per bulan (waktu "
                        "kerja staf dengan biaya per jam yang sebenarnya, transportasi, gas dan listrik), "
                        "dan investasi awal (peralatan, cetakan, foto). Bandingkan biaya itu dengan harga "
                        "tawaran serupa di sekitar dan dengan harga yang menurut tamu bersedia mereka "
                        "bayar. Tetapkan harga, lalu hitung kontribusi per tamu (harga dikurangi biaya "
                        "variabel per tamu), jumlah tamu minimum per sesi untuk menutup biaya tetap, dan "
                        "jumlah sesi yang diperlukan untuk mengembalikan investasi."
                    ),
                    (
                        "Bagian 5, rencana peluncuran. Centang setiap butir beserta tanggal dan penanggung "
                        "jawabnya: standar tertulis atau resep; staf sudah dilatih, termasuk yang bertugas "
                        "di giliran lain; foto sudah diambil; profil di agen perjalanan daring, Google "
                        "Maps, dan media sosial sudah diperbarui; tawaran disebutkan saat check-in, dalam "
                        "informasi kamar, dan di menu; satu pertanyaan tentang tawaran baru ditambahkan ke "
                        "kartu komentar; tanggal peninjauan 30 hari setelah peluncuran untuk membandingkan "
                        "penjualan, masukan tamu, dan biaya sebenarnya dengan rencana."
                    ),
                ],
            },
        },
    ],
    "lessons": [
        {
            "slug": "ideas-from-guests-and-staff",
            "title": {"en": "Finding ideas from guests and staff", "id": "Menggali ide dari tamu dan staf"},
            "introduction": {
                "en": (
                    "Good ideas for a small hotel or restaurant rarely come from a brainstorm in the "
                    "owner's office. They come from what guests keep asking for and what staff see every "
                    "day. This lesson shows how to collect and filter them."
                ),
                "id": (
                    "Ide yang baik untuk hotel kecil atau restoran jarang lahir dari curah pendapat di "
                    "ruang kerja pemilik. Ide itu datang dari apa yang terus diminta tamu dan apa yang "
                    "dilihat staf setiap hari. Pelajaran ini menunjukkan cara mengumpulkan dan "
                    "menyaringnya."
                ),
            },
            "estimated_minutes": 35,
            "downloads": ["idea-to-launch-worksheet"],
            "body": {
                "en": [
                    (
                        "heading",
                        {"text": "What innovation means in a small hotel or restaurant", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In HoCo, innovation means <b>something new for this business that creates "
                            "value for its guests or for the business itself</b>. It does not have to be "
                            "new to the world, high-tech or expensive. Four kinds are useful to "
                            "distinguish:</p><ul><li><b>New services</b>: airport pick-up, a guided "
                            "village walk, laundry, a cooking class.</li><li><b>New products</b>: a local "
                            "breakfast menu, a set lunch, packed meals, souvenirs made by "
                            "neighbours.</li><li><b>Better processes</b>: faster check-in, a new way to "
                            "plan housekeeping, less food waste in the kitchen.</li><li><b>New ways of "
                            "reaching guests</b>: a package for a local festival, a listing on a new "
                            "platform, offers for returning guests.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Small and frequent beats big and rare",
                            "text": (
                                "<p>A business that tests one small idea every month learns more, risks "
                                "less and keeps its staff more engaged than one that makes a single large "
                                "investment every few years. The aim of this module is to build that "
                                "habit, not to find one brilliant idea.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Where the ideas are", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Guest feedback</b>: reviews, comment cards and, above all, the "
                            "questions guests keep asking. Every repeated question ('Where can we rent a "
                            "scooter?', 'Can we have breakfast earlier?') points to a possible "
                            "service.</li><li><b>Complaints</b>: the complaint log from Service Excellence "
                            "shows where the current offer does not meet "
                            "expectations.</li><li><b>Staff</b>: front-line staff hear what guests say to "
                            "each other and see what they leave on their plates.</li><li><b>The "
                            "neighbourhood</b>: craftspeople, farmers, guides and other small businesses "
                            "that could offer something together with you.</li><li><b>The calendar</b>: "
                            "festivals, school holidays, the wedding season, long "
                            "weekends.</li><li><b>Other businesses</b>: what similar places elsewhere do "
                            "well, adapted rather than copied.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "A staff suggestion scheme that works", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Employee suggestion schemes are among the practices that SCORE enterprises "
                            "in Indonesia have used most successfully. In a small hotel or restaurant, the "
                            "scheme can be very simple: a notebook at the staff entrance, an 'idea of the "
                            "week' slot at the daily briefing, or a dedicated WhatsApp group. What makes "
                            "it work is not the format but the response:</p><ul><li>every suggestion gets "
                            "an answer within a week, even if the answer is 'not now, because "
                            "...';</li><li>the person who suggested an idea is involved in testing "
                            "it;</li><li>ideas that are used are recognised in front of the team.</li></ul>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Idea harvest",
                            "objective": (
                                "Each business builds a list of at least 15 ideas from real guest feedback "
                                "and staff experience, and selects the two most promising for a pilot."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "One team per business: the owner or manager and two or three staff from "
                                "different departments"
                            ),
                            "materials": [
                                "Guest journey worksheet from Service Excellence",
                                "The complaint log and last month's reviews",
                                "Idea cards in four colours (service, product, process, reaching guests)",
                                "From idea to launch worksheet, Part 1",
                            ],
                            "steps": [
                                (
                                    "Each team member reads the reviews and complaint log for ten minutes "
                                    "and writes every idea that comes to mind on a card, one idea per card."
                                ),
                                (
                                    "Staff add ideas from their own work: the questions guests ask most, "
                                    "and what guests leave behind or do not use."
                                ),
                                "The team sorts the cards into the four colours and removes duplicates.",
                                (
                                    "For each idea, the team answers the five filter questions on the "
                                    "worksheet."
                                ),
                                "Each member places three votes on the ideas that passed the filter.",
                                (
                                    "The team chooses the two ideas with the most votes and writes them in "
                                    "Part 2 of the worksheet for the pilot design."
                                ),
                            ],
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Five questions to filter ideas",
                            "items": [
                                "Does it solve a guest problem, or meet a wish that guests have expressed?",
                                "Can we test it small, within four weeks?",
                                "Is the cost of a test within what the owner can afford to risk?",
                                "Does it fit who we are and what guests come to us for?",
                                "Can our staff deliver it with the skills and time they have?",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Housekeeping staff at a 10-room guesthouse noticed that many foreign "
                                "guests asked where they could try making batik. The owner had never heard "
                                "this at the front desk. At the idea harvest, the suggestion came up "
                                "together with a review that mentioned the same wish. A staff member's "
                                "aunt ran a small batik workshop two streets away. The guesthouse agreed "
                                "with her on a two-hour introduction for up to six guests, with a simple "
                                "handkerchief to take home, and the staff member who had the idea took the "
                                "first guests there herself. The idea went into a three-week pilot the "
                                "following Monday."
                            ),
                            "attribution": "",
                            "organisation": "Guesthouse, Yogyakarta",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ask one question at every briefing for a month",
                            "text": (
                                "<p>'What did a guest ask for yesterday that we could not give?' Writing "
                                "down the answers for a month gives most small businesses more ideas than "
                                "they can test in a year, and they all come from real guests.</p>"
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Arti inovasi bagi hotel kecil atau restoran", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Dalam HoCo, inovasi berarti <b>sesuatu yang baru bagi usaha ini dan "
                            "memberi nilai bagi tamunya atau bagi usaha itu sendiri</b>. Inovasi tidak "
                            "harus baru bagi dunia, berteknologi tinggi, atau mahal. Ada empat jenis yang "
                            "berguna untuk dibedakan:</p><ul><li><b>Layanan baru</b>: penjemputan di "
                            "bandara, jalan-jalan berpemandu di desa, binatu, kelas "
                            "memasak.</li><li><b>Produk baru</b>: menu sarapan khas setempat, paket makan "
                            "siang, bekal makanan, suvenir buatan tetangga.</li><li><b>Proses yang lebih "
                            "baik</b>: check-in yang lebih cepat, cara baru mengatur jadwal tata graha, "
                            "sisa makanan yang lebih sedikit di dapur.</li><li><b>Cara baru menjangkau "
                            "tamu</b>: paket untuk festival setempat, profil di platform baru, penawaran "
                            "bagi tamu yang kembali.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Kecil dan sering lebih baik daripada besar dan jarang",
                            "text": (
                                "<p>Usaha yang menguji satu ide kecil setiap bulan belajar lebih banyak, "
                                "menanggung risiko lebih kecil, dan menjaga staf lebih terlibat daripada "
                                "usaha yang melakukan satu investasi besar setiap beberapa tahun. Tujuan "
                                "modul ini adalah membangun kebiasaan itu, bukan menemukan satu ide yang "
                                "luar biasa.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Di mana ide-ide itu berada", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Masukan tamu</b>: ulasan, kartu komentar, dan terutama pertanyaan "
                            "yang terus diajukan tamu. Setiap pertanyaan yang berulang ('Di mana kami bisa "
                            "menyewa motor?', 'Bisakah sarapan lebih pagi?') menunjuk pada kemungkinan "
                            "layanan baru.</li><li><b>Keluhan</b>: catatan keluhan dari modul Keunggulan "
                            "Layanan menunjukkan di mana tawaran saat ini belum memenuhi "
                            "harapan.</li><li><b>Staf</b>: staf garis depan mendengar apa yang dibicarakan "
                            "tamu satu sama lain dan melihat apa yang tersisa di piring "
                            "mereka.</li><li><b>Lingkungan sekitar</b>: perajin, petani, pemandu, dan "
                            "usaha kecil lain yang dapat menawarkan sesuatu bersama "
                            "Anda.</li><li><b>Kalender</b>: festival, libur sekolah, musim pernikahan, "
                            "libur panjang akhir pekan.</li><li><b>Usaha lain</b>: apa yang dilakukan "
                            "dengan baik oleh tempat serupa di daerah lain, disesuaikan, bukan disalin "
                            "mentah-mentah.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Sistem saran staf yang berjalan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Sistem saran karyawan termasuk praktik yang paling berhasil diterapkan "
                            "oleh perusahaan peserta SCORE di Indonesia. Di hotel kecil atau restoran, "
                            "sistem ini bisa sangat sederhana: buku catatan di pintu masuk staf, sesi 'ide "
                            "minggu ini' dalam briefing harian, atau grup WhatsApp khusus. Yang membuatnya "
                            "berjalan bukan bentuknya, melainkan tanggapannya:</p><ul><li>setiap saran "
                            "mendapat jawaban dalam seminggu, meskipun jawabannya 'belum sekarang, karena "
                            "...';</li><li>orang yang mengusulkan ide dilibatkan dalam "
                            "mengujinya;</li><li>ide yang dipakai diberi penghargaan di depan "
                            "tim.</li></ul>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Panen ide",
                            "objective": (
                                "Setiap usaha menyusun daftar sedikitnya 15 ide dari masukan tamu yang "
                                "nyata dan pengalaman staf, lalu memilih dua ide yang paling menjanjikan "
                                "untuk diuji coba."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "Satu tim per usaha: pemilik atau manajer serta dua atau tiga staf dari "
                                "bagian yang berbeda"
                            ),
                            "materials": [
                                "Lembar kerja perjalanan tamu dari modul Keunggulan Layanan",
                                "Catatan keluhan dan ulasan sebulan terakhir",
                                "Kartu ide dalam empat warna (layanan, produk, proses, menjangkau tamu)",
                                "Lembar kerja Dari Ide hingga Peluncuran, Bagian 1",
                            ],
                            "steps": [
                                (
                                    "Setiap anggota tim membaca ulasan dan catatan keluhan selama sepuluh "
                                    "menit dan menuliskan setiap ide yang terlintas di kartu, satu ide per "
                                    "kartu."
                                ),
                                (
                                    "Staf menambahkan ide dari pekerjaan mereka sendiri: pertanyaan yang "
                                    "paling sering diajukan tamu, dan apa yang ditinggalkan atau tidak "
                                    "digunakan tamu."
                                ),
                                "Tim memilah kartu menurut empat warna dan menyingkirkan ide yang sama.",
                                "Untuk setiap ide, tim menjawab lima pertanyaan penyaring di lembar kerja.",
                                "Setiap anggota memberikan tiga suara pada ide-ide yang lolos saringan.",
                                (
                                    "Tim memilih dua ide dengan suara terbanyak dan menuliskannya di "
                                    "Bagian 2 lembar kerja untuk merancang uji coba."
                                ),
                            ],
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Lima pertanyaan untuk menyaring ide",
                            "items": [
                                (
                                    "Apakah ide ini menyelesaikan masalah tamu, atau memenuhi keinginan "
                                    "yang pernah disampaikan tamu?"
                                ),
                                "Dapatkah kita mengujinya dalam skala kecil, dalam empat minggu?",
                                (
                                    "Apakah biaya uji cobanya masih dalam batas risiko yang sanggup "
                                    "ditanggung pemilik?"
                                ),
                                (
                                    "Apakah ide ini sesuai dengan jati diri kita dan alasan tamu datang "
                                    "kepada kita?"
                                ),
                                (
                                    "Dapatkah staf kita menjalankannya dengan keterampilan dan waktu yang "
                                    "mereka miliki?"
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Staf tata graha di sebuah penginapan dengan 10 kamar memperhatikan bahwa "
                                "banyak tamu mancanegara bertanya di mana mereka bisa mencoba membatik. "
                                "Pemilik tidak pernah mendengar pertanyaan ini di meja depan. Dalam panen "
                                "ide, usulan itu muncul bersama sebuah ulasan yang menyebut keinginan yang "
                                "sama. Bibi salah seorang staf mengelola bengkel batik kecil dua gang dari "
                                "penginapan. Penginapan itu bersepakat dengannya untuk mengadakan "
                                "pengenalan membatik selama dua jam bagi paling banyak enam tamu, dengan "
                                "sapu tangan sederhana sebagai oleh-oleh, dan staf yang mengusulkan ide "
                                "itu sendiri yang mengantar tamu pertama ke sana. Ide tersebut masuk ke "
                                "uji coba tiga minggu mulai Senin berikutnya."
                            ),
                            "attribution": "",
                            "organisation": "Penginapan, Yogyakarta",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ajukan satu pertanyaan di setiap briefing selama sebulan",
                            "text": (
                                "<p>'Apa yang kemarin diminta tamu tetapi tidak bisa kita berikan?' "
                                "Mencatat jawabannya selama sebulan memberi sebagian besar usaha kecil "
                                "lebih banyak ide daripada yang dapat mereka uji dalam setahun, dan "
                                "semuanya berasal dari tamu yang nyata.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "testing-small-changes",
            "title": {
                "en": "Testing small changes: running a pilot",
                "id": "Menguji perubahan kecil: menjalankan uji coba",
            },
            "introduction": {
                "en": (
                    "Before a business invests in a new idea, it should find out whether guests want it "
                    "and whether the team can deliver it. This lesson shows how to design and run a small, "
                    "time-limited pilot and decide on the evidence."
                ),
                "id": (
                    "Sebelum sebuah usaha berinvestasi pada ide baru, usaha itu perlu mengetahui apakah "
                    "tamu menginginkannya dan apakah tim mampu menjalankannya. Pelajaran ini menunjukkan "
                    "cara merancang dan menjalankan uji coba kecil yang dibatasi waktunya, lalu memutuskan "
                    "berdasarkan bukti."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["idea-to-launch-worksheet", "coaching-guide"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        (
                            "<p>Many small businesses launch new ideas all at once: new menu cards are "
                            "printed, equipment is bought, the price is announced online. When guests do "
                            "not respond, the money is spent and the team is discouraged. A pilot works "
                            "the other way round: try the idea on a small scale, for a short time, measure "
                            "what happens, and only then decide.</p>"
                        ),
                    ),
                    ("heading", {"text": "Why pilot first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>It limits the risk</b>: a three-week test with a handwritten menu "
                            "board costs very little.</li><li><b>It shows what guests do, not what they "
                            "say</b>: many guests say they would like a cooking class; fewer actually book "
                            "one.</li><li><b>It reveals practical problems</b> early: the kitchen cannot "
                            "prepare the new dish during the lunch rush, or the guide is not available on "
                            "Sundays.</li><li><b>It involves the staff</b>, who help improve the idea "
                            "rather than receive it as an order.</li></ul><p>A pilot is a "
                            "Plan-Do-Check-Act cycle, the same improvement cycle that SCORE uses in all "
                            "its modules: plan the test, do it, check the results, act on them.</p>"
                        ),
                    ),
                    ("heading", {"text": "Designing a pilot", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>State the idea as an expectation</b>: 'If we offer a set lunch for "
                            "office workers at a fixed price, then weekday lunch covers will increase, "
                            "because offices nearby have no quick, affordable option.'</li><li><b>Keep it "
                            "small</b>: one meal period, one room type, weekends only, or one group of "
                            "guests.</li><li><b>Limit the time</b>: two to four weeks, with a start and an "
                            "end date written down.</li><li><b>Measure before and during</b>: choose one "
                            "or two measures and record their value before the pilot "
                            "starts.</li><li><b>Decide who does what</b>, and brief every staff member "
                            "involved.</li><li><b>Agree in advance what counts as success</b>, so that the "
                            "decision is not made on feelings afterwards.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "The pilot card",
                            "items": [
                                "The idea in one sentence: if we ..., then ..., because ...",
                                "Start date and end date (two to four weeks).",
                                "Which guests, days, rooms or meal periods are included.",
                                "Who is responsible, and what each staff member does differently.",
                                "The cost of the pilot, and who approved it.",
                                "What is measured, how, by whom, and its value before the pilot.",
                                (
                                    "The result that means adopt, the result that means adapt and the "
                                    "result that means drop."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Measuring without complicated tools", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Small businesses can measure most pilots with what they already have: a "
                            "tally sheet at the cashier or front desk, the sales records of the cash "
                            "register or point-of-sale app, the booking records, and a two-question card "
                            "for guests who tried the new offer ('How did you like it? Would you recommend "
                            "it?'). Ask staff to note how much time the new offer takes them: an idea that "
                            "guests love but that overloads the kitchen is not yet ready.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Do not judge a pilot after three days",
                            "text": (
                                "<p>The first days of a pilot are often the worst: staff are still "
                                "learning, and guests do not know about the offer yet. Agree on the "
                                "duration in advance and stick to it, unless the pilot causes a safety "
                                "problem or clearly harms the guest experience. Equally, do not extend a "
                                "pilot indefinitely because nobody wants to decide.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Designing a pilot card",
                            "objective": (
                                "Each business turns its chosen idea into a pilot it can start within a "
                                "week of the workshop."
                            ),
                            "duration_minutes": 45,
                            "group_size": "One team per business, then pairs of businesses for peer review",
                            "materials": [
                                "From idea to launch worksheet, Part 2",
                                "The two ideas chosen in the idea harvest",
                                "Flip chart and markers",
                            ],
                            "steps": [
                                (
                                    "The team writes its idea as an expectation: if we ..., then ..., "
                                    "because ..."
                                ),
                                "The team decides the scale and dates, and who does what.",
                                (
                                    "The team chooses one or two measures and writes down their current "
                                    "value, or how it will be collected in the first days."
                                ),
                                "The team agrees on the results that will mean adopt, adapt or drop.",
                                (
                                    "Two businesses swap pilot cards and challenge each other: is it small "
                                    "enough? Is the measure realistic? What could go wrong?"
                                ),
                                "Each team corrects its card and fixes the start date.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Adopt, adapt or drop", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>At the end of the pilot, the team meets with the results on the table and "
                            "decides:</p><ul><li><b>Adopt</b>: the target was met and the workload is "
                            "manageable. The idea moves on to costing and launch.</li><li><b>Adapt</b>: "
                            "guests liked it but something did not work, such as the price, the timing or "
                            "the preparation. Change one thing and run a short second "
                            "pilot.</li><li><b>Drop</b>: guests did not respond, or the cost or workload "
                            "is too high. Write down what was learned and thank the team. A dropped idea "
                            "is not a failure; it is money and time saved.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A café-restaurant with 30 seats near an office area served about 25 lunch "
                                "covers on a weekday. A waiter suggested a set lunch for office workers: "
                                "two choices of main dish with rice and iced tea at a fixed price of IDR "
                                "35,000, served within ten minutes. The team piloted it for three weeks, "
                                "Monday to Friday only, with a board outside the door and a message to the "
                                "WhatsApp groups of two nearby offices. Weekday lunch covers rose to an "
                                "average of 41, and the comment cards were positive, but the kitchen "
                                "struggled to serve on time between 12:00 and 12:30. The team adapted: the "
                                "two set dishes were prepared in advance from 11:00, and a second two-week "
                                "pilot kept service within ten minutes. The set lunch was then adopted."
                            ),
                            "attribution": "",
                            "organisation": "Café-restaurant, Bandung",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        (
                            "<p>Banyak usaha kecil meluncurkan ide baru secara sekaligus: kartu menu baru "
                            "dicetak, peralatan dibeli, harga diumumkan secara daring. Ketika tamu tidak "
                            "menanggapi, uang sudah terpakai dan tim menjadi kecewa. Uji coba bekerja "
                            "dengan cara sebaliknya: coba ide itu dalam skala kecil, untuk waktu yang "
                            "singkat, ukur apa yang terjadi, baru kemudian putuskan.</p>"
                        ),
                    ),
                    ("heading", {"text": "Mengapa uji coba lebih dulu", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Membatasi risiko</b>: uji coba tiga minggu dengan papan menu "
                            "tulisan tangan hanya memerlukan biaya yang sangat "
                            "kecil.</li><li><b>Menunjukkan apa yang dilakukan tamu, bukan apa yang mereka "
                            "katakan</b>: banyak tamu mengatakan ingin ikut kelas memasak; yang "
                            "benar-benar memesan jauh lebih sedikit.</li><li><b>Mengungkap masalah "
                            "praktis</b> sejak awal: dapur tidak sanggup menyiapkan hidangan baru saat jam "
                            "ramai makan siang, atau pemandu tidak tersedia pada hari "
                            "Minggu.</li><li><b>Melibatkan staf</b>, yang ikut menyempurnakan ide itu "
                            "alih-alih menerimanya sebagai perintah.</li></ul><p>Uji coba adalah siklus "
                            "Rencanakan-Kerjakan-Periksa-Tindak lanjuti (PDCA), siklus perbaikan yang sama "
                            "dengan yang digunakan SCORE di semua modulnya: rencanakan ujinya, jalankan, "
                            "periksa hasilnya, dan tindak lanjuti.</p>"
                        ),
                    ),
                    ("heading", {"text": "Merancang uji coba", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Nyatakan ide sebagai harapan</b>: 'Jika kita menawarkan paket "
                            "makan siang untuk pekerja kantor dengan harga tetap, maka jumlah tamu makan "
                            "siang pada hari kerja akan bertambah, karena kantor-kantor di sekitar tidak "
                            "punya pilihan yang cepat dan terjangkau.'</li><li><b>Buat tetap kecil</b>: "
                            "satu waktu makan, satu tipe kamar, hanya akhir pekan, atau satu kelompok "
                            "tamu.</li><li><b>Batasi waktunya</b>: dua sampai empat minggu, dengan tanggal "
                            "mulai dan berakhir yang dituliskan.</li><li><b>Ukur sebelum dan selama uji "
                            "coba</b>: pilih satu atau dua ukuran dan catat nilainya sebelum uji coba "
                            "dimulai.</li><li><b>Tentukan siapa mengerjakan apa</b>, dan beri penjelasan "
                            "kepada setiap staf yang terlibat.</li><li><b>Sepakati sejak awal apa yang "
                            "dianggap berhasil</b>, agar keputusan nantinya tidak diambil berdasarkan "
                            "perasaan.</li></ol>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Kartu uji coba",
                            "items": [
                                "Ide dalam satu kalimat: jika kita ..., maka ..., karena ...",
                                "Tanggal mulai dan tanggal berakhir (dua sampai empat minggu).",
                                "Tamu, hari, kamar, atau waktu makan mana yang termasuk.",
                                (
                                    "Siapa penanggung jawabnya, dan apa yang dilakukan berbeda oleh setiap "
                                    "staf."
                                ),
                                "Biaya uji coba, dan siapa yang menyetujuinya.",
                                (
                                    "Apa yang diukur, bagaimana caranya, oleh siapa, dan nilainya sebelum "
                                    "uji coba."
                                ),
                                (
                                    "Hasil yang berarti diadopsi, hasil yang berarti disesuaikan, dan "
                                    "hasil yang berarti dihentikan."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Mengukur tanpa alat yang rumit", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Usaha kecil dapat mengukur sebagian besar uji coba dengan apa yang sudah "
                            "mereka miliki: lembar turus di kasir atau meja depan, catatan penjualan dari "
                            "mesin kasir atau aplikasi kasir, catatan pemesanan, serta kartu berisi dua "
                            "pertanyaan untuk tamu yang mencoba tawaran baru ('Bagaimana menurut Anda? "
                            "Apakah Anda akan merekomendasikannya?'). Mintalah staf mencatat berapa banyak "
                            "waktu yang mereka perlukan untuk tawaran baru itu: ide yang disukai tamu "
                            "tetapi membuat dapur kewalahan belum siap dijalankan.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jangan menilai uji coba setelah tiga hari",
                            "text": (
                                "<p>Hari-hari pertama uji coba sering kali yang terburuk: staf masih "
                                "belajar, dan tamu belum tahu tentang tawaran itu. Sepakati lamanya uji "
                                "coba sejak awal dan patuhi, kecuali jika uji coba menimbulkan masalah "
                                "keselamatan atau jelas merusak pengalaman tamu. Sebaliknya, jangan "
                                "memperpanjang uji coba tanpa batas hanya karena tidak ada yang mau "
                                "memutuskan.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Merancang kartu uji coba",
                            "objective": (
                                "Setiap usaha mengubah ide pilihannya menjadi uji coba yang dapat dimulai "
                                "dalam seminggu setelah lokakarya."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Satu tim per usaha, kemudian berpasangan antarusaha untuk saling meninjau"
                            ),
                            "materials": [
                                "Lembar kerja Dari Ide hingga Peluncuran, Bagian 2",
                                "Dua ide yang dipilih dalam panen ide",
                                "Kertas plano dan spidol",
                            ],
                            "steps": [
                                (
                                    "Tim menuliskan idenya sebagai harapan: jika kita ..., maka ..., "
                                    "karena ..."
                                ),
                                "Tim menentukan skala dan tanggal uji coba, serta siapa mengerjakan apa.",
                                (
                                    "Tim memilih satu atau dua ukuran dan menuliskan nilainya saat ini, "
                                    "atau cara mengumpulkannya pada hari-hari pertama."
                                ),
                                (
                                    "Tim menyepakati hasil yang berarti diadopsi, disesuaikan, atau "
                                    "dihentikan."
                                ),
                                (
                                    "Dua usaha bertukar kartu uji coba dan saling menguji: apakah cukup "
                                    "kecil? Apakah ukurannya realistis? Apa yang bisa salah?"
                                ),
                                "Setiap tim memperbaiki kartunya dan menetapkan tanggal mulai.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Adopsi, sesuaikan, atau hentikan", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Di akhir uji coba, tim bertemu dengan hasil di atas meja dan "
                            "memutuskan:</p><ul><li><b>Adopsi</b>: target tercapai dan beban kerjanya "
                            "dapat dikelola. Ide berlanjut ke perhitungan biaya dan "
                            "peluncuran.</li><li><b>Sesuaikan</b>: tamu menyukainya tetapi ada yang tidak "
                            "berjalan, misalnya harga, waktu, atau persiapannya. Ubah satu hal dan "
                            "jalankan uji coba kedua yang singkat.</li><li><b>Hentikan</b>: tamu tidak "
                            "menanggapi, atau biaya atau beban kerjanya terlalu tinggi. Tuliskan "
                            "pelajarannya dan ucapkan terima kasih kepada tim. Ide yang dihentikan bukan "
                            "kegagalan; itu uang dan waktu yang berhasil dihemat.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah kafe-restoran dengan 30 kursi di dekat kawasan perkantoran "
                                "melayani sekitar 25 tamu makan siang pada hari kerja. Seorang pramusaji "
                                "mengusulkan paket makan siang untuk pekerja kantor: dua pilihan lauk "
                                "utama dengan nasi dan es teh seharga tetap Rp35.000, disajikan dalam "
                                "sepuluh menit. Tim menguji coba paket itu selama tiga minggu, hanya Senin "
                                "sampai Jumat, dengan papan di depan pintu dan pesan ke grup WhatsApp dua "
                                "kantor terdekat. Rata-rata tamu makan siang pada hari kerja naik menjadi "
                                "41 orang, dan kartu komentar bernada positif, tetapi dapur kesulitan "
                                "menyajikan tepat waktu antara pukul 12.00 dan 12.30. Tim menyesuaikan: "
                                "kedua lauk paket disiapkan lebih dulu mulai pukul 11.00, dan uji coba "
                                "kedua selama dua minggu berhasil menjaga penyajian dalam sepuluh menit. "
                                "Paket makan siang itu kemudian diadopsi."
                            ),
                            "attribution": "",
                            "organisation": "Kafe-restoran, Bandung",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "from-idea-to-launch",
            "title": {
                "en": "From idea to new service or product: costing and launching it",
                "id": "Dari ide menjadi layanan atau produk baru: menghitung biaya dan meluncurkannya",
            },
            "introduction": {
                "en": (
                    "A pilot that works still has to become a real product: clearly defined, correctly "
                    "priced and known to guests. This lesson covers defining the offer, costing and "
                    "pricing it, and launching it."
                ),
                "id": (
                    "Uji coba yang berhasil masih harus diubah menjadi produk yang sesungguhnya: "
                    "didefinisikan dengan jelas, diberi harga yang tepat, dan dikenal tamu. Pelajaran ini "
                    "membahas cara mendefinisikan tawaran, menghitung biaya dan harganya, lalu "
                    "meluncurkannya."
                ),
            },
            "estimated_minutes": 45,
            "downloads": ["idea-to-launch-worksheet"],
            "body": {
                "en": [
                    ("heading", {"text": "Turning a successful pilot into an offer", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>During a pilot, staff improvise and the owner often pays for extras "
                            "without counting. Before the launch, the team defines the offer "
                            "precisely:</p><ul><li><b>What is included</b>, and what is not (for example, "
                            "transport, drinks, materials to take home);</li><li><b>For whom</b>, and the "
                            "minimum and maximum number of guests;</li><li><b>When</b> it is available, "
                            "and how far in advance guests must book;</li><li><b>Who delivers it</b>, and "
                            "who replaces that person on days off;</li><li><b>The standard</b>: a short "
                            "written procedure or standard recipe, in the same style as the service "
                            "standards from Service Excellence.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Costing the new offer", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Separate three kinds of cost:</p><ul><li><b>Variable costs per guest</b>: "
                            "costs that rise with each extra guest, such as ingredients, materials and the "
                            "commission charged by a booking platform.</li><li><b>Fixed costs per "
                            "session</b>: costs that are the same whether one guest or six take part, such "
                            "as staff time, transport and gas.</li><li><b>One-off investment</b>: "
                            "equipment, printing and photographs, paid once before the "
                            "launch.</li></ul><p>The <b>contribution per guest</b> is the price minus the "
                            "variable cost per guest. Divide the fixed cost per session by the "
                            "contribution per guest to find the <b>minimum number of guests</b> for a "
                            "session to break even. Divide the investment by the profit per session to "
                            "find how many sessions it takes to <b>recover the investment</b>.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Worked example: a cooking class for hotel guests", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>A guesthouse plans a morning cooking class for up to four guests, "
                            "including a visit to the local market.</p><ul><li>Variable costs per guest: "
                            "ingredients IDR 50,000 and a printed recipe card IDR 5,000, a total of <b>IDR "
                            "55,000</b>.</li><li>Fixed costs per session: the cook's time, 3 hours at IDR "
                            "25,000, is IDR 75,000; transport to the market IDR 100,000; gas and "
                            "electricity IDR 20,000. Total <b>IDR 195,000</b>.</li><li>One-off investment: "
                            "aprons, extra utensils and photographs, <b>IDR 1,200,000</b>.</li><li>Price: "
                            "similar classes nearby charge IDR 175,000 to IDR 250,000, so the team sets "
                            "<b>IDR 200,000 per guest</b>.</li></ul><p>Contribution per guest: 200,000 − "
                            "55,000 = IDR 145,000. Break-even: 195,000 ÷ 145,000 = 1.3, so a session needs "
                            "<b>at least two guests</b>. With four guests, revenue is IDR 800,000, total "
                            "cost is 4 × 55,000 + 195,000 = IDR 415,000, and profit is <b>IDR 385,000</b>. "
                            "The investment is recovered after 1,200,000 ÷ 385,000 = 3.1, so about <b>four "
                            "full sessions</b>.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Count everyone's time, including the owner's",
                            "text": (
                                "<p>Small businesses often leave out the time of the owner, family members "
                                "or staff who are 'there anyway'. But time spent on the new offer is time "
                                "not spent on rooms, guests or the kitchen. Cost it at a realistic hourly "
                                "rate. If the offer only makes a profit when staff time is free, it is not "
                                "yet a good offer.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Cost your new offer",
                            "objective": (
                                "Each business calculates the cost, the price and the break-even point of "
                                "the idea it is piloting, using its own figures."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "One team per business, with the owner or the person who handles the money"
                            ),
                            "materials": [
                                "From idea to launch worksheet, Part 4",
                                (
                                    "The business's own figures: supplier prices, wages, current menu or "
                                    "room prices"
                                ),
                                "Calculators or phones",
                                "Prices of similar offers nearby, collected beforehand",
                            ],
                            "steps": [
                                "List the variable costs per guest or per unit and add them up.",
                                (
                                    "List the fixed costs per session or per month, including staff time "
                                    "at a realistic hourly cost."
                                ),
                                "List the one-off investment needed for the launch.",
                                (
                                    "Compare with the prices of similar offers and with what pilot guests "
                                    "said, and choose a price."
                                ),
                                (
                                    "Calculate the contribution per guest, the minimum number of guests "
                                    "per session and the number of sessions needed to recover the "
                                    "investment."
                                ),
                                (
                                    "Present the figures to another business in five minutes and let them "
                                    "question your assumptions."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Launching", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "Launch checklist",
                            "items": [
                                (
                                    "The written standard or standard recipe is finished and posted where "
                                    "the work is done."
                                ),
                                (
                                    "All staff involved are trained, including those on other shifts and "
                                    "the person who replaces them on days off."
                                ),
                                "Good photographs have been taken in daylight.",
                                (
                                    "Listings are updated on online travel agents, Google Maps and social "
                                    "media, with the price and what is included."
                                ),
                                (
                                    "Front office staff mention the offer at check-in, and it appears in "
                                    "the room information and on the menu."
                                ),
                                "A question about the new offer is added to the comment card.",
                                "A review date is set for 30 days after the launch.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Review after 30 days",
                            "text": (
                                "<p>One month after the launch, compare actual sales, guest feedback and "
                                "real costs with the plan. Prices of ingredients change, the cook may need "
                                "more time than expected, and guests may ask for a variation you had not "
                                "thought of. Adjust, and write down the changes in the standard. Then go "
                                "back to the idea list and choose the next pilot.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A 10-room homestay receives many guests who leave at 01:00 for the "
                                "sunrise hike to the Ijen crater and come back hungry at 09:00, after "
                                "breakfast has been cleared. The morning staff suggested a breakfast box "
                                "to take along. A two-week pilot with a handwritten notice at the front "
                                "desk sold 38 boxes. The team then costed the box at IDR 22,000 in food "
                                "and packaging plus IDR 3,000 of staff time per box, set the price at IDR "
                                "40,000, wrote a standard for packing the box the evening before, and "
                                "added it to the homestay's listings and the WhatsApp message sent to "
                                "guests before arrival. In the first month after launch, a little over "
                                "half of the guests who booked the hike also ordered a box, and several "
                                "reviews mentioned it."
                            ),
                            "attribution": "",
                            "organisation": "Homestay, Banyuwangi",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "idea-to-launch-worksheet",
                            "title": "From idea to launch worksheet",
                            "description": (
                                "The five-part worksheet used in this module: idea list and filter, pilot "
                                "card, pilot results, costing and price, and the launch plan."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Mengubah uji coba yang berhasil menjadi tawaran", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Selama uji coba, staf sering berimprovisasi dan pemilik kerap membayar "
                            "tambahan tanpa menghitungnya. Sebelum peluncuran, tim mendefinisikan tawaran "
                            "dengan tepat:</p><ul><li><b>Apa yang termasuk</b>, dan apa yang tidak "
                            "(misalnya transportasi, minuman, bahan yang dibawa pulang);</li><li><b>Untuk "
                            "siapa</b>, serta jumlah tamu minimum dan maksimum;</li><li><b>Kapan</b> "
                            "tawaran itu tersedia, dan berapa lama sebelumnya tamu harus "
                            "memesan;</li><li><b>Siapa yang menjalankannya</b>, dan siapa penggantinya "
                            "pada hari libur;</li><li><b>Standarnya</b>: prosedur tertulis singkat atau "
                            "resep standar, dengan gaya yang sama seperti standar layanan dari modul "
                            "Keunggulan Layanan.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Menghitung biaya tawaran baru", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Pisahkan tiga jenis biaya:</p><ul><li><b>Biaya variabel per tamu</b>: "
                            "biaya yang bertambah setiap kali ada tamu tambahan, seperti bahan makanan, "
                            "bahan habis pakai, dan komisi platform pemesanan.</li><li><b>Biaya tetap per "
                            "sesi</b>: biaya yang sama besarnya baik diikuti satu maupun enam tamu, "
                            "seperti waktu kerja staf, transportasi, dan gas.</li><li><b>Investasi "
                            "awal</b>: peralatan, cetakan, dan foto, yang dibayar sekali sebelum "
                            "peluncuran.</li></ul><p><b>Kontribusi per tamu</b> adalah harga dikurangi "
                            "biaya variabel per tamu. Bagi biaya tetap per sesi dengan kontribusi per tamu "
                            "untuk menemukan <b>jumlah tamu minimum</b> agar satu sesi mencapai titik "
                            "impas. Bagi investasi dengan laba per sesi untuk mengetahui berapa sesi yang "
                            "diperlukan untuk <b>mengembalikan investasi</b>.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Contoh perhitungan: kelas memasak untuk tamu hotel", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Sebuah penginapan merencanakan kelas memasak pagi hari untuk paling banyak "
                            "empat tamu, termasuk kunjungan ke pasar setempat.</p><ul><li>Biaya variabel "
                            "per tamu: bahan makanan Rp50.000 dan kartu resep cetak Rp5.000, seluruhnya "
                            "<b>Rp55.000</b>.</li><li>Biaya tetap per sesi: waktu juru masak, 3 jam dengan "
                            "Rp25.000 per jam, yaitu Rp75.000; transportasi ke pasar Rp100.000; gas dan "
                            "listrik Rp20.000. Jumlahnya <b>Rp195.000</b>.</li><li>Investasi awal: "
                            "celemek, peralatan masak tambahan, dan foto, "
                            "<b>Rp1.200.000</b>.</li><li>Harga: kelas serupa di sekitar memasang tarif "
                            "Rp175.000 sampai Rp250.000, sehingga tim menetapkan <b>Rp200.000 per "
                            "tamu</b>.</li></ul><p>Kontribusi per tamu: 200.000 − 55.000 = Rp145.000. "
                            "Titik impas: 195.000 ÷ 145.000 = 1,3, sehingga satu sesi memerlukan "
                            "<b>sedikitnya dua tamu</b>. Dengan empat tamu, pendapatannya Rp800.000, total "
                            "biayanya 4 × 55.000 + 195.000 = Rp415.000, dan labanya <b>Rp385.000</b>. "
                            "Investasi kembali setelah 1.200.000 ÷ 385.000 = 3,1, atau sekitar <b>empat "
                            "sesi penuh</b>.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Hitung waktu semua orang, termasuk pemilik",
                            "text": (
                                "<p>Usaha kecil sering tidak memasukkan waktu pemilik, anggota keluarga, "
                                "atau staf yang 'memang sudah ada di sana'. Padahal waktu yang dipakai "
                                "untuk tawaran baru adalah waktu yang tidak dipakai untuk kamar, tamu, "
                                "atau dapur. Hitunglah dengan tarif per jam yang realistis. Jika tawaran "
                                "itu hanya menguntungkan ketika waktu staf dianggap gratis, tawaran itu "
                                "belum layak.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Hitung biaya tawaran baru Anda",
                            "objective": (
                                "Setiap usaha menghitung biaya, harga, dan titik impas ide yang sedang "
                                "diuji cobanya, dengan menggunakan angka-angkanya sendiri."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Satu tim per usaha, bersama pemilik atau orang yang mengurus keuangan"
                            ),
                            "materials": [
                                "Lembar kerja Dari Ide hingga Peluncuran, Bagian 4",
                                (
                                    "Angka-angka usaha sendiri: harga dari pemasok, upah, harga menu atau "
                                    "kamar saat ini"
                                ),
                                "Kalkulator atau ponsel",
                                "Harga tawaran serupa di sekitar, dikumpulkan sebelumnya",
                            ],
                            "steps": [
                                "Daftar biaya variabel per tamu atau per unit dan jumlahkan.",
                                (
                                    "Daftar biaya tetap per sesi atau per bulan, termasuk waktu kerja staf "
                                    "dengan biaya per jam yang realistis."
                                ),
                                "Daftar investasi awal yang diperlukan untuk peluncuran.",
                                (
                                    "Bandingkan dengan harga tawaran serupa dan dengan pendapat tamu uji "
                                    "coba, lalu pilih harga."
                                ),
                                (
                                    "Hitung kontribusi per tamu, jumlah tamu minimum per sesi, dan jumlah "
                                    "sesi yang diperlukan untuk mengembalikan investasi."
                                ),
                                (
                                    "Paparkan angka-angka itu kepada usaha lain dalam lima menit dan "
                                    "biarkan mereka mempertanyakan asumsi Anda."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Peluncuran", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "Daftar periksa peluncuran",
                            "items": [
                                (
                                    "Standar tertulis atau resep standar sudah selesai dan dipasang di "
                                    "tempat pekerjaan dilakukan."
                                ),
                                (
                                    "Semua staf yang terlibat sudah dilatih, termasuk yang bertugas di "
                                    "giliran lain dan pengganti pada hari libur."
                                ),
                                "Foto yang bagus sudah diambil di siang hari.",
                                (
                                    "Profil di agen perjalanan daring, Google Maps, dan media sosial sudah "
                                    "diperbarui, lengkap dengan harga dan apa saja yang termasuk."
                                ),
                                (
                                    "Staf kantor depan menyebutkan tawaran ini saat check-in, dan tawaran "
                                    "ini tercantum dalam informasi kamar dan di menu."
                                ),
                                "Satu pertanyaan tentang tawaran baru ditambahkan ke kartu komentar.",
                                "Tanggal peninjauan ditetapkan 30 hari setelah peluncuran.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Tinjau setelah 30 hari",
                            "text": (
                                "<p>Sebulan setelah peluncuran, bandingkan penjualan yang sebenarnya, "
                                "masukan tamu, dan biaya nyata dengan rencana. Harga bahan makanan "
                                "berubah, juru masak mungkin memerlukan waktu lebih lama dari perkiraan, "
                                "dan tamu mungkin meminta variasi yang belum terpikirkan. Sesuaikan, dan "
                                "tuliskan perubahannya dalam standar. Setelah itu, kembali ke daftar ide "
                                "dan pilih uji coba berikutnya.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah homestay dengan 10 kamar menerima banyak tamu yang berangkat pukul "
                                "01.00 untuk mendaki ke Kawah Ijen melihat matahari terbit dan kembali "
                                "dalam keadaan lapar pukul 09.00, ketika sarapan sudah dibereskan. Staf "
                                "pagi mengusulkan kotak sarapan untuk dibawa. Uji coba selama dua minggu "
                                "dengan pengumuman tulisan tangan di meja depan menjual 38 kotak. Tim "
                                "kemudian menghitung biaya kotak itu Rp22.000 untuk makanan dan kemasan "
                                "ditambah Rp3.000 untuk waktu kerja staf per kotak, menetapkan harga "
                                "Rp40.000, menulis standar pengemasan kotak pada malam sebelumnya, dan "
                                "menambahkannya ke profil daring homestay serta ke pesan WhatsApp yang "
                                "dikirim kepada tamu sebelum kedatangan. Pada bulan pertama setelah "
                                "peluncuran, sedikit lebih dari separuh tamu yang memesan pendakian juga "
                                "memesan kotak sarapan, dan beberapa ulasan menyebutkannya."
                            ),
                            "attribution": "",
                            "organisation": "Homestay, Banyuwangi",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "idea-to-launch-worksheet",
                            "title": "Lembar kerja Dari Ide hingga Peluncuran",
                            "description": (
                                "Lembar kerja lima bagian yang digunakan dalam modul ini: daftar dan "
                                "saringan ide, kartu uji coba, hasil uji coba, biaya dan harga, serta "
                                "rencana peluncuran."
                            ),
                        },
                    ),
                ],
            },
        },
    ],
}
