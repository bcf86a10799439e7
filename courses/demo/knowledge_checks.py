"""Demo knowledge checks: one per core module, in English and Bahasa Indonesia. Built idempotently."""

import json
import uuid

from wagtail.models import Locale

from courses.models import CurriculumPage, KnowledgeCheckPage, ModulePage

from .pages import ensure_child, ensure_translation

SLUG = "knowledge-check"
TITLE = {"en": "Knowledge check", "id": "Uji pemahaman"}
INTRO = {
    "en": "Check what you have learnt in this module. Passing it (80%) counts towards your certification.",
    "id": "Periksa apa yang telah Anda pelajari di modul ini. Lulus (80%) dihitung untuk sertifikasi Anda.",
}


def q(kind, question, options, explanation):
    """A question: options are (English, Indonesian, correct)."""
    return {"kind": kind, "question": question, "options": options, "explanation": explanation}


CHECKS = {
    "workplace-cooperation": [
        q(
            "single",
            {
                "en": "Who sits on the Enterprise Improvement Team (EIT)?",
                "id": "Siapa yang duduk di Tim Peningkatan Perusahaan (EIT)?",
            },
            [
                ("Managers and workers together", "Manajer dan pekerja bersama-sama", True),
                ("Managers only", "Hanya manajer", False),
                ("The external SCORE trainer only", "Hanya pelatih SCORE dari luar", False),
            ],
            {
                "en": "SCORE brings managers and workers into one team: improvement lasts when both own it.",
                "id": "SCORE menyatukan manajer dan pekerja dalam satu tim: perbaikan bertahan bila dimiliki keduanya.",
            },
        ),
        q(
            "single",
            {
                "en": "Why is Workplace Cooperation the first SCORE module?",
                "id": "Mengapa Kerja Sama di Tempat Kerja menjadi modul SCORE yang pertama?",
            },
            [
                (
                    "It builds the cooperation every other module relies on",
                    "Modul ini membangun kerja sama yang menjadi dasar semua modul lain",
                    True,
                ),
                ("It is the shortest module", "Karena modul ini paling singkat", False),
                ("It is required by law", "Karena diwajibkan undang-undang", False),
            ],
            {
                "en": "Shared targets and a working EIT are the foundation for quality, cleaner production, "
                "workforce management and safety work.",
                "id": "Target bersama dan EIT yang berjalan adalah fondasi untuk mutu, produksi bersih, "
                "manajemen tenaga kerja, dan K3.",
            },
        ),
        q(
            "multiple",
            {
                "en": "Which of these are part of a good suggestion scheme?",
                "id": "Mana yang termasuk skema saran yang baik?",
            },
            [
                ("Every suggestion gets an answer", "Setiap saran mendapat jawaban", True),
                ("Good ideas are recognised", "Ide yang baik diberi penghargaan", True),
                ("Only managers may make suggestions", "Hanya manajer yang boleh memberi saran", False),
                ("Decisions are made visible to everyone", "Keputusan diumumkan kepada semua", True),
            ],
            {
                "en": "A scheme lives on quick answers, recognition and transparency; closed to workers it dies.",
                "id": "Skema saran hidup dari jawaban cepat, penghargaan, dan keterbukaan; jika tertutup bagi "
                "pekerja, skema itu mati.",
            },
        ),
        q(
            "single",
            {
                "en": "What does a classroom session of SCORE training bring together?",
                "id": "Siapa yang dipertemukan dalam sesi kelas pelatihan SCORE?",
            },
            [
                (
                    "Two managers and two workers from each of 4–5 enterprises",
                    "Dua manajer dan dua pekerja dari masing-masing 4–5 perusahaan",
                    True,
                ),
                ("The owners of twenty enterprises", "Pemilik dua puluh perusahaan", False),
                ("All workers of one enterprise", "Semua pekerja dari satu perusahaan", False),
            ],
            {
                "en": "Typically 4–5 enterprises send two managers and two workers each to two classroom days.",
                "id": "Biasanya 4–5 perusahaan masing-masing mengirim dua manajer dan dua pekerja ke dua hari kelas.",
            },
        ),
    ],
    "quality": [
        q(
            "single",
            {"en": "Where does quality start in SCORE?", "id": "Dari mana mutu dimulai dalam SCORE?"},
            [
                ("With the customer's needs", "Dari kebutuhan pelanggan", True),
                ("With the final inspection", "Dari inspeksi akhir", False),
                ("With the price of the product", "Dari harga produk", False),
            ],
            {
                "en": "Quality means meeting what customers need; inspection alone finds defects too late.",
                "id": "Mutu berarti memenuhi kebutuhan pelanggan; inspeksi saja menemukan cacat terlambat.",
            },
        ),
        q(
            "single",
            {
                "en": "A defect keeps coming back. What is the SCORE way to deal with it?",
                "id": "Suatu cacat terus muncul kembali. Bagaimana cara SCORE menanganinya?",
            },
            [
                (
                    "Find its root cause with the team and fix that",
                    "Mencari akar penyebabnya bersama tim lalu memperbaikinya",
                    True,
                ),
                ("Inspect more products", "Memeriksa lebih banyak produk", False),
                ("Punish the worker who made it", "Menghukum pekerja yang membuatnya", False),
            ],
            {
                "en": "Reducing defects systematically means removing causes, not hunting culprits.",
                "id": "Mengurangi cacat secara sistematis berarti menghilangkan penyebab, bukan mencari kambing hitam.",
            },
        ),
        q(
            "multiple",
            {
                "en": "Which steps belong to the PDCA cycle?",
                "id": "Langkah mana yang termasuk siklus PDCA?",
            },
            [
                ("Plan", "Rencanakan (Plan)", True),
                ("Do", "Lakukan (Do)", True),
                ("Check", "Periksa (Check)", True),
                ("Delay", "Tunda (Delay)", False),
            ],
            {
                "en": "Plan, Do, Check, Act: the cycle of continuous improvement.",
                "id": "Plan, Do, Check, Act: siklus perbaikan berkelanjutan.",
            },
        ),
        q(
            "single",
            {
                "en": "What builds a quality assurance culture?",
                "id": "Apa yang membangun budaya penjaminan mutu?",
            },
            [
                (
                    "Everyone checks and improves their own work",
                    "Setiap orang memeriksa dan memperbaiki pekerjaannya sendiri",
                    True,
                ),
                ("A separate quality department alone", "Hanya departemen mutu tersendiri", False),
                ("Customer complaints", "Keluhan pelanggan", False),
            ],
            {
                "en": "Quality is built in by the people who do the work, supported by management.",
                "id": "Mutu dibangun oleh orang yang melakukan pekerjaan, didukung manajemen.",
            },
        ),
    ],
    "cleaner-production": [
        q(
            "single",
            {
                "en": "What is cleaner production about?",
                "id": "Tentang apa produksi bersih itu?",
            },
            [
                (
                    "Using less material, water and energy and making less waste",
                    "Memakai lebih sedikit bahan, air, dan energi serta menghasilkan lebih sedikit limbah",
                    True,
                ),
                ("Cleaning the factory more often", "Lebih sering membersihkan pabrik", False),
                ("Treating waste after it is made", "Mengolah limbah setelah terjadi", False),
            ],
            {
                "en": "Prevention at the source saves costs and increases efficiency; end-of-pipe treatment only adds costs.",
                "id": "Pencegahan di sumber menghemat biaya dan meningkatkan efisiensi; pengolahan di ujung hanya "
                "menambah biaya.",
            },
        ),
        q(
            "multiple",
            {
                "en": "Which of these are forms of waste?",
                "id": "Mana yang merupakan bentuk pemborosan?",
            },
            [
                ("A machine left running when idle", "Mesin yang dibiarkan menyala saat tidak dipakai", True),
                ("A leaking compressed-air pipe", "Pipa udara bertekanan yang bocor", True),
                ("Raw material spoilt in storage", "Bahan baku rusak di gudang", True),
                ("A product delivered on time", "Produk yang dikirim tepat waktu", False),
            ],
            {
                "en": "Energy, leaks and spoilt material are all paid for and wasted.",
                "id": "Energi, kebocoran, dan bahan yang rusak semuanya dibayar lalu terbuang.",
            },
        ),
        q(
            "single",
            {
                "en": "What should the team measure before changing a process?",
                "id": "Apa yang perlu diukur tim sebelum mengubah suatu proses?",
            },
            [
                ("A baseline of use and waste", "Data awal pemakaian dan limbah", True),
                ("Nothing: just start", "Tidak ada: langsung mulai saja", False),
                ("Only the number of workers", "Hanya jumlah pekerja", False),
            ],
            {
                "en": "Without a baseline the savings cannot be shown, and results tracking depends on them.",
                "id": "Tanpa data awal penghematan tidak dapat ditunjukkan, padahal pemantauan hasil bergantung padanya.",
            },
        ),
        q(
            "single",
            {
                "en": "Who finds most cleaner production opportunities?",
                "id": "Siapa yang paling banyak menemukan peluang produksi bersih?",
            },
            [
                ("Workers who know the process", "Pekerja yang memahami prosesnya", True),
                ("Only outside consultants", "Hanya konsultan dari luar", False),
                ("The customers", "Para pelanggan", False),
            ],
            {
                "en": "Those who run the process every day see the leaks and losses first.",
                "id": "Mereka yang menjalankan proses setiap hari paling dulu melihat kebocoran dan kehilangan.",
            },
        ),
    ],
    "workforce-management": [
        q(
            "single",
            {
                "en": "What does Workforce Management help an enterprise do?",
                "id": "Manajemen Tenaga Kerja membantu perusahaan melakukan apa?",
            },
            [
                (
                    "Recruit, keep, motivate and develop the right people",
                    "Merekrut, mempertahankan, memotivasi, dan mengembangkan orang yang tepat",
                    True,
                ),
                ("Cut wages", "Memotong upah", False),
                ("Avoid hiring", "Menghindari perekrutan", False),
            ],
            {
                "en": "Good HR strategies lower turnover and raise productivity.",
                "id": "Strategi SDM yang baik menurunkan pergantian karyawan dan menaikkan produktivitas.",
            },
        ),
        q(
            "multiple",
            {
                "en": "Which practices help keep good workers?",
                "id": "Praktik mana yang membantu mempertahankan pekerja yang baik?",
            },
            [
                ("Fair and clear pay", "Upah yang adil dan jelas", True),
                ("Training and a chance to grow", "Pelatihan dan kesempatan berkembang", True),
                ("Listening to workers' ideas", "Mendengarkan ide pekerja", True),
                (
                    "Frequent unexplained shift changes",
                    "Sering mengganti giliran kerja tanpa penjelasan",
                    False,
                ),
            ],
            {
                "en": "People stay where they are treated fairly, can learn and are heard.",
                "id": "Orang bertahan di tempat mereka diperlakukan adil, dapat belajar, dan didengar.",
            },
        ),
        q(
            "single",
            {
                "en": "What is the cost of high staff turnover?",
                "id": "Apa akibat dari tingginya pergantian karyawan?",
            },
            [
                (
                    "Recruiting and training again, and lost skills",
                    "Merekrut dan melatih lagi, serta keterampilan yang hilang",
                    True,
                ),
                ("None: new workers are cheaper", "Tidak ada: pekerja baru lebih murah", False),
                ("Higher quality", "Mutu yang lebih tinggi", False),
            ],
            {
                "en": "Each leaver takes skills away and costs time and money to replace.",
                "id": "Setiap karyawan yang keluar membawa keterampilannya dan butuh waktu serta biaya untuk diganti.",
            },
        ),
        q(
            "single",
            {
                "en": "How should a job be filled, in the SCORE approach?",
                "id": "Bagaimana suatu jabatan diisi menurut pendekatan SCORE?",
            },
            [
                (
                    "From a clear job description and fair selection",
                    "Berdasarkan uraian jabatan yang jelas dan seleksi yang adil",
                    True,
                ),
                ("By whoever asks first", "Oleh siapa saja yang pertama meminta", False),
                ("Only through family connections", "Hanya melalui hubungan keluarga", False),
            ],
            {
                "en": "A clear description and fair selection find the right person and show respect to all.",
                "id": "Uraian yang jelas dan seleksi yang adil menemukan orang yang tepat dan menghargai semua.",
            },
        ),
    ],
    "safety-and-health": [
        q(
            "single",
            {
                "en": "What is the most effective way to control a workplace hazard?",
                "id": "Apa cara paling efektif untuk mengendalikan bahaya di tempat kerja?",
            },
            [
                ("Eliminate the hazard at its source", "Menghilangkan bahaya dari sumbernya", True),
                ("Give out personal protective equipment", "Membagikan alat pelindung diri", False),
                ("Put up a warning sign", "Memasang rambu peringatan", False),
            ],
            {
                "en": "The hierarchy of control starts with elimination; protective equipment is the last line.",
                "id": "Hierarki pengendalian dimulai dari eliminasi; alat pelindung diri adalah benteng terakhir.",
            },
        ),
        q(
            "multiple",
            {
                "en": "What do accidents cost an enterprise?",
                "id": "Apa kerugian perusahaan akibat kecelakaan?",
            },
            [
                ("Lost working time", "Waktu kerja yang hilang", True),
                ("Medical and repair expenses", "Biaya pengobatan dan perbaikan", True),
                ("Lower productivity and morale", "Produktivitas dan semangat kerja yang turun", True),
                ("Nothing, if insurance pays", "Tidak ada, jika asuransi membayar", False),
            ],
            {
                "en": "Injuries bring expenses and lower productivity far beyond what insurance covers.",
                "id": "Cedera membawa biaya dan menurunkan produktivitas jauh melebihi yang ditanggung asuransi.",
            },
        ),
        q(
            "single",
            {
                "en": "Who should take part in the safety walk-through?",
                "id": "Siapa yang sebaiknya ikut dalam inspeksi keselamatan keliling?",
            },
            [
                ("Managers and workers together", "Manajer dan pekerja bersama-sama", True),
                ("Only the safety officer", "Hanya petugas K3", False),
                ("Only visitors", "Hanya tamu", False),
            ],
            {
                "en": "Workers know where the risks are; managers can decide and fund the fixes.",
                "id": "Pekerja tahu di mana risikonya; manajer dapat memutuskan dan mendanai perbaikannya.",
            },
        ),
        q(
            "single",
            {
                "en": "Why is safety and health a platform for productivity?",
                "id": "Mengapa keselamatan dan kesehatan kerja menjadi landasan produktivitas?",
            },
            [
                (
                    "Safe, healthy workers work better and miss fewer days",
                    "Pekerja yang aman dan sehat bekerja lebih baik dan lebih jarang absen",
                    True,
                ),
                ("It is only about legal compliance", "Hanya soal kepatuhan hukum", False),
                ("It slows production down", "Memperlambat produksi", False),
            ],
            {
                "en": "Fewer injuries mean fewer interruptions, lower costs and steadier output.",
                "id": "Lebih sedikit cedera berarti lebih sedikit gangguan, biaya lebih rendah, dan hasil lebih stabil.",
            },
        ),
    ],
}


