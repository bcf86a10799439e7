"""A certificate's name changes only after programme staff agree: a holder's rename is a request; staff
approve (re-issued once, superseded) or refuse (nothing changes); nobody else decides."""

import io
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from certification.models import Certificate, CertificateNameChange, NameChangeRequest, TrainerProfile
from certification.name_changes import (
    ALREADY_PENDING,
    NOT_PENDING,
    NOT_STAFF,
    name_request_approve,
    name_request_refuse,
    name_request_submit,
)
from tests.certification.progression_helpers import pdf_upload
from tests.factories import trainer_create
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

OLD = "Nguyễn Thị Ánh Nur’aini"
NEW = "Nguyễn Thị Ánh Kartika"
PROFILE_URL = reverse("certification:profile")
REQUEST_URL = reverse("certification:name_request")


def profile_form(profile, **changes):
    data = {
        "certificate_name": profile.certificate_name,
        "gender": profile.gender,
        "partner": "",
        "other_organisation": profile.other_organisation,
        "province": profile.province,
        "phone": "",
        "preferred_language": "en",
    }
    return {**data, **changes}


def pdf_text(client, certificate) -> str:
    response = client.get(reverse("certification:certificate_pdf", args=(certificate.number,)))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


def verification(client, certificate, language="en") -> str:
    with translation.override(language):
        url = reverse("certification:verify", args=(certificate.token,))
    return client.get(url).content.decode()


def submit(holder, name=NEW, **kwargs):
    return name_request_submit(
        profile=holder.trainer_profile, new_name=name, reason="marriage", actor=holder, **kwargs
    )


@pytest.fixture
def staff_client(client, staff_user):
    second_factor_login(client, staff_user)
    return client


def test_a_holders_rename_is_a_request_and_changes_nothing_until_approved(client, holder, certificate):
    client.force_login(holder)
    # The profile cannot rename: the field is shown locked, and a posted name is ignored.
    page = client.get(PROFILE_URL).content.decode()
    assert "disabled" in page.split('name="certificate_name"')[1].split(">")[0]
    client.post(PROFILE_URL, profile_form(holder.trainer_profile, certificate_name=NEW))
    holder.trainer_profile.refresh_from_db()
    assert holder.trainer_profile.certificate_name == OLD
    # The request, with a document.
    document = pdf_upload("akta.pdf", "Akta perkawinan")
    response = client.post(
        REQUEST_URL,
        {"new_name": NEW, "reason": "marriage", "explanation": "Married in May.", "document": document},
    )
    assert response.status_code == 302 and response.url == PROFILE_URL
    request = NameChangeRequest.objects.get(profile=holder.trainer_profile)
    assert (request.old_name, request.new_name, request.status) == (OLD, NEW, "pending")
    assert request.document_name == "akta.pdf"
    profile_page = client.get(PROFILE_URL).content.decode()
    assert "Pending" in profile_page and NEW in profile_page
    # Everything the public and the holder see still says the old name.
    certificate.refresh_from_db()
    assert certificate.status == "valid" and certificate.holder_name == OLD
    assert OLD in pdf_text(client, certificate) and NEW not in pdf_text(client, certificate)
    assert OLD in verification(client, certificate) and NEW not in verification(client, certificate)
    assert Certificate.objects.filter(certification=certificate.certification).count() == 1


