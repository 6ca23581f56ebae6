"""Loading and checking a Word template for briefing packs.

A template staff restyled (or wrote) is checked before anything is rendered,
and every problem is reported at once in one :class:`TemplateError`: a file
that is not a .docx at all (an Excel workbook renamed, a password-protected
or old-format Word file, a damaged zip, a zip bomb), Jinja syntax errors, tags
that would load other templates (include, import, extends), placeholders
that name something the pack does not provide, and missing styles.
"""

from __future__ import annotations

import dataclasses
import typing
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError

from briefing_app import paths
from briefing_app.errors import ValidationError
from briefing_app.services.pack.docxtpl_speedups import patched_xml
from briefing_app.services.pack.labels import label_keys
from briefing_app.services.pack.model import DERIVED_FIELDS, PackContent
from briefing_app.services.pack.sandbox import sandbox, tag_problems

#: Styles the renderer relies on (navigation pane, contents).
REQUIRED_STYLES = ("Heading 1", "Heading 2")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LABELS = "labels"
_JINJA_GLOBALS = {"loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace", "super"}


class TemplateError(ValidationError):
    """A pack template cannot be used; ``problems`` lists everything wrong with it."""


def resolve_template(template: str | Path | None) -> Path:
    """The template to use: the one given, or the shipped ``templates/pack.docx``."""
    return Path(template).expanduser() if template else paths.default_pack_template()


