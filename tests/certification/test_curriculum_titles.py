"""A certificate names its curriculum in English and in Bahasa Indonesia, as it names its module: frozen
when issued, shown in the reader's language, both on the PDF and in the API."""

import importlib
import io

import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from certification.api import render_certificate_pdf
from certification.certificates import certificate_issue, certificate_reissue
from certification.mail import certificate_issued_mail
from certification.models import Certificate, Certification, Level
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

backfill = importlib.import_module("certification.migrations.0006_backfill_curriculum_title_id")


def run_backfill() -> None:
    """The data migration, with the models as they are at that migration."""
    state = MigrationLoader(connection).project_state(("certification", "0006_backfill_curriculum_title_id"))
    backfill.backfill_curriculum_title_id(state.apps, None)


@pytest.fixture
def core_certificate(core_track, holder, expert):
    """A certificate in Workplace Cooperation, of the core curriculum: "SCORE Training: the core modules",
    "Pelatihan SCORE: modul inti" in Indonesian."""
    certification = Certification.objects.create(
        trainer=holder, track=core_track, level=Level.TRAINER, state=Certification.State.CERTIFIED
    )
    return certificate_issue(certification=certification, certified_by=expert, notify=False)


def test_the_certificate_freezes_the_curriculum_in_both_languages(core_certificate, core, id_locale):
    assert core_certificate.curriculum_title == core.title == "SCORE Training: the core modules"
    assert core_certificate.curriculum_title_id == core.get_translation(id_locale).title
    assert core_certificate.curriculum_title_id == "Pelatihan SCORE: modul inti"


def test_each_language_has_its_title_and_english_stands_in_for_a_missing_one(core_certificate):
    assert core_certificate.curriculum_title_in("id") == "Pelatihan SCORE: modul inti"
    assert core_certificate.curriculum_title_in("en") == "SCORE Training: the core modules"
    assert core_certificate.module_title_in("id") == core_certificate.module_title_id
    assert core_certificate.module_title_in(None) == core_certificate.module_title
    core_certificate.curriculum_title_id = ""
    assert core_certificate.curriculum_title_in("id") == "SCORE Training: the core modules"


def test_a_reissued_certificate_keeps_both_titles(core_certificate):
    new = certificate_reissue(certificate=core_certificate, holder_name="Nur Aini", notify=False)
    assert (new.curriculum_title, new.curriculum_title_id) == (
        core_certificate.curriculum_title,
        core_certificate.curriculum_title_id,
    )


def test_the_indonesian_verification_page_names_the_curriculum_in_indonesian(client, core_certificate):
    html = client.get(f"/id/verify/{core_certificate.token}/").content.decode()
    assert '<html lang="id">' in html
    assert "Pelatihan SCORE: modul inti" in html and "SCORE Training: the core modules" not in html
    assert core_certificate.module_title_id in html


def test_the_english_verification_page_names_the_curriculum_in_english(client, core_certificate):
    html = client.get(f"/verify/{core_certificate.token}/").content.decode()
    assert "SCORE Training: the core modules" in html and "Pelatihan SCORE: modul inti" not in html
    assert core_certificate.module_title in html and core_certificate.module_title_id not in html


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [
        ("id", "Pelatihan SCORE: modul inti", "SCORE Training: the core modules"),
        ("en", "SCORE Training: the core modules", "Pelatihan SCORE: modul inti"),
    ],
)
def test_the_holders_certification_page_names_the_curriculum_in_its_language(
    client, core_certificate, holder, language, shown, hidden
):
    holder.trainer_profile.preferred_language = language
    holder.trainer_profile.save()
    sign_in(client, holder)
    with translation.override(language):
        url = reverse("certification:dashboard")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert shown in html and hidden not in html
    title = core_certificate.module_title_in(language)
    assert f'<th scope="row" role="rowheader">{title}<br>' in html


def test_the_api_gives_the_curriculum_in_both_languages(client, core_certificate):
    data = client.get(f"/api/v1/certificates/{core_certificate.token}").json()
    assert data["curriculum"] == "SCORE Training: the core modules"
    assert data["curriculum_id"] == "Pelatihan SCORE: modul inti"
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]["VerificationFacts"]
    assert "curriculum_id" in schema["properties"] and "curriculum" in schema["properties"]


def test_the_pdf_names_the_curriculum_in_both_languages(core_certificate):
    text = PdfReader(io.BytesIO(render_certificate_pdf(core_certificate))).pages[0].extract_text()
    assert "SCORE Training: the core modules · Pelatihan SCORE: modul inti" in text


def test_the_mail_names_the_curriculum_in_the_holders_language(core_certificate, holder):
    holder.trainer_profile.preferred_language = "id"
    holder.trainer_profile.save()
    mail.outbox.clear()
    certificate_issued_mail(core_certificate, pdf=b"%PDF-")
    body = mail.outbox[0].body
    assert "Pelatihan SCORE: modul inti" in body and core_certificate.module_title_id in body


def test_the_migration_fills_in_the_indonesian_title_of_earlier_certificates(
    core_certificate, certificate, id_locale
):
    Certificate.objects.filter(pk__in=[core_certificate.pk, certificate.pk]).update(curriculum_title_id="")
    without_revision = certificate_issue(
        certification=core_certificate.certification, certified_by=None, notify=False
    )
    Certificate.objects.filter(pk=without_revision.pk).update(curriculum_title_id="", module_revision=None)
    run_backfill()
    core_certificate.refresh_from_db()
    certificate.refresh_from_db()
    without_revision.refresh_from_db()
    assert core_certificate.curriculum_title_id == "Pelatihan SCORE: modul inti"
    assert without_revision.curriculum_title_id == "Pelatihan SCORE: modul inti"  # found through the track
    curriculum = certificate.certification.track.module.specific.curriculum  # HoCo's, the same in both
    assert certificate.curriculum_title_id == curriculum.get_translation(id_locale).title


def test_the_migration_falls_back_to_english_outside_a_curriculum(core_certificate):
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="en")
    revision = home.specific.save_revision()
    Certificate.objects.filter(pk=core_certificate.pk).update(
        curriculum_title_id="", module_revision=revision
    )
    run_backfill()
    core_certificate.refresh_from_db()
    assert core_certificate.curriculum_title_id == "SCORE Training: the core modules"
