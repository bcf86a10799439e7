"""Someone who must use a second factor and has none yet proves their mailbox before a password session
can enrol one: a stolen password alone never becomes the attacker's authenticator (decision 0011)."""

import time
from html import escape

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from accounts.middleware import MAILBOX_PROOF_REQUIRED
from tests.factories import trainer_create
from tests.helpers import mailed_code

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # tests.factories.trainer_create's


def verified(user):
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


@pytest.fixture
def new_expert():
    user = verified(trainer_create())
    user.groups.add(Group.objects.get_or_create(name="Expert Trainers")[0])
    return user


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def password_only_session(client, user):
    """A session that began with the password alone, before the person had to use a second factor."""
    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [{"method": "password", "at": time.time()}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


@pytest.mark.parametrize("language", ["en", "id"])
def test_an_expert_without_an_authenticator_confirms_a_mailed_code_at_sign_in(
    client, new_expert, mailoutbox, language
):
    prefix = "" if language == "en" else "/id"
    with translation.override(language):
        login_url = reverse("account_login")
        confirm_url = reverse("account_confirm_login_code")
    assert login_url.startswith(prefix + "/accounts/")
    response = client.post(login_url, {"login": new_expert.email, "password": PASSWORD})
    assert response.status_code == 302 and response.url == confirm_url
    assert not signed_in(client), "the password alone opens no session"
    page = client.get(confirm_url)
    assert page.status_code == 200
    expected = (
        "kode masuk" if language == "id" else "enter your login code"
    )  # the site's words (locale_overrides)
    assert expected in page.content.decode().lower()

    code = mailed_code(mailoutbox, new_expert)
    assert client.post(confirm_url, {"code": "WRONG1"}).status_code == 200
    assert not signed_in(client)
    client.post(confirm_url, {"code": code})
    assert client.session["_auth_user_id"] == str(new_expert.pk)
    # The mailbox is proven and the password was typed a moment ago: the set-up opens at once, and the
    # rest of the site still waits for it.
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    assert client.get("/review/").url.startswith(reverse("mfa_activate_totp"))


def test_three_wrong_codes_end_the_sign_in(client, new_expert, mailoutbox):
    client.post(reverse("account_login"), {"login": new_expert.email, "password": PASSWORD})
    for _ in range(3):
        response = client.post(reverse("account_confirm_login_code"), {"code": "WRONG1"})
    assert response.status_code == 302 and not signed_in(client)
    assert client.get(reverse("mfa_activate_totp")).url.startswith(reverse("account_login"))


def test_trainers_sign_in_without_a_mailed_code(client, mailoutbox):
    trainer = verified(trainer_create())
    response = client.post(reverse("account_login"), {"login": trainer.email, "password": PASSWORD})
    assert signed_in(client) and response.url != reverse("account_confirm_login_code")
    assert mailoutbox == []


@pytest.mark.parametrize("view", ["mfa_activate_totp", "account_email", "account_change_password"])
def test_a_password_session_proves_the_mailbox_before_it_enrols_or_changes_the_account(
    client, new_expert, mailoutbox, view
):
    password_only_session(client, new_expert)
    response = client.get(reverse(view), follow=True)
    code_page = reverse("account_request_reauthentication_code")
    assert response.redirect_chain[0][0].startswith(code_page)
    assert escape(str(MAILBOX_PROOF_REQUIRED)) in response.content.decode()
    # Nothing the password session posts there changes the account.
    client.post(reverse("account_email"), {"action_add": "", "email": "attacker@example.net"})
    assert not EmailAddress.objects.filter(email="attacker@example.net").exists()

    client.post(f"{code_page}?next={reverse(view)}", {"recipient": new_expert.email})
    confirmed = client.post(
        f"{reverse('account_confirm_reauthentication_code')}?next={reverse(view)}",
        {"code": mailed_code(mailoutbox, new_expert)},
    )
    assert confirmed.url == reverse(view)
    assert client.get(reverse(view)).status_code == 200


def test_the_site_sends_an_old_password_session_to_the_code_then_the_set_up(client, new_expert):
    password_only_session(client, new_expert)
    with translation.override("id"):
        response = client.get("/id/review/", follow=True)
    first = response.redirect_chain[0][0]
    assert first.startswith("/id/accounts/reauthenticate/code/")
    assert "next=%2Fid%2Faccounts%2F2fa%2Ftotp%2Factivate%2F" in first
    with translation.override("id"):
        assert escape(str(MAILBOX_PROOF_REQUIRED)) in response.content.decode()
