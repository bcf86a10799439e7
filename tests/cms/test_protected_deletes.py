"""Deleting what certification records or pinned content keep is refused before it is tried, in the
admin's layout: which records keep it, and what to do instead; nothing is deleted. Someone who may not
delete it never gets that far (nor learns what keeps it). What nothing keeps is deleted as before."""

import pytest
from django.contrib.messages import get_messages
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page

from certification.models import (
    Certificate,
    CertificateNameChange,
    Certification,
    CertificationTrack,
    Requirement,
    TrainerProfile,
)
from certification.requirements import default_requirements
from cms.models import StandardPage
from cms.protection import (
    CANNOT_DELETE,
    CANNOT_DELETE_UNNAMED,
    OTHER_INSTEAD,
    PAGE_INSTEAD,
    PROFILE_INSTEAD,
    TRACK_INSTEAD,
    USER_INSTEAD,
)
from courses.models import ModulePage, Partner
from tests.factories import trainer_create
from tests.helpers import denied, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def core_track(core_module):
    return CertificationTrack.objects.get(module=core_module)


def kept_out(response) -> bool:
    """Refused by the admin, or (without admin access) sent to sign in."""
    return denied(response) or (
        response.status_code == 302 and response.url.startswith(reverse("account_login"))
    )


def refused(response, instead) -> str:
    """The refusal page: the reason, and what to do instead."""
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(str(instead)) in html
    return html


def cannot_delete(obj) -> str:
    return escape(str(CANNOT_DELETE).split(":")[0] % {"object": obj})


def user(email):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(email=email)


def profile_of(person, name="Dian Sastro"):
    return TrainerProfile.objects.create(
        user=person, certificate_name=name, gender="woman", other_organisation="X", province="BA"
    )


def test_staff_cannot_delete_the_module_page_certificates_were_earned_on(client, staff_user, core_module):
    pinned = Certificate.objects.filter(module_revision__object_id=str(core_module.pk)).count()
    assert pinned > 1  # the demo's certificates
    lessons = core_module.get_descendants().count()
    url = reverse("wagtailadmin_pages:delete", args=(core_module.pk,))
    sign_in(client, staff_user)
    for response in (client.get(url), client.post(url)):
        html = refused(response, PAGE_INSTEAD)
        assert cannot_delete(core_module.title) in html
        assert "1 certification track" in html and f"{pinned} certificates" in html
        assert reverse("wagtailadmin_pages:unpublish", args=(core_module.pk,)) in html
    assert Page.objects.filter(pk=core_module.pk).exists()
    assert core_module.get_descendants().count() == lessons


def test_staff_cannot_bulk_delete_it_either(client, staff_user, core_module):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + f"?id={core_module.pk}"
    sign_in(client, staff_user)
    refused(client.post(url), PAGE_INSTEAD)
    assert Page.objects.filter(pk=core_module.pk).exists()


def test_partner_editors_and_trainers_never_reach_the_delete(
    client, bedo_editor, trainer, core_module, plus_module
):
    for person, page in [(bedo_editor, core_module), (bedo_editor, plus_module), (trainer, core_module)]:
        sign_in(client, person)
        url = reverse("wagtailadmin_pages:delete", args=(page.pk,))
        for response in (client.get(url), client.post(url)):
            assert kept_out(response)
            assert escape(str(PAGE_INSTEAD)) not in response.content.decode()
    assert Page.objects.filter(pk__in=[core_module.pk, plus_module.pk]).count() == 2


def test_a_page_nothing_keeps_is_deleted_as_before(client, staff_user):
    page = StandardPage.objects.filter(locale__language_code="en").first()
    sign_in(client, staff_user)
    response = client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_a_track_with_certifications_cannot_be_deleted(client, admin_user, staff_user, core_track):
    certifications = Certification.objects.filter(track=core_track).count()
    url = reverse("certification_tracks:delete", args=(core_track.pk,))
    sign_in(client, staff_user)  # sets the rules, deletes nothing
    assert denied(client.post(url))
    sign_in(client, admin_user)
    for response in (client.get(url), client.post(url)):
        html = refused(response, TRACK_INSTEAD)
        assert f"{certifications} certifications" in html
        assert reverse("certification_tracks:edit", args=(core_track.pk,)) in html
    assert CertificationTrack.objects.filter(pk=core_track.pk).exists()


