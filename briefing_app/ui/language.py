"""Which language the interface runs in, for text the program picks itself (the
review comparison, bilingual data shown in one column)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

#: Translated to the code of the interface's language ("zh" in the Chinese
#: translation): it follows the translation actually loaded, the way Qt
#: reads the layout direction from its "QT_LAYOUT_DIRECTION" string. (A language
#: changed in Preferences applies after a restart, to the comparison too.)
_COMPARISON_LANGUAGE = QT_TRANSLATE_NOOP("review", "COMPARISON_LANGUAGE")
_COMPARISON_LANGUAGES = ("en", "zh")


def data_language() -> str:
    """ "zh" when the interface runs in Chinese, else "en": the language of the
    comparison shown in the review tab, and the one preferred where a record has
    text in both (engagement kinds and summaries in their table)."""
    code = QCoreApplication.translate("review", _COMPARISON_LANGUAGE)
    return code if code in _COMPARISON_LANGUAGES else "en"


def system_language() -> str:
    """The interface language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES or LANG
    on Linux; the user's settings on Windows and macOS): "zh_CN" for any Chinese, else
    "en" (the languages the app ships)."""
    preferred = QLocale.system().uiLanguages()
    first = QLocale(preferred[0]) if preferred else QLocale.system()
    return "zh_CN" if first.language() == QLocale.Language.Chinese else "en"


def interface_language(chosen: str) -> str:
    """The language to run in: the one chosen in Preferences, else the system's."""
    return chosen or system_language()
