"""One mark per demo partner, drawn in a 176 px square with the partner's colour, a tint of it and white."""

import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import ImageColor, ImageDraw, ImageFont

WHITE = "#ffffff"
SUN = "#f2b632"


@dataclass
class Pen:
    """Draws in the mark's own coordinates (0 to its size, in logo pixels) on the larger canvas."""

    draw: ImageDraw.ImageDraw
    scale: int
    box: tuple[int, int, int, int]
    colour: str
    font: Callable[[bool, float], ImageFont.FreeTypeFont]  # (bold, size in logo pixels)

    @property
    def size(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def tint(self) -> str:
        """The colour mixed with 55% white."""
        red, green, blue = ImageColor.getrgb(self.colour)[:3]
        return "#{:02x}{:02x}{:02x}".format(*(round(c + (255 - c) * 0.55) for c in (red, green, blue)))

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return ((self.box[0] + x) * self.scale, (self.box[1] + y) * self.scale)

    def rect(self, box, fill, radius: float = 0) -> None:
        (x0, y0), (x1, y1) = self.xy(box[0], box[1]), self.xy(box[2], box[3])
        self.draw.rounded_rectangle([x0, y0, x1, y1], radius=radius * self.scale, fill=fill)

    def ellipse(self, box, fill=None, outline=None, width: float = 0) -> None:
        (x0, y0), (x1, y1) = self.xy(box[0], box[1]), self.xy(box[2], box[3])
        self.draw.ellipse([x0, y0, x1, y1], fill=fill, outline=outline, width=round(width * self.scale))

    def circle(self, cx: float, cy: float, r: float, fill=None, outline=None, width: float = 0) -> None:
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width)

    def polygon(self, points, fill) -> None:
        self.draw.polygon([self.xy(x, y) for x, y in points], fill=fill)

    def line(self, points, fill, width: float) -> None:
        """A polyline with round ends and joints."""
        scaled = [self.xy(x, y) for x, y in points]
        self.draw.line(scaled, fill=fill, width=round(width * self.scale), joint="curve")
        for x, y in (points[0], points[-1]):
            self.circle(x, y, width / 2, fill=fill)

    def text(self, centre, text: str, size: float, fill) -> None:
        self.draw.text(self.xy(*centre), text, font=self.font(True, size), fill=fill, anchor="mm")


def _regular(cx, cy, radius, sides, start=-math.pi / 2):
    return [
        (
            cx + radius * math.cos(start + 2 * math.pi * i / sides),
            cy + radius * math.sin(start + 2 * math.pi * i / sides),
        )
        for i in range(sides)
    ]


def bedo(pen: Pen) -> None:
    """Business & Export Development: bars that grow, and the arrow of exports going up."""
    pen.rect((0, 0, 176, 176), pen.colour, radius=32)
    for left, top in ((34, 116), (70, 94), (106, 70)):
        pen.rect((left, top, left + 26, 142), WHITE, radius=4)
    pen.line([(34, 92), (78, 64), (134, 38)], pen.tint, 10)
    pen.polygon([(148, 30), (120, 28), (134, 52)], pen.tint)


def semut(pen: Pen) -> None:
    """Semut Manajemen Indonesia: semut is Indonesian for ant, the small worker that cooperates."""
    pen.circle(88, 88, 88, pen.colour)
    for hip, knee, foot in (
        ((98, 98), (84, 118), (66, 136)),
        ((108, 100), (108, 124), (100, 146)),
        ((118, 98), (134, 118), (146, 136)),
    ):
        pen.line([hip, knee, foot], WHITE, 6)
    pen.ellipse((28, 66, 96, 114), WHITE)
    pen.ellipse((92, 76, 126, 104), WHITE)
    pen.circle(138, 82, 17, WHITE)
    pen.line([(144, 68), (150, 46), (162, 38)], WHITE, 5)
    pen.circle(144, 80, 4, pen.colour)


def _bezier(start, control, end, steps=12):
    return [
        (
            (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0],
            (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1],
        )
        for t in (i / steps for i in range(steps + 1))
    ]


