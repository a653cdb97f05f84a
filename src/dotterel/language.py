"""Is a document written in the pipeline's language? A guard before parsing.

The rules, lexicon and spaCy model of a pipeline read one language
(:attr:`dotterel.pipeline.config.PipelineConfig.language`). Text in
another language parses into nonsense that can still match a trigger
("Paris" plus a stray English-looking verb), and a user who fed a French
article would see no events and no reason. So a document that reads,
with confidence, as another language is not coded: the coder reports why
(:attr:`dotterel.records.coded.CodedDocument.skipped`) and the faces say
it in one line.

The identifier is py3langid (BSD-3-Clause; Lui & Baldwin's langid.py
model of 97 languages, shipped inside the package, so nothing is
downloaded). It is loaded on the first document long enough to judge.
"""

from __future__ import annotations

import pycountry

__all__ = ["LanguageGuard", "MIN_WORDS", "MAX_OWN_PROBABILITY"]

MIN_WORDS = 20
"""Shorter texts (a headline, a one-line test) are never judged: the
identifier's guesses on a dozen words, most of them names, are unreliable
(on "Al-Shabaab fighters stormed Mogadishu's Hotel Sahafi." it answers
Nigerian Pidgin with probability 0.16)."""

MAX_OWN_PROBABILITY = 0.001
"""A text is another language's when the identifier gives the pipeline's
own language a normalised probability below this. Judging by the own
language rather than by the winner's score keeps close neighbours apart:
an Indonesian paragraph reads as Indonesian at only 0.74 (Malay takes most
of the rest) but as English at 3e-13. English wire copy, even full of
names or quoting another language, reads as English at 0.95 and above from
about 20 words. Measured on the 8,620 English texts of 20 words or more in
the news corpus, the seed article and the India police, event-location,
LGL and TR-News dev texts: the lowest was 0.03 (a list of Vietnamese town
names), thirty times this bound."""


class LanguageGuard:
    """Tells a text in the pipeline's language from one confidently in another.

    Parameters
    ----------
    language : str
        ISO 639-1 code of the pipeline's language (``"en"``).
    min_words : int, optional
        Texts with fewer whitespace-separated words are never judged.
    max_own_probability : float, optional
        The pipeline's language must have a lower normalised probability.

    Examples
    --------
    >>> guard = LanguageGuard("en")
    >>> guard.foreign("Police fired tear gas.") is None        # too short to judge
    True
    """

    def __init__(self, language: str, *, min_words: int = MIN_WORDS,
                 max_own_probability: float = MAX_OWN_PROBABILITY) -> None:
        self.language = language
        self.min_words = min_words
        self.max_own_probability = max_own_probability
        self._identifier = None

    def _rank(self, text: str) -> list[tuple[str, float]]:
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return [(code, float(p)) for code, p in self._identifier.rank(text)]

    def foreign(self, text: str) -> str | None:
        """Why ``text`` should not be coded, or None when it may be.

        Parameters
        ----------
        text : str

        Returns
        -------
        str | None
            A sentence naming the language found and the pipeline's own
            ("the text reads as French (fr, probability 1.00); this pipeline
            reads English (en) only"), or None when the text is short or the
            pipeline's language is not ruled out.
        """
        if len(text.split()) < self.min_words:
            return None
        ranked = self._rank(text)
        own = next((p for code, p in ranked if code == self.language), 0.0)
        if own >= self.max_own_probability:
            return None
        code, probability = ranked[0]
        return (f"the text reads as {_language_name(code)} ({code}, probability {probability:.2f}); "
                f"this pipeline reads {_language_name(self.language)} ({self.language}) only")


def _language_name(code: str) -> str:
    """English name of an ISO 639-1 code from pycountry's ISO 639-3 table, or the code itself."""
    found = pycountry.languages.get(alpha_2=code)
    return found.name if found is not None else code
