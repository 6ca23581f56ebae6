"""The LibreOffice Basic macro that makes our PDF copies, and the throw-away
profile that holds it.

``soffice --convert-to pdf`` prints a Word document as it was saved: its
contents (a TOC field) keep the page numbers cached in the file, which are
right only when LibreOffice lays the pages out as our estimator did
(``pack/pagination.py``; fonts differ between machines). The macro instead
opens each document hidden, updates its indexes (the contents) and fields, and
exports the PDF (LibreOffice embeds the fonts it uses). Macros in a profile's
own "My Macros" library run without a security prompt; the profile is a fresh
folder initialised by LibreOffice first (which would otherwise overwrite the
library with its preset).

The job file lists, two lines per document, the source's and the target's
``file:`` URL (ASCII: any folder name works, Chinese included).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

MACRO_URL = 'macro:///Standard.Module1.ConvertJob("{job}")'

_BASIC = """
Sub ConvertJob(job As String)
  n = FreeFile
  Open job For Input As #n
  Do While Not EOF(n)
    Line Input #n, source
    Line Input #n, target
    ConvertOne(source, target)
  Loop
  Close #n
End Sub

Sub ConvertOne(source As String, target As String)
  On Error GoTo Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
  filter = "calc_pdf_Export"
  If HasUnoInterfaces(doc, "com.sun.star.text.XDocumentIndexesSupplier") Then
    filter = "writer_pdf_Export"
    indexes = doc.getDocumentIndexes()
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
    doc.getTextFields().refresh()
  End If
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = filter
  doc.storeToURL(target, store())
  doc.close(True)
  Exit Sub
Failed:
  If Not IsNull(doc) Then doc.close(True)
End Sub
"""

_MODULE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
    '"module.dtd">\n'
    '<script:module xmlns:script="http://openoffice.org/2000/script" '
    'script:name="Module1" script:language="StarBasic">'
    f"{escape(_BASIC, {chr(34): '&quot;'})}</script:module>\n"
)


def install_macro(profile: Path) -> None:
    """Write the macro into an initialised profile's Standard library (Module1)."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    if not module.parent.is_dir():
        raise FileNotFoundError(f"no Basic library in the LibreOffice profile {profile}")
    module.write_text(_MODULE, encoding="utf-8")


def write_job(job: Path, pairs: list[tuple[Path, Path]]) -> None:
    """The job file: source URL, target URL, for each document."""
    lines = [u for source, target in pairs for u in (source.as_uri(), target.as_uri())]
    job.write_text("\n".join(lines) + "\n", encoding="ascii")
