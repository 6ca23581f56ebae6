"""Reading an import file a record at a time (services/interchange/stream.py) gives
what reading it whole gives: the same records, problems in the same order, the
same cleaning report and the same message for a file that is not JSON."""

from __future__ import annotations

import json

import pytest

from briefing_app.services.interchange import stream
from briefing_app.services.interchange.validate import check_document, parse
from briefing_app.services.interchange.values import Bad
from tests.services.test_interchange_roundtrip import full_document


def _whole(data: bytes):
    try:
        ds = check_document(parse(data))
    except Bad as exc:
        return str(exc)
    return ds.records, ds.problems, ds.report.lines()


def _streamed(tmp_path, data: bytes):
    path = tmp_path / "data.json"
    path.write_bytes(data)
    try:
        ds = stream.read_document(path)
    except Bad as exc:
        return str(exc)
    return ds.records, ds.problems, ds.report.lines()


def _with_problems() -> dict:
    doc = full_document()
    doc["version"] = 2
    doc["colour"] = "blue"
    doc["organizations"][0]["name_en"] = "Bad\x0bname\x01"  # cleaned
    doc["organizations"][1]["precedence_rank"] = 10**50  # a huge number
    doc["people"][0]["rank"] = "first"
    doc["people"].append("not a record")
    doc["talking_points"][0]["status"] = "unknown"
    doc["engagements"] = {"not": "a list"}
    return doc


DOCUMENTS = {
    "full": json.dumps(full_document(), ensure_ascii=False, indent=2).encode(),
    "compact": json.dumps(full_document(), ensure_ascii=False, separators=(",", ":")).encode(),
    "problems": json.dumps(_with_problems(), ensure_ascii=False, indent=1).encode(),
    "bom": b"\xef\xbb\xbf" + json.dumps(full_document()).encode(),
    "empty arrays": b'{"format": "briefing-app", "version": 1, "people": [ ], "meetings":[]}',
    "empty object": b"{ }",
    "no header": b'{"organizations": [{"uid": "O-1", "name_en": "A"}, 12, 3.5, null]}',
}
BROKEN = {
    "syntax": b'{"format": "briefing-app", "organizations": [{"uid": "O-1",, }]}',
    "cut short": json.dumps(full_document()).encode()[:-40],
    "extra data": b'{"format": "briefing-app"} []',
    "not utf-8": b'{"format": "briefing-app", "organizations": [{"name_en": "\xff"}]}',
    "a list": b'[{"format": "briefing-app"}]',
    "a key twice": b'{"organizations": [{"uid": "O-1"}], "organizations": [{"uid": "x"}]}',
    "empty": b"",
    "deep": b'{"organizations": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",
}


@pytest.mark.parametrize("chunk", [1, 7, 4096])
@pytest.mark.parametrize("name", [*DOCUMENTS, *BROKEN])
def test_the_same_as_reading_the_whole_file(tmp_path, monkeypatch, name, chunk):
    monkeypatch.setattr(stream, "CHUNK_BYTES", chunk)  # values and characters cut in pieces
    data = DOCUMENTS.get(name) or BROKEN[name]
    assert _streamed(tmp_path, data) == _whole(data)


def test_problems_are_found(tmp_path):
    records, problems, cleaned = _streamed(tmp_path, DOCUMENTS["problems"])
    assert problems[0].startswith("version: expected 1, got 2")
    assert problems[1].startswith("colour: unknown top-level key")
    assert any("a number of 51 digits" in p for p in problems)
    assert cleaned and len(records["organizations"]) == 2
