"""Sign-up with a verified email, login, password reset, change of email, rate limits, no enumeration."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import trainer_create

pytestmark = pytest.mark.django_db

PASSWORD = "Kopi-tubruk-2026!"


def link_in(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def sign_up(client, email, prefix=""):
    return client.post(
        f"{prefix}{reverse('account_signup')}", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_sign_up_verify_then_log_in(client):
    response = sign_up(client, "Ayu.Lestari@Example.org")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="ayu.lestari@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    # No way in before the address is verified: the login sends the verification again instead.
    client.logout()
    assert "_auth_user_id" not in client.session
    log_in(client, "ayu.lestari@example.org")
    assert "_auth_user_id" not in client.session

    confirm_url = link_in(mail.outbox[0])
    assert "/accounts/confirm-email/" in confirm_url
    page = client.get(confirm_url)
    assert page.status_code == 200 and "ayu.lestari@example.org" in page.content.decode()
    client.post(confirm_url)
    assert EmailAddress.objects.get(user=user).verified

    response = log_in(client, "ayu.lestari@example.org")
    assert response.status_code == 302 and response.url == reverse("learning:my_learning")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_up_in_indonesian_sends_indonesian_mail_and_link(client):
    sign_up(client, "budi@example.org", prefix="/id")
    message = mail.outbox[0]
    assert "/id/accounts/confirm-email/" in link_in(message)
    assert (
        "Mohon konfirmasi alamat email Anda" in message.subject
    )  # sentence case, "email" (locale_overrides)


def test_sign_up_pages_use_the_site_layout_and_translations(client):
    html = client.get("/id/accounts/signup/").content.decode()
    assert '<html lang="id">' in html and 'class="site-header"' in html
    assert "Daftar" in html


def test_sign_up_with_a_taken_address_reveals_nothing(client):
    trainer_create(email="taken@example.org")
    new = sign_up(client, "fresh@example.org")
    client.logout()
    taken = sign_up(client, "taken@example.org")
    assert (taken.status_code, taken.url) == (new.status_code, new.url)
    assert get_user_model().objects.filter(email="taken@example.org").count() == 1
    # The owner of the address is told someone tried, by email only.
    assert mail.outbox[-1].to == ["taken@example.org"]


def test_password_reset_reveals_nothing_and_works(client):
    user = trainer_create(email="reset@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    known = client.post(reverse("account_reset_password"), {"email": "reset@example.org"})
    assert (unknown.status_code, unknown.url) == (known.status_code, known.url)

    reset_mail = next(m for m in mail.outbox if m.to == ["reset@example.org"])
    page = client.get(link_in(reset_mail), follow=True)
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link_in(reset_mail)
    client.post(form_url, {"password1": "Nasi-goreng-77!", "password2": "Nasi-goreng-77!"})
    client.logout()
    assert log_in(client, "reset@example.org", "Nasi-goreng-77!").status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_change_of_email_is_verified_before_it_replaces_the_old(client):
    user = trainer_create(email="old@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.force_login(user)
    client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})
    user.refresh_from_db()
    assert user.email == "old@example.org"
    assert not EmailAddress.objects.get(email="new@example.org").verified
    client.post(link_in(mail.outbox[-1]))
    user.refresh_from_db()
    assert user.email == "new@example.org"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) == ["new@example.org"]


def test_failed_logins_are_rate_limited(client):
    user = trainer_create(email="target@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for _attempt in range(5):
        response = log_in(client, "target@example.org", "wrong-password")
        assert "Too many failed login attempts" not in response.content.decode()
    # Even the right password is refused while the limit holds.
    response = log_in(client, "target@example.org")
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wagtail_login_form_sends_people_to_the_site_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/").url.startswith(reverse("account_login"))


def test_header_shows_account_links(client, trainer):
    html = client.get("/").content.decode()
    assert f'href="{reverse("account_login")}' in html and f'href="{reverse("account_signup")}"' in html
    client.force_login(trainer)
    html = client.get("/").content.decode()
    assert (
        f'href="{reverse("learning:my_learning")}"' in html and f'href="{reverse("account_logout")}"' in html
    )
    assert 'href="/admin/"' not in html
