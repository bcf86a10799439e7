"""Demo content: module 2 of SCORE Hospitality Coaching (HoCo), owned by that variant (see FORMAT.md).

HoCo is the variant curriculum for small hotels and restaurants, owned by Pro Serve Indonesia:
Workplace Cooperation, Service Excellence, A step forward to innovation; at most 6 businesses
per cycle, about 3 months, one coaching workshop day and coaching visits per module.
"""

MODULE = {
    "slug": "service-excellence",
    "number": 2,
    "title": {"en": "Service Excellence", "id": "Keunggulan Layanan"},
    "summary": {
        "en": (
            "Service Excellence is the second module of SCORE Hospitality Coaching (HoCo) for small "
            "hotels, guesthouses and restaurants. Owners and staff from front office, housekeeping and the "
            "kitchen and restaurant learn to see their business through the guest's eyes, map the guest "
            "journey, write simple service standards that the whole team follows, run a short daily "
            "briefing, turn complaints into loyal guests and measure guest satisfaction with online "
            "reviews and comment cards. A one-day coaching workshop for up to six businesses is followed "
            "by three coaching visits to each business."
        ),
        "id": (
            "Keunggulan Layanan adalah modul kedua SCORE Hospitality Coaching (HoCo) untuk hotel kecil, "
            "penginapan, dan restoran. Pemilik dan staf dari bagian kantor depan, tata graha, serta dapur "
            "dan restoran belajar melihat usaha mereka dari sudut pandang tamu, memetakan perjalanan tamu, "
            "menyusun standar layanan sederhana yang diikuti seluruh tim, menjalankan briefing harian "
            "singkat, mengubah keluhan menjadi kesetiaan tamu, dan mengukur kepuasan tamu melalui ulasan "
            "daring dan kartu komentar. Lokakarya coaching satu hari untuk paling banyak enam usaha "
            "dilanjutkan dengan tiga kunjungan coaching ke setiap usaha."
        ),
    },
    "objectives": {
        "en": [
            (
                "Understand what guests expect at each stage of the guest journey, and find the moments "
                "that most shape their experience."
            ),
            (
                "Write clear, observable service standards with the front office, housekeeping and kitchen "
                "and restaurant teams, and keep them alive with a daily briefing."
            ),
            (
                "Handle complaints with a simple service recovery routine, and give staff the authority to "
                "solve problems on the spot."
            ),
            (
                "Measure guest satisfaction regularly with online reviews and comment cards, and use the "
                "results to decide on improvements."
            ),
        ],
        "id": [
            (
                "Memahami apa yang diharapkan tamu pada setiap tahap perjalanan tamu, dan menemukan "
                "momen-momen yang paling menentukan pengalaman mereka."
            ),
            (
                "Menyusun standar layanan yang jelas dan dapat diamati bersama tim kantor depan, tata "
                "graha, serta dapur dan restoran, dan menjaganya tetap hidup melalui briefing harian."
            ),
            (
                "Menangani keluhan dengan langkah pemulihan layanan yang sederhana, dan memberi staf "
                "wewenang untuk menyelesaikan masalah saat itu juga."
            ),
            (
                "Mengukur kepuasan tamu secara teratur melalui ulasan daring dan kartu komentar, dan "
                "menggunakan hasilnya untuk memutuskan perbaikan."
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
                "en": "HoCo coaching guide: Service Excellence",
                "id": "Panduan Coaching HoCo: Keunggulan Layanan",
            },
            "paragraphs": {
                "en": [
                    (
                        "This guide is for SCORE trainers coaching the Service Excellence module of SCORE "
                        "Hospitality Coaching (HoCo). A HoCo cycle brings together at most six small "
                        "hotels, guesthouses or restaurants for about three months and follows Workplace "
                        "Cooperation, so each business should already have an improvement team of owner "
                        "and staff. For this module, each business sends the owner or manager and one "
                        "person from each main team: front office, housekeeping, and kitchen or "
                        "restaurant. The module has one coaching workshop day and three coaching visits to "
                        "each business."
                    ),
                    (
                        "Prepare by looking at each business as a guest would, two weeks before the "
                        "workshop. Read its listing and its latest reviews on the main online platforms, "
                        "note the average rating and the number of reviews, send a booking enquiry by "
                        "WhatsApp or email and note how long the reply takes and how helpful it is. Ask "
                        "the owner for a simple baseline: occupancy or covers per month, the number of "
                        "complaints recorded, the share of repeat guests if known, and any comment cards "
                        "already collected. Share your observations with the owner privately, never in "
                        "front of the other businesses."
                    ),
                    (
                        "The workshop day runs in four blocks. In the morning, teams work on guest "
                        "expectations and map their own guest journey with the worksheet, marking moments "
                        "of truth and pain points. Before lunch, they learn what makes a good service "
                        "standard and draft three standards per team. In the afternoon, they practise the "
                        "daily briefing and complaint handling through role plays, and learn to read and "
                        "answer online reviews. The day ends with each business choosing three to five "
                        "service improvements and the indicators it will track."
                    ),
                    (
                        "Coaching visit 1, about two weeks after the workshop, checks the guest journey "
                        "map with the whole staff, helps finish and post the service standards in each "
                        "department, and observes one daily briefing, giving feedback to the person who "
                        "leads it. Visit 2, about a month later, looks at the complaint log and recent "
                        "reviews with the owner, practises service recovery with staff who did not attend "
                        "the workshop, and reviews progress on the improvements. Visit 3, near the end of "
                        "the cycle, compares the indicators with the baseline and prepares the business's "
                        "presentation for the closing results session."
                    ),
                    (
                        "Coach in the real setting. Stand in the lobby during check-out time, watch "
                        "breakfast service, look at a freshly cleaned room with the housekeeper. Ask staff "
                        "what guests ask them most often and what makes their work difficult. Small "
                        "businesses have little time, so keep each visit to two or three hours, agree on "
                        "concrete next steps, leave a short written note, and record the visit in SCORE "
                        "Academy."
                    ),
                ],
                "id": [
                    (
                        "Panduan ini ditujukan bagi pelatih SCORE yang melakukan coaching modul Keunggulan "
                        "Layanan dalam SCORE Hospitality Coaching (HoCo). Satu siklus HoCo melibatkan "
                        "paling banyak enam hotel kecil, penginapan, atau restoran selama sekitar tiga "
                        "bulan dan dilaksanakan setelah modul Kerja Sama di Tempat Kerja, sehingga setiap "
                        "usaha seharusnya sudah memiliki tim peningkatan yang terdiri dari pemilik dan "
                        "staf. Untuk modul ini, setiap usaha mengirim pemilik atau manajer serta satu "
                        "orang dari setiap tim utama: kantor depan, tata graha, dan dapur atau restoran. "
                        "Modul ini terdiri dari satu hari lokakarya coaching dan tiga kunjungan coaching "
                        "ke setiap usaha."
                    ),
                    (
                        "Bersiaplah dengan melihat setiap usaha seperti seorang tamu, dua minggu sebelum "
                        "lokakarya. Baca profil usaha dan ulasan terbarunya di platform daring utama, "
                        "catat rata-rata penilaian dan jumlah ulasan, kirim pertanyaan pemesanan lewat "
                        "WhatsApp atau surel, lalu catat berapa lama balasannya datang dan seberapa "
                        "membantu isinya. Mintalah data awal sederhana kepada pemilik: tingkat hunian atau "
                        "jumlah tamu makan per bulan, jumlah keluhan yang tercatat, persentase tamu yang "
                        "kembali jika diketahui, dan kartu komentar yang sudah terkumpul. Sampaikan hasil "
                        "pengamatan Anda kepada pemilik secara pribadi, jangan pernah di depan usaha lain."
                    ),
                    (
                        "Hari lokakarya terbagi dalam empat bagian. Pada pagi hari, tim membahas harapan "
                        "tamu dan memetakan perjalanan tamu di usaha mereka dengan lembar kerja, sambil "
                        "menandai momen penentu dan titik masalah. Menjelang makan siang, mereka "
                        "mempelajari ciri standar layanan yang baik dan menyusun draf tiga standar per "
                        "tim. Pada sore hari, mereka berlatih briefing harian dan penanganan keluhan "
                        "melalui bermain peran, serta belajar membaca dan membalas ulasan daring. Hari "
                        "ditutup dengan setiap usaha memilih tiga sampai lima perbaikan layanan beserta "
                        "indikator yang akan dipantau."
                    ),
                    (
                        "Kunjungan coaching 1, sekitar dua minggu setelah lokakarya, memeriksa peta "
                        "perjalanan tamu bersama seluruh staf, membantu menyelesaikan dan memasang standar "
                        "layanan di setiap bagian, serta mengamati satu briefing harian dan memberi "
                        "masukan kepada orang yang memimpinnya. Kunjungan 2, sekitar sebulan kemudian, "
                        "meninjau catatan keluhan dan ulasan terbaru bersama pemilik, melatih pemulihan "
                        "layanan kepada staf yang tidak ikut lokakarya, dan meninjau kemajuan perbaikan. "
                        "Kunjungan 3, menjelang akhir siklus, membandingkan indikator dengan data awal dan "
                        "menyiapkan presentasi usaha untuk sesi penutupan dan pemaparan hasil."
                    ),
                    (
                        "Lakukan coaching di tempat kejadian yang sebenarnya. Berdirilah di lobi saat jam "
                        "check-out, amati layanan sarapan, periksa kamar yang baru dibersihkan bersama "
                        "petugas tata graha. Tanyakan kepada staf apa yang paling sering ditanyakan tamu "
                        "dan apa yang menyulitkan pekerjaan mereka. Usaha kecil tidak punya banyak waktu, "
                        "jadi batasi setiap kunjungan dua sampai tiga jam, sepakati langkah berikutnya "
                        "yang konkret, tinggalkan catatan tertulis singkat, dan catat kunjungan tersebut "
                        "di SCORE Academy."
                    ),
                ],
            },
        },
        {
            "key": "guest-journey-worksheet",
            "kind": "worksheet",
            "title": {"en": "Guest journey worksheet", "id": "Lembar Kerja Perjalanan Tamu"},
            "paragraphs": {
                "en": [
                    (
                        "Purpose: to see your business through the eyes of one type of guest, step by "
                        "step, and to find the few moments where a small change makes the biggest "
                        "difference. Fill in the worksheet as a team, with the owner and at least one "
                        "person from each department. Choose one guest type for each sheet, for example a "
                        "domestic family on a weekend, a foreign backpacker, or an office group at lunch."
                    ),
                    (
                        "Stage 1, search and booking: how does the guest find us (online travel agents, "
                        "Google Maps, Instagram, word of mouth)? What do they see first? How quickly and "
                        "how well do we answer a WhatsApp or email enquiry? Stage 2, before arrival: do "
                        "we confirm the booking, give directions and ask for the arrival time? Stage 3, "
                        "arrival and check-in: who greets the guest, how long do they wait, what "
                        "information do they receive about Wi-Fi, breakfast, check-out and the "
                        "neighbourhood?"
                    ),
                    (
                        "Stage 4, the room and the stay: cleanliness, bathroom, hot water, noise, the bed, "
                        "what happens when something does not work. Stage 5, food and beverage: breakfast "
                        "or meals, waiting time, temperature and taste, choice for guests with special "
                        "diets. Stage 6, check-out and payment: waiting time, a clear and correct bill, "
                        "accepted payment methods, goodbye. Stage 7, after the stay: do we thank the "
                        "guest, ask for a review, answer the review, and invite them back?"
                    ),
                    (
                        "For each stage, fill in five columns: what the guest does; which of our staff is "
                        "involved; what the guest expects (in the guest's words); what goes well today; "
                        "and the pain points, from reviews, complaints and staff experience. Then score "
                        "the stage from 1 (often disappoints) to 5 (often delights), and circle the two or "
                        "three moments of truth: the moments that most shape what guests remember and "
                        "write about."
                    ),
                    (
                        "Finally, for each moment of truth, write one improvement the team can make within "
                        "a month and the service standard that will make it happen every time. Example: at "
                        "check-in, guests arriving after 22:00 wait at a closed gate; improvement: ask for "
                        "the arrival time by WhatsApp the day before and schedule the night staff "
                        "accordingly; standard: every guest arriving after 22:00 is met at the gate within "
                        "five minutes. Bring the completed worksheet to coaching visit 1."
                    ),
                ],
                "id": [
                    (
                        "Tujuan: melihat usaha Anda dari sudut pandang satu jenis tamu, langkah demi "
                        "langkah, dan menemukan beberapa momen di mana perubahan kecil memberi dampak "
                        "paling besar. Isi lembar kerja ini bersama tim, dengan pemilik dan sedikitnya "
                        "satu orang dari setiap bagian. Pilih satu jenis tamu untuk setiap lembar, "
                        "misalnya keluarga wisatawan domestik di akhir pekan, wisatawan mancanegara "
                        "berbekal ransel, atau rombongan kantor saat makan siang."
                    ),
                    (
                        "Tahap 1, pencarian dan pemesanan: bagaimana tamu menemukan kita (agen perjalanan "
                        "daring, Google Maps, Instagram, cerita dari mulut ke mulut)? Apa yang pertama "
                        "kali mereka lihat? Seberapa cepat dan seberapa baik kita menjawab pertanyaan "
                        "lewat WhatsApp atau surel? Tahap 2, sebelum kedatangan: apakah kita mengonfirmasi "
                        "pemesanan, memberi petunjuk arah, dan menanyakan jam kedatangan? Tahap 3, "
                        "kedatangan dan check-in: siapa yang menyambut tamu, berapa lama mereka menunggu, "
                        "informasi apa yang mereka terima tentang Wi-Fi, sarapan, check-out, dan "
                        "lingkungan sekitar?"
                    ),
                    (
                        "Tahap 4, kamar dan masa menginap: kebersihan, kamar mandi, air panas, kebisingan, "
                        "tempat tidur, apa yang terjadi jika ada yang tidak berfungsi. Tahap 5, makanan "
                        "dan minuman: sarapan atau makanan, waktu tunggu, suhu dan rasa, pilihan bagi tamu "
                        "dengan kebutuhan makanan khusus. Tahap 6, check-out dan pembayaran: waktu tunggu, "
                        "tagihan yang jelas dan benar, cara pembayaran yang diterima, ucapan perpisahan. "
                        "Tahap 7, setelah menginap: apakah kita berterima kasih kepada tamu, meminta "
                        "ulasan, membalas ulasan itu, dan mengundang mereka kembali?"
                    ),
                    (
                        "Untuk setiap tahap, isi lima kolom: apa yang dilakukan tamu; staf kita yang "
                        "terlibat; apa yang diharapkan tamu (dengan kata-kata tamu); apa yang sudah "
                        "berjalan baik saat ini; dan titik masalahnya, berdasarkan ulasan, keluhan, dan "
                        "pengalaman staf. Kemudian beri nilai tahap itu dari 1 (sering mengecewakan) "
                        "sampai 5 (sering menyenangkan), dan lingkari dua atau tiga momen penentu: momen "
                        "yang paling membentuk apa yang diingat dan ditulis tamu."
                    ),
                    (
                        "Terakhir, untuk setiap momen penentu, tuliskan satu perbaikan yang dapat "
                        "dilakukan tim dalam sebulan dan standar layanan yang memastikan perbaikan itu "
                        "terjadi setiap kali. Contoh: saat check-in, tamu yang datang setelah pukul 22.00 "
                        "menunggu di depan gerbang yang tertutup; perbaikan: tanyakan jam kedatangan lewat "
                        "WhatsApp sehari sebelumnya dan atur jadwal petugas malam sesuai jam itu; standar: "
                        "setiap tamu yang datang setelah pukul 22.00 disambut di gerbang dalam lima menit. "
                        "Bawa lembar kerja yang sudah diisi pada kunjungan coaching 1."
                    ),
                ],
            },
        },
    ],
    "lessons": [
        {
            "slug": "guest-expectations-and-journey",
            "title": {
                "en": "Understanding guest expectations and the guest journey",
                "id": "Memahami harapan tamu dan perjalanan tamu",
            },
            "introduction": {
                "en": (
                    "Guests judge a small hotel or restaurant on a handful of moments. This lesson shows "
                    "how to help a business find out what its guests expect and map the guest journey from "
                    "the first search to the review written at home."
                ),
                "id": (
                    "Tamu menilai hotel kecil atau restoran dari segelintir momen. Pelajaran ini "
                    "menunjukkan cara membantu sebuah usaha mengetahui apa yang diharapkan tamunya dan "
                    "memetakan perjalanan tamu, mulai dari pencarian pertama sampai ulasan yang ditulis "
                    "setelah tamu pulang."
                ),
            },
            "estimated_minutes": 35,
            "downloads": ["guest-journey-worksheet", "coaching-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "Service is what the guest experiences", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A 12-room guesthouse cannot compete with a large hotel on swimming pools "
                            "or ballrooms. It can compete on what guests remember most: a warm and "
                            "personal welcome, a spotless room, reliable hot water, a good breakfast, "
                            "honest local advice and problems solved quickly. Service excellence in HoCo "
                            "means delivering these things <b>consistently</b>, whoever is on "
                            "shift.</p><p>Guest expectations are shaped before arrival, by the price, the "
                            "photographs and above all the reviews of earlier guests. It helps to "
                            "distinguish two levels:</p><ul><li><b>Basic expectations</b>: clean, safe, as "
                            "shown in the photos, booking respected, correct bill. Guests rarely praise "
                            "these, but they complain loudly when they are "
                            "missing.</li><li><b>Delighters</b>: the personal touches guests do not "
                            "expect, such as remembering a name, a tip about a quiet beach, a packed "
                            "breakfast for an early departure. These are what turn guests into "
                            "fans.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Basics before extras",
                            "text": (
                                "<p>A welcome drink does not make up for a dirty bathroom. When a business "
                                "wants to 'surprise' its guests, first check in its reviews that the "
                                "basics are solid. The guest journey map shows where the basics fail.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Mapping the guest journey", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The guest journey is the sequence of steps a guest goes through, seen from "
                            "the guest's side of the counter. For a small hotel or guesthouse the usual "
                            "stages are:</p><ol><li>Search and booking (online travel agents, Google Maps, "
                            "social media, WhatsApp)</li><li>Before arrival (confirmation, directions, "
                            "arrival time)</li><li>Arrival and check-in</li><li>The room and the "
                            "stay</li><li>Food and beverage</li><li>Check-out and payment</li><li>After "
                            "the stay (thanks, review, invitation to return)</li></ol><p>For a restaurant "
                            "the stages are shorter: finding the place, arriving and being seated, "
                            "ordering, waiting, eating, paying and leaving, and the review. The method is "
                            "the same.</p>"
                        ),
                    ),
                    ("heading", {"text": "Moments of truth", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Not all steps count equally. A few <b>moments of truth</b> shape most of "
                            "what guests remember and write in their reviews: the first reply to a booking "
                            "enquiry, the first five minutes after arrival, the first look at the "
                            "bathroom, breakfast on the first morning and the bill at check-out. In "
                            "coaching, help the team find its own moments of truth from its reviews and "
                            "complaints, and focus the improvements there rather than trying to fix "
                            "everything at once.</p>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Walk the journey as a guest",
                            "objective": (
                                "Each business maps its own guest journey, finds its moments of truth and "
                                "chooses the first improvements."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "One team per business: the owner or manager plus staff from front office, "
                                "housekeeping and kitchen or restaurant"
                            ),
                            "materials": [
                                "Guest journey worksheet",
                                "Printouts of the business's 20 to 30 most recent online reviews",
                                "Sticky notes in three colours",
                                "Flip chart and markers",
                            ],
                            "steps": [
                                (
                                    "Choose one guest type, for example a domestic family on a weekend or "
                                    "a foreign couple staying three nights."
                                ),
                                "Write the seven stages across the top of the flip chart.",
                                (
                                    "For each stage, staff write on yellow notes what the guest does and "
                                    "which staff member is involved."
                                ),
                                (
                                    "Read the reviews aloud and place green notes for praise and pink "
                                    "notes for complaints at the right stage."
                                ),
                                "Score each stage from 1 (often disappoints) to 5 (often delights).",
                                (
                                    "Circle the two or three moments of truth with the most pink notes or "
                                    "the lowest scores."
                                ),
                                (
                                    "For each one, agree on one improvement the team can make within a "
                                    "month and write it on the worksheet."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Guests are already telling you",
                            "text": (
                                "<p>Most businesses have dozens of reviews online that nobody has read "
                                "systematically. Before the workshop, ask each owner to print or save the "
                                "last 30 reviews. Sorting them by stage of the journey is usually an "
                                "eye-opener, because the same two or three problems appear again and "
                                "again.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A family-run guesthouse with 12 rooms had an average rating it was proud "
                                "of, but when the team sorted its reviews by stage, almost every low score "
                                "mentioned the arrival: guests coming from the airport or station late in "
                                "the evening found the gate closed and had to call the owner's mobile "
                                "phone. The staff had never seen this, because the night shift ended at "
                                "21:00. The team introduced a WhatsApp message the day before arrival "
                                "asking for the expected time, moved one staff member's shift to 14:00 to "
                                "23:00 on busy days, and put a lit sign with a bell at the gate. "
                                "Complaints about arrival disappeared from the reviews within two months."
                            ),
                            "attribution": "",
                            "organisation": "Guesthouse, Yogyakarta",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Signs that a business understands its guests",
                            "items": [
                                (
                                    "The owner and staff can name their two or three main guest types and "
                                    "what each one expects."
                                ),
                                (
                                    "Someone reads new online reviews at least once a week and shares them "
                                    "with the team."
                                ),
                                (
                                    "Every staff member can name three things guests often praise and "
                                    "three things they often complain about."
                                ),
                                "The team has mapped the guest journey and knows its moments of truth.",
                                (
                                    "Improvements are chosen from guest feedback, not only from the "
                                    "owner's own ideas."
                                ),
                            ],
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "guest-journey-worksheet",
                            "title": "Guest journey worksheet",
                            "description": (
                                "The worksheet for mapping the seven stages of the guest journey, scoring "
                                "them and turning moments of truth into improvements and standards."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Layanan adalah apa yang dialami tamu", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Penginapan dengan 12 kamar tidak dapat bersaing dengan hotel besar dalam "
                            "hal kolam renang atau ruang pertemuan. Namun, penginapan itu dapat bersaing "
                            "dalam hal yang paling diingat tamu: sambutan yang hangat dan personal, kamar "
                            "yang bersih tanpa cela, air panas yang selalu tersedia, sarapan yang enak, "
                            "saran setempat yang jujur, dan masalah yang diselesaikan dengan cepat. "
                            "Keunggulan layanan dalam HoCo berarti memberikan semua itu <b>secara "
                            "konsisten</b>, siapa pun yang sedang bertugas.</p><p>Harapan tamu terbentuk "
                            "sebelum mereka tiba, melalui harga, foto, dan terutama ulasan tamu "
                            "sebelumnya. Ada baiknya membedakan dua tingkat harapan:</p><ul><li><b>Harapan "
                            "dasar</b>: bersih, aman, sesuai foto, pemesanan dihormati, tagihan benar. "
                            "Tamu jarang memuji hal-hal ini, tetapi mereka mengeluh keras jika tidak "
                            "terpenuhi.</li><li><b>Hal yang menyenangkan</b>: sentuhan personal yang tidak "
                            "diduga tamu, seperti mengingat nama mereka, memberi tahu pantai yang sepi, "
                            "atau menyiapkan bekal sarapan untuk keberangkatan pagi buta. Inilah yang "
                            "membuat tamu menjadi penggemar.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "key_point",
                            "title": "Dasar dulu, baru tambahan",
                            "text": (
                                "<p>Minuman selamat datang tidak dapat menebus kamar mandi yang kotor. "
                                "Ketika sebuah usaha ingin 'memberi kejutan' kepada tamunya, periksa dulu "
                                "dari ulasan bahwa hal-hal dasar sudah kuat. Peta perjalanan tamu "
                                "menunjukkan di mana hal-hal dasar itu gagal.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Memetakan perjalanan tamu", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Perjalanan tamu adalah urutan langkah yang dilalui tamu, dilihat dari sisi "
                            "tamu di depan meja layanan. Untuk hotel kecil atau penginapan, tahapannya "
                            "biasanya:</p><ol><li>Pencarian dan pemesanan (agen perjalanan daring, Google "
                            "Maps, media sosial, WhatsApp)</li><li>Sebelum kedatangan (konfirmasi, "
                            "petunjuk arah, jam kedatangan)</li><li>Kedatangan dan check-in</li><li>Kamar "
                            "dan masa menginap</li><li>Makanan dan minuman</li><li>Check-out dan "
                            "pembayaran</li><li>Setelah menginap (ucapan terima kasih, ulasan, undangan "
                            "untuk kembali)</li></ol><p>Untuk restoran, tahapannya lebih pendek: menemukan "
                            "tempat, datang dan dipersilakan duduk, memesan, menunggu, makan, membayar dan "
                            "pulang, lalu ulasan. Metodenya sama.</p>"
                        ),
                    ),
                    ("heading", {"text": "Momen penentu", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Tidak semua langkah sama pentingnya. Beberapa <b>momen penentu</b> "
                            "membentuk sebagian besar hal yang diingat tamu dan ditulis dalam ulasan "
                            "mereka: balasan pertama atas pertanyaan pemesanan, lima menit pertama setelah "
                            "tiba, pandangan pertama ke kamar mandi, sarapan di pagi pertama, dan tagihan "
                            "saat check-out. Dalam coaching, bantu tim menemukan momen penentu mereka "
                            "sendiri dari ulasan dan keluhan, lalu pusatkan perbaikan di sana alih-alih "
                            "mencoba membereskan semuanya sekaligus.</p>"
                        ),
                    ),
                    (
                        "activity",
                        {
                            "title": "Menelusuri perjalanan sebagai tamu",
                            "objective": (
                                "Setiap usaha memetakan perjalanan tamunya sendiri, menemukan momen "
                                "penentu, dan memilih perbaikan pertama."
                            ),
                            "duration_minutes": 60,
                            "group_size": (
                                "Satu tim per usaha: pemilik atau manajer ditambah staf kantor depan, tata "
                                "graha, dan dapur atau restoran"
                            ),
                            "materials": [
                                "Lembar kerja perjalanan tamu",
                                "Cetakan 20 sampai 30 ulasan daring terbaru usaha tersebut",
                                "Kertas tempel dalam tiga warna",
                                "Kertas plano dan spidol",
                            ],
                            "steps": [
                                (
                                    "Pilih satu jenis tamu, misalnya keluarga wisatawan domestik di akhir "
                                    "pekan atau pasangan mancanegara yang menginap tiga malam."
                                ),
                                "Tuliskan tujuh tahap perjalanan di bagian atas kertas plano.",
                                (
                                    "Untuk setiap tahap, staf menulis di kertas kuning apa yang dilakukan "
                                    "tamu dan staf mana yang terlibat."
                                ),
                                (
                                    "Bacakan ulasan dengan suara keras, lalu tempelkan kertas hijau untuk "
                                    "pujian dan kertas merah muda untuk keluhan pada tahap yang sesuai."
                                ),
                                (
                                    "Beri nilai setiap tahap dari 1 (sering mengecewakan) sampai 5 (sering "
                                    "menyenangkan)."
                                ),
                                (
                                    "Lingkari dua atau tiga momen penentu dengan kertas merah muda "
                                    "terbanyak atau nilai terendah."
                                ),
                                (
                                    "Untuk setiap momen itu, sepakati satu perbaikan yang dapat dilakukan "
                                    "tim dalam sebulan dan tuliskan di lembar kerja."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Tamu sebenarnya sudah memberi tahu Anda",
                            "text": (
                                "<p>Sebagian besar usaha memiliki puluhan ulasan daring yang belum pernah "
                                "dibaca secara sistematis. Sebelum lokakarya, mintalah setiap pemilik "
                                "mencetak atau menyimpan 30 ulasan terakhir. Memilah ulasan itu menurut "
                                "tahap perjalanan biasanya membuka mata, karena dua atau tiga masalah yang "
                                "sama muncul berulang kali.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah penginapan keluarga dengan 12 kamar memiliki rata-rata penilaian "
                                "yang dibanggakan, tetapi ketika tim memilah ulasan menurut tahap, hampir "
                                "setiap nilai rendah menyebut soal kedatangan: tamu yang datang dari "
                                "bandara atau stasiun pada malam hari mendapati gerbang tertutup dan harus "
                                "menelepon ponsel pemilik. Staf tidak pernah melihat hal ini karena "
                                "giliran malam berakhir pukul 21.00. Tim mulai mengirim pesan WhatsApp "
                                "sehari sebelum kedatangan untuk menanyakan perkiraan jam tiba, menggeser "
                                "giliran kerja satu staf menjadi pukul 14.00 sampai 23.00 pada hari-hari "
                                "ramai, dan memasang papan bercahaya dengan bel di gerbang. Dalam dua "
                                "bulan, keluhan tentang kedatangan hilang dari ulasan."
                            ),
                            "attribution": "",
                            "organisation": "Penginapan, Yogyakarta",
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Tanda bahwa sebuah usaha memahami tamunya",
                            "items": [
                                (
                                    "Pemilik dan staf dapat menyebutkan dua atau tiga jenis tamu utama "
                                    "mereka dan apa yang diharapkan masing-masing."
                                ),
                                (
                                    "Ada orang yang membaca ulasan daring baru sedikitnya seminggu sekali "
                                    "dan membagikannya kepada tim."
                                ),
                                (
                                    "Setiap staf dapat menyebutkan tiga hal yang sering dipuji tamu dan "
                                    "tiga hal yang sering dikeluhkan."
                                ),
                                "Tim sudah memetakan perjalanan tamu dan mengetahui momen penentunya.",
                                (
                                    "Perbaikan dipilih berdasarkan masukan tamu, bukan hanya gagasan "
                                    "pemilik sendiri."
                                ),
                            ],
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "guest-journey-worksheet",
                            "title": "Lembar kerja perjalanan tamu",
                            "description": (
                                "Lembar kerja untuk memetakan tujuh tahap perjalanan tamu, memberi nilai "
                                "pada setiap tahap, dan mengubah momen penentu menjadi perbaikan dan "
                                "standar."
                            ),
                        },
                    ),
                ],
            },
        },
        {
            "slug": "service-standards-and-daily-briefings",
            "title": {
                "en": "Service standards and daily briefings",
                "id": "Standar layanan dan briefing harian",
            },
            "introduction": {
                "en": (
                    "Guests pay for consistency. This lesson shows how front office, housekeeping and "
                    "kitchen and restaurant teams write simple service standards together, and how a short "
                    "daily briefing keeps them alive."
                ),
                "id": (
                    "Tamu membayar untuk konsistensi. Pelajaran ini menunjukkan bagaimana tim kantor "
                    "depan, tata graha, serta dapur dan restoran menyusun standar layanan sederhana "
                    "bersama-sama, dan bagaimana briefing harian yang singkat menjaganya tetap hidup."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["coaching-guide"],
            "body": {
                "en": [
                    (
                        "paragraph",
                        (
                            "<p>In a small business, service quality often depends on who is working "
                            "today. When the owner is at the front desk, everything goes well; on the "
                            "owner's day off, guests wait. Service standards make good service repeatable: "
                            "they describe what every guest should experience, so that new staff, "
                            "part-time staff and family members all work the same way.</p>"
                        ),
                    ),
                    ("heading", {"text": "What makes a good service standard", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A good standard is:</p><ul><li><b>Observable</b>: anyone can see whether "
                            "it was done. 'Be friendly' is not a standard; 'greet every guest within 30 "
                            "seconds of arrival, with eye contact and a smile, and offer help with "
                            "luggage' is.</li><li><b>Specific</b>: it says what, when and, where needed, "
                            "how much or how fast.</li><li><b>Realistic</b>: the team can meet it on a "
                            "busy day with the staff it has.</li><li><b>Written with the team</b>: the "
                            "people who deliver the service agree on it and know why it matters to "
                            "guests.</li><li><b>Few</b>: five to eight standards per team, not a "
                            "fifty-page manual.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Front office", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Booking enquiries by WhatsApp or email are answered within one hour "
                            "between 07:00 and 22:00.</li><li>Every arriving guest is greeted within 30 "
                            "seconds, and check-in takes no more than five minutes.</li><li>At check-in, "
                            "every guest is told the Wi-Fi password, breakfast times, the check-out time "
                            "and how to reach staff at night.</li><li>Guests are called by their name at "
                            "least once during check-in and check-out.</li><li>The bill is printed or sent "
                            "before check-out and explained item by item if the guest asks.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Housekeeping", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Every room is checked with the room checklist before it is released "
                            "to the front office as ready.</li><li>Bathrooms are dry, with no hair in the "
                            "shower or basin, and towels are folded the same way in every "
                            "room.</li><li>Guests who hang the 'do not disturb' sign are not disturbed; if "
                            "the sign is still there at 14:00, the front office sends a polite "
                            "message.</li><li>Anything broken is reported to the front office and "
                            "maintenance on the same day, using the maintenance book.</li><li>Lost "
                            "property is logged with date, room and description, and kept for at least "
                            "three months.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Kitchen and restaurant", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Guests are greeted and offered water or the menu within two minutes "
                            "of sitting down.</li><li>Main dishes are served within 15 minutes of ordering "
                            "at lunch and within 20 minutes at dinner; if there will be a delay, the guest "
                            "is told before waiting begins.</li><li>Every order taker asks about allergies "
                            "and food the guest does not eat, and passes it on to the kitchen in "
                            "writing.</li><li>Hands are washed before handling food; chilled food is kept "
                            "at 5°C or below and hot food held at 60°C or above.</li><li>Tables are "
                            "cleared within five minutes after guests leave.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "The daily briefing", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "A 10 to 15 minute daily briefing",
                            "items": [
                                (
                                    "Same time every day, standing, at the start of the main shift, led by "
                                    "the owner or a supervisor, with the option to rotate."
                                ),
                                (
                                    "Yesterday: what went well, and any complaint or review, with what was "
                                    "done about it."
                                ),
                                (
                                    "Today: arrivals and departures, groups, guests with special requests, "
                                    "birthdays or long stays."
                                ),
                                (
                                    "Today in the kitchen: dishes that are not available, the dish to "
                                    "recommend, allergies among in-house guests."
                                ),
                                "One service standard of the day, read aloud and explained in one minute.",
                                (
                                    "Safety and hygiene point of the day, when relevant (a wet floor, a "
                                    "broken step, a gas cylinder change)."
                                ),
                                (
                                    "One sincere word of recognition for a colleague who did something "
                                    "good for a guest."
                                ),
                                "Questions from staff, and who follows up on each.",
                            ],
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Writing three standards per team",
                            "objective": (
                                "Each department turns one moment of truth from its guest journey map into "
                                "three observable service standards."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Department groups across businesses: all front office staff together, all "
                                "housekeeping staff together, all kitchen and restaurant staff together"
                            ),
                            "materials": [
                                "Completed guest journey worksheets",
                                "Standard cards (one standard per card)",
                                "Markers",
                                "A timer",
                            ],
                            "steps": [
                                (
                                    "Each participant picks the moment of truth from their own business "
                                    "that concerns their department."
                                ),
                                (
                                    "The group writes one weak standard on the flip chart, for example "
                                    "'serve food quickly', and makes it observable together."
                                ),
                                (
                                    "Each participant drafts three standards for their own business on the "
                                    "cards."
                                ),
                                (
                                    "In pairs, participants test each other's cards: could a new colleague "
                                    "see whether this was done? Is it realistic on a busy day?"
                                ),
                                "Participants rewrite the cards that fail the test.",
                                (
                                    "Back with their own business team, participants agree which standards "
                                    "to post in their department after the workshop."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Standards written with the team are followed by the team",
                            "text": (
                                "<p>Standards copied from a big hotel manual, or written by the owner "
                                "alone, tend to stay in a drawer. Standards that staff wrote themselves, "
                                "based on their own guests' reviews, are the ones they defend. This is "
                                "Workplace Cooperation at work: involve the people who do the job, and "
                                "post the standards where they work, in the language they speak.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A family-run warung with 40 seats and eight staff was popular with "
                                "tourists, but its reviews often mentioned forgotten orders and long waits "
                                "at lunch. The team agreed on three standards: every order is written on a "
                                "numbered slip and read back to the guest; main dishes are served within "
                                "15 minutes, and if a dish will take longer, the guest is told when "
                                "ordering; the kitchen announces at the briefing which dishes have run "
                                "out. The briefing takes ten minutes at 10:30, just before the lunch rush. "
                                "After six weeks, mentions of waiting and wrong orders in new reviews had "
                                "dropped to about one in twenty, and the staff said the lunch service felt "
                                "calmer."
                            ),
                            "attribution": "",
                            "organisation": "Warung, Bali",
                        },
                    ),
                ],
                "id": [
                    (
                        "paragraph",
                        (
                            "<p>Di usaha kecil, kualitas layanan sering bergantung pada siapa yang "
                            "bertugas hari itu. Saat pemilik berada di meja depan, semuanya lancar; pada "
                            "hari liburnya, tamu menunggu. Standar layanan membuat layanan yang baik dapat "
                            "diulang: standar menggambarkan apa yang seharusnya dialami setiap tamu, "
                            "sehingga staf baru, staf paruh waktu, dan anggota keluarga semuanya bekerja "
                            "dengan cara yang sama.</p>"
                        ),
                    ),
                    ("heading", {"text": "Ciri standar layanan yang baik", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Standar yang baik bersifat:</p><ul><li><b>Dapat diamati</b>: siapa pun "
                            "dapat melihat apakah standar itu dijalankan. 'Bersikap ramah' bukan standar; "
                            "'sapa setiap tamu dalam 30 detik setelah tiba, dengan kontak mata dan senyum, "
                            "dan tawarkan bantuan membawa barang' adalah standar.</li><li><b>Spesifik</b>: "
                            "menyebutkan apa, kapan, dan bila perlu berapa banyak atau berapa "
                            "cepat.</li><li><b>Realistis</b>: tim dapat memenuhinya pada hari yang sibuk "
                            "dengan staf yang ada.</li><li><b>Disusun bersama tim</b>: orang yang "
                            "memberikan layanan menyetujuinya dan tahu mengapa standar itu penting bagi "
                            "tamu.</li><li><b>Sedikit</b>: lima sampai delapan standar per tim, bukan buku "
                            "panduan setebal lima puluh halaman.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Kantor depan", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Pertanyaan pemesanan lewat WhatsApp atau surel dijawab dalam satu jam "
                            "antara pukul 07.00 dan 22.00.</li><li>Setiap tamu yang datang disapa dalam 30 "
                            "detik, dan proses check-in tidak lebih dari lima menit.</li><li>Saat "
                            "check-in, setiap tamu diberi tahu kata sandi Wi-Fi, jam sarapan, jam "
                            "check-out, dan cara menghubungi staf pada malam hari.</li><li>Tamu dipanggil "
                            "dengan namanya sedikitnya sekali saat check-in dan check-out.</li><li>Tagihan "
                            "dicetak atau dikirim sebelum check-out dan dijelaskan per item jika tamu "
                            "meminta.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Tata graha", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Setiap kamar diperiksa dengan daftar periksa kamar sebelum dinyatakan "
                            "siap kepada kantor depan.</li><li>Kamar mandi kering, tidak ada rambut di "
                            "pancuran atau wastafel, dan handuk dilipat dengan cara yang sama di setiap "
                            "kamar.</li><li>Tamu yang memasang tanda 'jangan diganggu' tidak diganggu; "
                            "jika tanda itu masih terpasang pada pukul 14.00, kantor depan mengirim pesan "
                            "yang sopan.</li><li>Setiap kerusakan dilaporkan kepada kantor depan dan "
                            "bagian perawatan pada hari yang sama melalui buku perawatan.</li><li>Barang "
                            "tertinggal dicatat dengan tanggal, nomor kamar, dan keterangan, lalu disimpan "
                            "sedikitnya tiga bulan.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Dapur dan restoran", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Tamu disapa dan ditawari air minum atau menu dalam dua menit setelah "
                            "duduk.</li><li>Hidangan utama disajikan dalam 15 menit setelah dipesan saat "
                            "makan siang dan dalam 20 menit saat makan malam; jika akan ada keterlambatan, "
                            "tamu diberi tahu sebelum mulai menunggu.</li><li>Setiap petugas yang mencatat "
                            "pesanan menanyakan alergi dan makanan yang tidak dimakan tamu, lalu "
                            "meneruskannya ke dapur secara tertulis.</li><li>Tangan dicuci sebelum "
                            "memegang makanan; makanan dingin disimpan pada suhu 5°C atau lebih rendah dan "
                            "makanan panas dijaga pada suhu 60°C atau lebih tinggi.</li><li>Meja "
                            "dibereskan dalam lima menit setelah tamu pergi.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Briefing harian", "level": "h2"}),
                    (
                        "checklist",
                        {
                            "title": "Briefing harian 10 sampai 15 menit",
                            "items": [
                                (
                                    "Waktu yang sama setiap hari, sambil berdiri, di awal giliran kerja "
                                    "utama, dipimpin pemilik atau penyelia, dengan kemungkinan bergiliran."
                                ),
                                (
                                    "Kemarin: apa yang berjalan baik, serta keluhan atau ulasan yang masuk "
                                    "dan apa yang sudah dilakukan."
                                ),
                                (
                                    "Hari ini: tamu yang datang dan pulang, rombongan, tamu dengan "
                                    "permintaan khusus, ulang tahun, atau tamu yang menginap lama."
                                ),
                                (
                                    "Hari ini di dapur: menu yang tidak tersedia, menu yang dianjurkan, "
                                    "alergi di antara tamu yang menginap."
                                ),
                                "Satu standar layanan hari ini, dibacakan dan dijelaskan dalam satu menit.",
                                (
                                    "Catatan keselamatan dan kebersihan hari ini, bila relevan (lantai "
                                    "basah, anak tangga rusak, penggantian tabung gas)."
                                ),
                                (
                                    "Satu ucapan penghargaan yang tulus untuk rekan yang melakukan hal "
                                    "baik bagi tamu."
                                ),
                                "Pertanyaan dari staf, dan siapa yang menindaklanjuti masing-masing.",
                            ],
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Menyusun tiga standar per tim",
                            "objective": (
                                "Setiap bagian mengubah satu momen penentu dari peta perjalanan tamunya "
                                "menjadi tiga standar layanan yang dapat diamati."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Kelompok per bagian lintas usaha: semua staf kantor depan bersama, semua "
                                "staf tata graha bersama, semua staf dapur dan restoran bersama"
                            ),
                            "materials": [
                                "Lembar kerja perjalanan tamu yang sudah diisi",
                                "Kartu standar (satu standar per kartu)",
                                "Spidol",
                                "Pengatur waktu",
                            ],
                            "steps": [
                                (
                                    "Setiap peserta memilih momen penentu dari usahanya sendiri yang "
                                    "berkaitan dengan bagiannya."
                                ),
                                (
                                    "Kelompok menuliskan satu standar yang lemah di kertas plano, misalnya "
                                    "'sajikan makanan dengan cepat', lalu bersama-sama mengubahnya menjadi "
                                    "dapat diamati."
                                ),
                                (
                                    "Setiap peserta menyusun draf tiga standar untuk usahanya sendiri di "
                                    "kartu."
                                ),
                                (
                                    "Secara berpasangan, peserta menguji kartu pasangannya: dapatkah rekan "
                                    "baru melihat apakah standar ini dijalankan? Apakah realistis pada "
                                    "hari yang sibuk?"
                                ),
                                "Peserta menulis ulang kartu yang tidak lolos uji.",
                                (
                                    "Kembali ke tim usahanya masing-masing, peserta menyepakati standar "
                                    "mana yang akan dipasang di bagiannya setelah lokakarya."
                                ),
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Standar yang disusun bersama tim akan dijalankan oleh tim",
                            "text": (
                                "<p>Standar yang disalin dari buku panduan hotel besar, atau ditulis "
                                "pemilik seorang diri, cenderung tersimpan di laci. Standar yang ditulis "
                                "staf sendiri, berdasarkan ulasan tamu mereka sendiri, adalah standar yang "
                                "akan mereka pertahankan. Inilah kerja sama di tempat kerja dalam praktik: "
                                "libatkan orang yang melakukan pekerjaan, dan pasang standar di tempat "
                                "mereka bekerja, dalam bahasa yang mereka gunakan.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah warung keluarga dengan 40 kursi dan delapan staf digemari "
                                "wisatawan, tetapi ulasannya sering menyebut pesanan yang terlupa dan "
                                "waktu tunggu yang lama saat makan siang. Tim menyepakati tiga standar: "
                                "setiap pesanan ditulis di kertas pesanan bernomor dan dibacakan ulang "
                                "kepada tamu; hidangan utama disajikan dalam 15 menit, dan jika suatu "
                                "hidangan memerlukan waktu lebih lama, tamu diberi tahu saat memesan; "
                                "dapur mengumumkan di briefing menu apa saja yang sudah habis. Briefing "
                                "berlangsung sepuluh menit pada pukul 10.30, tepat sebelum jam ramai makan "
                                "siang. Setelah enam minggu, ulasan baru yang menyebut soal menunggu dan "
                                "pesanan yang salah turun menjadi sekitar satu dari dua puluh, dan staf "
                                "merasa layanan makan siang lebih tenang."
                            ),
                            "attribution": "",
                            "organisation": "Warung, Bali",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "complaints-and-guest-satisfaction",
            "title": {
                "en": "Handling complaints, service recovery and measuring guest satisfaction",
                "id": "Menangani keluhan, pemulihan layanan, dan mengukur kepuasan tamu",
            },
            "introduction": {
                "en": (
                    "A complaint handled well can win a loyal guest. This lesson covers a simple service "
                    "recovery routine, the complaint log, and how small businesses measure guest "
                    "satisfaction with online reviews and comment cards."
                ),
                "id": (
                    "Keluhan yang ditangani dengan baik dapat menghasilkan tamu yang setia. Pelajaran ini "
                    "membahas langkah pemulihan layanan yang sederhana, catatan keluhan, dan cara usaha "
                    "kecil mengukur kepuasan tamu melalui ulasan daring dan kartu komentar."
                ),
            },
            "estimated_minutes": 40,
            "downloads": ["coaching-guide"],
            "body": {
                "en": [
                    ("heading", {"text": "A complaint is a second chance", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Most unhappy guests never complain to the staff. They write a review after "
                            "they leave, or they simply do not come back and tell their friends. A guest "
                            "who complains while still in the building is giving the business a second "
                            "chance. When the problem is solved quickly and kindly, that guest often "
                            "becomes more loyal than a guest who never had a problem.</p><p>Staff in small "
                            "businesses often take complaints personally, argue, or pass the guest to the "
                            "owner. Coaching should help them see complaints as useful information and "
                            "give them a simple routine to follow.</p>"
                        ),
                    ),
                    ("heading", {"text": "Four steps: listen, apologise, solve, thank", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Listen</b> without interrupting, make eye contact, and take notes "
                            "if the problem is complicated. Repeat the problem in your own words to show "
                            "that you understood.</li><li><b>Apologise</b> sincerely for the guest's "
                            "experience, without blaming colleagues, the supplier or the guest: 'I am "
                            "sorry that your room was not ready when you arrived.'</li><li><b>Solve</b> "
                            "the problem, or offer a choice of solutions, and say exactly what will happen "
                            "and when. If you need to ask someone, say when you will come back, and come "
                            "back on time.</li><li><b>Thank</b> the guest for telling you, and check later "
                            "that the solution worked: 'Is the hot water working well now?'</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Give staff the authority to fix things",
                            "text": (
                                "<p>Service recovery is fastest when the person who hears the complaint "
                                "can solve it. Agree with the owner on what each staff member may offer "
                                "without asking: for example a room change if one is free, a free drink or "
                                "dessert, or a discount up to an agreed amount such as IDR 100,000. Write "
                                "the limits down, and review at the weekly meeting what was given and "
                                "why.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Complaint role plays",
                            "objective": (
                                "Staff practise the four steps on realistic complaints and experience how "
                                "it feels to be the guest."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Groups of three: guest, staff member and observer, rotating roles"
                            ),
                            "materials": [
                                (
                                    "Complaint cards based on real reviews (cold breakfast, noisy room, "
                                    "wrong bill, long wait for food, booking not found)"
                                ),
                                "Observer sheet with the four steps",
                                "A timer",
                            ],
                            "steps": [
                                (
                                    "The trainer demonstrates one complaint handled badly and one handled "
                                    "well, and asks what the difference was."
                                ),
                                (
                                    "In each group, the 'guest' draws a complaint card and plays the "
                                    "guest, becoming more or less upset depending on the staff member's "
                                    "response."
                                ),
                                (
                                    "The 'staff member' handles the complaint using the four steps, for up "
                                    "to four minutes."
                                ),
                                "The observer notes which steps were done well and which were missed.",
                                "Rotate roles so that everyone plays each role once.",
                                (
                                    "In plenary, collect the most useful phrases and the solutions staff "
                                    "felt they lacked the authority to offer."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Record every complaint and learn from it", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A simple <b>complaint log</b>, a notebook at the front desk or a shared "
                            "spreadsheet, turns single complaints into patterns. For each complaint, "
                            "record the date, the room or table, what the guest said, who handled it, how "
                            "it was solved, and the likely cause. Review the log at the weekly team "
                            "meeting: when the same problem appears three times, it is no longer a "
                            "one-off. It needs a change in a standard, in maintenance or in staffing, and "
                            "it belongs in the improvement plan.</p>"
                        ),
                    ),
                    ("heading", {"text": "Measuring guest satisfaction", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Small businesses do not need expensive surveys. Two sources are "
                            "enough:</p><ul><li><b>Online reviews</b> on Google Maps, online travel agents "
                            "and travel review sites. Once a month, record the average rating on each main "
                            "platform, the number of new reviews, and the three most frequent compliments "
                            "and complaints. Track the trend rather than single "
                            "reviews.</li><li><b>Comment cards</b> left in the room or given with the "
                            "bill: three to five short questions (for example cleanliness, friendliness, "
                            "food, value for money, each scored 1 to 5), one open question, 'What one "
                            "thing should we improve?', and an optional name and contact. Count the cards "
                            "returned, the average scores and the themes every month.</li></ul><p>Together "
                            "with the complaint log and, where available, the share of repeat guests, "
                            "these give the indicators that each business compares with its baseline at "
                            "the last coaching visit.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Replying to an online review",
                            "items": [
                                "Reply to every review, positive and negative, within two days.",
                                (
                                    "Reply in the language the guest wrote in, and use the guest's name if "
                                    "it is shown."
                                ),
                                (
                                    "Thank the guest and mention something specific from the review, so "
                                    "the reply does not look copied."
                                ),
                                (
                                    "For a complaint, apologise, explain briefly what has been changed, "
                                    "and do not argue or reveal private details."
                                ),
                                "Invite the guest to contact you directly if the issue is not yet solved.",
                                "Share the review and the reply with the team at the next briefing.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Never buy or fake reviews",
                            "text": (
                                "<p>Some businesses are tempted to buy reviews or to ask family members to "
                                "post them. Platforms detect and remove such reviews and can penalise the "
                                "listing, and guests quickly notice reviews that do not match their "
                                "experience. Asking real guests politely for a review at check-out is "
                                "allowed and effective; offering them a reward for a positive review is "
                                "not.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "A 16-room hotel kept a complaint log for the first time after the HoCo "
                                "workshop. Within three weeks, the log showed that most complaints were "
                                "about the shower: no hot water on the top floor between 06:00 and 07:30, "
                                "when tour groups showered before early departures. The solar water heater "
                                "could not keep up. The team set a timer on the electric backup heater for "
                                "the early morning and asked housekeeping to check the temperature in one "
                                "top-floor room each morning. Staff were also allowed to offer a free "
                                "breakfast upgrade to any guest who complained about the water. Over the "
                                "three months of the cycle, the hotel's average rating on its main booking "
                                "platform went up from 7.9 to 8.4 out of 10, and hot water no longer "
                                "appeared among the complaints."
                            ),
                            "attribution": "",
                            "organisation": "Small hotel, Malang",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "coaching-guide",
                            "title": "HoCo coaching guide: Service Excellence",
                            "description": (
                                "The agenda of the coaching workshop day and what to do at each of the "
                                "three coaching visits, including the complaint log and review indicators."
                            ),
                        },
                    ),
                ],
                "id": [
                    ("heading", {"text": "Keluhan adalah kesempatan kedua", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Sebagian besar tamu yang tidak puas tidak pernah mengeluh kepada staf. "
                            "Mereka menulis ulasan setelah pulang, atau tidak pernah kembali dan bercerita "
                            "kepada teman-temannya. Tamu yang mengeluh ketika masih berada di tempat "
                            "sedang memberi usaha itu kesempatan kedua. Jika masalahnya diselesaikan "
                            "dengan cepat dan ramah, tamu itu sering menjadi lebih setia daripada tamu "
                            "yang tidak pernah mengalami masalah.</p><p>Staf di usaha kecil sering "
                            "menganggap keluhan sebagai serangan pribadi, berdebat, atau melempar tamu "
                            "kepada pemilik. Coaching sebaiknya membantu mereka melihat keluhan sebagai "
                            "informasi yang berguna dan memberi mereka langkah sederhana untuk diikuti.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Empat langkah: dengarkan, minta maaf, selesaikan, berterima kasih",
                            "level": "h3",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ol><li><b>Dengarkan</b> tanpa menyela, jaga kontak mata, dan catat jika "
                            "masalahnya rumit. Ulangi masalahnya dengan kata-kata Anda sendiri untuk "
                            "menunjukkan bahwa Anda memahaminya.</li><li><b>Minta maaf</b> dengan tulus "
                            "atas pengalaman tamu, tanpa menyalahkan rekan kerja, pemasok, atau tamu: "
                            "'Saya mohon maaf kamar Anda belum siap saat Anda "
                            "tiba.'</li><li><b>Selesaikan</b> masalahnya, atau tawarkan beberapa pilihan "
                            "penyelesaian, dan sampaikan dengan tepat apa yang akan terjadi dan kapan. "
                            "Jika Anda perlu bertanya kepada orang lain, katakan kapan Anda akan kembali, "
                            "dan kembalilah tepat waktu.</li><li><b>Berterima kasih</b> kepada tamu karena "
                            "telah memberi tahu, dan periksa kemudian apakah penyelesaiannya berhasil: "
                            "'Apakah air panasnya sekarang sudah lancar?'</li></ol>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Beri staf wewenang untuk menyelesaikan masalah",
                            "text": (
                                "<p>Pemulihan layanan paling cepat terjadi jika orang yang mendengar "
                                "keluhan dapat langsung menyelesaikannya. Sepakati dengan pemilik apa yang "
                                "boleh ditawarkan setiap staf tanpa harus bertanya: misalnya pindah kamar "
                                "jika ada yang kosong, minuman atau hidangan penutup gratis, atau potongan "
                                "harga sampai jumlah yang disepakati, misalnya Rp100.000. Tuliskan "
                                "batas-batas itu, dan tinjau dalam rapat mingguan apa yang telah diberikan "
                                "dan mengapa.</p>"
                            ),
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Bermain peran menangani keluhan",
                            "objective": (
                                "Staf berlatih menerapkan empat langkah pada keluhan yang realistis dan "
                                "merasakan bagaimana rasanya menjadi tamu."
                            ),
                            "duration_minutes": 45,
                            "group_size": (
                                "Kelompok bertiga: tamu, staf, dan pengamat, dengan peran bergiliran"
                            ),
                            "materials": [
                                (
                                    "Kartu keluhan berdasarkan ulasan nyata (sarapan dingin, kamar bising, "
                                    "tagihan salah, menunggu makanan terlalu lama, pemesanan tidak "
                                    "ditemukan)"
                                ),
                                "Lembar pengamat berisi empat langkah",
                                "Pengatur waktu",
                            ],
                            "steps": [
                                (
                                    "Pelatih memeragakan satu keluhan yang ditangani dengan buruk dan satu "
                                    "yang ditangani dengan baik, lalu menanyakan apa bedanya."
                                ),
                                (
                                    "Di setiap kelompok, 'tamu' mengambil satu kartu keluhan dan "
                                    "memerankan tamu, menjadi lebih atau kurang kesal tergantung pada "
                                    "tanggapan staf."
                                ),
                                "'Staf' menangani keluhan dengan empat langkah, paling lama empat menit.",
                                (
                                    "Pengamat mencatat langkah mana yang dilakukan dengan baik dan mana "
                                    "yang terlewat."
                                ),
                                "Tukar peran sampai setiap orang pernah memainkan setiap peran.",
                                (
                                    "Dalam pleno, kumpulkan ungkapan yang paling berguna serta "
                                    "penyelesaian yang menurut staf tidak dapat mereka tawarkan karena "
                                    "tidak punya wewenang."
                                ),
                            ],
                        },
                    ),
                    ("heading", {"text": "Catat setiap keluhan dan belajar darinya", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p><b>Catatan keluhan</b> yang sederhana, berupa buku di meja depan atau "
                            "lembar kerja bersama, mengubah keluhan satu per satu menjadi pola. Untuk "
                            "setiap keluhan, catat tanggal, nomor kamar atau meja, apa yang dikatakan "
                            "tamu, siapa yang menanganinya, bagaimana penyelesaiannya, dan kemungkinan "
                            "penyebabnya. Tinjau catatan itu dalam rapat tim mingguan: jika masalah yang "
                            "sama muncul tiga kali, masalah itu bukan lagi kebetulan. Masalah itu "
                            "memerlukan perubahan pada standar, perawatan, atau pengaturan staf, dan harus "
                            "masuk ke dalam rencana perbaikan.</p>"
                        ),
                    ),
                    ("heading", {"text": "Mengukur kepuasan tamu", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Usaha kecil tidak memerlukan survei yang mahal. Dua sumber sudah "
                            "cukup:</p><ul><li><b>Ulasan daring</b> di Google Maps, agen perjalanan "
                            "daring, dan situs ulasan perjalanan. Sebulan sekali, catat rata-rata "
                            "penilaian di setiap platform utama, jumlah ulasan baru, serta tiga pujian dan "
                            "tiga keluhan yang paling sering muncul. Pantau kecenderungannya, bukan ulasan "
                            "satu per satu.</li><li><b>Kartu komentar</b> yang diletakkan di kamar atau "
                            "diberikan bersama tagihan: tiga sampai lima pertanyaan singkat (misalnya "
                            "kebersihan, keramahan, makanan, kesesuaian harga, masing-masing dinilai 1 "
                            "sampai 5), satu pertanyaan terbuka, 'Satu hal apa yang sebaiknya kami "
                            "perbaiki?', serta nama dan kontak yang boleh tidak diisi. Hitung jumlah kartu "
                            "yang kembali, rata-rata nilainya, dan tema-temanya setiap "
                            "bulan.</li></ul><p>Bersama catatan keluhan dan, bila tersedia, persentase "
                            "tamu yang kembali, kedua sumber ini memberikan indikator yang dibandingkan "
                            "setiap usaha dengan data awalnya pada kunjungan coaching terakhir.</p>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Membalas ulasan daring",
                            "items": [
                                "Balas setiap ulasan, baik positif maupun negatif, dalam dua hari.",
                                (
                                    "Balas dalam bahasa yang digunakan tamu, dan sebut nama tamu jika "
                                    "tercantum."
                                ),
                                (
                                    "Ucapkan terima kasih dan sebutkan hal spesifik dari ulasan itu, agar "
                                    "balasan tidak terkesan disalin."
                                ),
                                (
                                    "Untuk keluhan, minta maaf, jelaskan singkat apa yang sudah diubah, "
                                    "dan jangan berdebat atau membuka informasi pribadi."
                                ),
                                (
                                    "Undang tamu untuk menghubungi Anda langsung jika masalahnya belum "
                                    "selesai."
                                ),
                                "Bagikan ulasan dan balasannya kepada tim pada briefing berikutnya.",
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jangan pernah membeli atau memalsukan ulasan",
                            "text": (
                                "<p>Sebagian usaha tergoda membeli ulasan atau meminta anggota keluarga "
                                "menuliskannya. Platform dapat mendeteksi dan menghapus ulasan semacam itu "
                                "serta menurunkan peringkat usaha tersebut, dan tamu cepat menyadari "
                                "ulasan yang tidak sesuai dengan pengalaman mereka. Meminta ulasan dengan "
                                "sopan kepada tamu yang sebenarnya saat check-out diperbolehkan dan "
                                "efektif; menjanjikan imbalan untuk ulasan positif tidak.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "kind": "case",
                            "text": (
                                "Sebuah hotel dengan 16 kamar untuk pertama kalinya membuat catatan "
                                "keluhan setelah lokakarya HoCo. Dalam tiga minggu, catatan itu "
                                "menunjukkan bahwa sebagian besar keluhan berkaitan dengan pancuran: air "
                                "panas tidak keluar di lantai teratas antara pukul 06.00 dan 07.30, ketika "
                                "rombongan wisata mandi sebelum berangkat pagi. Pemanas air tenaga surya "
                                "tidak mampu memenuhi kebutuhan. Tim memasang pengatur waktu pada pemanas "
                                "listrik cadangan untuk pagi hari dan meminta tata graha memeriksa suhu "
                                "air di satu kamar lantai teratas setiap pagi. Staf juga diizinkan "
                                "menawarkan peningkatan menu sarapan gratis kepada tamu yang mengeluhkan "
                                "air. Selama tiga bulan siklus, rata-rata penilaian hotel di platform "
                                "pemesanan utamanya naik dari 7,9 menjadi 8,4 dari 10, dan air panas tidak "
                                "lagi muncul dalam daftar keluhan."
                            ),
                            "attribution": "",
                            "organisation": "Hotel kecil, Malang",
                        },
                    ),
                    (
                        "document",
                        {
                            "material": "coaching-guide",
                            "title": "Panduan coaching HoCo: Keunggulan Layanan",
                            "description": (
                                "Agenda hari lokakarya coaching dan apa yang dilakukan pada setiap dari "
                                "tiga kunjungan coaching, termasuk catatan keluhan dan indikator ulasan."
                            ),
                        },
                    ),
                ],
            },
        },
    ],
}
