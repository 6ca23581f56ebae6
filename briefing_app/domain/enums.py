"""Closed vocabularies of the domain. Values are what the database and the
interchange format store; labels for people live with the UI and documents."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    LEGISLATURE = "legislature"
    COURT = "court"
    PROCURATORATE = "procuratorate"
    MINISTRY = "ministry"
    ADMINISTRATION = "administration"
    PARTY_ORGAN = "party_organ"
    FORUM = "forum"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    OTHER = "other"


class NameOrder(StrEnum):
    #: Given name first (Western order): "Ms. Anna SMITH".
    GIVEN_FIRST = "given_first"
    #: Family name first (Chinese, Japanese, Korean...): "Ms. LIU Hua".
    FAMILY_FIRST = "family_first"


class TalkingPointStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    RETIRED = "retired"


class ParticipantRole(StrEnum):
    HOST = "host"
    CHAIR = "chair"
    HEAD_OF_DELEGATION = "head_of_delegation"
    MEMBER = "member"
    OBSERVER = "observer"
    STAFF = "staff"


class Rsvp(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    ATTENDED = "attended"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


class Delivery(StrEnum):
    """Whether a pack version's file was confirmed written (see services/review/delivery.py)."""

    PENDING = "pending"
    DELIVERED = "delivered"


class PackLanguage(StrEnum):
    EN = "en"
    ZH = "zh"
    BOTH = "both"
