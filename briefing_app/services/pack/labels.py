"""Fixed words of the pack (headings, table headers, vocabulary) in English,
Chinese, or both. The template reaches them as ``L.<key>``; the content
builder uses :func:`term` for roles, RSVP states and kinds of organization."""

from __future__ import annotations

from briefing_app.domain.vocabulary import ROLE_WORDS, RSVP_WORDS

_LABELS: dict[str, tuple[str, str]] = {
    "briefing_pack": ("Briefing pack", "会议简报"),
    "briefing_for": ("Briefing for", "呈阅"),
    "date": ("Date", "日期"),
    "time": ("Time", "时间"),
    "venue": ("Venue", "地点"),
    "host": ("Host", "主办方"),
    "kind": ("Meeting", "会议类型"),
    "version": ("Pack version", "简报版本"),
    "approved_by": ("Approved by {name} on {date}", "{name}于{date}批准"),
    "generated": ("Generated", "生成日期"),
    "prepared_by": ("Prepared by", "编制单位"),
    "reference": ("Reference", "文号"),
    "version_date": ("Version", "版本"),
    "cleared_by": ("Cleared by", "审核人"),
    "draft_note": (" (DRAFT)", "（草稿）"),
    "colon": (": ", "："),
    "cleared_on": ("{name}, {date}", "{name}，{date}"),
    "signature_line": ("________________________", "________________________"),
    "at_a_glance": ("At a glance", "概览"),
    "when": ("When", "时间"),
    "where": ("Where", "地点"),
    "purpose_short": ("Purpose", "目的"),
    "leads": ("Heads of delegation", "代表团团长"),
    "delegation": ("Delegation", "代表团"),
    "led_by": ("Led by", "团长"),
    "top_messages": ("Messages that matter most", "最重要的信息"),
    "decisions": ("Decisions sought", "寻求达成的决定"),
    "notes": ("Notes", "备注"),
    "contents": ("Contents", "目录"),
    "purpose": ("Purpose and objectives", "目的和目标"),
    "agenda": ("Agenda", "议程"),
    "item": ("Item", "议项"),
    "speaker": ("Speaker", "发言人"),
    "participants": ("Participants", "与会者"),
    "participants_note": (
        "In order of precedence.",
        "按礼宾顺序排列。",
    ),
    "organization": ("Organization", "单位"),
    "name": ("Name", "姓名"),
    "name_latin": ("Name", "英文姓名"),
    "name_native": ("Native script", "原文姓名"),
    "to_be_named": ("(seat to be named)", "（席位待定）"),
    "title": ("Title", "职务"),
    "role": ("Role", "角色"),
    "rsvp": ("RSVP", "出席情况"),
    "biographies": ("Biographies", "人物简介"),
    "biographies_heads": (
        "Heads of delegation, in order of precedence.",
        "各团团长，按礼宾顺序排列。",
    ),
    "biographies_all": ("Participants, in order of precedence.", "与会者，按礼宾顺序排列。"),
    "organizations": ("Participating organizations", "与会单位"),
    "mandate": ("Mandate", "职能"),
    "relevance": ("Relevance to our work", "与我方工作的关联"),
    "engagements": ("Past engagements", "以往交往"),
    "follow_ups": ("Follow-up", "后续行动"),
    "representatives": ("Representatives", "出席代表"),
    "talking_points": ("Talking points", "谈话要点"),
    "key_messages": ("Key messages", "核心信息"),
    "also_serves": ("Also serves", "亦服务于"),
    "annex": ("Annex: background on priorities", "附件：重点工作背景"),
    "source": ("Source", "来源"),
    "period": ("Period", "时期"),
    "draft": ("DRAFT", "草稿"),
    "other_messages": ("Other messages", "其他信息"),
    "page_before": ("Page ", "第 "),
    "page_middle": (" of ", " 页，共 "),
    "page_after": ("", " 页"),
    "toc_placeholder": (
        "Right-click and choose Update Field to refresh the contents.",
        "右键单击并选择“更新域”以刷新目录。",
    ),
}

#: Words for stored vocabulary values (roles and RSVP from ``domain/vocabulary``, as the
#: participant list says them; talking point status, org kinds).
_TERMS: dict[str, tuple[str, str]] = {
    **{str(k): v for k, v in ROLE_WORDS.items()},
    **{str(k): v for k, v in RSVP_WORDS.items()},
    "draft": ("Draft", "草稿"),
    "approved": ("Approved", "已批准"),
    "retired": ("Retired", "已停用"),
    "legislature": ("Legislature", "立法机关"),
    "court": ("Court", "法院"),
    "procuratorate": ("Procuratorate", "检察院"),
    "ministry": ("Ministry", "部委"),
    "administration": ("Administration", "行政机关"),
    "party_organ": ("Party organ", "党的机关"),
    "forum": ("Forum", "论坛"),
    "international_organisation": ("International organisation", "国际组织"),
    "other": ("Other", "其他"),
}

LANGUAGES = ("en", "zh", "both")
_BOTH_SEPARATOR = " / "


def _pick(pair: tuple[str, str], language: str, joiner: str = _BOTH_SEPARATOR) -> str:
    en, zh = pair
    if language == "zh":
        return zh
    if language == "both" and en.strip() and zh.strip() and en.strip() != zh.strip():
        return f"{en}{joiner}{zh}"
    return en


def pick_pair(en: str, zh: str, language: str) -> str:
    """``en`` or ``zh`` (or both, " / " between) for ``language``."""
    return _pick((en, zh), language)


def labels(language: str) -> dict[str, str]:
    """Every fixed label in ``language`` ("en", "zh" or "both")."""
    chosen = {key: _pick(pair, language) for key, pair in _LABELS.items()}
    if language == "both":  # page numbering and punctuation read in one language only
        for key in ("page_before", "page_middle", "page_after", "colon", "draft_note"):
            chosen[key] = _LABELS[key][0]
    return chosen


def label_keys() -> frozenset[str]:
    """Names a template may use after ``L.``."""
    return frozenset(_LABELS)


def term(value: str, language: str, joiner: str = _BOTH_SEPARATOR) -> str:
    """The word for a stored vocabulary value; unknown values are shown as stored.
    ``joiner`` separates the two languages of a bilingual pack ("\n" in table cells)."""
    pair = _TERMS.get(str(value or ""))
    if pair is None:
        return str(value or "").replace("_", " ")
    return _pick(pair, language, joiner)
