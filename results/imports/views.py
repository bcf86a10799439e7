"""The import pages of the admin: choose and upload, see the preview, confirm; and the templates. Thin: the
work is in services (writing) and selectors (reading)."""

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import ImportRun
from .codes import modules_by_key
from .forms import ImportUploadForm
from .selectors import import_run_get, import_runs_of, may_import
from .services import import_run_confirm, import_run_preview
from .spreadsheet_templates import template_csv, template_xlsx

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ImportAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportBreadcrumbsMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("results_import:new"), "label": _("Import results")},
            {"url": "", "label": self.get_page_title()},
        ]


class ImportNewView(ImportAccessMixin, ImportBreadcrumbsMixin, FormView):
    form_class = ImportUploadForm
    template_name = "results/admin/import_form.html"
    page_title = _("Import results")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        return {
            **context,
            "kinds": ImportRun.Kind.choices,
            "chosen_kind": str(form["kind"].value() or ""),
            "refused_file": form.files.get("file").name if form.is_bound and form.files.get("file") else "",
            "recent_runs": import_runs_of(user=self.request.user)[:10],
        }

    def form_valid(self, form):
        run = import_run_preview(
            user=self.request.user,
            kind=form.cleaned_data["kind"],
            partner=form.cleaned_data["partner"],
            file=form.cleaned_data["file"],
        )
        return redirect("results_import:run", run.pk)


class ImportRunView(ImportAccessMixin, ImportBreadcrumbsMixin, TemplateView):
    template_name = "results/admin/import_run.html"
    page_title = _("Import preview")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.run = import_run_get(user=request.user, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.run.original_name

    def get_context_data(self, **kwargs):
        run = self.run
        summary = run.summary or {}
        return {
            **super().get_context_data(**kwargs),
            "run": run,
            "summary": summary,
            "cycles": summary.get("cycles"),
            "problems": run.errors,
            "more_problems": max(0, summary.get("problem_count", 0) - len(run.errors)),
            "can_confirm": run.state == ImportRun.State.PREVIEWED,
        }

    def post(self, request, *args, **kwargs):
        try:
            import_run_confirm(run=self.run, by=request.user)
        except ValidationError as error:
            flash.error(request, " ".join(error.messages))
        return redirect("results_import:run", self.run.pk)


class ImportTemplateView(ImportAccessMixin, View):
    def get(self, request, kind, extension):
        if kind not in ImportRun.Kind.values or extension not in CONTENT_TYPES:
            raise Http404
        module = (
            modules_by_key().get(request.GET.get("module", ""))
            if kind == ImportRun.Kind.ASSESSMENTS
            else None
        )
        build = template_xlsx if extension == "xlsx" else template_csv
        response = HttpResponse(build(kind, module=module), content_type=CONTENT_TYPES[extension])
        response["Content-Disposition"] = f'attachment; filename="score-import-{kind}.{extension}"'
        return response
