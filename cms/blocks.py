"""Blocks of the home page: the SCORE process and the programme's key results."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProcessStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("Explanation"))

    class Meta:
        icon = "arrow-right"
        template = "blocks/process_step_block.html"
        label = _("Process step")
        description = _("One step of the SCORE process, in order.")
        preview_value = {
            "title": "Personalised business assessment",
            "text": "A baseline of the enterprise's figures before training starts.",
        }


class KeyResultBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("For example 2,300 or 74%."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=200)
    source = blocks.CharBlock(label=_("Source and date"), max_length=200, required=False)

    class Meta:
        icon = "success"
        template = "blocks/key_result_block.html"
        label = _("Key result")
        description = _("A programme figure with what it counts and where it comes from.")
        preview_value = {"figure": "2,300", "label": "enterprises trained", "source": "ILO, December 2021"}
