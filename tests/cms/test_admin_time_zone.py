"""The admin works in the programme's time zone, Asia/Jakarta, for everyone (WAGTAIL_USER_TIME_ZONES).

Wagtail's default offers every name of the server's tz database on the account page, and Debian's includes
"localtime", which browsers do not know: the page's script labels each choice with Intl.DateTimeFormat and
stops at "RangeError: Invalid time zone specified: localtime" (tests/browser/test_admin_account.py)."""

import pytest
from django.urls import reverse
from wagtail.admin.localization import get_available_admin_time_zones

from tests.helpers import second_factor_login


def test_the_admin_offers_the_programmes_time_zone_only(settings):
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert list(get_available_admin_time_zones()) == ["Asia/Jakarta"]


@pytest.mark.django_db
def test_the_account_page_offers_no_time_zone_to_choose(client, staff_user):
    second_factor_login(client, staff_user)
    response = client.get(reverse("wagtailadmin_account"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="locale-preferred_language"' in html  # the language is still the editor's choice
    assert 'name="locale-current_time_zone"' not in html
    assert 'value="localtime"' not in html
    assert staff_user.wagtail_userprofile.get_current_time_zone() == "Asia/Jakarta"
