"""The template of each import, to download: its header row of column codes, as CSV, or as XLSX with a second
sheet that lists the valid codes (provinces, sectors, modules, partners, KPIs, good practices)."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from cms.provinces import PROVINCE_TABLE

from ..data.kbli import Sector
from ..models import Assessment, CycleStatus, GoodPractice, ImportRun, Kpi
from ..services.assessments import kpis_for, practices_for
from .assessments import BASE_COLUMNS, KPI_PREFIX, PRACTICE_PREFIX
from .codes import modules_by_key, partners_by_name
from .cycles import COLUMNS as CYCLE_COLUMNS
from .enterprises import COLUMNS as ENTERPRISE_COLUMNS


def template_columns(kind: str, *, module=None) -> list[str]:
    if kind == ImportRun.Kind.ENTERPRISES:
        return list(ENTERPRISE_COLUMNS)
    if kind == ImportRun.Kind.CYCLES:
        return list(CYCLE_COLUMNS)
    kpis = kpis_for(module) if module is not None else Kpi.objects.order_by("sort_order", "code")
    practices = (
        practices_for(module)
        if module is not None
        else GoodPractice.objects.order_by("checklist__module__path", "sort_order", "pk")
    )
    return (
        BASE_COLUMNS
        + [f"{KPI_PREFIX}{kpi.code}" for kpi in kpis]
        + [f"{PRACTICE_PREFIX}{practice.code}" for practice in practices]
    )


def template_csv(kind: str, *, module=None) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads its letters right."""
    out = io.StringIO()
    csv.writer(out).writerow(template_columns(kind, module=module))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def template_xlsx(kind: str, *, module=None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Import"))[:31]
    columns = template_columns(kind, module=module)
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(columns, 1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(
            14, len(column) + 2
        )
    sheet.freeze_panes = "A2"
    _codes_sheet(workbook.create_sheet(str(_("Codes"))[:31]))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _codes_sheet(sheet) -> None:
    bold = Font(bold=True)

    def section(title, header, rows):
        sheet.append([title])
        sheet.cell(row=sheet.max_row, column=1).font = bold
        sheet.append(header)
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for row in rows:
            sheet.append(list(row))
        sheet.append([])

    section(
        _("Provinces (column province_bps)"),
        [_("BPS code"), _("Province")],
        [(p.bps, p.name) for p in PROVINCE_TABLE],
    )
    section(
        _("Sectors (column sector_kbli)"),
        [_("KBLI 2020 section"), _("Sector")],
        [(value, str(label)) for value, label in Sector.choices],
    )
    modules = modules_by_key()
    section(
        _("Modules (column module)"),
        [_("Module key"), _("Module"), _("Curriculum")],
        [(key, m.title, m.import_curriculum.title) for key, m in modules.items()],
    )
    partners = {p.pk: p for p in partners_by_name().values()}
    section(
        _("Partners (column partner)"),
        [_("Short name"), _("Partner")],
        [(p.short_name, p.name) for p in sorted(partners.values(), key=lambda p: p.short_name)],
    )
    section(
        _("Cycle statuses (column status)"),
        [_("Status"), ""],
        [(value, str(label)) for value, label in CycleStatus.choices],
    )
    section(
        _("Assessment kinds (column kind)"),
        [_("Kind"), ""],
        [(value, str(label)) for value, label in Assessment.Kind.choices],
    )
    kpis = Kpi.objects.prefetch_related("modules").order_by("sort_order", "code")
    section(
        _("KPIs (columns kpi:<code>)"),
        [_("Column"), _("KPI"), _("Unit"), _("Better when"), _("Modules")],
        [
            (
                f"{KPI_PREFIX}{kpi.code}",
                kpi.localized_name,
                str(kpi.get_unit_display()),
                str(kpi.get_direction_display()),
                ", ".join(m.title for m in kpi.modules.all()),
            )
            for kpi in kpis
        ],
    )
    practices = GoodPractice.objects.select_related("checklist__module").order_by(
        "checklist__module__path", "sort_order", "pk"
    )
    section(
        _("Good practices (columns practice:<code>; yes, no or empty)"),
        [_("Column"), _("Good practice"), _("Module")],
        [(f"{PRACTICE_PREFIX}{p.code}", p.localized_name, p.checklist.module.title) for p in practices],
    )
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 60
