"""The admin forms of the results records: a partner's editor keeps a record with their own partner."""

from wagtail.admin.forms import WagtailAdminModelForm

from ..access import partners_for_recording, scope_of


class PartnerFixedForm(WagtailAdminModelForm):
    """Staff choose the partner; a partner's editor cannot move a record to another partner: the field
    offers only their partners, and is fixed when they edit for one partner only (a disabled field keeps
    the record's value, whatever is posted)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        partner = self.fields.get("partner")
        if partner is None or self.for_user is None:
            return
        scope = scope_of(self.for_user)
        if scope.everything:
            return
        partner.queryset = partners_for_recording(self.for_user)
        if len(scope.partner_ids) == 1:
            (only,) = scope.partner_ids
            partner.disabled = True
            if self.instance.pk is None:
                self.initial["partner"] = only
                partner.initial = only

    def save(self, commit=True):
        if self.instance.pk is None and self.for_user is not None and hasattr(self.instance, "created_by_id"):
            self.instance.created_by = self.for_user
        return super().save(commit=commit)
