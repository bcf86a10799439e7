"""Each lesson block renders with its own template, and its preview value is valid."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from courses.blocks import ContentStreamBlock, QuoteBlock

pytestmark = pytest.mark.django_db

STREAM = ContentStreamBlock()


def render(name, value):
    block = STREAM.child_blocks[name]
    return block.render(block.to_python(value))


def test_every_block_has_template_icon_description_and_preview():
    for name, block in STREAM.child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.description, name
        assert block.meta.template, name
        if name != "video":  # a video preview would fetch from the network
            assert block.get_preview_value() is not None, name


def test_preview_values_validate():
    for name in ("heading", "callout", "activity", "checklist", "quote", "paragraph"):
        block = STREAM.child_blocks[name]
        block.clean(block.get_preview_value())


def test_heading_levels():
    assert render("heading", {"text": "Between visits", "level": "h3"}).strip() == "<h3>Between visits</h3>"


def test_callout_kinds_are_labelled():
    html = render(
        "callout", {"kind": "warning", "title": "Mind the hierarchy", "text": "<p>Workers speak first.</p>"}
    )
    assert "callout--warning" in html and "Warning" in html and "Workers speak first." in html


def test_activity_lists_steps_in_order():
    html = render(
        "activity",
        {
            "title": "Suggestion box",
            "objective": "Collect ideas",
            "duration_minutes": 30,
            "group_size": "",
            "materials": ["Box", "Cards"],
            "steps": ["Explain the rules", "Collect cards"],
        },
    )
    assert html.index("Explain the rules") < html.index("Collect cards")
    assert "30 minutes" in html and "Box, Cards" in html


def test_case_example_and_quote():
    case = render(
        "quote",
        {
            "kind": "case",
            "text": "A tofu maker cut water use.",
            "attribution": "",
            "organisation": "Tofu maker, Bandung",
        },
    )
    assert "Case example: Tofu maker, Bandung" in case
    quote = render(
        "quote",
        {
            "kind": "quote",
            "text": "We talk every morning.",
            "attribution": "Supervisor",
            "organisation": "Garment workshop",
        },
    )
    assert "<blockquote>" in quote and "Supervisor, Garment workshop" in quote


def test_a_quote_needs_someone_to_have_said_it():
    block = QuoteBlock()
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(
            block.to_python(
                {"kind": "quote", "text": "Anonymous words", "attribution": "", "organisation": ""}
            )
        )


def test_figure_requires_alt_text_or_decorative(django_db_blocker):
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    block = STREAM.child_blocks["image"]
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(
            block.to_python(
                {"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""}
            )
        )
    html = block.render(
        block.to_python(
            {
                "image": {"image": image.pk, "alt_text": "Team at the board", "decorative": False},
                "caption": "Daily meeting",
            }
        )
    )
    assert 'alt="Team at the board"' in html and "<figcaption>Daily meeting</figcaption>" in html


def test_document_block_links_the_download():
    from wagtail.documents import get_document_model

    document = get_document_model().objects.first()
    html = render("document", {"document": document.pk, "title": "", "description": "For the trainer"})
    assert document.url in html and document.title in html


@pytest.mark.parametrize(
    "blank", ["", '<p data-block-key="a1b2c"></p>', "<p> </p><p><br/></p>", "<p>&nbsp;</p>"]
)
def test_a_rich_text_with_nothing_written_is_empty(blank):
    """An empty paragraph is what an untouched empty editor may send (courses.blocks.NonBlankRichTextBlock)."""
    for block in (STREAM.child_blocks["paragraph"], STREAM.child_blocks["callout"].child_blocks["text"]):
        with pytest.raises(ValidationError):
            block.clean(block.to_python(blank))


def test_rich_text_is_kept_as_written_and_migrated_as_wagtails():
    block = STREAM.child_blocks["paragraph"]
    assert block.clean(block.to_python("<p>Managers <b>and</b> workers</p>")).source == (
        "<p>Managers <b>and</b> workers</p>"
    )
    assert block.deconstruct()[0] == "wagtail.blocks.RichTextBlock"
