"""The demo partners' logos: a mark of their own beside a wordmark, in the partner's brand colour.

Drawn with Pillow's shapes and the DejaVu fonts the certificates embed, three times larger than the logo
and scaled down, so the edges are smooth; transparent around, so they sit on a card or a certificate alike.
The marks are made up for the demo (ant for Semut, globe for Riwani Globe...): no partner's real logo.
"""

import io
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

from .marks import MARKS, Pen, initials_mark

LOGO_SIZE = (480, 240)
SCALE = 3
MARK_BOX = (16, 32, 192, 208)  # left, top, right, bottom of the mark, in logo pixels
TEXT_LEFT, TEXT_RIGHT = 212, 464
NAME_COLOUR = "#3d4650"
FONTS = Path(settings.BASE_DIR) / "certification" / "fonts"


def _font(bold: bool, size: float) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), round(size * SCALE))


def _width(draw: ImageDraw.ImageDraw, text: str, font) -> float:
    return draw.textlength(text, font=font) / SCALE


def _wrap(draw, text: str, font, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and _width(draw, candidate, font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _wordmark_lines(draw, short_name: str, width: float) -> tuple[list[str], ImageFont.FreeTypeFont]:
    """The short name on one line as large as fits (at most 64 px), or on two when that is larger."""
    best_lines, best_size = [short_name], 16
    for size in range(64, 15, -2):
        if _width(draw, short_name, _font(True, size)) <= width:
            best_size = size
            break
    words = short_name.split()
    if len(words) > 1 and best_size < 44:
        for cut in range(1, len(words)):
            lines = [" ".join(words[:cut]), " ".join(words[cut:])]
            for size in range(48, best_size, -2):
                if all(_width(draw, line, _font(True, size)) <= width for line in lines):
                    if size > best_size:
                        best_lines, best_size = lines, size
                    break
    return best_lines, _font(True, best_size)


def _draw_text(draw, *, short_name: str, name: str, colour: str) -> None:
    width = TEXT_RIGHT - TEXT_LEFT
    lines, font = _wordmark_lines(draw, short_name, width)
    word_height = font.size / SCALE
    name_font = _font(False, 17)
    name_lines = _wrap(draw, name, name_font, width)[:3] if name != short_name else []
    rule_gap, name_leading = 14, 22
    height = len(lines) * word_height * 1.1 + (
        rule_gap * 2 + len(name_lines) * name_leading if name_lines else 0
    )
    y = (LOGO_SIZE[1] - height) / 2
    for line in lines:
        draw.text((TEXT_LEFT * SCALE, y * SCALE), line, font=font, fill=colour)
        y += word_height * 1.1
    if name_lines:
        y += rule_gap / 2
        draw.rounded_rectangle(
            [TEXT_LEFT * SCALE, y * SCALE, (TEXT_LEFT + 56) * SCALE, (y + 4) * SCALE],
            radius=2 * SCALE,
            fill=colour,
        )
        y += rule_gap
        for line in name_lines:
            draw.text((TEXT_LEFT * SCALE, y * SCALE), line, font=name_font, fill=NAME_COLOUR)
            y += name_leading


def logo_png(*, slug: str, name: str, short_name: str, colour: str) -> bytes:
    """The partner's logo as a PNG of ``LOGO_SIZE``: its mark (by slug, else its initials) and wordmark."""
    canvas = Image.new("RGBA", (LOGO_SIZE[0] * SCALE, LOGO_SIZE[1] * SCALE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(canvas)
    pen = Pen(draw=draw, scale=SCALE, box=MARK_BOX, colour=colour, font=_font)
    mark = MARKS.get(slug)
    if mark is None:
        initials_mark(pen, "".join(word[0] for word in short_name.split())[:3].upper())
    else:
        mark(pen)
    _draw_text(draw, short_name=short_name, name=name, colour=colour)
    buffer = io.BytesIO()
    canvas.resize(LOGO_SIZE, Image.Resampling.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
