"""Seating plans (docs/seating.md): the plan in the database, automatic seating
by protocol rules, the JSON and the Word chart."""

from briefing_app.services.seating.plan import plan_of, seat_meeting
from briefing_app.services.seating.view import plan_json, plan_view

__all__ = ["plan_json", "plan_of", "plan_view", "seat_meeting"]
