"""Every user setting, declared once with its default.

Settings are stored as JSON in ``paths.settings_file()`` so the CLI and the GUI
read the same values. Unknown keys in the file are ignored; a damaged file
falls back to the defaults rather than stopping the app.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from briefing_app import paths


@dataclass
class Settings:
    #: SQLAlchemy URL or file path of the database; empty = the default file.
    database: str = ""
    #: Office named as author and "Prepared by" on every document.
    office_name: str = "WIPO Office in China"
    #: Marking printed in headers/footers when a meeting has none of its own.
    classification: str = "FOR OFFICIAL USE ONLY"
    #: Word template for packs; empty = the shipped template.
    pack_template: str = ""
    #: Language of the user interface: "en" or "zh_CN".
    ui_language: str = "en"
    #: Pack language when none is given: "en", "zh" or "both".
    pack_language: str = "en"
    #: Minutes between automatic backups while data is changing.
    backup_interval_minutes: int = 30
    #: Name recorded as author of pack versions and review decisions.
    user_name: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        known = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        path = path or paths.settings_file()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def resolved_user_name(self) -> str:
        return self.user_name or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
