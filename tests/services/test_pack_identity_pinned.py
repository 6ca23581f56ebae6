"""A pack version's identity (its content hash, services/review/identity.py) never
changes for the same content: databases made before keep their versions. The hashes
below were computed by the code before the pack command read the meeting once
(``PackReader``); the demo meeting is deterministic (fixed uids and dates). When the
demo's data changed since (its two free-text agenda speakers got their Chinese,
``speaker_zh``), the pins were checked the same way: with that new text blanked,
the code gives the pins from before exactly; the new pins are the demo with it.
Then the content itself changed on purpose (the demo read as a director would): the
annex's source line labels the period and leaves it out when the source names it
("MTSP 2022-2026", not "MTSP 2022-2026, 2022-2026"), and a listed meeting kind is in
the pack's language ("Roundtable / 圆桌会议"); the content dicts before and after that
change differ in exactly those fields (checked), and the pins were made again. Again
when a bilingual agenda's speaker chosen from the people became two lines (English,
then Chinese) instead of one that wrapped inside a Chinese title: only the agenda's
``speaker`` fields differ. Again when the Chinese forms of the office name, the
marking, the venue and city and the annex's sources and periods reached Chinese and
bilingual packs (the demo got ``venue_zh``, ``city_zh``, ``source_zh`` and
``period_zh``; the office's Chinese name comes from its organization, the marking's
from the listed markings): with that Chinese blanked (and the office name and marking
given a "Chinese" equal to the English), the code gives the pins from before exactly;
the content dicts differ in exactly the ``office`` (bilingual: English and Chinese on
two lines, for the letterhead), ``marking``, cover ``venue`` (two lines too) and
``prepared_by``, glance ``where`` and annex ``source`` fields (bilingual: the English line, then the
Chinese one, "来源：… · 时期：…").

The pack command reads the meeting's rows once for the pack and its identity."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import event, select

from briefing_app.db.models import Meeting, Organization, PackVersion, Person, TalkingPoint
from briefing_app.services.pack import build_pack_content
from briefing_app.services.pack.model import ChartSeat, SeatingChart
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.identity import (
    NOT_CONTENT,
    NOT_CONTENT_COVER,
    content_hash,
    content_identity,
)

#: (include_drafts, bios) -> the demo meeting's content hash, as the old code made it.
DEMO = {
    (False, None): "437c269174972b91d3604f181fbef9b43ba475d0d43abb205ef6a0e848659fd0",
    (False, "all"): "422ba7cb131ebfec7596269b583a6a3466204700976845226e2c62720903e8ad",
    (True, None): "f4c38b345508e914c31df4445d220870854469fa5a86a3f59a0c821d8bf0520e",
    (True, "all"): "0d9c2080e85298e34fc945430bbb04a17d26edabbec3d471ff9c55156ddd93c6",
}
#: The demo after :func:`_spoil`, with drafts and everyone's biography.
SPOILED = "0151c97e409900e565ab93c17b9d92a10e55eea25b22baec2fe48c91eb1bc68a"


def _spoil(session) -> None:
    """Characters Word cannot store in a few fields of every kind (cleaning removes them
    and reports it; what is left is the content)."""
    for person in session.scalars(select(Person).order_by(Person.id)).all()[::3]:
        person.title_en = f"{person.title_en}\x0bx\x01"
        person.family_name = f"{person.family_name}\x02"
        person.bio = f"{person.bio or ''}\x0cmore"
    for org in session.scalars(select(Organization).order_by(Organization.id)).all()[::2]:
        org.mandate = f"{org.mandate}\x0by"
        org.name_en = f"{org.name_en}\x1f"
    for tp in session.scalars(select(TalkingPoint).order_by(TalkingPoint.id)).all()[::2]:
        tp.text_en = f"{tp.text_en}\x0bz\x00"
        tp.title_zh = f"{tp.title_zh}\x03"
    meeting = session.scalars(select(Meeting)).first()
    meeting.objectives = f"{meeting.objectives}\x0bobj"
    meeting.venue = f"{meeting.venue}\x01"


@pytest.mark.parametrize(("drafts", "bios"), list(DEMO))
def test_the_demo_meetings_content_hash_is_the_one_the_old_code_made(demo_db, drafts, bios):
    with demo_db.session() as s:
        _meeting_id, identity = content_identity(s, "Roundtable", drafts, bios)
        both = build_pack_content(s, "Roundtable", "both", drafts, pack_version=1, bios=bios)
    assert identity == DEMO[(drafts, bios)]
    assert content_hash(both) == identity


def test_text_cleaned_of_control_characters_hashes_as_before(demo_db):
    with demo_db.session() as s, s.begin():
        _spoil(s)
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "en", True, bios="all")
        assert content_identity(s, "Roundtable", True, "all")[1] == SPOILED
    assert any("removed" in line for line in content.cleaned)


def _statements_reading(db, table: str):
    """A list that fills with the statements run on ``db`` that read rows of ``table``
    (select its id column first, as the ORM and ``rows.records`` do)."""
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith(f"SELECT {table}.id,"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    return seen, lambda: event.remove(db.engine, "before_cursor_execute", note)


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_the_pack_command_records_that_hash_and_reads_the_meeting_once(demo_db, tmp_path, language):
    seen, stop = _statements_reading(demo_db, "participants")
    try:
        made = generate_version(demo_db, "Roundtable", tmp_path / "pack.docx", language=language)
    finally:
        stop()
    with demo_db.session() as s:
        (stored,) = s.scalars(select(PackVersion.content_hash)).all()
    assert stored == DEMO[(False, None)]
    assert made.version.number == 1 and made.content.language == language
    assert len(seen) == 1, seen  # the seats: once for the pack and its identity


def test_the_hash_is_of_the_canonical_json_of_to_dict(demo_db):
    """The hash is written without making ``to_dict()``; it is the hash of its text,
    numbers and empty values of a seating chart included."""
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "both", True, pack_version=3, bios="all")
    content.seating = SeatingChart(
        shape="round", seat_count=2, seats=[ChartSeat(1, 0.5, -2.25, 90.0, True, None, "A")]
    )
    data = {k: v for k, v in content.to_dict().items() if k not in NOT_CONTENT}
    data["cover"] = {k: v for k, v in data["cover"].items() if k not in NOT_CONTENT_COVER}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert content_hash(content) == hashlib.sha256(text.encode("utf-8")).hexdigest()