def parahyangan(pen: Pen) -> None:
    """Parahyangan Catholic University: a shield with a columned hall of learning."""
    right = _bezier((156, 92), (156, 146), (88, 172))
    left = _bezier((88, 172), (20, 146), (20, 92))
    pen.polygon([(20, 8), (156, 8), *right, *left[1:]], pen.colour)
    pen.polygon([(88, 30), (140, 60), (36, 60)], WHITE)
    pen.rect((40, 64, 136, 72), WHITE)
    for left_edge in (46, 70, 94, 118):
        pen.rect((left_edge, 76, left_edge + 12, 116), WHITE, radius=2)
    pen.rect((34, 120, 142, 130), WHITE, radius=2)


def politeknik(pen: Pen) -> None:
    """APP Politeknik Jakarta: the gear of a polytechnic, with Jakarta's Monas in it."""
    teeth = []
    for i in range(12):
        angle = 2 * math.pi * i / 12
        for offset, radius in ((-0.13, 70), (-0.09, 86), (0.09, 86), (0.13, 70)):
            teeth.append((88 + radius * math.cos(angle + offset), 88 + radius * math.sin(angle + offset)))
    pen.polygon(teeth, pen.colour)
    pen.circle(88, 88, 72, pen.colour)
    pen.circle(88, 88, 50, WHITE)
    pen.polygon([(84, 112), (92, 112), (90, 64), (86, 64)], pen.colour)
    pen.polygon([(66, 126), (110, 126), (102, 112), (74, 112)], pen.colour)
    pen.ellipse((82, 48, 94, 66), SUN)


def blk(pen: Pen) -> None:
    """BLK Semarang 2, a vocational training centre: a hexagon nut, and its number."""
    pen.polygon(_regular(88, 88, 88, 6, start=0), pen.colour)
    pen.circle(88, 88, 50, WHITE)
    pen.circle(88, 88, 50, outline=pen.tint, width=6)
    pen.text((88, 90), "2", 64, pen.colour)


def karya(pen: Pen) -> None:
    """Karya Dua Perempuan, "the work of two women": two women side by side."""
    pen.circle(88, 88, 88, pen.tint)
    for cx, fill in ((112, WHITE), (66, pen.colour)):
        pen.circle(cx, 54, 19, fill)
        pen.polygon([(cx - 34, 150), (cx + 34, 150), (cx + 18, 84), (cx - 18, 84)], fill)
        pen.ellipse((cx - 20, 78, cx + 20, 98), fill)
    pen.rect((22, 148, 154, 156), pen.colour, radius=4)


def riwani(pen: Pen) -> None:
    """Riwani Globe: a globe."""
    pen.circle(88, 88, 84, pen.colour)
    width = 7
    pen.ellipse((52, 6, 124, 170), outline=WHITE, width=width)
    pen.line([(88, 8), (88, 168)], WHITE, width)
    for dy in (-40, 0, 40):
        half = math.sqrt(84**2 - dy**2) - 6
        pen.line([(88 - half, 88 + dy), (88 + half, 88 + dy)], WHITE, width)
    pen.circle(88, 88, 84, outline=pen.tint, width=width)


def pro_serve(pen: Pen) -> None:
    """Pro Serve Indonesia, hospitality: a serving cloche."""
    pen.rect((0, 0, 176, 176), pen.colour, radius=32)
    (x0, y0), (x1, y1) = pen.xy(34, 50), pen.xy(142, 158)
    pen.draw.pieslice([x0, y0, x1, y1], 180, 360, fill=WHITE)
    pen.rect((22, 106, 154, 118), WHITE, radius=6)
    pen.circle(88, 46, 9, WHITE)
    pen.line([(56, 90), (66, 74)], pen.colour, 6)
    pen.rect((48, 132, 128, 138), pen.tint, radius=3)


def initials_mark(pen: Pen, initials: str) -> None:
    """A partner without a mark of its own: its initials on its colour."""
    pen.rect((0, 0, 176, 176), pen.colour, radius=32)
    pen.text((88, 90), initials, 56, WHITE)


MARKS = {
    "bedo": bedo,
    "semut-manajemen-indonesia": semut,
    "parahyangan-catholic-university": parahyangan,
    "app-politeknik-jakarta": politeknik,
    "blk-semarang-2": blk,
    "karya-dua-perempuan": karya,
    "riwani-globe": riwani,
    "pro-serve-indonesia": pro_serve,
}
