"""Knowledge-check questions: single- or multiple-answer options, the correct ones, an explanation."""

from string import ascii_uppercase

from django import forms
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.list_block import ListBlockAdapter
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.blocks import CompleteBlocksStreamBlock

SINGLE = "single"
MULTIPLE = "multiple"

# How the editor heads each option, with its letter in the list's order.
OPTION_LABEL = _("Option %(letter)s")
NEEDS_TWO_OPTIONS = _("Give at least two options.")
NEEDS_A_CORRECT_OPTION = _("Mark at least one option as correct.")
SINGLE_NEEDS_ONE_CORRECT = _("A single-answer question has exactly one correct option.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Option")


class LetteredListBlock(blocks.ListBlock):
    """A ListBlock whose items the editor heads with a letter in their order, ``item_label`` (a translatable
    string with ``%(letter)s``) giving the words: "Option A", "Option B"… The headings follow the items as
    they are added, removed or moved (``static/js/lettered_list_block.js``)."""

    class Meta:
        item_label = None

    def get_form_state(self, value):
        # Items never saved (a new question's default options) go to the editor without an id, and get one
        # when saved. Wagtail would send the ids made up for the default, once per page load, so every
        # question added in that session would share its options' ids, which the check's form uses for
        # its inputs' ids.
        value = self.normalize(value)
        return [
            {**item, "id": child.original_id or None}
            for item, child in zip(super().get_form_state(value), value.bound_blocks, strict=True)
        ]

    def item_labels(self) -> list[str]:
        """The headings of the items in order, in the active language: as many as the list may hold."""
        if self.meta.item_label is None:
            return []
        letters = ascii_uppercase[: self.meta.max_num or len(ascii_uppercase)]
        return [str(self.meta.item_label) % {"letter": letter} for letter in letters]


class LetteredListBlockAdapter(ListBlockAdapter):
    """Wagtail's ListBlock definition, with the items' headings; its JavaScript subclasses Wagtail's."""

    js_constructor = "courses.question_blocks.LetteredListBlock"

    def js_args(self, block):
        name, child_block, child_state, meta = super().js_args(block)
        return [name, child_block, child_state, {**meta, "itemLabels": block.item_labels()}]

    @cached_property
    def media(self):
        # After Wagtail's blocks.js, which defines the ListBlock it extends; a file, as the CSP asks.
        return super().media + forms.Media(js=["js/lettered_list_block.js"])


register(LetteredListBlockAdapter(), LetteredListBlock)

# A new question starts with the two options it needs at least, both empty. The list has no min_num: Wagtail
# would show its "minimum number of items" at once in the editor when an option is removed to be replaced;
# clean() says NEEDS_TWO_OPTIONS at the options when the question is saved with fewer.
EMPTY_OPTIONS = [{"text": "", "correct": False}, {"text": "", "correct": False}]


class QuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), rows=2)
    kind = blocks.ChoiceBlock(
        label=_("Answers"),
        choices=[(SINGLE, _("One correct answer")), (MULTIPLE, _("Several correct answers"))],
        default=SINGLE,
    )
    options = LetteredListBlock(
        OptionBlock(),
        label=_("Options"),
        item_label=OPTION_LABEL,
        max_num=8,
        default=EMPTY_OPTIONS,
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        rows=3,
        help_text=_("Shown to the trainer after they submit, whatever they answered."),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        template = "blocks/question_block.html"
        description = _("A question with its options, the correct ones marked, and an explanation.")
        preview_value = {
            "question": "Who takes part in SCORE classroom training?",
            "kind": SINGLE,
            "options": [
                {"text": "Managers and workers of each enterprise together", "correct": True},
                {"text": "Managers only", "correct": False},
            ],
            "explanation": "SCORE brings managers and workers into the same classroom.",
        }

    def clean(self, value):
        value = super().clean(value)
        options = list(value["options"])
        correct = sum(1 for option in options if option["correct"])
        message = None
        if len(options) < 2:
            message = NEEDS_TWO_OPTIONS
        elif correct == 0:
            message = NEEDS_A_CORRECT_OPTION
        elif value["kind"] == SINGLE and correct != 1:
            message = SINGLE_NEEDS_ONE_CORRECT
        if message:
            raise StructBlockValidationError(block_errors={"options": ErrorList([message])})
        return value


class QuestionStreamBlock(CompleteBlocksStreamBlock):
    question = QuestionBlock()

    class Meta:
        min_num = 1
        max_num = 50
