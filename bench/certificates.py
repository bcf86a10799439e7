"""``make bench`` (certificates): one certificate PDF with reportlab, against a WeasyPrint HTML-to-PDF
rendering of the same certificate and a bare one-line reportlab page, in the same run; then bulk issue of
1,000 certificates (issuing, the PDFs, the ZIP, and the email to each holder), against 1,000 renders."""

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault(
    "BENCH_DB", str(Path(tempfile.gettempdir()) / "score-academy-bench-certificates.sqlite3")
)
Path(os.environ["BENCH_DB"]).unlink(missing_ok=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
COHORT = int(os.environ.get("BENCH_COHORT", "1000"))
RUN = 5
# Holders with other names, rendered in turn: names in plain ASCII share the fonts' subsets with the first
# certificate; each name with other letters makes subsets of its own the first time it is rendered.
OTHER_NAMES = [
    "Budi Santoso",
    "Siti Rahmawati",
    "Made Wirawan",
    "Dewi Lestari Putri",
    "Ni Luh Ayu Kadek Sri Widiastuti",
    "Łukasz Øvergaard-Şahin",
    "Đặng Thúy Hằng",
    "François Müller-Żak",
]


def build():
    from django.contrib.auth.models import Group

    from certification.certificates import certificate_issue
    from certification.models import Certification, CertificationTrack, TrainerProfile
    from cms.demo import ensure_admin, ensure_home
    from courses.access import programme_staff_group_ensure
    from courses.models import CurriculumIndexPage, CurriculumPage, ModulePage
    from tests.factories import trainer_create

    admin = ensure_admin()
    home, _ = ensure_home(user=admin)
    index = CurriculumIndexPage(title="Curriculum", slug="curriculum", live=True)
    home.add_child(instance=index)
    curriculum = CurriculumPage(
        title="SCORE Training: the core modules", slug="core", live=True, introduction="-"
    )
    index.add_child(instance=curriculum)
    module = ModulePage(title="Workplace Cooperation", slug="wc", number=1, summary="-")
    curriculum.add_child(instance=module)
    module.save_revision(user=admin).publish(user=admin)
    track = CertificationTrack.objects.create(module=module)
    expert = trainer_create()
    TrainerProfile.objects.create(
        user=expert, certificate_name="Agus Setiawan", gender="man", other_organisation="BEDO", province="JK"
    )
    holder = trainer_create()
    TrainerProfile.objects.create(
        user=holder,
        certificate_name="Nguyễn Thị Ánh Nur’aini",
        gender="woman",
        other_organisation="X",
        province="BA",
    )
    certification = Certification.objects.create(
        trainer=holder, track=track, level="trainer", state="certified"
    )
    certificate = certificate_issue(certification=certification, certified_by=expert, notify=False)
    others = []
    for name in OTHER_NAMES:
        other = trainer_create()
        TrainerProfile.objects.create(
            user=other, certificate_name=name, gender="woman", other_organisation="X", province="JT"
        )
        other_certification = Certification.objects.create(
            trainer=other, track=track, level="trainer", state="certified"
        )
        others.append(certificate_issue(certification=other_certification, certified_by=expert, notify=False))
    programme_staff_group_ensure()
    staff = trainer_create()
    staff.groups.add(Group.objects.get(name="Programme staff"))
    return certificate, others, track, staff


def weasyprint_renderer(certificate):
    from django.template.loader import render_to_string
    from reportlab.graphics import renderSVG
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from weasyprint import HTML

    from certification.models import CertificateSettings, Level
    from certification.pdf import FONTS, verification_url

    def render():
        url = verification_url(certificate)
        widget = QrCodeWidget(url)
        drawing = Drawing(100, 100)
        drawing.add(widget)
        html = render_to_string(
            "bench/certificate_weasyprint.html",
            {
                "c": certificate,
                "fonts": FONTS.as_uri(),
                "level_en": Level(certificate.level).label,
                "level_id": Level(certificate.level).label,
                "signatory": CertificateSettings.load().signatory_name,
                "url": url,
                "qr_svg": renderSVG.drawToString(drawing),
            },
        )
        return HTML(string=html).write_pdf()

    return render


def bare_page():
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "SCORE Academy")
    page.save()
    return buffer.getvalue()


