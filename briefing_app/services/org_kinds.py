"""Kinds of organization as data: the office's list with English and Chinese labels
(table ``organization_kinds``; the usual kinds are shipped, domain/org_kinds.py)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefing_app.db.models import OrganizationKind
from briefing_app.domain.text import clean
from briefing_app.errors import ValidationError
from briefing_app.services.roles import refused_by_server

_KEY = re.compile(r"[a-z0-9_]{1,40}")


def kind_labels(session: Session) -> dict[str, tuple[str, str]]:
    """key -> (English label, Chinese label), in the list's order."""
    rows = session.execute(
        select(OrganizationKind.key, OrganizationKind.label_en, OrganizationKind.label_zh).order_by(
            OrganizationKind.position, OrganizationKind.id
        )
    )
    return {key: (en, zh) for key, en, zh in rows}


def kind_choices(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(key, label in ``language``) of every kind, for the editors."""
    return [
        (key, (zh or en) if language == "zh" else en)
        for key, (en, zh) in kind_labels(session).items()
    ]


def key_for(label: str) -> str:
    """A stored key made from an English label ("Think tank" -> "think_tank")."""
    return re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_")[:40]


def add_kind(session: Session, label_en: str, label_zh: str = "", key: str = "") -> str:
    """Add a kind to the office's list; returns its key."""
    label_en, label_zh = clean(label_en or "").strip(), clean(label_zh or "").strip()
    key = (key or key_for(label_en)).strip()
    problems = []
    if not label_en:
        problems.append("label_en: a kind needs an English label")
    elif not _KEY.fullmatch(key):
        problems.append(f'key: "{key}" is not a key (lower-case letters, digits, "_")')
    elif session.scalar(select(OrganizationKind.id).where(OrganizationKind.key == key)):
        problems.append(f'key: the kind "{key}" already exists')
    if problems:
        raise ValidationError(problems, "organization kind")
    last = session.scalar(select(func.max(OrganizationKind.position))) or 0
    with refused_by_server(session):  # on a server only administrators (services/roles)
        session.add(
            OrganizationKind(key=key, label_en=label_en, label_zh=label_zh, position=last + 1)
        )
    return key


def rename_kind(session: Session, key: str, label_en: str, label_zh: str) -> None:
    """Change a kind's labels (its key, which organizations store, stays)."""
    kind = session.scalar(select(OrganizationKind).where(OrganizationKind.key == key))
    if kind is None:
        raise ValidationError([f'key: no kind "{key}"'], "organization kind")
    label_en = clean(label_en or "").strip()
    if not label_en:
        raise ValidationError(["label_en: a kind needs an English label"], f"kind {key}")
    with refused_by_server(session):
        kind.label_en, kind.label_zh = label_en, clean(label_zh or "").strip()


def ensure_kinds(session: Session, keys: set[str]) -> list[str]:
    """Add the kinds in ``keys`` the list does not have yet (from an imported file),
    labelled by their key; returns those added."""
    known = set(kind_labels(session))
    added = []
    for key in sorted(k for k in keys if k and k not in known):
        add_kind(session, key.replace("_", " ").capitalize(), key=key)
        added.append(key)
    return added
