"""Kinds of organization as data (issue 11): the usual kinds are shipped, the office
adds its own, editors and imports accept them, the pack shows their labels."""

from __future__ import annotations

import pytest

from briefing_app.db.models import Organization, OrganizationKind
from briefing_app.errors import ValidationError
from briefing_app.services import library
from briefing_app.services.interchange import import_data
from briefing_app.services.org_kinds import add_kind, kind_choices, kind_labels, rename_kind

pytestmark = pytest.mark.both_backends


def test_usual_kinds_are_shipped_with_english_and_chinese_labels(db):
    with db.session() as s:
        kinds = kind_labels(s)
    for key, zh in (("university", "大学"), ("ngo", "非政府组织"), ("company", "企业")):
        assert kinds[key][1] == zh
    assert kinds["parliament"] == ("Parliament", "议会")
    assert kinds["international_organisation"][0] == "International organization"
    assert "other" in kinds


def test_the_office_adds_and_renames_kinds(db):
    with db.session() as s, s.begin():
        assert add_kind(s, "Think tank", "智库") == "think_tank"
        with pytest.raises(ValidationError, match="already exists"):
            add_kind(s, "Think tank")
        with pytest.raises(ValidationError, match="English label"):
            add_kind(s, "  ")
        rename_kind(s, "think_tank", "Think tank (policy)", "智库")
    with db.session() as s:
        assert ("think_tank", "智库") in kind_choices(s, "zh")
        assert kind_labels(s)["think_tank"] == ("Think tank (policy)", "智库")


def test_library_editor_accepts_only_kinds_on_the_list(db):
    with db.session() as s, s.begin():
        with pytest.raises(ValidationError, match="is not one of"):
            library.create(s, "organization", {"name_en": "Brookings", "kind": "think_tank"})
        add_kind(s, "Think tank", "智库")
        saved = library.create(s, "organization", {"name_en": "Brookings", "kind": "think_tank"})
        assert s.get(Organization, saved.id).kind == "think_tank"


def test_an_imported_file_with_an_unknown_kind_adds_it_and_old_files_still_load(db):
    document = {
        "format": "briefing-app",
        "version": 1,
        "organizations": [
            {"uid": "O-1", "name_en": "Seoul National University", "kind": "university"},
            {"uid": "O-2", "name_en": "Policy Lab", "kind": "policy_lab"},
            {"uid": "O-3", "name_en": "Old record"},  # no kind, native name or tie order
        ],
    }
    with db.session() as s, s.begin():
        import_data(s, document, source="old.json")
    with db.session() as s:
        kinds = {o.uid: o.kind for o in s.query(Organization)}
        added = s.query(OrganizationKind).filter_by(key="policy_lab").one()
        old = s.query(Organization).filter_by(uid="O-3").one()
    assert kinds == {"O-1": "university", "O-2": "policy_lab", "O-3": "other"}
    assert added.label_en == "Policy lab"
    assert (old.name_native, old.name_native_lang, old.tie_order) == ("", "", None)