def median(function, rounds):
    """As timeit does, with the garbage collector off while timing."""
    times = []
    for _ in range(rounds):
        gc.disable()
        try:
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return statistics.median(times)


def main():
    from certification.pdf import render_certificate_pdf

    call_command("migrate", verbosity=0)
    certificate, others, track, staff = build()
    render = lambda: render_certificate_pdf(certificate)  # noqa: E731
    weasy = weasyprint_renderer(certificate)
    for function in (render, weasy, bare_page):  # warm up: fonts, templates
        function()
    # In rounds, each a short run of renders of each kind in turn: a busy moment of the machine falls on all
    # three alike, and each is timed as it runs in a batch or a busy server, after renders of its own kind
    # (right after a WeasyPrint render, which leaves the processor's caches full of its own data, any
    # render is slower: see docs/decisions/0010).
    ours, theirs, bare = [], [], []
    for _ in range(ROUNDS):
        ours.append(median(render, RUN))
        theirs.append(median(weasy, RUN))
        bare.append(median(bare_page, RUN))
    ours, theirs, bare = statistics.median(ours), statistics.median(theirs), statistics.median(bare)
    print(f"\nCertificate PDF (median of {ROUNDS} rounds of {RUN} renders each, taken in turn):")
    print(
        f"  WeasyPrint HTML-to-PDF of the same certificate / reportlab certificate: {theirs / ours:6.1f}x (target >= 50x)"
    )
    print(f"  reportlab certificate / bare one-line reportlab page:                   {ours / bare:6.1f}x")
    alternate_ours, alternate_theirs = [], []
    for _ in range(ROUNDS):
        alternate_ours.append(median(render, 1))
        alternate_theirs.append(median(weasy, 1))
    print(
        "  the same ratio with one render of each in turn (ours right after WeasyPrint's):"
        f" {statistics.median(alternate_theirs) / statistics.median(alternate_ours):6.1f}x"
    )
    turn = iter(range(10**9))
    first_time = []
    for other in others:
        first_time.append(median(lambda other=other: render_certificate_pdf(other), 1))
    in_turn = median(lambda: render_certificate_pdf(others[next(turn) % len(others)]), ROUNDS)
    print(
        f"  {len(others)} other holders, each rendered the first time: median {1000 * statistics.median(first_time):.1f} ms,"
        f" slowest {1000 * max(first_time):.1f} ms (WeasyPrint: {1000 * theirs:.0f} ms)"
    )
    print(
        f"  the same holders in turn, once their subsets are kept: WeasyPrint / reportlab {theirs / in_turn:6.1f}x"
    )
    print(f"  sizes: reportlab {len(render()) // 1024} KiB, WeasyPrint {len(weasy()) // 1024} KiB")

    from certification.bulk import bulk_issue_request, bulk_issue_run
    from certification.models import TrainerProfile
    from tests.factories import trainer_create

    cohort = []
    for number in range(COHORT):
        user = trainer_create()
        TrainerProfile.objects.create(
            user=user,
            certificate_name=f"Peserta Nomor {number}",
            gender="woman",
            other_organisation="X",
            province="JB",
        )
        cohort.append(user.pk)
    from django.db import transaction

    with transaction.atomic():  # the task is run below, not on commit, so it is timed alone
        from unittest import mock

        with mock.patch("certification.bulk.transaction.on_commit"):
            bulk = bulk_issue_request(
                track=track, level="trainer", cohort="Bench cohort", trainer_ids=cohort, actor=staff
            )
    start = time.perf_counter()
    bulk = bulk_issue_run(bulk_id=bulk.pk)
    elapsed = time.perf_counter() - start
    print(f"\nBulk issue of {COHORT:,} certificates (issue, PDF, ZIP, email to each holder):")
    print(
        f"  {elapsed:.1f} s, {1000 * elapsed / COHORT:.1f} ms per certificate; status {bulk.status}, {bulk.done}/{bulk.total}"
    )
    print(f"  bulk issue / {COHORT:,} bare certificate renders: {elapsed / (COHORT * ours):.2f}x")


if __name__ == "__main__":
    main()
