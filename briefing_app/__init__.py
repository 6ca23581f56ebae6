"""Briefing App: briefing packs and participant lists from a local database."""

__version__ = "0.1.0"
APP_NAME = "Briefing App"
