"""The JSON interchange format (docs/interchange.md): import with whole-file
validation before any write, and deterministic export.

Typical use (the caller owns the transaction)::

    with db.session() as s, s.begin():
        result = import_file(s, "dataset.json")
    print(result.summary())
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from briefing_app.errors import UserError, ValidationError
from briefing_app.services.interchange.apply import ImportResult, apply
from briefing_app.services.interchange.export import (
    dumps,
    export_dataset,
    export_json,
    write_file,
)
from briefing_app.services.interchange.references import DbIndex, check_references
from briefing_app.services.interchange.schema import FORMAT_NAME, FORMAT_VERSION
from briefing_app.services.interchange.stream import read_document
from briefing_app.services.interchange.validate import Dataset, check_document, parse
from briefing_app.services.interchange.values import Bad

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportResult",
    "apply",
    "check_data",
    "dumps",
    "export_dataset",
    "export_json",
    "import_data",
    "import_file",
    "read_file",
    "readable",
    "write_file",
]


def read_file(path: str | os.PathLike) -> bytes:
    """The bytes of an import file; a missing/unreadable file is a UserError."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


def readable(path: str | os.PathLike) -> Path:
    """``path``, once it is known to open (else the UserError of ``read_file``): an
    import reads it a record at a time (``stream.py``)."""
    try:
        with open(path, "rb"):
            return Path(path)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


Raw = bytes | str | dict | os.PathLike


def check_data(session: Session, raw: Raw, source: str = "") -> Dataset:
    """Parse and validate a whole document (a file named by a path is read a record at
    a time); raises ValidationError listing every problem."""
    try:
        if isinstance(raw, os.PathLike):
            ds = read_document(raw)
        else:
            ds = check_document(parse(raw) if isinstance(raw, bytes | str) else raw)
    except Bad as exc:
        raise ValidationError([str(exc)], source=source) from None
    if ds.records:  # a JSON object: cross-record checks too, so one run reports everything
        check_references(ds, DbIndex.load(session))
    if ds.problems:
        raise ValidationError(ds.problems, source=source)
    return ds


def import_data(session: Session, raw: Raw, source: str = "") -> ImportResult:
    """Validate everything, then upsert by uid. Writes nothing if any problem is found."""
    ds = check_data(session, raw, source)
    return apply(session, ds)


def import_file(session: Session, path: str | os.PathLike) -> ImportResult:
    return import_data(session, readable(path), source=str(path))
