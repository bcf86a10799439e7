"""Importing training cycles with their participants: one row per enterprise in a cycle. The cycle's own
columns repeat on each of its rows and must agree; they are read once per cycle, before the rows, and the
cycle is created or updated then (with its classroom session, co-trainers, sponsors and status). Each row
is then the enterprise's place in the cycle: its participants by role and gender and the fee it paid.

A sponsor named on a row paid that amount towards that enterprise's place: the cycle's sponsorship from a
sponsor is the sum over its rows, and the file's sponsors replace the cycle's. Nothing is deleted: an
enterprise of the cycle left out of the file stays in it. The file records history, so the status it gives
is set as it is (cycle_status_set(imported=True)), except that a ToE cycle the Expert confirmed stays
completed."""

import re
from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from import_export.fields import Field

from ..models import (
    ClassroomSession,
    CycleEnterprise,
    CycleStatus,
    CycleStatusChange,
    Sponsorship,
    TrainingCycle,
)
from ..services.cycles import (
    REOPEN_CONFIRMED,
    cycle_dates_refresh,
    cycle_status_set,
    enterprises_count_error,
    supervising_expert_error,
)
from ..services.records import CO_TRAINER_IS_LEAD, OTHER_PARTNER, WORKSHOP_BEFORE_CLASSROOM
from . import messages
from .base import LINE, ImportResource, chunks
from .cells import ChoiceWidget, DateCellWidget, NumberWidget, text_of
from .codes import modules_by_key, users_by_email

CYCLE_COLUMNS = [
    "cycle_code",
    "module",
    "partner",
    "lead_trainer_email",
    "co_trainer_emails",
    "supervising_expert_email",
    "status",
    "classroom_first_day",
    "classroom_last_day",
    "classroom_place",
    "workshop_date",
    "cost_of_delivery",
]
ROW_COLUMNS = [
    "enterprise_code",
    "managers_women",
    "managers_men",
    "workers_women",
    "workers_men",
    "fee_paid",
    "sponsor",
    "sponsorship_amount",
]
COLUMNS = CYCLE_COLUMNS + ROW_COLUMNS
EMAILS_SPLIT = re.compile(r"[\s,;]+")
# The cycle's model fields and the columns that give them, for the model's own messages.
CYCLE_FIELD_COLUMNS = {
    "code": "cycle_code",
    "module": "module",
    "partner": "partner",
    "lead_trainer": "lead_trainer_email",
    "supervising_expert": "supervising_expert_email",
    "workshop_on": "workshop_date",
    "cost_of_delivery": "cost_of_delivery",
    "starts_on": "classroom_first_day",
    "ends_on": "classroom_last_day",
    "place": "classroom_place",
}

STATUS = ChoiceWidget(CycleStatus.choices, required=False, default=CycleStatus.PLANNED)
DAY = DateCellWidget()
MONEY = NumberWidget(places=0, default=Decimal(0))


