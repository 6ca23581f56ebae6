"""A hostile pack template set in Preferences: the workspace's export (run in a child
process, the template filled in a grandchild with limits) ends in a readable dialog
naming the template, writes nothing, and the next export works."""

from __future__ import annotations

import docx

from briefing_app.paths import default_pack_template
from briefing_app.settings import Settings


def _use_template(tmp_path, text: str):
    document = docx.Document(default_pack_template())
    document.add_paragraph(text)
    path = tmp_path / "hostile.docx"
    document.save(path)
    Settings(pack_template=str(path)).save()
    return path


def test_a_runaway_template_is_a_readable_dialog(qtbot, workspace, tmp_path):
    template = _use_template(tmp_path, "{{ 'x' | center(2000000000) }}")
    out = tmp_path / "pack.docx"
    workspace.export.export_pack(out)
    _title, message = workspace.errors[-1]
    assert message.startswith(f"pack template {template}: filling it in was stopped: it needed")
    assert "Traceback" not in message and "\n" not in message
    assert not out.exists()
    assert workspace.export.pack_button.isEnabled()
    Settings().save()  # back to the shipped template: the next export works
    workspace.export.export_pack(out)
    assert docx.Document(str(out)).core_properties.version == "1"


def test_an_include_is_refused_before_anything_runs(qtbot, workspace, tmp_path):
    template = _use_template(tmp_path, "{% include 'other.docx' %}")
    workspace.export.export_pack(tmp_path / "pack.docx")
    _title, message = workspace.errors[-1]
    assert message == (
        f"pack template {template}: uses {{% include %}}, which pack templates may not use "
        "(everything must be in the one .docx file)"
    )
