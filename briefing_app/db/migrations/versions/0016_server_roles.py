"""Roles on a PostgreSQL server: only directors decide on pack versions, only
administrators change the organization kinds

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 09:10:00

PostgreSQL only (a SQLite file has one user; nothing changes there). Two
trigger functions check the login's membership of the group roles
``briefing_director`` and ``briefing_admin`` that the server's administrator
creates (docs/team.md):

- ``pack_versions``: setting ``review_status`` to approved or
  changes_requested (by update or insert) needs ``briefing_director``;
- ``organization_kinds``: any insert, update or delete needs ``briefing_admin``.

The check runs in the server for every statement, from the app or from any
SQL client: a staff login cannot approve by writing SQL either. A login that
lacks the role gets SQLSTATE 42501 (insufficient privilege). Until a group
role exists on the server, its rule is not enforced (a one-person server
needs no roles); superusers are members of every role.
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

DIRECTOR, ADMIN = "briefing_director", "briefing_admin"

_HAS_ROLE = """
CREATE FUNCTION briefing_has_role(wanted text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted)
        OR pg_has_role(current_user, wanted, 'MEMBER')
$$
"""

_REVIEW_GUARD = f"""
CREATE FUNCTION briefing_review_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.review_status IN ('approved', 'changes_requested')
       AND (TG_OP = 'INSERT' OR NEW.review_status IS DISTINCT FROM OLD.review_status)
       AND NOT briefing_has_role('{DIRECTOR}') THEN
        RAISE EXCEPTION 'only a director may approve or request changes on a pack version '
            '(login % is not in {DIRECTOR})', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""

_KINDS_GUARD = f"""
CREATE FUNCTION briefing_kinds_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT briefing_has_role('{ADMIN}') THEN
        RAISE EXCEPTION 'only an administrator may change the organization kinds '
            '(login % is not in {ADMIN})', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (_HAS_ROLE, _REVIEW_GUARD, _KINDS_GUARD):
        op.execute(statement)
    op.execute(
        "CREATE TRIGGER pack_versions_review_guard BEFORE INSERT OR UPDATE ON pack_versions "
        "FOR EACH ROW EXECUTE FUNCTION briefing_review_guard()"
    )
    op.execute(
        "CREATE TRIGGER organization_kinds_guard BEFORE INSERT OR UPDATE OR DELETE "
        "ON organization_kinds FOR EACH ROW EXECUTE FUNCTION briefing_kinds_guard()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS organization_kinds_guard ON organization_kinds")
    op.execute("DROP TRIGGER IF EXISTS pack_versions_review_guard ON pack_versions")
    for function in ("briefing_kinds_guard", "briefing_review_guard", "briefing_has_role"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