class CycleResource(ImportResource):
    key_column = "cycle_code"
    required_columns = ("cycle_code", "module", "lead_trainer_email", "enterprise_code")
    what = "enterprise_code"
    clean_exclude = ("cycle", "enterprise")  # looked up before the rows, not again a query a row each

    enterprise = Field("enterprise", "enterprise_code", saves_null_values=False)
    managers_women = Field("managers_women", "managers_women", NumberWidget(whole=True, default=0))
    managers_men = Field("managers_men", "managers_men", NumberWidget(whole=True, default=0))
    workers_women = Field("workers_women", "workers_women", NumberWidget(whole=True, default=0))
    workers_men = Field("workers_men", "workers_men", NumberWidget(whole=True, default=0))
    fee_paid = Field("fee_paid", "fee_paid", NumberWidget(places=0, default=Decimal(0)))

    class Meta(ImportResource.Meta):
        model = CycleEnterprise
        fields = ("enterprise", "managers_women", "managers_men", "workers_women", "workers_men", "fee_paid")
        import_id_fields = ("enterprise",)

    def __init__(self, *, context):
        super().__init__(context=context)
        from .cells import LookupWidget

        self.fields["enterprise"].widget = LookupWidget(self.enterprise_of)
        self.cycles: dict[str, TrainingCycle] = {}  # the file's cycles that are valid, saved
        self.failed: set[str] = set()
        self.cycle_counts = {"new": 0, "updated": 0, "unchanged": 0}
        self.enterprises = {}
        self.enrolments = {}
        self.first_line = {}
        self.unchecked = 0

    def known_column(self, name):
        return name in COLUMNS

    def enterprise_of(self, code: str):
        enterprise = self.enterprises.get(code)
        if enterprise is None or not self.context.may_change(enterprise.partner_id):
            raise ValueError(str(messages.UNKNOWN_ENTERPRISE % {"value": code}))
        return enterprise

    # -- the cycles, before the rows ------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        reading = kwargs.get("reading")
        rows = [dict(zip(dataset.headers, values, strict=True)) for values in dataset]
        groups = defaultdict(list)
        for row in rows:
            code = text_of(row.get("cycle_code")).upper()
            if not code:
                self.problem(row[LINE], "cycle_code", messages.REQUIRED)
                continue
            groups[code].append(row)
        self._prefetch(rows, groups)
        for code, group in groups.items():
            if not self._cycle_import(code, group, reading, kwargs):
                self.failed.add(code)

    def _prefetch(self, rows, groups):
        enterprise_codes = {text_of(row.get("enterprise_code")).upper() for row in rows} - {""}
        from ..models import Enterprise

        for chunk in chunks(enterprise_codes):
            self.enterprises.update({e.code: e for e in Enterprise.objects.filter(code__in=chunk)})
        self.existing = {}
        for chunk in chunks(groups):
            cycles = TrainingCycle.objects.filter(code__in=chunk).prefetch_related(
                "co_trainers", "sessions", "sponsorships", "enrolments"
            )
            self.existing.update({cycle.code: cycle for cycle in cycles})
        for cycle in self.existing.values():
            for enrolment in cycle.enrolments.all():
                self.enrolments[(cycle.pk, enrolment.enterprise_id)] = enrolment
        emails = set()
        for row in rows:
            for column in ("lead_trainer_email", "supervising_expert_email", "co_trainer_emails"):
                emails.update(EMAILS_SPLIT.split(text_of(row.get(column)).lower()))
        self.users = users_by_email(emails - {""})
        self.modules = modules_by_key()

    def _cells(self, row, reading, problems):
        """The cycle's columns of one row, read; problems go into ``problems`` by column."""

        def read(column, widget):
            try:
                return widget.clean(row.get(column), reading=reading)
            except ValueError as error:
                problems[column] = str(error)
                return None

        def user(column, required):
            email = text_of(row.get(column)).lower()
            if not email:
                if required:
                    problems[column] = str(messages.REQUIRED)
                return None
            found = self.users.get(email)
            if found is None:
                problems[column] = str(messages.UNKNOWN_USER % {"value": email})
            return found

        module_key = text_of(row.get("module")).lower()
        module = self.modules.get(module_key)
        if not module_key:
            problems["module"] = str(messages.REQUIRED)
        elif module is None:
            problems["module"] = str(messages.UNKNOWN_MODULE % {"value": module_key})
        partner_name = text_of(row.get("partner")).lower()
        partner = None
        if partner_name:
            partner = self.context.partners.get(partner_name)
            if partner is None:
                problems["partner"] = str(messages.UNKNOWN_PARTNER % {"value": partner_name})
            elif not self.context.partner_allowed(partner):
                problems["partner"] = str(
                    messages.OTHER_PARTNER_ROW % {"partner": self.context.partner or ""}
                )
        co_trainers = []
        for email in EMAILS_SPLIT.split(text_of(row.get("co_trainer_emails")).lower()):
            if email:
                found = self.users.get(email)
                if found is None:
                    problems["co_trainer_emails"] = str(messages.UNKNOWN_USER % {"value": email})
                else:
                    co_trainers.append(found)
        return {
            "module": module,
            "partner": partner,
            "lead_trainer": user("lead_trainer_email", True),
            "co_trainers": tuple(sorted({u.pk for u in co_trainers})),
            "co_trainer_users": co_trainers,
            "supervising_expert": user("supervising_expert_email", False),
            "status": read("status", STATUS),
            "first_day": read("classroom_first_day", DAY),
            "last_day": read("classroom_last_day", DAY),
            "place": text_of(row.get("classroom_place")),
            "workshop_on": read("workshop_date", DAY),
            "cost_of_delivery": read("cost_of_delivery", MONEY),
        }

    def _cycle_import(self, code, group, reading, kwargs) -> bool:
        first_line = group[0][LINE]
        problems = {}
        cells = self._cells(group[0], reading, problems)
        valid = True
        compared = [k for k in cells if k != "co_trainer_users"]
        column_of = {
            "module": "module",
            "partner": "partner",
            "lead_trainer": "lead_trainer_email",
            "co_trainers": "co_trainer_emails",
            "supervising_expert": "supervising_expert_email",
            "status": "status",
            "first_day": "classroom_first_day",
            "last_day": "classroom_last_day",
            "place": "classroom_place",
            "workshop_on": "workshop_date",
            "cost_of_delivery": "cost_of_delivery",
        }
        for row in group[1:]:
            own = {}
            other = self._cells(row, reading, own)
            for column, message in own.items():
                self.problem(row[LINE], column, message)
                valid = False
            for key in compared:
                if column_of[key] in own or column_of[key] in problems:
                    continue
                if _comparable(other[key]) != _comparable(cells[key]):
                    self.problem(
                        row[LINE], column_of[key], messages.CYCLE_COLUMN_DIFFERS % {"line": first_line}
                    )
                    valid = False
        sponsors = self._sponsors(group, reading)
        if sponsors is None:
            valid = False
        cycle = self.existing.get(code)
        if cycle is not None and not self.context.may_change(cycle.partner_id):
            self.problem(first_line, "cycle_code", messages.CYCLE_NOT_YOURS % {"value": code})
            return False
        if not problems:
            problems = self._cycle_rules(code, cycle, cells, group)
        if "module" not in problems and cells["module"] is not None:
            valid &= self._count_check(cycle, cells["module"], group)
        for column, message in problems.items():
            self.problem(first_line, column, message)
        if problems or not valid:
            return False
        self._cycle_save(code, cycle, cells, sponsors, group)
        return True

    def _sponsors(self, group, reading) -> dict | None:
        """The cycle's sponsorships by sponsor (summed over its rows); None when a row's are incomplete."""
        if not any("sponsor" in row for row in group):
            return {}
        totals, complete = {}, True
        for row in group:
            name = text_of(row.get("sponsor"))
            raw = row.get("sponsorship_amount")
            try:
                amount = None if text_of(raw) == "" else MONEY.clean(raw, reading=reading)
            except ValueError as error:
                self.problem(row[LINE], "sponsorship_amount", str(error))
                complete = False
                continue
            if name and amount is None:
                self.problem(row[LINE], "sponsorship_amount", messages.SPONSOR_AMOUNT_MISSING)
                complete = False
            elif amount and not name:
                self.problem(row[LINE], "sponsor", messages.SPONSOR_NAME_MISSING)
                complete = False
            elif name:
                totals[name] = totals.get(name, Decimal(0)) + amount
        return totals if complete else None

    def _cycle_rules(self, code, cycle, cells, group) -> dict:
        """The cycle's own rules (the model's clean() and the services' rules across records)."""
        problems = {}
        partner = cells["partner"] or (cycle.partner if cycle else None) or self.context.partner
        if partner is None:
            return {"partner": str(messages.PARTNER_REQUIRED)}
        candidate = TrainingCycle(
            pk=cycle.pk if cycle else None,
            code=code,
            module=cells["module"],
            partner=partner,
            lead_trainer=cells["lead_trainer"],
            supervising_expert=cells["supervising_expert"],
            workshop_on=cells["workshop_on"],
            cost_of_delivery=cells["cost_of_delivery"],
        )
        try:
            candidate.full_clean(exclude=["enterprises", "co_trainers"], validate_unique=False)
        except ValidationError as error:
            for key, errors in error.message_dict.items():
                problems[CYCLE_FIELD_COLUMNS.get(key, "cycle_code")] = " ".join(errors)
        expert_error = supervising_expert_error(
            module=cells["module"], expert=cells["supervising_expert"], lead_trainer=cells["lead_trainer"]
        )
        if expert_error:
            problems["supervising_expert_email"] = expert_error
        if cells["lead_trainer"] and cells["lead_trainer"].pk in cells["co_trainers"]:
            problems["co_trainer_emails"] = str(CO_TRAINER_IS_LEAD)
        first, last = cells["first_day"], cells["last_day"] or cells["first_day"]
        if first or cells["last_day"]:
            session = ClassroomSession(starts_on=first, ends_on=last, place=cells["place"])
            try:
                session.full_clean(exclude=["cycle"])
            except ValidationError as error:
                for key, errors in error.message_dict.items():
                    problems[CYCLE_FIELD_COLUMNS.get(key, "classroom_first_day")] = " ".join(errors)
            if cycle is not None:
                sessions = list(cycle.sessions.all())
                if len(sessions) > 1 and (
                    min(s.starts_on for s in sessions) != first or max(s.ends_on for s in sessions) != last
                ):
                    problems["classroom_first_day"] = str(messages.SESSION_SEVERAL)
        if cells["workshop_on"] and first and cells["workshop_on"] < first:
            problems["workshop_date"] = str(
                WORKSHOP_BEFORE_CLASSROOM % {"date": formats.date_format(first, "SHORT_DATE_FORMAT")}
            )
        if (
            cycle is not None
            and cycle.toe_confirmed
            and cycle.status == CycleStatus.COMPLETED
            and cells["status"] != CycleStatus.COMPLETED
        ):
            problems["status"] = str(REOPEN_CONFIRMED)
        cells["partner"] = partner
        return problems

    def _count_check(self, cycle, module, group) -> bool:
        """The curriculum's maximum of enterprises in a cycle, counting those it has and the file's."""
        within = True
        enterprise_ids = {e_id for (c_id, e_id) in self.enrolments if cycle is not None and c_id == cycle.pk}
        for row in group:
            enterprise = self.enterprises.get(text_of(row.get("enterprise_code")).upper())
            if enterprise is None or enterprise.pk in enterprise_ids:
                continue
            enterprise_ids.add(enterprise.pk)
            error = enterprises_count_error(module=module, count=len(enterprise_ids))
            if error:
                self.problem(row[LINE], "enterprise_code", error)
                within = False
        return within

    def _cycle_save(self, code, cycle, cells, sponsors, group):
        user = self.context.user
        note = str(messages.STATUS_NOTE % {"name": self.context.file_name})
        new = cycle is None
        if new:
            cycle = TrainingCycle(code=code, created_by=user)
        before = _cycle_state(cycle) if not new else None
        cycle.module = cells["module"]
        cycle.partner = cells["partner"]
        cycle.lead_trainer = cells["lead_trainer"]
        cycle.supervising_expert = cells["supervising_expert"]
        cycle.workshop_on = cells["workshop_on"]
        cycle.cost_of_delivery = cells["cost_of_delivery"]
        fields_changed = new or _cycle_state(cycle) != before
        if fields_changed:
            cycle.save()
        changed = fields_changed
        if new:  # as the cycle form records it: the first status, from nothing
            CycleStatusChange.objects.create(
                cycle=cycle,
                from_status="",
                to_status=CycleStatus.PLANNED,
                changed_by=user,
                changed_at=timezone.now(),
                note=note,
            )
        if new or {u.pk for u in cycle.co_trainers.all()} != set(cells["co_trainers"]):
            cycle.co_trainers.set(cells["co_trainer_users"])
            changed = True
        changed |= self._session_save(cycle, cells, new)
        if sponsors is not None and "sponsor" in group[0]:
            existing = {} if new else _sponsor_totals(cycle.sponsorships.all())
            if existing != sponsors:
                Sponsorship.objects.filter(cycle=cycle).delete()
                Sponsorship.objects.bulk_create(
                    Sponsorship(cycle=cycle, sponsor=name, amount=amount) for name, amount in sponsors.items()
                )
                changed = True
        cycle_dates_refresh(cycle=cycle)
        if cells["status"] != cycle.status:
            cycle_status_set(cycle=cycle, to_status=cells["status"], by=user, note=note, imported=True)
            cycle.status = cells["status"]
            changed = True
        self.cycles[code] = cycle
        self.cycle_counts["new" if new else "updated" if changed else "unchanged"] += 1

    def _session_save(self, cycle, cells, new) -> bool:
        first, last = cells["first_day"], cells["last_day"] or cells["first_day"]
        if not first:
            return False
        sessions = [] if new else list(cycle.sessions.all())
        if not sessions:
            ClassroomSession.objects.create(cycle=cycle, starts_on=first, ends_on=last, place=cells["place"])
            return True
        if len(sessions) == 1:
            session = sessions[0]
            if (session.starts_on, session.ends_on, session.place) != (first, last, cells["place"]):
                session.starts_on, session.ends_on, session.place = first, last, cells["place"]
                session.save()
                return True
        return False

    # -- the rows: the enterprises' places in the cycles ----------------------------------------------------

    def get_instance(self, instance_loader, row):
        cycle = self.cycles.get(text_of(row.get("cycle_code")).upper())
        enterprise = self.enterprises.get(text_of(row.get("enterprise_code")).upper())
        if cycle is None or cycle.pk is None or enterprise is None:
            return None
        return self.enrolments.get((cycle.pk, enterprise.pk))

    def init_instance(self, row=None):
        instance = CycleEnterprise()
        cycle = self.cycles.get(text_of(row.get("cycle_code")).upper())
        if cycle is not None:
            instance.cycle = cycle
        return instance

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        cycle_code = text_of(row.get("cycle_code")).upper()
        enterprise_code = text_of(row.get("enterprise_code")).upper()
        key = (cycle_code, enterprise_code)
        first = self.first_line.setdefault(key, self.line)
        if enterprise_code and first != self.line:
            errors["enterprise_code"] = messages.DUPLICATE_ROW % {"line": first, "what": "enterprise_code"}
        cycle = self.cycles.get(cycle_code)
        if (
            "enterprise" not in errors
            and instance.enterprise_id
            and cycle is not None
            and instance.enterprise.partner_id != cycle.partner_id
        ):
            errors["enterprise"] = str(OTHER_PARTNER)
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        if instance.cycle_id is None:  # the cycle has problems: the row's own cells are checked all the same
            errors = dict(import_validation_errors or {})
            try:
                instance.full_clean(
                    exclude=["cycle", "enterprise", *errors],
                    validate_unique=False,
                    validate_constraints=False,
                )
            except ValidationError as error:
                errors = error.update_error_dict(errors)
            if errors:
                raise ValidationError(errors)
            return
        super().validate_instance(instance, import_validation_errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if instance.cycle_id is None and not import_validation_errors:
            self.validate_instance(instance, import_validation_errors)
            self.unchecked += 1
            return True
        return super().skip_row(instance, original, row, import_validation_errors)

    def summary(self):
        summary = super().summary()
        summary["unchanged"] -= self.unchecked
        summary["rows"] -= self.unchecked
        summary["cycles"] = self.cycle_counts
        return summary


def _comparable(value):
    return value.pk if hasattr(value, "pk") else value


def _cycle_state(cycle):
    return (
        cycle.module_id,
        cycle.partner_id,
        cycle.lead_trainer_id,
        cycle.supervising_expert_id,
        cycle.workshop_on,
        cycle.cost_of_delivery,
    )


def _sponsor_totals(sponsorships) -> dict:
    totals = {}
    for sponsorship in sponsorships:
        totals[sponsorship.sponsor] = totals.get(sponsorship.sponsor, Decimal(0)) + sponsorship.amount
    return totals
