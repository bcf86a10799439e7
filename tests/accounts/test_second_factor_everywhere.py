"""Programme staff, Expert Trainers and superusers reach nothing but their own account pages until they
have used their second factor in this session, by any route; and nobody manages a second factor without it."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.models import Page

from accounts.api import mfa_enabled
from accounts.middleware import MFA_TO_MANAGE_MFA, OPEN_BEFORE_SECOND_FACTOR, PUBLIC_RESOURCES
from certification.bulk import bulk_issue_request
from certification.models import BulkIssue, Certificate, Certification, CertificationTrack, Evidence, Level
from courses.models import MaterialDocument
from tests.certification.progression_helpers import candidate_create
from tests.factories import trainer_create
from tests.helpers import password_and_code_login

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # tests.factories.trainer_create's
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\((?:\?P<\w+>)?[^()]*\)")


def _sample(converter: str | None) -> str:
    return "1" if converter in ("int", "id") else "sample"


def _concrete(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return ROUTE_PARAMETER.sub(lambda m: _sample(m["converter"]), str(pattern))
    if isinstance(pattern, RegexPattern):
        text = REGEX_GROUP.sub("1", str(pattern)).lstrip("^").rstrip("$")
        return text.replace(".*", "sample").replace("\\", "")
    return str(pattern)


def every_route(resolver=None, prefix="/"):
    """(path, url name) for every URL pattern of the project, its parameters filled with samples."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from every_route(entry, prefix + _concrete(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + _concrete(entry.pattern), entry.name


def real_private_urls() -> list[str]:
    """URLs of other people's data as they exist in the demo."""
    evidence = Evidence.objects.first()
    certificate = Certificate.objects.filter(status=Certificate.Status.VALID).first()
    submitted = Certification.objects.filter(state=Certification.State.SUBMITTED).first()
    document = MaterialDocument.objects.first()
    urls = [
        reverse("certification:evidence", args=(evidence.pk,)),
        reverse("certification:certificate_pdf", args=(certificate.number,)),
        reverse("certification:review", args=(submitted.pk,)),
        reverse("certification:review_queue"),
        reverse("certification:bulk_new"),
        reverse("certification:registry"),
        reverse("certification:verify", args=(certificate.token,)),
        f"/api/v1/certificates/{certificate.token}",
        document.url,
        "/admin/",
        "/admin/pages/",
        "/admin/users/",
        "/admin/documents/",
        reverse("learning:my_learning"),
        "/id/certification/",
    ]
    bulk = BulkIssue.objects.first()
    if bulk is not None:
        urls += [
            reverse("certification:bulk_status", args=(bulk.pk,)),
            reverse("certification:bulk_archive", args=(bulk.pk,)),
        ]
    urls += [page.url for page in Page.objects.live().filter(depth__gt=1).specific()[:40] if page.url]
    return urls


def bulk_made_expert():
    """An Expert Trainer made by bulk issue, who never enrolled an authenticator."""
    staff = get_user_model().objects.get(email="staff@score.example")
    expert = candidate_create("Bulk Made Expert")
    EmailAddress.objects.create(user=expert, email=expert.email, verified=True, primary=True)
    track = CertificationTrack.objects.filter(module__slug="workplace-cooperation").first()
    bulk_issue_request(track=track, level=Level.EXPERT, cohort="Test", trainer_ids=[expert.pk], actor=staff)
    return expert


def _mfa_step(response) -> bool:
    """Sent to set up or type the second factor, or first to confirm the mailbox with a mailed code."""
    return response.status_code == 302 and response.url.startswith(
        (
            reverse("mfa_activate_totp"),
            reverse("mfa_reauthenticate"),
            reverse("account_request_reauthentication_code"),
        )
    )


