"""Faster paths through docxtpl's rendering, for large packs; the output is the same.

On a 400-organization pack docxtpl spends more time on housekeeping around Jinja
than on Jinja itself. :func:`install` replaces three of its steps on one
``DocxTemplate`` instance with equivalents that skip work which changes nothing:

- ``resolve_listing`` (turning tabs, ``\\a``, newlines and ``\\f`` in filled-in
  text into Word markup, with regular expressions over every run) only runs
  when a ``w:t`` holds one of those characters (pack text rarely does: its
  paragraphs are split before filling).
- ``fix_tables`` parses the filled-in body on its own, then walks every table
  row in Python to widen or narrow table grids for ``{%tc %}`` column loops, and
  ``map_tree`` moves the body into the document, which makes lxml visit every
  node again. Here the body is parsed straight into a new copy of the document
  element, which replaces the old one, and the grids are checked with XPath:
  when docxtpl would change any table's grid (a row with more cells than the
  grid has columns, as a column loop leaves it, or no row whose cells, merged
  ones counted by their span, fill the grid), docxtpl's own ``fix_tables`` and
  ``map_tree`` run exactly as before.

``tests/services/test_docxtpl_speedups.py`` checks that a pack rendered this
way is byte for byte the pack docxtpl renders, so a docxtpl upgrade that
changes these steps is caught there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import element_class_lookup
from docxtpl import DocxTemplate
from jinja2.exceptions import TemplateError
from lxml import etree

from briefing_app.services.pack import code_cache

_NS = {"w": nsmap["w"], "wp": nsmap["wp"]}
_TBL = qn("w:tbl")
# What docxtpl's fix_tables reads of each table (nested ones too) and their rows:
# it widens the grid when a row (nested tables' rows too) has more cells than the
# grid has columns, and narrows it when no row's cells, counting gridSpan, fill
# the grid; it reads only the cells that are a row's own children, and of each the
# first w:tcPr and its first w:gridSpan. Anything it would read differently from
# this XPath (no grid, two grids, a row's cell with two tcPr or two gridSpan, a span
# that is not a whole number) goes through docxtpl's own steps too; no rows at all
# is "no row fills the grid".
_GRID_COLUMNS = etree.XPath("count(w:tblGrid/w:gridCol)", namespaces=_NS)
# (descendant:: rather than .//, which visits every node's children: a third of the
# time. Each descendant::w:tr walks the whole table, so the two questions about a
# row that need an answer "no" for every row are asked in one walk.)
_MISREAD_CELL = (
    "w:tc/w:tcPr[preceding-sibling::w:tcPr"
    "            or w:gridSpan[preceding-sibling::w:gridSpan or not(@w:val)"
    "                          or string-length(@w:val) = 0"
    "                          or translate(@w:val, '0123456789', '') != '']]"
)
_GRID_CHANGES = etree.XPath(
    "count(w:tblGrid) != 1"
    f" or boolean(descendant::w:tr[count(w:tc) > $columns or {_MISREAD_CELL}][1])"
    " or not(descendant::w:tr[count(w:tc[not(w:tcPr/w:gridSpan)])"
    "                         + sum(w:tc/w:tcPr/w:gridSpan/@w:val) >= $columns][1])",
    namespaces=_NS,
)
_DRAWINGS = etree.XPath("descendant::wp:docPr", namespaces=_NS)
_NS_DECLARATION = re.compile(r'\s+xmlns:(\w+)="([^"]*)"')
# A text element holding a character resolve_listing turns into Word markup.
_LISTING_CHAR = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\a\n\f]")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")


def _has_escaped_tags(xml: str) -> bool:
    """Whether ``xml`` holds a tag docxtpl writes escaped ("{_{", "%_}"...): a look for
    a brace first (one fast scan; filled-in text seldom has any), then for the pairs
    (a two-character search over megabytes takes 20 times as long)."""
    return ("{" in xml and "{_" in xml) or ("}" in xml and "_}" in xml)


def _needs_listing(xml: str) -> bool:
    """Whether resolve_listing would change ``xml`` (a quick look for the characters
    first: a regular expression over megabytes costs more than four scans)."""
    return any(ch in xml for ch in "\t\a\n\f") and _LISTING_CHAR.search(xml) is not None


@lru_cache(maxsize=16)
def patched_xml(xml: str) -> str:
    """docxtpl's ``patch_xml`` (regular expressions that read nothing but the text),
    remembered: checking a template (:func:`.template.load_template`, in this process)
    and filling it in (in the child process, which inherits what is remembered here)
    patch the same text, about 25 ms each time for the shipped template."""
    return DocxTemplate.patch_xml(None, xml)


def install(tpl: DocxTemplate) -> None:
    """Use the faster steps for the next ``tpl.render``."""
    resolve = tpl.resolve_listing
    tpl.resolve_listing = lambda xml: resolve(xml) if _needs_listing(xml) else xml
    stock_fix_tables, stock_map_tree = tpl.fix_tables, tpl.map_tree
    stock_render_xml_part = tpl.render_xml_part

    def render_xml_part(src_xml: str, part, context: dict, jinja_env=None) -> str:
        """docxtpl's, with plain replacements instead of a regular expression over
        the filled-in text (megabytes) to take out the line breaks it put before
        each paragraph for Jinja's error messages."""
        if jinja_env is None:
            return stock_render_xml_part(src_xml, part, context, jinja_env)
        source = _PARAGRAPH_START.sub(r"\n<w:p\1", src_xml)
        try:
            tpl.current_rendering_part = part
            dst_xml = code_cache.template_from(jinja_env, source).render(context)
        except TemplateError as exc:  # docxtpl's context for the message, as it gives it
            if getattr(exc, "lineno", None) is not None:
                first = max(exc.lineno - 4, 0)
                exc.docx_context = [re.sub(r"<[^>]+>", "", line)
                                    for line in source.splitlines()[first : first + 7]]  # fmt: skip
            raise
        dst_xml = dst_xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        if _has_escaped_tags(dst_xml):
            for escaped, tag in (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}")):
                dst_xml = dst_xml.replace(escaped, tag)
        return tpl.resolve_listing(dst_xml)

    drawings = {"maybe": True}

    def fix_tables(xml: str):
        # No "docPr" in the text: no drawing to renumber (a look at the text, not a walk)
        drawings["maybe"] = "docPr" in xml
        body = _parse_into_new_document(tpl, xml)
        return stock_fix_tables(xml) if _grids_need_fixing(body) else body

    def fix_docpr_ids(tree) -> None:  # docxtpl's, with an XPath python-docx elements accept
        if not drawings["maybe"]:
            return
        for element in _DRAWINGS(tree):
            tpl.docx_ids_index += 1
            element.attrib["id"] = str(tpl.docx_ids_index)

    def map_tree(tree) -> None:
        root = tree.getparent()
        if root is None or root.tag != qn("w:document"):  # docxtpl's own fix_tables ran
            stock_map_tree(tree)
            return
        document = tpl.docx
        document._part._element = root
        document._element = root
        document._Document__body = None  # python-docx's cached Body of the old element

    tpl.fix_tables, tpl.fix_docpr_ids, tpl.map_tree = fix_tables, fix_docpr_ids, map_tree
    tpl.render_xml_part = render_xml_part
    tpl.patch_xml = patched_xml


