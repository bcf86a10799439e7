"""Authoring lessons and knowledge checks in the page editor: a new question's options, their lettered
headings, the module named in a check's header, and incomplete blocks refused at the block when a draft is
saved (docs/decisions/0020)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.admin.telepath import JSContext
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from courses.blocks import ContentStreamBlock
from courses.models import KnowledgeCheckPage
from courses.question_blocks import (
    NEEDS_TWO_OPTIONS,
    LetteredListBlockAdapter,
    QuestionBlock,
    QuestionStreamBlock,
)
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

REQUIRED = "This field is required."
EMPTY_RICH_TEXT = "null"  # what Draftail sends for an editor with nothing in it
SCRIPT = "js/lettered_list_block.js"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def edit_form_data(client, page, **fields):
    """What the page's edit form sends as it stands (its server-rendered inputs), with ``fields`` in place:
    StreamFields are drawn by the editor's scripts, so the test gives them itself."""
    html = client.get(edit_url(page)).content.decode()
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    index = next(i for i, form in enumerate(forms) if form.has_attr("data-edit-form"))
    return {**querydict_from_html(html, form_index=index).dict(), **nested_form_data(fields)}


def block_error(response, field):
    """The error the editor draws at the blocks of ``field``, as Wagtail hands it to the StreamField script."""
    widget = BeautifulSoup(response.content.decode(), "html.parser").find(
        id=field, attrs={"data-block": True}
    )
    _value, error = json.loads(widget["data-w-block-arguments-value"])
    return error


def option_list(*options):
    """ListBlock form data: (text, correct) pairs, new items without ids, as the editor adds them."""
    return {
        "count": str(len(options)),
        **{
            str(index): {
                "deleted": "",
                "order": str(index),
                "id": "",
                "value": {"text": text, **({"correct": "on"} if correct else {})},
            }
            for index, (text, correct) in enumerate(options)
        },
    }


def question_value(text, options, kind="single", explanation="Managers and workers improve together."):
    return {"question": text, "kind": kind, "options": option_list(*options), "explanation": explanation}


@pytest.fixture
def staff_client(client, staff_user):
    second_factor_login(client, staff_user)
    return client


@pytest.fixture
def core_check(core_module):
    return KnowledgeCheckPage.objects.child_of(core_module).get()


# A new question's options


def test_a_new_question_starts_with_two_empty_options():
    block = QuestionBlock()
    default = block.get_default()
    assert [dict(option) for option in default["options"]] == [{"text": "", "correct": False}] * 2
    # What the editor draws for a new question: two options, no "minimum number of items" to show at once,
    # and no ids made up once per page load that every question added would then share.
    options = block.child_blocks["options"]
    state = block.get_form_state(default)["options"]
    assert len(state) == 2 and [item["id"] for item in state] == [None, None]
    assert "minNum" not in LetteredListBlockAdapter().js_args(options)[3]


def test_saved_options_keep_their_ids_in_the_editor(core_check):
    question = core_check.questions[0]
    options = question.block.child_blocks["options"]
    state = options.get_form_state(question.value["options"])
    assert [item["id"] for item in state] == [child.id for child in question.value["options"].bound_blocks]


def test_fewer_than_two_options_are_refused_at_the_options_when_saved():
    block = QuestionStreamBlock()
    value = block.to_python(
        [
            {
                "type": "question",
                "value": {
                    "question": "Who is in the EIT?",
                    "kind": "single",
                    "options": [
                        {
                            "type": "item",
                            "id": "a",
                            "value": {"text": "Managers and workers", "correct": True},
                        }
                    ],
                    "explanation": "Both.",
                },
            }
        ]
    )
    for clean in (block.clean, block.clean_deferred):
        with pytest.raises(StreamBlockValidationError) as error:
            clean(value)
        assert error.value.as_json_data() == {
            "blockErrors": {0: {"blockErrors": {"options": {"messages": [str(NEEDS_TWO_OPTIONS)]}}}}
        }


# Lettered headings


def test_the_options_definition_carries_the_lettered_headings():
    options = QuestionBlock().child_blocks["options"]
    packed = JSContext().pack(options)
    assert (
        packed["_type"]
        == LetteredListBlockAdapter.js_constructor
        == "courses.question_blocks.LetteredListBlock"
    )
    meta = packed["_args"][3]
    assert meta["itemLabels"] == [f"Option {letter}" for letter in "ABCDEFGH"]  # one per option allowed
    assert meta["maxNum"] == 8


