"""Programme staff see, filter, export and correct trainer profiles, and set each track's rules, in the
admin. Nothing with certification history is deleted here: see docs/decisions/0015."""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from .models import CertificationTrack, TrainerProfile
from .name_changes import CORRECTED_BY_STAFF, name_correct_by_staff
from .profile_admin import TRAINER_PROFILE_PANELS
from .retirement import (
    REINSTATE_ACTION,
    RETIRE_ACTION,
    requirement_log_label,
    requirement_reinstate,
    requirement_retire,
)
from .track_admin import TRACK_PANELS


class KeptRecordDeleteView(DeleteView):
    """Announces the delete (after the permission check) to the ``before_delete_object`` hook, with which
    the project refuses, and explains, deleting what certification records keep (cms/wagtail_hooks.py)."""

    def run_before_hook(self):
        return self.run_hook("before_delete_object", self.request, self.object)


class TrainerProfileEditView(EditView):
    def save_instance(self):
        # A correction made by staff: at once, recorded with their name and reason; the holder's current
        # certificates are re-issued in it (certification.name_changes).
        old_name = TrainerProfile.objects.values_list("certificate_name", flat=True).get(pk=self.object.pk)
        new_name = self.form.cleaned_data["certificate_name"]
        self.form.instance.certificate_name = old_name  # the change goes through the service below
        instance = super().save_instance()
        if new_name != old_name:
            name_correct_by_staff(
                profile=instance,
                new_name=new_name,
                staff=self.request.user,
                reason=self.form.cleaned_data.get("name_change_reason", "") or CORRECTED_BY_STAFF,
            )
            instance.refresh_from_db()
        return instance


class TrainerProfileIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "partner")


class TrainerProfileViewSet(ModelViewSet):
    model = TrainerProfile
    icon = "user"
    menu_label = _("Trainers")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = TrainerProfileIndexView
    edit_view_class = TrainerProfileEditView
    delete_view_class = KeptRecordDeleteView
    inspect_view_enabled = True
    list_display = ["certificate_name", "email", "gender", "organisation_name", "province", "registry_opt_in"]
    list_filter = ["gender", "province", "partner", "registry_opt_in"]
    list_export = [
        "certificate_name",
        "email",
        "gender",
        "organisation_name",
        "province",
        "phone",
        "preferred_language",
        "registry_opt_in",
    ]
    search_fields = ["certificate_name", "other_organisation"]
    edit_handler = TRAINER_PROFILE_PANELS
    inspect_view_fields = ["certificate_name", "gender", "partner", "other_organisation", "province", "phone"]


@hooks.register("register_admin_viewset")
def register_trainer_profiles():
    return TrainerProfileViewSet("trainer_profiles")


class RequirementRetirementMixin:
    """Applies the requirements' "Retired" ticks through the services, which record who and when."""

    def save_instance(self):
        changes = self.form.formsets["requirements"].retirement_changes()
        instance = super().save_instance()
        for requirement, retire in changes:
            service = requirement_retire if retire else requirement_reinstate
            service(requirement=requirement, actor=self.request.user)
        return instance


class CertificationTrackCreateView(RequirementRetirementMixin, CreateView):
    pass


class CertificationTrackEditView(RequirementRetirementMixin, EditView):
    pass


class CertificationTrackViewSet(ModelViewSet):
    """Programme staff set each level's requirements and validity here."""

    model = CertificationTrack
    panels = TRACK_PANELS
    add_view_class = CertificationTrackCreateView
    edit_view_class = CertificationTrackEditView
    delete_view_class = KeptRecordDeleteView
    icon = "success"
    menu_label = _("Certification tracks")
    menu_order = 261
    add_to_admin_menu = True
    list_display = [
        "module",
        # Five curricula teach a module of the same name.
        Column("curriculum_title", label=_("Curriculum")),
        "accepts_core_certification",
        "trainer_validity_months",
        "expert_validity_months",
        "is_active",
    ]
    list_filter = ["is_active", "accepts_core_certification"]
    search_fields = ["module__title"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        module_path = OuterRef("module__path")
        parent = Substr(module_path, 1, Length(module_path) - Page.steplen)
        return CertificationTrack.objects.select_related("module").annotate(
            curriculum_title=Subquery(Page.objects.filter(path=parent).values("title")[:1])
        )


@hooks.register("register_admin_viewset")
def register_certification_tracks():
    return CertificationTrackViewSet("certification_tracks")


@hooks.register("register_log_actions")
def register_requirement_log_actions(actions):
    @actions.register_action(RETIRE_ACTION)
    class RetiredFormatter(LogFormatter):
        label = _("Retire requirement")

        def format_message(self, log_entry):
            return _("Requirement “%(requirement)s” retired") % {
                "requirement": requirement_log_label(log_entry.data)
            }

    @actions.register_action(REINSTATE_ACTION)
    class ReinstatedFormatter(LogFormatter):
        label = _("Reinstate requirement")

        def format_message(self, log_entry):
            return _("Requirement “%(requirement)s” reinstated") % {
                "requirement": requirement_log_label(log_entry.data)
            }


@hooks.register("register_admin_menu_item")
def bulk_issue_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    class StaffMenuItem(MenuItem):
        def is_shown(self, request):
            from .roles import is_programme_staff

            return is_programme_staff(request.user)

    return StaffMenuItem(
        _("Bulk issue certificates"),
        reverse("certification:bulk_new"),
        icon_name="doc-full-inverse",
        order=262,
    )


@hooks.register("register_admin_viewset")
def register_name_change_requests():
    from .name_request_admin import NameChangeRequestViewSet

    return NameChangeRequestViewSet("name_requests")


@hooks.register("register_log_actions")
def register_name_change_log_actions(actions):
    from .name_changes import APPROVED, CORRECTED, REFUSED, SUBMITTED, WITHDRAWN

    actions.register_action(SUBMITTED, _("Ask for a change of name"), _("Change of name asked for"))
    actions.register_action(APPROVED, _("Approve a change of name"), _("Change of name approved"))
    actions.register_action(REFUSED, _("Refuse a change of name"), _("Change of name refused"))
    actions.register_action(WITHDRAWN, _("Withdraw a change of name"), _("Change of name withdrawn"))
    actions.register_action(
        CORRECTED, _("Correct the name on certificates"), _("Name on certificates corrected")
    )
