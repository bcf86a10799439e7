"""Content-Security-Policy and Permissions-Policy: strict on every public page, looser only in the admin,
and no inline script, style or event handler anywhere in the site's templates or rendered pages."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from cms.models import HomePage
from courses.models import CurriculumIndexPage, KnowledgeCheckPage
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Script types a browser does not run: data for scripts, which the policy does not need to allow.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
DEMO_PASSWORD = "score-demo-2026"


def policy(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    directives = (part.split() for part in response[header].split(";") if part.strip())
    return {name: values for name, *values in directives}


def assert_strict_public_policy(response):
    csp = policy(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]


def assert_permissions_policy(response):
    features = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"):
        assert features[feature] == "()", feature


class InlineCode(HTMLParser):
    """Collects what the public policy refuses: inline scripts, <style> blocks, style attributes and
    on* event handlers, and javascript: links."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_SCRIPT_TYPES:
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style> block")
        for name, value in attrs:
            if name == "style":
                self.found.append(f'<{tag} style="{value}">')
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def public_pages(en):
    home = HomePage.objects.live().filter(locale=en).first()
    catalogue = CurriculumIndexPage.objects.live().filter(locale=en).first()
    return {
        "home": home.url,
        "curriculum index": catalogue.url,
        "404": "/no-such-page/",
        "search": f"{reverse('search')}?q=quality",
        "login": reverse("account_login"),
        "signup": reverse("account_signup"),
        "password reset": reverse("account_reset_password"),
        "verification form": reverse("certification:verify_form"),
        "verification of an unknown token": reverse("certification:verify", args=["unknown-token"]),
        "registry": reverse("certification:registry"),
    }


def trainer_pages(core, score_plus, core_module, core_lesson):
    check = KnowledgeCheckPage.objects.child_of(core_module).live().first()
    return {
        "curriculum": core.url,
        "partner curriculum": score_plus.url,
        "module": core_module.url,
        "lesson": core_lesson.url,
        "knowledge check": check.url,
        "my learning": reverse("learning:my_learning"),
        "certification dashboard": reverse("certification:dashboard"),
        "trainer profile": reverse("certification:profile"),
        "email address": reverse("account_email"),
        "password change": reverse("account_change_password"),
        "two-factor authentication": reverse("mfa_index"),
        "authenticator app set-up": reverse("mfa_activate_totp"),
    }


def test_public_pages_carry_the_strict_policy_and_no_inline_code(client, en):
    for name, url in public_pages(en).items():
        response = client.get(url)
        assert response.status_code in (200, 404), (name, response.status_code)
        assert_strict_public_policy(response)
        assert_permissions_policy(response)
        assert inline_code(response.content.decode()) == [], name


def test_trainer_pages_carry_the_strict_policy_and_no_inline_code(
    client, trainer, core, score_plus, core_module, core_lesson
):
    client.post(reverse("account_login"), {"login": trainer.email, "password": DEMO_PASSWORD})
    client.cookies.pop(
        settings.LANGUAGE_COOKIE_NAME
    )  # the pages at the addresses asked for, not in Indonesian
    assert_strict_public_policy(client.get(reverse("account_reauthenticate")))
    # Setting up an authenticator asks for the password again.
    client.post(reverse("account_reauthenticate"), {"password": DEMO_PASSWORD})
    for name, url in trainer_pages(core, score_plus, core_module, core_lesson).items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        assert_strict_public_policy(response)
        assert_permissions_policy(response)
        assert inline_code(response.content.decode()) == [], name


def test_the_second_factor_step_of_login_carries_the_strict_policy(client, staff_user):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from allauth.mfa.utils import is_mfa_enabled

    if not is_mfa_enabled(staff_user):
        TOTP.activate(staff_user, generate_totp_secret())
    client.post(reverse("account_login"), {"login": staff_user.email, "password": DEMO_PASSWORD})
    response = client.get(reverse("mfa_authenticate"))
    assert response.status_code == 200 and 'name="code"' in response.content.decode()
    assert_strict_public_policy(response)
    assert inline_code(response.content.decode()) == []


def test_partner_accents_come_from_a_stylesheet(client, score_plus):
    html = client.get(score_plus.url).content.decode()
    assert f"partner-accent-{score_plus.partner_id}" in html
    assert f'href="{reverse("partner_accents_css")}"' in html
    sheet = client.get(reverse("partner_accents_css"))
    assert sheet["Content-Type"].startswith("text/css")
    assert f".partner-accent-{score_plus.partner_id} {{ --accent: {score_plus.partner.brand_colour}; }}" in (
        sheet.content.decode()
    )
    assert client.get(reverse("partner_accents_css"), HTTP_IF_NONE_MATCH=sheet["ETag"]).status_code == 304


def test_a_colour_that_is_not_a_colour_never_reaches_the_stylesheet(client, score_plus):
    type(score_plus.partner).objects.filter(pk=score_plus.partner_id).update(brand_colour="red}*{x")
    assert "red}" not in client.get(reverse("partner_accents_css")).content.decode()


def test_the_admin_has_its_own_policy(client, staff_user):
    second_factor_login(client, staff_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    csp = policy(response)
    # Wagtail's panels and widgets write inline scripts and styles; page previews are framed by the admin.
    assert "'unsafe-inline'" in csp["script-src"] and "'unsafe-inline'" in csp["style-src"]
    assert csp["frame-ancestors"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert_permissions_policy(response)


def test_a_page_preview_keeps_the_public_policy_but_the_admin_may_frame_it(core_module):
    # Wagtail renders a preview through the middleware again, for a made-up request to the page's URL.
    response = core_module.make_preview_request()
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]


def test_a_visitor_meets_the_strict_policy_on_the_admin_login_redirect(client):
    # The admin's own policy is for the admin's pages; the public login it sends visitors to is strict.
    response = client.get(reverse("wagtailadmin_home"), follow=True)
    assert response.redirect_chain and response.request["PATH_INFO"] == reverse("account_login")
    assert_strict_public_policy(response)


INLINE_IN_TEMPLATES = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>"  # inline script
    r"|<style\b"  # <style> block
    r"|\sstyle\s*="  # style attribute
    r"|\son[a-z]+\s*=",  # event handler attribute
    re.IGNORECASE,
)


def test_no_template_has_inline_script_style_or_event_handlers():
    """So that nothing the public policy refuses comes back: put scripts in static/js and styles in
    static/css (a partner's colour: the partner-accent-<id> class)."""
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for match in INLINE_IN_TEMPLATES.finditer(path.read_text())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "snippet",
    [
        "<script>alert(1)</script>",
        '<div style="color: red">',
        '<button onclick="go()">',
        "<style>p { color: red }</style>",
    ],
)
def test_the_template_check_finds_each_kind_of_inline_code(snippet):
    assert INLINE_IN_TEMPLATES.search(snippet) and inline_code(snippet)


@pytest.mark.parametrize(
    "snippet",
    ['<script src="/static/js/x.js" defer></script>', '<script type="application/json">{}</script>'],
)
def test_the_template_check_allows_script_files_and_data(snippet):
    assert not INLINE_IN_TEMPLATES.search(snippet) and not inline_code(snippet)
