"""How large the text of the chart's seat boxes can be: the largest size from 9
down to 4.5 points at which every box's lines, wrapped at spaces as Word and
LibreOffice wrap them, fit the box. Widths are estimated generously (Latin 0.6
em a character, bold 5 % more; Chinese, Japanese, Korean 1 em; lines 1.5 em),
so text never runs out of a box."""

from __future__ import annotations

from unicodedata import east_asian_width

from briefing_app.services.seating.drawing import Line

PT_PER_CM = 28.35
#: The box's text insets (drawing.py: 0.05 cm each side) and a little slack.
INSET = 0.16 * PT_PER_CM
LARGEST, SMALLEST = 9.0, 4.5
#: Line height in em: the runs carry the East Asian font hint, so LibreOffice
#: gives Latin lines the height of Noto CJK's (1.448 em) too.
LINE_EM = 1.5


def _width(word: str, size: float, bold: bool) -> float:
    ems = sum(1.0 if east_asian_width(c) in "WF" else 0.6 for c in word)
    return ems * size * (1.05 if bold else 1.0)


def wrapped_lines(text: str, size: float, room: float, bold: bool = False) -> int:
    """Lines ``text`` takes at ``size`` points in ``room`` points, wrapped at spaces
    (a word longer than a line is broken, as Chinese text is)."""
    lines, used = 1, 0.0
    for word in text.split():
        width = _width(word, size, bold)
        space = 0.3 * size if used else 0.0
        if used and used + space + width > room:
            lines, used, space = lines + 1, 0.0, 0.0
        while width > room:
            lines, width = lines + 1, width - room
        used += space + width
    return lines


def _height(lines: tuple[Line, ...], scale: float, room: float) -> float:
    total = 0.0
    for line in lines:
        size = line.size_pt * scale
        count = wrapped_lines(line.text, size, room, line.bold)
        total += count * size * LINE_EM
    return total


def fitting_size(boxes: list[tuple[Line, ...]], width_cm: float, height_cm: float) -> float:
    """The largest size (points, for lines of relative size 1.0) at which every
    box's lines fit a box ``width_cm`` × ``height_cm``."""
    room_w = width_cm * PT_PER_CM - INSET
    room_h = height_cm * PT_PER_CM - INSET
    size = LARGEST
    while size > SMALLEST:
        if all(_height(lines, size, room_w) <= room_h for lines in boxes):
            return size
        size -= 0.25
    return SMALLEST
