"""Demo content: SCORE core module 3, Productivity through Cleaner Production."""

MODULE = {
    "slug": "cleaner-production",
    "number": 3,
    "title": {
        "en": "Productivity through Cleaner Production",
        "id": "Produktivitas melalui Produksi Bersih",
    },
    "summary": {
        "en": "Every kilogram of material, litre of water and kilowatt-hour that leaves the enterprise as "
        "waste has been paid for twice: once to buy it and once to process it. In this module "
        "managers and workers learn together to trace where their materials and energy go, to put a "
        "price on waste, and to find practical, mostly low-cost improvements through good "
        "housekeeping, input substitution and better process control. The Enterprise Improvement Team "
        "then puts its improvement plan into practice with the support of consultancy visits, "
        "measures the savings and presents the results to the other enterprises.",
        "id": "Setiap kilogram bahan, liter air, dan kilowatt-jam yang keluar dari perusahaan sebagai "
        "limbah sudah dibayar dua kali: sekali saat dibeli dan sekali saat diolah. Dalam modul ini "
        "manajer dan pekerja belajar bersama menelusuri ke mana bahan dan energi mereka mengalir, "
        "menghitung biaya limbah, dan menemukan perbaikan praktis yang sebagian besar berbiaya rendah "
        "melalui tata kelola yang baik, substitusi bahan, dan pengendalian proses yang lebih baik. "
        "Tim Peningkatan Perusahaan kemudian menjalankan rencana perbaikannya dengan dukungan "
        "kunjungan konsultasi, mengukur penghematan, dan mempresentasikan hasilnya kepada perusahaan "
        "lain.",
    },
    "objectives": {
        "en": [
            "Save costs and increase efficiency by using materials, water and energy more productively.",
            "Systematically reduce waste and energy usage through a structured, team-based improvement "
            "process.",
        ],
        "id": [
            "Menghemat biaya dan meningkatkan efisiensi dengan menggunakan bahan, air, dan energi secara "
            "lebih produktif.",
            "Mengurangi limbah dan penggunaan energi secara sistematis melalui proses perbaikan yang "
            "terstruktur dan berbasis tim.",
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
                "en": "Trainer Guide: Productivity through Cleaner Production",
                "id": "Panduan Pelatih: Produktivitas melalui Produksi Bersih",
            },
            "paragraphs": {
                "en": [
                    "This guide is for SCORE trainers who deliver Module 3 to a group of enterprises, and "
                    "for candidate trainers completing their Training of Enterprises cycle under an Expert "
                    "Trainer. It assumes that every participating enterprise has completed Module 1, "
                    "Workplace Cooperation, and already has a working Enterprise Improvement Team (EIT) of "
                    "managers and workers. A typical cycle runs over three to four months: a baseline "
                    "assessment in each enterprise, a two-day classroom session for four to five "
                    "enterprises, four consultancy visits to each enterprise, and a results presentation "
                    "workshop.",
                    "Prepare the cycle with a short baseline visit to every enterprise, two to four weeks "
                    "before the classroom session. Ask for twelve months of electricity (PLN), water (PDAM "
                    "or groundwater pumping) and fuel bills, the purchase quantities of the three most "
                    "important raw materials, monthly production volumes, and any records of rejects, waste "
                    "quantities and disposal costs. Walk through the production area with the EIT and take "
                    "photographs, with permission, of examples you can use in class. Enterprises that see "
                    "their own machines and their own waste on the screen engage far more than those shown "
                    "textbook cases.",
                    "Deliver the classroom session in a participatory way. Keep presentations short, at "
                    "most fifteen minutes at a time, and let the enterprise teams work on their own "
                    "processes, their own bills and their own waste. Managers and workers sit together in "
                    "enterprise teams; during plenary discussion, ask workers to report first, because they "
                    "usually know where material and energy are lost. The four core exercises are the cost "
                    "of waste calculation, the material and energy flow map, the generation of improvement "
                    "options, and the improvement plan. Do not skip any of them to save time: each one "
                    "feeds the next.",
                    "During consultancy visits your role is that of a coach, not a consultant who solves "
                    "problems for the enterprise. Start every visit with the EIT, review the improvement "
                    "plan, go to the workplace to see the changes, and end with agreed next steps written "
                    "down by the team. Check that no improvement shifts a risk onto workers: a substitute "
                    "chemical must be checked against its safety data sheet, and a reused water stream must "
                    "not create a hygiene problem in food production. Leave a short visit note with the "
                    "enterprise and keep a copy for your progress report.",
                    "Results must be measurable and credible. Help the EIT to express energy, water and "
                    "material use per unit of output, for example kWh per hundred pieces or litres of water "
                    "per kilogram of product, so that changes in production volume do not hide or "
                    "exaggerate savings. Savings are calculated in rupiah per month and compared with any "
                    "investment to give a simple payback period. These figures go into the enterprise's "
                    "presentation at the results workshop and into your progress report, which you record "
                    "in SCORE Academy together with your evidence.",
                    "Common pitfalls: enterprises that choose only expensive equipment projects and then "
                    "wait for a budget; improvement plans owned by one manager while the workers are not "
                    "involved; baseline figures that were never collected, so that nothing can be shown at "
                    "the end; and savings that disappear after the last visit because new practices were "
                    "never written into work instructions. Address each of these early, during the "
                    "classroom session and the first visit.",
                ],
                "id": [
                    "Panduan ini ditujukan bagi pelatih SCORE yang menyampaikan Modul 3 kepada sekelompok "
                    "perusahaan, serta bagi calon pelatih yang sedang menyelesaikan siklus Pelatihan untuk "
                    "Perusahaan (ToE) di bawah bimbingan Pelatih Ahli. Panduan ini mengasumsikan bahwa "
                    "setiap perusahaan peserta telah menyelesaikan Modul 1, Kerja Sama di Tempat Kerja, dan "
                    "sudah memiliki Tim Peningkatan Perusahaan (EIT) yang berjalan, terdiri atas manajer "
                    "dan pekerja. Satu siklus biasanya berlangsung tiga sampai empat bulan: penilaian awal "
                    "(baseline) di setiap perusahaan, pelatihan kelas dua hari untuk empat sampai lima "
                    "perusahaan, empat kunjungan konsultasi ke setiap perusahaan, dan lokakarya presentasi "
                    "hasil.",
                    "Siapkan siklus dengan kunjungan awal singkat ke setiap perusahaan, dua sampai empat "
                    "minggu sebelum pelatihan kelas. Mintalah tagihan listrik (PLN), air (PDAM atau pompa "
                    "air tanah), dan bahan bakar selama dua belas bulan terakhir, jumlah pembelian tiga "
                    "bahan baku terpenting, volume produksi bulanan, serta catatan produk cacat, jumlah "
                    "limbah, dan biaya pembuangannya. Telusuri area produksi bersama EIT dan ambil foto, "
                    "dengan izin, sebagai contoh yang dapat digunakan di kelas. Perusahaan yang melihat "
                    "mesin dan limbahnya sendiri di layar akan jauh lebih terlibat daripada perusahaan yang "
                    "hanya diberi contoh dari buku.",
                    "Sampaikan pelatihan kelas secara partisipatif. Batasi presentasi paling lama lima "
                    "belas menit setiap kali, dan biarkan tim perusahaan mengerjakan proses, tagihan, dan "
                    "limbah mereka sendiri. Manajer dan pekerja duduk bersama dalam tim perusahaan; dalam "
                    "diskusi pleno, mintalah pekerja melapor lebih dulu, karena merekalah yang biasanya "
                    "tahu di mana bahan dan energi terbuang. Empat latihan inti adalah perhitungan biaya "
                    "limbah, peta aliran bahan dan energi, penyusunan pilihan perbaikan, dan rencana "
                    "perbaikan. Jangan lewati satu pun demi menghemat waktu, karena setiap latihan menjadi "
                    "masukan bagi latihan berikutnya.",
                    "Dalam kunjungan konsultasi, peran Anda adalah pendamping (coach), bukan konsultan yang "
                    "menyelesaikan masalah untuk perusahaan. Awali setiap kunjungan bersama EIT, tinjau "
                    "rencana perbaikan, datangi tempat kerja untuk melihat perubahannya, dan akhiri dengan "
                    "langkah selanjutnya yang disepakati dan ditulis sendiri oleh tim. Pastikan tidak ada "
                    "perbaikan yang memindahkan risiko kepada pekerja: bahan kimia pengganti harus "
                    "diperiksa lembar data keselamatannya (SDS), dan air yang digunakan ulang tidak boleh "
                    "menimbulkan masalah kebersihan dalam produksi pangan. Tinggalkan catatan kunjungan "
                    "singkat di perusahaan dan simpan salinannya untuk laporan kemajuan Anda.",
                    "Hasil harus terukur dan dapat dipercaya. Bantu EIT menyatakan penggunaan energi, air, "
                    "dan bahan per satuan produk, misalnya kWh per seratus potong atau liter air per "
                    "kilogram produk, agar perubahan volume produksi tidak menyembunyikan atau "
                    "membesar-besarkan penghematan. Penghematan dihitung dalam rupiah per bulan dan "
                    "dibandingkan dengan investasi yang dikeluarkan untuk mendapatkan periode pengembalian "
                    "modal sederhana. Angka-angka ini masuk ke presentasi perusahaan dalam lokakarya hasil "
                    "dan ke laporan kemajuan Anda, yang Anda catat di SCORE Academy bersama bukti-buktinya.",
                    "Kesalahan yang sering terjadi: perusahaan hanya memilih proyek peralatan yang mahal "
                    "lalu menunggu anggaran; rencana perbaikan dikuasai satu manajer tanpa melibatkan "
                    "pekerja; data awal tidak pernah dikumpulkan sehingga tidak ada yang bisa ditunjukkan "
                    "di akhir; dan penghematan hilang setelah kunjungan terakhir karena cara kerja baru "
                    "tidak pernah dituangkan dalam instruksi kerja. Tangani setiap masalah ini sejak awal, "
                    "yaitu dalam pelatihan kelas dan kunjungan pertama.",
                ],
            },
        },
        {
            "key": "waste-walk-worksheet",
            "kind": "worksheet",
            "title": {
                "en": "Worksheet: Material and Energy Flows and the Waste Walk",
                "id": "Lembar Kerja: Aliran Bahan dan Energi serta Penelusuran Limbah",
            },
            "paragraphs": {
                "en": [
                    "Part A, process flow. Draw the main steps of your production process from the receipt "
                    "of raw materials to the dispatch of finished products, one box per step. Under each "
                    "box write the inputs (materials, water, energy, chemicals, packaging) and the outputs "
                    "(product, rejects, solid waste, waste water, heat, emissions). Mark the steps where "
                    "you think the largest losses happen with a red dot.",
                    "Part B, input and output table. For each step, fill in one row: the step, the input "
                    "and the quantity per day or per batch, the product output, the waste output and its "
                    "quantity, and where the waste goes today (sold, reused, dumped, drained, burned). If "
                    "you do not know a quantity, write an estimate and mark it with an E; the EIT will "
                    "measure it before the first consultancy visit.",
                    "Part C, waste walk log. During the waste walk, record every observation on one line: "
                    "the location, what you saw, the type of loss (material, water, energy, time, rejects), "
                    "an estimate of the quantity, an estimate of the cost per month in rupiah, the idea for "
                    "improvement, and the name of the person who will follow it up. Describe what you see, "
                    "not who is to blame.",
                    "Part D, meter log. Record the electricity, water and fuel readings every day at the "
                    "same time, together with the production output of that day. Divide consumption by "
                    "output to get the use per unit. Add a reading at closing time and one at opening time "
                    "the next morning to find consumption while nobody is working.",
                    "Part E, option screening. List every improvement option and score it: cost to "
                    "implement (none, low, high), expected saving per month, ease of implementation (easy, "
                    "medium, hard), effect on safety, health and the environment (better, same, worse), and "
                    "priority (now, next three months, later). Options with no or low cost, a clear saving "
                    "and a neutral or positive effect on safety go into the improvement plan first.",
                ],
                "id": [
                    "Bagian A, alur proses. Gambarlah langkah-langkah utama proses produksi Anda, mulai "
                    "dari penerimaan bahan baku hingga pengiriman produk jadi, satu kotak untuk setiap "
                    "langkah. Di bawah setiap kotak, tuliskan inputnya (bahan, air, energi, bahan kimia, "
                    "kemasan) dan outputnya (produk, produk cacat, limbah padat, air limbah, panas, emisi). "
                    "Tandai dengan titik merah langkah-langkah yang menurut Anda paling banyak menimbulkan "
                    "kehilangan.",
                    "Bagian B, tabel input dan output. Untuk setiap langkah, isi satu baris: nama langkah, "
                    "input dan jumlahnya per hari atau per batch, output produk, output limbah dan "
                    "jumlahnya, serta ke mana limbah itu saat ini dibuang (dijual, dipakai ulang, ditimbun, "
                    "dialirkan ke saluran, dibakar). Jika Anda tidak mengetahui jumlahnya, tulis perkiraan "
                    "dan beri tanda P; EIT akan mengukurnya sebelum kunjungan konsultasi pertama.",
                    "Bagian C, catatan penelusuran limbah. Selama penelusuran limbah, catat setiap temuan "
                    "dalam satu baris: lokasi, apa yang terlihat, jenis kehilangan (bahan, air, energi, "
                    "waktu, produk cacat), perkiraan jumlah, perkiraan biaya per bulan dalam rupiah, "
                    "gagasan perbaikan, dan nama orang yang akan menindaklanjutinya. Gambarkan apa yang "
                    "Anda lihat, bukan siapa yang salah.",
                    "Bagian D, catatan meteran. Catat angka meteran listrik, air, dan bahan bakar setiap "
                    "hari pada jam yang sama, bersama dengan jumlah produksi hari itu. Bagi pemakaian "
                    "dengan jumlah produksi untuk mendapatkan pemakaian per satuan produk. Tambahkan "
                    "pembacaan pada saat tutup dan saat buka keesokan paginya untuk mengetahui pemakaian "
                    "ketika tidak ada yang bekerja.",
                    "Bagian E, penyaringan pilihan. Daftarkan setiap pilihan perbaikan dan beri nilai: "
                    "biaya pelaksanaan (tanpa biaya, rendah, tinggi), perkiraan penghematan per bulan, "
                    "kemudahan pelaksanaan (mudah, sedang, sulit), dampak terhadap keselamatan, kesehatan, "
                    "dan lingkungan (lebih baik, sama, lebih buruk), serta prioritas (sekarang, tiga bulan "
                    "ke depan, nanti). Pilihan tanpa biaya atau berbiaya rendah, dengan penghematan yang "
                    "jelas dan dampak keselamatan yang netral atau positif, dimasukkan lebih dulu ke dalam "
                    "rencana perbaikan.",
                ],
            },
        },
    ],
    "lessons": [
        # ------------------------------------------------------------------ lesson 1
        {
            "slug": "why-cleaner-production",
            "title": {
                "en": "Why Cleaner Production: the key concepts",
                "id": "Mengapa Produksi Bersih: konsep-konsep kunci",
            },
            "introduction": {
                "en": "What Module 3 is for, and the handful of ideas every trainer must be able to explain "
                "with examples from the participants' own workplaces.",
                "id": "Untuk apa Modul 3, dan beberapa gagasan pokok yang harus dapat dijelaskan setiap "
                "pelatih dengan contoh dari tempat kerja peserta sendiri.",
            },
            "estimated_minutes": 35,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>Cleaner Production means producing the same or more with less: less raw material, "
                        "less water, less energy, fewer rejects and less waste. It is not an environmental "
                        "add-on that costs money. For a small enterprise it is one of the fastest ways to "
                        "<b>save costs and increase efficiency</b>, because most of the savings come from "
                        "changing how people work, not from buying new machines.</p><p>Module 3 builds on "
                        "Module 1. The Enterprise Improvement Team (EIT) that the enterprise formed for "
                        "workplace cooperation now turns its attention to materials and energy, and uses the "
                        "same habits: managers and workers looking at the facts together, agreeing on actions, "
                        "and checking the results.</p>",
                    ),
                    ("heading", {"text": "Material and energy flows", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Every production process can be drawn as a series of steps, each with inputs and "
                        "outputs. What comes in must go out: a material that is bought either leaves the "
                        "enterprise in the product, or it leaves as waste, as rejects, as waste water, as heat "
                        "or as emissions. Drawing this flow, step by step, shows participants where their "
                        "inputs really go.</p><ul><li><b>Inputs:</b> raw materials, auxiliary materials such "
                        "as chemicals and packaging, water, electricity, fuel (LPG, diesel, firewood), labour "
                        "time.</li><li><b>Outputs:</b> the saleable product, and everything else: offcuts, "
                        "spills, rejects, rework, waste water, exhaust heat, smoke.</li></ul><p>A simple flow "
                        "map with rough quantities is enough to start. Precision comes later, when the EIT "
                        "measures the points that matter.</p>",
                    ),
                    ("heading", {"text": "The true cost of waste", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most owners think of waste as the cost of getting rid of it: a truck to the "
                        "landfill, a fee to the waste collector. That is the visible tip of the iceberg. The "
                        "true cost of waste adds up:</p><ol><li>the <b>purchase price</b> of the material that "
                        "ended up as waste;</li><li>the <b>processing cost</b> already spent on it: labour, "
                        "energy and machine time;</li><li>the <b>handling and disposal cost</b>: storage, "
                        "transport, fees;</li><li>the <b>lost sales</b> when rejects mean the order is late or "
                        "short.</li></ol><p>When participants calculate these four items for one waste stream "
                        "of their own, the figure is often five to ten times what they pay for disposal. That "
                        "number is what moves managers to act.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Waste is bought, not made",
                            "text": "<p>Ask participants: 'How much did you pay for the fabric that is now in "
                            "the offcut bin?' Waste is material the enterprise paid for and could not "
                            "sell. Reducing it is a cost saving that goes straight to profit.</p>",
                        },
                    ),
                    ("heading", {"text": "Where the savings come from", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>SCORE groups Cleaner Production options into a few types, ordered roughly from "
                        "cheapest to most expensive:</p><ul><li><b>Good housekeeping:</b> fixing leaks, "
                        "switching off idle machines and lights, keeping containers closed, storing materials "
                        "properly so they do not spoil, cleaning up spills dry before washing. Usually no cost "
                        "at all.</li><li><b>Input substitution:</b> replacing a material with one that is "
                        "cheaper, less hazardous or produces less waste, for example a water-based instead of "
                        "a solvent-based glue, or a dye with better fixation.</li><li><b>Process "
                        "optimisation:</b> better control of temperature, time, dosing and machine settings; "
                        "standard recipes; scheduling batches to avoid reheating.</li><li><b>Equipment "
                        "modification:</b> insulation, a lid on a boiling vessel, a timer or a trigger nozzle "
                        "on a hose.</li><li><b>On-site reuse and recycling:</b> using rinse water again, "
                        "selling by-products instead of dumping them.</li></ul>",
                    ),
                    ("heading", {"text": "The walk-through assessment", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>The walk-through assessment is the starting tool. The EIT walks the whole process, "
                        "from raw material store to dispatch, with the flow map in hand, and looks for losses "
                        "at each step: what is spilled, what is left running, what is thrown away, what is "
                        "reworked. The rule is to observe and ask questions, never to blame. Lesson 4 shows "
                        "how to run it as a structured waste walk.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A family tofu factory with 14 workers in Bandung cooked soybeans in open "
                            "drums heated by firewood, and let the soaking water overflow into the "
                            "drain. After the walk-through, the team fitted lids and insulation to the "
                            "cooking drums, reused the cooling water for the next day's soaking, and "
                            "started selling the okara (soy pulp) to a local cattle farmer instead of "
                            "giving it away. Firewood use fell by about a fifth, water use by almost a "
                            "third, and the okara now brings in a small but steady income. None of the "
                            "changes cost more than two weeks of firewood.",
                            "attribution": "",
                            "organisation": "Tofu factory, Bandung (illustrative case)",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Start with what costs nothing",
                            "text": "<p>Steer the first improvement plan toward housekeeping and process "
                            "control. Early, visible savings build the team's confidence and pay for "
                            "the later, larger options.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Trainer Guide: Productivity through Cleaner Production",
                            "description": "Preparation, delivery and consultancy guidance for the whole Module "
                            "3 cycle, including the baseline data to request from each "
                            "enterprise.",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Produksi Bersih berarti menghasilkan produk yang sama atau lebih banyak dengan "
                        "sumber daya yang lebih sedikit: lebih sedikit bahan baku, air, energi, produk cacat, "
                        "dan limbah. Produksi Bersih bukan tambahan urusan lingkungan yang memakan biaya. Bagi "
                        "usaha kecil, inilah salah satu cara tercepat untuk <b>menghemat biaya dan "
                        "meningkatkan efisiensi</b>, karena sebagian besar penghematan berasal dari perubahan "
                        "cara kerja, bukan dari pembelian mesin baru.</p><p>Modul 3 dibangun di atas Modul 1. "
                        "Tim Peningkatan Perusahaan (EIT) yang dibentuk perusahaan untuk kerja sama di tempat "
                        "kerja kini mengalihkan perhatiannya ke bahan dan energi, dengan kebiasaan yang sama: "
                        "manajer dan pekerja melihat fakta bersama, menyepakati tindakan, dan memeriksa "
                        "hasilnya.</p>",
                    ),
                    ("heading", {"text": "Aliran bahan dan energi", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Setiap proses produksi dapat digambarkan sebagai rangkaian langkah, masing-masing "
                        "dengan input dan output. Apa yang masuk pasti keluar: bahan yang dibeli akan keluar "
                        "dari perusahaan di dalam produk, atau keluar sebagai limbah, produk cacat, air "
                        "limbah, panas, atau emisi. Menggambar aliran ini langkah demi langkah memperlihatkan "
                        "kepada peserta ke mana sebenarnya input mereka pergi.</p><ul><li><b>Input:</b> bahan "
                        "baku, bahan penolong seperti bahan kimia dan kemasan, air, listrik, bahan bakar "
                        "(elpiji, solar, kayu bakar), waktu kerja.</li><li><b>Output:</b> produk yang dapat "
                        "dijual, dan semua yang lain: sisa potongan, tumpahan, produk cacat, pengerjaan ulang, "
                        "air limbah, panas buangan, asap.</li></ul><p>Peta aliran sederhana dengan perkiraan "
                        "jumlah sudah cukup untuk memulai. Ketelitian datang kemudian, ketika EIT mengukur "
                        "titik-titik yang penting.</p>",
                    ),
                    ("heading", {"text": "Biaya limbah yang sebenarnya", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sebagian besar pemilik usaha menganggap biaya limbah hanyalah biaya membuangnya: "
                        "truk ke tempat pembuangan, atau iuran kepada pengangkut sampah. Itu hanya puncak "
                        "gunung es yang terlihat. Biaya limbah yang sebenarnya terdiri "
                        "atas:</p><ol><li><b>harga beli</b> bahan yang akhirnya menjadi "
                        "limbah;</li><li><b>biaya pengolahan</b> yang sudah dikeluarkan untuknya: tenaga "
                        "kerja, energi, dan waktu mesin;</li><li><b>biaya penanganan dan pembuangan</b>: "
                        "penyimpanan, pengangkutan, iuran;</li><li><b>penjualan yang hilang</b> ketika produk "
                        "cacat membuat pesanan terlambat atau kurang.</li></ol><p>Ketika peserta menghitung "
                        "keempat unsur ini untuk satu jenis limbah di perusahaannya sendiri, angkanya sering "
                        "lima sampai sepuluh kali lipat dari biaya pembuangan. Angka inilah yang mendorong "
                        "manajer untuk bertindak.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Limbah itu dibeli, bukan dibuat",
                            "text": "<p>Tanyakan kepada peserta: 'Berapa harga kain yang sekarang ada di tempat "
                            "sisa potongan?' Limbah adalah bahan yang sudah dibayar perusahaan tetapi "
                            "tidak bisa dijual. Menguranginya berarti penghematan biaya yang langsung "
                            "menjadi laba.</p>",
                        },
                    ),
                    ("heading", {"text": "Dari mana penghematan berasal", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>SCORE mengelompokkan pilihan Produksi Bersih ke dalam beberapa jenis, kurang lebih "
                        "diurutkan dari yang paling murah sampai yang paling mahal:</p><ul><li><b>Tata kelola "
                        "yang baik (good housekeeping):</b> memperbaiki kebocoran, mematikan mesin dan lampu "
                        "yang menganggur, menutup wadah, menyimpan bahan dengan benar agar tidak rusak, "
                        "membersihkan tumpahan secara kering sebelum dicuci. Biasanya tanpa biaya sama "
                        "sekali.</li><li><b>Substitusi bahan:</b> mengganti bahan dengan yang lebih murah, "
                        "kurang berbahaya, atau menghasilkan lebih sedikit limbah, misalnya lem berbahan dasar "
                        "air sebagai pengganti lem berbahan pelarut, atau zat warna dengan daya ikat yang "
                        "lebih baik.</li><li><b>Optimasi proses:</b> pengendalian suhu, waktu, takaran, dan "
                        "setelan mesin yang lebih baik; resep baku; penjadwalan batch agar tidak perlu "
                        "memanaskan ulang.</li><li><b>Modifikasi peralatan:</b> insulasi, tutup pada bejana "
                        "perebusan, pengatur waktu, atau nozel pada ujung selang.</li><li><b>Penggunaan ulang "
                        "dan daur ulang di lokasi:</b> memakai kembali air bilasan, menjual produk sampingan "
                        "alih-alih membuangnya.</li></ul>",
                    ),
                    ("heading", {"text": "Penilaian keliling (walk-through assessment)", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Penilaian keliling adalah alat untuk memulai. EIT menelusuri seluruh proses, dari "
                        "gudang bahan baku sampai pengiriman, dengan peta aliran di tangan, dan mencari "
                        "kehilangan di setiap langkah: apa yang tumpah, apa yang dibiarkan menyala, apa yang "
                        "dibuang, apa yang dikerjakan ulang. Aturannya adalah mengamati dan bertanya, jangan "
                        "pernah menyalahkan. Pelajaran 4 menunjukkan cara menjalankannya sebagai penelusuran "
                        "limbah yang terstruktur.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah pabrik tahu keluarga dengan 14 pekerja di Bandung merebus kedelai "
                            "dalam drum terbuka dengan kayu bakar, dan membiarkan air rendaman meluap "
                            "ke saluran. Setelah penilaian keliling, tim memasang tutup dan insulasi "
                            "pada drum perebusan, memakai kembali air pendingin untuk merendam kedelai "
                            "keesokan harinya, dan mulai menjual ampas tahu kepada peternak sapi "
                            "setempat alih-alih memberikannya cuma-cuma. Pemakaian kayu bakar turun "
                            "sekitar seperlima, pemakaian air hampir sepertiga, dan ampas tahu kini "
                            "mendatangkan pemasukan kecil tetapi tetap. Tidak satu pun perubahan itu "
                            "berbiaya lebih dari pemakaian kayu bakar selama dua minggu.",
                            "attribution": "",
                            "organisation": "Pabrik tahu, Bandung (contoh ilustrasi)",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Mulailah dari yang tanpa biaya",
                            "text": "<p>Arahkan rencana perbaikan pertama ke tata kelola yang baik dan "
                            "pengendalian proses. Penghematan awal yang terlihat membangun kepercayaan "
                            "diri tim dan membiayai pilihan yang lebih besar di kemudian hari.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "trainer-guide",
                            "title": "Panduan Pelatih: Produktivitas melalui Produksi Bersih",
                            "description": "Panduan persiapan, penyampaian, dan konsultasi untuk seluruh siklus "
                            "Modul 3, termasuk data awal yang perlu diminta dari setiap "
                            "perusahaan.",
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
                "en": "A half-day by half-day plan for the classroom session, with the participatory "
                "methods that make managers and workers from four or five enterprises learn from "
                "their own processes.",
                "id": "Rencana per setengah hari untuk pelatihan kelas, dengan metode partisipatif yang "
                "membuat manajer dan pekerja dari empat atau lima perusahaan belajar dari proses "
                "mereka sendiri.",
            },
            "estimated_minutes": 45,
            "downloads": ["trainer-guide", "waste-walk-worksheet"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>The classroom session usually brings together four or five enterprises, each "
                        "sending two managers and two workers: sixteen to twenty participants in all. Seat "
                        "them in enterprise teams, one table per enterprise, because every exercise is done on "
                        "the team's own process. Ideally the four are members of the enterprise's EIT, so that "
                        "the people who plan the improvements in class are the same people who carry them "
                        "out.</p><p>Ask every enterprise, when you confirm the date, to bring its last three "
                        "to six months of electricity, water and fuel bills, and rough figures for its main "
                        "raw materials and monthly output. Without numbers the cost exercises stay "
                        "abstract.</p>",
                    ),
                    ("heading", {"text": "Day 1, morning: seeing waste as money", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Open with introductions and a short round in which each enterprise team reports "
                        "one result from its Module 1 improvement work. This reconnects the group with the EIT "
                        "approach. Then ask each participant to write on a card one thing that was thrown "
                        "away, spilled or left running in their workplace yesterday. Cluster the cards on the "
                        "wall: the group has just produced its first waste inventory.</p><p>Introduce the idea "
                        "of Cleaner Production and the true cost of waste (no more than fifteen minutes), then "
                        "let each team calculate the true cost of one waste stream of its own, using purchase "
                        "prices and an estimate of the labour and energy spent on it. Teams present their "
                        "figures; write them on a flip chart and add them up for the room.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Day 1, afternoon: mapping material and energy flows",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>The afternoon is for the flow map. Each team draws its own process, step by step, "
                        "with inputs and outputs, using Part A and Part B of the worksheet. Go from table to "
                        "table and ask questions rather than correcting: 'Where does the rinse water go?', "
                        "'What happens to the first pieces after a machine is set up?' Workers usually know "
                        "the answers better than managers; make sure they hold the marker.</p><p>End the day "
                        "with the bills: each team works out its energy and water cost per month and, if "
                        "possible, per unit of product. The homework for the evening is to talk by phone with "
                        "a colleague at the enterprise to check two quantities the team was unsure of.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Map your material and energy flows",
                            "objective": "Each enterprise team produces a flow map of its own process with "
                            "inputs, outputs and estimated quantities, and marks the three steps "
                            "with the largest losses.",
                            "duration_minutes": 75,
                            "group_size": "Enterprise teams of 4 (2 managers, 2 workers)",
                            "materials": [
                                "Flip chart paper",
                                "Markers in three colours",
                                "Sticky notes",
                                "Worksheet Parts A and B",
                                "The enterprise's electricity, water and fuel bills",
                            ],
                            "steps": [
                                "Draw the main process steps as boxes from raw material receipt to dispatch; "
                                "keep it to six to ten steps.",
                                "Write the inputs above each box in blue: materials, water, energy, chemicals, "
                                "packaging.",
                                "Write the outputs below each box: the product in black, all waste outputs in "
                                "red.",
                                "Add quantities per day or per batch; mark estimates with an E.",
                                "Put a red dot on the three steps where the team thinks the largest losses "
                                "occur, and agree on why.",
                                "Hang the map on the wall; each team explains it to the others in three "
                                "minutes, with a worker presenting.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Day 2, morning: generating improvement options", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Start with short inputs on the main loss areas in small enterprises: compressed "
                        "air and steam leaks, motors and machines running idle, lighting, heating and cooling, "
                        "water use in washing and rinsing, and over-dosing of chemicals. Show photographs from "
                        "the baseline visits, not textbook pictures.</p><p>Then each team brainstorms options "
                        "for its three red-dot steps, using the five types of option (housekeeping, input "
                        "substitution, process optimisation, equipment modification, reuse and recycling). Use "
                        "a 'gallery walk': teams rotate between the maps of the other enterprises and add "
                        "ideas on sticky notes. A tofu maker often has a good idea for a garment workshop, and "
                        "the reverse.</p>",
                    ),
                    ("heading", {"text": "Day 2, afternoon: the improvement plan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Teams screen their options with Part E of the worksheet: cost, expected saving, "
                        "ease, and effect on safety, health and the environment. They select three to six "
                        "options for the first three months and write the improvement plan: what will be done, "
                        "by whom, by when, with which resources, and how the result will be measured. Every "
                        "action needs a baseline figure or a date on which the baseline will be "
                        "measured.</p><p>Each team presents its plan in five minutes and receives one question "
                        "and one suggestion from another team. Close by agreeing the date of the first "
                        "consultancy visit with each enterprise, ideally within two weeks, and by reminding "
                        "teams to present the plan to all staff at their workplace within a week.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Let workers speak first",
                            "text": "<p>In plenary rounds, ask a worker from each team to report before a "
                            "manager does. Workers see the leaks, the overflows and the rejects every "
                            "day; if they present, the managers hear it, and the team's plan becomes "
                            "their shared plan. Change the presenter for each exercise.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Trainer's preparation for the classroom session",
                            "items": [
                                "Baseline visit completed in every enterprise, with photographs of real waste "
                                "examples.",
                                "Each enterprise has confirmed two managers and two workers, preferably EIT "
                                "members.",
                                "Enterprises have been asked to bring bills and rough figures for materials and "
                                "output.",
                                "Worksheets printed for every participant; flip charts, markers in three "
                                "colours, sticky notes, cards.",
                                "Room arranged with one table per enterprise and wall space for the flow maps.",
                                "Agenda and exercises checked for time; presentations kept to 15 minutes each.",
                                "Dates for the first consultancy visits pre-proposed to each enterprise.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "In one classroom session, a sewing operator from a garment workshop in "
                            "Bogor pointed out during the flow map exercise that the 25 sewing machines "
                            "ran with their clutch motors on through every break and while operators "
                            "waited for cut pieces. Her manager had never noticed. The team put 'switch "
                            "off during breaks and waiting' at the top of its plan, agreed a simple "
                            "signal with the line leader, and at the first visit the daily meter "
                            "readings already showed an electricity saving of around 10 percent.",
                            "attribution": "",
                            "organisation": "Garment workshop, Bogor (illustrative case)",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Pelatihan kelas biasanya mempertemukan empat atau lima perusahaan, masing-masing "
                        "mengirim dua manajer dan dua pekerja: enam belas sampai dua puluh peserta seluruhnya. "
                        "Dudukkan mereka per tim perusahaan, satu meja untuk satu perusahaan, karena setiap "
                        "latihan dikerjakan pada proses tim itu sendiri. Idealnya keempat orang tersebut "
                        "adalah anggota EIT perusahaan, sehingga orang yang merencanakan perbaikan di kelas "
                        "adalah orang yang sama yang akan melaksanakannya.</p><p>Saat mengonfirmasi tanggal, "
                        "mintalah setiap perusahaan membawa tagihan listrik, air, dan bahan bakar tiga sampai "
                        "enam bulan terakhir, serta angka perkiraan bahan baku utama dan produksi bulanan. "
                        "Tanpa angka, latihan perhitungan biaya akan tetap abstrak.</p>",
                    ),
                    ("heading", {"text": "Hari 1, pagi: melihat limbah sebagai uang", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Buka dengan perkenalan dan putaran singkat di mana setiap tim perusahaan "
                        "melaporkan satu hasil kerja perbaikan Modul 1. Ini menyambungkan kembali kelompok "
                        "dengan pendekatan EIT. Kemudian mintalah setiap peserta menuliskan pada kartu satu "
                        "hal yang kemarin dibuang, tumpah, atau dibiarkan menyala di tempat kerjanya. "
                        "Kelompokkan kartu-kartu itu di dinding: kelompok baru saja menyusun daftar limbahnya "
                        "yang pertama.</p><p>Perkenalkan gagasan Produksi Bersih dan biaya limbah yang "
                        "sebenarnya (paling lama lima belas menit), lalu biarkan setiap tim menghitung biaya "
                        "sebenarnya dari satu jenis limbah di perusahaannya, dengan harga beli dan perkiraan "
                        "tenaga kerja serta energi yang telah dikeluarkan untuknya. Tim mempresentasikan "
                        "angkanya; tuliskan di kertas plano dan jumlahkan untuk seluruh kelas.</p>",
                    ),
                    ("heading", {"text": "Hari 1, siang: memetakan aliran bahan dan energi", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sesi siang digunakan untuk peta aliran. Setiap tim menggambar prosesnya sendiri "
                        "langkah demi langkah, lengkap dengan input dan output, menggunakan Bagian A dan "
                        "Bagian B lembar kerja. Datangi meja satu per satu dan ajukan pertanyaan alih-alih "
                        "mengoreksi: 'Air bilasan dibuang ke mana?', 'Apa yang terjadi dengan potongan pertama "
                        "setelah mesin disetel?' Pekerja biasanya lebih tahu jawabannya daripada manajer; "
                        "pastikan merekalah yang memegang spidol.</p><p>Akhiri hari dengan tagihan: setiap tim "
                        "menghitung biaya energi dan air per bulan dan, jika memungkinkan, per satuan produk. "
                        "Tugas malam harinya adalah menelepon rekan di perusahaan untuk memastikan dua angka "
                        "yang masih diragukan tim.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Petakan aliran bahan dan energi Anda",
                            "objective": "Setiap tim perusahaan menghasilkan peta aliran prosesnya sendiri "
                            "dengan input, output, dan perkiraan jumlah, serta menandai tiga "
                            "langkah dengan kehilangan terbesar.",
                            "duration_minutes": 75,
                            "group_size": "Tim perusahaan berisi 4 orang (2 manajer, 2 pekerja)",
                            "materials": [
                                "Kertas plano",
                                "Spidol tiga warna",
                                "Kertas tempel",
                                "Lembar kerja Bagian A dan B",
                                "Tagihan listrik, air, dan bahan bakar perusahaan",
                            ],
                            "steps": [
                                "Gambarlah langkah-langkah utama proses sebagai kotak, dari penerimaan bahan "
                                "baku sampai pengiriman; cukup enam sampai sepuluh langkah.",
                                "Tuliskan input di atas setiap kotak dengan warna biru: bahan, air, energi, "
                                "bahan kimia, kemasan.",
                                "Tuliskan output di bawah setiap kotak: produk dengan warna hitam, semua output "
                                "limbah dengan warna merah.",
                                "Tambahkan jumlah per hari atau per batch; beri tanda P pada angka perkiraan.",
                                "Beri titik merah pada tiga langkah yang menurut tim menimbulkan kehilangan "
                                "terbesar, dan sepakati alasannya.",
                                "Tempelkan peta di dinding; setiap tim menjelaskannya kepada tim lain dalam "
                                "tiga menit, dengan seorang pekerja sebagai penyaji.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Hari 2, pagi: menyusun pilihan perbaikan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mulailah dengan paparan singkat tentang sumber kehilangan utama di usaha kecil: "
                        "kebocoran udara tekan dan uap, motor dan mesin yang menyala tanpa beban, penerangan, "
                        "pemanasan dan pendinginan, pemakaian air untuk mencuci dan membilas, serta takaran "
                        "bahan kimia yang berlebihan. Tunjukkan foto dari kunjungan awal, bukan gambar dari "
                        "buku.</p><p>Kemudian setiap tim melakukan curah gagasan untuk tiga langkah bertitik "
                        "merahnya, berdasarkan lima jenis pilihan (tata kelola yang baik, substitusi bahan, "
                        "optimasi proses, modifikasi peralatan, penggunaan ulang dan daur ulang). Gunakan "
                        "'galeri berjalan': tim bergiliran mendatangi peta perusahaan lain dan menambahkan "
                        "gagasan dengan kertas tempel. Pembuat tahu sering punya gagasan bagus untuk usaha "
                        "konveksi, begitu pula sebaliknya.</p>",
                    ),
                    ("heading", {"text": "Hari 2, siang: rencana perbaikan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Tim menyaring pilihannya dengan Bagian E lembar kerja: biaya, perkiraan "
                        "penghematan, kemudahan, dan dampak terhadap keselamatan, kesehatan, dan lingkungan. "
                        "Mereka memilih tiga sampai enam pilihan untuk tiga bulan pertama dan menulis rencana "
                        "perbaikan: apa yang akan dilakukan, oleh siapa, kapan selesai, dengan sumber daya "
                        "apa, dan bagaimana hasilnya diukur. Setiap tindakan memerlukan angka awal, atau "
                        "tanggal kapan angka awal itu akan diukur.</p><p>Setiap tim mempresentasikan "
                        "rencananya dalam lima menit dan menerima satu pertanyaan serta satu saran dari tim "
                        "lain. Tutup dengan menyepakati tanggal kunjungan konsultasi pertama dengan setiap "
                        "perusahaan, idealnya dalam dua minggu, dan mengingatkan tim untuk mempresentasikan "
                        "rencana itu kepada seluruh karyawan di tempat kerja dalam waktu seminggu.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Biarkan pekerja berbicara lebih dulu",
                            "text": "<p>Dalam putaran pleno, mintalah seorang pekerja dari setiap tim melapor "
                            "sebelum manajer. Pekerjalah yang setiap hari melihat kebocoran, luapan, "
                            "dan produk cacat; jika mereka yang menyajikan, manajer ikut mendengarnya, "
                            "dan rencana tim menjadi rencana bersama. Ganti penyaji pada setiap "
                            "latihan.</p>",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Persiapan pelatih untuk pelatihan kelas",
                            "items": [
                                "Kunjungan awal sudah dilakukan di setiap perusahaan, dengan foto contoh limbah "
                                "yang nyata.",
                                "Setiap perusahaan sudah mengonfirmasi dua manajer dan dua pekerja, sebaiknya "
                                "anggota EIT.",
                                "Perusahaan sudah diminta membawa tagihan serta angka perkiraan bahan dan "
                                "produksi.",
                                "Lembar kerja dicetak untuk setiap peserta; kertas plano, spidol tiga warna, "
                                "kertas tempel, kartu.",
                                "Ruangan diatur dengan satu meja per perusahaan dan ruang dinding untuk peta "
                                "aliran.",
                                "Agenda dan latihan sudah diperiksa waktunya; setiap presentasi paling lama 15 "
                                "menit.",
                                "Tanggal kunjungan konsultasi pertama sudah diusulkan kepada setiap perusahaan.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Dalam salah satu pelatihan kelas, seorang operator jahit dari usaha "
                            "konveksi di Bogor menyampaikan saat latihan peta aliran bahwa motor kopling "
                            "25 mesin jahit tetap menyala selama setiap istirahat dan selama operator "
                            "menunggu potongan kain. Manajernya tidak pernah menyadarinya. Tim "
                            "menempatkan 'matikan mesin saat istirahat dan menunggu' di urutan teratas "
                            "rencananya, menyepakati isyarat sederhana dengan kepala lini, dan pada "
                            "kunjungan pertama catatan meteran harian sudah menunjukkan penghematan "
                            "listrik sekitar 10 persen.",
                            "attribution": "",
                            "organisation": "Usaha konveksi, Bogor (contoh ilustrasi)",
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
                "en": "How the EIT turns the classroom plan into savings, what the trainer checks at each "
                "of the four visits, and how results are measured and presented.",
                "id": "Bagaimana EIT mengubah rencana dari kelas menjadi penghematan, apa yang diperiksa "
                "pelatih pada setiap kunjungan dari empat kunjungan, dan bagaimana hasil diukur serta "
                "dipresentasikan.",
            },
            "estimated_minutes": 40,
            "downloads": ["trainer-guide"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>The classroom session produces a plan; the savings are made in the weeks that "
                        "follow. In Module 3 the trainer visits each enterprise four times over about three "
                        "months. Between the visits the Enterprise Improvement Team does the work. The "
                        "trainer's job is to keep the team moving, to help when it is stuck, and to make sure "
                        "the results are measured honestly, not to implement the improvements for the "
                        "enterprise.</p>",
                    ),
                    ("heading", {"text": "From the classroom plan to the enterprise's plan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Within a week of the classroom session, the four participants present the "
                        "improvement plan to the rest of the EIT and to all staff, for example in a short "
                        "meeting at the start of a shift. Workers in each area are asked for their own ideas "
                        "and for help. The EIT then completes the plan: every action has an owner, a deadline, "
                        "the resources needed, an indicator and a baseline value. The plan is posted on the "
                        "EIT notice board where everyone can see it.</p>",
                    ),
                    ("heading", {"text": "Implementation", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The EIT meets every week for about thirty minutes, standing at the notice board. "
                        "It reviews each action (done, in progress, stuck), reads the meter log, and agrees "
                        "what happens next week. Good practice:</p><ul><li>do the quick wins first, within the "
                        "first two weeks: leaks, switching off, closing lids;</li><li>take a 'before' "
                        "photograph of every problem and an 'after' photograph of every "
                        "solution;</li><li>involve the workers of each area in testing new settings or "
                        "recipes, and agree the new way of working with them;</li><li>write every change that "
                        "works into a work instruction or a visual sign, so that it survives shift changes and "
                        "new staff.</li></ul>",
                    ),
                    ("heading", {"text": "What the trainer checks at each visit", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol><li><b>Visit 1 (about two weeks after class):</b> the plan has been presented to "
                        "staff and completed; baseline measurements are running; the trainer joins the EIT for "
                        "a walk-through of the workplace and helps to add anything missed.</li><li><b>Visit 2 "
                        "(about four to six weeks after class):</b> the quick wins are done and visible; the "
                        "meter log shows the first changes; obstacles are discussed and the plan is "
                        "adjusted.</li><li><b>Visit 3 (about eight weeks after class):</b> savings are "
                        "calculated in rupiah; larger options (insulation, substitution trials, process "
                        "changes) are under way; new practices are written down.</li><li><b>Visit 4 (about "
                        "twelve weeks after class):</b> results are compiled for the presentation; the EIT "
                        "agrees how to keep the improvements going and what to tackle next.</li></ol>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Consultancy visit checklist",
                            "items": [
                                "Met with the EIT, including at least one worker member, not with the owner "
                                "alone.",
                                "Reviewed the improvement plan: status of each action, owner and deadline.",
                                "Walked the workplace and saw the changes, with 'before' and 'after' "
                                "photographs.",
                                "Checked the meter and waste logs for gaps and for figures that look "
                                "implausible.",
                                "Checked that no change has created a safety, health or hygiene risk.",
                                "Agreed next steps, written by the team, with dates.",
                                "Left a short visit note and kept a copy for the progress report.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Measuring results", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Use indicators per unit of output, compared with the "
                        "baseline:</p><ul><li>electricity in kWh per unit (per hundred pieces, per kilogram, "
                        "per batch);</li><li>water in litres or cubic metres per unit;</li><li>fuel (LPG "
                        "kilograms, firewood kilograms, diesel litres) per unit;</li><li>main raw material "
                        "used per unit, and the reject rate in percent;</li><li>waste quantity per month and "
                        "its disposal cost.</li></ul><p>Convert the change into rupiah per month at current "
                        "prices, subtract any running costs, and divide the investment by the monthly saving "
                        "to obtain the payback period in months.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Do not compare raw bills",
                            "text": "<p>A lower electricity bill may simply mean that the enterprise produced "
                            "less that month, and a higher one may hide a real saving during a busy "
                            "season. Always divide by output. Note tariff and price changes separately, "
                            "and never count a saving that the EIT cannot explain.</p>",
                        },
                    ),
                    ("heading", {"text": "The results presentation workshop", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>At the end of the cycle all enterprises meet again for the results presentation "
                        "workshop. Each enterprise presents in ten to fifteen minutes: its starting situation, "
                        "the actions taken, the results with before-and-after figures and photographs, the "
                        "savings in rupiah, and its next steps. A manager and a worker present together. The "
                        "other enterprises ask questions and often leave with ideas to copy. The trainer uses "
                        "the presentations and the visit notes to complete the progress report.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A batik workshop in Pekalongan with 30 workers mixed its dyes by eye, and "
                            "each batch was rinsed under running water until it 'looked clean'. The EIT "
                            "weighed dyes for a month, agreed standard recipes with the colourists, and "
                            "replaced continuous rinsing with three rinse tubs used in sequence. Dye "
                            "purchases fell by about 15 percent and water use by nearly half. At the "
                            "results workshop, one of the colourists presented the new recipe cards "
                            "herself.",
                            "attribution": "",
                            "organisation": "Batik workshop, Pekalongan (illustrative case)",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>Pelatihan kelas menghasilkan rencana; penghematannya terjadi dalam minggu-minggu "
                        "sesudahnya. Dalam Modul 3 pelatih mengunjungi setiap perusahaan empat kali selama "
                        "kurang lebih tiga bulan. Di antara kunjungan, Tim Peningkatan Perusahaanlah yang "
                        "bekerja. Tugas pelatih adalah menjaga tim tetap bergerak, membantu ketika tim menemui "
                        "jalan buntu, dan memastikan hasil diukur dengan jujur, bukan melaksanakan perbaikan "
                        "untuk perusahaan.</p>",
                    ),
                    ("heading", {"text": "Dari rencana kelas menjadi rencana perusahaan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dalam waktu seminggu setelah pelatihan kelas, keempat peserta mempresentasikan "
                        "rencana perbaikan kepada anggota EIT lainnya dan seluruh karyawan, misalnya dalam "
                        "pertemuan singkat di awal giliran kerja. Pekerja di setiap area diminta menyampaikan "
                        "gagasan dan bantuannya. EIT kemudian melengkapi rencana: setiap tindakan memiliki "
                        "penanggung jawab, tenggat waktu, sumber daya yang diperlukan, indikator, dan nilai "
                        "awal. Rencana ditempel di papan informasi EIT agar semua orang dapat melihatnya.</p>",
                    ),
                    ("heading", {"text": "Pelaksanaan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>EIT bertemu setiap minggu sekitar tiga puluh menit, sambil berdiri di depan papan "
                        "informasi. Tim meninjau setiap tindakan (selesai, sedang berjalan, macet), membaca "
                        "catatan meteran, dan menyepakati apa yang dilakukan minggu depan. Praktik yang "
                        "baik:</p><ul><li>kerjakan perbaikan cepat lebih dulu, dalam dua minggu pertama: "
                        "kebocoran, mematikan mesin, menutup wadah;</li><li>ambil foto 'sebelum' untuk setiap "
                        "masalah dan foto 'sesudah' untuk setiap solusi;</li><li>libatkan pekerja di setiap "
                        "area dalam menguji setelan atau resep baru, dan sepakati cara kerja baru bersama "
                        "mereka;</li><li>tuangkan setiap perubahan yang berhasil ke dalam instruksi kerja atau "
                        "tanda visual, agar tetap berjalan meskipun giliran kerja berganti dan ada karyawan "
                        "baru.</li></ul>",
                    ),
                    ("heading", {"text": "Apa yang diperiksa pelatih pada setiap kunjungan", "level": "h2"}),
                    (
                        "paragraph",
                        "<ol><li><b>Kunjungan 1 (sekitar dua minggu setelah kelas):</b> rencana sudah "
                        "dipresentasikan kepada karyawan dan dilengkapi; pengukuran awal sudah berjalan; "
                        "pelatih ikut menelusuri tempat kerja bersama EIT dan membantu menambahkan hal yang "
                        "terlewat.</li><li><b>Kunjungan 2 (sekitar empat sampai enam minggu setelah "
                        "kelas):</b> perbaikan cepat sudah selesai dan terlihat; catatan meteran menunjukkan "
                        "perubahan pertama; hambatan dibahas dan rencana disesuaikan.</li><li><b>Kunjungan 3 "
                        "(sekitar delapan minggu setelah kelas):</b> penghematan sudah dihitung dalam rupiah; "
                        "pilihan yang lebih besar (insulasi, uji coba substitusi, perubahan proses) sedang "
                        "berjalan; cara kerja baru sudah dituliskan.</li><li><b>Kunjungan 4 (sekitar dua belas "
                        "minggu setelah kelas):</b> hasil dihimpun untuk presentasi; EIT menyepakati cara "
                        "mempertahankan perbaikan dan apa yang akan ditangani berikutnya.</li></ol>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Daftar periksa kunjungan konsultasi",
                            "items": [
                                "Bertemu dengan EIT, termasuk sedikitnya satu anggota pekerja, bukan hanya "
                                "dengan pemilik.",
                                "Meninjau rencana perbaikan: status setiap tindakan, penanggung jawab, dan "
                                "tenggat waktu.",
                                "Menelusuri tempat kerja dan melihat perubahannya, dengan foto 'sebelum' dan "
                                "'sesudah'.",
                                "Memeriksa catatan meteran dan limbah, apakah ada data yang kosong atau angka "
                                "yang tidak masuk akal.",
                                "Memastikan tidak ada perubahan yang menimbulkan risiko keselamatan, kesehatan, "
                                "atau kebersihan.",
                                "Menyepakati langkah berikutnya, ditulis oleh tim, lengkap dengan tanggal.",
                                "Meninggalkan catatan kunjungan singkat dan menyimpan salinannya untuk laporan "
                                "kemajuan.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Mengukur hasil", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Gunakan indikator per satuan produk, dibandingkan dengan nilai "
                        "awal:</p><ul><li>listrik dalam kWh per satuan (per seratus potong, per kilogram, per "
                        "batch);</li><li>air dalam liter atau meter kubik per satuan;</li><li>bahan bakar "
                        "(kilogram elpiji, kilogram kayu bakar, liter solar) per satuan;</li><li>pemakaian "
                        "bahan baku utama per satuan, dan persentase produk cacat;</li><li>jumlah limbah per "
                        "bulan dan biaya pembuangannya.</li></ul><p>Ubah perubahan tersebut menjadi rupiah per "
                        "bulan dengan harga saat ini, kurangi biaya operasional tambahan, lalu bagi investasi "
                        "dengan penghematan bulanan untuk mendapatkan periode pengembalian modal dalam "
                        "bulan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jangan membandingkan tagihan mentah",
                            "text": "<p>Tagihan listrik yang lebih rendah mungkin hanya berarti perusahaan "
                            "berproduksi lebih sedikit bulan itu, dan tagihan yang lebih tinggi dapat "
                            "menyembunyikan penghematan nyata pada musim ramai. Selalu bagi dengan "
                            "jumlah produksi. Catat perubahan tarif dan harga secara terpisah, dan "
                            "jangan pernah menghitung penghematan yang tidak dapat dijelaskan oleh "
                            "EIT.</p>",
                        },
                    ),
                    ("heading", {"text": "Lokakarya presentasi hasil", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Di akhir siklus, semua perusahaan bertemu kembali dalam lokakarya presentasi "
                        "hasil. Setiap perusahaan presentasi selama sepuluh sampai lima belas menit: kondisi "
                        "awal, tindakan yang dilakukan, hasil dengan angka serta foto sebelum dan sesudah, "
                        "penghematan dalam rupiah, dan langkah selanjutnya. Seorang manajer dan seorang "
                        "pekerja presentasi bersama. Perusahaan lain mengajukan pertanyaan dan sering pulang "
                        "dengan gagasan untuk ditiru. Pelatih menggunakan presentasi dan catatan kunjungan "
                        "untuk melengkapi laporan kemajuan.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah usaha batik di Pekalongan dengan 30 pekerja mencampur zat warna "
                            "dengan perkiraan mata, dan setiap batch dibilas di bawah air mengalir "
                            "sampai 'terlihat bersih'. EIT menimbang zat warna selama sebulan, "
                            "menyepakati resep baku bersama para pewarna, dan mengganti pembilasan "
                            "dengan air mengalir menjadi tiga bak bilas yang dipakai berurutan. "
                            "Pembelian zat warna turun sekitar 15 persen dan pemakaian air hampir "
                            "setengahnya. Dalam lokakarya hasil, salah seorang pewarna mempresentasikan "
                            "sendiri kartu resep yang baru.",
                            "attribution": "",
                            "organisation": "Usaha batik, Pekalongan (contoh ilustrasi)",
                        },
                    ),
                ],
            },
        },
        # ------------------------------------------------------------------ lesson 4
        {
            "slug": "energy-water-and-the-waste-walk",
            "title": {
                "en": "Measuring energy and water use, and running a waste walk",
                "id": "Mengukur pemakaian energi dan air, serta menjalankan penelusuran limbah",
            },
            "introduction": {
                "en": "Simple measurements any small enterprise can make with its own meters, and a "
                "structured waste walk that turns observations into costed improvement options.",
                "id": "Pengukuran sederhana yang dapat dilakukan usaha kecil mana pun dengan meterannya "
                "sendiri, dan penelusuran limbah terstruktur yang mengubah pengamatan menjadi pilihan "
                "perbaikan yang terhitung biayanya.",
            },
            "estimated_minutes": 50,
            "downloads": ["waste-walk-worksheet"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        "<p>An EIT that does not measure cannot show what it has achieved, and usually does "
                        "not know where to start. Monthly bills are too coarse: they mix days of high and low "
                        "production and arrive weeks late. This lesson shows trainers how to help the team "
                        "build a daily picture of energy and water use with the meters the enterprise already "
                        "has, and how to run a waste walk that finds the losses behind the numbers.</p>",
                    ),
                    ("heading", {"text": "Reading the meters", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most enterprises have what they need:</p><ul><li><b>Electricity:</b> the PLN meter "
                        "shows cumulative kWh. Prepaid (token) meters show the remaining credit; record the "
                        "credit at the same time every day, and the difference is the day's "
                        "consumption.</li><li><b>Water:</b> the PDAM meter shows cubic metres. For a well with "
                        "an electric pump, record pump running hours or fill a tank of known volume and count "
                        "the fills.</li><li><b>Fuel:</b> count LPG cylinders (and their size) used per day or "
                        "per week; weigh firewood or sawdust per batch; record diesel in litres at each "
                        "refill.</li></ul><p>Read at the same time every day, and record the day's production "
                        "next to the reading.</p>",
                    ),
                    ("heading", {"text": "A simple energy and water log", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>One sheet per meter, one line per day: date, reading, consumption since the last "
                        "reading, production output, consumption per unit, and a remarks column for anything "
                        "unusual (a machine breakdown, a large order, a holiday). Two weeks of readings before "
                        "the improvements start give a usable baseline. Assign one person per meter, and a "
                        "stand-in; a log with gaps is of little use.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "The overnight test",
                            "text": "<p>Read the electricity and water meters at closing time and again before "
                            "work starts the next morning. Whatever was used overnight, when nobody was "
                            "working, is either a leak or equipment left on. Many enterprises find "
                            "their first saving with this test alone.</p>",
                        },
                    ),
                    ("heading", {"text": "Running a waste walk", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A waste walk is a structured walk-through of the whole process by a small, mixed "
                        "team, with the single purpose of seeing losses. It follows the material: from the raw "
                        "material store, through every production step, to packing, dispatch and the waste "
                        "collection point. Choose a normal working day, so that the team sees the process "
                        "running. The rules are simple: look, ask, measure where possible, write it down, and "
                        "do not blame anyone for what you see.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Waste walk",
                            "objective": "The EIT identifies and records material, water, energy and time "
                            "losses along the whole process, estimates their cost, and selects the "
                            "first options for the improvement plan.",
                            "duration_minutes": 90,
                            "group_size": "4 to 6 EIT members, managers and workers mixed, plus the trainer as "
                            "observer",
                            "materials": [
                                "Worksheet Part C (waste walk log)",
                                "Clipboards and pens",
                                "Mobile phone camera",
                                "Measuring jug and stopwatch",
                                "Simple scale",
                            ],
                            "steps": [
                                "Agree the route and the roles: one leader, one note-taker, one photographer; "
                                "the worker of each area explains the step.",
                                "Start at the raw material store: check storage conditions, expired or damaged "
                                "stock, and open containers.",
                                "Follow the material through each step; at each one ask what goes in, what "
                                "comes out and what is lost.",
                                "Measure what you can on the spot: time a jug filling under a leaking tap, "
                                "weigh a bin of offcuts, count rejects.",
                                "Record every observation on one line of the log, with a photograph number.",
                                "Finish at the waste collection point: what is thrown away, mixed or could be "
                                "sold.",
                                "Back in the meeting room, estimate the monthly cost of each loss and choose "
                                "the three to five to act on first.",
                            ],
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "What to look for on a waste walk",
                            "items": [
                                "Leaking taps, hoses, pipes and toilet cisterns; hoses running with nobody "
                                "using them.",
                                "Compressed air or steam leaks: listen for hissing during breaks when the "
                                "workplace is quiet.",
                                "Machines, fans, compressors and lights running with nobody working at them.",
                                "Hot surfaces without insulation: boilers, cooking vessels, pipes, ovens with "
                                "open doors.",
                                "Overflows, spills and drips of raw material, chemicals or product.",
                                "Rejects, rework and first pieces scrapped after every set-up.",
                                "Materials stored open, on the floor, in the sun or the rain, or past their "
                                "use-by date.",
                                "Waste streams mixed together that could be sold or reused if kept separate.",
                            ],
                        },
                    ),
                    ("heading", {"text": "From observations to numbers", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Rough estimates are enough to set priorities. For a leak, measure the litres "
                        "collected in one minute, multiply by the hours it runs per day and the working days "
                        "per month, and price it at the water tariff plus pumping. For a machine running idle, "
                        "take its rated power from the nameplate, multiply by the idle hours per day and the "
                        "electricity tariff. For offcuts and rejects, weigh one day's quantity and price it at "
                        "the purchase price of the material. Write every estimate in rupiah per month in Part "
                        "C of the worksheet; the ranking that results is usually clear, and often "
                        "surprising.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "A bakery in Yogyakarta with 12 workers used about thirty 12-kilogram LPG "
                            "cylinders a month. The EIT logged gas use per baking batch for two weeks "
                            "and saw that the two ovens were lit an hour before the dough was ready, "
                            "and were reheated after a midday gap. The team rescheduled mixing so the "
                            "first batch was ready when the ovens reached temperature, and grouped the "
                            "afternoon bakes without a gap. Gas use fell to about 24 cylinders a month "
                            "with the same output. The overnight test also found a leaking cistern, "
                            "fixed the same week.",
                            "attribution": "",
                            "organisation": "Bakery, Yogyakarta (illustrative case)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "waste-walk-worksheet",
                            "title": "Worksheet: Material and Energy Flows and the Waste Walk",
                            "description": "Parts A to E: process flow, input and output table, waste walk log, "
                            "meter log and option screening. Print one set per enterprise team.",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        "<p>EIT yang tidak mengukur tidak dapat menunjukkan apa yang telah dicapainya, dan "
                        "biasanya tidak tahu harus mulai dari mana. Tagihan bulanan terlalu kasar: tagihan "
                        "mencampur hari-hari produksi tinggi dan rendah, dan datangnya terlambat beberapa "
                        "minggu. Pelajaran ini menunjukkan kepada pelatih cara membantu tim menyusun gambaran "
                        "harian pemakaian energi dan air dengan meteran yang sudah dimiliki perusahaan, serta "
                        "cara menjalankan penelusuran limbah yang menemukan kehilangan di balik angka-angka "
                        "tersebut.</p>",
                    ),
                    ("heading", {"text": "Membaca meteran", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sebagian besar perusahaan sudah memiliki yang "
                        "dibutuhkan:</p><ul><li><b>Listrik:</b> meteran PLN menunjukkan kWh kumulatif. Meteran "
                        "prabayar (token) menunjukkan sisa kredit; catat sisa kredit pada jam yang sama setiap "
                        "hari, dan selisihnya adalah pemakaian hari itu.</li><li><b>Air:</b> meteran PDAM "
                        "menunjukkan meter kubik. Untuk sumur dengan pompa listrik, catat jam nyala pompa atau "
                        "isi tangki yang volumenya diketahui lalu hitung berapa kali terisi.</li><li><b>Bahan "
                        "bakar:</b> hitung tabung elpiji (beserta ukurannya) yang terpakai per hari atau per "
                        "minggu; timbang kayu bakar atau serbuk gergaji per batch; catat solar dalam liter "
                        "setiap kali pengisian.</li></ul><p>Bacalah pada jam yang sama setiap hari, dan catat "
                        "jumlah produksi hari itu di samping angka meteran.</p>",
                    ),
                    ("heading", {"text": "Catatan energi dan air yang sederhana", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Satu lembar untuk setiap meteran, satu baris untuk setiap hari: tanggal, angka "
                        "meteran, pemakaian sejak pembacaan terakhir, jumlah produksi, pemakaian per satuan "
                        "produk, dan kolom keterangan untuk hal yang tidak biasa (mesin rusak, pesanan besar, "
                        "hari libur). Pembacaan selama dua minggu sebelum perbaikan dimulai sudah memberikan "
                        "nilai awal yang dapat digunakan. Tunjuk satu orang untuk setiap meteran, beserta "
                        "penggantinya; catatan yang bolong-bolong tidak banyak gunanya.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Uji semalam",
                            "text": "<p>Baca meteran listrik dan air pada saat tutup dan sekali lagi sebelum "
                            "pekerjaan dimulai keesokan paginya. Apa pun yang terpakai di malam hari, "
                            "ketika tidak ada yang bekerja, adalah kebocoran atau peralatan yang lupa "
                            "dimatikan. Banyak perusahaan menemukan penghematan pertamanya hanya dengan "
                            "uji ini.</p>",
                        },
                    ),
                    ("heading", {"text": "Menjalankan penelusuran limbah", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Penelusuran limbah (waste walk) adalah penelusuran terstruktur atas seluruh proses "
                        "oleh tim kecil yang anggotanya campuran, dengan satu tujuan: melihat kehilangan. "
                        "Penelusuran mengikuti bahan: dari gudang bahan baku, melalui setiap langkah produksi, "
                        "sampai pengemasan, pengiriman, dan tempat pengumpulan limbah. Pilihlah hari kerja "
                        "biasa agar tim melihat proses saat berjalan. Aturannya sederhana: lihat, tanyakan, "
                        "ukur jika memungkinkan, catat, dan jangan menyalahkan siapa pun atas apa yang "
                        "terlihat.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Penelusuran limbah",
                            "objective": "EIT mengenali dan mencatat kehilangan bahan, air, energi, dan waktu "
                            "di sepanjang proses, memperkirakan biayanya, dan memilih pilihan "
                            "pertama untuk rencana perbaikan.",
                            "duration_minutes": 90,
                            "group_size": "4 sampai 6 anggota EIT, campuran manajer dan pekerja, ditambah "
                            "pelatih sebagai pengamat",
                            "materials": [
                                "Lembar kerja Bagian C (catatan penelusuran limbah)",
                                "Papan klip dan pulpen",
                                "Kamera telepon genggam",
                                "Gelas ukur dan stopwatch",
                                "Timbangan sederhana",
                            ],
                            "steps": [
                                "Sepakati rute dan peran: satu pemimpin, satu pencatat, satu pemotret; pekerja "
                                "di setiap area menjelaskan langkah kerjanya.",
                                "Mulailah di gudang bahan baku: periksa kondisi penyimpanan, stok kedaluwarsa "
                                "atau rusak, dan wadah yang terbuka.",
                                "Ikuti bahan melalui setiap langkah; di setiap langkah tanyakan apa yang masuk, "
                                "apa yang keluar, dan apa yang hilang.",
                                "Ukur apa yang bisa diukur di tempat: catat waktu pengisian gelas ukur di bawah "
                                "keran bocor, timbang tempat sisa potongan, hitung produk cacat.",
                                "Catat setiap temuan dalam satu baris catatan, dengan nomor fotonya.",
                                "Akhiri di tempat pengumpulan limbah: apa yang dibuang, apa yang tercampur, apa "
                                "yang sebenarnya bisa dijual.",
                                "Kembali di ruang rapat, perkirakan biaya bulanan setiap kehilangan dan pilih "
                                "tiga sampai lima yang akan ditangani lebih dulu.",
                            ],
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Apa yang dicari dalam penelusuran limbah",
                            "items": [
                                "Keran, selang, pipa, dan tangki kloset yang bocor; selang yang mengalir tanpa "
                                "ada yang memakai.",
                                "Kebocoran udara tekan atau uap: dengarkan bunyi desis saat istirahat ketika "
                                "tempat kerja sepi.",
                                "Mesin, kipas, kompresor, dan lampu yang menyala tanpa ada yang bekerja.",
                                "Permukaan panas tanpa insulasi: ketel uap, bejana perebusan, pipa, oven dengan "
                                "pintu terbuka.",
                                "Luapan, tumpahan, dan tetesan bahan baku, bahan kimia, atau produk.",
                                "Produk cacat, pengerjaan ulang, dan potongan pertama yang dibuang setiap kali "
                                "mesin disetel.",
                                "Bahan yang disimpan terbuka, di lantai, terkena panas matahari atau hujan, "
                                "atau melewati batas pakainya.",
                                "Aliran limbah yang tercampur, padahal bisa dijual atau dipakai ulang jika "
                                "dipisahkan.",
                            ],
                        },
                    ),
                    ("heading", {"text": "Dari pengamatan menjadi angka", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Perkiraan kasar sudah cukup untuk menentukan prioritas. Untuk kebocoran, ukur "
                        "berapa liter yang tertampung dalam satu menit, kalikan dengan jumlah jam kebocoran "
                        "per hari dan jumlah hari kerja per bulan, lalu hitung dengan tarif air ditambah biaya "
                        "pemompaan. Untuk mesin yang menyala tanpa beban, ambil daya pengenalnya dari pelat "
                        "nama mesin, kalikan dengan jam menganggur per hari dan tarif listrik. Untuk sisa "
                        "potongan dan produk cacat, timbang jumlah satu hari dan hitung dengan harga beli "
                        "bahannya. Tuliskan setiap perkiraan dalam rupiah per bulan di Bagian C lembar kerja; "
                        "urutan yang dihasilkan biasanya jelas, dan sering kali mengejutkan.</p>",
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": "Sebuah toko roti di Yogyakarta dengan 12 pekerja memakai sekitar tiga "
                            "puluh tabung elpiji 12 kilogram per bulan. EIT mencatat pemakaian gas per "
                            "batch pemanggangan selama dua minggu dan melihat bahwa dua oven dinyalakan "
                            "satu jam sebelum adonan siap, lalu dipanaskan ulang setelah jeda siang. "
                            "Tim mengatur ulang jadwal pengadukan agar batch pertama siap ketika oven "
                            "mencapai suhunya, dan mengelompokkan pemanggangan sore tanpa jeda. "
                            "Pemakaian gas turun menjadi sekitar 24 tabung per bulan dengan jumlah "
                            "produksi yang sama. Uji semalam juga menemukan tangki kloset yang bocor, "
                            "yang diperbaiki dalam minggu yang sama.",
                            "attribution": "",
                            "organisation": "Toko roti, Yogyakarta (contoh ilustrasi)",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "waste-walk-worksheet",
                            "title": "Lembar Kerja: Aliran Bahan dan Energi serta Penelusuran Limbah",
                            "description": "Bagian A sampai E: alur proses, tabel input dan output, catatan "
                            "penelusuran limbah, catatan meteran, dan penyaringan pilihan. Cetak "
                            "satu set untuk setiap tim perusahaan.",
                        },
                    ),
                ],
            },
        },
    ],
}
