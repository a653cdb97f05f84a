"""Lines in capital letters read in ordinary case: "GANG ATTACK KILLS 12 IN HAITI'S ARTIBONITE".

Headlines, slugs and some wire copy are set in capitals. The small English
model tags every word of such a line a proper noun, so no verb is found and
the event is lost (issue 16, "Title Case and ALL CAPS headlines giving no
events"). Before parsing, a line whose letters are nearly all capitals is
given ordinary case, one code point for one, so every offset is unchanged
and the evidence spans still slice the original capitals:

* a word the language knows as an ordinary word is put in lower case: one
  of spaCy's stop words, or a word of spaCy's lemmatizer index (WordNet's
  lemmas, the ``lemma_index`` table of the pipeline we ship) in one of its
  inflected forms (the ``lemma_rules`` table), unless that index knows it only
  as a noun and it is a name: a country, demonym or capital of the knowledge
  base, or a place of the gazetteer with a population of at least
  :data:`TOWN_POPULATION` (WordNet lists "haiti", "paris" and "goma" as nouns);
* an abbreviation the knowledge base gives a country or organisation ("US",
  "WHO", "NATO", "ECOWAS": :func:`kb_acronyms`), and a word joined to a digit
  ("M23", "G7"), stay as written: "US STRIKES KILL 12" is no "us";
* any other word gets a capital and lower case ("ARTIBONITE" -> "Artibonite"),
  except a short one, which stays in capitals as an acronym ("UN", "ISWAP");
* the first word of a sentence gets a capital.

Lines with lower-case letters, and short lines (a dateline "KABUL -"), are
left as they are. Headlines in Title Case are not recased: lowering their
ordinary words also lowers names that are words ("Trump", "Harris"). The
pipeline option ``recase_capitals = false``
(:class:`dotterel.pipeline.config.PipelineConfig`) turns the recasing off for
a corpus whose capitals are tables, legal text or slugs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["CapitalsRecaser", "name_test", "kb_acronyms", "TOWN_POPULATION", "MIN_LETTERS", "CAPITAL_SHARE"]

TOWN_POPULATION = 50_000
"""A noun the lemmatizer index knows that is also a gazetteer place of at least this population is a name."""

MIN_LETTERS = 12
"""A line needs at least this many letters, in at least three words, to be read as set in capitals."""

CAPITAL_SHARE = 0.9
"""The share of a line's letters that must be capitals."""

_ACRONYM_LETTERS = 4  # an unknown word of at most this many letters stays in capitals ("ISWAP" has 5: read as a name)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
# a cheap test first: three words in capitals in a row, numbers between them allowed ("GUNMEN KILL 12 IN
# HAITI"; ASCII: a line in other capitals is left as it is); no leading \b, which doubles the time of a miss
_SEP = r"[ '\u2019,:.\d-]+"
_CAPS_RUN = re.compile(r"[A-Z]{2,}" + _SEP + r"[A-Z]{2,}" + _SEP + r"[A-Z]{2,}\b")


