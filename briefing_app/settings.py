"""Every user setting, declared once with its default.

Settings are stored as JSON in ``paths.settings_file()`` so the CLI and the GUI
read the same values. Unknown keys, and values of the wrong type (a hand-edited
``"backup_interval_minutes": "30"``), are ignored and the default is used; a
damaged file falls back to the defaults rather than stopping the app.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import re
import tempfile
from dataclasses import MISSING, asdict, dataclass, fields
from pathlib import Path

from briefing_app import paths
from briefing_app.errors import Problem, UserError

log = logging.getLogger(__name__)

MiB = 1024 * 1024

#: The most characters of a document reference's prefix ("WOC", "WOC-PROT").
REFERENCE_PREFIX_LIMIT = 16
#: Characters a reference prefix may hold: what a reader can quote and type anywhere
#: (a file name, an e-mail subject, a registry): Latin letters, digits, "-", "." and
#: "_". Not "/", which separates the reference's parts, nor spaces.
_PREFIX_CHARS = re.compile(r"[A-Za-z0-9._-]")


def reference_prefix_problem(text: str) -> Problem | None:
    """Why ``text`` cannot be the ``reference_prefix`` setting, or None ("" is fine:
    the pack then uses the office name's initials)."""
    text = text.strip()
    if len(text) > REFERENCE_PREFIX_LIMIT:
        return Problem(
            "too_long", "is {n} characters long; at most {limit} fit",
            n=len(text), limit=REFERENCE_PREFIX_LIMIT,
        )  # fmt: skip
    wrong = next((c for c in text if not _PREFIX_CHARS.match(c)), None)
    if wrong is not None:
        return Problem(
            "reference_prefix_char",
            "“{char}” cannot be in a document reference: use Latin letters, digits, "
            "“-”, “.” or “_” (no spaces or “/”)",
            char=wrong,
        )
    if text and not text[0].isalnum():
        return Problem(
            "reference_prefix_start", "a document reference starts with a letter or digit"
        )
    return None


def default_reference_prefix(office_name: str) -> str:
    """The prefix when the setting is empty: the office name's capital initials that may
    stand in a reference ("WIPO Office in China" -> "WOC"), else "BP"."""
    initials = "".join(
        w[0] for w in office_name.split() if w[:1].isupper() and _PREFIX_CHARS.match(w[0])
    )
    return initials[:REFERENCE_PREFIX_LIMIT] or "BP"


@dataclass(frozen=True)
class ArchiveLimits:
    """How far a .docx or .xlsx the app opens may expand before it is refused as a zip
    bomb (``services/archive.py``), checked on the sizes the archive declares before
    anything is decompressed, then on the bytes actually read."""

    #: Files inside one archive (a large pack has a few dozen).
    members: int = 10_000
    #: Uncompressed size of one file inside (a 400-organization pack's text: 7 MB).
    member_bytes: int = 256 * MiB
    #: Uncompressed size of all of them together.
    total_bytes: int = 512 * MiB
    #: Uncompressed size / compressed size of one file (Word XML: up to ~50)...
    ratio: int = 200
    #: ...checked once the file is larger than this.
    ratio_floor: int = 10 * MiB


#: The limits every archive read uses (tests may replace them).
ARCHIVE_LIMITS = ArchiveLimits()


@dataclass(frozen=True)
class TemplateLimits:
    """What filling in a pack template may use. It runs in a child process
    (``services/limited_run.py``) that is stopped at these limits, so a template that
    never ends, or fills the memory, cannot hang the app while it holds the writer
    lock; the sandbox refuses the obvious cases at once (``services/pack/template.py``)."""

    #: Processor time of the child (a 400-organization pack takes about 1 s).
    cpu_seconds: int = 30
    #: Time on the clock, for a child that waits instead of computing.
    wall_seconds: int = 60
    #: Memory the child may add to what the app already uses (that pack: ~150 MB).
    memory_bytes: int = 1024 * MiB
    #: Size in bits of a number a template computes with ``**``.
    power_bits: int = 10_000
    #: Length of a text or list a template makes with ``*`` or ``+``.
    sequence_items: int = 1_000_000
    #: Numbers all of one render's ``range()`` calls may produce together.
    range_items: int = 1_000_000


#: The limits every template render uses (tests may replace them).
TEMPLATE_LIMITS = TemplateLimits()


@dataclass(frozen=True)
class PhotoLimits:
    """What a person's photograph may be (``services/photos.py``): checked before an
    image is decoded (file size, pixels declared in its header), then kept small."""

    #: Size of the image file read (a phone photo is 2-6 MB).
    file_bytes: int = 10 * MiB
    #: Pixels declared by the image (width x height): a decompression bomb declares
    #: billions in a small file; 50 million is a 8000 x 6000 camera picture.
    pixels: int = 50_000_000
    #: Longest side kept in the database (the pack prints photos 3 cm wide).
    stored_side: int = 800
    #: Longest side of the copy put into a pack (3 cm at 300 dpi is 354 pixels; a
    #: pack version's snapshot keeps these copies, about 20 KB each).
    pack_side: int = 400


#: The limits every photo import uses (tests may replace them).
PHOTO_LIMITS = PhotoLimits()


@dataclass
class Settings:
    #: SQLAlchemy URL or file path of the database; empty = the default file.
    database: str = ""
    #: Office named as author and "Prepared by" on every document.
    office_name: str = "WIPO Office in China"
    #: The office's name in Chinese, for Chinese and bilingual documents; empty = the
    #: Chinese name of the office's organization (``host_organization``), else English.
    office_name_zh: str = ""
    #: The office's own organization (its uid): host of new meetings. Empty = the
    #: organization named like ``office_name`` (English, Chinese name or acronym).
    host_organization: str = ""
    #: Time zone of the last meeting created; new meetings start in it (empty = the system's).
    last_timezone: str = ""
    #: Marking printed in headers/footers when a meeting has none of its own.
    classification: str = "FOR OFFICIAL USE ONLY"
    #: That marking in Chinese; empty = the usual Chinese form of a listed marking
    #: ("仅供公务使用", domain/vocabulary.MARKING_WORDS), else the English.
    classification_zh: str = ""
    #: Word template for packs; empty = the shipped template.
    pack_template: str = ""
    #: Language of the user interface: "en" or "zh_CN"; empty = the system's language.
    ui_language: str = ""
    #: Pack language when none is given: "en", "zh" or "both".
    pack_language: str = "en"
    #: Minutes between automatic backups while data is changing.
    backup_interval_minutes: int = 30
    #: Name recorded as author of pack versions and review decisions.
    user_name: str = ""
    #: Folder "Export briefing set…" writes into; empty = ask the first time.
    briefing_set_folder: str = ""
    #: Whether a briefing set also gets PDF copies (when LibreOffice is installed).
    briefing_set_pdf: bool = True
    #: Latin family names in capitals in documents ("Ms. WANG Fang"), as many
    #: protocol offices write them (docs/names.md).
    family_name_capitals: bool = True
    #: Biographies (with photos) in the pack: "heads" (heads of delegation), "all"
    #: (everyone attending) or "none" (docs/pack.md, "Biographies").
    pack_biographies: str = "heads"
    #: First part of a pack's document reference ("WOC/ROUNDTABLE-2022/v3"); empty =
    #: the capital initials of ``office_name`` (docs/pack.md, "Cover").
    reference_prefix: str = ""

    def resolved_reference_prefix(self) -> str:
        """``reference_prefix``, else (none, or one the Preferences would refuse, written
        into the file by hand) the office name's capital initials ("WIPO Office in
        China" -> "WOC"), else "BP"."""
        prefix = self.reference_prefix.strip()
        problem = reference_prefix_problem(prefix)
        if prefix and problem is None:
            return prefix
        if problem is not None:
            log.warning("setting reference_prefix=%r ignored: %s", prefix, problem)
        return default_reference_prefix(self.office_name)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        try:
            path = path or paths.settings_file()
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, paths.DataFolderError):
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        values = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            default = f.default if f.default is not MISSING else None
            value = raw[f.name]
            if type(value) is type(default):
                values[f.name] = value
            else:
                log.warning("setting %s=%r ignored: expected %s", f.name, value, type(default))
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        """Write atomically (temporary file beside it, then replace); UserError on failure."""
        path = path or paths.settings_file()
        text = json.dumps(asdict(self), indent=2, ensure_ascii=False)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
            raise UserError(f"cannot save settings to {path}: {exc.strerror or exc}") from exc

    def resolved_user_name(self) -> str:
        if self.user_name:
            return self.user_name
        try:
            return getpass.getuser()  # LOGNAME/USER/USERNAME, else the account database
        except (OSError, KeyError, ImportError):
            return "unknown"
