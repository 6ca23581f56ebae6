"""What the importer fuzzer (tests/fuzz/fuzz_importers.py) found, as regression
tests: each file is refused with exit 2 and one line, or read, never exit 1,
and nothing but that line reaches stderr."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from briefing_app.cli import run
from briefing_app.errors import LINE_LIMIT

MEETING = "Roundtable 2022"


@pytest.fixture
def demo_list(demo_db, tmp_path, capsys):
    out = tmp_path / "list.xlsx"
    assert run(["--db", str(demo_db.path), "participants", MEETING, "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def _rezip(source, out, change) -> None:
    """``out``: the zip ``source`` with each member's bytes through ``change(name, data)``
    (None drops the member; a list writes each item under that name)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            for item in data if isinstance(data, list) else [data] if data is not None else []:
                zout.writestr(info, item)


def _import_list(demo_db, path, capsys) -> tuple[int, list[str]]:
    code = run(["--db", str(demo_db.path), "import-participants", MEETING, str(path)])
    err = capsys.readouterr().err.splitlines()
    assert all(len(line) <= LINE_LIMIT for line in err) and "Traceback" not in "".join(err)
    return code, err


def test_a_member_whose_deflate_data_is_damaged_is_refused(demo_db, demo_list, capsys):
    """zlib.error ("invalid block type") escaped the archive reader: exit 1."""
    raw = bytearray(demo_list.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    raw[info.header_offset + 30 + name_len + extra_len] = 0x07  # final block, reserved type
    demo_list.write_bytes(bytes(raw))
    code, err = _import_list(demo_db, demo_list, capsys)
    assert code == 2 and len(err) == 1
    assert "member xl/worksheets/sheet1.xml: refused: it is damaged (error:" in err[0]


def test_two_members_of_the_same_name_are_refused(demo_db, demo_list, tmp_path, capsys):
    """zipfile printed "UserWarning: Duplicate name" on stderr while copying such an
    archive, and which of the two a reader takes is anyone's guess."""
    doubled = tmp_path / "doubled.xlsx"
    with pytest.warns(UserWarning, match="Duplicate name"):
        _rezip(demo_list, doubled, lambda n, d: [d, d] if "sheet1.xml" in n else d)
    code, err = _import_list(demo_db, doubled, capsys)
    assert code == 2 and err == [
        "briefing-app: doubled.xlsx: member xl/worksheets/sheet1.xml: refused: the archive "
        "holds two files of that name"
    ]


def test_a_library_warning_goes_to_the_log_not_to_stderr(demo_db, demo_list, tmp_path, capsys):
    """openpyxl warns about extensions it does not support (Excel writes them): the
    warning and its source line used to follow the command's output on stderr."""
    from briefing_app import paths

    extended = tmp_path / "extended.xlsx"
    ext = b'<extLst><ext uri="{12345678-1234-1234-1234-123456789012}"><x/></ext></extLst>'
    _rezip(
        demo_list,
        extended,
        lambda n, d: d.replace(b"</worksheet>", ext + b"</worksheet>") if "sheet1" in n else d,
    )
    code, err = _import_list(demo_db, extended, capsys)
    assert code == 0 and err == []
    assert "Unknown extension is not supported" in paths.log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        # the styles part loses its content type: python-docx loads it as a plain Part
        lambda xml: re.sub(rb'(PartName="/word/styles.xml") ContentType="[^"]*"', rb"\1", xml),
        lambda xml: xml.replace(b"comments+xml", b"comments+xm,l"),
    ],
)
def test_a_pack_with_a_damaged_content_type_is_refused(demo_db, tmp_path, capsys, change):
    """AttributeError "'Part' object has no attribute 'styles'" (or 'comments'): exit 1."""
    import docx

    db = str(demo_db.path)
    pack = tmp_path / "pack.docx"
    assert run(["--db", db, "pack", MEETING, "--out", str(pack)]) == 0
    document = docx.Document(str(pack))
    paragraph = next(p for p in document.paragraphs if p.runs and p.text.strip())
    document.add_comment(paragraph.runs, "Check.", author="Director")
    document.save(str(pack))
    damaged = tmp_path / "damaged.docx"
    _rezip(pack, damaged, lambda n, d: change(d) if n == "[Content_Types].xml" else d)
    capsys.readouterr()
    assert run(["--db", db, "import-comments", MEETING, str(damaged)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and len(err[0]) <= LINE_LIMIT
    assert err[0].startswith(f"briefing-app: {damaged}: cannot be read as a Word document (")