def test_approval_reissues_exactly_once_and_supersedes(
    client, holder, certificate, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    request = submit(holder)
    with django_capture_on_commit_callbacks(execute=True):
        reissued = name_request_approve(
            request=request, staff=staff_user, note="Checked the marriage certificate."
        )
    assert len(reissued) == 1
    new = reissued[0]
    certificate.refresh_from_db()
    assert certificate.status == "superseded" and certificate.superseded_by == new
    assert new.holder_name == NEW and new.number != certificate.number and new.token != certificate.token
    assert new.expires_on == certificate.expires_on and new.status == "valid"
    change = CertificateNameChange.objects.get(request=request)
    assert change.changed_by == staff_user and (change.old_name, change.new_name) == (OLD, NEW)
    assert new.name_change == change
    # A second approval (a double click, a second tab) is refused and re-issues nothing.
    with pytest.raises(ValidationError) as refused:
        name_request_approve(request=request, staff=staff_user)
    assert refused.value.messages == [str(NOT_PENDING)]
    assert Certificate.objects.filter(certification=certificate.certification).count() == 2
    # The old page says why and points to the new one; the new one never shows the old name.
    old_page = verification(client, certificate)
    assert (
        "after a change of the holder" in old_page
        and reverse("certification:verify", args=(new.token,)) in old_page
    )
    new_page = verification(client, new)
    assert "This certificate replaces an earlier one" in new_page and NEW in new_page
    assert OLD not in new_page and certificate.number not in new_page
    # The holder is told, in their language, with the new numbers.
    told = [message for message in mailoutbox if message.to == [holder.email]]
    assert told and new.number in told[-1].body


def test_refusal_changes_nothing_and_says_why(
    client, holder, certificate, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    request = submit(holder)
    with pytest.raises(ValidationError):
        name_request_refuse(request=request, staff=staff_user, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        name_request_refuse(request=request, staff=staff_user, reason="The document names someone else.")
    request.refresh_from_db()
    certificate.refresh_from_db()
    holder.trainer_profile.refresh_from_db()
    assert request.status == "refused" and request.decision_note == "The document names someone else."
    assert request.decided_by == staff_user
    assert certificate.status == "valid" and certificate.holder_name == OLD
    assert holder.trainer_profile.certificate_name == OLD
    assert not CertificateNameChange.objects.filter(profile=holder.trainer_profile).exists()
    assert "The document names someone else." in mailoutbox[-1].body
    client.force_login(holder)
    assert "The document names someone else." in client.get(PROFILE_URL).content.decode()


def test_a_trainer_without_a_certificate_renames_freely(client):
    trainer = trainer_create()
    profile = TrainerProfile.objects.create(
        user=trainer, certificate_name="Dewi Lestari", gender="woman", other_organisation="X", province="BA"
    )
    client.force_login(trainer)
    client.post(PROFILE_URL, profile_form(profile, certificate_name="Dewi Ayu Lestari"))
    profile.refresh_from_db()
    assert profile.certificate_name == "Dewi Ayu Lestari"
    assert not NameChangeRequest.objects.filter(profile=profile).exists()
    assert client.get(REQUEST_URL).url == PROFILE_URL  # nothing to ask for


@pytest.mark.parametrize("who", ["holder", "expert", "editor", "another trainer"])
def test_no_one_but_programme_staff_decides(holder, certificate, expert, smi_editor, who):
    request = submit(holder)
    actor = {"holder": holder, "expert": expert, "editor": smi_editor, "another trainer": trainer_create()}[
        who
    ]
    for decide in (
        lambda: name_request_approve(request=request, staff=actor),
        lambda: name_request_refuse(request=request, staff=actor, reason="No."),
    ):
        with pytest.raises(PermissionDenied) as denied:
            decide()
        assert str(denied.value) == str(NOT_STAFF)
    request.refresh_from_db()
    assert request.status == "pending"


@pytest.mark.parametrize("who", ["expert", "editor"])
def test_the_admin_decision_is_for_staff_only(client, holder, certificate, expert, smi_editor, who):
    request = submit(holder)
    document_url = reverse("certification:name_request_document", args=(request.pk,))
    second_factor_login(client, {"expert": expert, "editor": smi_editor}[who])
    for url in (
        reverse("name_requests:index"),
        reverse("name_requests:edit", args=(request.pk,)),
        reverse("name_requests:inspect", args=(request.pk,)),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403) and OLD not in response.content.decode(), url
        if response.status_code == 302:
            assert not response.url.startswith(reverse("name_requests:index")), url
    client.post(reverse("name_requests:edit", args=(request.pk,)), {"decision": "approve"})
    assert client.get(document_url).status_code == 404
    request.refresh_from_db()
    assert request.status == "pending"


def test_two_pending_requests_cannot_both_be_approved(holder, certificate, staff_user):
    first = submit(holder)
    with pytest.raises(ValidationError) as second:
        submit(holder, name="Ánh Kartika")
    assert second.value.messages == [str(ALREADY_PENDING)]
    assert NameChangeRequest.objects.filter(profile=holder.trainer_profile, status="pending").count() == 1
    name_request_approve(request=first, staff=staff_user)
    assert Certificate.objects.filter(certification=certificate.certification, status="valid").count() == 1


def test_staff_approve_and_refuse_in_the_admin(staff_client, holder, certificate):
    request = submit(holder)
    index = staff_client.get(reverse("name_requests:index")).content.decode()
    assert OLD in index and NEW in index
    url = reverse("name_requests:edit", args=(request.pk,))
    page = staff_client.get(url).content.decode()
    assert certificate.number in page and "Marriage or divorce" in page
    refused = staff_client.post(url, {"decision": "refuse", "decision_note": ""})
    assert refused.status_code == 200 and "Say why the change is refused" in refused.content.decode()
    approved = staff_client.post(url, {"decision": "approve", "decision_note": "Seen."})
    assert approved.status_code == 302
    request.refresh_from_db()
    assert request.status == "approved"
    assert staff_client.get(url).status_code == 302  # decided: to its record, nothing left to edit


def test_staff_correct_a_name_in_the_admin_at_once_with_their_reason(
    staff_client, staff_user, holder, certificate
):
    url = reverse("trainer_profiles:edit", args=(holder.trainer_profile.pk,))
    data = profile_form(holder.trainer_profile, certificate_name=NEW)
    without_reason = staff_client.post(url, data)
    assert without_reason.status_code == 200
    certificate.refresh_from_db()
    assert certificate.holder_name == OLD
    staff_client.post(url, {**data, "name_change_reason": "Typing error at the ToT registration."})
    certificate.refresh_from_db()
    assert certificate.status == "superseded" and certificate.superseded_by.holder_name == NEW
    change = CertificateNameChange.objects.get(profile=holder.trainer_profile)
    assert change.changed_by == staff_user and change.reason == "Typing error at the ToT registration."


def test_another_trainers_request_and_document_are_out_of_reach(client, holder, certificate):
    document = pdf_upload("akta.pdf", "Akta perkawinan")
    request = submit(holder, document=document)
    client.force_login(trainer_create())
    assert client.get(reverse("certification:name_request_document", args=(request.pk,))).status_code == 404
    assert client.post(reverse("certification:name_request_withdraw", args=(request.pk,))).status_code == 404
    request.refresh_from_db()
    assert request.status == "pending"
    client.force_login(holder)
    assert client.get(reverse("certification:name_request_document", args=(request.pk,))).status_code == 200


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_request_pages_and_mails_speak_the_holders_language(
    client, holder, certificate, staff_user, language, django_capture_on_commit_callbacks
):
    holder.trainer_profile.preferred_language = language
    holder.trainer_profile.save()
    client.force_login(holder)
    with translation.override(language):
        url = reverse("certification:name_request")
        expected_title = str(translation.gettext("Change the name on your certificates"))
        expected_subject = str(translation.gettext("Your certificates now carry your new name"))
    html = client.get(url).content.decode()
    assert f'<html lang="{language}">' in html and expected_title in html
    request = submit(holder)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        new = name_request_approve(request=request, staff=staff_user)[0]
    # The public pages of both certificates say what happened, in the page's language.
    with translation.override(language):
        replaced = translation.gettext(
            "This certificate replaces an earlier one: it was re-issued after a change of the holder's name "
            "approved by programme staff on %(when)s."
        ).split("%(when)s")[0]
        reissued = translation.gettext(
            "Re-issued on %(when)s after a change of the holder's name approved by programme staff."
        ).split("%(when)s")[0]
    if language == "id":
        assert not replaced.startswith("This certificate") and not reissued.startswith("Re-issued")
    assert replaced.strip() in verification(client, new, language).replace("&#x27;", "'")
    assert reissued.strip() in verification(client, certificate, language).replace("&#x27;", "'")
    assert [message.subject for message in mail.outbox if message.to == [holder.email]] == [expected_subject]
    if language == "id":
        assert expected_subject != "Your certificates now carry your new name"


def test_a_bad_document_is_refused_with_the_reason_and_keeps_what_was_typed(client, holder, certificate):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(holder)
    fake = SimpleUploadedFile("akta.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf")
    response = client.post(
        REQUEST_URL,
        {"new_name": NEW, "reason": "legal", "explanation": "Court decision 12/2026.", "document": fake},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "does not contain a valid PDF file" in html
    assert (
        f'value="{NEW}"' in html
        and "Court decision 12/2026." in html
        and re.search(r'value="legal"[^>]* checked', html)
    )
    assert not NameChangeRequest.objects.filter(profile=holder.trainer_profile).exists()


def test_staff_are_told_of_a_new_request(
    holder, certificate, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = submit(holder)
    to_staff = [message for message in mailoutbox if message.to == [staff_user.email]]
    assert len(to_staff) == 1
    assert OLD in to_staff[0].body and NEW in to_staff[0].body
    assert reverse("name_requests:edit", args=(request.pk,)) in to_staff[0].body


def test_staff_do_not_decide_on_their_own_name(holder, certificate, staff_user, admin_user):
    from django.contrib.auth.models import Group

    from certification.name_changes import NOT_YOUR_OWN, name_correct_by_staff

    holder.groups.add(Group.objects.get(name="Programme staff"))  # a holder who joins programme staff
    request = submit(holder)
    with pytest.raises(PermissionDenied) as own:
        name_request_approve(request=request, staff=holder)
    assert str(own.value) == str(NOT_YOUR_OWN)
    with pytest.raises(PermissionDenied):
        name_correct_by_staff(
            profile=holder.trainer_profile, new_name="Somebody Else", staff=holder, reason="x"
        )
    certificate.refresh_from_db()
    assert certificate.holder_name == OLD
    name_request_approve(request=request, staff=staff_user)  # a colleague decides
    assert Certificate.objects.get(certification=certificate.certification, status="valid").holder_name == NEW


def test_the_service_refuses_a_holders_rename_whatever_the_form(holder, certificate):
    from certification.name_changes import NAME_NEEDS_REQUEST
    from certification.profiles import profile_save

    with pytest.raises(ValidationError) as refused:
        profile_save(user=holder, data={"certificate_name": NEW}, changed_by=holder)
    assert refused.value.message_dict["certificate_name"] == [str(NAME_NEEDS_REQUEST)]
    holder.trainer_profile.refresh_from_db()
    assert holder.trainer_profile.certificate_name == OLD


def test_an_expired_certificate_binds_the_name_too(holder, certificate):
    from certification.name_changes import holds_current_certificate

    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.EXPIRED)
    assert holds_current_certificate(user=holder)  # a renewal would carry it into the new name
    revoked = Certificate.objects.filter(pk=certificate.pk)
    revoked.update(status=Certificate.Status.REVOKED)
    assert not holds_current_certificate(user=holder)


def test_the_database_holds_one_pending_request_per_holder(holder, certificate):
    from django.db import IntegrityError, transaction

    submit(holder)
    with pytest.raises(IntegrityError), transaction.atomic():
        NameChangeRequest.objects.create(
            profile=holder.trainer_profile, old_name=OLD, new_name="Other", reason="other"
        )


def test_a_staff_correction_closes_a_pending_request(staff_user, holder, certificate):
    from certification.name_changes import name_correct_by_staff

    request = submit(holder)
    name_correct_by_staff(
        profile=holder.trainer_profile, new_name=NEW, staff=staff_user, reason="ID card seen."
    )
    request.refresh_from_db()
    assert request.status == "withdrawn" and request.decided_by == staff_user
