"""Rendering a :class:`PackContent` into a Word document.

docxtpl fills the template in a sandboxed Jinja environment; python-docx/lxml
then add what a template cannot express: bookmarks on headings and a filled
contents (TOC) field, ``w:updateFields`` so Word refreshes fields on open, the
East Asian font on runs with Chinese text, and core properties set on
purpose. The file is written atomically. No database is needed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaError

from briefing_app.services.files import atomic_write
from briefing_app.services.pack import docxtpl_speedups, fields
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, set_custom_property
from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.model import PackContent
from briefing_app.services.pack.template import TemplateError, load_template, sandbox

_LANG_TAGS = {"en": "en-GB", "zh": "zh-CN", "both": "en-GB"}


def pack_context(content: PackContent) -> dict:
    """What the template sees: the content's fields plus ``L``, the fixed labels.

    The dataclasses are handed over as they are (Jinja reads their attributes),
    which saves converting a large pack to dicts first."""
    context = {name: getattr(content, name) for name in content.field_names()}
    context["L"] = labels(content.language)
    return context


def _fill(tpl: DocxTemplate, content: PackContent, source: str) -> None:
    docxtpl_speedups.install(tpl)
    try:
        tpl.render(pack_context(content), jinja_env=sandbox(), autoescape=True)
    except SecurityError as exc:
        raise TemplateError([f"uses something templates may not use: {exc}"], source) from exc
    except JinjaError as exc:
        raise TemplateError([f"cannot be filled in: {exc}"], source) from exc


def set_core_properties(tpl: DocxTemplate, content: PackContent, now: datetime) -> None:
    """Title, subject, author (the office), dates and status, never library defaults."""
    props = tpl.docx.core_properties
    L = labels(content.language)
    props.title = content.cover.title
    props.subject = f"{L['briefing_pack']}: {content.cover.title}"
    props.author = content.office
    props.last_modified_by = content.office
    props.created = now
    props.modified = now
    if props.last_printed is not None:  # a template's print date says nothing about the pack
        props.last_printed = now
    props.revision = max(1, int(content.pack_version))
    props.version = str(content.pack_version)
    props.keywords = L["briefing_pack"]
    props.category = L["briefing_pack"]
    props.comments = ""
    props.content_status = content.marking
    props.identifier = content.meeting_uid
    props.language = _LANG_TAGS.get(content.language, "en-GB")
    if content.version_token:
        set_custom_property(tpl.docx, VERSION_TOKEN_PROPERTY, content.version_token)


def render_document(
    content: PackContent, template: str | Path | DocxTemplate | None = None
) -> DocxTemplate:
    """The filled, post-processed document (not yet saved). ``template`` is a path
    (checked here) or a template :func:`load_template` already checked."""
    tpl = template if isinstance(template, DocxTemplate) else load_template(template)
    source = getattr(tpl, "source", f"pack template {tpl.template_file}")
    _fill(tpl, content, source)
    doc = tpl.docx
    entries = fields.bookmark_headings(doc)
    fields.fill_toc(doc, entries, source)
    fields.set_update_fields(doc)
    fields.mark_east_asian_runs(doc)
    set_core_properties(tpl, content, datetime.now(UTC).replace(microsecond=0))
    return tpl


def render_pack(
    content: PackContent, out_path: str | Path, template: str | Path | None = None
) -> Path:
    """Write the pack for ``content`` to ``out_path`` (atomically); return the path."""
    tpl = render_document(content, template)
    return atomic_write(out_path, lambda tmp: tpl.save(tmp))
