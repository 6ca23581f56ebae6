"""The participant list's columns, shared by the Excel export and the import.

One spec per column: a stable key, the English and Chinese header names, the
width hint and whether long text wraps. The import recognises a header by any
of its names (English, Chinese, the bilingual "English / 中文" form the export
writes for bilingual meetings, and a few common aliases), in any column order.
Enum values (role, RSVP) are shown with people's labels and read back from the
label, the Chinese label or the stored value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing_app.domain.vocabulary import ROLE_WORDS, RSVP_WORDS


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the participant list."""

    key: str
    en: str
    zh: str
    width: int = 14
    wrap: bool = False
    aliases: tuple[str, ...] = ()
    printed: bool = False

    def header(self, language: str = "en") -> str:
        """Header text in ``language`` ("en", "zh" or "both")."""
        if language == "zh":
            return self.zh
        if language == "both":
            return f"{self.en} / {self.zh}"
        return self.en


#: The printed columns come first (what a venue needs: No., delegation, names in
#: both scripts, title, role, RSVP, seat, needs); the others follow, outside the
#: print area. Widths of printed columns are caps (their text wraps beyond).
COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("no", "No.", "序号", 5, printed=True, aliases=("#", "number", "no")),
    ColumnSpec(
        "org_en", "Organization", "单位（英文）", 24, True, ("organisation", "agency"), True
    ),
    ColumnSpec(
        "org_zh", "Organization (Chinese)", "单位（中文）", 14, True, ("单位", "单位名称"), True
    ),
    ColumnSpec("honorific", "Honorific", "称谓", 8, True, ("salutation",), True),
    ColumnSpec("family_name", "Family name", "姓", 12, True, ("surname", "last name"), True),
    ColumnSpec("given_name", "Given name", "名", 12, True, ("first name",), True),
    ColumnSpec("native_name", "Name in native script", "姓名（原文）", 10, True, ("姓名",), True),
    ColumnSpec("title", "Title", "职务", 24, True, ("position", "job title"), True),
    ColumnSpec("role", "Role", "角色", 11, True, printed=True),
    ColumnSpec("rsvp", "RSVP", "出席回复", 10, True, ("rsvp status", "回复"), True),
    ColumnSpec("seat", "Seat", "座位", 6, True, printed=True),
    ColumnSpec("needs", "Dietary/access needs", "饮食/无障碍需求", 18, True, ("needs",), True),
    ColumnSpec("email", "E-mail", "电子邮件", 26, aliases=("email", "邮箱")),
    ColumnSpec("phone", "Phone", "电话", 16, aliases=("telephone", "tel")),
    ColumnSpec("remarks", "Remarks", "备注", 30, True, ("notes", "comments")),
    # Read only: the organization's name in its own language (right to left when it is).
    ColumnSpec("org_native", "Organization (own language)", "单位（原文）", 24, True),
    ColumnSpec(
        "uid", "Record ID (do not edit)", "记录编号（请勿修改）", 12, aliases=("record id",)
    ),
)
#: How many columns (from A) are printed.
PRINTED = sum(c.printed for c in COLUMNS)

BY_KEY = {c.key: c for c in COLUMNS}
#: Columns the import needs to identify a row: an organization name and a family name.
REQUIRED_ANY = (("org_en", "org_zh"), ("family_name",))
#: Person fields the list edits, with the attribute each maps to (title: per language).
PERSON_FIELDS = ("honorific", "family_name", "given_name", "native_name", "title")
PERSON_CONTACT = ("email", "phone", "needs")
PARTICIPANT_FIELDS = ("role", "rsvp", "seat", "remarks")
#: Row fields compared on import (No., organization and record ID identify, not edit).
EDITABLE = (*PERSON_FIELDS, *PERSON_CONTACT, *PARTICIPANT_FIELDS)

#: People's words for role and RSVP values: the same as the pack's (``domain/vocabulary``).
ENUM_LABELS = {"role": ROLE_WORDS, "rsvp": RSVP_WORDS}

_PUNCT = re.compile(r"[\s_\-./:：()（）\[\]*]+")


def normalize(text: str) -> str:
    """A header or label folded for comparison: NFKC, casefolded, no spaces/punctuation."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).casefold())


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for col in COLUMNS:
        for name in (col.key, col.en, col.zh, col.header("both"), *col.aliases):
            index.setdefault(normalize(name), col.key)
    return index


_HEADERS = _header_index()


def column_for_header(text: str) -> str | None:
    """The column key a header names, or None if it is not one of ours."""
    return _HEADERS.get(normalize(text)) if text else None


def enum_label(kind: str, value: str, language: str = "en") -> str:
    """The label people see for a role or RSVP value."""
    labels = ENUM_LABELS[kind]
    for member, (en, zh) in labels.items():
        if member == value:
            return zh if language == "zh" else en
    return str(value)


def enum_choices(kind: str, language: str = "en") -> list[str]:
    """Labels offered in the sheet's drop-down for ``kind`` ("role" or "rsvp")."""
    return [zh if language == "zh" else en for en, zh in ENUM_LABELS[kind].values()]


def _enum_index(kind: str) -> dict[str, str]:
    index = {}
    for member, (en, zh) in ENUM_LABELS[kind].items():
        for name in (member.value, en, zh):
            index[normalize(name)] = member.value
    return index


_ENUMS = {kind: _enum_index(kind) for kind in ENUM_LABELS}


def parse_enum(kind: str, text: str) -> str | None:
    """The stored value for a label/value in any language, or None if unknown."""
    return _ENUMS[kind].get(normalize(text))


def title_attribute(meeting_language: str | None, list_language: str | None = None) -> str:
    """The Person attribute the "Title" column holds: the list's language's title (a
    Chinese list, headed "职务": the Chinese title; an English one: the English title);
    a bilingual list (or a file whose header says neither) the meeting's language's."""
    if list_language in ("en", "zh"):
        return "title_zh" if list_language == "zh" else "title_en"
    return "title_zh" if meeting_language == "zh" else "title_en"


def header_language(key: str, text: object) -> str | None:
    """ "zh" or "en" when the header ``text`` of column ``key`` is that language's own
    name of the column ("职务", "Title"), else None (bilingual or an alias)."""
    spec, folded = BY_KEY[key], normalize(str(text or ""))
    if folded == normalize(spec.zh):
        return "zh"
    return "en" if folded == normalize(spec.en) else None
