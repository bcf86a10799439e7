from django.apps import AppConfig
from django.db.models.signals import post_init, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        # Curricula are created by the admin, by wagtail-localize's translation views, by copies and by the
        # seed: the signal is the one place all of them pass through. It only calls the access service.
        post_save.connect(
            signals.curriculum_saved, sender="courses.CurriculumPage", dispatch_uid="curriculum_saved"
        )
        post_save.connect(signals.partner_saved, sender="courses.Partner", dispatch_uid="partner_saved")

        from wagtail.models import Task, Workflow
        from wagtail.workflows import get_concrete_descendants

        from . import workflow_names

        # The programme's workflow and task names render in the reader's language (courses/workflow_names.py).
        for model in [Workflow, Task, *get_concrete_descendants(Task, inclusive=False)]:
            post_init.connect(
                workflow_names.name_translate, sender=model, dispatch_uid=f"name_translate_{model.__name__}"
            )
            pre_save.connect(
                workflow_names.name_store, sender=model, dispatch_uid=f"name_store_{model.__name__}"
            )

        from wagtail.signals import (
            task_submitted,
            workflow_approved,
            workflow_cancelled,
            workflow_rejected,
            workflow_submitted,
        )

        from .review_lock import modules_in_review_forget

        # The modules in review lock their pages (courses/review_lock.py); its cached set follows every change.
        for signal in (
            workflow_submitted,
            task_submitted,
            workflow_approved,
            workflow_rejected,
            workflow_cancelled,
        ):
            signal.connect(modules_in_review_forget, dispatch_uid=f"modules_in_review_{signal}")
