"""One order of precedence everywhere (issue 11): the pack's participant table (en,
zh, both), its organization sections and contents, the Excel participant list
and the workspace's participants table all list the multiscript meeting in the
same order, the one the rules give: organizations by rank, then the user's tie
order, then English name; each delegation together, its head first."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from briefing_app.services.meetings import ordered_participants
from briefing_app.services.pack import generate_pack
from briefing_app.services.participants import export_participants
from briefing_app.ui import workers
from briefing_app.ui.views.meeting_workspace import MeetingWorkspace
from tests.multiscript import (
    EXPECTED_ORDER,
    EXPECTED_ORGS,
    PEOPLE,
    build_multiscript_meeting,
)
from tests.services.pack_helpers import headings


@pytest.fixture
def world(db):
    return build_multiscript_meeting(db)


def _seat_key(uid: str) -> str:
    """The multiscript key of a seat uid ("S-kim" -> "kim", "S-jp-open" -> "jp seat")."""
    key = uid.removeprefix("S-")
    return key.replace("-open", " seat")


def _participant_table(document) -> list[tuple[str, str]]:
    """(organization, name) of the pack's participants table, in document order: the
    table is grouped by delegation, an organization's row spanning the table above
    its people."""
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[0] == "#" and len(header) == 6:
            found, organization = [], ""
            for row in table.rows[1:]:
                # word joiners keep short Chinese terms whole; they are not part of the text
                cells = [c.text.replace("\u2060", "") for c in row.cells]
                if len(set(cells)) == 1:  # one merged cell: the delegation's row
                    organization = cells[0]
                else:
                    found.append((organization, cells[1]))
            return found
    raise AssertionError("no participants table")


def _pack_orders(db, world, tmp_path, language) -> tuple[list[str], list[str], list[str]]:
    """(seat keys of the participants table, org keys of the sections, org keys of contents)."""
    with db.session() as s:
        result = generate_pack(
            s, world["meeting"], tmp_path / f"{language}.docx", language=language
        )
    content = result.content
    by_cells = {
        (p.organization.replace("\u2060", ""), p.name.replace("\u2060", "")): _seat_key(p.uid)
        for p in content.participants
    }
    assert len(by_cells) == len(content.participants), "two rows read the same"
    document = docx.Document(result.path)
    table = [by_cells[cells] for cells in _participant_table(document)]
    org_by_name = {o.name: o.uid.removeprefix("ORG-") for o in content.organizations}
    sections = [org_by_name[h] for h in headings(document, 2) if h in org_by_name]
    toc = [
        org_by_name[p.text.split("\t")[0]]
        for p in document.paragraphs
        if p.style.name == "TOC 2" and p.text.split("\t")[0] in org_by_name
    ]
    assert [_seat_key(p.uid) for p in content.participants] == table
    return table, sections, toc


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_pack_tables_sections_and_contents_follow_the_one_order(db, world, tmp_path, language):
    table, sections, toc = _pack_orders(db, world, tmp_path, language)
    assert table == EXPECTED_ORDER
    assert sections == EXPECTED_ORGS
    assert toc == EXPECTED_ORGS


def _excel_order(db, world, tmp_path) -> list[str]:
    with db.session() as s:
        path = export_participants(s, world["meeting"], tmp_path / "list.xlsx")
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    uid_col = len(rows[0]) - 1
    return [_seat_key(r[uid_col]) for r in rows[1:] if r[uid_col]]


def _gui_order(qtbot, db, world) -> list[str]:
    widget = MeetingWorkspace(db, world["meeting"], pool=workers.SynchronousPool())
    qtbot.addWidget(widget)
    keys = {seat_id: key for key, seat_id in world["seat_ids"].items()}
    model = widget.participants.model
    return [keys[model.row_at(i).id] for i in range(model.rowCount())]


def test_every_output_agrees_on_the_order(qtbot, db, world, tmp_path):
    with db.session() as s:
        service = [_seat_key(p.uid) for p in ordered_participants(s, world["meeting"])]
    outputs = {
        "service": service,
        "excel": _excel_order(db, world, tmp_path),
        "gui": _gui_order(qtbot, db, world),
    }
    for language in ("en", "zh", "both"):
        outputs[f"pack {language}"] = _pack_orders(db, world, tmp_path, language)[0]
    assert {name: order for name, order in outputs.items() if order != EXPECTED_ORDER} == {}
    # Delegations are never split: each organization's seats are consecutive.
    orgs = [key.split()[0] if key.endswith("seat") else PEOPLE[key][0] for key in service]
    runs = [org for i, org in enumerate(orgs) if i == 0 or orgs[i - 1] != org]
    assert runs == EXPECTED_ORGS
