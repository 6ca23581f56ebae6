"""The desktop interface (PySide6). Only this package and ``briefing_app.app`` import Qt."""
