"""Programme staff decide on changes of the name on certificates in the admin: the pending requests first,
each with the old and new name, the reason and the document; approve (the certificates are re-issued) or
refuse with a reason (certification.name_changes)."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Value, When
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import NameChangeRequest
from .name_changes import NOT_PENDING, REFUSAL_NEEDS_REASON, name_request_approve, name_request_refuse
from .roles import is_programme_staff

APPROVE, REFUSE = "approve", "refuse"
APPROVED_MESSAGE = _("Approved: the certificates of %(name)s were re-issued in the new name (%(count)s).")
REFUSED_MESSAGE = _("Refused: %(name)s was told why, and the certificates keep their name.")


class NameRequestPermissionPolicy(ModelPermissionPolicy):
    """Trainers make requests and nothing is deleted: staff view and decide (change), nobody adds or
    deletes here, whatever their model permissions."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete", "copy"):
            return False
        return super().user_has_permission(user, action) and is_programme_staff(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class NameRequestDecisionForm(WagtailAdminModelForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (APPROVE, _("Approve: re-issue every current certificate in the new name")),
            (REFUSE, _("Refuse: the certificates keep their name")),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = NameChangeRequest
        fields = ["decision_note"]
        labels = {"decision_note": _("Reason (needed to refuse; the trainer reads it)")}
        widgets = {"decision_note": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        if not self.instance.is_pending:
            raise ValidationError(NOT_PENDING)
        if cleaned.get("decision") == REFUSE and not cleaned.get("decision_note", "").strip():
            self.add_error("decision_note", REFUSAL_NEEDS_REASON)
        return cleaned


NAME_REQUEST_PANELS = ObjectList(
    [
        HelpPanel(template="certification/admin/name_request_summary.html", heading=_("The request")),
        FieldPanel("decision"),
        FieldPanel("decision_note"),
    ],
    base_form_class=NameRequestDecisionForm,
)


class NameRequestIndexView(IndexView):
    def get_base_queryset(self):
        pending_first = Case(When(status=NameChangeRequest.Status.PENDING, then=Value(0)), default=Value(1))
        return (
            super()
            .get_base_queryset()
            .select_related("profile", "decided_by")
            .annotate(pending_first=pending_first)
            .order_by("pending_first", "-requested_at")
        )

    def get_ordering(self):
        return None  # pending first, then the most recent


class NameRequestEditView(EditView):
    submit_button_label = _("Record the decision")
    submit_button_active_label = _("Recording…")

    def dispatch(self, request, *args, **kwargs):
        if not is_programme_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        decided = self.get_object()
        if not decided.is_pending:  # decided: nothing to edit, its record is the inspect view
            return redirect(self.inspect_url_name, decided.pk)
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:  # decided meanwhile, in another tab or by a colleague
            form.add_error(None, error)
            return self.form_invalid(form)

    def save_instance(self):
        decision = self.form.cleaned_data["decision"]
        note = self.form.cleaned_data.get("decision_note", "")
        if decision == APPROVE:
            self.reissued = name_request_approve(request=self.object, staff=self.request.user, note=note)
        else:
            name_request_refuse(request=self.object, staff=self.request.user, reason=note)
        self.object.refresh_from_db()
        return self.object

    def get_success_message(self, instance=None):
        instance = instance or self.object
        if instance.status == NameChangeRequest.Status.APPROVED:
            return APPROVED_MESSAGE % {"name": instance.new_name, "count": len(getattr(self, "reissued", []))}
        return REFUSED_MESSAGE % {"name": instance.old_name}


register_permission_policy(NameChangeRequest, NameRequestPermissionPolicy(NameChangeRequest))


class NameChangeRequestViewSet(ModelViewSet):
    model = NameChangeRequest
    icon = "user"
    menu_label = _("Name changes")
    menu_order = 262
    add_to_admin_menu = True
    index_view_class = NameRequestIndexView
    edit_view_class = NameRequestEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_handler = NAME_REQUEST_PANELS
    list_display = ["old_name", "new_name", "reason", "status", "requested_at"]
    list_filter = ["status", "reason"]
    search_fields = ["old_name", "new_name"]
    inspect_view_fields = [
        "old_name",
        "new_name",
        "reason",
        "explanation",
        "document_name",
        "status",
        "requested_at",
        "decided_by",
        "decided_at",
        "decision_note",
    ]
