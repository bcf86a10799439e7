from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document


class MaterialDocument(AbstractDocument):
    """Trainer guides, handbooks, worksheets and checklists: Wagtail documents checked by size and content."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            from courses.uploads import document_upload_errors

            errors = document_upload_errors(self.file)
            if errors:
                raise ValidationError({"file": errors})
