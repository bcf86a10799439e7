"""Two-factor authentication: anyone may enrol; programme staff and Expert Trainers must, before the admin."""

import re
from urllib.parse import quote

import pytest
from allauth.core.context import request_context
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.middleware import MFA_CONFIRM_REQUIRED, MFA_SETUP_REQUIRED
from tests.factories import trainer_create
from tests.helpers import password_and_code_login

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # tests.factories.trainer_create's


def code_for(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def verified(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def enrol(client, on_commit) -> list[str]:
    """Switch on TOTP through allauth's pages; returns the recovery codes it shows once."""
    page = client.get(reverse("mfa_activate_totp"))
    if page.status_code == 302:  # allauth asks for the password again before a security change
        assert page.url.startswith(reverse("account_reauthenticate"))
        client.post(page.url, {"password": PASSWORD})
        page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    # allauth announces the new authenticator (signal, message, notice by mail) once the transaction
    # commits: inside the request, as on a server, not after the test client has returned.
    with on_commit() as announcements:
        response = client.post(reverse("mfa_activate_totp"), {"code": code_for(secret)})
    with request_context(response.wsgi_request):
        for announce in announcements:
            announce()
    assert response.status_code == 302, response.content.decode()[:2000]
    codes_page = client.get(reverse("mfa_view_recovery_codes")).content.decode()
    return re.findall(r"\b\d{8}\b", codes_page)


def test_a_trainer_enrols_and_then_needs_the_second_factor_to_log_in(
    client, django_capture_on_commit_callbacks
):
    user = verified(trainer_create())
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    recovery_codes = enrol(client, django_capture_on_commit_callbacks)
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert len(recovery_codes) >= 10
    client.logout()

    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    wrong = client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    # The TOTP code of this 30-second window was used to enrol, so a recovery code signs in.
    client.post(reverse("mfa_authenticate"), {"code": recovery_codes[0]})
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_with_an_authenticator_code(client):
    user = verified(trainer_create())
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.fixture
def new_staff():
    user = verified(trainer_create())
    user.groups.add(Group.objects.get(name="Programme staff"))
    return user


def test_programme_staff_must_enrol_before_the_admin(
    client, new_staff, django_capture_on_commit_callbacks, mailoutbox
):
    password_and_code_login(client, new_staff, mailoutbox)
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("mfa_activate_totp"))
    assert str(MFA_SETUP_REQUIRED) in response.content.decode()
    enrol(client, django_capture_on_commit_callbacks)
    # The code typed to enrol proves the second factor for this session.
    assert client.get("/admin/").status_code == 200


def test_staff_with_an_authenticator_confirm_it_in_each_session(client, new_staff):
    secret = generate_totp_secret()
    TOTP.activate(new_staff, secret)
    client.force_login(new_staff)  # a session that never saw the second factor
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0][0] == f"{reverse('mfa_reauthenticate')}?next=%2Fadmin%2F"
    assert str(MFA_CONFIRM_REQUIRED) in response.content.decode()
    confirmed = client.post(f"{reverse('mfa_reauthenticate')}?next=/admin/", {"code": code_for(secret)})
    assert confirmed.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_expert_trainers_and_superusers_need_it_too(client):
    expert = trainer_create()
    expert.groups.add(Group.objects.get_or_create(name="Expert Trainers")[0])
    admin = trainer_create(is_superuser=True, is_staff=True)
    set_up = reverse("mfa_activate_totp")
    for user in (expert, admin):
        client.force_login(user)
        response = client.get("/admin/")
        # First the mailed code (this session never proved the mailbox), then the set-up.
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_request_reauthentication_code"))
        assert quote(set_up, safe="") in response.url


def test_partner_editors_and_trainers_do_not_need_it(client, bedo_editor, trainer):
    client.force_login(bedo_editor)
    assert client.get("/admin/").status_code == 200
    client.force_login(trainer)
    assert client.get("/").status_code == 200
    assert client.get(reverse("learning:my_learning")).status_code == 200


@pytest.mark.parametrize("language", ["en", "id"])
def test_switching_the_second_factor_on_is_announced_by_mail(
    client, django_capture_on_commit_callbacks, mailoutbox, language
):
    from django.utils import translation
    from django.utils.translation import gettext

    user = verified(trainer_create())
    with translation.override(language):
        client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
        enrol(client, django_capture_on_commit_callbacks)
        subject = gettext("Authenticator App Activated")
    notices = [message for message in mailoutbox if subject in message.subject]
    assert len(notices) == 1 and notices[0].to == [user.email]
    assert notices[0].subject.startswith("[SCORE Academy]")
    if language == "id":
        assert subject != "Authenticator App Activated"
