"""The StreamField vocabulary of trainer material: one base StreamBlock reused by lessons and standard pages."""

from html import unescape

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class NonBlankRichTextBlock(blocks.RichTextBlock):
    """Wagtail's RichTextBlock, for which a text with nothing written in it is empty.

    Wagtail gives the editor an empty rich text as one empty paragraph. Sent back before the editor has
    loaded (the autosave that follows a form shown again with its errors), it is ``<p data-block-key="…">
    </p>``, which a required block took for text, and saved (see wagtail/wagtail#4549). Only the validation
    differs: stored, and migrated, as Wagtail's RichTextBlock (``DECONSTRUCT_ALIASES``).
    """

    def value_for_form(self, value):
        source = super().value_for_form(value) or ""
        return source if "<embed" in source or unescape(strip_tags(source)).strip() else ""


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading. The page title is the only top-level heading.")
        preview_value = {"text": "How the classroom sessions run", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alt text (or marked decorative) and an optional caption.")

    def get_preview_value(self):
        image = get_image_model().objects.order_by("pk").first()
        return self.to_python(
            {
                "image": {"image": image.pk if image else None, "alt_text": image.title if image else ""},
                "caption": "A SCORE classroom session",
            }
        )


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video with a caption and a transcript for those who cannot watch it.")
        preview_value = {
            "video": "https://www.youtube.com/watch?v=SCORE-demo",
            "caption": "A daily ten-minute meeting of an Enterprise Improvement Team",
            "transcript": "The supervisor reads yesterday's output; a worker raises a delay at the cutting table.",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A download of a trainer guide, handbook, worksheet or checklist.")

    def get_preview_value(self):
        document = get_document_model().objects.order_by("pk").first()
        return self.to_python(
            {
                "document": document.pk if document else None,
                "title": "",
                "description": "The trainer guide for this module.",
            }
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("key_point", _("Key point"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = NonBlankRichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A tip, a warning or a key point set apart from the text.")
        preview_value = {
            "kind": "key_point",
            "title": "Managers and workers together",
            "text": "<p>Every enterprise sends two managers and two workers: the improvement team starts in class.</p>",
        }


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    objective = blocks.TextBlock(label=_("Objective"))
    duration_minutes = blocks.IntegerBlock(label=_("Duration (minutes)"), min_value=1, max_value=600)
    group_size = blocks.CharBlock(label=_("Group size"), required=False, max_length=200)
    materials = blocks.ListBlock(blocks.CharBlock(label=_("Material")), label=_("Materials"), default=[])
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), label=_("Steps"), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/activity_block.html"
        label = _("Activity or exercise")
        description = _("A classroom exercise: objective, duration, materials and numbered steps.")
        preview_value = {
            "title": "Mapping communication channels",
            "objective": "Teams see how information moves between managers and workers today.",
            "duration_minutes": 40,
            "group_size": "Enterprise teams of 4",
            "materials": ["Flip chart", "Markers"],
            "steps": ["Draw the enterprise's departments.", "Mark every channel used in a week."],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=500), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist_block.html"
        label = _("Checklist")
        description = _("A list of things to check, for a visit or a session.")
        preview_value = {
            "title": "Before the first visit",
            "items": ["The improvement team has met.", "Baseline figures are collected."],
        }


class QuoteBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=[("quote", _("Quote")), ("case", _("Case example"))], default="quote"
    )
    text = blocks.TextBlock(label=_("Text"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote or case example")
        description = _("A participant's words or a short case from an enterprise.")
        preview_value = {
            "kind": "case",
            "text": "A batik workshop halved its dye waste after the team started a daily 10-minute meeting.",
            "attribution": "",
            "organisation": "Batik workshop, Pekalongan",
        }

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == "quote" and not (value["attribution"] or value["organisation"]):
            raise blocks.StructBlockValidationError(
                block_errors={"attribution": ErrorList([ValidationError(_("Say who said it."))])}
            )
        return value


class CompleteBlocksStreamBlock(blocks.StreamBlock):
    """A StreamBlock whose blocks are checked whole at every save, a draft's included (docs/decisions/0020).

    Saving a draft, Wagtail defers required fields all the way down, so an empty callout or an option
    without text was saved, and the editor heard of it only on submitting, far from the block. Here only
    the stream's own rules (required, ``min_num``, ``block_counts``) wait for publishing; each block in it
    must be complete, and says so at the block.
    """

    def defer_required_validation(self):
        # Only the stream's own flag: StreamBlock's version also defers every child block's requirements.
        blocks.Block.defer_required_validation(self)


class LearningObjectivesBlock(CompleteBlocksStreamBlock):
    """A module's learning objectives: an objective added is written, at every save."""

    objective = blocks.CharBlock(label=_("Objective"), max_length=300, icon="tick")


class ContentStreamBlock(CompleteBlocksStreamBlock):
    paragraph = NonBlankRichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Paragraphs, lists and links."),
        preview_value="<p>SCORE Training combines practical classroom training with in-factory consulting.</p>",
    )
    heading = HeadingBlock()
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    activity = ActivityBlock()
    checklist = ChecklistBlock()
    quote = QuoteBlock()

    class Meta:
        block_counts = {}


DECONSTRUCT_ALIASES = {NonBlankRichTextBlock: "wagtail.blocks.RichTextBlock"}
