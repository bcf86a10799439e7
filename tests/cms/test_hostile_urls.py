"""No URL of the project answers a server error, whatever is put in its path, its query or its forms.

Every URL pattern (the site's, Wagtail's admin, allauth's, the API's, in both languages) is requested
with each path parameter made hostile; every page with hostile query strings; every form of the site
posted back with one field at a time made hostile. As an anonymous visitor, the demo trainer, and
programme staff who used their second factor. The suite runs on SQLite and on PostgreSQL (.ci/run),
where a NUL character would otherwise end in a DataError.
"""

import logging

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page

from certification.models import BulkIssue, Certificate, Certification, CertificationTrack, Evidence
from courses.models import LessonPage
from tests.cms.hostile_walk import (
    form_shape,
    hostile_paths,
    hostile_posts,
    hostile_queries,
    post_forms,
    project_routes,
)
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quiet_logs(caplog):
    """Thousands of 4xx answers would each be logged and kept: only server errors count here, and the
    response carries their exception."""
    for logger in ("django.request", "django.security"):
        caplog.set_level(logging.CRITICAL, logger=logger)


ROLES = {"anonymous": None, "trainer": "trainer@score.example", "staff": "staff@score.example"}


def _client(role: str) -> Client:
    client = Client(raise_request_exception=False)
    email = ROLES[role]
    if email is None:
        return client
    user = get_user_model().objects.get(email=email)
    if role == "staff":
        second_factor_login(client, user)
    else:
        client.force_login(user)
    return client


def _valid_values() -> dict:
    """Real values for the project's own parameters, so the valid request reaches the view's work."""
    certificate = Certificate.objects.order_by("pk").first()
    evidence = Evidence.objects.order_by("pk").first()
    bulk = BulkIssue.objects.order_by("pk").first()
    lesson = LessonPage.objects.live().order_by("pk").first()
    return {
        "track_id": str(CertificationTrack.objects.order_by("pk").first().pk),
        "level": "trainer",
        "number": certificate.number,
        "token": certificate.token,
        "lesson_id": str(lesson.pk),
        "pk": str(lesson.pk),
        "page_id": str(lesson.pk),
        "certification": str(Certification.objects.order_by("pk").first().pk),
        "evidence": str(evidence.pk) if evidence else "1",
        "bulk": str(bulk.pk) if bulk else "1",
    }


PROJECT_PK = {  # <int:pk> of the project's routes names different models
    "certification:evidence": "evidence",
    "certification:review": "certification",
    "certification:bulk_detail": "bulk",
    "certification:bulk_status": "bulk",
    "certification:bulk_archive": "bulk",
}


class Failures:
    def __init__(self):
        self.items = []
        self.count = 0

    def check(self, response, method: str, url: str, label: str) -> None:
        self.count += 1
        if response.status_code >= 500:
            error = getattr(response, "exc_info", None)
            reason = f"{error[0].__name__}: {str(error[1])[:160]}" if error else response.reason_phrase
            self.items.append(f"{response.status_code} {method} {url[:160]} [{label}]: {reason}")

    def assert_none(self, role: str) -> None:
        assert not self.items, f"{len(self.items)} of {self.count} requests as {role} failed:\n" + "\n".join(
            self.items
        )


def _routes(admin: bool):
    return [route for route in project_routes() if route.template.startswith("admin/") == admin]


def test_the_walk_reaches_every_part_of_the_project():
    """A pattern missed would be a pattern never tried: the walk sees the site's, the admin's,
    allauth's and the API's patterns, in both languages, and the hostile values reach the views."""
    routes = {(route.name, route.language) for route in project_routes()}
    for name in ("certification:verify", "search", "account_login", "learning:lesson_done", "wagtail_serve"):
        assert {(name, "en"), (name, "id")} <= routes
    for name in ("wagtailadmin_pages:edit", "wagtailimages_chooser:chosen", "api_v1:certificate_get"):
        assert (name, "en") in routes
    verify = next(route for route in project_routes() if route.name == "certification:verify")
    labels = {label for label, _path in hostile_paths(verify, {"token": "abc"})}
    assert {"token=nul", "token=superscript-two", "token=10000-chars", "token=huge-integer"} <= labels
    assert len(hostile_queries("/search/")) == 8  # NUL, then each of the 7 other values in every key