@pytest.mark.parametrize(
    "email", ["admin@score.example", "staff@score.example", "expert@score.example", "bulk-made"]
)
def test_a_password_only_session_reaches_only_its_own_account_pages(
    client, email, django_capture_on_commit_callbacks, mailoutbox
):
    if email == "bulk-made":
        with django_capture_on_commit_callbacks(execute=True):
            user = bulk_made_expert()
        assert not Authenticator.objects.filter(user=user).exists()
        # A normal login through allauth: the password and the mailed code are all this person has so far.
        password_and_code_login(client, user, mailoutbox, PASSWORD)
        client.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)  # each address as asked, not in Indonesian
    else:
        client.force_login(get_user_model().objects.get(email=email))
    client.raise_request_exception = False

    reached = []
    for path, name in every_route():
        if name in OPEN_BEFORE_SECOND_FACTOR or name in PUBLIC_RESOURCES:
            continue
        for candidate in (
            (path, f"/id{path}") if not path.startswith(("/admin", "/api", "/documents")) else (path,)
        ):
            response = client.get(candidate)
            if not _mfa_step(response) and response.status_code != 404:
                reached.append(f"{candidate} ({name}): {response.status_code}")
    for url in real_private_urls():
        response = client.get(url)
        if not _mfa_step(response):
            reached.append(f"{url}: {response.status_code}")
        response = client.post(url, {"action": "approve"})
        if not _mfa_step(response):
            reached.append(f"POST {url}: {response.status_code}")
    assert not reached, "\n".join(reached)
    # Their own account pages stay open once the mailbox is proven; with an authenticator, email and
    # password need it.
    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    for name in ("account_email", "account_change_password"):
        response = client.get(reverse(name))
        if mfa_enabled(user) or email != "bulk-made":
            assert _mfa_step(response), response
        else:
            assert response.status_code == 200


def test_the_bulk_made_expert_is_sent_to_enrol_before_any_evidence(
    client, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        expert = bulk_made_expert()
    password_and_code_login(client, expert, mailoutbox, PASSWORD)
    client.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
    evidence = Evidence.objects.filter(certification__track__module__slug="workplace-cooperation").first()
    response = client.get(reverse("certification:evidence", args=(evidence.pk,)))
    assert response.status_code == 302 and response.url.startswith(reverse("mfa_activate_totp"))


def test_a_password_alone_cannot_mint_recovery_codes(client, staff_user):
    """The attack: a password-only session re-authenticates with the password, generates new recovery
    codes, and signs in with one. Managing the second factor takes the second factor."""
    codes_before = list(Authenticator.objects.filter(user=staff_user).values_list("pk", "data"))
    client.force_login(staff_user)
    client.post(reverse("account_reauthenticate"), {"password": "score-demo-2026"})
    for name in ("mfa_generate_recovery_codes", "mfa_view_recovery_codes", "mfa_download_recovery_codes"):
        response = client.get(reverse(name), follow=True)
        assert response.redirect_chain[0][0].startswith(reverse("mfa_reauthenticate")), name
        assert str(MFA_TO_MANAGE_MFA) in response.content.decode()
        client.post(reverse(name))
    response = client.post(reverse("mfa_deactivate_totp"))
    assert _mfa_step(response)
    assert list(Authenticator.objects.filter(user=staff_user).values_list("pk", "data")) == codes_before


def test_a_trainer_with_a_second_factor_also_needs_it_to_manage_it(client):
    user = trainer_create()
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)  # a session that did not see the code
    response = client.get(reverse("mfa_view_recovery_codes"))
    assert _mfa_step(response)
    # The rest of the site is theirs: trainers need no second factor.
    assert client.get(reverse("learning:my_learning")).status_code == 200


def test_after_the_second_factor_everything_opens(client, staff_user):
    from tests.helpers import second_factor_login

    second_factor_login(client, staff_user)
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("certification:review_queue")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200
    # Managing the second factor is no longer ours to refuse (allauth may still ask to re-authenticate).
    assert not client.get(reverse("mfa_generate_recovery_codes")).url.startswith(
        reverse("mfa_reauthenticate")
    )


def test_with_a_second_factor_the_email_and_password_need_it_too(client):
    """A password-only session (opened before the person enrolled) cannot take the account over."""
    user = trainer_create()
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    for name in ("account_email", "account_change_password"):
        assert _mfa_step(client.get(reverse(name))), name
        assert _mfa_step(client.post(reverse(name), {"email": "thief@example.org", "action_add": ""})), name
    assert not EmailAddress.objects.filter(email="thief@example.org").exists()


def test_the_pages_stylesheets_are_not_redirected(client, staff_user):
    client.force_login(staff_user)  # must still type a code
    assert client.get(reverse("partner_accents_css")).status_code == 200
    # Another resource a page loads is refused without a redirect, and the page's messages stay.
    response = client.get(reverse("certification:registry"), headers={"sec-fetch-dest": "script"})
    assert response.status_code == 403
    page = client.get(reverse("certification:registry"), follow=True)
    assert page.redirect_chain[0][0].startswith(reverse("mfa_reauthenticate"))
