"""The forms that take free text, fed random text: control characters, NUL, every plane of Unicode,
10,000-character strings. A form either validates or gives errors, never raises; through the site
it never answers a server error, and a refused POST shows again what was typed."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certification.forms import TrainerProfileForm
from certification.models import Certification, CertificationTrack, Level, TrainerProfile
from certification.progression_forms import BulkIssueForm, ConfirmForm, ReasonForm, ReturnForm
from certification.views.verification import VerifyForm
from courses.knowledge import check_questions, form_token_issue
from courses.models import KnowledgeCheckPage
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

NUL = "\x00"
# Every code point but lone surrogates, which no UTF-8 request can carry.
CHARACTERS = st.characters(exclude_categories=("Cs",))
SHORT_TEXT = st.text(CHARACTERS, max_size=40)
HUGE_TEXT = st.builds(lambda piece, times: (piece or "x") * times, SHORT_TEXT, st.integers(250, 10_000))
TEXT = st.one_of(SHORT_TEXT, SHORT_TEXT, HUGE_TEXT)  # mostly short; a long one now and then

# Hypothesis keeps no example database in the working tree; the examples share one test's data.
QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
FORMS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=QUIET)
THROUGH_SITE = settings(max_examples=40, deadline=None, database=None, suppress_health_check=QUIET)


def _client(email=None, *, second_factor=False) -> Client:
    client = Client(raise_request_exception=False)
    if email:
        user = get_user_model().objects.get(email=email)
        second_factor_login(client, user) if second_factor else client.force_login(user)
    return client


def _answered(response, typed: dict) -> None:
    """No server error; a NUL is refused outright; a form shown again holds what was typed."""
    assert response.status_code < 500, response.status_code
    if any(NUL in value for value in typed.values()):
        assert response.status_code == 400
    elif response.status_code == 200 and "html" in response["Content-Type"]:
        html = response.content.decode()
        for value in typed.values():
            assert escape(value) in html


# The forms on their own


@FORMS
@given(token=TEXT, number=TEXT, family_name=TEXT)
def test_the_verification_form_validates_or_explains(token, number, family_name):
    form = VerifyForm({"token": token, "number": number, "family_name": family_name})
    assert form.is_valid() or form.errors


@FORMS
@given(name=TEXT, phone=TEXT, other=TEXT, province=TEXT, gender=TEXT, language=TEXT)
def test_the_trainer_profile_form_validates_or_explains(name, phone, other, province, gender, language):
    user = get_user_model().objects.get(email="trainer@score.example")
    data = {
        "certificate_name": name,
        "phone": phone,
        "other_organisation": other,
        "province": province,
        "gender": gender,
        "preferred_language": language,
    }
    form = TrainerProfileForm(data, instance=TrainerProfile(user=user))
    assert form.is_valid() or form.errors


@FORMS
@given(reason=TEXT, comment=TEXT, note=TEXT, place=TEXT, cycles=TEXT, date=TEXT)
def test_the_review_forms_validate_or_explain(reason, comment, note, place, cycles, date):
    requirements = list(CertificationTrack.objects.first().requirements.all())
    data = {"return-reason": reason, **{f"return-comment_{r.pk}": comment for r in requirements}}
    forms = [ReturnForm(data, requirements=requirements), ReasonForm({"reason": reason})]
    for requirement in requirements:
        prefix = f"cf{requirement.pk}"
        fields = {"note": note, "place": place, "cycles": cycles, "happened_on": date}
        forms.append(ConfirmForm({f"{prefix}-{k}": v for k, v in fields.items()}, requirement=requirement))
    for form in forms:
        assert form.is_valid() or form.errors


@FORMS
@given(cohort=TEXT, emails=TEXT, track=TEXT, level=TEXT)
def test_the_bulk_issue_form_validates_or_explains(cohort, emails, track, level):
    form = BulkIssueForm({"cohort": cohort, "emails": emails, "track": track, "level": level})
    assert form.is_valid() or form.errors


# Through the site


@THROUGH_SITE
@given(query=TEXT, page=TEXT)
def test_the_site_search_answers_any_text(query, page):
    response = _client().get("/search/", {"q": query, "page": page})
    assert response.status_code < 500
    if NUL not in query + page:
        assert response.status_code == 200
        assert escape(query.strip()[:200]) in response.content.decode()


@THROUGH_SITE
@given(token=TEXT, number=TEXT, family_name=TEXT)
def test_the_verification_form_answers_any_text(token, number, family_name):
    typed = {"token": token, "number": number, "family_name": family_name}
    _answered(_client().post("/verify/", typed), typed)


@THROUGH_SITE
@given(name=TEXT, phone=TEXT, other=TEXT)
def test_the_trainer_profile_page_answers_any_text(name, phone, other):
    client = _client("trainer@score.example")
    typed = {"certificate_name": name, "phone": phone, "other_organisation": other}
    data = {**typed, "gender": "woman", "province": "JB", "preferred_language": "en"}
    response = client.post("/trainer/profile/", data)
    assert response.status_code < 500
    if NUL in name + phone + other:
        assert response.status_code == 400
    elif response.status_code == 200:  # refused: shown again (a saved profile redirects)
        html = response.content.decode()
        assert escape(name) in html and escape(other) in html


@THROUGH_SITE
@given(answers=st.dictionaries(SHORT_TEXT, st.lists(TEXT, max_size=3), max_size=4), token=st.booleans())
def test_a_knowledge_check_answers_any_answers(answers, token):
    check = KnowledgeCheckPage.objects.live().filter(locale__language_code="en").first()
    user = get_user_model().objects.get(email="trainer@score.example")
    client = _client(user.email)
    data = dict(answers)
    some_text = next(iter(answers.values()), ["x"])
    for question in check_questions(check=check)[:2]:  # real questions, answered with any text
        data.setdefault(question.id, some_text)
    data["token"] = form_token_issue(user=user, check=check) if token else "forged"
    response = client.post(check.url, data)
    assert response.status_code < 500


@pytest.fixture
def submitted():
    """The demo candidate's certification, which awaits review."""
    return Certification.objects.filter(state=Certification.State.SUBMITTED).first()


