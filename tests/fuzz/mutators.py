"""Mutations drawn with Hypothesis (``st.data()``): structured ones that keep a
file readable enough to reach the importer's deeper checks (a JSON value
replaced, an Excel cell rewritten, a Word part's attribute changed) and byte
level ones (flips, inserts, cuts, repeats) on the file or on one zip member."""

from __future__ import annotations

import codecs
import copy
import csv
import io
import json
import re
import zipfile
from datetime import date, datetime

from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

#: Values that have broken importers before, or sit on a limit.
INTERESTING = [
    "",
    " ",
    "Asia",
    "Asia/",
    "../etc",
    "/etc/passwd",
    "Europe/Zurich",
    "\x00",
    "\x01ORG-A",
    "ORG-A\x0b",
    "\ufeff",
    "\u202e",
    "\u200b",
    "\r\n",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "@SUM(A1)",
    "{{ 7*7 }}",
    "{% include 'x' %}",
    "2026-03-29T02:30",
    "2026-10-25T02:30",
    "2022-02-30",
    "2022-03-23T09:30:00+08:00",
    "24:00",
    "-1",
    "1e309",
    "NaN",
    "9" * 25,
    "9" * 5000,
    "x" * 301,
    "x" * 32_768,
    "😀" * 16_384,
    "ORG-A",
    "ORG-P",
    "P-1",
    "M-1",
    "MOFCOM",
    "WOC",
    "ROUNDTABLE-2022",
    "RT22-P-WOC-DIR",
    "draft",
    "approved",
    "head_of_delegation",
    "confirmed",
    "Head of delegation",
    "团长",
    "Record ID (do not edit)",
    "Family name",
    "Organization",
]

small_text = st.text(max_size=30)
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63 - 1, 2**63, -(2**63) - 1, 10**30, 0, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    small_text,
    st.sampled_from(INTERESTING),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(small_text, inner, max_size=4),
    max_leaves=8,
)


# --- bytes -----------------------------------------------------------------------------

_CHUNKS = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b'"', b"{", b"]", b",", b"\\u0000", b"\\ud800"]
_CHUNKS += [b"9" * 5000, b"<", b"&", b"]]>", b"<!ENTITY x SYSTEM 'file:///etc/passwd'>", b"\n"]


def mutate_bytes(data: st.DataObject, raw: bytes, max_ops: int = 4) -> bytes:
    """``raw`` after 1 to ``max_ops`` byte-level changes."""
    buf = bytearray(raw)
    for _ in range(data.draw(st.integers(1, max_ops), label="byte ops")):
        if not buf:
            buf.extend(data.draw(st.binary(min_size=1, max_size=16)))
            continue
        at = data.draw(st.integers(0, len(buf) - 1), label="at")
        op = data.draw(st.sampled_from(["flip", "insert", "chunk", "cut", "repeat", "truncate"]))
        if op == "flip":
            buf[at] ^= data.draw(st.integers(1, 255))
        elif op == "insert":
            buf[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        elif op == "chunk":
            buf[at:at] = data.draw(st.sampled_from(_CHUNKS))
        elif op == "cut":
            del buf[at : at + data.draw(st.integers(1, 256))]
        elif op == "repeat":
            piece = buf[at : at + data.draw(st.integers(1, 256))]
            buf[at:at] = piece * data.draw(st.integers(1, 50))
        else:
            del buf[at:]
    return bytes(buf)


# --- JSON ------------------------------------------------------------------------------


def _paths(node, prefix=()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


def _get(node, path):
    for key in path:
        node = node[key]
    return node


def mutate_json(data: st.DataObject, seed: dict) -> bytes:
    """The seed document after a few structured changes, serialised in some way,
    sometimes with byte-level changes on top (or a number of thousands of digits)."""
    doc = copy.deepcopy(seed)
    for _ in range(data.draw(st.integers(1, 5), label="json ops")):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="path")
        parent, key = _get(doc, path[:-1]), path[-1]
        op = data.draw(st.sampled_from(["set", "set", "delete", "add", "dup", "copy"]))
        if op == "set":
            parent[key] = data.draw(json_value, label="value")
        elif op == "delete":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[data.draw(small_text | st.sampled_from(list(parent) or ["x"]))] = data.draw(
                json_value
            )
        elif op == "dup" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif op == "copy":
            other = data.draw(st.sampled_from(paths))
            if other[: len(path)] != path:  # not into itself
                parent[key] = copy.deepcopy(_get(doc, other))
    text = json.dumps(
        doc,
        ensure_ascii=data.draw(st.booleans(), label="ascii"),
        indent=data.draw(st.sampled_from([None, 1])),
        allow_nan=True,
    )
    if data.draw(st.integers(0, 9), label="long number") == 0:
        numbers = [m.start() for m in re.finditer(r"(?<=: )-?\d+", text)]
        if numbers:
            at = data.draw(st.sampled_from(numbers))
            text = text[:at] + "9" * data.draw(st.integers(20, 6000)) + text[at:]
    raw = text.encode(data.draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16"])))
    return mutate_bytes(data, raw) if data.draw(st.integers(0, 4), label="bytes") == 0 else raw


# --- participant lists -----------------------------------------------------------------

cell_value = st.one_of(
    st.none(),
    small_text,
    st.sampled_from(INTERESTING),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.times(),
)


def _cell_ops(data: st.DataObject, sheet) -> None:
    rows, cols = max(sheet.max_row, 1), max(sheet.max_column, 1)
    for _ in range(data.draw(st.integers(1, 6), label="cell ops")):
        op = data.draw(st.sampled_from(["cell", "cell", "cell", "del row", "ins row", "merge"]))
        row = data.draw(st.integers(1, rows + 2), label="row")
        col = data.draw(st.integers(1, cols + 1), label="col")
        if op == "cell":
            value = data.draw(cell_value, label="cell")
            if isinstance(value, str):
                value = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)  # openpyxl refuses
            if not isinstance(sheet.cell(row=row, column=col), MergedCell):
                sheet.cell(row=row, column=col, value=value)
        elif op == "del row":
            sheet.delete_rows(row, data.draw(st.integers(1, 3)))
        elif op == "ins row":
            sheet.insert_rows(row, data.draw(st.integers(1, 3)))
        else:
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col + 1)


