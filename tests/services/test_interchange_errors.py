"""Bad interchange files: every class of problem is reported with the record
and field, ALL problems are listed at once, and nothing at all is written."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import func, select

from briefing_app.db.base import Base
from briefing_app.errors import ValidationError
from briefing_app.services.interchange import import_data
from tests.services.test_interchange_roundtrip import full_document

pytestmark = pytest.mark.both_backends


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


def _problems(db, raw) -> list[str]:
    """Import ``raw`` into ``db``; return the problems, asserting nothing changed."""
    before = _counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s, s.begin():
        import_data(s, raw, source="data.json")
    assert _counts(db) == before
    assert str(info.value).startswith("data.json: ")
    return info.value.problems


def _doc(change) -> dict:
    doc = copy.deepcopy(full_document())
    change(doc)
    return doc


def _set(path: str, value):
    """A change that sets ``doc[a][i][b]...`` (path "people.0.rank") to ``value``."""

    def change(doc):
        *parents, last = path.split(".")
        node = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is _DELETE:
            del node[int(last) if last.isdigit() else last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()

CASES = [
    # (change, the problem expected, word for word)
    (_set("people.0.rank", "3"), 'people[0].rank: expected a whole number, got "3"'),
    (_set("people.0.family_name", _DELETE), "people[0].family_name: missing (required)"),
    (_set("people.0.family_name", "  "), "people[0].family_name: must not be empty"),
    (
        _set("talking_points.0.status", "final"),
        'talking_points[0].status: "final" is not allowed (allowed: draft, approved, retired)',
    ),
    (
        _set("engagements.0.date", "2022-02-30"),
        'engagements[0].date: expected a date YYYY-MM-DD, got "2022-02-30"',
    ),
    (
        _set("meetings.0.starts_at", "23/03/2022"),
        'meetings[0].starts_at: expected a date and time YYYY-MM-DDTHH:MM[:SS], got "23/03/2022"',
    ),
    (
        _set("meetings.0.starts_at", "2022-03-23T09:30:00+08:00"),
        "meetings[0].starts_at: give the time without a UTC offset (local time),"
        ' got "2022-03-23T09:30:00+08:00"',
    ),
    (
        _set("meetings.0.timezone", "Asia/Beijing"),
        'meetings[0].timezone: unknown time zone "Asia/Beijing" (e.g. Asia/Shanghai, UTC)',
    ),
    (
        _set("meetings.0.agenda.0.start_time", "9h30"),
        'meetings[0].agenda[0].start_time: expected a time HH:MM, got "9h30"',
    ),
    (
        _set("meetings.0.participants.1.rsvp", "maybe"),
        'meetings[0].participants[1].rsvp: "maybe" is not allowed'
        " (allowed: invited, confirmed, tentative, declined, attended)",
    ),
    (
        _set("people.0.organization", "MOFCOMM"),
        'people[0].organization: unknown organization "MOFCOMM" (did you mean "MOFCOM"?)',
    ),
    (
        _set("talking_points.0.priorities", ["PR-1", "PR-9"]),
        'talking_points[0].priorities: unknown priority "PR-9"',
    ),
    (
        _set("meetings.0.participants.0.person", "P-404"),
        'meetings[0].participants[0].person: unknown person "P-404"',
    ),
    (
        _set("organizations.1.uid", "ORG-P"),
        'organizations[1].uid: duplicate uid "ORG-P" (also organizations[0])',
    ),
    (
        _set("meetings.0.participants.1.uid", "PA-1"),
        'meetings[0].participants[1].uid: duplicate uid "PA-1" (also meetings[0].participants[0])',
    ),
    (_set("people.0.languages", "zh"), 'people[0].languages: expected a list of texts, got "zh"'),
    (
        _set("review_comments.0.resolved", "yes"),
        'review_comments[0].resolved: expected true or false, got "yes"',
    ),
    (
        _set("review_comments.0.pack_version", 2),
        'review_comments[0].pack_version: no pack version 2 of meeting "M-1" in this file',
    ),
    (
        _set("pack_versions.0.snapshot", []),
        "pack_versions[0].snapshot: expected an object, got a list",
    ),
    (
        _set("people.0.organisation", "ORG-A"),
        'people[0].organisation: unknown field (did you mean "organization"?)',
    ),
    (
        _set("organizations.0.parent", "ORG-A"),
        'organizations[0].parent: "ORG-P" would be its own ancestor',
    ),
    (_set("meetings.0.ends_at", "2022-03-22T12:00:00"), "meetings[0].ends_at: before starts_at"),
    (
        _set("format", "csv"),
        'format: expected "briefing-app", got "csv" (is this a Briefing App interchange file?)',
    ),
    (
        _set("version", 2),
        "version: expected 1, got 2 (written by a newer Briefing App; update the app)",
    ),
    (_set("people", {}), "people: expected a list of records, got an object"),
    (_set("people.0", "P-1"), 'people[0]: expected an object, got "P-1"'),
    (_set("meetings.0.agenda", None), "meetings[0].agenda: expected a list, got null"),
    (
        _set("meetings.0.talking_points.1.organization", None),
        "meetings[0].talking_points[1]: talking point chosen twice for the same organization"
        " (also meetings[0].talking_points[0])",
    ),
]


@pytest.mark.parametrize(("change", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_each_problem_is_named_and_nothing_is_written(demo_db, change, expected):
    """On a database that already holds data, a file with ONE bad field writes
    none of its many good records."""
    problems = _problems(demo_db, _doc(change))
    assert any(p == expected or p.startswith(expected + " (did you mean") for p in problems)


def test_every_problem_is_listed_at_once(db):
    def change(doc):
        doc["people"][0]["organization"] = "MOFCOMM"
        doc["people"][0]["rank"] = "1"
        doc["engagements"][0]["date"] = "yesterday"
        doc["talking_points"][0]["status"] = "done"

    problems = _problems(db, _doc(change))
    assert len(problems) == 4, problems


def test_not_json_names_line_and_column(db):
    problems = _problems(db, '{\n  "format": "briefing-app",\n  "version": 1,,\n}')
    assert problems == [
        "not valid JSON: Expecting property name enclosed in double quotes at line 3, column 16"
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe{}", "not UTF-8 text (bad byte at offset 0)"),
        ("[1, 2]", 'expected a JSON object with "format": "briefing-app", got a list'),
        ("", "not valid JSON: Expecting value at line 1, column 1"),
    ],
)
def test_wrong_encoding_and_shape(db, raw, expected):
    assert _problems(db, raw) == [expected]


def test_nested_uid_of_another_meeting_is_refused(demo_db):
    """A participant uid the database already has under another meeting."""
    with demo_db.session() as s:
        from briefing_app.db.models import Participant

        taken = s.scalar(select(Participant.uid).limit(1))
    doc = _doc(_set("meetings.0.participants.0.uid", taken))
    problems = _problems(demo_db, doc)
    assert f'meetings[0].participants[0].uid: "{taken}" belongs to another meeting' in (problems[0])


def test_error_message_lists_problems_one_per_line(db):
    doc = _doc(_set("people.0.rank", "x"))
    doc["engagements"][0]["date"] = "x"
    with pytest.raises(ValidationError) as info, db.session() as s, s.begin():
        import_data(s, json.dumps(doc), source="data.json")
    assert str(info.value).splitlines() == [
        "data.json: ",
        '  people[0].rank: expected a whole number, got "x"',
        '  engagements[0].date: expected a date YYYY-MM-DD, got "x"',
    ]
