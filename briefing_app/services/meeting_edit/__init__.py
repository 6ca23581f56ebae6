"""Editing one meeting: details, agenda, participants, talking points.

No Qt here. Every function takes a Session and never commits; the caller (a
GUI action, a worker, a test) owns the transaction. Functions return plain
row dataclasses (``rows.py``) so results can cross threads and feed item
models without dragging ORM objects along.
"""

from __future__ import annotations

from briefing_app.services.library_lists import priority_choices
from briefing_app.services.meeting_edit.agenda import (
    add_agenda_item,
    delete_agenda_item,
    field_value,
    find_agenda_item,
    item_label,
    item_number,
    list_agenda,
    move_agenda_item,
    parse_minutes,
    parse_time,
    reorder_agenda,
    speaker_values,
    update_agenda_item,
)
from briefing_app.services.meeting_edit.details import (
    create_meeting,
    get_details,
    update_details,
    validate_details,
)
from briefing_app.services.meeting_edit.new_meeting import (
    DEFAULT_LENGTH,
    Delegation,
    DelegationPerson,
    create_new_meeting,
    default_people,
    default_zone,
    delegations,
    find_organization,
    office_choices,
    office_organization,
    seat_delegation,
)
from briefing_app.services.meeting_edit.participants import (
    apply_participant_order,
    chair_choices,
    create_person,
    invite_organization,
    invite_person,
    list_participants,
    organization_choices,
    person_choices,
    principal_choices,
    remove_participant,
    seat_person,
    set_principal,
    update_participant,
)
from briefing_app.services.meeting_edit.rows import (
    AgendaRow,
    LibraryPointRow,
    MeetingDetails,
    ParticipantRow,
    PickedPointRow,
)
from briefing_app.services.meeting_edit.suggested import add_suggested_points, suggested_points
from briefing_app.services.meeting_edit.talking_points import (
    create_point,
    general_count,
    library_points,
    list_picked_points,
    pick_point,
    point_groups,
    reorder_points,
    unpick_point,
)

__all__ = [
    "DEFAULT_LENGTH",
    "AgendaRow",
    "Delegation",
    "DelegationPerson",
    "LibraryPointRow",
    "MeetingDetails",
    "ParticipantRow",
    "PickedPointRow",
    "add_agenda_item",
    "add_suggested_points",
    "apply_participant_order",
    "chair_choices",
    "create_meeting",
    "create_new_meeting",
    "create_person",
    "create_point",
    "default_people",
    "default_zone",
    "delegations",
    "delete_agenda_item",
    "field_value",
    "find_agenda_item",
    "find_organization",
    "general_count",
    "get_details",
    "invite_organization",
    "invite_person",
    "item_label",
    "item_number",
    "library_points",
    "list_agenda",
    "list_participants",
    "list_picked_points",
    "move_agenda_item",
    "office_choices",
    "office_organization",
    "organization_choices",
    "parse_minutes",
    "parse_time",
    "person_choices",
    "pick_point",
    "point_groups",
    "principal_choices",
    "priority_choices",
    "remove_participant",
    "reorder_agenda",
    "reorder_points",
    "seat_delegation",
    "seat_person",
    "set_principal",
    "speaker_values",
    "suggested_points",
    "unpick_point",
    "update_agenda_item",
    "update_details",
    "update_participant",
    "validate_details",
]
