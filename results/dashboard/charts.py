"""The results charts, drawn by the site as inline SVG (templates/results/dashboard/includes/): each has a
title, a description and a table of the same numbers beside it. Here the figures become geometry and text;
the templates only place them."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.provinces import PROVINCE_TABLE

from . import display
from .figures import Figure, Figures

WIDTH = 640
LABEL_ROOM = 24  # above each horizontal bar, for its label
BAR = 16
ROW = LABEL_ROOM + BAR + 10
BAR_ROOM = 500  # the longest bar; the rest of the width is for its value
TILE, GAP = 38, 4
# Tile colours from light to dark with the text colour that keeps 4.5:1 on each (WCAG AA).
SCALE = [("#c6dbef", "#1b1f24"), ("#6baed6", "#1b1f24"), ("#2171b5", "#ffffff"), ("#08306b", "#ffffff")]
EMPTY_TILE = ("#f1f5f8", "#4a5561")
HIDDEN_TILE = ("#e0e4e8", "#1b1f24")

LEVELS = {
    "expert": _("SCORE Expert Trainers"),
    "trainer": _("Certified SCORE Trainers"),
    "": _("Not certified today"),
}
GENDERS = {
    "woman": pgettext_lazy("trainers", "Women"),
    "man": pgettext_lazy("trainers", "Men"),
    "undisclosed": _("Gender not stated"),
    "": _("Gender not stated"),
}


@dataclass
class Bar:
    label: str
    text: str
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = BAR
    label_x: float = 0
    label_y: float = 0
    text_x: float = 0
    text_y: float = 0


@dataclass
class Line:
    y: float
    label: str


@dataclass
class Chart:
    id: str
    title: str
    description: str
    kind: str  # "bars" (horizontal), "columns" (vertical) or "map"
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    tiles: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    target: Line | None = None
    headings: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # the table: first cell the label, second the value


def _value(figure: Figure) -> float:
    return float(figure.value) if figure.value is not None and not figure.hidden else 0.0


def horizontal(*, id, title, description, items, headings, maximum=None) -> Chart:
    """``items``: (label, figure, text, extra cells for the table)."""
    top = maximum or max([_value(figure) for _label, figure, _text, _extra in items] + [1])
    chart = Chart(id, title, description, "bars", WIDTH, max(ROW * len(items), ROW), headings=headings)
    for i, (label, figure, text, extra) in enumerate(items):
        y = i * ROW
        width = BAR_ROOM * _value(figure) / top if top else 0
        chart.bars.append(
            Bar(
                label=label,
                text=text,
                x=0,
                y=y + LABEL_ROOM - 4,
                width=round(width, 1),
                label_x=0,
                label_y=y + 15,
                text_x=round(width + 6, 1),
                text_y=y + LABEL_ROOM + BAR - 6,
            )
        )
        chart.rows.append([label, text, *extra])
    return chart


def vertical(*, id, title, description, items, headings, maximum=None, target=None) -> Chart:
    """Bars by year: ``items`` as for ``horizontal``, the label being the year."""
    height, bottom, top_room = 240, 210, 24
    top = max([_value(figure) for _label, figure, _text, _extra in items] + [maximum or 0, target or 0, 1])
    count = max(len(items), 1)
    slot = WIDTH / count
    width = min(56, slot * 0.6)
    chart = Chart(id, title, description, "columns", WIDTH, height, headings=headings)
    for i, (label, figure, text, extra) in enumerate(items):
        bar_height = (bottom - top_room) * _value(figure) / top
        x = i * slot + (slot - width) / 2
        chart.bars.append(
            Bar(
                label=label,
                text=text,
                x=round(x, 1),
                y=round(bottom - bar_height, 1),
                width=round(width, 1),
                height=round(bar_height, 1),
                label_x=round(x + width / 2, 1),
                label_y=bottom + 20,
                text_x=round(x + width / 2, 1),
                text_y=round(bottom - bar_height - 6, 1),
            )
        )
        chart.rows.append([label, text, *extra])
    if target:
        chart.target = Line(
            y=round(bottom - (bottom - top_room) * target / top, 1),
            label=str(_("Target: %(value)s") % {"value": display.percent(target)}),
        )
    return chart


def province_map(figures: Figures, threshold: int) -> Chart:
    rows = max(p.row for p in PROVINCE_TABLE) + 1
    cols = max(p.col for p in PROVINCE_TABLE) + 1
    most = max([_value(r.enterprises) for r in figures.provinces] + [1])
    chart = Chart(
        "chart-provinces",
        str(_("Enterprises trained by province")),
        str(
            _(
                "A map of Indonesia's 38 provinces as tiles, west to east; each tile shows how many enterprises "
                "were trained there. The table beside it lists the same numbers."
            )
        ),
        "map",
        cols * (TILE + GAP),
        rows * (TILE + GAP) + 34,
        headings=[str(_("Province")), str(_("Enterprises trained")), str(_("Workers benefited"))],
    )
    for row in figures.provinces:
        province, figure = row.province, row.enterprises
        if figure.hidden:
            fill, ink = HIDDEN_TILE
        elif not figure.value:
            fill, ink = EMPTY_TILE
        else:
            fill, ink = SCALE[min(int(4 * (figure.value - 1) / most), 3)] if most > 1 else SCALE[-1]
        chart.tiles.append(
            {
                "code": province.iso,
                "name": province.name,
                "x": province.col * (TILE + GAP),
                "y": province.row * (TILE + GAP),
                "size": TILE,
                "fill": fill,
                "ink": ink,
                "text": display.text(figure, threshold, short=True),
                "full_text": display.text(figure, threshold),
            }
        )
        if figure.hidden or figure.value:
            chart.rows.append(
                [province.name, display.text(figure, threshold), display.text(row.workforce, threshold)]
            )
    legend_y = rows * (TILE + GAP) + 8
    chart.legend = [
        {"x": 0, "y": legend_y, "fill": EMPTY_TILE[0], "label": str(_("None"))},
        {"x": 110, "y": legend_y, "fill": HIDDEN_TILE[0], "label": display.hidden_text(None, threshold)},
        {"x": 260, "y": legend_y, "fill": SCALE[0][0], "label": str(_("Fewer"))},
        {"x": 360, "y": legend_y, "fill": SCALE[-1][0], "label": str(_("More"))},
    ]
    return chart


def charts_for(figures: Figures) -> dict[str, Chart]:
    """Every chart of the results pages, from the figures (the numbers are the figures', as displayed)."""
    t = figures.min_enterprises
    text = display.text
    charts = {"provinces": province_map(figures, t)}
    charts["kpis"] = horizontal(
        id="chart-kpis",
        title=str(_("Enterprises improving, by KPI")),
        description=str(
            _(
                "For each KPI, the share of enterprises whose latest follow-up is better than their baseline. "
                "The table adds how many enterprises reported it and the median change."
            )
        ),
        items=[
            (
                row.kpi.localized_name,
                row.improving_share,
                text(row.improving_share, t, kind="percent"),
                [text(row.enterprises, t), text(row.median_change, t, kind="change")],
            )
            for row in figures.kpis
            if row.enterprises.hidden or row.enterprises.value
        ],
        headings=[
            str(_("KPI")),
            str(_("Enterprises improving")),
            str(_("Enterprises reporting")),
            str(_("Median change")),
        ],
        maximum=100,
    )
    charts["practices"] = horizontal(
        id="chart-practices",
        title=str(_("Good practices in place")),
        description=str(
            _(
                "The share of the good practices of the module's checklist that enterprises had in place at "
                "the baseline and at their latest follow-up."
            )
        ),
        items=[
            (
                str(_("At the baseline")),
                figures.practices_baseline_share,
                text(figures.practices_baseline_share, t, kind="percent"),
                [],
            ),
            (
                str(_("At the follow-up")),
                figures.practices_follow_up_share,
                text(figures.practices_follow_up_share, t, kind="percent"),
                [],
            ),
        ],
        headings=[str(_("Assessment")), str(_("Good practices in place"))],
        maximum=100,
    )
    charts["trainers"] = horizontal(
        id="chart-trainers",
        title=str(_("Trainers by level and gender")),
        description=str(
            _(
                "The trainers who led or co-trained these cycles, by the highest certification they hold "
                "today and by gender."
            )
        ),
        items=[
            (
                f"{LEVELS.get(row.level, row.level)} · {GENDERS.get(row.gender, row.gender)}",
                row.count,
                text(row.count, t),
                [],
            )
            for row in figures.trainer_counts
        ],
        headings=[str(_("Trainers")), str(_("Number"))],
    )
    charts["enterprises_by_year"] = vertical(
        id="chart-years",
        title=str(_("Enterprises trained by year")),
        description=str(
            _(
                "How many enterprises completed a cycle each year (the year its classroom began), with cycles and workers."
            )
        ),
        items=[
            (
                str(row.year),
                row.enterprises,
                text(row.enterprises, t),
                [text(row.cycles, t), text(row.workforce, t)],
            )
            for row in figures.years
        ],
        headings=[
            str(_("Year")),
            str(_("Enterprises trained")),
            str(_("Cycles")),
            str(_("Workers benefited")),
        ],
    )
    charts["cost_recovery"] = vertical(
        id="chart-cost-recovery",
        title=str(_("Cost recovery by year")),
        description=str(
            _(
                "Fees and sponsorship as a share of the cost of delivering the cycles, each year; the target is 100%."
            )
        ),
        items=[
            (
                str(row.year),
                row.cost_recovery,
                text(row.cost_recovery, t, kind="percent"),
                [
                    text(row.fees, t, kind="money"),
                    text(row.sponsorship, t, kind="money"),
                    text(row.cost, t, kind="money"),
                ],
            )
            for row in figures.years
        ],
        headings=[
            str(_("Year")),
            str(_("Cost recovery")),
            str(_("Fees")),
            str(_("Sponsorship")),
            str(_("Cost of delivery")),
        ],
        target=100,
    )
    return charts


def key_texts(figures: Figures) -> dict[str, str]:
    """The key figures as shown."""
    t = figures.min_enterprises
    names = [
        "enterprises",
        "cycles",
        "workforce",
        "workforce_women",
        "workforce_men",
        "participants",
        "participants_women",
        "participants_men",
        "trainers",
        "provinces_reached",
        "practices_enterprises",
    ]
    texts = {name: display.text(getattr(figures, name), t) for name in names}
    texts["trainers_women_share"] = display.text(figures.trainers_women_share, t, kind="percent")
    return texts
