"""Admin views for variant lineage: derive a module from the core, mark core changes as reviewed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.models import Page

from .lineage import LineageError, derivable_sources, derivation_mark_reviewed, lineage_status, module_derive
from .models import CurriculumPage, ModulePage


class ModuleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.title}"


class DeriveModuleForm(forms.Form):
    source = ModuleChoiceField(
        label=_("Core module"),
        queryset=ModulePage.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_("The module and all its lessons are copied into this curriculum as drafts."),
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
        return {
            **super().get_context_data(**kwargs),
            "target": self.target,
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
        messages.success(
            self.request,
            gettext(
                "“%(title)s” was derived from the core with its lessons. Edit it, then submit it for approval."
            )
            % {"title": module.title},
        )
        return redirect("wagtailadmin_pages:edit", module.pk)


class LineageReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm that the core's changes since the last review have been looked at."""

    template_name = "courses/admin/lineage_review.html"
    page_title = _("Mark core changes as reviewed")
    header_icon = "tick"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.status = lineage_status(page=self.page, user=request.user)
        if self.status is None:
            raise PermissionDenied
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


class CoreChangesCompareView(RevisionsCompareView):
    """The core page's changes since the variant page last caught up, for the variant's editors.

    Wagtail's own compare view needs edit rights on the core page, which partner editors do not have.
    """

    history_url_name = None
    page_title = _("Core changes since your last review")

    def setup(self, request, page_id, *args, **kwargs):
        self.derived_page = get_object_or_404(Page, pk=page_id).specific
        if not self.derived_page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.status = lineage_status(page=self.derived_page, user=request.user)
        if self.status is None:
            raise PermissionDenied
        derivation = self.status.derivation
        live = derivation.source_page.live_revision_id or "latest"
        super().setup(
            request, derivation.source_page_id, derivation.reviewed_revision_id, live, *args, **kwargs
        )

    def get_object(self, queryset=None):
        return self.status.derivation.source_page.specific

    def get_edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.derived_page.pk,))

    def get_page_subtitle(self):
        return self.object.get_admin_display_title()
