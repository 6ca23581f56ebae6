"""Where the chairs of a seating plan stand, for each table shape (docs/seating.md).

Pure geometry, no database: a plan is its shape, its seats at the table
(``seat_count``) and the chairs behind (``back_seats``). Coordinates are
centimetres on the floor plan with the table's centre at (0, 0), x to the right
and y *down* the page, as a drawing shows it: the place of honour is at the
top, its holder facing down the room (towards the door). A seat's ``angle`` is
the direction its occupant faces, in degrees clockwise from "up the page"
(0 = facing up, 90 = right, 180 = down, 270 = left).

Facing down the page, a person's right hand points to the page's *left*: the
"host's right" is the smaller x. Every shape also gives each table seat its
``honour``: 0 for the place of honour, then the order in which the others are
filled by precedence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class TableShape(StrEnum):
    ROUND = "round"
    #: Rectangular, the two principals facing each other across the middle.
    BOARDROOM = "boardroom"
    #: Rectangular, the host at the head (a short end).
    HEAD = "head"
    U_SHAPE = "u_shape"
    #: Theatre or classroom: a head table facing rows of chairs.
    THEATRE = "theatre"


class RoomSide(StrEnum):
    """Where the room's door or screen is on the drawing (the place of honour is
    at the top): not shown, or one of the drawing's four sides."""

    NONE = ""
    TOP = "top"
    BOTTOM = "bottom"
    LEFT = "left"
    RIGHT = "right"


#: Width of one place at a table, chair centre to chair centre (cm).
PITCH = 70
#: From the table's edge to the centre of its chair, and to a chair behind it.
CHAIR = 40
BEHIND = 80
#: Chairs per audience row (theatre).
ROW = 10


@dataclass(frozen=True)
class Place:
    """One chair. ``position`` is the seat number: the table's seats clockwise
    round the table starting from the top (left to right along a straight top
    row), then the chairs behind or the audience rows. ``behind`` is the number
    of the table seat a back chair stands behind."""

    position: int
    x: float
    y: float
    angle: float
    honour: int
    at_table: bool = True
    behind: int | None = None
    #: Boardroom: "host" or "guest" side of the table; "" otherwise.
    side: str = ""


@dataclass(frozen=True)
class Outline:
    """The table itself: an ellipse or rectangle centred at (x, y), w × h cm."""

    kind: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Layout:
    shape: TableShape
    places: tuple[Place, ...]
    tables: tuple[Outline, ...]

    def table_places(self) -> list[Place]:
        return [p for p in self.places if p.at_table]

    def by_honour(self) -> list[Place]:
        return sorted(self.table_places(), key=lambda p: p.honour)


def facing(x: float, y: float, tx: float = 0.0, ty: float = 0.0) -> float:
    """The angle of a person at (x, y) looking at (tx, ty)."""
    return round(math.degrees(math.atan2(tx - x, -(ty - y))) % 360, 1)


def _alternating(count: int, centre: int, right_is_lower: bool) -> list[int]:
    """Indices 0..count-1 in the order centre, its right, its left, next right...;
    ``right_is_lower``: the right-hand neighbour has the lower index."""
    order = [centre]
    step = -1 if right_is_lower else 1
    for d in range(1, count):
        for i in (centre + step * d, centre - step * d):
            if 0 <= i < count:
                order.append(i)
    return order


def _row(count: int, y: float) -> list[tuple[float, float]]:
    """``count`` chairs side by side, centred on x = 0."""
    return [((i - (count - 1) / 2) * PITCH, y) for i in range(count)]


def _round(n: int) -> tuple[list[tuple], list[Outline]]:
    radius = max(60.0, n * PITCH / (2 * math.pi))
    r = radius + CHAIR
    places = []
    for k in range(n):
        phi = -math.pi / 2 + 2 * math.pi * k / n  # clockwise on the page from the top
        x, y = round(r * math.cos(phi), 1), round(r * math.sin(phi), 1)
        places.append((x, y, facing(x, y)))
    # Host at k = 0; the right-hand neighbour is counter-clockwise (k = n - 1).
    honour = list(dict.fromkeys(i for d in range(n) for i in (-d % n, d)))
    ranks = {k: i for i, k in enumerate(honour)}
    return [(*p, ranks[k], "") for k, p in enumerate(places)], [
        Outline("ellipse", 0, 0, 2 * radius, 2 * radius)
    ]


def _boardroom(n: int) -> tuple[list[tuple], list[Outline]]:
    top = (n + 1) // 2
    bottom = n // 2
    length = max(top, 1) * PITCH + 40
    depth = 120
    h = top // 2
    host_order = _alternating(top, h, right_is_lower=True)
    guest_order = _alternating(top, h, right_is_lower=False)[:bottom]
    places = []
    for i, (x, y) in enumerate(_row(top, -depth / 2 - CHAIR)):
        places.append((x, y, 180.0, 2 * host_order.index(i), "host"))
    used = sorted(guest_order, reverse=True)  # clockwise: right to left along the bottom
    for i in used:
        x = (i - (top - 1) / 2) * PITCH
        places.append((x, depth / 2 + CHAIR, 0.0, 2 * guest_order.index(i) + 1, "guest"))
    return places, [Outline("rect", 0, 0, length, depth)]


