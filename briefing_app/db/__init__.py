"""Persistence: ORM models, engine/session set-up, Alembic migrations."""
