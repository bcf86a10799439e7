from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = _("Results")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The ToE and lead-cycle requirements of certification read the cycles recorded here.
        from . import certification_link

        certification_link.register()