def _head(n: int) -> tuple[list[tuple], list[Outline]]:
    sides = n - 1
    left, right = (sides + 1) // 2, sides // 2
    length = max(left, 1) * PITCH + 40
    width = 100
    top = -length / 2
    places = [(0.0, top - CHAIR, 180.0, 0, "")]
    for i in range(right):  # clockwise: down the right-hand side of the page
        places.append((width / 2 + CHAIR, top + 55 + PITCH * i, 270.0, 2 * i + 2, ""))
    for i in reversed(range(left)):  # then up the left (the host's right)
        places.append((-width / 2 - CHAIR, top + 55 + PITCH * i, 90.0, 2 * i + 1, ""))
    return places, [Outline("rect", 0, 0, width, length)]


def _u_shape(n: int) -> tuple[list[tuple], list[Outline]]:
    arm = max(0, (n - max(1, round(n / 3))) // 2)
    base = n - 2 * arm
    width = max(base * PITCH + 40, 260)
    base_y, depth = -100.0, 60
    arm_len = arm * PITCH + 40
    h = base // 2  # an even row: the host has the extra seat on the right
    base_order = _alternating(base, h, right_is_lower=True)
    places = [
        (x, base_y - depth / 2 - CHAIR, 180.0, base_order.index(i), "")
        for i, (x, _) in enumerate(_row(base, 0))
    ]
    arm_top = base_y + depth / 2
    for i in range(arm):  # right arm downwards (clockwise), its seats facing in
        places.append((width / 2 + CHAIR, arm_top + 55 + PITCH * i, 270.0, base + 2 * i + 1, ""))
    for i in reversed(range(arm)):  # left arm upwards: the host's right
        places.append((-width / 2 - CHAIR, arm_top + 55 + PITCH * i, 90.0, base + 2 * i, ""))
    tables = [Outline("rect", 0, base_y, width, depth)]
    if arm:
        for sx in (-1, 1):
            x = sx * (width / 2 - 30)
            tables.append(Outline("rect", x, arm_top + arm_len / 2, 60, arm_len))
    return places, tables


def _theatre(n: int) -> tuple[list[tuple], list[Outline]]:
    length = max(n, 1) * PITCH + 40
    order = _alternating(n, n // 2, right_is_lower=True)
    places = [(x, y, 180.0, order.index(i), "") for i, (x, y) in enumerate(_row(n, -30 - CHAIR))]
    return places, [Outline("rect", 0, 0, length, 60)]


_SHAPES = {
    TableShape.ROUND: _round,
    TableShape.BOARDROOM: _boardroom,
    TableShape.HEAD: _head,
    TableShape.U_SHAPE: _u_shape,
    TableShape.THEATRE: _theatre,
}


def max_back_seats(shape: TableShape, seat_count: int, wanted: int) -> int:
    """Chairs behind a table: at most one behind each seat; theatre rows: any number."""
    return max(0, wanted if shape == TableShape.THEATRE else min(wanted, seat_count))


def layout(shape: TableShape | str, seat_count: int, back_seats: int = 0) -> Layout:
    """The chairs of a plan: ``seat_count`` at the table, then ``back_seats`` behind."""
    shape = TableShape(shape)
    rows, tables = _SHAPES[shape](max(0, seat_count))
    places = [
        Place(i + 1, round(x, 1) + 0.0, round(y, 1) + 0.0, a, honour, side=side)
        for i, (x, y, a, honour, side) in enumerate(rows)
    ]
    extra = max_back_seats(shape, len(places), back_seats)
    if shape == TableShape.THEATRE:
        places += _audience(len(places), extra)
    else:
        places += [_behind(places[j], len(places) + j + 1) for j in range(extra)]
    return Layout(shape, tuple(places), tuple(tables))


def _behind(seat: Place, position: int) -> Place:
    """The chair behind ``seat``, further from the table along the same line."""
    dx = math.sin(math.radians(seat.angle))
    dy = -math.cos(math.radians(seat.angle))
    x, y = round(seat.x - dx * BEHIND, 1) + 0.0, round(seat.y - dy * BEHIND, 1) + 0.0
    return Place(position, x, y, seat.angle, seat.honour, False, seat.position, seat.side)


def _audience(first: int, count: int) -> list[Place]:
    """Rows of up to ROW chairs facing the head table, numbered row by row."""
    places = []
    for j in range(count):
        row, col = divmod(j, ROW)
        in_row = min(ROW, count - row * ROW)
        x = (col - (in_row - 1) / 2) * PITCH
        y = 150 + row * 100
        places.append(Place(first + j + 1, round(x, 1), y, 0.0, j, False, None))
    return places
