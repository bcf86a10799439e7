"""The trainer profile: the certificate name, organisation, province, photo, and who may see what."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from certification.api import profile_get, profile_is_complete
from certification.forms import ORGANISATION_BOTH, ORGANISATION_REQUIRED
from certification.models import CertificateNameChange, TrainerProfile
from certification.photos import PHOTO_NOT_AN_IMAGE, PHOTO_TOO_LARGE, PHOTO_TOO_MANY_PIXELS
from certification.profiles import NAME_NOT_LATIN
from certification.provinces import PROVINCES
from certification.views.profile import PROFILE_SAVED
from courses.models import Partner
from tests.factories import trainer_create
from tests.helpers import denied, second_factor_login

pytestmark = pytest.mark.django_db

URL = "/trainer/profile/"


def image_file(name="photo.png", size=(1200, 800), fmt="PNG", mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "teal" if mode == "RGB" else 128).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def form_data(**overrides):
    data = {
        "certificate_name": "Siti Nur’aini",
        "gender": "woman",
        "partner": Partner.objects.get(short_name="BEDO").pk,
        "other_organisation": "",
        "province": "JB",
        "phone": "+62 812 3456 7890",
        "preferred_language": "en",
        "registry_opt_in": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def trainer_client(client):
    user = trainer_create(first_name="Siti", last_name="Nuraini")
    client.force_login(user)
    client.user = user
    return client


def test_the_form_starts_from_the_account_name(trainer_client):
    html = trainer_client.get(URL).content.decode()
    assert 'value="Siti Nuraini"' in html
    assert not profile_is_complete(user=trainer_client.user)


def test_saving_creates_the_profile_without_a_name_change(trainer_client):
    response = trainer_client.post(URL, form_data())
    assert response.status_code == 302 and response.url == URL
    profile = profile_get(user=trainer_client.user)
    assert (profile.certificate_name, profile.province, profile.partner.short_name) == (
        "Siti Nur’aini",
        "JB",
        "BEDO",
    )
    assert profile.registry_opt_in and profile_is_complete(user=trainer_client.user)
    assert not CertificateNameChange.objects.filter(profile=profile).exists()
    assert "Your profile is saved." in trainer_client.get(URL).content.decode()


@pytest.mark.parametrize(
    "name", ["O'Brien", "Nur’aini", "Ñúñez", "Sukarno", "José-María", "Ngô Bảo Châu", "J. R. Smith"]
)
def test_any_latin_name_is_accepted(trainer_client, name):
    trainer_client.post(URL, form_data(certificate_name=f"  {name}  "))
    assert profile_get(user=trainer_client.user).certificate_name == name


@pytest.mark.parametrize("name", ["Agent 007", "<script>alert(1)</script>", "Иван Петров", "王小明", "@@@"])
def test_other_names_are_refused_and_the_rest_is_kept(trainer_client, name):
    response = trainer_client.post(URL, form_data(certificate_name=name, phone="+62 811 000 111"))
    html = response.content.decode()
    assert response.status_code == 200
    assert str(NAME_NOT_LATIN) in html.replace("&#x27;", "'")
    assert 'value="+62 811 000 111"' in html
    assert profile_get(user=trainer_client.user) is None


def test_organisation_is_a_partner_or_another_one(trainer_client):
    html = trainer_client.post(URL, form_data(partner="", other_organisation="")).content.decode()
    assert str(ORGANISATION_REQUIRED) in html
    html = trainer_client.post(URL, form_data(other_organisation="Koperasi Maju")).content.decode()
    assert str(ORGANISATION_BOTH) in html
    trainer_client.post(URL, form_data(partner="", other_organisation="Koperasi Maju"))
    profile = profile_get(user=trainer_client.user)
    assert profile.partner is None and profile.organisation_name == "Koperasi Maju"


def test_provinces_are_the_38_of_indonesia(trainer_client):
    assert len(PROVINCES) == 38 and len({code for code, _ in PROVINCES}) == 38
    response = trainer_client.post(URL, form_data(province="XX"))
    assert response.status_code == 200 and "province" in response.context["form"].errors


def test_phone_numbers_are_checked(trainer_client):
    response = trainer_client.post(URL, form_data(phone="call me maybe"))
    assert "phone" in response.context["form"].errors


def test_a_photo_is_resized_and_stored_as_jpeg(trainer_client):
    trainer_client.post(URL, {**form_data(), "photo": image_file()})
    profile = profile_get(user=trainer_client.user)
    with Image.open(profile.photo.path) as stored:
        assert stored.format == "JPEG" and max(stored.size) == 600 and stored.size == (600, 400)
    assert "photo" not in profile.photo.name.rsplit("/", 1)[-1]  # a random name, not the uploaded one
    trainer_client.post(URL, {**form_data(), "remove_photo": "on"})
    assert not profile_get(user=trainer_client.user).photo


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("photo.jpg", b"this is not an image"), PHOTO_NOT_AN_IMAGE),
        ("gif", PHOTO_NOT_AN_IMAGE),
        ("large", PHOTO_TOO_LARGE),
        ("pixels", PHOTO_TOO_MANY_PIXELS),
    ],
)
def test_refused_photos_keep_the_typed_fields_and_save_nothing(trainer_client, settings, upload, message):
    if upload == "gif":
        upload = image_file("photo.gif", fmt="GIF", mode="P")
    elif upload == "large":
        settings.SCORE_MAX_PROFILE_PHOTO_SIZE = 1000
        upload = image_file()
    elif upload == "pixels":
        settings.SCORE_MAX_PROFILE_PHOTO_PIXELS = 1_000_000
        upload = image_file(size=(2000, 2000), mode="L")
    response = trainer_client.post(URL, {**form_data(certificate_name="Dewi Kartika"), "photo": upload})
    html = response.content.decode()
    assert str(message).split("%")[0] in html
    assert 'value="Dewi Kartika"' in html
    assert profile_get(user=trainer_client.user) is None


def test_every_change_of_the_certificate_name_is_recorded(trainer_client):
    trainer_client.post(URL, form_data())
    trainer_client.post(URL, form_data(certificate_name="Siti Nuraini Rahma"))
    trainer_client.post(URL, form_data(certificate_name="Siti Nuraini Rahma", phone="+62 21 555 0101"))
    change = CertificateNameChange.objects.get(profile__user=trainer_client.user)
    assert (change.old_name, change.new_name, change.changed_by) == (
        "Siti Nur’aini",
        "Siti Nuraini Rahma",
        trainer_client.user,
    )
    assert "Siti Nuraini Rahma" in trainer_client.get(URL).content.decode()


def test_a_trainer_only_ever_edits_their_own_profile(client, trainer_client):
    other = trainer_create()
    TrainerProfile.objects.create(
        user=other, certificate_name="Other Person", gender="man", other_organisation="X", province="BA"
    )
    trainer_client.post(URL, form_data(user=other.pk, certificate_name="Hijacked"))
    assert TrainerProfile.objects.get(user=other).certificate_name == "Other Person"
    assert profile_get(user=trainer_client.user).certificate_name == "Hijacked"


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_preferred_language_switches_the_site(trainer_client):
    response = trainer_client.post(URL, form_data(preferred_language="id"))
    assert response.url == "/id/trainer/profile/"
    html = trainer_client.get(response.url).content.decode()
    assert '<html lang="id">' in html and "Profil saya" in html
    # The confirmation is said in the page's new language, too.
    with translation.override("id"):
        saved = str(PROFILE_SAVED)
    with translation.override("en"):
        assert saved != str(PROFILE_SAVED) and saved in html


def test_staff_list_profiles_and_partner_editors_may_not(
    client, staff_user, bedo_editor, django_assert_num_queries
):
    url = reverse("trainer_profiles:index")
    client.force_login(bedo_editor)
    assert denied(client.get(url))
    second_factor_login(client, staff_user)

    def listing_queries():
        client.get(url)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    TrainerProfile.objects.create(
        user=trainer_create(), certificate_name="Ayu", gender="woman", other_organisation="X", province="BA"
    )
    one, html = listing_queries()
    assert "Ayu" in html
    for number in range(30):
        TrainerProfile.objects.create(
            user=trainer_create(),
            certificate_name=f"Trainer {number}",
            gender="man",
            partner=Partner.objects.first(),
            province="JT",
        )
    thirty, html = listing_queries()
    assert thirty == one
    assert "Trainer 0" in html


def test_staff_corrections_in_the_admin_are_recorded(client, staff_user):
    profile = TrainerProfile.objects.create(
        user=trainer_create(), certificate_name="Bambang", gender="man", other_organisation="X", province="BA"
    )
    second_factor_login(client, staff_user)
    client.post(
        reverse("trainer_profiles:edit", args=[profile.pk]),
        {
            "certificate_name": "Bambang Sutrisno",
            "gender": "man",
            "partner": "",
            "other_organisation": "X",
            "province": "BA",
            "phone": "",
            "preferred_language": "id",
        },
    )
    change = CertificateNameChange.objects.get(profile=profile)
    assert (change.old_name, change.new_name, change.changed_by) == (
        "Bambang",
        "Bambang Sutrisno",
        staff_user,
    )
