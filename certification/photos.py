"""Profile photos: real JPEG, PNG or WebP images only, within a size and a pixel limit, then resized."""

import io
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from courses.api import ImageVerdict, image_check

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_SIDE = 600

PHOTO_NOT_AN_IMAGE = _(
    "This file is not a JPEG, PNG or WebP image, whatever its name says. Choose a photo in one of those formats."
)
PHOTO_TOO_LARGE = _("This photo is %(size)s; a photo can be at most %(limit)s.")
PHOTO_TOO_MANY_PIXELS = _(
    "This photo is %(width)s × %(height)s pixels; a photo can have at most %(limit)s million pixels. Choose a smaller one."
)


def max_photo_bytes() -> int:
    return getattr(settings, "SCORE_MAX_PROFILE_PHOTO_SIZE", 5 * 1024 * 1024)


def max_photo_pixels() -> int:
    # 25 million pixels: the 12 and 24 MP photos phones take, not the 48/50 MP of their "full
    # resolution" mode, which decode (as a PNG, in full) to 200 MB for a picture shown at 160 px.
    return getattr(settings, "SCORE_MAX_PROFILE_PHOTO_PIXELS", 25_000_000)


def photo_errors(file) -> list[str]:
    """Every reason to refuse this upload as a profile photo. The header is checked before anything is
    decoded, so no bomb is unpacked; then the whole picture, so a damaged one is refused here."""
    if file.size > max_photo_bytes():
        return [
            str(
                PHOTO_TOO_LARGE
                % {"size": filesizeformat(file.size), "limit": filesizeformat(max_photo_bytes())}
            )
        ]
    check = image_check(file, formats=ALLOWED_FORMATS, max_pixels=max_photo_pixels())
    if check.verdict is ImageVerdict.TOO_MANY_PIXELS:
        limit = f"{max_photo_pixels() / 1_000_000:g}"
        width, height = check.width or "?", check.height or "?"
        return [str(PHOTO_TOO_MANY_PIXELS % {"width": width, "height": height, "limit": limit})]
    if not check.accepted:
        return [str(PHOTO_NOT_AN_IMAGE)]
    return []


def photo_normalise(file) -> ContentFile:
    """The photo upright, fitted within 600 x 600, without its metadata, as a JPEG with a random name."""
    file.seek(0)
    with Image.open(file) as image:
        image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        image.thumbnail((MAX_SIDE, MAX_SIDE))
        output = io.BytesIO()
        image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{secrets.token_hex(12)}.jpg")
