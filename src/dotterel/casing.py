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

A line written all in lower case (transcripts, some Indian and wire copy:
"the bsf opened fire near the border") gets the knowledge base's role
abbreviations in capitals ("BSF", "CRPF", "SHO": :func:`kb_role_abbreviations`):
the small model tags a lower-case "bsf" an adverb or a verb and loses the
sentence's doer. Only abbreviations that are no word of the lemmatizer's index
in any form are set, so no ordinary word changes. An Indian state's
abbreviation that is also a word ("up", "mp": Uttar Pradesh, Madhya Pradesh)
is set in capitals only before a police noun and after a word that opens a
noun phrase ("arrested by up police", "the mp police"): "stepped up police
patrols" keeps its particle (profile ``state_force_abbreviations``).

A headline in Title Case ("Kenya Police Arrest 40 After Protests") is
parsed as one long name, so its verb is lost too. Such a line (at least three
words, every content word capitalised, no sentence end inside it, and after
its first word a form of a verb of the trigger lexicon: "Arrest", "Fire") is
recased more carefully, since a name that is a word ("Trump", "Harris",
"Rice") must keep its capital: the first word stays as written; a word the
rest of the text writes with a capital inside a sentence stays a name, as do
the knowledge base's organisation names ("Human Rights Watch", "Taliban":
:func:`kb_names`) and the calendar's (unless "March" stands between a noun
and a preposition); any other word is put in lower case when it is a stop
word, when the rest of the text writes it in lower case, or, for a word the
rest of the text does not use, when it is an ordinary word by the test above
(a one-line headline has only itself to go by). Other lines with lower-case letters, and short lines (a dateline
"KABUL -"), are left as they are. The pipeline option ``recase_capitals = false``
(:class:`dotterel.pipeline.config.PipelineConfig`) turns the recasing off for
a corpus whose capitals are tables, legal text or slugs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

__all__ = ["CapitalsRecaser", "name_test", "kb_acronyms", "kb_role_abbreviations", "TOWN_POPULATION", "MIN_LETTERS",
           "CAPITAL_SHARE", "TITLE_SHARE", "TITLE_MAX_CHARS", "kb_names", "NAME_CACHE_SIZE"]

TOWN_POPULATION = 50_000
"""A noun the lemmatizer index knows that is also a gazetteer place of at least this population is a name."""

MIN_LETTERS = 12
"""A line needs at least this many letters, in at least three words, to be read as set in capitals."""

CAPITAL_SHARE = 0.9
"""The share of a line's letters that must be capitals."""

TITLE_SHARE = 1.0
"""The share of a Title Case line's words (of two letters or more, stop words aside) that must begin with a capital."""

TITLE_MAX_CHARS = 160
"""A line longer than this is no headline (Title Case recasing)."""

ORDINARY_CACHE_SIZE = 20_000
"""Most answers :meth:`CapitalsRecaser.ordinary` keeps (one a word); all are dropped when it is full."""

NAME_CACHE_SIZE = 20_000
"""Most answers a :func:`name_test` keeps (the least recently asked are dropped first)."""

