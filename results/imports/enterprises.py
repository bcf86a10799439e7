"""Importing enterprises: one row per enterprise, keyed by its code. An existing code updates the enterprise
(when it is one of the importer's partner's); a new code creates it."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from import_export.fields import Field

from cms.provinces import BPS_CHOICES

from ..data.kbli import Sector
from ..models import CycleEnterprise, Enterprise
from . import messages
from .base import ImportResource, chunks
from .cells import ChoiceWidget, LookupWidget, NumberWidget, TextWidget

COLUMNS = [
    "enterprise_code",
    "name",
    "partner",
    "sector_kbli",
    "province_bps",
    "regency",
    "workforce_women",
    "workforce_men",
    "managers",
    "workers",
    "contact_name",
    "contact_phone",
    "contact_email",
]


class EnterpriseResource(ImportResource):
    key_column = "enterprise_code"
    required_columns = (
        "enterprise_code",
        "name",
        "sector_kbli",
        "province_bps",
        "regency",
        "workforce_women",
        "workforce_men",
        "managers",
        "workers",
    )
    what = "enterprise_code"
    clean_exclude = ("partner",)  # looked up before the rows: validating it again is a query a row

    code = Field("code", "enterprise_code", TextWidget(upper=True, required=True))
    name = Field("name", "name", TextWidget(required=True))
    partner = Field("partner", "partner", saves_null_values=False)
    sector = Field("sector", "sector_kbli", ChoiceWidget(Sector.choices, unknown=messages.UNKNOWN_SECTOR))
    province = Field("province", "province_bps", ChoiceWidget(BPS_CHOICES, unknown=messages.UNKNOWN_PROVINCE))
    regency = Field("regency", "regency", TextWidget(required=True))
    workforce_women = Field("workforce_women", "workforce_women", NumberWidget(whole=True, required=True))
    workforce_men = Field("workforce_men", "workforce_men", NumberWidget(whole=True, required=True))
    managers = Field("managers", "managers", NumberWidget(whole=True, required=True))
    workers = Field("workers", "workers", NumberWidget(whole=True, required=True))
    contact_name = Field("contact_name", "contact_name", TextWidget())
    contact_phone = Field("contact_phone", "contact_phone", TextWidget())
    contact_email = Field("contact_email", "contact_email", TextWidget())

    class Meta(ImportResource.Meta):
        model = Enterprise
        fields = (
            "code",
            "name",
            "partner",
            "sector",
            "province",
            "regency",
            "workforce_women",
            "workforce_men",
            "managers",
            "workers",
            "contact_name",
            "contact_phone",
            "contact_email",
        )
        use_bulk = True
        batch_size = 1000

    def __init__(self, *, context):
        super().__init__(context=context)
        self.fields["partner"].widget = LookupWidget(self.partner_named, required=False, normalise=str.lower)
        self.existing: dict[str, Enterprise] = {}
        self.first_line: dict[str, int] = {}
        self.enrolments: dict[int, list[CycleEnterprise]] = {}

    def partner_named(self, name: str):
        partner = self.context.partners.get(name)
        if partner is None:
            raise ValueError(str(messages.UNKNOWN_PARTNER % {"value": name}))
        return partner

    def before_import(self, dataset, **kwargs):
        codes = {str(code or "").strip().upper() for code in dataset["enterprise_code"]} - {""}
        for chunk in chunks(codes):
            for enterprise in Enterprise.objects.filter(code__in=chunk).select_related("partner"):
                self.existing[enterprise.code] = enterprise
        ids = [e.pk for e in self.existing.values() if self.context.may_change(e.partner_id)]
        for chunk in chunks(ids):
            for enrolment in CycleEnterprise.objects.filter(enterprise_id__in=chunk).select_related("cycle"):
                self.enrolments.setdefault(enrolment.enterprise_id, []).append(enrolment)

    def get_instance(self, instance_loader, row):
        return self.existing.get(str(row.get("enterprise_code") or "").strip().upper())

    def import_instance(self, instance, row, **kwargs):
        code = str(row.get("enterprise_code") or "").strip().upper()
        if instance.pk and not self.context.may_change(instance.partner_id):
            self.refuse(instance, "enterprise_code", messages.ENTERPRISE_NOT_YOURS % {"value": code})
        errors = {}
        first = self.first_line.setdefault(code, self.line)
        if code and first != self.line:
            errors["enterprise_code"] = messages.DUPLICATE_ROW % {"line": first, "what": "enterprise_code"}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        partner_error = self.partner_check(instance, row, errors)
        if partner_error:
            errors.setdefault("partner", []).append(partner_error)
        if errors:
            raise ValidationError(errors)

    def partner_check(self, instance, row, errors) -> str | None:
        """An empty cell is the partner chosen for the file (or the enterprise's own); a partner named is one
        the importer may import for."""
        if "partner" in errors:
            return None
        if not str(row.get("partner") or "").strip():
            if instance.partner_id is None:
                if self.context.partner is None:
                    return str(messages.PARTNER_REQUIRED)
                instance.partner = self.context.partner
            return None
        if not self.context.partner_allowed(instance.partner):
            return str(messages.OTHER_PARTNER_ROW % {"partner": self.context.partner or ""})
        return None

    def validate_across(self, instance, errors):
        """A workforce made smaller than the people it sent to a cycle is refused, as in the form."""
        if errors or instance.pk is None:
            return
        for enrolment in self.enrolments.get(instance.pk, []):
            enrolment.enterprise = instance
            try:
                enrolment.clean()
            except ValidationError as error:
                reason = " ".join(error.messages)
                raise ValidationError(
                    {
                        "workers": messages.WORKFORCE_BELOW_PARTICIPANTS
                        % {"cycle": enrolment.cycle.code, "reason": reason}
                    }
                ) from error

    def before_save_instance(self, instance, row, **kwargs):
        if instance.pk is None:
            instance.created_by = self.context.user
        instance.updated_at = timezone.now()

    def get_bulk_update_fields(self):
        return [f.attribute for f in self.fields.values() if f.attribute != "code"] + ["updated_at"]

    # The preview writes nothing: enterprises depend on no other row of the file.
    def bulk_create(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if dry_run:
            self.create_instances.clear()
            return
        super().bulk_create(using_transactions, dry_run, raise_errors, batch_size=batch_size, result=result)

    def bulk_update(self, using_transactions, dry_run, raise_errors, batch_size=None, result=None):
        if dry_run:
            self.update_instances.clear()
            return
        super().bulk_update(using_transactions, dry_run, raise_errors, batch_size=batch_size, result=result)
