"""``python -m briefing_app`` and the ``briefing-app`` console script."""

from __future__ import annotations

from briefing_app.cli import main

if __name__ == "__main__":
    main()
