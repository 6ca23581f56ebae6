"""Rendering a :class:`PackContent` into a Word document.

docxtpl fills the template in a sandboxed Jinja environment; python-docx/lxml
then add what a template cannot express: bookmarks on headings and a filled
contents (TOC) field with computed page numbers (no ``w:updateFields``: Word
would ask every reader to update fields), the East Asian font on runs with
Chinese text, and core properties set on purpose. The file is written
atomically. No database is needed.

A template is code its author controls, so all of that runs in a child process
with limits on processor time, memory and time on the clock
(``services/limited_run.py``, ``settings.TEMPLATE_LIMITS``); the document
comes back as the bytes of its .docx file.
"""

from __future__ import annotations

import io
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError
from jinja2.exceptions import TemplateError as JinjaError

from briefing_app import settings
from briefing_app.services.bulk import bulk_work
from briefing_app.services.files import atomic_write
from briefing_app.services.limited_run import LimitExceeded, Limits, run_limited
from briefing_app.services.pack import (
    bidi,
    biographies,
    breaks,
    docxtpl_speedups,
    fields,
    seating_page,
    table_fit,
)
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, set_custom_property
from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.model import PackContent, derived_context
from briefing_app.services.pack.sandbox import sandbox
from briefing_app.services.pack.template import TOO_DEEP, TemplateError, load_template

_LANG_TAGS = {"en": "en-GB", "zh": "zh-CN", "both": "en-GB"}


def pack_context(content: PackContent) -> dict:
    """What the template sees: the content's fields plus ``L``, the fixed labels.

    The dataclasses are handed over as they are (Jinja reads their attributes),
    which saves converting a large pack to dicts first."""
    context = {name: getattr(content, name) for name in content.field_names()}
    context.update(derived_context(content))
    context["L"] = labels(content.language)
    return context


def _fill(tpl: DocxTemplate, content: PackContent, source: str) -> None:
    docxtpl_speedups.install(tpl)
    try:
        context = pack_context(content)
        context["bio_photos"] = biographies.pictures(tpl, content)
        tpl.render(context, jinja_env=sandbox(), autoescape=True)
    except SecurityError as exc:
        raise TemplateError([f"uses something templates may not use: {exc}"], source) from exc
    except JinjaError as exc:
        raise TemplateError([f"cannot be filled in: {exc}"], source) from exc
    except RecursionError as exc:  # compiling a template nested deeply
        raise TemplateError([TOO_DEEP], source) from exc
    except (ArithmeticError, LookupError, TypeError, ValueError) as exc:
        if not _raised_in_template(exc):
            raise
        text = str(exc).splitlines()[0][:200] if str(exc) else ""
        raise TemplateError(
            [f"cannot be filled in: {exc.__class__.__name__}: {text}"], source
        ) from exc


def _raised_in_template(exc: BaseException) -> bool:
    """Whether a template expression raised ``exc`` (``{{ 1/0 }}``), not our code:
    Jinja shows template lines in tracebacks as frames of "<template>"."""
    frames = traceback.walk_tb(exc.__traceback__)
    return any(frame.f_code.co_filename == "<template>" for frame, _line in frames)


def set_core_properties(tpl: DocxTemplate, content: PackContent, now: datetime) -> None:
    """Title, subject, author (the office), dates and status, never library defaults."""
    props = tpl.docx.core_properties
    L = labels(content.language)
    props.title = content.cover.title
    props.subject = f"{L['briefing_pack']}: {content.cover.title}"
    props.author = props.last_modified_by = content.office_line()
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


@dataclass(frozen=True)
class RenderedDocument:
    """A filled-in pack: the bytes of its .docx file, ready to be saved."""

    data: bytes

    def save(self, path: str | Path) -> None:
        Path(path).write_bytes(self.data)


def _render_bytes(tpl: DocxTemplate, content: PackContent, source: str) -> bytes:
    """Fill in and post-process the document; its .docx file's bytes."""
    _fill(tpl, content, source)
    doc = tpl.docx
    seating_page.add_seating_page(doc, content)
    table_fit.fit_autofit_tables(doc)  # before the page numbers are estimated
    breaks.breaks_before_next(doc)
    entries = fields.bookmark_headings(doc)
    fields.fill_toc(doc, entries, source)
    fields.drop_update_fields(doc)
    body_text = fields.part_text(doc.element.body)  # for both passes: they add no text
    fields.mark_east_asian_runs(doc, body_text)
    bidi.mark_right_to_left(doc, content, body_text)
    set_core_properties(tpl, content, datetime.now(UTC).replace(microsecond=0))
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def _stopped(exc: LimitExceeded) -> str:
    """Why the render was stopped, for the one-line message."""
    limits = exc.limits
    if exc.kind == "wall":
        return f"filling it in was stopped after {limits.wall_seconds:g} s (the time limit)"
    if exc.kind == "cpu":
        return (
            f"filling it in was stopped after {limits.cpu_seconds} s of processor time (a loop "
            "or calculation in the template that does not end?)"
        )
    return (
        f"filling it in was stopped: it needed more than {limits.memory_bytes // 2**20:,} MB "
        f"of memory (a text or list in the template that grows without end?) {exc.detail}"
    ).rstrip()


def render_document(
    content: PackContent, template: str | Path | DocxTemplate | None = None
) -> RenderedDocument:
    """The filled, post-processed document (not yet saved). ``template`` is a path
    (checked here) or a template :func:`load_template` already checked. Rendered in
    a child process under ``settings.TEMPLATE_LIMITS``: a template that would run or
    grow without end is stopped, and a :class:`TemplateError` says why."""
    tpl = template if isinstance(template, DocxTemplate) else load_template(template)
    source = getattr(tpl, "source", f"pack template {tpl.template_file}")
    t = settings.TEMPLATE_LIMITS
    limits = Limits(t.cpu_seconds, t.wall_seconds, t.memory_bytes)
    try:
        with bulk_work():  # the render makes hundreds of thousands of short-lived objects
            data = run_limited(lambda: _render_bytes(tpl, content, source), limits)
    except LimitExceeded as exc:
        raise TemplateError([_stopped(exc)], source) from None
    return RenderedDocument(data)


def render_pack(
    content: PackContent, out_path: str | Path, template: str | Path | None = None
) -> Path:
    """Write the pack for ``content`` to ``out_path`` (atomically); return the path."""
    document = render_document(content, template)
    return atomic_write(out_path, document.save)
