"""Pack templates: bad ones are refused with one message listing every problem,
rendering is sandboxed, and a failure never touches an existing pack."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from openpyxl import Workbook

from briefing_app.cli import run as cli
from briefing_app.errors import TargetFileError
from briefing_app.paths import default_pack_template
from briefing_app.services.pack import generate_pack
from briefing_app.services.pack.template import TemplateError, load_template
from tests.benchmarks.synthetic import make_large_meeting

OLD = b"the previous pack"


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_large_meeting(s, organizations=2, people_per_org=2, points_per_org=2)


@pytest.fixture
def previous(tmp_path):
    target = tmp_path / "out" / "pack.docx"
    target.parent.mkdir()
    target.write_bytes(OLD)
    return target


def _restyled(tmp_path, name: str, edit) -> str:
    """A copy of the shipped template changed by ``edit(document)``."""
    document = docx.Document(default_pack_template())
    edit(document)
    path = tmp_path / name
    document.save(path)
    return str(path)


def _bad_placeholders_and_styles(document) -> None:
    document.add_paragraph("{{ cover.nonsense }} {{ budget }} {{ L.no_such_label }}")
    document.add_paragraph("{%p for org in organizations %}")
    document.add_paragraph("{{ org.shoe_size }}")
    document.add_paragraph("{%p endfor %}")
    document.styles["Heading 2"].delete()


def _bad_files(tmp_path) -> dict[str, tuple[str, str]]:
    """name -> (path, expected words in the message)."""
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"this is not a word document")
    ole = tmp_path / "protected.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    xlsx = tmp_path / "sheet.docx"
    Workbook().save(xlsx)
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(default_pack_template().read_bytes()[:3000])
    return {
        "junk": (str(junk), "not a Word .docx file"),
        "ole": (str(ole), "password-protected"),
        "xlsx": (str(xlsx), "Excel workbook renamed"),
        "truncated": (str(truncated), "not a Word .docx file"),
        "missing": (str(tmp_path / "nope.docx"), "does not exist"),
    }


def test_shipped_template_is_valid():
    assert load_template(None) is not None


def test_unknown_placeholders_and_missing_styles_listed_in_one_message(tmp_path):
    path = _restyled(tmp_path, "bad.docx", _bad_placeholders_and_styles)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    message = str(caught.value)
    for words in (
        '"cover.nonsense"',
        '"budget"',
        '"L.no_such_label"',
        '"org.shoe_size"',
        'missing style "Heading 2"',
    ):
        assert words in message
    assert path in message and len(caught.value.problems) >= 5


@pytest.mark.parametrize("kind", ["junk", "ole", "xlsx", "truncated", "missing"])
def test_bad_template_files_refused_and_previous_pack_kept(
    db, meeting_id, tmp_path, previous, kind
):
    path, words = _bad_files(tmp_path)[kind]
    with db.session() as s, pytest.raises(TemplateError, match=words):
        generate_pack(s, meeting_id, previous, template=path)
    assert previous.read_bytes() == OLD
    assert [p.name for p in previous.parent.iterdir()] == ["pack.docx"]


def test_cli_reports_bad_template_in_one_go(db_path, meeting_id, tmp_path, previous, capsys):
    path = _restyled(tmp_path, "bad.docx", _bad_placeholders_and_styles)
    code = cli(["--db", str(db_path), "pack", "1", "--out", str(previous), "--template", path])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "budget" in err and "Traceback" not in err
    assert "more problem(s) (all of them in" in err  # the CLI prints one line
    from briefing_app import paths

    assert "Heading 2" in paths.log_file().read_text(encoding="utf-8")  # every problem at once
    assert previous.read_bytes() == OLD


def test_rendering_is_sandboxed(db, meeting_id, tmp_path, previous):
    path = _restyled(
        tmp_path, "evil.docx", lambda d: d.add_paragraph("{{ ''.__class__.__mro__[1] }}")
    )
    with db.session() as s, pytest.raises(TemplateError, match="may not use"):
        generate_pack(s, meeting_id, previous, template=path)
    assert previous.read_bytes() == OLD


def test_restyled_template_is_followed(db, meeting_id, tmp_path):
    def restyle(document):
        document.styles["Heading 1"].font.name = "Georgia"

    path = _restyled(tmp_path, "georgia.docx", restyle)
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "g.docx", template=path)
    assert docx.Document(result.path).styles["Heading 1"].font.name == "Georgia"


def test_a_template_asking_word_to_update_fields_is_not_followed(db, meeting_id, tmp_path):
    def ask_update(document):  # a template saved from an old pack carries the setting
        document.settings.element.append(OxmlElement("w:updateFields"))

    path = _restyled(tmp_path, "update.docx", ask_update)
    assert b"updateFields" in zipfile.ZipFile(path).read("word/settings.xml")
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "u.docx", template=path)
    with zipfile.ZipFile(result.path) as zf:
        assert b"updateFields" not in zf.read("word/settings.xml")  # no prompt on opening


def test_file_open_elsewhere_or_missing_folder_gives_clear_message(db, meeting_id, previous):
    lock = previous.parent / f"~${previous.name}"
    lock.write_bytes(b"owner")
    with db.session() as s, pytest.raises(TargetFileError, match="open in another program"):
        generate_pack(s, meeting_id, previous)
    assert previous.read_bytes() == OLD
    with db.session() as s, pytest.raises(TargetFileError, match="does not exist"):
        generate_pack(s, meeting_id, previous.parent / "missing" / "pack.docx")


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid"), reason="POSIX permissions")
def test_unwritable_folder_keeps_previous_pack(db, meeting_id, previous):
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders; run as a normal user")
    previous.parent.chmod(0o555)
    try:
        with db.session() as s, pytest.raises(TargetFileError, match="not writable"):
            generate_pack(s, meeting_id, previous)
    finally:
        previous.parent.chmod(0o755)
    assert previous.read_bytes() == OLD


def test_truncated_template_is_really_damaged(tmp_path):
    path, _ = _bad_files(tmp_path)["truncated"]
    assert not zipfile.is_zipfile(path)
