"""Demo materials (trainer guides, handbooks, worksheets, checklists) as small PDFs, and partner logos."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


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


def ensure_logo(*, title: str, initials: str, colour: str, collection):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", (240, 120), colour)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=48)
    box = draw.textbbox((0, 0), initials, font=font)
    draw.text(
        ((240 - (box[2] - box[0])) / 2, (120 - (box[3] - box[1])) / 2 - box[1]),
        initials,
        fill="white",
        font=font,
    )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = Image(
        title=title,
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{initials.lower()}-logo.png"),
    )
    image.save()
    return image