@THROUGH_SITE
@given(reason=TEXT, comment=TEXT, action=st.sampled_from(["return", "suspend", "revoke", "confirm"]))
def test_the_review_decisions_answer_any_text(submitted, reason, comment, action):
    client = _client("staff@score.example", second_factor=True)
    requirement = submitted.track.requirements.filter(level=submitted.level).first()
    data = {
        "action": action,
        "requirement": requirement.pk,
        "return-reason": reason,
        f"return-comment_{requirement.pk}": comment,
        "reason": reason,
        f"cf{requirement.pk}-note": comment,
    }
    response = client.post(f"/review/{submitted.pk}/", data)
    assert response.status_code < 500
    if NUL in reason + comment:
        assert response.status_code == 400


@THROUGH_SITE
@given(cohort=TEXT, emails=TEXT)
def test_the_bulk_issue_page_answers_any_text(cohort, emails):
    client = _client("staff@score.example", second_factor=True)
    track = CertificationTrack.objects.filter(is_active=True).first()
    typed = {"cohort": cohort, "emails": emails}
    response = client.post("/staff/bulk-issue/", {**typed, "track": track.pk, "level": Level.TRAINER})
    assert response.status_code < 500
    if NUL in cohort + emails:
        assert response.status_code == 400
    elif response.status_code == 200:
        html = response.content.decode()
        # Django's textarea starts with a newline, which drops one leading newline of the value
        assert escape(cohort) in html and escape(emails.removeprefix("\r\n").removeprefix("\n")) in html


@THROUGH_SITE
@given(email=TEXT, password=TEXT)
def test_signing_up_answers_any_text(email, password):
    response = _client().post(
        "/accounts/signup/", {"email": email, "password1": password, "password2": password}
    )
    _answered(response, {"email": email} if NUL not in password else {"password": password})


@THROUGH_SITE
@given(login=TEXT, password=TEXT)
def test_logging_in_answers_any_text(login, password):
    response = _client().post("/accounts/login/", {"login": login, "password": password})
    _answered(response, {"login": login} if NUL not in password else {"password": password})