class CapitalsRecaser:
    """Gives lines set in capitals ordinary case, offset for offset (module docstring).

    Parameters
    ----------
    common : iterable of str
        Lower-case ordinary words of the language (stop words and the lemmatizer's lemmas).
    nouns_only : iterable of str
        The lemmas of ``common`` that the lemmatizer index knows only as nouns (names hide among them).
    rules : iterable of (str, str)
        Suffix rules that take an inflected form to its lemma (``("ies", "y")``, ``("s", "")``).
    is_name : callable, optional
        ``is_name(word)`` for a lower-case word: whether it is a known name (a country, a large town).
    acronyms : iterable of str, optional
        Words in capitals that stay as written (:func:`kb_acronyms`).
    """

    def __init__(self, common: Iterable[str], nouns_only: Iterable[str], rules: Iterable[tuple[str, str]],
                 is_name: Callable[[str], bool] | None = None, *, acronyms: Iterable[str] = ()) -> None:
        self._acronyms = frozenset(acronyms)
        self._common = frozenset(common)
        self._nouns_only = frozenset(nouns_only)
        self._rules = tuple(rules)
        self._is_name = is_name or (lambda _word: False)

    @classmethod
    def from_pipeline(cls, nlp, is_name: Callable[[str], bool] | None = None, *,
                      acronyms: Iterable[str] = ()) -> CapitalsRecaser | None:
        """Build from a spaCy pipeline's stop words and rule lemmatizer tables; None when it has no lemmatizer.

        Parameters
        ----------
        nlp : spacy.language.Language
        is_name : callable, optional
            See the class.
        acronyms : iterable of str, optional
            See the class.
        """
        if "lemmatizer" not in nlp.pipe_names:
            return None
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return None
        index = lookups.get_table("lemma_index")
        noun = nlp.vocab.strings["noun"]
        by_pos = {pos: {w for w in words if "_" not in w} for pos, words in index.items()}
        others = set().union(*(words for pos, words in by_pos.items() if pos != noun))
        nouns_only = by_pos.get(noun, set()) - others
        exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
        forms = {form for table in exceptions.values() for form in table}
        rules = {(old, new) for table in (lookups.get_table("lemma_rules").values()
                                          if lookups.has_table("lemma_rules") else ()) for old, new in table}
        common = {w.lower() for w in nlp.Defaults.stop_words} | others | nouns_only | forms
        return cls(common, nouns_only, sorted(rules, key=lambda r: -len(r[0])), is_name, acronyms=acronyms)

    def __call__(self, text: str) -> str:
        """``text`` with each line set in capitals given ordinary case; same length, same offsets."""
        out: list[str] | None = None
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if len(line) >= MIN_LETTERS and _CAPS_RUN.search(line) is not None and self._in_capitals(line):
                out = list(text) if out is None else out
                self._recase(text, start, end, out)
            start = end + 1
        return text if out is None else "".join(out)

    @staticmethod
    def _in_capitals(line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        words = [w for w in _WORD.findall(line) if len(w) > 1]
        return (len(letters) >= MIN_LETTERS and len(words) >= 3
                and sum(c.isupper() for c in letters) >= CAPITAL_SHARE * len(letters))

    def _recase(self, text: str, start: int, end: int, out: list[str]) -> None:
        sentence_start = True
        words = list(_WORD.finditer(text, start, end))
        # two words that together name a place or country ("NEW DELHI", "SOUTH SUDAN") keep their capitals
        paired = {i + k for i in range(len(words) - 1) for k in (0, 1)
                  if text[words[i].end():words[i + 1].start()] == " "
                  and self._is_name(f"{words[i].group().lower()} {words[i + 1].group().lower()}")}
        for n, m in enumerate(words):
            word = m.group()
            lower = word.lower()
            if len(lower) != len(word):
                continue  # a letter whose lower case is longer ("İ"): left as it is, offsets kept
            stem = re.split(r"['\u2019]", lower)[0]
            glued = (m.start() > start and text[m.start() - 1].isdigit()) or (m.end() < end and text[m.end()].isdigit())
            if glued or stem.upper() in self._acronyms:
                new = word  # "M23", "G7"; "US", "WHO", "NATO": names in capitals, kept (not "us", "who")
            elif n in paired:
                new = word[0] + lower[1:]
            elif self._ordinary(stem):
                new = lower
            elif len(stem) <= _ACRONYM_LETTERS and not self._is_name(stem):
                new = word
            else:
                new = word[0] + lower[1:]
            if sentence_start and new is not word:
                new = new[0].upper() + new[1:]
            out[m.start():m.end()] = new
            sentence_start = bool(_SENTENCE_END.search(text[m.end():_next_word(text, m.end(), end)]))

    def ordinary(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an ordinary word of the language, not a name.

        A stop word or a lemma of the lemmatizer index, in one of its
        inflected forms, unless the index knows it only as a noun and
        ``is_name`` says it is a name ("haiti", "paris").
        """
        return self._ordinary(word)

    def _ordinary(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an ordinary word, not a name."""
        lemmas = [word] + [word[: len(word) - len(old)] + new for old, new in self._rules
                           if old and word.endswith(old) and len(word) > len(old) + 1]
        known = [lemma for lemma in lemmas if lemma in self._common]
        if not known:
            return False
        if all(lemma in self._nouns_only for lemma in known) and self._is_name(word):
            return False
        return True


def _next_word(text: str, i: int, end: int) -> int:
    """The offset of the next letter after ``i`` on the line (or the line's end)."""
    m = _WORD.search(text, i, end)
    return m.start() if m else end


def name_test(kb, gazetteer, lang) -> Callable[[str], bool]:
    """``is_name`` for :class:`CapitalsRecaser`: weekday and month names, countries, demonyms, capitals, towns.

    Parameters
    ----------
    kb : dotterel.actors.kb.KnowledgeBase
        Its countries, demonyms and capitals.
    gazetteer : dotterel.places.gazetteer.GazetteerIndex or None
        A place of that name (or alternate name) with at least :data:`TOWN_POPULATION` people (GeoNames).
    lang : dotterel.lang.LanguageProfile
        Its ``weekdays`` and ``month_names``.

    Returns
    -------
    callable
        Answers per lower-case word, remembered per recaser (no state shared between coders).
    """
    from .places._fold import fold

    calendar = set(lang.weekdays) | set(lang.month_names)
    seen: dict[str, bool] = {}

    def is_name(word: str) -> bool:
        hit = seen.get(word)
        if hit is None:
            title = word.title()
            hit = (word in calendar or kb.country_by_name(title) is not None
                   or kb.country_by_demonym(title) is not None or kb.country_by_capital(title) is not None
                   or (gazetteer is not None
                       and any(c.population >= TOWN_POPULATION for c in gazetteer.exact(fold(word)))))
            seen[word] = hit
        return hit

    return is_name


def kb_acronyms(kb) -> frozenset[str]:
    """The abbreviations in capitals the knowledge base gives countries and organisations: "US", "UN", "ECOWAS".

    Parameters
    ----------
    kb : dotterel.actors.kb.KnowledgeBase
        Its countries' and organisations' ``abbreviations`` (and organisation names written in capitals).

    Returns
    -------
    frozenset of str
        Single words of at least two letters, all capitals.
    """
    words = {a for c in kb.countries for a in c.abbreviations}
    words |= {a for o in kb.organisations for a in (*o.abbreviations, *o.names)}
    return frozenset(w for w in words if " " not in w and sum(ch.isalpha() for ch in w) >= 2 and w.isupper())
