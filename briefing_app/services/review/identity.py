"""What makes two packs the same version: their content, not its language or format.

A pack in English, in Chinese or in both, as a Word file or a PDF, shows one
content; a director reviews that content once. So a pack version is identified
by the **content hash**: the SHA-256 of the meeting's content built in both
languages (``build_pack_content(..., "both")``, which holds every English and
Chinese text any language shows), as canonical JSON (sorted keys, no
whitespace), leaving out what is not content:

- what identifies the document rather than its content: the version number and
  token, the language, the schema number, whether drafts were asked for (the
  draft talking points themselves count when shown);
- when it was made: ``generated_at`` and the cover's "generated" date;
- the version number at the end of the cover's document reference ("…/v3");
- the review state (``draft``, ``approval``, the cover's ``cleared_by``), which
  belongs to the version, and the cover's ``reference`` (it ends in the number);
- ``cleaned`` (notes for the user about characters removed).

Everything else counts: the meeting's details, agenda, participants and their
RSVPs, organization profiles, talking points (drafts only when they are
included), key messages, annex, the office name and the marking. The template
does not: restyling the same content is not a new version either.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy.orm import Session

from briefing_app.services.pack.model import PackContent, shallow_dict

#: PackContent fields that are not content (see the module's docstring).
NOT_CONTENT = frozenset(
    {"schema", "meeting_id", "language", "include_drafts", "generated_at", "pack_version",
     "version_token", "draft", "approval", "cleaned"}
)  # fmt: skip
#: Cover fields that are not content.
NOT_CONTENT_COVER = frozenset({"version", "generated", "reference", "cleared_by"})


def content_hash(content: PackContent) -> str:
    """SHA-256 (hex) of ``content`` without what is not content; meant for the content
    built in both languages (:func:`content_identity`).

    The canonical JSON of ``content.to_dict()`` (minus what is not content), written
    without making that dict: the encoder asks ``shallow_dict`` for each nested part
    and sorts the keys itself, so the text (and the hash) is the same."""
    data = {k: getattr(content, k) for k in content.field_names() if k not in NOT_CONTENT}
    data["cover"] = cover = {
        k: v for k, v in content.cover.to_dict().items() if k not in NOT_CONTENT_COVER
    }
    base, sep, _number = cover.get("reference", "").rpartition("/v")
    if sep:  # the document reference ends with the version number ("…/v3")
        cover["reference"] = base
    text = json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=shallow_dict
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_identity(
    session: Session, meeting_ref: int | str, include_drafts: bool = False, bios: str | None = None
) -> tuple[int, str]:
    """(meeting id, content hash) of the meeting's pack as the database has it now
    (``bios``: whose biographies it has, as for ``build_pack_content``). To make the
    pack too, use one ``PackReader`` for both (the meeting is read once)."""
    from briefing_app.services.pack.content import PackReader

    reader = PackReader(session, meeting_ref, include_drafts, bios=bios)
    return reader.meeting_id, reader.identity()
