"""Reading a participant list from .xlsx or .csv into raw rows.

What kind of file it is comes from its first bytes, not its name: a zip is an
.xlsx (checked for a workbook part, and read through ``services/archive.py``,
which refuses zip bombs, before openpyxl sees it), an OLE2 compound file is an
encrypted workbook or an old .xls, anything else must be text. CSV encodings
are detected, never guessed: byte-order marks first, then strict UTF-8, then
GB18030 only if the result is plausible Chinese text; otherwise the user is
told the encoding could not be recognised.

openpyxl parses the XML with defusedxml (``openpyxl.xml.DEFUSEDXML``), so
entity-expansion bombs are refused by the parser.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.errors import UserError, ValidationError

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
PARTICIPANT_SHEETS = ("participants", "参会人员", "参会名单")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


class ImportFileError(UserError):
    """The file cannot be read as a participant list (type, damage, encryption, encoding)."""


@dataclass
class RawRows:
    """Cell values as read, before headers are interpreted."""

    kind: str  # "xlsx" or "csv"
    rows: list[tuple[int, list[object]]]  # (1-based row number, values)
    merged: list[str] = field(default_factory=list)  # merged ranges, e.g. "B5:C6"
    encoding: str = ""
    #: (row number, 0-based column) of cells holding a formula, read as its text.
    formulas: set[tuple[int, int]] = field(default_factory=set)


def read_rows(path: str | Path) -> RawRows:
    """Raw rows of the participant sheet of ``path`` (.xlsx) or of the CSV file."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(ZIP_SIGNATURE):
        return read_xlsx(path)
    if head == OLE2_SIGNATURE:
        raise ImportFileError(_ole2_message(path))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ImportFileError(f"{path.name}: not an Excel workbook (the file is damaged)")
    return read_csv(path)


def _ole2_message(path: Path) -> str:
    data = path.read_bytes()
    if "EncryptionInfo".encode("utf-16-le") in data:
        return (
            f"{path.name}: the workbook is password-protected (encrypted); "
            "save a copy without a password and import that"
        )
    return (
        f"{path.name}: an old-format .xls workbook; save it as .xlsx (or CSV UTF-8) and import that"
    )


def check_zip(path: Path) -> None:
    """Refuse a damaged zip, or a zip that is not an Excel workbook."""
    from briefing_app.services.archive import check_directory

    check_directory(path, path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(f"{path.name}: the workbook is damaged ({exc})") from exc
    if "xl/workbook.xml" not in names:
        what = "a Word document" if "word/document.xml" in names else "a zip file"
        raise ImportFileError(f"{path.name}: not an Excel workbook ({what})")


def _pick_sheet(wb):
    for ws in wb.worksheets:
        if ws.title.strip().casefold() in PARTICIPANT_SHEETS:
            return ws
    return wb.worksheets[0]


def _merged_ranges(wb, ws) -> list[str]:
    """Merged ranges of a read-only sheet, from the tail of its XML (cheap: no re-parse)."""
    with wb._archive.open(ws._worksheet_path) as fh:
        data = fh.read()
    start = data.find(b"mergeCell ")
    return [m.decode() for m in _MERGE.findall(data, max(start - 3, 0))] if start >= 0 else []


def _unreadable(path: Path, exc: BaseException) -> ImportFileError:
    """A one-line error for a workbook openpyxl cannot parse; XML bombs named as such."""
    from defusedxml import DefusedXmlException

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return ImportFileError(
                f"{path.name}: refused: the workbook's XML declares entities or a DTD "
                f"({seen.__class__.__name__}); Excel never writes that (an XML bomb?)"
            )
        seen = seen.__cause__ or seen.__context__
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return ImportFileError(
        f"{path.name}: cannot read the workbook, it is damaged ({exc.__class__.__name__}: {first})"
    )


def formula_text(value: object) -> str:
    """The text of a formula as typed in Excel (``=HYPERLINK(...)``)."""
    text = getattr(value, "text", value)  # an array formula keeps its text in .text
    return text if isinstance(text, str) else f"={value}"


def _sheet_rows(ws, formulas: set[tuple[int, int]]) -> list[tuple[int, list[object]]]:
    """Non-empty rows of ``ws``; a formula cell gives its text and is noted in ``formulas``.

    Formulas are read as formulas, never as their cached results: a file saved by a
    program that does not calculate has no result, and reading it as empty would erase
    the stored value on apply.
    """
    rows = []
    for n, cells in enumerate(ws.iter_rows(), 1):
        values = [cell.value for cell in cells]
        for col, cell in enumerate(cells):
            if cell.data_type == "f":
                values[col] = formula_text(cell.value)
                formulas.add((n, col))
        if any(v is not None and v != "" for v in values):
            rows.append((n, values))
    return rows


def read_xlsx(path: Path) -> RawRows:
    """Values of the participant sheet (the one named Participants, else the first)."""
    from openpyxl import load_workbook

    from briefing_app.services.archive import checked_copy

    check_zip(path)
    contents = checked_copy(path, path.name)  # zip bombs refused before decompressing
    try:
        wb = load_workbook(contents, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl/defusedxml raise many types for bad input
        raise _unreadable(path, exc) from exc
    formulas: set[tuple[int, int]] = set()
    try:
        ws = _pick_sheet(wb)
        ws.reset_dimensions()
        rows = _sheet_rows(ws, formulas)
        merged = _merged_ranges(wb, ws)
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    finally:
        wb.close()
    return RawRows("xlsx", rows, merged, formulas=formulas)


def _plausible_gb18030(data: bytes, text: str) -> bool:
    """Whether GB18030 output looks like real text rather than mojibake.

    GB18030 decodes almost any byte string, so we reject results holding
    unassigned, private-use or C1 control characters, and results where most
    double-byte characters end in an ASCII byte (what Latin-1 accents followed
    by letters turn into; genuine Chinese text rarely does that).
    """
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cn", "Co", "Cs") or "\x80" <= ch <= "\x9f":
            return False
    pairs = ascii_tail = 0
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 < len(data) and 0x30 <= data[i + 1] <= 0x39:
            i += 4  # four-byte sequence
            continue
        pairs += 1
        ascii_tail += i + 1 < len(data) and data[i + 1] < 0x80
        i += 2
    return pairs == 0 or ascii_tail * 2 <= pairs


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) for CSV bytes; ImportFileError if no encoding fits cleanly."""
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (with BOM)"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    )
    for bom, codec, label in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    f"{name}: starts with a {label} byte-order mark but is not valid {label} "
                    f"(byte {exc.start})"
                ) from exc
    if b"\x00" in data:
        raise ImportFileError(f"{name}: not a workbook or a CSV text file (binary data)")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_gb18030(data, text):
        return text, "GB18030"
    raise ImportFileError(
        f"{name}: cannot tell the text encoding (it is not UTF-8, UTF-16 or GB18030/GBK); "
        'save it from Excel as "CSV UTF-8" or as .xlsx'
    )


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path) -> RawRows:
    """Rows of a comma-, semicolon- or tab-delimited text file in a detected encoding."""
    text, encoding = decode_text(path.read_bytes(), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        rows = [(n, row) for n, row in enumerate(reader, 1) if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise ValidationError([f"line {reader.line_num}: {exc}"], source=path.name) from exc
    return RawRows("csv", rows, [], encoding)
