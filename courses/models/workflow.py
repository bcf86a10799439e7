"""The approval task of partners' content: a module is reviewed and published with its pages, as one piece."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState


class CommentForm(forms.Form):
    """Wagtail's comment form, whose label is translated once when Wagtail loads: this one follows the reader."""

    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))


class ModuleApprovalForm(CommentForm):
    """The approval modal's form: it refuses, with the reasons, a module whose pages cannot all be published."""

    task = None  # the task whose approval this is: set by ContentApprovalTask.get_form_for_action
    # The task state the modal was shown for (Wagtail builds the form from the POST alone).
    reviewed_task_state = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self):
        from courses.publishing import bundle_for, bundle_problems

        cleaned = super().clean()
        task_state = (
            TaskState.objects.filter(
                pk=cleaned.get("reviewed_task_state"),
                task_id=self.task.pk,
                status=TaskState.STATUS_IN_PROGRESS,
            )
            .select_related("workflow_state")
            .first()
        )
        if task_state is None:
            raise forms.ValidationError(_("This page is no longer awaiting approval."))
        workflow_state = task_state.workflow_state
        # Pages changed since this review started, but by a reviewer, are not what was submitted.
        problems = bundle_problems(bundle_for(workflow_state.content_object), review=task_state)
        if problems:
            raise forms.ValidationError([forms.ValidationError(problem) for problem in problems])
        return cleaned


class ContentApprovalTask(AbstractGroupApprovalTask):
    """Programme staff approve a page; a module is approved with its lessons, its check and its translations.

    Approval always goes through the modal, which lists what will be published and refuses (publishing
    nothing) when any page of the module is not ready.
    """

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve and publish"), True),
            ]
        return []

    def get_form_for_action(self, action):
        if action == "approve":
            return type("ModuleApprovalForm", (ModuleApprovalForm,), {"task": self})
        return CommentForm

    def get_template_for_action(self, action):
        if action == "approve":
            return "courses/admin/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The form checked the task state it was shown for; an approval posted for another is refused.
        if action_name == "approve" and kwargs.pop("reviewed_task_state", task_state.pk) != task_state.pk:
            raise PermissionDenied
        from courses.publishing import BundleError

        try:
            with transaction.atomic():
                return super().on_action(task_state, user, action_name, **kwargs)
        except BundleError:
            # A page changed between the modal's check and the approval: nothing was approved or published.
            # Wagtail sends the reviewer to the URL returned: the page that says why.
            return reverse("courses_admin:approval_refused", args=(task_state.pk,))

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve the page; a module is published with all its pages, or none."
        )

    class Meta:
        verbose_name = _("content approval task")
        verbose_name_plural = _("content approval tasks")