def _questions(questions: list[dict], lang: str) -> str:
    index = 0 if lang == "en" else 1
    raw = []
    for question in questions:
        raw.append(
            {
                "type": "question",
                "id": str(uuid.uuid4()),
                "value": {
                    "question": question["question"][lang],
                    "kind": question["kind"],
                    "options": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid4()),
                            "value": {"text": option[index], "correct": option[2]},
                        }
                        for option in question["options"]
                    ],
                    "explanation": question["explanation"][lang],
                },
            }
        )
    return json.dumps(raw)


def build(*, user) -> list[KnowledgeCheckPage]:
    """A published knowledge check below each core module, in both languages. Safe to run again."""
    core = CurriculumPage.objects.filter(slug="score-core", locale__language_code="en").first()
    if core is None:
        return []
    id_locale = Locale.objects.get(language_code="id")
    made = []
    for slug, questions in CHECKS.items():
        module = ModulePage.objects.child_of(core).filter(slug=slug).first()
        if module is None:
            continue
        check, _ = ensure_child(
            module,
            KnowledgeCheckPage,
            slug=SLUG,
            user=user,
            title=TITLE["en"],
            introduction=INTRO["en"],
            pass_mark=80,
            retake_wait_hours=24,
            questions=_questions(questions, "en"),
        )
        ensure_translation(
            check,
            id_locale,
            user=user,
            title=TITLE["id"],
            introduction=INTRO["id"],
            questions=_questions(questions, "id"),
        )
        made.append(check)
    return made


def pass_check(*, user, module: ModulePage) -> None:
    """The trainer passes the module's knowledge check, answering through the same service as the page."""
    from courses.knowledge import attempt_submit, check_questions, form_token_issue, module_knowledge_check

    check = module_knowledge_check(module=module)
    if check is None:
        return
    answers = {question.id: sorted(question.correct_ids) for question in check_questions(check=check)}
    attempt_submit(user=user, check=check, token=form_token_issue(user=user, check=check), answers=answers)
