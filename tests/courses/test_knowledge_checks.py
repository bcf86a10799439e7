"""Knowledge checks: authoring rules, taking one, scoring, retakes, bad submissions, and the api."""

import json
import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Page

from courses.api import knowledge_check_passed, knowledge_checks_passed
from courses.knowledge import (
    ALREADY_SUBMITTED,
    ANSWER_NOT_OFFERED,
    FORM_EXPIRED,
    check_questions,
)
from courses.models import KnowledgeCheckAttempt, KnowledgeCheckPage, ModulePage
from courses.question_blocks import NEEDS_A_CORRECT_OPTION, SINGLE_NEEDS_ONE_CORRECT, QuestionStreamBlock
from tests.factories import trainer_create
from tests.helpers import denied

pytestmark = pytest.mark.django_db

EXPLANATION = "Managers and workers improve together."


def question(text, kind, options, explanation=EXPLANATION):
    return {
        "type": "question",
        "id": str(uuid.uuid4()),
        "value": {
            "question": text,
            "kind": kind,
            "options": [
                {"type": "item", "id": str(uuid.uuid4()), "value": {"text": t, "correct": c}}
                for t, c in options
            ],
            "explanation": explanation,
        },
    }


@pytest.fixture
def check(core_module):
    """A fresh check with one single-answer and one multiple-answer question, no retake wait."""
    KnowledgeCheckPage.objects.child_of(core_module).delete()
    page = KnowledgeCheckPage(
        title="Check",
        slug="check",
        pass_mark=100,
        retake_wait_hours=0,
        questions=json.dumps(
            [
                question(
                    "Who is in the EIT?", "single", [("Managers and workers", True), ("Managers", False)]
                ),
                question(
                    "What helps a suggestion scheme?",
                    "multiple",
                    [("Answers", True), ("Recognition", True), ("Secrecy", False)],
                ),
            ]
        ),
    )
    core_module.add_child(instance=page)
    page.save_revision().publish()
    return KnowledgeCheckPage.objects.get(pk=page.pk)


def right_answers(check):
    return {q.id: sorted(q.correct_ids) for q in check_questions(check=check)}


def form_token(client, check):
    html = client.get(check.url).content.decode()
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def submit(client, check, answers, token=None):
    data = {"token": token if token is not None else form_token(client, check), **answers}
    return client.post(check.url, data)


@pytest.fixture
def trainer_client(client):
    client.force_login(trainer_create())
    return client


# Authoring


def test_a_single_answer_question_needs_exactly_one_correct_option():
    block = QuestionStreamBlock()
    for options, message in [
        ([("A", True), ("B", True)], SINGLE_NEEDS_ONE_CORRECT),
        ([("A", False), ("B", False)], NEEDS_A_CORRECT_OPTION),
    ]:
        value = block.to_python([question("Q?", "single", options)])
        with pytest.raises(StreamBlockValidationError) as error:
            block.clean(value)
        assert str(message) in str(error.value.as_json_data())


def test_a_check_belongs_below_a_module_once(check, core_module):
    assert KnowledgeCheckPage.can_create_at(core_module) is False  # one per module, and this one has it
    assert KnowledgeCheckPage.can_create_at(core_module.get_parent()) is False


def test_partner_editors_author_checks_for_their_variants_only(client, bedo_editor, plus_module, core_module):
    client.force_login(bedo_editor)
    add_url = f"/admin/pages/add/courses/knowledgecheckpage/{plus_module.pk}/"
    assert client.get(add_url).status_code == 200
    assert denied(client.get(f"/admin/pages/add/courses/knowledgecheckpage/{core_module.pk}/"))
    smi_module = ModulePage.objects.filter(url_path__contains="/score-creative/").first()
    assert denied(client.get(f"/admin/pages/add/courses/knowledgecheckpage/{smi_module.pk}/"))


def test_programme_staff_author_checks_everywhere(staff_user, core_module, plus_module):
    for module in (core_module, plus_module):
        assert module.permissions_for_user(staff_user).can_add_subpage()


# Taking a check


def test_correct_answers_never_reach_the_page_before_submission(trainer_client, check):
    html = trainer_client.get(check.url).content.decode()
    assert "Who is in the EIT?" in html
    assert EXPLANATION not in html
    form = html.split('<form method="post"')[1].split("</form>")[0]
    assert "checked" not in form and "option--correct" not in form
    # A correct option's input looks exactly like a wrong one's, but for its own ids.
    for q in check_questions(check=check):
        shapes = {
            re.sub(
                r"[0-9a-f]{8}-[0-9a-f-]{27}",
                "ID",
                re.search(rf'<input [^>]*value="{o.id}"[^>]*>', form).group(0),
            )
            for o in q.options
        }
        assert len(shapes) == 1, shapes


def test_passing_shows_score_and_explanations(trainer_client, check):
    response = submit(trainer_client, check, right_answers(check))
    attempt = KnowledgeCheckAttempt.objects.get(check_key=check.translation_key)
    assert response.url == f"{check.url}?attempt={attempt.pk}"
    html = trainer_client.get(response.url).content.decode()
    assert "Passed" in html and "100%" in html and EXPLANATION in html
    assert (attempt.score, attempt.passed, attempt.correct_count, attempt.question_count) == (100, True, 2, 2)
    assert attempt.answers == right_answers(check)
    assert attempt.started_at <= attempt.submitted_at
    assert attempt.revision_id == check.live_revision_id


