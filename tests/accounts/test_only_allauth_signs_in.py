"""Every way into a session goes through allauth: no other form signs anyone in with a password."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from django.test import RequestFactory
from django.urls import reverse

from tests.factories import trainer_create

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # tests.factories.trainer_create's


@pytest.fixture
def person():
    user = trainer_create(email="person@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.mark.parametrize("prefix", ["", "/id"])
def test_wagtails_private_page_login_sends_people_to_allauth(client, person, prefix):
    response = client.get(f"{prefix}/_util/login/?next=/materials/")
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=%2Fmaterials%2F"
    # Posting the password there, even after many wrong ones, opens no session.
    for password in ["wrong"] * 30 + [PASSWORD]:
        client.post(f"{prefix}/_util/login/", {"username": person.email, "password": password})
    assert "_auth_user_id" not in client.session


def test_the_redirect_does_not_send_people_to_another_site(client):
    response = client.get("/_util/login/?next=https://evil.example/")
    assert response.url == f"{reverse('account_login')}?next=%2F"


def test_no_login_form_but_allauths_accepts_a_password(person):
    request = RequestFactory().post("/")
    assert authenticate(request, username=person.email, password=PASSWORD) is None
    assert authenticate(request, email=person.email, password=PASSWORD) is None
    form = AuthenticationForm(request, data={"username": person.email, "password": PASSWORD})
    assert not form.is_valid()


def test_allauths_login_still_signs_in_and_keeps_its_record(client, person):
    response = client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)
    assert [r["method"] for r in client.session["account_authentication_methods"]] == ["password"]


def test_permissions_still_come_from_groups(staff_user):
    # The one backend is also the one that answers has_perm for the admin.
    assert staff_user.has_perm("wagtailadmin.access_admin")