@pytest.mark.parametrize("role", ROLES)
def test_no_site_url_pattern_answers_a_server_error(role):
    """Each pattern of the site (not the admin), each path parameter in turn hostile (GET, and an empty
    POST); hostile queries on those without parameters (every turn in the default language, one in
    the others, which reach the same views)."""
    client, failures, valid = _client(role), Failures(), _valid_values()
    for index, route in enumerate(_routes(admin=False)):
        values = {**valid, "pk": valid[PROJECT_PK[route.name]]} if route.name in PROJECT_PK else valid
        for label, path in hostile_paths(route, values):
            failures.check(client.get(path), "GET", path, f"{route.name} {label}")
            if label == "valid" or "nul" in label or "huge" in label:
                failures.check(client.post(path), "POST", path, f"{route.name} {label}")
        if not route.params:
            step = None if route.language == settings.LANGUAGE_CODE else index
            for label, url in hostile_queries(route.fill({}), step=step):
                failures.check(client.get(url), "GET", url, f"{route.name} {label}")
    failures.assert_none(role)


@pytest.mark.parametrize("role", ["anonymous", "staff"])
def test_no_admin_url_pattern_answers_a_server_error(role):
    """Wagtail's admin, GET only (its POSTs change content): each path parameter in turn hostile, and
    one turn of hostile queries on each view without parameters."""
    client, failures = _client(role), Failures()
    valid = {"pk": str(LessonPage.objects.live().order_by("pk").first().pk)}
    valid["page_id"] = valid["pk"]
    for index, route in enumerate(_routes(admin=True)):
        for label, path in hostile_paths(route, valid):
            failures.check(client.get(path), "GET", path, f"{route.name} {label}")
        if not route.params:
            for label, url in hostile_queries(route.fill({}), step=index):
                failures.check(client.get(url), "GET", url, f"{route.name} {label}")
    failures.assert_none(role)


def _pages() -> tuple[list[str], list[str]]:
    """Every live page's URL: one of each type in each language first, then the others."""
    first, rest, types = [], [], set()
    for page in Page.objects.live().specific().order_by("path"):
        url = page.url
        if not url:
            continue
        kind = (type(page), page.locale_id)
        (rest if kind in types else first).append(url)
        types.add(kind)
    return first, rest


@pytest.mark.parametrize("role", ROLES)
def test_no_page_answers_a_server_error_to_a_hostile_query(role):
    """One page of each type in each language with every turn of hostile queries; as the trainer,
    who sees the most of them (progress, knowledge checks), every other page with one turn."""
    client, failures = _client(role), Failures()
    first, rest = _pages()
    for url in first:
        for label, target in hostile_queries(url):
            failures.check(client.get(target), "GET", target, label)
    for index, url in enumerate(rest if role == "trainer" else []):
        for label, target in hostile_queries(url, step=index):
            failures.check(client.get(target), "GET", target, label)
    failures.assert_none(role)


def _form_pages(role: str) -> list[str]:
    """Pages with the site's forms: one page of each type in each language (knowledge checks and
    lessons among them) and the site's own views, with the role's real objects."""
    pages = _pages()[0]
    pages += ["/search/", "/verify/", "/trainers/", "/accounts/login/", "/accounts/signup/"]
    pages += ["/accounts/password/reset/", "/learning/", "/certification/", "/trainer/profile/"]
    pages += [
        f"/certification/{track.pk}/{level}/"
        for track in CertificationTrack.objects.all()
        for level in ("trainer", "expert")
    ]
    if role == "staff":
        pages += ["/review/", "/staff/bulk-issue/"]
        pages += [f"/review/{pk}/" for pk in Certification.objects.values_list("pk", flat=True)]
    if role != "anonymous":
        pages += ["/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"]
    return pages


@pytest.mark.parametrize("role", ROLES)
def test_no_site_form_answers_a_server_error_to_hostile_values(role):
    """Each POST form the site shows the role, sent back with each hidden field, choice and button in
    turn hostile or left out, and its free-text fields hostile."""
    client, failures = _client(role), Failures()
    seen = set()
    for page in _form_pages(role):
        response = client.get(page)
        failures.check(response, "GET", page, "form page")
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for form in post_forms(response.content.decode(), page):
            if form_shape(form) in seen:
                continue
            seen.add(form_shape(form))
            for label, data in hostile_posts(form):
                failures.check(client.post(form.action, data), "POST", form.action, label)
    failures.assert_none(role)
