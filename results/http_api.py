"""The open results feed for the National Productivity Database: ``GET /api/v1/results/summary``, ``/kpis``,
``/provinces`` and ``/years``, filtered like the public results page, in JSON or CSV (``?format=csv``). Public
aggregates only, under the small-cell rule: a figure resting on fewer than 3 enterprises is null, with
``suppressed`` true (docs/decisions/0024-results-figures.md). Added to the site's one API (certification's
``api``, its throttle and its OpenAPI schema) by ``cms/urls.py``. The schema documents every answer: 200,
400 (a malformed filter), 404 (a partner, curriculum or module that does not exist) and 429."""

import csv
import io

from django.http import HttpResponse
from ninja import Router, Schema, Status

from certification.http_api import Detail
from cms.provinces import BPS_CHOICES
from results.data.kbli import Sector

from .dashboard.cache import cached_results_figures
from .dashboard.figures import PUBLIC_MIN_ENTERPRISES, Figure, Figures
from .dashboard.filters import FIRST_YEAR, LAST_YEAR, MAX_ID, BadFilter, UnknownFilter, filters_from_query
from .models import SizeClass

router = Router(tags=["results"])

FORMAT_ERROR = "format: json or csv."


class SummaryOut(Schema):
    min_enterprises: int
    suppressed: bool
    enterprises_trained: int | None
    cycles_completed: int | None
    workforce_women: int | None
    workforce_men: int | None
    workforce_total: int | None
    participants_women: int | None
    participants_men: int | None
    participants_total: int | None
    trainers: int | None
    trainers_women: int | None
    trainers_men: int | None
    trainers_women_pct: float | None
    provinces_reached: int | None
    practices_enterprises: int | None
    practices_in_place_baseline_pct: float | None
    practices_in_place_follow_up_pct: float | None
    practices_suppressed: bool


class KpiOut(Schema):
    code: str
    name_en: str
    name_id: str
    unit: str
    direction: str
    enterprises: int | None
    improving: int | None
    improving_pct: float | None
    median_change_pct: float | None
    suppressed: bool
    median_suppressed: bool


class KpisOut(Schema):
    min_enterprises: int
    kpis: list[KpiOut]


class ProvinceOut(Schema):
    bps_code: str
    iso_code: str
    name: str
    enterprises: int | None
    workforce: int | None
    suppressed: bool


class ProvincesOut(Schema):
    min_enterprises: int
    provinces: list[ProvinceOut]


class YearOut(Schema):
    year: int
    enterprises: int | None
    cycles: int | None
    workforce: int | None
    cost_of_delivery: int | None
    fees: int | None
    sponsorship: int | None
    cost_recovery_pct: float | None
    suppressed: bool


class YearsOut(Schema):
    min_enterprises: int
    years: list[YearOut]


def _parameter(name, description, schema):
    return {"in": "query", "name": name, "required": False, "description": description, "schema": schema}


SLUG_SCHEMA = {"type": "string", "pattern": r"^[-a-zA-Z0-9_]{1,255}$"}
PARAMETERS = [
    _parameter("partner", "The partner who delivered the cycles, by its slug (e.g. bedo).", SLUG_SCHEMA),
    _parameter("curriculum", "A curriculum by its slug (e.g. score-core).", SLUG_SCHEMA),
    _parameter(
        "module",
        "A module by its page id (in English).",
        {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    ),
    _parameter(
        "province",
        "The enterprises' province, by BPS code.",
        {"type": "string", "enum": [c for c, _n in BPS_CHOICES]},
    ),
    _parameter(
        "sector", "The enterprises' KBLI 2020 section.", {"type": "string", "enum": list(Sector.values)}
    ),
    _parameter(
        "size_class",
        "The enterprises' size: micro 1-4, small 5-19, medium 20-99, large 100 or more.",
        {"type": "string", "enum": list(SizeClass.values)},
    ),
    _parameter(
        "year",
        "The year the cycles' classroom began.",
        {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
    ),
    _parameter("format", "json (the default) or csv.", {"type": "string", "enum": ["json", "csv"]}),
]
DESCRIPTION = (
    "Aggregated results of the enterprises in completed SCORE Training cycles, filtered by the parameters. "
    f"Small-cell rule: a figure that rests on fewer than {PUBLIC_MIN_ENTERPRISES} enterprises is null and its "
    "suppressed flag true. format=csv answers the same rows as CSV (text/csv, comma-separated, '.' for "
    "decimals, empty for null). 400: a malformed filter; 404: no partner, curriculum or module by that name; "
    "429: too many look-ups from this address, try again after Retry-After seconds."
)


def _openapi_extra():
    return {
        "parameters": PARAMETERS,
        "responses": {
            200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
            429: {
                "headers": {
                    "Retry-After": {
                        "description": "Seconds to wait before the next look-up.",
                        "schema": {"type": "integer", "minimum": 0},
                    }
                }
            },
        },
    }


def _operation(path, schema, summary):
    return router.get(
        path,
        response={200: schema, 400: Detail, 404: Detail, 429: Detail},
        summary=summary,
        description=DESCRIPTION,
        openapi_extra=_openapi_extra(),
    )


def _figures(request):
    """The figures for the request's filters, or the 400/404 answer."""
    fmt = request.GET.get("format", "json")
    if fmt not in ("json", "csv"):
        return None, Status(400, {"detail": FORMAT_ERROR})
    try:
        filters = filters_from_query(request.GET)
    except UnknownFilter as error:
        return None, Status(404, {"detail": error.message})
    except BadFilter as error:
        return None, Status(400, {"detail": error.message})
    return cached_results_figures(filters=filters, min_enterprises=PUBLIC_MIN_ENTERPRISES), None


def _value(figure: Figure | None):
    return None if figure is None or figure.hidden else figure.value


def _int(figure):
    value = _value(figure)
    return None if value is None else int(value)


def _csv(request, name, rows, schema):
    if request.GET.get("format") != "csv":
        return None
    out = io.StringIO()
    fields = list(schema.model_fields)
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in row.items()})
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="score-results-{name}.csv"'
    return response


