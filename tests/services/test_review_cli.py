"""The review commands through the real CLI entry point on a real database file."""

from __future__ import annotations

import docx
import pytest

from briefing_app.cli import run as cli
from briefing_app.domain.enums import Rsvp
from briefing_app.services.files import file_sha256
from tests.services.review_data import make_meeting, participant, talking_point
from tests.services.test_review_versions import header_text


def _setup(db):
    with db.session() as s, s.begin():
        make_meeting(s)


def test_pack_review_diff_export_and_memo(db, db_path, tmp_path, capsys):
    _setup(db)
    base = ["--db", str(db_path)]
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v1.docx")]) == 0
    assert "recorded as pack version 1 (draft)" in capsys.readouterr().out
    assert cli([*base, "review", "Roundtable", "1", "--submit"]) == 0
    assert cli([*base, "review", "Roundtable", "v1", "--approve", "--as", "Director Liu"]) == 0
    assert "pack version 1: approved by Director Liu" in capsys.readouterr().out
    with db.session() as s, s.begin():
        talking_point(s, "Trade and IP").text_en = "IP supports fair and open trade."
        participant(s, "Chen").rsvp = Rsvp.DECLINED
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v2.docx")]) == 0
    capsys.readouterr()

    memo = tmp_path / "memo.docx"
    assert cli([*base, "diff", "Roundtable", "--memo", str(memo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Changes from version 1 to version 2\n")
    assert '- rsvp "Mr. CHEN Jun (Supreme People\'s Court)": RSVP Tentative → Declined' in out
    assert '- reworded "Trade and IP" (text): IP supports fair {+and open+} trade.' in out
    memo_text = [p.text for p in docx.Document(str(memo)).paragraphs]
    assert memo_text[0] == "Changes since version 1"
    assert "Talking points" in memo_text and "Participants" in memo_text
    runs = [r for p in docx.Document(str(memo)).paragraphs for r in p.runs]
    assert [r.text for r in runs if r.font.underline] == ["and open"]

    zh_memo = tmp_path / "memo-zh.docx"
    assert cli([*base, "diff", "Roundtable", "--lang", "zh", "--memo", str(zh_memo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("第 1 版至第 2 版的变更\n\n与会者：\n")
    assert "  - 改写“Trade and IP”（正文）：IP supports fair {+and open+} trade." in out
    assert docx.Document(str(zh_memo)).paragraphs[0].text == "第 1 版以来的变更"

    assert cli([*base, "versions", "Roundtable"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["v1", "v2"]
    assert "approved by Director Liu" in lines[0] and "\tdraft\t" in lines[1]

    approved = tmp_path / "v1-approved.docx"
    assert cli([*base, "versions", "Roundtable", "--export", "1", "--out", str(approved)]) == 0
    assert header_text(approved) == "FOR OFFICIAL USE ONLY"
    capsys.readouterr()
    assert cli([*base, "versions", "Roundtable"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(f"\tapproved file {file_sha256(approved)[:12]}")
    assert "approved file" not in lines[1]  # drafts record no approved export


def test_comments_command_and_user_errors_are_one_line(db, db_path, tmp_path, capsys):
    _setup(db)
    base = ["--db", str(db_path)]
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v1.docx")]) == 0
    args = [*base, "comments", "Roundtable", "--version", "1"]
    assert cli([*args, "--add", "Update titles.", "--on", "organization:supreme"]) == 0
    assert cli([*args, "--add", "Fine.", "--on", "talking_point:Madrid System"]) == 0
    assert cli([*base, "comments", "Roundtable", "--resolve", "2"]) == 0
    capsys.readouterr()
    assert cli([*base, "comments", "Roundtable", "--open"]) == 0
    out = capsys.readouterr().out
    assert "[organization: Supreme People's Court]" in out and "Fine." not in out

    letter = tmp_path / "letter.docx"
    docx.Document().save(str(letter))
    assert cli([*base, "import-comments", "Roundtable", str(letter)]) == 2
    assert cli([*base, "review", "Roundtable", "1", "--approve"]) == 2
    assert cli([*base, "diff", "Roundtable"]) == 2
    assert cli([*args, "--add", "x", "--on", "organization:nobody"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"briefing-app: {letter}: is not a briefing pack made by Briefing App (its document "
        "properties carry no meeting identifier and version)",
        'briefing-app: meeting "IP Roundtable 2022": version 1 is a draft: submit it for '
        "review before you approve",
        'briefing-app: meeting "IP Roundtable 2022" has 1 pack version(s); generate another '
        "pack to compare",
        'briefing-app: this pack version has no organization matching "nobody"',
    ]


def test_comments_options_are_checked_not_guessed(db, db_path, tmp_path, capsys):
    from briefing_app.cli import build_parser
    from briefing_app.db.models import Meeting

    _setup(db)
    with db.session() as s, s.begin():
        s.add(Meeting(title="Other meeting"))
    base = ["--db", str(db_path)]
    assert cli([*base, "pack", "Roundtable", "--out", str(tmp_path / "v1.docx")]) == 0
    args = [*base, "comments", "Roundtable"]
    assert cli([*args, "--version", "1", "--add", "Check titles."]) == 0
    capsys.readouterr()
    assert cli([*args, "--version", "abc"]) == 2
    assert cli([*args, "--resolve", "0"]) == 2  # an action, not a listing
    assert cli([*base, "comments", "Other", "--resolve", "1"]) == 2  # not that meeting's
    assert capsys.readouterr().err.splitlines() == [
        'briefing-app: "abc" is not a pack version number (e.g. 1, 2 or v2)',
        'briefing-app: no review comment with id 0 on meeting "IP Roundtable 2022"',
        'briefing-app: no review comment with id 1 on meeting "Other meeting"',
    ]
    with pytest.raises(SystemExit) as exited:
        cli([*args, "--resolve", "1", "--reopen", "1"])
    assert exited.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert cli([*args, "--open"]) == 0 and "Check titles." in capsys.readouterr().out
    parse = build_parser().parse_args
    for action in (["--resolve", "0"], ["--reopen", "0"], ["--add", ""]):
        parsed = parse([*args, *action])
        assert parsed.writes(parsed) is True, action  # takes the writer lock
    parsed = parse([*args, "--version", "1"])
    assert parsed.writes(parsed) is False
