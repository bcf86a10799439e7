"""Images are checked in two steps: the header (format, pixel count) before anything is decoded, so no
bomb is ever unpacked; then the whole picture and its metadata, so truncated or corrupt data is refused
here, with a message, instead of failing later when it is resized."""

import enum
from collections.abc import Collection
from dataclasses import dataclass

from PIL import Image

# Pillow opens the multi-picture JPEG some cameras and phones write as "MPO" (through its JPEG plugin);
# to everyone else it is a JPEG.
FORMAT_ALIASES = {"MPO": "JPEG"}


class ImageVerdict(enum.Enum):
    ACCEPTED = "accepted"
    NOT_VALID = "not_valid"
    TOO_MANY_PIXELS = "too_many_pixels"


@dataclass(frozen=True)
class ImageCheck:
    """What checking an uploaded image found. The size is known unless the header could not be read, or
    Pillow refused it as a decompression bomb before telling."""

    verdict: ImageVerdict
    format: str = ""
    width: int | None = None
    height: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict is ImageVerdict.ACCEPTED


def image_check(file, *, formats: Collection[str], max_pixels: int) -> ImageCheck:
    """Is ``file`` an image in one of ``formats`` (Pillow's names: "JPEG", "PNG", ...), of at most
    ``max_pixels``, that decodes completely? Never raises for what the file holds."""
    pillow_formats = sorted(formats)  # no other decoder is tried on the upload
    try:
        file.seek(0)
        with Image.open(file, formats=pillow_formats) as image:
            image_format = FORMAT_ALIASES.get(image.format, image.format)
            width, height = image.size
            if width * height > max_pixels:
                return ImageCheck(ImageVerdict.TOO_MANY_PIXELS, image_format, width, height)
            image.verify()
        file.seek(0)
        # verify() checks the structure (chunk checksums) and leaves the image unusable: decode a fresh one.
        with Image.open(file, formats=pillow_formats) as image:
            # A JPEG is decoded at an eighth of its size: every byte of it is still read and checked.
            image.draft(image.mode, (1, 1))
            image.load()
            image.getexif()  # read when the photo is turned upright, and by Wagtail's renditions
    except Image.DecompressionBombError:
        return ImageCheck(ImageVerdict.TOO_MANY_PIXELS)
    except Exception:
        # Pillow's own fuzzing harness catches Exception: its decoders raise OSError, SyntaxError,
        # ValueError, EOFError, struct.error and more on hostile data. All mean the same here.
        return ImageCheck(ImageVerdict.NOT_VALID)
    finally:
        file.seek(0)
    return ImageCheck(ImageVerdict.ACCEPTED, image_format, width, height)