def test_a_multiple_answer_question_needs_the_exact_set(trainer_client, check):
    questions = check_questions(check=check)
    single, multiple = questions
    partial = {single.id: sorted(single.correct_ids), multiple.id: sorted(multiple.correct_ids)[:1]}
    submit(trainer_client, check, partial)
    attempt = KnowledgeCheckAttempt.objects.get(check_key=check.translation_key)
    assert (attempt.score, attempt.passed) == (50, False)
    html = trainer_client.get(f"{check.url}?attempt={attempt.pk}").content.decode()
    assert "Not passed yet" in html and "50%" in html and "Not answered correctly" in html


def test_missing_answers_show_the_form_again_with_the_choices_kept(trainer_client, check):
    single, multiple = check_questions(check=check)
    chosen = sorted(single.correct_ids)[0]
    response = submit(trainer_client, check, {single.id: [chosen]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not answered yet: 2" in html
    assert f'value="{chosen}" checked' in html
    assert not KnowledgeCheckAttempt.objects.filter(check_key=check.translation_key).exists()


@pytest.mark.parametrize(
    "forgery", ["unknown option", "two answers to a single question", "unknown question"]
)
def test_forged_answers_are_refused_and_nothing_is_recorded(trainer_client, check, forgery):
    single, multiple = check_questions(check=check)
    answers = right_answers(check)
    if forgery == "unknown option":
        answers[multiple.id] = [str(uuid.uuid4())]
    elif forgery == "two answers to a single question":
        answers[single.id] = [o.id for o in single.options]
    else:
        answers[str(uuid.uuid4())] = [single.options[0].id]
    response = submit(trainer_client, check, answers)
    assert response.status_code == 400
    assert str(ANSWER_NOT_OFFERED) in response.content.decode()
    assert not KnowledgeCheckAttempt.objects.filter(check_key=check.translation_key).exists()


def test_a_forged_or_foreign_token_is_refused(trainer_client, client, check, en):
    response = submit(trainer_client, check, right_answers(check), token="forged")
    assert response.status_code == 400 and str(FORM_EXPIRED) in response.content.decode()
    # A token issued to someone else is no good either.
    other = trainer_create()
    from django.test import Client

    other_client = Client()
    other_client.force_login(other)
    response = submit(trainer_client, check, right_answers(check), token=form_token(other_client, check))
    assert response.status_code == 400
    assert not KnowledgeCheckAttempt.objects.filter(check_key=check.translation_key).exists()


def test_a_form_submitted_twice_records_one_attempt(trainer_client, check):
    token = form_token(trainer_client, check)
    first = submit(trainer_client, check, right_answers(check), token=token)
    second = trainer_client.post(check.url, {"token": token, **right_answers(check)}, follow=True)
    assert KnowledgeCheckAttempt.objects.filter(check_key=check.translation_key).count() == 1
    assert second.redirect_chain[0][0] == first.url
    assert str(ALREADY_SUBMITTED) in second.content.decode()


def test_retakes_wait_as_long_as_the_check_says(trainer_client, check):
    check.retake_wait_hours = 24
    check.save_revision().publish()
    check.refresh_from_db()
    submit(trainer_client, check, {q.id: [q.options[-1].id] for q in check_questions(check=check)})
    attempt = KnowledgeCheckAttempt.objects.get(check_key=check.translation_key)
    assert not attempt.passed
    html = trainer_client.get(check.url).content.decode()
    assert "You can take this check again from" in html and 'name="token"' not in html
    # A form kept open from before is refused while the wait lasts.
    attempt.submitted_at = timezone.now() - timedelta(hours=23)
    attempt.save()
    token = (
        form_token(trainer_client, check)
        if 'name="token"' in trainer_client.get(check.url).content.decode()
        else None
    )
    assert token is None
    attempt.submitted_at = timezone.now() - timedelta(hours=25)
    attempt.save()
    submit(trainer_client, check, right_answers(check))
    assert KnowledgeCheckAttempt.objects.filter(check_key=check.translation_key).count() == 2


def test_anonymous_visitors_are_sent_to_log_in(client, check):
    response = client.get(check.url)
    assert response.status_code == 302 and response.url.endswith(f"?next={check.url}")


def test_only_the_owner_sees_an_attempt(trainer_client, client, check):
    submit(trainer_client, check, right_answers(check))
    attempt = KnowledgeCheckAttempt.objects.get(check_key=check.translation_key)
    client.force_login(trainer_create())
    assert client.get(f"{check.url}?attempt={attempt.pk}").status_code == 404
    assert client.get(f"{check.url}?attempt=nonsense").status_code == 404


def test_module_page_links_the_check_and_shows_the_last_result(trainer_client, check, core_module):
    assert f'href="{check.url}"' in trainer_client.get(core_module.url).content.decode()
    submit(trainer_client, check, right_answers(check))
    assert "Your last attempt: passed with 100%" in trainer_client.get(core_module.url).content.decode()


# What certification reads


def test_api_passed_in_one_language_counts_for_both(client, core_module, id_locale):
    trainer = trainer_create()
    client.force_login(trainer)
    module_id = core_module.get_translation(id_locale)
    check_id = KnowledgeCheckPage.objects.child_of(module_id).live().get()
    assert not knowledge_check_passed(user=trainer, module=core_module)
    submit(client, check_id, right_answers(check_id))
    assert knowledge_check_passed(user=trainer, module=core_module)
    assert knowledge_check_passed(user=trainer, module=module_id)
    assert set(knowledge_checks_passed(user=trainer)) == {core_module.translation_key}


def test_demo_has_a_check_for_every_core_module_in_both_languages(core):
    modules = ModulePage.objects.child_of(core)
    for module in modules:
        for page in Page.objects.filter(translation_key=module.translation_key):
            assert KnowledgeCheckPage.objects.child_of(page).live().count() == 1, page.url
    assert modules.count() == 5