def _parse_into_new_document(tpl: DocxTemplate, body_xml: str):
    """The filled-in body, parsed inside a copy of the document element (so it never
    has to be moved between documents), with python-docx's element classes."""
    root = tpl.docx._element
    body = root.body
    empty = root.makeelement(qn("w:body"), {})
    root.replace(body, empty)
    try:
        shell = etree.tostring(root, encoding="unicode")
    finally:
        root.replace(empty, body)
    head, _, tail = shell.partition("<w:body/>")
    parser = etree.XMLParser(recover=True)  # as docxtpl parses it
    parser.set_element_class_lookup(element_class_lookup)
    prefix, start = _without_inherited_declarations(body_xml, root.nsmap)
    # libxml2 reads UTF-8 faster than Python's wide strings (a third of the parse). The
    # megabytes of the body are encoded once and copied once (a memoryview, no slices or
    # joined strings); a lone surrogate cannot be encoded: that text is left to lxml.
    try:
        encoded = body_xml.encode()
        cut = len(body_xml[:start].encode())
        xml = b"".join((head.encode(), prefix.encode(), memoryview(encoded)[cut:], tail.encode()))
    except UnicodeEncodeError:
        xml = head + prefix + body_xml[start:] + tail
    new_root = etree.fromstring(xml, parser=parser)
    return new_root.find(qn("w:body"))


def _without_inherited_declarations(body_xml: str, inherited: dict) -> tuple[str, int]:
    """The body as ``prefix + body_xml[start:]``: without the namespace declarations
    serializing it on its own added to its start tag, when the document element
    declares the same ones; else as it is ("", 0)."""
    end = body_xml.index(">")
    start_tag = body_xml[:end]
    declared = _NS_DECLARATION.findall(start_tag)
    if _NS_DECLARATION.sub("", start_tag) != "<w:body" or any(
        inherited.get(prefix) != uri for prefix, uri in declared
    ):
        return "", 0
    return "<w:body", end


def _grids_need_fixing(body) -> bool:
    """Whether docxtpl's ``fix_tables`` would change anything (or fail) on ``body``."""
    return any(_GRID_CHANGES(table, columns=_GRID_COLUMNS(table)) for table in body.iter(_TBL))