def _container_problems(path: Path) -> list[str]:
    """Why ``path`` is not a usable .docx file (empty list when it is one)."""
    if not path.exists():
        return ["file does not exist"]
    if path.is_dir():
        return ["is a folder, not a .docx file"]
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        return [
            "is password-protected or an old Word 97-2003 file: save it in Word as a .docx "
            "document without a password"
        ]
    if not zipfile.is_zipfile(path):
        return ["is not a Word .docx file (not a zip package; damaged or another format)"]
    from briefing_app.services.archive import ArchiveError, check_directory

    try:
        check_directory(path, str(path))
    except ArchiveError as exc:
        return _refused(exc, path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        return [f"is damaged ({exc})"]
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            return ["is an Excel workbook renamed to .docx, not a Word document"]
        return ["is not a Word document (no word/document.xml inside)"]
    return []


def _refused(exc: Exception, path: Path) -> list[str]:
    """An archive refusal as a template problem (the source already names the file)."""
    return [str(exc).removeprefix(f"{path}: ")]


def _template_source(tpl: DocxTemplate) -> str:
    """The Jinja source of body, headers and footers, as docxtpl will render it."""
    doc = tpl.get_docx()
    xml = patched_xml(tpl.xml_to_string(doc.element.body))
    for rel in doc.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and not rel.is_external:
            xml += patched_xml(tpl.xml_to_string(rel.target_part.element))
    return xml


def _hints(kind: Any) -> dict[str, Any] | None:
    """A dataclass's field types (cached: a template asks about the same few
    classes hundreds of times, and resolving the annotations is slow)."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _field_types(kind)
    return None


@lru_cache(maxsize=64)
def _field_types(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _attr_type(base: Any, attr: str, where: str, problems: list[str]) -> Any:
    """Type of ``base.attr``; records a problem when ``base`` has no such field."""
    if base == _LABELS:
        if attr not in label_keys():
            problems.append(f'unknown placeholder "{where}.{attr}" (no such label)')
        return str
    fields = _hints(base)
    if fields is None:
        return None
    if attr not in fields:
        problems.append(f'unknown placeholder "{where}.{attr}"')
        return None
    return fields[attr]


def _expr(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_expr(node.node)}.{node.attr}"
    return "…"


def _type_of(node: nodes.Node, scope: dict[str, Any], problems: list[str]) -> Any:
    if isinstance(node, nodes.Name):
        return scope.get(node.name)
    if isinstance(node, nodes.Getattr):
        base = _type_of(node.node, scope, problems)
        return _attr_type(base, node.attr, _expr(node.node), problems)
    return None


def _target_names(target: nodes.Node) -> list[str]:
    """Names bound by a ``for``/``set`` target (``x`` or ``a, b``)."""
    if isinstance(target, nodes.Name):
        return [target.name]
    return [n.name for n in target.find_all(nodes.Name)]


def _check(node: nodes.Node, scope: dict[str, Any], problems: list[str]) -> None:
    """Walk the template; report names and fields the pack context does not have."""
    if isinstance(node, nodes.For):
        _check(node.iter, scope, problems)
        kind = _type_of(node.iter, scope, problems)
        args = typing.get_args(kind) if typing.get_origin(kind) is list else (None,)
        inner = dict(scope)
        for name in _target_names(node.target):
            inner[name] = args[0]
        for child in [*node.body, *node.else_, *([node.test] if node.test else [])]:
            _check(child, inner, problems)
        return
    if isinstance(node, nodes.Assign):
        for name in _target_names(node.target):
            scope[name] = None
    if isinstance(node, nodes.Name) and node.ctx == "load":
        if node.name not in scope and node.name not in _JINJA_GLOBALS:
            problems.append(f'unknown placeholder "{node.name}"')
        return
    if isinstance(node, nodes.Getattr):
        base = node
        while isinstance(base, nodes.Getattr):
            base = base.node
        _check(base, scope, problems)
        _type_of(node, scope, problems)
        return
    for child in node.iter_child_nodes():
        _check(child, scope, problems)


def context_scope() -> dict[str, Any]:
    """Top-level names a template may use: PackContent's fields and ``L`` (labels)."""
    scope: dict[str, Any] = dict(_hints(PackContent))
    scope.update(DERIVED_FIELDS)
    scope["L"] = _LABELS
    scope["bio_photos"] = dict[str, object]  # the biographies' pictures, by person uid
    return scope


#: What a template nested thousands of brackets or tags deep is told.
TOO_DEEP = "nests brackets or tags too deeply to be read"


def _placeholder_problems(tpl: DocxTemplate) -> list[str]:
    try:
        tree = sandbox().parse(_template_source(tpl))
        problems = tag_problems(tree)
        _check(tree, context_scope(), problems)
    except TemplateSyntaxError as exc:
        return [f"template tag error: {exc.message}"]
    except RecursionError:
        return [TOO_DEEP]
    return list(dict.fromkeys(problems))


def _style_problems(tpl: DocxTemplate) -> list[str]:
    doc = tpl.get_docx()
    names = {style.name.casefold() for style in doc.styles if style.name}
    problems = [
        f'missing style "{name}"' for name in REQUIRED_STYLES if name.casefold() not in names
    ]
    known_ids = {style.style_id for style in doc.styles}
    used = {
        el.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        for el in doc.element.body.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle"
        )
    }
    problems += [f'uses style id "{s}" that it does not define' for s in sorted(used - known_ids)]
    return problems


def _open(path: Path) -> tuple[DocxTemplate | None, list[str]]:
    """The template read through ``services/archive`` (zip bombs and parts that fail
    their checksum refused), or the problems that stop it from opening."""
    from briefing_app.services.archive import ArchiveError, checked_copy

    try:
        tpl = DocxTemplate(checked_copy(path))
        tpl.init_docx()
    except ArchiveError as exc:
        return None, _refused(exc, path)
    except Exception as exc:  # python-docx reports damaged parts many ways
        return None, [f"cannot be opened as a Word document ({exc.__class__.__name__}: {exc})"]
    tpl.source = f"pack template {path}"
    return tpl, []


def load_template(template: str | Path | None = None) -> DocxTemplate:
    """Open and check a pack template; raise :class:`TemplateError` listing every problem.

    The template's ``source`` ("pack template PATH") names it in later messages."""
    path = resolve_template(template)
    problems = _container_problems(path)
    if not problems:
        tpl, problems = _open(path)
        if tpl is not None:
            problems = _placeholder_problems(tpl) + _style_problems(tpl)
    if problems:
        raise TemplateError(problems, source=f"pack template {path}")
    return tpl
