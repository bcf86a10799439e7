"""The filters of the results pages and the feed: partner (slug), curriculum (slug), module (id of the page in
the default language), province (BPS code), sector (KBLI 2020 section), size class and year."""

import re
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.provinces import BPS_CHOICES
from courses.models import CurriculumPage, ModulePage, Partner
from results.data.kbli import Sector

from ..models import CycleStatus, SizeClass, TrainingCycle
from .figures import Filters

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,255}$")
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_ID = 2**31 - 1


@dataclass
class Choices:
    partners: list[tuple[str, str]]
    partner_pks: dict[str, int]
    curricula: list[tuple[str, str]]
    curriculum_paths: dict[str, str]
    modules: list[tuple[str, str]]
    years: list[tuple[str, str]]


def filter_choices(*, partner_ids=None) -> Choices:
    """What the filters offer: the partners, the curricula and modules that have cycles, the years of completed
    cycles, named in the reader's language. Four queries, whatever the number of records."""
    cycles = TrainingCycle.objects.all()
    if partner_ids is not None:
        cycles = cycles.filter(partner_id__in=partner_ids)
    partners = list(Partner.objects.filter(pk__in=cycles.values("partner_id")).order_by("name"))
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    modules = list(
        ModulePage.objects.filter(locale=default, pk__in=cycles.values("module_id")).order_by("path")
    )
    parents = {m.path[: -Page.steplen] for m in modules}
    curricula = list(CurriculumPage.objects.filter(locale=default, path__in=parents).order_by("path"))
    titles = {}
    language = (get_language() or "").split("-")[0]
    if language and language != settings.LANGUAGE_CODE:
        keys = [p.translation_key for p in [*modules, *curricula]]
        titles = dict(
            Page.objects.filter(locale__language_code=language, translation_key__in=keys).values_list(
                "translation_key", "title"
            )
        )
    curriculum_titles = {c.path: titles.get(c.translation_key, c.title) for c in curricula}
    years = (
        cycles.filter(status=CycleStatus.COMPLETED, starts_on__isnull=False)
        .annotate(year=ExtractYear("starts_on"))
        .values_list("year", flat=True)
        .distinct()
        .order_by("-year")
    )
    return Choices(
        partners=[(p.slug, p.name) for p in partners],
        partner_pks={p.slug: p.pk for p in partners},
        curricula=[(c.slug, curriculum_titles[c.path]) for c in curricula],
        curriculum_paths={c.slug: c.path for c in curricula},
        modules=[
            (
                str(m.pk),
                f"{titles.get(m.translation_key, m.title)} · {curriculum_titles.get(m.path[: -Page.steplen], '')}",
            )
            for m in modules
        ],
        years=[(str(y), str(y)) for y in years],
    )


class FiltersForm(forms.Form):
    """The GET form of the results pages. A partner editor's partner is fixed to theirs."""

    partner = forms.ChoiceField(label=_("Partner"), required=False)
    curriculum = forms.ChoiceField(label=_("Curriculum"), required=False)
    module = forms.ChoiceField(label=_("Module"), required=False)
    province = forms.ChoiceField(label=_("Province"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    size_class = forms.ChoiceField(label=_("Size"), required=False)
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, data=None, *, choices: Choices, fixed_partner: tuple[str, str] | None = None):
        super().__init__(data)
        self.choices = choices
        every = [("", _("All"))]
        self.fields["partner"].choices = every + choices.partners
        self.fields["curriculum"].choices = every + choices.curricula
        self.fields["module"].choices = every + choices.modules
        self.fields["province"].choices = every + BPS_CHOICES
        self.fields["sector"].choices = every + [(s.value, f"{s.value} · {s.label}") for s in Sector]
        self.fields["size_class"].choices = every + list(SizeClass.choices)
        self.fields["year"].choices = every + choices.years
        if fixed_partner is not None:
            field = self.fields["partner"]
            field.choices = [fixed_partner]
            field.disabled = True
            field.initial = fixed_partner[0]

    def filters(self) -> Filters:
        """The filters of the valid fields (an invalid one is left out and shown with its error)."""
        data = self.cleaned_data if self.is_bound else {"partner": self.fields["partner"].initial}
        if not self.is_bound:
            data = {k: v for k, v in data.items() if v}
        curriculum = data.get("curriculum") or None
        return Filters(
            partner_id=self.choices.partner_pks.get(data.get("partner") or ""),
            curriculum_path=self.choices.curriculum_paths.get(curriculum) if curriculum else None,
            module_id=int(data["module"]) if data.get("module") else None,
            province=data.get("province") or None,
            sector=data.get("sector") or None,
            size_class=data.get("size_class") or None,
            year=int(data["year"]) if data.get("year") else None,
        )


class BadFilter(Exception):
    """A filter of the feed that cannot be one (400)."""

    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name, self.message = name, message


class UnknownFilter(BadFilter):
    """A well-formed filter that names nothing recorded (404)."""


PROVINCE_CODES = {code for code, _name in BPS_CHOICES}
SECTOR_CODES = set(Sector.values)
SIZE_CODES = set(SizeClass.values)


def filters_from_query(params) -> Filters:
    """The feed's filters from its query string: a malformed one raises BadFilter, an unknown partner,
    curriculum or module UnknownFilter. At most three queries (one per named partner, curriculum, module)."""
    values = {}
    for name in ("partner", "curriculum", "module", "province", "sector", "size_class", "year"):
        if name in params:
            values[name] = params.get(name)
    partner_id = curriculum_path = module_id = year = None
    for name in ("partner", "curriculum"):
        if name in values and not SLUG.match(values[name]):
            raise BadFilter(name, f"{name}: a slug of 1 to 255 letters, digits, '-' or '_'.")
    for name in ("module", "year"):
        if name in values and not re.fullmatch(r"[0-9]{1,10}", values[name]):
            raise BadFilter(name, f"{name}: a whole number.")
    if "year" in values:
        year = int(values["year"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise BadFilter("year", f"year: from {FIRST_YEAR} to {LAST_YEAR}.")
    if "module" in values:
        module_id = int(values["module"])
        if not 1 <= module_id <= MAX_ID:
            raise BadFilter("module", f"module: from 1 to {MAX_ID}.")
    for name, allowed in (("province", PROVINCE_CODES), ("sector", SECTOR_CODES), ("size_class", SIZE_CODES)):
        if name in values and values[name] not in allowed:
            raise BadFilter(name, f"{name}: one of {', '.join(sorted(allowed))}.")
    if "partner" in values:
        partner_id = Partner.objects.filter(slug=values["partner"]).values_list("pk", flat=True).first()
        if partner_id is None:
            raise UnknownFilter("partner", "partner: no partner has this slug.")
    if "curriculum" in values:
        curriculum_path = (
            CurriculumPage.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE, slug=values["curriculum"]
            )
            .values_list("path", flat=True)
            .first()
        )
        if curriculum_path is None:
            raise UnknownFilter("curriculum", "curriculum: no curriculum has this slug.")
    default_modules = ModulePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if module_id is not None and not default_modules.filter(pk=module_id).exists():
        raise UnknownFilter("module", "module: no module has this id.")
    return Filters(
        partner_id=partner_id,
        curriculum_path=curriculum_path,
        module_id=module_id,
        province=values.get("province"),
        sector=values.get("sector"),
        size_class=values.get("size_class"),
        year=year,
    )
