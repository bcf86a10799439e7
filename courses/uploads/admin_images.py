"""Images uploaded in Wagtail's admin (the add view, multiple upload and the chooser's upload tab all build
their form on ``WAGTAILIMAGES_IMAGE_FORM_BASE``) are decoded in full before Wagtail reads them. Wagtail's
own reading of the size decodes the picture too, but lets OSError out (a server error on a damaged file),
and decodes up to twice Pillow's pixel limit before it compares the count with its own."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .documents import file_extension
from .images import ImageVerdict, image_check

IMAGE_NOT_VALID = _(
    "This file does not contain a valid %(extension)s image: its picture data is damaged or incomplete. "
    "Save it again from an image editor, or choose another file."
)
# Extensions Pillow decodes; others Wagtail may be set to take (SVG) are left to Wagtail's own checks.
PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which first decodes the whole picture within the pixel limit."""

    def to_python(self, data):
        if isinstance(data, UploadedFile) and self._ours_to_decode(data):
            max_pixels = self.max_image_pixels or Image.MAX_IMAGE_PIXELS
            # Any of the formats: a PNG named .jpg decodes, and Wagtail then says the extension is wrong.
            check = image_check(data, formats=set(PILLOW_FORMATS.values()), max_pixels=max_pixels)
            if check.verdict is ImageVerdict.TOO_MANY_PIXELS and check.width:
                raise ValidationError(
                    self.error_messages["file_too_many_pixels"]
                    % {"num_pixels": check.width * check.height, "max_pixels_count": max_pixels},
                    code="file_too_many_pixels",
                )
            if check.verdict is ImageVerdict.NOT_VALID:
                extension = file_extension(data.name).upper()
                raise ValidationError(IMAGE_NOT_VALID % {"extension": extension}, code="invalid_image")
        return super().to_python(data)

    def _ours_to_decode(self, data: UploadedFile) -> bool:
        # A file too large is refused by Wagtail for its size, before anything is decoded.
        within_size = self.max_upload_size is None or data.size <= self.max_upload_size
        return within_size and file_extension(data.name) in PILLOW_FORMATS


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        generated = self.fields.get("file")
        if generated is not None and not isinstance(generated, CheckedImageField):
            # get_image_form makes the file field in its own formfield callback, which a base form cannot
            # replace: it is made again here as the field that decodes first, with the same widget.
            self.fields["file"] = CheckedImageField(
                label=generated.label, widget=generated.widget, required=generated.required
            )