def test_a_track_nobody_used_is_deleted_with_its_rules(client, admin_user):
    module = ModulePage.objects.get(slug="service-excellence", locale__language_code="en")
    track = CertificationTrack.objects.create(module=module)
    Requirement.objects.bulk_create(default_requirements(track))  # its Expert level names the track itself
    sign_in(client, admin_user)
    response = client.post(reverse("certification_tracks:delete", args=(track.pk,)))
    assert response.status_code == 302
    assert not CertificationTrack.objects.filter(pk=track.pk).exists()


def test_a_user_with_certifications_is_deactivated_not_deleted(client, admin_user, staff_user):
    holder = user("holder@score.example")
    url = reverse("wagtailusers_users:delete", args=(holder.pk,))
    sign_in(client, staff_user)
    assert denied(client.post(url))
    sign_in(client, admin_user)
    for response in (client.get(url), client.post(url)):
        html = refused(response, USER_INSTEAD)
        assert cannot_delete(holder) in html and "certifications" in html
        assert reverse("wagtailusers_users:edit", args=(holder.pk,)) in html
    assert Certification.objects.filter(trainer=holder).exists()
    assert CertificateNameChange.objects.filter(profile__user=holder).exists()


def test_a_user_whose_profile_has_name_history_is_kept(client, admin_user):
    person = trainer_create()
    profile = profile_of(person)
    CertificateNameChange.objects.create(
        profile=profile, changed_by=person, old_name="Dian", new_name="Dian Sastro"
    )
    sign_in(client, admin_user)
    html = refused(client.post(reverse("wagtailusers_users:delete", args=(person.pk,))), USER_INSTEAD)
    assert "1 certificate name change" in html
    assert TrainerProfile.objects.filter(pk=profile.pk).exists()


def test_a_user_with_nothing_on_record_is_deleted_with_their_profile(client, admin_user):
    person = trainer_create()
    profile = profile_of(person)
    sign_in(client, admin_user)
    assert client.post(reverse("wagtailusers_users:delete", args=(person.pk,))).status_code == 302
    assert not TrainerProfile.objects.filter(pk=profile.pk).exists()


def test_a_trainer_profile_keeps_its_name_history(client, admin_user):
    person = trainer_create()
    profile = profile_of(person)
    CertificateNameChange.objects.create(
        profile=profile, changed_by=person, old_name="Dian", new_name="Dian Sastro"
    )
    sign_in(client, admin_user)
    url = reverse("trainer_profiles:delete", args=(profile.pk,))
    for response in (client.get(url), client.post(url)):
        refused(response, PROFILE_INSTEAD)
    assert CertificateNameChange.objects.filter(profile=profile).count() == 1


def test_a_partner_named_on_certificates_is_kept(client, staff_user):
    bedo = Partner.objects.get(short_name="BEDO")
    assert Certificate.objects.filter(partner=bedo).exists()  # the demo's SCORE Plus certificate
    sign_in(client, staff_user)
    html = refused(
        client.post(reverse("wagtailsnippets_courses_partner:delete", args=(bedo.pk,))), OTHER_INSTEAD
    )
    assert cannot_delete(bedo) in html
    assert Partner.objects.filter(pk=bedo.pk).exists()


@override_settings(ROOT_URLCONF="tests.cms.raw_delete_urls")
def test_a_delete_nothing_checked_first_answers_with_the_reason(client, staff_user, core_track):
    sign_in(client, staff_user)
    came_from = "http://testserver" + reverse("certification_tracks:index")
    for url, back in [
        (f"/admin/raw-delete/{core_track.pk}/", came_from),
        (f"/raw-delete/{core_track.pk}/", "/"),
    ]:
        response = client.post(url, HTTP_REFERER=back if back != "/" else "")
        assert response.status_code == 302 and response.url == back
        message = [str(message) for message in get_messages(response.wsgi_request)][-1]
        assert message.startswith(str(CANNOT_DELETE_UNNAMED).split("%")[0]) and "certifications" in message
        assert str(OTHER_INSTEAD) in message
    assert CertificationTrack.objects.filter(pk=core_track.pk).exists()
