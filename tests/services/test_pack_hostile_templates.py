"""Hostile pack templates: each is stopped with one line naming the template (exit 2),
the writer lock is released, no pack version is recorded and an existing pack is kept.
Refused at once by the sandbox (real limits), or stopped by the child process's limits."""

from __future__ import annotations

import docx
import pytest

from briefing_app import settings
from briefing_app.cli import run as cli
from briefing_app.db.models import PackVersion
from briefing_app.paths import default_pack_template
from briefing_app.services import limited_run
from briefing_app.services.pack.template import TemplateError, load_template
from tests.benchmarks.synthetic import make_large_meeting

OLD = b"the previous pack"


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_large_meeting(s, organizations=2, people_per_org=2, points_per_org=2)


def template_with(tmp_path, text: str):
    """The shipped template with one more paragraph holding ``text``."""
    document = docx.Document(default_pack_template())
    document.add_paragraph(text)
    path = tmp_path / "hostile.docx"
    document.save(path)
    return path


def pack_with(db, meeting_id, tmp_path, capsys, text: str) -> str:
    """Run ``pack`` with the template; check exit 2, one line, the old pack kept, no
    version recorded; return the line."""
    template = template_with(tmp_path, text)
    out = tmp_path / "pack.docx"
    out.write_bytes(OLD)
    capsys.readouterr()
    args = ["--db", str(db.path), "pack", str(meeting_id), "--template", str(template)]
    assert cli([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 400, err
    assert err.startswith(f"briefing-app: pack template {template}: ")
    assert out.read_bytes() == OLD
    with db.session() as s:
        assert s.query(PackVersion).count() == 0
    return err


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("{% include 'other.docx' %}", "include"),
        ("{% import 'macros' as m %}", "import"),
        ("{% from 'macros' import m %}", "from … import"),
        ("{% extends 'base' %}", "extends"),
    ],
)
def test_tags_that_load_other_templates_are_refused_up_front(
    db, meeting_id, tmp_path, capsys, text, tag
):
    err = pack_with(db, meeting_id, tmp_path, capsys, text)
    assert f"uses {{% {tag} %}}, which pack templates may not use" in err
    with pytest.raises(TemplateError, match="may not use"):  # found when checking it
        load_template(template_with(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{{ 10**(10**9) }}", "a power too large"),
        ("{% set n = 10**2000 %}{{ n * n }}", "a product too large"),
        ("{{ 'x' * 10**9 }}", "a repeated text or list too long"),
        ("{{ [0] * 10**7 }}", "a repeated text or list too long"),
        ("{{ ('x' * 999999) + ('y' * 999999) }}", "a joined text or list too long"),
        (
            "{% for a in range(99999) %}{% for b in range(99999) %}{{ b }}{% endfor %}{% endfor %}",
            "range() produces more than the 1,000,000 numbers",
        ),
    ],
)
def test_runaway_arithmetic_and_ranges_are_refused_at_once(
    db, meeting_id, tmp_path, capsys, text, words
):
    err = pack_with(db, meeting_id, tmp_path, capsys, text)
    assert "uses something templates may not use: " + words in err


@pytest.mark.parametrize("depth", [300, 5000])
def test_brackets_nested_thousands_deep_are_a_template_error(
    db, meeting_id, tmp_path, capsys, depth
):
    text = "{{ " + "(" * depth + "1" + ")" * depth + " }}"
    assert "nests brackets or tags too deeply to be read" in pack_with(
        db, meeting_id, tmp_path, capsys, text
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
        ("{{ 10.0 ** 400 }}", "OverflowError"),
        ("{{ 'a' + 1 }}", "TypeError: can only concatenate str"),
    ],
)
def test_a_template_expression_that_fails_is_a_template_error(
    db, meeting_id, tmp_path, capsys, text, words
):
    assert words in pack_with(db, meeting_id, tmp_path, capsys, text)


def test_memory_beyond_the_real_limit_is_refused(db, meeting_id, tmp_path, capsys):
    """Two gigabytes of padding: more than the child may add (1 GiB), so refused at once."""
    err = pack_with(db, meeting_id, tmp_path, capsys, "{{ 'x' | center(2000000000) }}")
    limit = settings.TEMPLATE_LIMITS.memory_bytes // 2**20
    assert f"filling it in was stopped: it needed more than {limit:,} MB of memory" in err


def test_an_endless_loop_is_stopped_at_the_processor_time_limit(
    db, meeting_id, tmp_path, capsys, monkeypatch
):
    """Loops over lists the sandbox allows, 10**12 turns in all: only the child's
    processor-time limit stops it (lowered here to 1 s; the default is 30 s)."""
    monkeypatch.setattr(settings, "TEMPLATE_LIMITS", settings.TemplateLimits(cpu_seconds=1))
    loop = "{% for x in [0] * 999999 %}{% for y in [0] * 999999 %}{% endfor %}{% endfor %}"
    err = pack_with(db, meeting_id, tmp_path, capsys, loop)
    assert "filling it in was stopped after 1 s of processor time" in err
    # The writer lock was released: the next pack, with the shipped template, is made.
    out = tmp_path / "good.docx"
    assert cli(["--db", str(db.path), "pack", str(meeting_id), "--out", str(out)]) == 0
    assert "recorded as pack version 1" in capsys.readouterr().out


def test_without_fork_the_sandbox_still_refuses(db, meeting_id, tmp_path, capsys, monkeypatch):
    """Where there is no fork (Windows) the template renders in the process itself."""
    monkeypatch.setattr(limited_run, "CAN_FORK", False)
    err = pack_with(db, meeting_id, tmp_path, capsys, "{{ 10**(10**9) }}")
    assert "a power too large" in err
    out = tmp_path / "good.docx"
    assert cli(["--db", str(db.path), "pack", str(meeting_id), "--out", str(out)]) == 0
    assert docx.Document(str(out)).core_properties.version == "1"


def test_an_unknown_filter_is_a_template_error(db, meeting_id, tmp_path, capsys):
    """Jinja finds it only when compiling, which happens in the limited child: still
    the render's one line, not a bug."""
    line = pack_with(db, meeting_id, tmp_path, capsys, "{{ office | no_such_filter }}")
    assert "cannot be filled in" in line and "no_such_filter" in line


def test_the_check_never_compiles_the_template_in_the_app_process(tmp_path, monkeypatch):
    """Compiling folds constant expressions: ``'x' | center(2000000000)`` would build a
    2 GB string in the app's own process, outside the child's memory limit. The check
    only parses; the template is compiled in the limited child that fills it in."""
    from briefing_app.services.pack.sandbox import PackSandbox

    def refuse(self, *args, **kwargs):
        raise AssertionError("compiled in the app process")

    monkeypatch.setattr(PackSandbox, "compile", refuse)
    template = template_with(tmp_path, "{{ 'x' | center(2000000000) }}")
    assert load_template(template) is not None
