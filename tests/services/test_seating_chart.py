"""The Word seating chart as a person setting up the room reads it: one box per
chair, no two boxes on top of each other, every box on the page, names in the
chart's language (3, 25 and 60 seats, each shape)."""

from __future__ import annotations

import pytest
from docx import Document

from briefing_app.services.meetings import find_meeting
from briefing_app.services.seating import plan_view, seat_meeting
from briefing_app.services.seating.chart import PAGE_H, PAGE_W, write_chart

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EMU = 360000

pytestmark = pytest.mark.both_backends


def _boxes(path) -> dict[str, tuple[float, float, float, float, str]]:
    """docPr name -> (left, top, width, height, text) in cm."""
    body = Document(str(path)).element.body
    found = {}
    for anchor in body.iter(f"{WP}anchor"):
        left = int(anchor.find(f"{WP}positionH/{WP}posOffset").text) / EMU
        top = int(anchor.find(f"{WP}positionV/{WP}posOffset").text) / EMU
        extent = anchor.find(f"{WP}extent")
        w, h = int(extent.get("cx")) / EMU, int(extent.get("cy")) / EMU
        name = anchor.find(f"{WP}docPr").get("name")
        key = name if name != "Table" else f"Table {len(found)}"
        text = "".join(t.text or "" for t in anchor.iter(f"{W}t"))
        found[key] = (left, top, w, h, text)
    return found


def _overlap(a, b) -> float:
    dx = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    dy = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return min(dx, dy) if dx > 0 and dy > 0 else 0.0


@pytest.mark.parametrize(
    ("shape", "seats", "language"),
    [
        ("round", None, "both"),
        ("boardroom", 3, "zh"),
        ("round", 60, "en"),
        ("boardroom", 60, "both"),
        ("head", None, "zh"),
        ("u_shape", 40, "both"),
        ("theatre", 9, "both"),
    ],
)
def test_chart_boxes_fit_the_page_and_do_not_overlap(demo_db, tmp_path, shape, seats, language):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape=shape, seats=seats)
        view = plan_view(s, meeting, language)
        out = write_chart(view, tmp_path / "chart.docx", language)
    boxes = _boxes(out)
    seats_drawn = {k: v for k, v in boxes.items() if k.startswith("Seat ")}
    chairs = {k for k in boxes if k.startswith("Chair ")}  # outer labels: a disc per chair
    assert len(chairs | {k.replace("Seat", "Chair") for k in seats_drawn}) >= view.seat_count
    for left, top, w, h, _ in boxes.values():
        assert left >= 0.5 and top >= 0.5
        assert left + w <= PAGE_W - 0.5 and top + h <= PAGE_H - 0.5
    items = list(seats_drawn.items())
    for i, (name, a) in enumerate(items):
        for other, b in items[i + 1 :]:
            assert _overlap(a, b) < 0.05, f"{name} and {other} overlap"
    host = next(v for v in seats_drawn.values() if "LIU" in v[4] or "刘华" in v[4])
    if language == "zh":
        assert "刘华" in host[4] and "LIU" not in host[4]
    elif language == "both":
        assert "Ms. LIU Hua" in host[4] and "刘华" in host[4]


@pytest.mark.parametrize(
    ("shape", "door", "screen"),
    [("round", "bottom", "top"), ("boardroom", "right", "left"), ("u_shape", "bottom", "bottom")],
)
def test_door_and_screen_sit_on_their_side_clear_of_every_chair(demo_db, tmp_path, shape, door,
                                                                 screen):  # fmt: skip
    from briefing_app.services.seating.edit import set_room

    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape=shape)
        set_room(s, meeting.id, door=door, screen=screen)
        view = plan_view(s, meeting, "both")
        out = write_chart(view, tmp_path / "chart.docx", "both")
    boxes = _boxes(out)
    everything = [v for k, v in boxes.items() if k.startswith(("Seat ", "Chair ", "Table"))]
    # the chairs: discs round a table drawn with outer labels, else the seat boxes
    chairs = "Chair " if any(k.startswith("Chair ") for k in boxes) else "Seat "
    drawing = [v for k, v in boxes.items() if k.startswith((chairs, "Table"))]
    marks = {"door": boxes["Door"], "screen": boxes["Screen"]}
    assert marks["door"][4] == "Door  门" and marks["screen"][4] == "Screen  屏幕"
    assert _overlap(marks["door"], marks["screen"]) == 0
    for kind, side in (("door", door), ("screen", screen)):
        left, top, w, h, _ = marks[kind]
        assert top + h <= PAGE_H - 0.5 and left + w <= PAGE_W - 0.5
        for box in everything:
            assert _overlap(marks[kind], box) == 0, (kind, box)
        beyond = {
            "top": all(top + h <= b[1] for b in drawing),
            "bottom": all(top >= b[1] + b[3] for b in drawing),
            "left": all(left + w <= b[0] for b in drawing),
            "right": all(left >= b[0] + b[2] for b in drawing),
        }
        assert beyond[side], f"the {kind} is not on the {side} of the drawing"


def test_no_door_or_screen_set_draws_none(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting)
        out = write_chart(plan_view(s, meeting, "en"), tmp_path / "chart.docx", "en")
    assert not {"Door", "Screen"} & set(_boxes(out))


@pytest.mark.parametrize(("seats", "language"), [(None, "both"), (60, "en"), (40, "zh")])
def test_a_crowded_round_table_gets_readable_outer_labels(demo_db, tmp_path, seats, language):
    """Every occupied chair's label in a column beside the table, joined by a
    line; labels never overlap each other, the table or the chairs; names on one
    line at a readable size."""
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape="round", seats=seats)
        view = plan_view(s, meeting, language)
        out = write_chart(view, tmp_path / "chart.docx", language)
    boxes = _boxes(out)
    labels = {k: v for k, v in boxes.items() if k.startswith("Seat ")}
    discs = {k: v for k, v in boxes.items() if k.startswith("Chair ")}
    occupied = [r for r in view.seats if r.name]
    assert len(labels) == len(occupied) and len(discs) >= view.seat_count
    body = Document(str(out)).element.body
    leaders = [d for d in body.iter(f"{WP}docPr") if d.get("name") == "Leader"]
    assert len(leaders) == len(occupied)
    table = next(v for k, v in boxes.items() if k.startswith("Table"))
    for name, label in labels.items():
        assert _overlap(label, table) == 0
        assert all(_overlap(label, d) == 0 for d in discs.values()), name
        assert label[0] + label[2] <= table[0] or label[0] >= table[0] + table[2]  # a column
    items = sorted(labels.values())
    for i, a in enumerate(items):
        assert all(_overlap(a, b) == 0 for b in items[i + 1 :])
    sizes = [int(sz.get(f"{W}val")) for sz in body.iter(f"{W}sz")]
    assert min(sizes) >= 11  # no text under 5.5 pt (sizes in half-points)