def test_the_script_is_served_and_registers_that_definition(client):
    assert finders.find(SCRIPT)
    response = client.get(f"/static/{SCRIPT}")
    assert response.status_code == 200
    script = b"".join(response.streaming_content if response.streaming else [response.content]).decode()
    assert f'window.telepath.register("{LetteredListBlockAdapter.js_constructor}"' in script
    assert "extends ListBlock" in script and "moveBlock" in script and "blockCountChanged" in script


def test_the_check_editor_loads_the_script_and_the_lesson_editor_does_not(
    staff_client, core_check, core_lesson
):
    html = staff_client.get(edit_url(core_check)).content.decode()
    assert f'<script src="/static/{SCRIPT}"></script>' in html
    assert html.index("wagtailadmin/js/telepath/blocks.js") < html.index(SCRIPT)  # it extends Wagtail's
    assert LetteredListBlockAdapter.js_constructor in html and "Option A" in html
    assert SCRIPT not in staff_client.get(edit_url(core_lesson)).content.decode()


# The module in the check's header


def test_the_check_editor_header_names_the_module(staff_client, core_check, core_module):
    html = staff_client.get(edit_url(core_check)).content.decode()
    header = BeautifulSoup(html, "html.parser").find("header")
    assert f"Knowledge check · {core_module.title}" in " ".join(header.get_text().split())


def test_the_admin_title_names_the_module_once_and_follows_drafts(core_check, core_module, id_locale):
    assert core_check.get_admin_display_title() == f"Knowledge check · {core_module.title}"
    translated = core_check.get_translation(id_locale)
    module_id = core_module.get_translation(id_locale)
    assert translated.get_admin_display_title() == f"Uji pemahaman · {module_id.title}"

    # A title that names the module already is left as it is.
    core_check.title = f"{core_module.title.upper()}: what you learnt"
    core_check.save_revision()
    draft = KnowledgeCheckPage.objects.get(pk=core_check.pk)
    assert draft.title == "Knowledge check"  # the live title; the draft's is shown
    assert draft.get_admin_display_title() == f"{core_module.title.upper()}: what you learnt"

    core_check.title = "Quiz"
    core_check.save_revision()
    assert KnowledgeCheckPage.objects.get(pk=core_check.pk).get_admin_display_title() == (
        f"Quiz · {core_module.title}"
    )
    assert KnowledgeCheckPage(title="New check").get_admin_display_title() == "New check"  # not created yet


def test_the_admin_title_costs_one_query_or_none_in_listings(core_check, django_assert_num_queries):
    check = KnowledgeCheckPage.objects.get(pk=core_check.pk)
    with django_assert_num_queries(1):
        check.get_admin_display_title()
        check.get_admin_display_title()  # the edit view asks several times
    checks = list(KnowledgeCheckPage.objects.all())
    Page.objects.annotate_parent_page(checks)
    with django_assert_num_queries(0):
        titles = [check.get_admin_display_title() for check in checks]
    assert len(titles) >= 10 and all(" · " in title for title in titles)


@pytest.mark.parametrize("listing", ["explorer", "search"])
def test_naming_the_module_adds_no_query_to_the_listings(staff_client, core_module, monkeypatch, listing):
    url = {
        "explorer": reverse("wagtailadmin_explore", args=(core_module.pk,)),
        "search": reverse("wagtailadmin_pages:search") + "?q=knowledge",
    }[listing]

    def queries():
        staff_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = staff_client.get(url)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    named, html = queries()
    assert f"Knowledge check · {core_module.title}" in html
    monkeypatch.setattr(KnowledgeCheckPage, "get_admin_display_title", Page.get_admin_display_title)
    plain, _html = queries()
    assert named == plain


# Incomplete blocks refused when a draft is saved


@pytest.mark.parametrize(
    "empty",
    [
        EMPTY_RICH_TEXT,
        # The one empty paragraph Wagtail gives the editor for an empty text, sent back before the editor has
        # loaded: the autosave that follows the form shown again with its errors.
        rich_text(""),
    ],
    ids=["empty editor", "empty paragraph"],
)
def test_an_empty_callout_is_refused_at_the_block_when_a_draft_is_saved(staff_client, core_lesson, empty):
    revision = core_lesson.latest_revision_id
    callout = {"kind": "tip", "title": "Before the first visit", "text": empty}
    data = edit_form_data(staff_client, core_lesson, body=streamfield([("callout", callout)]))
    assert "action-publish" not in data and "action-submit" not in data
    response = staff_client.post(edit_url(core_lesson), data)
    assert response.status_code == 200
    assert "The page could not be saved due to validation errors." in response.content.decode()
    assert block_error(response, "body") == {
        "blockErrors": {"0": {"blockErrors": {"text": {"messages": [REQUIRED]}}}}
    }
    core_lesson.refresh_from_db()
    assert core_lesson.latest_revision_id == revision


