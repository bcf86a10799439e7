"""Deletes that certification records or pinned content would refuse are stopped before they are tried,
with what keeps the object and what to do instead (cms/protection.py). Each hook runs after the view
checked the person's permission, so someone who may not delete never learns what keeps a record."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction

from .protection import refusal_for
from .refusals import refusal_page


def _refuse_if_kept(request, objects, *, back: str = ""):
    for obj in objects:
        refusal = refusal_for(obj)
        if refusal is not None:
            return refusal_page(request, refusal, back=back)
    return None


@hooks.register("before_delete_page")
def refuse_deleting_a_kept_page(request, page):
    parent = page.get_parent()
    back = reverse("wagtailadmin_explore", args=(parent.pk,)) if parent else ""
    return _refuse_if_kept(request, [page], back=back)


@hooks.register("before_delete_user")
def refuse_deleting_a_kept_user(request, user):
    return _refuse_if_kept(request, [user])


@hooks.register("before_delete_snippet")
def refuse_deleting_a_kept_snippet(request, instances):
    return _refuse_if_kept(request, instances)


@hooks.register("before_delete_object")
def refuse_deleting_a_kept_object(request, instance):
    """Fired by the project's own model viewsets (certification.wagtail_hooks.KeptRecordDeleteView)."""
    return _refuse_if_kept(request, [instance])


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_kept_records(request, action_type, objects, action_class_instance):
    if action_type == "delete":
        return _refuse_if_kept(request, objects)
    return None


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, which it replaces
class KeptPagesDeleteBulkAction(DeleteBulkAction):
    """Wagtail answers a bulk delete of pages that protected records point to (a training cycle's module)
    with a bare permission error; the project's refusal says what keeps the page and what to do instead."""

    def prepare_action(self, objects, objects_without_access):
        refusal = _refuse_if_kept(self.request, objects)
        if refusal is not None:
            return refusal
        return super().prepare_action(objects, objects_without_access)
