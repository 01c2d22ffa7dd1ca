"""Interface texts in German (default) and English: one translator object for pages, slides and packs.

`translator("en")("page_overview")` gives the English text; the translator also formats numbers,
money and dates in its language (common.formats), so a view needs only one object. Plain Python:
the Streamlit side (which language this viewer chose) lives in cockpit.ui.context.
"""

import functools

from cockpit.texts import all_texts
from common import formats

LANGUAGES = {"de": "Deutsch", "en": "English"}
DEFAULT_LANGUAGE = "de"

TEXTS = all_texts()


class Translator:
    """Texts and formats in one language ('de' or 'en'; anything else falls back to German)."""

    def __init__(self, lang: str):
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE

    def __call__(self, key: str, **values) -> str:
        german, english = TEXTS[key]
        text = english if self.lang == "en" else german
        return text.format(**values) if values else text

    def number(self, value, places: int = 0) -> str:
        return formats.number(value, places, self.lang)

    def euro(self, value, places: int = 0) -> str:
        return formats.euro(value, places, self.lang)

    def compact_euro(self, value) -> str:
        return formats.compact_euro(value, self.lang)

    def percent(self, share, places: int = 1) -> str:
        return formats.percent(share, places, self.lang)

    def date(self, value) -> str:
        return formats.date(value, self.lang)

    def datetime(self, value) -> str:
        return formats.datetime(value, self.lang)

    def month(self, value) -> str:
        return formats.month(value, self.lang)


@functools.cache
def translator(lang: str) -> Translator:
    return Translator(lang)
