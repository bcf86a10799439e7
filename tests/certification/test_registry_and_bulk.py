"""The public registry of certified trainers, bulk issue for a cohort, and tracks opened on publishing."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certification.models import BulkIssue, Certificate, CertificationTrack, Requirement, TrainerProfile
from courses.models import ModulePage
from tests.helpers import second_factor_login

from .progression_helpers import candidate_create

pytestmark = pytest.mark.django_db
REGISTRY_QUERIES = 10  # the module filter names each module with its curriculum: one query


def test_the_registry_lists_opted_in_holders_of_valid_certificates(client, core_track):
    html = client.get(reverse("certification:registry")).content.decode()
    assert "Siti Rahmawati" in html and "Agus Setiawan" in html
    assert "Andi Pratama" not in html  # revoked
    assert "Putri Handayani" not in html  # not certified yet
    TrainerProfile.objects.filter(certificate_name="Siti Rahmawati").update(registry_opt_in=False)
    assert "Siti Rahmawati" not in client.get(reverse("certification:registry")).content.decode()


def test_the_registry_searches_by_module_province_and_name(client, core_track, plus_module):
    url = reverse("certification:registry")
    by_province = client.get(url, {"province": "JK"}).content.decode()
    assert "Agus Setiawan" in by_province and "Siti Rahmawati" not in by_province
    plus_track = CertificationTrack.objects.get(
        module=plus_module.get_parent().get_children().get(slug="quality")
    )
    by_module = client.get(url, {"module": plus_track.pk}).content.decode()
    assert "Siti Rahmawati" in by_module and "Agus Setiawan" not in by_module
    by_name = client.get(url, {"name": "rahma"}).content.decode()
    assert "Siti Rahmawati" in by_name and "Agus Setiawan" not in by_name


def test_the_registry_costs_the_same_queries_for_many_trainers(client, core_track):
    from certification.certificates import certificate_issue
    from certification.models import Certification

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("certification:registry")).status_code == 200
        return len(queries)

    count()  # the first request of a process also loads the site's settings
    before = count()
    for number in range(30):
        trainer = candidate_create(f"Trainer Nomor {number}")
        certification = Certification.objects.create(
            trainer=trainer, track=core_track, level="trainer", state="certified"
        )
        certificate_issue(certification=certification, certified_by=None, notify=False)
    assert count() == before == REGISTRY_QUERIES


def test_bulk_issue_reports_every_bad_line_and_issues_nothing(client, staff_user, core_track):
    second_factor_login(client, staff_user)
    good = candidate_create("Gede Putra")
    response = client.post(
        reverse("certification:bulk_new"),
        {
            "track": core_track.pk,
            "level": "trainer",
            "cohort": "ToT Bali",
            "emails": f"{good.email}\nnobody@example.org\n{good.email.upper()}\nrevoked@score.example",
        },
    )
    html = response.content.decode()
    assert "Line 2: no account uses the address “nobody@example.org”." in html
    assert "Line 3:" in html and "is already on line 1" in html
    assert "Line 4:" in html and "revoked" in html
    assert f"{good.email}\nnobody@example.org" in html  # what was typed stays
    assert (
        not BulkIssue.objects.exists()
        and not Certificate.objects.filter(certification__trainer=good).exists()
    )


def test_bulk_issue_certifies_the_cohort_and_gives_a_zip(
    client, staff_user, core_track, django_capture_on_commit_callbacks, mailoutbox
):
    second_factor_login(client, staff_user)
    cohort = [candidate_create(f"Peserta {n}") for n in range(3)]
    holder = get_user_model().objects.get(email="holder@score.example")  # already certified: kept
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certification:bulk_new"),
            {
                "track": core_track.pk,
                "level": "trainer",
                "cohort": "ToT Bali, 2026",
                "emails": "\n".join(u.email for u in [*cohort, holder]),
            },
        )
    bulk = BulkIssue.objects.get()
    assert response.url == reverse("certification:bulk_detail", args=(bulk.pk,))
    status = client.get(reverse("certification:bulk_status", args=(bulk.pk,))).json()
    assert status == {"status": "done", "label": "Done", "done": 4, "total": 4, "percent": 100}
    page = client.get(response.url).content.decode()
    assert "<progress" in page and reverse("certification:bulk_archive", args=(bulk.pk,)) in page
    archive = client.get(reverse("certification:bulk_archive", args=(bulk.pk,)))
    zipped = zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content)))
    names = zipped.namelist()
    numbers = set(
        Certificate.objects.filter(
            certification__trainer__in=[*cohort, holder], status="valid", certification__track=core_track
        ).values_list("number", flat=True)
    )
    assert {name.removesuffix(".pdf") for name in names} == numbers and len(numbers) == 4
    event = cohort[0].certifications.get().events.last()
    assert event.actor == staff_user and "ToT Bali, 2026" in event.reason
    # The newly certified get their certificate by email, the same PDF as in the archive; the holder who
    # already had one gets nothing.
    assert sorted(message.to[0] for message in mailoutbox) == sorted(u.email for u in cohort)
    for message in mailoutbox:
        ((filename, content, mimetype),) = message.attachments
        assert mimetype == "application/pdf" and content == zipped.read(filename)


def test_bulk_issue_reports_an_e_mail_that_failed_and_issues_the_rest(
    client, staff_user, core_track, django_capture_on_commit_callbacks, mailoutbox, monkeypatch
):
    from smtplib import SMTPRecipientsRefused

    from django.core.mail import EmailMessage

    cohort = [candidate_create(f"Peserta {n}") for n in range(2)]
    send = EmailMessage.send

    def refuse_first(message, *args, **kwargs):
        if message.to == [cohort[0].email]:
            raise SMTPRecipientsRefused({cohort[0].email: (550, b"mailbox unavailable")})
        return send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", refuse_first)
    second_factor_login(client, staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("certification:bulk_new"),
            {
                "track": core_track.pk,
                "level": "trainer",
                "cohort": "ToE Bandung",
                "emails": "\n".join(u.email for u in cohort),
            },
        )
    bulk = BulkIssue.objects.get()
    assert bulk.status == "done" and bulk.done == 2
    assert [message.to for message in mailoutbox] == [[cohort[1].email]]
    first = Certificate.objects.get(certification__trainer=cohort[0])
    page = client.get(reverse("certification:bulk_detail", args=(bulk.pk,))).content.decode()
    assert first.number in page and "the email to the holder failed" in page


def test_bulk_issue_is_for_staff_only(client, core_track):
    expert = get_user_model().objects.get(email="expert@score.example")
    second_factor_login(client, expert)
    assert client.get(reverse("certification:bulk_new")).status_code == 404
    assert client.get(reverse("certification:bulk_status", args=(1,))).status_code == 404


def test_publishing_a_certifiable_module_opens_its_track_with_the_usual_rules(core, admin_user, core_track):
    module = ModulePage(title="Energy efficiency", slug="energy", number=9, summary="-", certifiable=True)
    core.add_child(instance=module)
    module.save_revision(user=admin_user).publish(user=admin_user)
    track = CertificationTrack.objects.get(module=module)
    kinds = set(track.requirements.filter(level="trainer").values_list("kind", flat=True))
    assert {Requirement.Kind.LESSONS_DONE, Requirement.Kind.TOE_CYCLE, Requirement.Kind.PREREQUISITE} <= kinds
    assert track.requirements.get(kind="prerequisite", level="trainer").prerequisite == core_track