def test_autosave_saves_no_incomplete_block_either(staff_client, core_lesson):
    revision = core_lesson.latest_revision_id
    body = streamfield(
        [("paragraph", rich_text("")), ("callout", {"kind": "tip", "title": "", "text": EMPTY_RICH_TEXT})]
    )
    data = edit_form_data(staff_client, core_lesson, body=body)
    response = staff_client.post(edit_url(core_lesson), data, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["error_code"] == "validation_error"  # Wagtail's "click save to highlight them"
    core_lesson.refresh_from_db()
    assert core_lesson.latest_revision_id == revision


def test_a_complete_callout_is_saved_in_a_draft(staff_client, core_lesson):
    revision = core_lesson.latest_revision_id
    callout = {"kind": "tip", "title": "", "text": rich_text("<p>Meet the team first.</p>")}
    data = edit_form_data(staff_client, core_lesson, body=streamfield([("callout", callout)]))
    response = staff_client.post(edit_url(core_lesson), data)
    assert response.status_code == 302, block_error(response, "body")
    core_lesson.refresh_from_db()
    assert core_lesson.latest_revision_id != revision
    draft = core_lesson.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body] == ["callout"]
    assert "Meet the team first." in draft.body[0].value["text"].source


def test_an_option_without_text_is_refused_at_the_option_when_a_draft_is_saved(staff_client, core_check):
    revision = core_check.latest_revision_id
    questions = streamfield(
        [
            ("question", question_value("Who is in the EIT?", [("Managers and workers", True), ("", False)])),
            ("question", question_value("", [("Answers", True), ("Secrecy", False)])),
        ]
    )
    response = staff_client.post(
        edit_url(core_check), edit_form_data(staff_client, core_check, questions=questions)
    )
    assert response.status_code == 200
    errors = block_error(response, "questions")["blockErrors"]
    assert errors["0"] == {
        "blockErrors": {
            "options": {"blockErrors": {"1": {"blockErrors": {"text": {"messages": [REQUIRED]}}}}}
        }
    }
    assert errors["1"] == {"blockErrors": {"question": {"messages": [REQUIRED]}}}
    core_check.refresh_from_db()
    assert core_check.latest_revision_id == revision


def test_questions_added_in_one_session_get_options_of_their_own(staff_client, core_check):
    new = [("Managers and workers", True), ("Managers", False)]
    questions = streamfield([("question", question_value(f"Question {n}?", new)) for n in (1, 2)])
    response = staff_client.post(
        edit_url(core_check), edit_form_data(staff_client, core_check, questions=questions)
    )
    assert response.status_code == 302
    draft = KnowledgeCheckPage.objects.get(pk=core_check.pk).get_latest_revision_as_object()
    ids = [child.id for question in draft.questions for child in question.value["options"].bound_blocks]
    assert len(ids) == 4 and len(set(ids)) == 4 and all(ids)


def test_only_the_streams_own_rules_wait_for_publishing():
    """A draft may have no questions yet (the stream's min_num waits), but not an incomplete one."""
    questions = QuestionStreamBlock()
    empty = questions.to_python([])
    questions.clean_deferred(empty)
    with pytest.raises(StreamBlockValidationError):
        questions.clean(empty)
    body = ContentStreamBlock()
    paragraph = body.to_python([{"type": "paragraph", "value": ""}])
    with pytest.raises(StreamBlockValidationError):
        body.clean_deferred(paragraph)
    # Nothing stays deferred after a draft's check.
    assert not body.is_deferred_validation
    assert body.child_blocks["callout"].child_blocks["text"].required


def test_an_empty_learning_objective_is_refused_in_a_draft_too():
    from courses.models import ModulePage

    objectives = ModulePage._meta.get_field("learning_objectives").stream_block
    objectives.clean_deferred(objectives.to_python([]))
    with pytest.raises(StreamBlockValidationError):
        objectives.clean_deferred(objectives.to_python([{"type": "objective", "value": ""}]))
