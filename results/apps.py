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

        from django.db.models.signals import post_migrate

        post_migrate.connect(_outcomes_fill, sender=self)
        _figures_follow_the_records(self)


# Saved or deleted, these change a figure of the results pages; what keeps files or logs does not.
# The derived results are written in bulk by results.services.outcomes, which moves the figures on itself.
NOT_FIGURES = {
    "importrun",
    "resultslogentry",
    "casestudyindexpage",
    "casestudypage",
    "moduleoutcome",
    "kpioutcome",
}
CERTIFICATION_MODELS = ("Certificate", "Certification", "TrainerProfile")


def _figures_follow_the_records(config):
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .dashboard.cache import figures_changed
    from .models import TrainingCycle

    models = [m for m in config.get_models() if m._meta.model_name not in NOT_FIGURES]
    models += [apps.get_model("certification", name) for name in CERTIFICATION_MODELS]
    for model in models:
        uid = f"results-figures-{model._meta.label_lower}"
        post_save.connect(figures_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(figures_changed, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(
        figures_changed, sender=TrainingCycle.co_trainers.through, dispatch_uid="results-figures-co-trainers"
    )


def _outcomes_fill(sender, using, **kwargs):
    """A database migrated to the derived results table (0008) gets its rows once, with today's models;
    afterwards the assessment services keep them. Not after a migrate that leaves the results app before
    0008 (backwards, or another app's), nor on another database than the site's."""
    from django.db import DEFAULT_DB_ALIAS, connections

    from .models import ModuleOutcome
    from .services.outcomes import outcomes_fill_when_empty

    if using != DEFAULT_DB_ALIAS:
        return
    if ModuleOutcome._meta.db_table not in connections[using].introspection.table_names():
        return
    outcomes_fill_when_empty()
