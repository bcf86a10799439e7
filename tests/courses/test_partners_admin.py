"""Programme staff manage partners in the admin; a new partner gets its editors group at once."""

import pytest
from django.urls import reverse

from courses.models import Partner
from tests.helpers import denied, second_factor_login

pytestmark = pytest.mark.django_db


def partner_form(**overrides):
    return {
        "name": "Politeknik Negeri Bali",
        "short_name": "PNB",
        "slug": "politeknik-negeri-bali",
        "website": "",
        "brand_colour": "#20435c",
        "description": "",
        "description_id": "",
        **overrides,
    }


def test_staff_list_and_export_partners(client, staff_user):
    second_factor_login(client, staff_user)
    listing = client.get(reverse("wagtailsnippets_courses_partner:list"))
    assert listing.status_code == 200
    assert "Semut Manajemen Indonesia" in listing.content.decode()
    export = client.get(reverse("wagtailsnippets_courses_partner:list") + "?export=csv")
    assert export.status_code == 200 and b"Riwani Globe" in b"".join(export.streaming_content)


def test_staff_add_a_partner_and_its_editors_group_exists(client, staff_user):
    second_factor_login(client, staff_user)
    response = client.post(reverse("wagtailsnippets_courses_partner:add"), partner_form())
    assert response.status_code == 302
    partner = Partner.objects.get(short_name="PNB")
    assert partner.editors_group.name == "PNB editors"
    assert partner.editors_group.permissions.filter(codename="access_admin").exists()


def test_bad_colour_is_refused_and_the_form_keeps_the_rest(client, staff_user):
    second_factor_login(client, staff_user)
    response = client.post(reverse("wagtailsnippets_courses_partner:add"), partner_form(brand_colour="blue"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a colour as # and six hexadecimal digits" in html
    assert 'value="Politeknik Negeri Bali"' in html
    assert not Partner.objects.filter(short_name="PNB").exists()


def test_partner_editors_cannot_manage_partners(client, bedo_editor):
    client.force_login(bedo_editor)
    bedo = Partner.objects.get(short_name="BEDO")
    assert denied(client.get(reverse("wagtailsnippets_courses_partner:edit", args=(bedo.pk,))))
    assert denied(client.post(reverse("wagtailsnippets_courses_partner:delete", args=(bedo.pk,))))
    assert Partner.objects.filter(pk=bedo.pk).exists()
