"""A time zone that is not one (a prefix such as "Asia", a path) in a JSON file
given to ``import``: exit 2, one line naming the file, the record and the field."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import run
from tests.services.test_interchange_roundtrip import full_document


@pytest.mark.parametrize("zone", ["A", "Asia", "Asia/", "", "../etc"])
def test_import_refuses_a_zone_prefix_in_one_line(tmp_path, capsys, zone):
    doc = full_document()
    doc["meetings"][0]["timezone"] = zone
    data = tmp_path / "data.json"
    data.write_text(json.dumps(doc), encoding="utf-8")
    db = str(tmp_path / "x.db")
    for extra in (["--dry-run"], []):
        assert run(["--db", db, "import", str(data), *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and "unexpected" not in err
        assert f"{data}: meetings[0].timezone: " in err
        assert "time zone" in err and f"{json.dumps(zone)}" in err and "Asia/Shanghai" in err
    doc["meetings"][0]["timezone"] = "Asia/Shanghai"
    data.write_text(json.dumps(doc), encoding="utf-8")
    assert run(["--db", db, "import", str(data)]) == 0
