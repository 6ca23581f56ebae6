"""``briefing-app agenda`` on the demo database (a real SQLite file): the listing, every
change through the agenda services (recorded in the history as the app's edits are),
and bad input as one line with exit 2, naming the meeting, the item and the field."""

from __future__ import annotations

from datetime import time

import pytest

from briefing_app.cli import run
from briefing_app.services import meeting_edit as me
from briefing_app.services.history import meeting_history


def _agenda(capsys, db, *args) -> tuple[int, str, str]:
    code = run(["--db", str(db.path), "agenda", "Roundtable", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _rows(db):
    with db.session() as s:
        return me.list_agenda(s, 1)


def test_listing_is_a_table_with_the_chinese_and_the_notes_under_each_item(demo_db, capsys):
    code, out, _ = _agenda(capsys, demo_db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Roundtable 2022: agenda (8 items)"
    assert lines[1].split() == ["#", "Time", "Min", "Item", "Speaker"]
    first = lines[2]
    assert first.startswith("1  09:30   10  Welcome and opening remarks")
    assert first.endswith("Ms. LIU Hua, Director, WIPO Office in China")
    assert lines[1].index("Speaker") == first.index("Ms. LIU")  # columns line up
    assert "     title (zh): 欢迎致辞与开幕" in lines
    assert "     notes (zh): 每个机构约4分钟" in lines
    assert "     speaker (zh): 各团团长，按礼宾顺序" in lines
    _, zh, _ = _agenda(capsys, demo_db, "--lang", "zh")
    assert "刘华女士" in zh.splitlines()[2]


def test_add_edit_move_remove_change_the_agenda_and_its_history(demo_db, capsys):
    add = ["add", "Family photo", "--at", "5", "--time", "10:30", "--minutes", "5"]
    code, out, _ = _agenda(capsys, demo_db, *add, "--notes-zh", "全体合影")
    assert (code, out) == (0, 'Roundtable 2022: agenda item 5 "Family photo" added\n')
    rows = _rows(demo_db)
    assert [r.title for r in rows][3:6] == [
        "MTSP 2022-2026 and WOC work priorities for 2022",
        "Family photo",
        "Coffee break",
    ]
    photo = rows[4]
    assert (photo.start_time, photo.duration_minutes) == (time(10, 30), 5)
    assert photo.notes_zh == "全体合影"

    edit = ["edit", "photo", "--title-zh", "合影", "--speaker-zh", "礼宾官", "--time", ""]
    code, out, _ = _agenda(capsys, demo_db, *edit, "--speaker", "Protocol officer")
    assert code == 0 and "changed: speaker, speaker_person_id, speaker_zh, start_time" in out
    photo = _rows(demo_db)[4]
    assert (photo.title_zh, photo.speaker_zh) == ("合影", "礼宾官")
    assert photo.speaker == "Protocol officer"
    assert photo.start_time is None

    assert _agenda(capsys, demo_db, "edit", "5", "--speaker-person", "LIU Hua")[0] == 0
    photo = _rows(demo_db)[4]  # a person: the free text in both languages goes
    assert (photo.speaker, photo.speaker_zh, photo.speaker_display_zh) == (
        "",
        "",
        "刘华女士，世界知识产权组织中国办事处主任",  # a Chinese comma, as in the pack
    )

    assert _agenda(capsys, demo_db, "move", "合影", "1")[1].endswith("moved to 1\n")
    assert _rows(demo_db)[0].title == "Family photo"
    assert _agenda(capsys, demo_db, "remove", "1")[0] == 0
    assert [r.title for r in _rows(demo_db)][:1] == ["Welcome and opening remarks"]
    assert len(_rows(demo_db)) == 8

    with demo_db.session() as s:
        events = [e for e in meeting_history(s, 1) if e.entity == "agenda_items"]
    actions = [(e.action, e.label) for e in events if e.label == "Family photo"]
    assert [a for a, _ in actions][::-1][:3] == ["created", "changed", "changed"]
    assert actions[0][0] == "deleted"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["edit", "99", "--notes", "x"], 'meeting "Roundtable 2022": no agenda item 99'),
        (["edit", "remarks", "--notes", "x"], '"remarks" matches 2 agenda items'),
        (["edit", "2", "--time", "25:00"], 'agenda item 2: start_time: "25:00" is not a time'),
        (["edit", "2", "--title", " "], "agenda item 2: title: an agenda item needs a title"),
        (["edit", "2", "--minutes", "2000"], "agenda item 2: duration_minutes: between 1"),
        (["add", "x", "--minutes", "ten"], 'new agenda item: duration_minutes: "ten" is not'),
        (["edit", "2", "--speaker-person", "nobody"], "agenda item 2: speaker_person_id: no"),
        (["edit", "2", "--speaker-person", "LIU Hua", "--speaker-zh", "x"], "speaker_zh: a"),
        (["move", "2", "0"], "agenda item 2: position: 0 is not a place on the agenda (1 to 8)"),
        (["edit", "2"], "nothing to change"),
    ],
)
def test_bad_input_is_one_line_naming_meeting_item_and_field(demo_db, capsys, args, message):
    before = _rows(demo_db)
    code, out, err = _agenda(capsys, demo_db, *args)
    assert (code, out) == (2, "")
    assert message in err and len(err.splitlines()) == 1, err
    assert _rows(demo_db) == before
