"""What the fuzzer feeds and to what: seed files made by the app itself (a JSON
export, a participant list as .xlsx and .csv, a pack with Word comments) and,
per format, the service entry points the CLI command calls, run in a
transaction that is rolled back so every case meets the same database."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from openpyxl import load_workbook

from briefing_app.db.migrate import open_database

MEETING = "Roundtable 2022"


@dataclass
class World:
    """The fuzzing database (demo data plus one recorded pack) and the seed files."""

    folder: Path
    db_path: Path
    db: object
    meeting_id: int
    seeds: dict[str, bytes]


def build_world(folder: Path) -> World:
    from briefing_app.services.demo import load_demo
    from briefing_app.services.interchange import export_json
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.participants import export_participants
    from briefing_app.services.review.delivery import generate_version

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "fuzz.db"
    db = open_database(str(db_path))
    with db.session() as s, s.begin():
        load_demo(s)
    with db.session() as s:
        meeting_id = find_meeting(s, MEETING).id
    pack = generate_version(db, meeting_id, folder / "pack.docx").path
    with db.session() as s:  # after the pack: the export has a pack version too
        (folder / "seed.json").write_text(export_json(s), encoding="utf-8")
        export_participants(s, meeting_id, folder / "seed.xlsx")
    seeds = {
        "json": (folder / "seed.json").read_bytes(),
        "xlsx": (folder / "seed.xlsx").read_bytes(),
        "csv": _csv_of(folder / "seed.xlsx").encode("utf-8"),
        "docx": _commented(pack, folder / "seed.docx").read_bytes(),
    }
    return World(folder, db_path, db, meeting_id, seeds)


def _csv_of(xlsx: Path) -> str:
    sheet = load_workbook(xlsx, read_only=True).active
    out = io.StringIO()
    writer = csv.writer(out)
    for row in sheet.iter_rows(values_only=True):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def _commented(pack: Path, out: Path) -> Path:
    """The pack with a reviewer's comments on a few paragraphs and a table cell."""
    document = docx.Document(str(pack))
    paragraphs = [p for p in document.paragraphs if p.runs and p.text.strip()]
    for n, p in enumerate(paragraphs[3::17][:6]):
        document.add_comment(p.runs, f"Comment {n}: check this.", author="Director Liu")
    cell = document.tables[0].rows[-1].cells[-1].paragraphs[0]
    if cell.runs:
        document.add_comment(cell.runs, "Allow 45 minutes.", author="Deputy Zhang")
    document.save(str(out))
    return out


# --- what each format is given to ------------------------------------------------------


def import_json(session, path: Path, world: World) -> None:
    """``briefing-app import FILE.json``: read, check everything, apply."""
    from briefing_app.services.interchange import apply, check_data, read_file

    dataset = check_data(session, read_file(path), source=str(path))
    apply(session, dataset)


def import_participants(session, path: Path, world: World) -> None:
    """``briefing-app import-participants MEETING FILE --apply``: preview, then apply."""
    from briefing_app.services.participants import apply_import, preview_import

    preview = preview_import(session, world.meeting_id, path)
    preview.lines()
    if preview.can_apply:
        apply_import(session, world.meeting_id, preview)


def import_comments(session, path: Path, world: World) -> None:
    """``briefing-app import-comments MEETING FILE.docx``."""
    from briefing_app.services.review.word_comments import import_word_comments

    import_word_comments(session, MEETING, path)


@dataclass(frozen=True)
class Target:
    name: str  # the format, also the seed's key and the file suffix
    run: Callable
    command: Callable[[Path], list[str]]  # the CLI arguments for a subprocess spot check


TARGETS = (
    Target("json", import_json, lambda p: ["import", "--dry-run", str(p)]),
    Target("xlsx", import_participants, lambda p: ["import-participants", MEETING, str(p)]),
    Target("csv", import_participants, lambda p: ["import-participants", MEETING, str(p)]),
    Target("docx", import_comments, lambda p: ["import-comments", MEETING, str(p)]),
)


def json_seed(world: World) -> dict:
    return json.loads(world.seeds["json"])
