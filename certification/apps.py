from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    name = "certification"
    verbose_name = _("Certification")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signals import connect

        connect()
