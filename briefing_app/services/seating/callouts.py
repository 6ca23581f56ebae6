"""A round table with many seats drawn with outer labels (docs/seating.md).

Boxes round a crowded circle get too small to read. Here every chair is a small
numbered disc round the table (the chairs behind on an outer ring), and each
chair's name goes into a label in a column beside the table (left half of the
table: the left column; right half: the right column), joined to its chair by a
leader line. Labels keep the chairs' top-to-bottom order, so the lines do not
cross, and are as tall as the column allows (names on one line when they fit).
"""

from __future__ import annotations

import math

from briefing_app.services.seating.drawing import Box, Line

#: Smallest label that still holds one line of a name (cm); a table needing more
#: labels per column than fit falls back to boxes round the table.
MIN_LABEL_H = 0.48
DISC = 0.62  # a chair's disc (cm)
RING = 0.95  # from a table chair to the chair behind it (cm)
GAP = 0.8  # between the chairs' ring and a column of labels (cm)
LABEL_W = 6.2
FILL = {"host": "FFE699", "chair": "FFE699", "head_of_delegation": "DDEBF7", "staff": "EDEDED"}


def fits(rows, area) -> bool:
    """Whether the labels of ``rows`` (the occupied chairs) fit in two columns of
    ``area``'s height."""
    per_column = math.ceil(sum(1 for r in rows if r.name) / 2)
    return per_column * MIN_LABEL_H <= area[3]


def callout_boxes(rows, area, columns) -> list[Box]:
    """Table, chairs, leader lines and labels of a round table: the table in
    ``area``, the labels in two columns at the sides of ``columns`` (as wide as
    ``area`` but as tall as the page allows: a door or screen at the top or
    bottom sits between them)."""
    left, top, width, height = area
    label_w = min(LABEL_W, width * 0.3)
    radius = min(height / 2 - RING - DISC, (width - 2 * label_w - 2 * GAP) / 2 - RING - DISC)
    cx, cy = left + width / 2, top + height / 2
    top, height = columns[1], columns[3]
    table_r = radius - DISC / 2 - 0.25
    shapes = [Box(cx - table_r, cy - table_r, 2 * table_r, 2 * table_r, "ellipse", "F2F2F2",
                  "808080", name="Table")]  # fmt: skip
    spots = {r.position: _spot(r, cx, cy, radius) for r in rows}
    columns = {"left": [], "right": []}
    for r in rows:
        x, y = spots[r.position]
        if r.name:
            side = "left" if x < cx - 0.01 or (abs(x - cx) <= 0.01 and y > cy) else "right"
            columns[side].append(r)
    label_h = min(1.35, height / max(1, *(len(c) for c in columns.values())))
    leaders, labels = [], []
    for side, members in columns.items():
        members.sort(key=lambda r: spots[r.position][1])
        ys = _spread([spots[r.position][1] for r in members], label_h, top, top + height)
        lx = left if side == "left" else left + width - label_w
        for r, y in zip(members, ys, strict=True):
            label = (lx, y, label_w, label_h)
            leaders.append(_leader(spots[r.position], label, side))
            labels.append(_label(r, label, side))
    at_table = max(1, sum(1 for r in rows if r.at_table))
    disc = min(DISC, 0.9 * 2 * math.pi * radius / at_table)  # neighbours never touch
    discs = [_disc(r, spots[r.position], disc) for r in rows]
    return shapes + leaders + discs + labels  # lines under the discs and labels


def _spot(row, cx: float, cy: float, radius: float) -> tuple[float, float]:
    """Where a chair's disc goes: its direction from the table's centre on the plan,
    on the ring of table chairs or, behind the table, one ring further out."""
    distance = math.hypot(row.x, row.y) or 1.0
    r = radius + (0 if row.at_table else RING)
    return cx + r * row.x / distance, cy + r * row.y / distance


def _spread(wanted: list[float], h: float, low: float, high: float) -> list[float]:
    """Top edges for labels of height ``h`` as near their chairs' heights as the
    column allows: in order, not overlapping, inside [low, high]."""
    tops = []
    for y in wanted:
        tops.append(max(y - h / 2, low, tops[-1] + h if tops else low))
    overflow = (tops[-1] + h - high) if tops else 0
    for i in range(len(tops) - 1, -1, -1):  # push back up from the bottom
        if overflow <= 0:
            break
        limit = high - h * (len(tops) - i)
        tops[i] = min(tops[i], limit)
    return tops


def _disc(row, spot, size: float) -> Box:
    """A chair: a small disc with its number, shaded by role (empty: grey outline)."""
    x, y = spot
    fill = FILL.get(row.role, "FFFFFF")
    outline = "404040" if row.name else "A6A6A6"
    digits = len(str(row.position))
    points = 7 * size / DISC * (0.72 if digits > 2 else 1.0)  # "115" as wide as "15"
    number = (Line(str(row.position), points, bold=True),)
    corner = (x - size / 2, y - size / 2, size, size)
    return Box(*corner, "ellipse", fill, outline, number, name=f"Chair {row.position}")


def _leader(spot, label, side: str) -> Box:
    """A line from the chair's disc to the middle of its label's near edge."""
    x, y = spot
    lx, ly, lw, lh = label
    end_x, end_y = (lx + lw if side == "left" else lx), ly + lh / 2
    start_x = x + (-1 if side == "left" else 1) * DISC / 2
    flip = "h" if (end_x - start_x) * (end_y - y) < 0 else ""
    corner = (min(start_x, end_x), min(y, end_y), abs(end_x - start_x), abs(end_y - y))
    return Box(*corner, "line", "FFFFFF", "8C8C8C", name="Leader", flip=flip)


def _label(row, label, side: str) -> Box:
    """Number, name (both scripts on one line) and organization, as the label's
    height allows; aligned towards the table."""
    lx, ly, lw, lh = label
    size = max(6.0, min(8.5, lh * 9))
    name = row.name.replace("\n", "  ")
    lines = (Line(f"{row.position}   {name}", size, bold=True),)
    if row.organization and lh >= 0.8:
        lines += (Line(row.organization, size * 0.85, colour="595959"),)
    elif row.organization:
        lines = (Line(f"{row.position}   {name} · {row.organization}", size, bold=True),)
    fill = FILL.get(row.role, "FFFFFF")
    align = "right" if side == "left" else "left"
    corner = (lx, ly + 0.04, lw, lh - 0.08)
    return Box(*corner, "roundRect", fill, "808080", lines, name=f"Seat {row.position}",
               align=align)  # fmt: skip
