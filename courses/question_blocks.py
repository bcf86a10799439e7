"""Knowledge-check questions: single- or multiple-answer options, the correct ones, an explanation."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

SINGLE = "single"
MULTIPLE = "multiple"

NEEDS_TWO_OPTIONS = _("Give at least two options.")
NEEDS_A_CORRECT_OPTION = _("Mark at least one option as correct.")
SINGLE_NEEDS_ONE_CORRECT = _("A single-answer question has exactly one correct option.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Option")


class QuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), rows=2)
    kind = blocks.ChoiceBlock(
        label=_("Answers"),
        choices=[(SINGLE, _("One correct answer")), (MULTIPLE, _("Several correct answers"))],
        default=SINGLE,
    )
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=8)
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


class QuestionStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()

    class Meta:
        min_num = 1
        max_num = 50
