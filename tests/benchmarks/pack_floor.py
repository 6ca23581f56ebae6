"""The floor of the pack benchmark: the same document.xml made by plain string
formatting, zipped with the same other parts.

:func:`plan_floor` takes a real pack (.docx) once, outside the timing, and keeps
its document.xml as *shapes*: each paragraph (and the table, row and cell markup
between paragraphs) with its texts cut out, as a ``str.format`` pattern, the
distinct ones shared; plus the rows' texts in document order, unescaped, and
the file's other parts. :func:`build_floor` is then the least work any writer of
that document must do: escape each text, format each paragraph, join, encode and
zip it with the same parts (deflated, like the real pack). Reading the rows from
the database is not in the floor (the benchmark prints it on its own).

The floor's document.xml equals the real one byte for byte
(:func:`build_document_xml` is checked against it), so the comparison is of the
same document.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import unescape

DOCUMENT = "word/document.xml"
_PARAGRAPH = re.compile(r"<w:p>.*?</w:p>", re.S)
_TEXT = re.compile(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")


@dataclass
class FloorPlan:
    """What the floor writes: shapes, (shape, texts) items and the other parts."""

    shapes: list[str]
    items: list[tuple[int, tuple[str, ...]]]
    parts: list[tuple[zipfile.ZipInfo, bytes]]
    reference: bytes

    @property
    def texts(self) -> int:
        return sum(len(texts) for _, texts in self.items)


def _braces(literal: str) -> str:
    return literal.replace("{", "{{").replace("}", "}}")


def _shape(xml: str) -> tuple[str, tuple[str, ...]]:
    """A paragraph's pattern (texts cut out) and its texts, unescaped."""
    pattern, texts, pos = [], [], 0
    for m in _TEXT.finditer(xml):
        pattern.append(_braces(xml[pos : m.end(1)]) + "{}")
        texts.append(unescape(m.group(2)))
        pos = m.start(3)
    pattern.append(_braces(xml[pos:]))
    return "".join(pattern), tuple(texts)


def plan_floor(docx_path: str | Path) -> FloorPlan:
    """The shapes, texts and parts of a real pack (once, not timed)."""
    with zipfile.ZipFile(docx_path) as zf:
        parts = [(info, zf.read(info)) for info in zf.infolist()]
    reference = next(data for info, data in parts if info.filename == DOCUMENT)
    xml = reference.decode("utf-8")
    index: dict[str, int] = {}
    items: list[tuple[int, tuple[str, ...]]] = []

    def add(pattern: str, texts: tuple[str, ...]) -> None:
        items.append((index.setdefault(pattern, len(index)), texts))

    pos = 0
    for m in _PARAGRAPH.finditer(xml):
        if m.start() > pos:
            add(*_shape(xml[pos : m.start()]))
        add(*_shape(m.group()))
        pos = m.end()
    add(*_shape(xml[pos:]))
    return FloorPlan(list(index), items, parts, reference)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_document_xml(plan: FloorPlan) -> bytes:
    """document.xml by plain string formatting of the texts into the shapes."""
    fmt = [shape.format for shape in plan.shapes]
    return "".join([fmt[i](*[_escape(t) for t in texts]) for i, texts in plan.items]).encode()


def build_floor(plan: FloorPlan, out: str | Path) -> None:
    """The floor: document.xml formatted, zipped with the same parts, written."""
    document = build_document_xml(plan)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in plan.parts:
            zf.writestr(info.filename, document if info.filename == DOCUMENT else data)
    Path(out).write_bytes(buffer.getvalue())


def check_floor(plan: FloorPlan) -> None:
    """The floor writes the real pack's document.xml, byte for byte."""
    if build_document_xml(plan) != plan.reference:
        raise AssertionError("the floor's document.xml differs from the real pack's")