_ACRONYM_LETTERS = 4  # an unknown word of at most this many letters stays in capitals ("ISWAP" has 5: read as a name)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
# a cheap test first: three words in capitals in a row, numbers between them allowed ("GUNMEN KILL 12 IN
# HAITI"; ASCII: a line in other capitals is left as it is); no leading \b, which doubles the time of a miss
_SEP = r"[ '\u2019,:.\d-]+"
_CAPS_RUN = re.compile(r"[A-Z]{2,}" + _SEP + r"[A-Z]{2,}" + _SEP + r"[A-Z]{2,}\b")
# a cheap test first for Title Case: three capitalised words in a row, small words and numbers between them allowed
_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+" + _SEP + r"(?:[a-z]{1,3} )?[A-Z][a-z]+" + _SEP + r"(?:[a-z]{1,3} )?[A-Z][a-z]+\b")
_INNER_END = re.compile(r"[.!?]\s+\S|[.!?:;]\s*$")


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
    stop_words : iterable of str, optional
        Lower-case function words, lowered in a Title Case headline whatever the rest of the text does.
    names : iterable of str, optional
        Names whose words a Title Case headline keeps, of several words ("Human Rights Watch") or of one that is
        also an ordinary word to the lemmatizer ("Taliban", "Hezbollah", "Pentagon"): :func:`kb_names`.
    verbs : iterable of str, optional
        Lemmas of the verbs that state events (the trigger lexicon's): a Title Case line is recased only when
        one of its words after the first is one of them ("Police Fire Tear Gas", "Troops Kill 12").
    verb_forms : dict of str to list of str, optional
        Irregular verb forms and their lemmas ("shot": ["shoot"]), the lemmatizer's exceptions.
    lower_acronyms : iterable of str, optional
        Abbreviations in capitals set in capitals again where a line is written all in lower case
        (:func:`kb_role_abbreviations`); one that is a word of the lemmatizer's index in any form is left out.
    state_forces : tuple of three iterables of str, optional
        ``(abbreviations, nouns, openers)``: a state's abbreviation that is also a word ("up"), set in capitals
        in a lower-case line where a police noun ("police") follows it and an opener ("by", "the"), a clause
        mark or the line's start comes before it (the language profile's ``state_force_abbreviations``).
    """

    def __init__(self, common: Iterable[str], nouns_only: Iterable[str], rules: Iterable[tuple[str, str]],
                 is_name: Callable[[str], bool] | None = None, *, acronyms: Iterable[str] = (),
                 stop_words: Iterable[str] = (), names: Iterable[str] = (), verbs: Iterable[str] = (),
                 verb_forms: dict[str, list[str]] | None = None, lower_acronyms: Iterable[str] = (),
                 state_forces: tuple[Iterable[str], Iterable[str], Iterable[str]] = ((), (), ())) -> None:
        self._stop = frozenset(stop_words)
        self._verbs = frozenset(verbs)
        self._verb_forms = verb_forms or {}
        self._names = frozenset(" ".join(n.lower().split()) for n in names if " " in n.strip())
        self._single_names = frozenset(n.strip().lower() for n in names if n.strip() and " " not in n.strip())
        self._longest = max((n.count(" ") + 1 for n in self._names), default=0)
        self._acronyms = frozenset(acronyms)
        self._common = frozenset(common)
        self._nouns_only = frozenset(nouns_only)
        self._rules = tuple(rules)
        self._is_name = is_name or (lambda _word: False)
        upper = {a.lower(): a for a in lower_acronyms if a.isalpha() and a.isupper() and len(a) >= 2}
        upper = {w: a for w, a in upper.items() if not any(lemma in self._common for lemma in self._lemmas(w))}
        self._upper = upper
        self._lower_run = (re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, upper), key=len, reverse=True)) + r")\b")
                           if upper else None)
        states, nouns, openers = (sorted(map(re.escape, (w.lower() for w in ws))) for ws in state_forces)
        self._states = {a.lower(): a.upper() for a in state_forces[0]}
        # "arrested by up police", "the mp police": after an opener, a clause mark or the line's start only
        self._state_run = (re.compile(r"(?:^|[,;:(\"'.]\s*|\b(?:" + "|".join(openers) + r")\s+)\b(" + "|".join(states)
                                      + r")(?=\s+(?:" + "|".join(nouns) + r")\b)") if states and nouns and openers else None)
        # word -> :meth:`_ordinary`'s answer, which depends on the word and the fixed tables above only: the actor
        # resolver asks it of the last words of most argument phrases, the same words again and again
        self._ordinary_seen: dict[str, bool] = {}

    @classmethod
    def from_pipeline(cls, nlp, is_name: Callable[[str], bool] | None = None, *,
                      acronyms: Iterable[str] = (), names: Iterable[str] = (),
                      verbs: Iterable[str] = (), lower_acronyms: Iterable[str] = (),
                      state_forces: tuple[Iterable[str], Iterable[str], Iterable[str]] = ((), (), ()),
                      ) -> CapitalsRecaser | None:
        """Build from a spaCy pipeline's stop words and rule lemmatizer tables; None when it has no lemmatizer.

        Parameters
        ----------
        nlp : spacy.language.Language
        is_name : callable, optional
            See the class.
        acronyms, names, verbs, lower_acronyms, state_forces : optional
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
        return cls(common, nouns_only, sorted(rules, key=lambda r: -len(r[0])), is_name, acronyms=acronyms,
                   stop_words={w.lower() for w in nlp.Defaults.stop_words}, names=names, verbs=verbs,
                   verb_forms=dict(exceptions.get(nlp.vocab.strings["verb"], {})) if exceptions else {},
                   lower_acronyms=lower_acronyms, state_forces=state_forces)

    def __call__(self, text: str) -> str:
        """``text`` with each line set in capitals given ordinary case; same length, same offsets."""
        out: list[str] | None = None
        titles: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if len(line) >= MIN_LETTERS and _CAPS_RUN.search(line) is not None and self._in_capitals(line):
                out = list(text) if out is None else out
                self._recase(text, start, end, out)
            elif MIN_LETTERS <= len(line) <= TITLE_MAX_CHARS and _TITLE_RUN.search(line) is not None \
                    and self._in_title_case(line):
                titles.append((start, end))
            elif (self._lower_run is not None or self._state_run is not None) and len(line) >= MIN_LETTERS \
                    and line.islower():
                for m in self._lower_run.finditer(line) if self._lower_run is not None else ():
                    out = list(text) if out is None else out  # "the bsf opened fire": "BSF", a name to the parser
                    out[start + m.start():start + m.end()] = self._upper[m.group()]
                for m in self._state_run.finditer(line) if self._state_run is not None else ():
                    out = list(text) if out is None else out  # "arrested by up police": "UP", a state
                    out[start + m.start(1):start + m.end(1)] = self._states[m.group(1)]
            start = end + 1
        if titles:
            out = list(text) if out is None else out
            self._recase_titles(text, titles, out)
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

    def _in_title_case(self, line: str) -> bool:
        """Whether ``line`` is a headline in Title Case: three words or more, nearly all capitalised, one sentence."""
        if _INNER_END.search(line.strip()) is not None:
            return False
        words = [w for w in _WORD.findall(line) if len(w) > 1 and w.lower() not in self._stop]
        return len(words) >= 3 and line.lstrip()[:1].isupper() \
            and sum(w[0].isupper() and not w.isupper() for w in words) >= TITLE_SHARE * len(words) \
            and any(self._event_verb(w.lower()) for w in words[1:])

    def _event_verb(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a form of a verb of :attr:`_verbs` ("kills", "fired", "shot")."""
        lemmas = {word, *self._verb_forms.get(word, ())}
        lemmas |= {word[: len(word) - len(old)] + new for old, new in self._rules
                   if old and word.endswith(old) and len(word) > len(old) + 1}
        return not lemmas.isdisjoint(self._verbs)

    def _recase_titles(self, text: str, titles: list[tuple[int, int]], out: list[str]) -> None:
        """Lower the ordinary words of Title Case headlines, keeping every word the rest of the text names."""
        rest = list(text)
        for start, end in titles:
            rest[start:end] = " " * (end - start)
        rest = "".join(rest)
        named = {m.group() for m in _WORD.finditer(rest) if m.group()[0].isupper() and _inside_sentence(rest, m.start())}
        used = {w.lower() for w in _WORD.findall(rest)}
        lowered = {w for w in _WORD.findall(rest) if w.islower()}
        for start, end in titles:
            found = list(_WORD.finditer(text, start, end))
            kept = self._named_runs(text, found)
            for n, m in enumerate(found):
                word = m.group()
                if n in kept:
                    continue  # "Human Rights Watch"
                lower = word.lower()
                if n == 0 or not word[0].isupper() or word.isupper() or len(lower) != len(word) or word in named \
                        or lower in self._single_names:
                    continue  # the first word, an acronym, a name the text writes so or the knowledge base knows
                if (m.start() > start and text[m.start() - 1].isdigit()) or (m.end() < end and text[m.end()].isdigit()):
                    continue  # "M23"
                stem = re.split(r"['\u2019]", lower)[0]
                if self._is_name(stem) and not self._verb_not_month(stem, found, n):
                    continue  # "May", "Kabul"
                if stem in self._stop or lower in lowered or (lower not in used and self._ordinary(stem)):
                    out[m.start():m.end()] = lower

    def _verb_not_month(self, stem: str, words: list, n: int) -> bool:
        """Whether a name that is also a content word stands as a verb: after a word, before a preposition.

        "Students March In Dhaka": "march" (no stop word, so never the modal "may"), between a noun and a
        preposition; "Protests Since March In Dhaka" keeps its month after the preposition.
        """
        return (stem not in self._stop and self._ordinary(stem) and 0 < n < len(words) - 1
                and words[n - 1].group().lower() not in self._stop and words[n + 1].group().lower() in self._stop)

    def _named_runs(self, text: str, words: list) -> set[int]:
        """The indices of ``words`` (matches in ``text``) inside a run, one space apart, that ``names`` holds."""
        kept: set[int] = set()
        for i in range(len(words)):
            for k in range(min(self._longest, len(words) - i), 1, -1):
                run = words[i:i + k]
                if all(text[a.end():b.start()] == " " for a, b in zip(run, run[1:])) \
                        and " ".join(w.group().lower() for w in run) in self._names:
                    kept.update(range(i, i + k))
                    break
        return kept

    def _ordinary(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an ordinary word, not a name (remembered, at most :data:`ORDINARY_CACHE_SIZE`)."""
        seen = self._ordinary_seen
        hit = seen.get(word)
        if hit is None:
            if len(seen) >= ORDINARY_CACHE_SIZE:
                seen.clear()
            hit = seen[word] = self._read_ordinary(word)
        return hit

    def _lemmas(self, word: str) -> list[str]:
        """``word`` and the lemmas the suffix rules could take it to."""
        return [word] + [word[: len(word) - len(old)] + new for old, new in self._rules
                         if old and word.endswith(old) and len(word) > len(old) + 1]

    def _read_ordinary(self, word: str) -> bool:
        lemmas = self._lemmas(word)
        known = [lemma for lemma in lemmas if lemma in self._common]
        if not known:
            return False
        if all(lemma in self._nouns_only for lemma in known) and self._is_name(word):
            return False
        return True


def _inside_sentence(text: str, i: int) -> bool:
    """Whether the word at ``i`` stands inside a sentence: a word, a comma or a figure before it on its line."""
    before = text[max(0, i - 40):i].rstrip(" \t\"'\u201c\u2018(")
    return bool(before) and before[-1] not in ".!?:\n" and "\n" not in text[max(0, i - 2):i]


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
        Answers per lower-case word, the last :data:`NAME_CACHE_SIZE` remembered per recaser (no state shared
        between coders; an answer is a pure function of the word, so forgetting one changes nothing).
    """
    from .places._fold import fold

    calendar = set(lang.weekdays) | set(lang.month_names)

    @functools.lru_cache(maxsize=NAME_CACHE_SIZE)  # bounded: a long run meets new capitalised words for good
    def is_name(word: str) -> bool:
        title = word.title()
        return (word in calendar or kb.country_by_name(title) is not None
                or kb.country_by_demonym(title) is not None or kb.country_by_capital(title) is not None
                or (gazetteer is not None
                    and any(c.population >= TOWN_POPULATION for c in gazetteer.exact(fold(word)))))

    return is_name


def kb_names(kb) -> frozenset[str]:
    """The names the knowledge base gives organisations: "Human Rights Watch", "Red Cross", "Taliban".

    Parameters
    ----------
    kb : dotterel.actors.kb.KnowledgeBase

    Returns
    -------
    frozenset of str
        Lower-case names of two words or more, and of one word not written in capitals (an abbreviation in
        capitals is :func:`kb_acronyms`'s).
    """
    return frozenset(n.strip().lower() for o in kb.organisations for n in (o.name, *o.names)
                     if n and n.strip() and (" " in n.strip() or not n.isupper()))


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


def kb_role_abbreviations(kb) -> frozenset[str]:
    """The role abbreviations the knowledge base writes in capitals: "BSF", "CRPF", "SHO", "DGP".

    Parameters
    ----------
    kb : dotterel.actors.kb.KnowledgeBase
        Its roles' ``forms``; a single word written in capitals there is an abbreviation
        (docs/knowledge_base.md, ``roles[]``).

    Returns
    -------
    frozenset of str
        Single words of at least two letters, all capitals.
    """
    return frozenset(f for r in kb.roles for f in r.forms
                     if " " not in f and sum(ch.isalpha() for ch in f) >= 2 and f.isupper())
