"""Is a document written in the pipeline's language? A guard before parsing.

The rules, lexicon and spaCy model of a pipeline read one language
(:attr:`dotterel.pipeline.config.PipelineConfig.language`). Text in
another language parses into nonsense that can still match a trigger
("Paris" plus a stray English-looking verb), and a user who fed a French
article would see no events and no reason. So a document that reads,
with confidence, as another language is not coded: the coder reports why
(:attr:`dotterel.records.coded.CodedDocument.skipped`) and the faces say
it in one line.

The identifier is Google's Compact Language Detector 2 through pycld2
(Apache-2.0; its tables are compiled into the extension, so nothing is
downloaded, and it adds about 6 MB to a process where py3langid's model
added about 100 MB).
"""

from __future__ import annotations

import pycountry

__all__ = ["LanguageGuard", "MIN_WORDS", "MAX_OWN_PERCENT"]

MIN_WORDS = 20
"""Shorter texts (a headline, a one-line test) are never judged: a dozen
words, most of them names, are too few to tell a language by."""

MAX_OWN_PERCENT = 10
"""A text is another language's when CLD2 calls its verdict reliable and
gives the pipeline's own language less than this share of the text (in
percent). Judging by the own language's share rather than by the winner
keeps close neighbours apart (CLD2 reads an Indonesian paragraph as Malay)
and lets English with a quoted foreign sentence through. Measured on the
8,620 English texts of 20 words or more in the news corpus, the seed article
and the India police, event-location, LGL and TR-News dev texts, none was
ruled out."""


class LanguageGuard:
    """Tells a text in the pipeline's language from one confidently in another.

    Parameters
    ----------
    language : str
        ISO 639-1 code of the pipeline's language (``"en"``).
    min_words : int, optional
        Texts with fewer whitespace-separated words are never judged.
    max_own_percent : int, optional
        The pipeline's language must have a smaller share of the text.

    Examples
    --------
    >>> guard = LanguageGuard("en")
    >>> guard.foreign("Police fired tear gas.") is None        # too short to judge
    True
    """

    def __init__(self, language: str, *, min_words: int = MIN_WORDS,
                 max_own_percent: int = MAX_OWN_PERCENT) -> None:
        self.language = language
        self.min_words = min_words
        self.max_own_percent = max_own_percent

    def foreign(self, text: str) -> str | None:
        """Why ``text`` should not be coded, or None when it may be.

        Parameters
        ----------
        text : str

        Returns
        -------
        str | None
            A sentence naming the language found and the pipeline's own
            ("the text reads as French (fr, 99% of the text); this pipeline
            reads English (en) only"), or None when the text is short, the
            verdict is not reliable, or the pipeline's language is not ruled out.
        """
        if len(text.split()) < self.min_words:
            return None
        import pycld2

        try:
            reliable, _bytes, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
        except pycld2.error:
            return None  # CLD2 could not read it: not judged
        own = sum(percent for _name, code, percent, _score in details if code == self.language)
        name, code, percent, _score = details[0]
        if not reliable or own >= self.max_own_percent or code in ("un", self.language):
            return None
        return (f"the text reads as {_language_name(code, name)} ({code}, {percent}% of the text); "
                f"this pipeline reads {_language_name(self.language)} ({self.language}) only")


def _language_name(code: str, fallback: str | None = None) -> str:
    """English name of an ISO 639-1 code from pycountry's ISO 639-3 table, else CLD2's name or the code."""
    found = pycountry.languages.get(alpha_2=code)
    if found is not None:
        return found.name.split(" (")[0]  # "Malay (macrolanguage)" -> "Malay"
    return fallback.title() if fallback else code