def summary_of(figures: Figures) -> dict:
    return {
        "min_enterprises": figures.min_enterprises,
        "suppressed": figures.enterprises.hidden,
        "enterprises_trained": _int(figures.enterprises),
        "cycles_completed": _int(figures.cycles),
        "workforce_women": _int(figures.workforce_women),
        "workforce_men": _int(figures.workforce_men),
        "workforce_total": _int(figures.workforce),
        "participants_women": _int(figures.participants_women),
        "participants_men": _int(figures.participants_men),
        "participants_total": _int(figures.participants),
        "trainers": _int(figures.trainers),
        "trainers_women": _int(figures.trainers_women),
        "trainers_men": _int(figures.trainers_men),
        "trainers_women_pct": _value(figures.trainers_women_share),
        "provinces_reached": _int(figures.provinces_reached),
        "practices_enterprises": _int(figures.practices_enterprises),
        "practices_in_place_baseline_pct": _value(figures.practices_baseline_share),
        "practices_in_place_follow_up_pct": _value(figures.practices_follow_up_share),
        "practices_suppressed": figures.practices_enterprises.hidden,
    }


@_operation("/summary", SummaryOut, "Results: the key figures")
def results_summary(request):
    figures, refusal = _figures(request)
    if refusal:
        return refusal
    row = summary_of(figures)
    return _csv(request, "summary", [row], SummaryOut) or Status(200, row)


@_operation("/kpis", KpisOut, "Results: enterprises improving and the median change, by KPI")
def results_kpis(request):
    figures, refusal = _figures(request)
    if refusal:
        return refusal
    rows = [
        {
            "code": row.kpi.code,
            "name_en": row.kpi.name,
            "name_id": row.kpi.name_id,
            "unit": row.kpi.unit,
            "direction": row.kpi.direction,
            "enterprises": _int(row.enterprises),
            "improving": _int(row.improving),
            "improving_pct": _value(row.improving_share),
            "median_change_pct": _value(row.median_change),
            "suppressed": row.enterprises.hidden,
            "median_suppressed": row.median_change.hidden,
        }
        for row in figures.kpis
    ]
    return _csv(request, "kpis", rows, KpiOut) or Status(
        200, {"min_enterprises": figures.min_enterprises, "kpis": rows}
    )


@_operation("/provinces", ProvincesOut, "Results: enterprises trained and workforce, by province")
def results_provinces(request):
    figures, refusal = _figures(request)
    if refusal:
        return refusal
    rows = [
        {
            "bps_code": row.province.bps,
            "iso_code": row.province.iso,
            "name": row.province.name,
            "enterprises": _int(row.enterprises),
            "workforce": _int(row.workforce),
            "suppressed": row.enterprises.hidden,
        }
        for row in figures.provinces
    ]
    return _csv(request, "provinces", rows, ProvinceOut) or Status(
        200, {"min_enterprises": figures.min_enterprises, "provinces": rows}
    )


@_operation("/years", YearsOut, "Results: enterprises, cycles, workforce and cost recovery, by year")
def results_years(request):
    figures, refusal = _figures(request)
    if refusal:
        return refusal
    rows = [
        {
            "year": row.year,
            "enterprises": _int(row.enterprises),
            "cycles": _int(row.cycles),
            "workforce": _int(row.workforce),
            "cost_of_delivery": _int(row.cost),
            "fees": _int(row.fees),
            "sponsorship": _int(row.sponsorship),
            "cost_recovery_pct": _value(row.cost_recovery),
            "suppressed": row.enterprises.hidden,
        }
        for row in figures.years
    ]
    return _csv(request, "years", rows, YearOut) or Status(
        200, {"min_enterprises": figures.min_enterprises, "years": rows}
    )
