"""Reading an import file a record at a time: the file is decoded a megabyte at a
time and each record of the top-level arrays is parsed (``json``'s C decoder) and
checked as soon as it is read, so neither the file's text nor its parsed tree is
ever held whole; only the checked records are (``validate.Record``).

The outcome is the one ``check_document(parse(file))`` gives: the same records,
problems in the same order (header, unknown keys, then each array in the order of
``ENTITIES``), the same cleaning report. Whatever this reader does not handle
itself (a syntax error, bytes that are not UTF-8, a top level that is not an
object, a key given twice, nesting too deep) is read the whole-file way instead,
so that its message is exactly the one ``parse`` gives.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator

from briefing_app.domain.text import CleanReport
from briefing_app.services.bulk import bulk_work
from briefing_app.services.interchange.schema import ENTITIES
from briefing_app.services.interchange.validate import (
    TOP_KEYS,
    Dataset,
    check_document,
    check_header,
    check_record,
    hint,
    parse,
)
from briefing_app.services.interchange.values import describe, read_int

CHUNK_BYTES = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder(parse_int=read_int)


class _Unusual(Exception):
    """Something the whole-file reading handles (and words) instead."""


def read_document(path: str | os.PathLike) -> Dataset:
    """The checked records of the file at ``path``; raises ``values.Bad`` when it is
    not JSON (as ``parse`` does). The file must be readable (``readable``)."""
    try:
        with open(path, "rb") as file, bulk_work():
            return _Reader(file).document()
    except (_Unusual, RecursionError, UnicodeDecodeError):
        with open(path, "rb") as file:
            return check_document(parse(file.read()))


class _Reader:
    def __init__(self, file) -> None:
        self.file = file
        self.decode = codecs.getincrementaldecoder("utf-8-sig")().decode
        self.text, self.pos, self.eof = "", 0, False

    # -------------------------------------------------------------- the text
    def _more(self) -> None:
        """Drop what was read and append the next piece of the file."""
        if self.eof:
            raise _Unusual
        data = self.file.read(CHUNK_BYTES)
        self.eof = not data
        self.text = self.text[self.pos :] + self.decode(data, final=self.eof)
        self.pos = 0

    def _peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if self.eof:
                return ""
            self._more()

    def _take(self, char: str) -> None:
        if self._peek() != char:
            raise _Unusual
        self.pos += 1

    def _value(self) -> object:
        """The next JSON value, read further into the file until it is whole."""
        self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                self._more()  # cut short by the end of the piece (or wrong: _Unusual at the end)
                continue
            if end < len(self.text) or self.eof:  # a number may go on in the next piece
                self.pos = end
                return value
            self._more()

    # -------------------------------------------------------------- the document
    def _members(self) -> Iterator[str]:
        """Each top-level key, positioned at its value."""
        self._take("{")
        if self._peek() == "}":
            self.pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise _Unusual
                self._take(":")
                yield key
                if self._peek() == "}":
                    self.pos += 1
                    break
                self._take(",")
        if self._peek() != "":
            raise _Unusual  # "Extra data": worded by json

    def _items(self) -> Iterator[object]:
        self._take("[")
        if self._peek() == "]":
            self.pos += 1
            return
        while True:
            yield self._value()
            if self._peek() == "]":
                self.pos += 1
                return
            self._take(",")

    def document(self) -> Dataset:
        header: dict[str, object] = {}
        unknown: list[str] = []
        parts: dict[str, Dataset] = {}
        for key in self._members():
            if key in header or key in parts or key in unknown:
                raise _Unusual  # the last one counts in JSON: read it whole
            if key in ENTITIES:
                parts[key] = self._entity(key)
            else:
                value = self._value()
                if key in TOP_KEYS:
                    header[key] = value
                else:
                    unknown.append(key)
        ds = Dataset(records={}, report=CleanReport(), problems=[])
        check_header(header, ds.problems)
        ds.problems.extend(f"{key}: unknown top-level key{hint(key, TOP_KEYS)}" for key in unknown)
        for name in ENTITIES:
            part = parts.get(name) or Dataset(records={name: []}, report=CleanReport(), problems=[])
            if name in part.records:  # not when it was not a list (as check_document)
                ds.records[name] = part.records[name]
            ds.problems.extend(part.problems)
            ds.report.merge(part.report)
        return ds

    def _entity(self, name: str) -> Dataset:
        """One top-level array, each record checked as it is read."""
        part = Dataset(records={}, report=CleanReport(), problems=[])
        if self._peek() != "[":
            value = self._value()
            part.problems.append(f"{name}: expected a list of records, got {describe(value)}")
            return part
        part.records[name] = []
        fields = ENTITIES[name][1]
        records = part.records[name]
        for i, item in enumerate(self._items()):
            rec = check_record(f"{name}[{i}]", i, item, fields, part)
            if rec is not None:
                records.append(rec)
        return part
