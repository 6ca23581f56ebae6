"""What the audit trail's field names are called, in English and Chinese (the
history lines name the field that changed: "mandate (Chinese)", "使命（中文）")."""

from __future__ import annotations

from briefing_app.domain.vocabulary import ROLE_WORDS, RSVP_WORDS

_ZH = "（中文）"

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "acronym": ("acronym", "简称"),
    "author": ("author", "作者"),
    "back_seats": ("chairs behind", "后排座位"),
    "bio": ("biography", "简历"),
    "bio_zh": ("biography (Chinese)", "简历" + _ZH),
    "chair_person_id": ("chair", "主持人"),
    "city": ("city", "城市"),
    "city_zh": ("city (Chinese)", "城市" + _ZH),
    "classification": ("marking", "密级标识"),
    "classification_zh": ("marking (Chinese)", "密级标识" + _ZH),
    "country": ("country", "国家"),
    "created_by": ("made by", "生成人"),
    "date": ("date", "日期"),
    "decided_at": ("decided", "审定时间"),
    "delivery": ("delivery", "交付状态"),
    "description": ("description", "说明"),
    "description_zh": ("description (Chinese)", "说明" + _ZH),
    "duration_minutes": ("minutes", "时长（分钟）"),
    "email": ("email", "电子邮件"),
    "ends_at": ("ends", "结束时间"),
    "family_name": ("family name", "姓"),
    "file_hash": ("file", "文件"),
    "follow_ups": ("follow-ups", "后续事项"),
    "follow_ups_zh": ("follow-ups (Chinese)", "后续事项" + _ZH),
    "given_name": ("given name", "名"),
    "honorific": ("honorific", "称谓"),
    "host_organization_id": ("host", "主办单位"),
    "key": ("key", "代码"),
    "kind": ("kind", "类型"),
    "kind_zh": ("kind (Chinese)", "类型" + _ZH),
    "label_en": ("label", "名称"),
    "label_zh": ("label (Chinese)", "名称" + _ZH),
    "language": ("language", "语言"),
    "languages": ("languages", "语言"),
    "last_reviewed": ("last reviewed", "最近审核"),
    "locked": ("locked", "锁定"),
    "mandate": ("mandate", "职能"),
    "mandate_zh": ("mandate (Chinese)", "职能" + _ZH),
    "meeting_id": ("meeting", "会议"),
    "name_en": ("name", "名称"),
    "name_native": ("native name", "本国语言名称"),
    "name_native_lang": ("language of the native name", "本国语言"),
    "name_order": ("name order", "姓名顺序"),
    "name_zh": ("name (Chinese)", "中文名"),
    "native_name": ("native name", "本国语言姓名"),
    "needs": ("needs", "特殊需求"),
    "notes": ("notes", "备注"),
    "notes_zh": ("notes (Chinese)", "备注" + _ZH),
    "number": ("number", "编号"),
    "objectives": ("objectives", "目标"),
    "objectives_zh": ("objectives (Chinese)", "目标" + _ZH),
    "organization_id": ("organization", "机构"),
    "organizations": ("aimed at", "针对机构"),
    "owner": ("owner", "负责人"),
    "parent_id": ("parent organization", "上级机构"),
    "participant_id": ("participant", "参会人员"),
    "period": ("period", "期间"),
    "period_zh": ("period (Chinese)", "期间" + _ZH),
    "person_id": ("person", "人员"),
    "phone": ("phone", "电话"),
    "plan_id": ("plan", "座次图"),
    "position": ("position", "位置"),
    "precedence_rank": ("precedence", "礼宾次序"),
    "priorities": ("priorities", "优先事项"),
    "rank": ("rank", "级别"),
    "relevance": ("relevance", "相关性"),
    "relevance_zh": ("relevance (Chinese)", "相关性" + _ZH),
    "remarks": ("remarks", "备注"),
    "resolved": ("resolved", "已解决"),
    "review_status": ("review status", "审阅状态"),
    "reviewer": ("reviewer", "审阅人"),
    "role": ("role", "角色"),
    "rsvp": ("RSVP", "出席情况"),
    "seat": ("seat", "座位"),
    "seat_count": ("seats", "座位数"),
    "shape": ("table", "桌型"),
    "sha256": ("image", "图像"),
    "format": ("image format", "图像格式"),
    "width": ("width (px)", "宽度（像素）"),
    "height": ("height (px)", "高度（像素）"),
    "source": ("source", "来源"),
    "source_zh": ("source (Chinese)", "来源" + _ZH),
    "speaker": ("speaker", "发言人"),
    "speaker_zh": ("speaker (Chinese)", "发言人" + _ZH),
    "speaker_person_id": ("speaker", "发言人"),
    "start_time": ("start", "开始时间"),
    "starts_at": ("starts", "开始时间"),
    "status": ("status", "状态"),
    "summary": ("summary", "摘要"),
    "summary_zh": ("summary (Chinese)", "摘要" + _ZH),
    "tags": ("tags", "标签"),
    "talking_point_id": ("talking point", "谈话要点"),
    "target_kind": ("about", "针对"),
    "target_ref": ("about", "针对"),
    "template": ("template", "模板"),
    "text": ("text", "内容"),
    "text_en": ("text", "正文"),
    "text_zh": ("text (Chinese)", "正文" + _ZH),
    "tie_order": ("order among equals", "同级次序"),
    "timezone": ("time zone", "时区"),
    "title": ("title", "标题"),
    "title_en": ("title", "职务"),
    "title_zh": ("title (Chinese)", "标题" + _ZH),
    "venue": ("venue", "地点"),
    "venue_zh": ("venue (Chinese)", "地点" + _ZH),
    "website": ("website", "网站"),
}


def field_name(key: str, language: str = "en") -> str:
    """The field's name in ``language`` ("en" or "zh"); an unknown key as it is."""
    return FIELD_NAMES.get(key, (key, key))[language == "zh"]


#: Fields whose values are words of a vocabulary, shown in the reader's language.
_VOCABULARIES = {
    "role": {k.value: v for k, v in ROLE_WORDS.items()},
    "rsvp": {k.value: v for k, v in RSVP_WORDS.items()},
}


def field_value(key: str, value, language: str = "en"):
    """``value`` of field ``key`` as a reader says it ("invited" → "Invited" / "已邀请")."""
    words = _VOCABULARIES.get(key, {}).get(value)
    return words[language == "zh"] if words else value
