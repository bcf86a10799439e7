"""Demo materials (trainer guides, handbooks, worksheets, checklists) as small PDFs, and partner logos."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .logos import logo_png


def material_pdf(*, title: str, subtitle: str, paragraphs: list[str]) -> bytes:
    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author="SCORE Academy",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=True,
    )
    story = [Paragraph(title, styles["Title"]), Paragraph(subtitle, styles["Heading3"]), Spacer(1, 0.5 * cm)]
    for text in paragraphs:
        story += [Paragraph(text, styles["BodyText"]), Spacer(1, 0.25 * cm)]
    doc.build(story)
    return buffer.getvalue()


def ensure_document(*, title: str, collection, filename: str, content: bytes):
    Document = get_document_model()
    existing = Document.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


# The size of the initials an earlier seed drew as partner logos; a logo of this size with the seed's title is
# redrawn, so an existing demo database gets the drawn logos too. Any other image is the partner's own.
PLACEHOLDER_SIZE = (240, 120)


def ensure_logo(*, title: str, slug: str, name: str, short_name: str, colour: str, collection):
    """The partner's demo logo (courses.demo.logos) as a Wagtail image: made once (or drawn over an earlier
    seed's initials), then left alone."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None and (existing.width, existing.height) != PLACEHOLDER_SIZE:
        return existing
    file = ImageFile(
        io.BytesIO(logo_png(slug=slug, name=name, short_name=short_name, colour=colour)),
        name=f"{slug}-logo.png",
    )
    if existing is None:
        image = Image(title=title, collection=collection, file=file)
        image.save()
        return image
    placeholder = existing.file.name
    existing.renditions.all().delete()  # drawn from the placeholder
    existing.file = file
    existing._set_image_file_metadata()
    existing.save()
    existing.file.storage.delete(placeholder)
    return existing
