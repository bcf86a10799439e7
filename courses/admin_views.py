"""Admin views for variant lineage: derive a module from the core, mark core changes as reviewed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Page

from .derive_plan import derive_plans
from .lineage import (
    LineageError,
    core_changes,
    derivable_sources,
    derivation_mark_reviewed,
    derivation_resync,
    lineage_status,
    module_derive,
)
from .models import CurriculumPage, Derivation, ModulePage


class ModuleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.title}"


class DeriveModuleForm(forms.Form):
    source = ModuleChoiceField(
        label=_("Core module"),
        queryset=ModulePage.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_(
            "Nothing is published: the drafts go to programme staff for approval when you submit the module."
        ),
    )

    def __init__(self, *args, target: CurriculumPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = derivable_sources(target=target)


class DeriveModuleView(WagtailAdminTemplateMixin, FormView):
    """Start a variant module from a core module: the only way partners bring core material in."""

    form_class = DeriveModuleForm
    template_name = "courses/admin/derive_module.html"
    page_title = _("Derive a module from the core")
    header_icon = "copy"

    def dispatch(self, request, *args, **kwargs):
        self.target = get_object_or_404(CurriculumPage, pk=kwargs["curriculum_id"])
        if self.target.is_core or not self.target.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.target.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_explore", args=(self.target.pk,)), "label": self.target.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "target": self.target}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        sources = list(form.fields["source"].queryset)
        plans = derive_plans(sources=sources, target=self.target)
        return {
            **context,
            "target": self.target,
            "choices": [(source, plans.get(source.pk, [])) for source in sources],
            "selected": str(form["source"].value() or ""),
            "explore_url": reverse("wagtailadmin_explore", args=(self.target.pk,)),
        }

    def form_valid(self, form):
        try:
            module = module_derive(
                source=form.cleaned_data["source"], target=self.target, user=self.request.user
            )
        except LineageError as error:
            form.add_error("source", str(error))
            return self.form_invalid(form)
        translations = module.get_translations().count()
        messages.success(
            self.request,
            ngettext(
                "“%(title)s” was derived from the core with its pages, in %(count)s language. Adapt the pages "
                "listed under “What is in this module”, then submit the module for approval: its pages go with it.",
                "“%(title)s” was derived from the core with its pages, in %(count)s languages. Adapt the pages "
                "listed under “What is in this module”, then submit the module for approval: its pages go with it.",
                translations + 1,
            )
            % {"title": module.title, "count": translations + 1},
        )
        return redirect("wagtailadmin_pages:edit", module.pk)


class DerivedPageViewMixin(WagtailAdminTemplateMixin):
    """An admin page about a derived page, for the people who may edit it; anyone else is refused."""

    def dispatch(self, request, *args, **kwargs):
        self.page = _derived_page_for_editor(request, kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=(self.page.pk,)),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]


class LineageReviewView(DerivedPageViewMixin, TemplateView):
    """Confirm that the core's changes since the last review have been looked at."""

    template_name = "courses/admin/lineage_review.html"
    page_title = _("Mark core changes as reviewed")
    header_icon = "tick"

    @cached_property
    def status(self):
        return lineage_status(page=self.page, user=self.request.user)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "page": self.page, "status": self.status}

    def post(self, request, *args, **kwargs):
        try:
            derivation_mark_reviewed(page=self.page, user=request.user)
        except LineageError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, gettext("The core changes are marked as reviewed."))
        return redirect("wagtailadmin_pages:edit", self.page.pk)


class CoreChangesCompareView(DerivedPageViewMixin, TemplateView):
    """The core page's changes since the variant page last caught up, field by field, beside the variant's
    current text, with the fields that can take the core's new text and "Mark as reviewed".

    Wagtail's own compare view needs edit rights on the core page, which partner editors do not have; the
    comparison itself is Wagtail's (courses.lineage.core_changes).
    """

    template_name = "courses/admin/lineage_compare.html"
    page_title = _("Compare with the core")
    header_icon = "doc-empty-inverse"

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                gettext("Edit your page"),
                url=reverse("wagtailadmin_pages:edit", args=(self.page.pk,)),
                icon_name="edit",
            )
        ]

    def get_context_data(self, **kwargs):
        try:
            changes = core_changes(page=self.page, user=self.request.user, request=self.request)
        except LineageError as error:
            raise PermissionDenied(str(error)) from error
        source = changes.derivation.source_page
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "changes": changes,
            "derivation": changes.derivation,
            "edit_url": reverse("wagtailadmin_pages:edit", args=(self.page.pk,)),
            "resync_url": reverse("courses_admin:lineage_resync", args=(self.page.pk,)),
            "review_url": reverse("courses_admin:lineage_review", args=(self.page.pk,)),
            "source_url": source.full_url if source.live else None,
        }


class LineageResyncView(View):
    """Take the core's new text for the chosen untouched fields into a new draft of the variant page."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        self.page = _derived_page_for_editor(request, kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        names = request.POST.getlist("fields")
        try:
            resync = derivation_resync(
                page=self.page,
                fields=names,
                user=request.user,
                core_revision_id=request.POST.get("core_revision"),
            )
        except LineageError as error:
            messages.error(request, str(error))
        else:
            labels = [str(change.label) for change in resync.fields]
            messages.success(
                request,
                gettext(
                    "The core's new text is in a new draft of this page for: %(fields)s. Check the draft, "
                    "then submit it for approval."
                )
                % {"fields": ", ".join(labels)},
            )
        return redirect("courses_admin:lineage_compare", self.page.pk)


def _derived_page_for_editor(request, page_id) -> Page:
    """The derived page, for someone who may edit it; anyone else is refused."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not Derivation.objects.filter(page_id=page.pk).exists():
        raise PermissionDenied
    return page


class ApprovalRefusedView(WagtailAdminTemplateMixin, TemplateView):
    """Why a module's approval published nothing, when a page changed after the approval modal checked it."""

    template_name = "courses/admin/approval_refused.html"
    page_title = _("The module was not approved")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        from wagtail.models import TaskState

        from .publishing import bundle_for, bundle_problems

        self.task_state = get_object_or_404(
            TaskState.objects.select_related("workflow_state"), pk=kwargs["task_state_id"]
        )
        task = self.task_state.task.specific
        module = self.task_state.workflow_state.content_object
        if not hasattr(task, "locked_for_user") or task.locked_for_user(module, request.user):
            raise PermissionDenied
        self.module = module.specific
        self.problems = bundle_problems(bundle_for(self.module), review=self.task_state)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.module.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "module": self.module,
            "problems": self.problems,
            "in_review": self.task_state.status == self.task_state.STATUS_IN_PROGRESS,
        }
