from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document


def documents_storage():
    """Documents live in private storage, outside the public media: Wagtail's serving view
    (``/documents/<id>/<name>``) is the only way to them, and it applies the collection's restrictions
    (materials are for signed-in trainers) and the partner's privacy."""
    return storages["private"]


class MaterialDocument(AbstractDocument):
    """Trainer guides, handbooks, worksheets and checklists: Wagtail documents checked by size and content."""

    file = models.FileField(upload_to="documents", storage=documents_storage, verbose_name=_("file"))
    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # A multiple upload whose details were refused keeps its file aside and creates the document without
        # one; Wagtail's extension check would fail on the missing file (a 500). The file was checked on upload.
        if not self.file:
            return
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            from courses.uploads import document_upload_errors

            errors = document_upload_errors(self.file)
            if errors:
                raise ValidationError({"file": errors})