def mutate_xlsx(data: st.DataObject, seed: bytes) -> bytes:
    """The list with cells rewritten (sometimes an extra sheet or a renamed one);
    sometimes one zip member changed at byte level, or the whole file."""
    book = load_workbook(io.BytesIO(seed))
    sheet = book.active
    _cell_ops(data, sheet)
    if data.draw(st.integers(0, 9), label="sheets") == 0:
        sheet.title = data.draw(st.sampled_from(["Sheet1", "参会人员", "Participants"]))
        book.create_sheet(data.draw(st.sampled_from(["Participants", "Notes"])), 0)
    out = io.BytesIO()
    book.save(out)
    raw = out.getvalue()
    how = data.draw(st.integers(0, 5), label="xlsx bytes")
    if how == 0:
        return mutate_bytes(data, raw)
    if how == 1:
        return mutate_member(data, raw)
    return raw


_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252", "latin-1", "shift_jis"]


def mutate_csv(data: st.DataObject, seed: bytes) -> bytes:
    """The list's rows with cells changed, written with some dialect and encoding."""
    rows = list(csv.reader(io.StringIO(seed.decode("utf-8"))))
    for _ in range(data.draw(st.integers(1, 6), label="csv ops")):
        r = data.draw(st.integers(0, len(rows)), label="row")
        if r == len(rows) or data.draw(st.integers(0, 7)) == 0:
            rows.insert(r, [data.draw(small_text) for _ in range(data.draw(st.integers(0, 20)))])
            continue
        c = data.draw(st.integers(0, len(rows[r])), label="col")
        value = str(data.draw(cell_value, label="cell"))
        if c == len(rows[r]):
            rows[r].append(value)
        else:
            rows[r][c] = value
    out = io.StringIO()
    delimiter = data.draw(st.sampled_from([",", ",", ";", "\t"]))
    csv.writer(out, delimiter=delimiter).writerows(rows)
    encoding = data.draw(st.sampled_from(_ENCODINGS), label="encoding")
    raw = out.getvalue().encode(encoding, errors="replace")
    if encoding == "utf-16" and data.draw(st.booleans()):
        raw = codecs.BOM_UTF16_LE + out.getvalue().encode("utf-16-le")
    return mutate_bytes(data, raw) if data.draw(st.integers(0, 3), label="bytes") == 0 else raw


# --- Word and zip members --------------------------------------------------------------

_DOCX_PARTS = [
    "word/comments.xml",
    "word/comments.xml",
    "word/document.xml",
    "docProps/core.xml",
    "docProps/custom.xml",
    "[Content_Types].xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
]
_ATTRIBUTE = re.compile(rb'(w:id|w:author|w:val|w:date|Target|ContentType|r:id)="[^"]*"')
_XML_VALUES = st.sampled_from([b"", b"abc", b"-1", b"9" * 40, b"&amp;", b"\xc3\x28", b"0", b"1"])


def _mutate_xml(data: st.DataObject, xml: bytes) -> bytes:
    spots = [m.span() for m in _ATTRIBUTE.finditer(xml)]
    op = data.draw(st.sampled_from(["attr", "attr", "drop attr", "drop tag", "bytes"]))
    if op.endswith("attr") and spots:
        start, end = data.draw(st.sampled_from(spots), label="attribute")
        name = xml[start:end].split(b"=", 1)[0]
        new = b"" if op == "drop attr" else name + b'="' + data.draw(_XML_VALUES) + b'"'
        return xml[:start] + new + xml[end:]
    if op == "drop tag":
        tags = [m.span() for m in re.finditer(rb"<w:(comment\w*|p|r|t)\b[^>]*>", xml)]
        if tags:
            start, end = data.draw(st.sampled_from(tags), label="tag")
            return xml[:start] + xml[end:]
    return mutate_bytes(data, xml, max_ops=2)


def mutate_member(data: st.DataObject, raw: bytes, parts: list[str] | None = None) -> bytes:
    """The zip ``raw`` with one member changed (or dropped, or doubled)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    names = [i.filename for i, _ in items]
    chosen = data.draw(st.sampled_from([p for p in (parts or names) if p in names] or names))
    op = data.draw(st.sampled_from(["xml", "xml", "xml", "drop", "double"]), label="member op")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, content in items:
            if info.filename != chosen:
                zout.writestr(info, content)
            elif op == "xml":
                zout.writestr(info, _mutate_xml(data, content))
            elif op == "double":
                zout.writestr(info, content)
                zout.writestr(info, _mutate_xml(data, content))
    return out.getvalue()


def mutate_docx(data: st.DataObject, seed: bytes) -> bytes:
    """The commented pack with one part changed (mostly the comments and the
    marks in the document), sometimes twice, sometimes the whole file's bytes."""
    if data.draw(st.integers(0, 7), label="docx bytes") == 0:
        return mutate_bytes(data, seed)
    raw = mutate_member(data, seed, _DOCX_PARTS)
    if data.draw(st.booleans(), label="again"):
        raw = mutate_member(data, raw, _DOCX_PARTS)
    return raw


MUTATORS = {"json": mutate_json, "xlsx": mutate_xlsx, "csv": mutate_csv, "docx": mutate_docx}
