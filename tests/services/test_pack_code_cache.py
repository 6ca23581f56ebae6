"""The compiled code of a pack template's parts is cached on disk by the process that
fills the template in: a second pack from the same template does not compile it, and
a damaged or unwritable cache only means compiling again."""

from __future__ import annotations

import io
import zipfile

import pytest

from briefing_app import paths
from briefing_app.services import limited_run
from briefing_app.services.pack import code_cache
from briefing_app.services.pack.render import render_document
from briefing_app.services.pack.sandbox import PackSandbox, sandbox
from tests.benchmarks.synthetic import make_large_meeting


@pytest.fixture
def content(db):
    from briefing_app.services.pack import build_pack_content

    with db.session() as s, s.begin():
        meeting_id = make_large_meeting(s, organizations=3, people_per_org=2, points_per_org=2)
    with db.session() as s:
        return build_pack_content(s, meeting_id, "en")


@pytest.fixture
def compiles(monkeypatch):
    """Runs the render in this process (no fork); the parts' XML sources compiled (docxtpl
    also compiles the document's properties, short texts, on its own)."""
    monkeypatch.setattr(limited_run, "CAN_FORK", False)
    compiled = []
    stock = PackSandbox.compile

    def counting(self, source, *args, **kwargs):
        if isinstance(source, str) and "<w:" in source:
            compiled.append(source)
        return stock(self, source, *args, **kwargs)

    monkeypatch.setattr(PackSandbox, "compile", counting)
    return compiled


def body(content) -> bytes:
    data = render_document(content).data
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def cached_files() -> list:
    return sorted(paths.template_code_dir().glob("*.jinja-code"))


def test_the_second_pack_loads_the_code_from_the_cache(content, compiles):
    first = body(content)
    assert any("<w:tbl" in source for source in compiles)
    assert len(cached_files()) == len(compiles)
    compiles.clear()
    assert body(content) == first
    assert compiles == []


def test_a_damaged_cache_file_is_compiled_again_and_replaced(content, compiles, caplog):
    first = body(content)
    for file in cached_files():
        file.write_bytes(b"j2\x00not the code at all")
    compiles.clear()
    assert body(content) == first
    assert len(compiles) == len(cached_files()) >= 1
    assert "is stale or damaged" in caplog.text
    compiles.clear()
    assert body(content) == first  # replaced by good code
    assert compiles == []


def test_an_unwritable_cache_folder_still_makes_the_pack(content, compiles, caplog):
    folder = paths.template_code_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    first = body(content)
    assert compiles and "cannot write" in caplog.text
    assert body(content) == first


def test_only_the_newest_few_are_kept():
    env = sandbox()
    for n in range(code_cache.KEPT + 5):
        assert code_cache.template_from(env, f"{{{{ {n} }}}}").render() == str(n)
    assert len(cached_files()) == code_cache.KEPT


def test_the_key_holds_the_escaping():
    env, escaping = sandbox(), sandbox()
    env.autoescape, escaping.autoescape = False, True
    assert code_cache.template_from(env, "{{ '<' }}").render() == "<"
    assert code_cache.template_from(escaping, "{{ '<' }}").render() == "&lt;"
    assert len(cached_files()) == 2
