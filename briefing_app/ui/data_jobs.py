"""Background work of File ▸ Import data… / Export data… (Qt-free; run on the pool).

The same services as ``briefing-app import`` and ``briefing-app export-data``.
An import is first tried in a transaction that is rolled back, so the user
sees what it would create and update (or every problem the file has) before
anything is written; applying backs the database up first, then validates and
applies again in one transaction (all or nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DataImportPlan:
    """What importing ``path`` would do, as plain data."""

    path: str
    summary: str
    cleaning: list[str] = field(default_factory=list)
    #: Records the import would create or change (0: the file is already in the database).
    changes: int = 0
    #: What it would create and update, per array ("organizations": 16...).
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DataImportDone:
    path: str
    summary: str
    cleaning: list[str] = field(default_factory=list)
    backup: str = ""
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DataExportDone:
    path: str
    #: (array name, number of records) of what was written, non-empty arrays only.
    counts: list[tuple[str, int]] = field(default_factory=list)


def preview_data_import(db, path: str, *, progress) -> DataImportPlan:
    """Validate the whole file and work out its effect; nothing is kept."""
    from briefing_app.services.interchange import apply, check_data, readable

    progress(0, 3, "")
    raw = readable(path)
    progress(1, 3, "")
    with db.session() as session:
        session.begin()
        try:
            dataset = check_data(session, raw, source=path)
            progress(2, 3, "")
            result = apply(session, dataset)
        finally:
            session.rollback()
    changes = sum(result.created.values()) + sum(result.updated.values())
    return DataImportPlan(
        path, result.summary(), result.cleaning_lines(), changes,
        _nonzero(result.created), _nonzero(result.updated),
    )  # fmt: skip


def _nonzero(counts) -> dict[str, int]:
    return {name: n for name, n in counts.items() if n}


def apply_data_import(db, path: str, *, progress) -> DataImportDone:
    """Back up, then import the file in one transaction."""
    from briefing_app.services.backup import backup_before
    from briefing_app.services.interchange import apply, check_data, readable

    progress(0, 3, "")
    raw = readable(path)
    backup = backup_before("import", db)
    progress(1, 3, "")
    with db.session() as session, session.begin():
        result = apply(session, check_data(session, raw, source=path))
    progress(3, 3, "")
    return DataImportDone(
        path, result.summary(), result.cleaning_lines(), str(backup or ""),
        _nonzero(result.created), _nonzero(result.updated),
    )  # fmt: skip


def export_data(db, path: str, *, progress) -> DataExportDone:
    """The whole database in the interchange format, written atomically to ``path``."""
    from briefing_app.services.interchange.export import read_snapshot, write_export

    progress(0, 1, "")
    with db.session() as session:
        read_snapshot(session)
        target, counts = write_export(session, path)
    progress(1, 1, "")
    return DataExportDone(str(target), [(name, n) for name, n in counts.items() if n])
