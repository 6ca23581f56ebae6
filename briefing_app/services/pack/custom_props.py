"""Custom document properties (``docProps/custom.xml``), which python-docx does not model.

A pack carries the token of the pack version it is in one of them, so a file coming
back with reviewers' comments is matched to exactly the version that produced it
(Word and LibreOffice keep custom properties when they save). Unlike the core
properties, users do not see or edit these in the usual dialogs.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#: The format id Office gives every user-defined custom property.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
#: The custom property naming the pack version a file is (its ``PackVersion.token``).
VERSION_TOKEN_PROPERTY = "BriefingAppPackVersion"
_EMPTY = f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}"/>'.encode()


def _part(document) -> Part | None:
    try:
        return document.part.package.part_related_by(RT.CUSTOM_PROPERTIES)
    except KeyError:
        return None


def _root(part: Part | None):
    if part is None:
        return None
    try:
        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    return root if root.tag == f"{{{_NS}}}Properties" else None


def get_custom_property(document, name: str) -> str:
    """The text of custom property ``name``; "" when absent or unreadable."""
    root = _root(_part(document))
    if root is None:
        return ""
    for prop in root.findall(f"{{{_NS}}}property"):
        if prop.get("name") == name:
            return "".join(prop.itertext()).strip()
    return ""


def set_custom_property(document, name: str, value: str) -> None:
    """Set custom property ``name`` to the text ``value`` (created or replaced)."""
    part = _part(document)
    root = _root(part)
    if root is None:
        root = etree.fromstring(_EMPTY)
    props = root.findall(f"{{{_NS}}}property")
    for prop in props:
        if prop.get("name") == name:
            root.remove(prop)
    pids = [int(p.get("pid")) for p in props if (p.get("pid") or "").isdigit()]
    prop = etree.SubElement(
        root, f"{{{_NS}}}property", fmtid=_FMTID, pid=str(max(pids, default=1) + 1), name=name
    )
    etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if part is None:
        package = document.part.package
        part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)
    else:
        part._blob = blob  # python-docx keeps parts it does not model as bytes
