"""Name indexes of the actor knowledge base: reference checks and name matching.

:class:`NameIndex` maps normalised names, abbreviations, surnames, known
misspellings and role phrases (with their regular plurals) to entry keys,
refuses undeclared collisions, and does the matching behind the lookups of
:class:`dotterel.actors.kb.KnowledgeBase`. :func:`check_references` checks the
sector and country codes that entries use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from .kb_models import (
    Ambiguity,
    CountryEntry,
    KnowledgeBaseError,
    OrgEntry,
    PersonEntry,
    RoleEntry,
    _abbreviation_key,
    normalise_name,
)

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["IGO", "NameIndex", "check_references", "entity_patterns"]

IGO = "IGO"
"""The country code of intergovernmental bodies and offices."""

_SECTOR_RE = re.compile(r"^[A-Z]{3}$")
_FUZZY_MIN_LENGTH = 8
# Words dropped before person and role lookups: the honorifics, determiners and invariant nouns are the language profile's (NameIndex(lang=...)).

Origin = Mapping[tuple[str, str], tuple[str, str]]
"""(section, entry key) -> (file, entry label), for error messages."""


# --------------------------------------------------------------------------
# reference checks
# --------------------------------------------------------------------------

def check_references(
    sectors: Mapping[str, str],
    countries: Mapping[str, CountryEntry],
    orgs: Mapping[str, OrgEntry],
    people: Mapping[str, PersonEntry],
    roles: Mapping[str, RoleEntry],
    origin: Origin,
    sources: Sequence[str],
) -> None:
    """Check the codes that entries use against the merged knowledge base.

    Parameters
    ----------
    sectors, countries, orgs, people, roles : Mapping
        The merged sections, by key.
    origin : Mapping
        (section, key) -> (file, entry label) of each entry.
    sources : Sequence[str]
        The files loaded, in order; a malformed sector code is blamed on the last.

    Raises
    ------
    KnowledgeBaseError
        A sector is not declared, a country code is unknown, a parent
        organisation does not exist or a sector code is malformed.
    """
    def fail(section: str, key: str, reason: str) -> None:
        path, label = origin[(section, key)]
        raise KnowledgeBaseError(reason, path=path, entry=label)

    def check_sector(section: str, key: str, code: str | None, what: str) -> None:
        if code is not None and code not in sectors:
            fail(section, key, f"{what} {code!r} is not a declared sector (known: {', '.join(sorted(sectors))})")

    def check_country(section: str, key: str, code: str | None, what: str) -> None:
        if code is not None and code != IGO and code not in countries:
            fail(section, key, f"{what} {code!r} is not a known ISO 3166-1 alpha-3 code or 'IGO'")

    for key, org in orgs.items():
        check_sector("organisations", key, org.sector, "sector")
        check_country("organisations", key, org.country, "country")
        for m in org.members:
            check_country("organisations", key, m, "member")
    for key, org in orgs.items():
        if org.parent is not None and org.parent not in orgs:
            fail("organisations", key, f"parent {org.parent!r} is not an organisation id")
    for key, p in people.items():
        check_sector("people", key, p.sector, "sector")
        check_sector("people", key, p.sector_after, "sector_after")
        check_country("people", key, p.country, "country")
        for t in p.terms:
            check_sector("people", key, t.sector, f"term '{t.office}' sector")
            check_country("people", key, t.country, f"term '{t.office}' country")
    for key, r in roles.items():
        check_sector("roles", key, r.sector, "sector")
    for code in sectors:
        if not _SECTOR_RE.match(code):
            raise KnowledgeBaseError(f"sector code {code!r} is not three capital letters", path=sources[-1], entry="sectors")


# --------------------------------------------------------------------------
# plural forms of role phrases
# --------------------------------------------------------------------------

def _plural(phrase: str, invariant: frozenset[str]) -> str | None:
    """Regular English plural of the last word of ``phrase`` (``None`` if invariant).

    ``invariant`` holds the mass nouns and nouns with no regular plural (the
    profile's ``invariant_nouns``); words already ending in -s, -ies or -men
    are taken as plural and get none either.
    """
    head, _, last = phrase.rpartition(" ")
    if last in invariant or last.endswith(("ies", "men")) or (last.endswith("s") and not last.endswith("ss")):
        return None
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith("arch"):  # oligarch, monarch: /k/, plain -s
        plural = last + "s"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("child"):
        plural = last + "ren"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


# --------------------------------------------------------------------------
# the indexes
# --------------------------------------------------------------------------

class _Index:
    """Key -> set of entry keys, remembering which keys are declared ambiguous."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.targets: dict[str, set[str]] = {}
        self.sources: dict[tuple[str, str], str] = {}  # (key, target) -> file that added it

    def add(self, key: str, target: str, source: str) -> None:
        if not key:
            return
        self.targets.setdefault(key, set()).add(target)
        self.sources.setdefault((key, target), source)

    def get(self, key: str) -> set[str]:
        return self.targets.get(key, set())


def _like_a_misspelling(name: str, known: str) -> bool:
    """Whether ``name`` can be ``known`` misspelt (as many words, first letters kept, length within one letter).

    A typing or transcription slip changes, adds or drops a letter or two
    inside a word ("Dos Sontas", "Mnangagwe", "Kenyattah"); a name two letters
    longer ("Michelin" for "Michel", "Morrissey" for "Morris") or with another
    first name ("Ali Hassan", "Samia Hassan") is another person's name
    (Damerau 1964: most misspellings are one insertion, deletion,
    substitution or transposition; initial letters are rarely wrong,
    Yannakoudakis and Fawthrop 1983).
    """
    a, b = name.split(), known.split()
    return len(a) == len(b) and all(x[:1] == y[:1] for x, y in zip(a, b)) \
        and abs(len(name.replace(" ", "")) - len(known.replace(" ", ""))) <= 1


# Letters a transliteration or a slip changes most; Soundex codes a name by its consonants alone
# (Russell 1918, US patent 1,261,167; Knuth, The Art of Computer Programming vol. 3, 6.4)
_VOWELS = frozenset("aeiou")


def _one_slip_per_word(name: str, known: str) -> bool:
    """Whether each word of ``name`` is the word of ``known`` at its place or it with one slip, in a word of 5+ letters.

    A misspelling is one insertion, deletion, substitution or transposition (Damerau 1964), or vowels
    written otherwise in a word of the same letters and length ("Dos Sontas" for "Dos Santos", "Muhammad"
    for "Mohammed"). Two slips of other kinds ("Radchenko" for "Ryabchenko", "Khalid" for "Khalifa",
    "Johansen" for "Johnson") or one in a short word ("Arun" for "Arjun", "Chul" for "Chu") make another
    person's name.
    """
    def slip(a: str, b: str) -> bool:
        return min(len(a), len(b)) >= 5 and (
            DamerauLevenshtein.distance(a, b) <= 1
            or (len(a) == len(b) and all(x == y or (x in _VOWELS and y in _VOWELS) for x, y in zip(a, b))))

    return all(a == b or slip(a, b) for a, b in zip(name.split(), known.split()))


def _same_names_but_slips(name: str, known: str) -> bool:
    """Whether ``name`` can be ``known`` misspelt, not another person's name beside a part of it.

    A fuzzy match of a whole name may hide another given name beside the same surname ("Tetsuzo Saito" is not
    "Tetsuo Saito", "Ali Kobakhidze" not "Irakli Kobakhidze": a family or a common surname is borne by many,
    and a given name is rarely misspelt while the surname beside it is right), or another surname beside the
    same given name ("Donald Türk" is not Donald Tusk). So, word for word, the surname may differ by one slip
    in a word of five letters or more (Damerau 1964: "Zelenskyy", "Putim", never "Charles II" for "Charles
    III"), and the given names must be the same names: equal, equal with doubled
    letters single ("Emanuel"), or of the same letters and length but for vowels, ``y`` among them, and the
    ``j``, ``y`` or ``i`` of an iotated sound that transliterations write otherwise ("Mikheil", "Mikhail";
    "Volodimir", "Volodymyr"; "Sergej", "Sergey"), in words of four letters or more; or, in words of five letters
    or more, with one vowel a transliteration writes or drops ("Alexandr", "Alexander"), never the first letter. A name the parser split or joined otherwise ("Kirat Shari Pbayev") is compared letter by letter:
    the same first letter and at most two slips.
    """
    a, b = name.split(), known.split()
    if len(a) != len(b):
        x, y = "".join(a), "".join(b)
        return x[:1] == y[:1] and DamerauLevenshtein.distance(x, y) <= 2

    def single(w: str) -> str:
        return "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])

    def same(x: str, y: str) -> bool:
        if x == y:
            return True
        if min(len(x), len(y)) < 4:
            return False
        if single(x) == single(y):
            return True
        if len(x) == len(y):
            return all(p == q or (p in _TRANSLIT_VOWELS and q in _TRANSLIT_VOWELS) or {p, q} <= _IOTATED
                       for p, q in zip(x, y))
        short, long_ = sorted((x, y), key=len)
        return len(long_) == len(short) + 1 and len(short) >= 5 and any(
            long_[i] in _VOWELS and long_[:i] + long_[i + 1:] == short for i in range(1, len(long_)))

    last, known_last = a[-1], b[-1]
    surname = same(last, known_last) or (min(len(last), len(known_last)) >= 5
                                         and DamerauLevenshtein.distance(last, known_last) <= 1)
    return surname and all(same(x, y) for x, y in zip(a[:-1], b[:-1]))


_TRANSLIT_VOWELS = _VOWELS | {"y"}
_IOTATED = frozenset("jyi")


def _one_best(key: str, keys: Sequence[str], pids: Sequence[str], threshold: float,
              like: Callable[[str], bool] | None = None) -> tuple[str, str, float] | None:
    """The one person whose name among ``keys`` is ``key`` misspelt (``fuzz.ratio`` >= ``threshold``), or None.

    rapidfuzz scores every choice in C; only those that can be the best or its runner-up (within 0.02 of a
    best at or above the threshold; a margin below that against rounding) are walked, in the choices'
    order; ``like`` keeps only choices a misspelling can give. Two people within 0.02 give None.
    Returns the person's id, the name matched and its score (0-1).
    """
    scored: dict[str, tuple[float, str]] = {}
    for choice, score, i in sorted(process.extract(key, keys, scorer=fuzz.ratio,
                                                   score_cutoff=max(0.0, threshold - 0.03) * 100, limit=None),
                                   key=lambda hit: hit[2]):
        if (like is None or like(choice)) and score / 100.0 > scored.get(pids[i], (0.0, ""))[0]:
            scored[pids[i]] = (score / 100.0, choice)
    ranked = sorted(scored.items(), key=lambda kv: kv[1][0], reverse=True)
    if not ranked or ranked[0][1][0] < threshold or (len(ranked) > 1 and ranked[1][1][0] >= ranked[0][1][0] - 0.02):
        return None
    pid, (best, choice) = ranked[0]
    return pid, choice, best


class NameIndex:
    """Names of the entries of a knowledge base, by kind, with name matching.

    Parameters
    ----------
    countries, orgs, people, roles : Mapping
        The merged sections, by key.
    ambiguous : Mapping
        (kind, normalised name) -> declared :class:`Ambiguity`.
    origin : Mapping
        (section, key) -> (file, entry label) of each entry.
    lang : LanguageProfile, keyword-only
        The honorifics dropped before a person's name ("Mr", "Dr"), the
        determiners dropped before a role ("the", "its") and the nouns with
        no plural ("police").
    deferring : set of str, keyword-only
        Files whose names give way: a name that such a file's entry shares
        with another file's entry of the same kind is the other entry's, and a
        person's name that another file gives an organisation is the organisation's.

    Raises
    ------
    KnowledgeBaseError
        A name points to two entries of one kind and is not declared ambiguous.
    """

    def __init__(
        self,
        countries: Mapping[str, CountryEntry],
        orgs: Mapping[str, OrgEntry],
        people: Mapping[str, PersonEntry],
        roles: Mapping[str, RoleEntry],
        ambiguous: Mapping[tuple[str, str], Ambiguity],
        origin: Origin,
        *,
        lang: LanguageProfile,
        deferring: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        self._honorifics = lang.honorifics
        self._particles = lang.surname_particles
        # every person's last name word, also for entries that give no surname lookup (Phoenix): only a title may
        # pick one of them (KnowledgeBase.titled_person). Built with the index, from the names it normalises anyway:
        # built lazily at the first titled name it renormalised 21,000 names (0.4 s, a third of actors.coref.v1's
        # time over 100 documents) and flushed normalise_name's cache
        self._last_words: dict[str, set[str]] = {}
        self._name_tails: dict[str, set[str]] = {}  # the last two words of every name ("dos santos"): misspellings
        self._determiners = lang.role_determiners
        self._people = people
        self._roles = roles
        self._ambiguous = ambiguous
        idx = {k: _Index(k) for k in ("country", "country_abbr", "demonym", "capital", "organisation",
                                      "organisation_abbr", "person", "surname", "misspelling", "role")}

        def src(section: str, key: str) -> str:
            return origin[(section, key)][0]

        for a3, c in countries.items():
            s = src("countries", a3)
            for n in [c.name, c.iso_name or "", *c.names]:
                idx["country"].add(normalise_name(n), a3, s)
            for n in c.abbreviations:
                idx["country_abbr"].add(_abbreviation_key(n), a3, s)
            for n in [*c.demonyms, *c.people]:
                idx["demonym"].add(normalise_name(n), a3, s)
            for n in [*c.capitals, *c.seats]:
                idx["capital"].add(normalise_name(n), a3, s)
        for oid, o in orgs.items():
            s = src("organisations", oid)
            for n in [o.name, *o.names, *o.metonyms]:
                idx["organisation"].add(normalise_name(n), oid, s)
            for n in o.abbreviations:
                idx["organisation_abbr"].add(_abbreviation_key(n), oid, s)
        for pid, p in people.items():
            s = src("people", pid)
            for n in [p.name, *p.aliases]:
                key = normalise_name(n)
                idx["person"].add(key, pid, s)
                words = key.split()
                if len(words) > 1:
                    self._last_words.setdefault(words[-1], set()).add(pid)
                    self._name_tails.setdefault(" ".join(words[-2:]), set()).add(pid)
            for n in p.misspellings:
                idx["misspelling"].add(normalise_name(n), pid, s)
            for k in p.surname_keys():
                idx["surname"].add(k, pid, s)
        for rkey, r in roles.items():
            s = src("roles", rkey)
            for form in [r.phrase, *r.forms]:
                k = normalise_name(form)
                idx["role"].add(k, rkey, s)
                plural = _plural(k, lang.invariant_nouns) if k else None
                if plural:
                    idx["role"].add(plural, rkey, s)

        # Explicit names pointing at two entries of one kind must be declared;
        # surnames are derived, so their collisions are simply ambiguous.
        declared_kind = {"country": "country", "country_abbr": "country", "demonym": "demonym",
                         "capital": "capital", "organisation": "organisation", "organisation_abbr": "organisation",
                         "person": "person", "misspelling": "person", "role": "role"}
        for name, index in idx.items():
            if name == "surname":
                continue
            for key, targets in index.targets.items():
                # A deferring file's entry gives the name up to any other file's entry.
                mine = {t for t in targets if index.sources[(key, t)] not in deferring}
                if mine and len(mine) < len(targets):
                    targets.intersection_update(mine)
                if len(targets) > 1 and (declared_kind[name], normalise_name(key)) not in self._ambiguous:
                    files = sorted({index.sources[(key, t)] for t in targets})
                    raise KnowledgeBaseError(
                        f"{declared_kind[name]} name {key!r} points to {sorted(targets)}; rename one or declare it in 'ambiguous'",
                        path=files[-1], entry=f"{declared_kind[name]} {key!r}")
        # A deferring file's person named as another file's organisation gives the name up to it ("Syrian
        # Observatory for Human Rights": a Phoenix person with an office term, our NGO): it is that body
        for key, targets in idx["person"].targets.items():
            if any(idx["organisation"].sources[(key, o)] not in deferring for o in idx["organisation"].get(key)):
                targets.difference_update({t for t in targets if idx["person"].sources[(key, t)] in deferring})
        self._idx = idx
        # Fuzzy-matching choices: person names, aliases and unambiguous surnames.
        choices: dict[str, str] = {}
        for index_name in ("person", "surname"):
            for key, targets in idx[index_name].targets.items():
                if len(targets) == 1 and len(key.replace(" ", "")) >= _FUZZY_MIN_LENGTH \
                        and people[next(iter(targets))].fuzzy:
                    choices.setdefault(key, next(iter(targets)))
        self._by_country: dict[str, tuple[list[str], list[str]]] | None = None  # filled on first use
        # last words and last two words by their words' first letters, each list in the index's order: filled on
        # first use (people_with_a_name_like)
        self._by_initials: dict[bool, dict[tuple[str, ...], list[str]]] = {}
        self._fuzzy_choices = choices
        self._fuzzy_keys = list(choices)
        self._fuzzy_pids = list(choices.values())

    def owns(self, index: str, key: str, target: str) -> bool:
        """Whether normalised ``key`` names exactly ``target`` in ``index`` (after deferring files gave way)."""
        return self._idx[index].get(key) == {target}

    def unique(self, kind: str, index: str, key: str) -> str | None:
        """The one entry key that normalised ``key`` names in ``index``, if any."""
        if not key or (kind, key) in self._ambiguous:
            return None
        targets = self._idx[index].get(key)
        return next(iter(targets)) if len(targets) == 1 else None

    def abbr(self, kind: str, index: str, text: str) -> str | None:
        """The one entry key that the abbreviation ``text`` names in ``index``, if any."""
        key = _abbreviation_key(text)
        if not key or (kind, normalise_name(key)) in self._ambiguous:
            return None
        targets = self._idx[index].get(key)
        return next(iter(targets)) if len(targets) == 1 else None

    def ambiguous_person(self, name: str) -> tuple[str, Ambiguity] | None:
        """The normalised key of ``name`` (honorifics dropped) and its declared person ambiguity, if any."""
        words = normalise_name(name).split()
        while len(words) > 1 and words[0] in self._honorifics:
            words = words[1:]
        key = " ".join(words)
        found = self._ambiguous.get(("person", key)) if key else None
        return None if found is None else (key, found)

    def people_with_name(self, name: str) -> list[PersonEntry]:
        """Every person whose full name, alias or surname is ``name`` (normalised), in index order.

        A deferring file's (Phoenix's) entry that gave its own full name up to
        another file's entry is that entry's person, listed once ("George W.
        Bush" of Phoenix and of ``actors_people.json``). A surname of two words
        that begins with a particle of the language profile
        (``surname_particles``: "Dos Santos", "da Silva", "de Klerk") is every
        name that ends with those two words ("Jose Eduardo Dos Santos"), as a
        one-word surname is every name that ends with it; two words with no
        particle ("Ali Hassan") are a first name and a surname, not a tail.
        """
        key = normalise_name(name)
        pids = self._idx["person"].get(key) | self._idx["surname"].get(key) | self._last_words.get(key, set())
        if self.surname_particle(key):
            pids = pids | self._name_tails.get(key, set())
        return [self._people[p] for p in sorted(pids)
                if p in self._idx["person"].get(normalise_name(self._people[p].name))]

    def surname_particle(self, name: str) -> str | None:
        """The particle that begins a two-word surname ("dos" of "Dos Sontas"), or ``None``."""
        words = normalise_name(name).split()
        return words[0] if len(words) == 2 and words[0] in self._particles else None

    def people_with_a_name_like(self, name: str, cutoff: float) -> list[tuple[PersonEntry, str, float]]:
        """People whose last name word, or last two, are ``name`` misspelt (``fuzz.ratio`` >= ``cutoff``).

        For a titled name the knowledge base lacks ("President Dos Sontas"):
        :meth:`dotterel.actors.kb.KnowledgeBase.misspelt_titled_country`
        keeps those who held the title's office on the date. ``name`` of one
        word is compared with last words, of two with last two words; names of
        fewer than 8 letters give nothing (too many look-alikes), and a name
        that is longer or shorter by two letters or more, or whose words do
        not begin as the name's words do, is another name, not a misspelling
        ("Michelin" is not "Michel", "Ali Hassan" not "Samia Hassan").
        """
        key = normalise_name(name)
        words = key.split()
        if len(key.replace(" ", "")) < _FUZZY_MIN_LENGTH or len(words) > 2 or self._is_other_kind(key):
            return []
        pool = self._name_tails if len(words) == 2 else self._last_words
        # only names a misspelling can give are scored (_like_a_misspelling: as many words, the same first
        # letters, the length within one letter), in the index's order: the same answers, in the same order, as
        # scoring all 15,000-22,000 names, which cost ~8 ms a name
        size = len(key.replace(" ", ""))
        keys = [k for k in self._initials_block(len(words) == 2).get(tuple(w[:1] for w in words), ())
                if abs(len(k.replace(" ", "")) - size) <= 1]
        out = []
        for choice, score, _i in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff * 100,
                                                 limit=None):
            if not _like_a_misspelling(key, choice):
                continue
            for pid in sorted(pool[choice]):
                if pid in self._idx["person"].get(normalise_name(self._people[pid].name)):
                    out.append((self._people[pid], choice, round(score / 100.0, 4)))
        return out

    def _initials_block(self, tails: bool) -> dict[tuple[str, ...], list[str]]:
        """The last two words (``tails``) or last words of every name, by their words' first letters, in index order."""
        block = self._by_initials.get(tails)
        if block is None:
            block = {}
            for k in self._name_tails if tails else self._last_words:
                block.setdefault(tuple(w[:1] for w in k.split()), []).append(k)
            self._by_initials[tails] = block
        return block

    def match_person(self, name: str, fuzzy_threshold: float) -> tuple[PersonEntry, str, str, float] | None:
        """Match a person's name as :meth:`dotterel.actors.kb.KnowledgeBase.person` describes.

        Returns
        -------
        tuple of (PersonEntry, str, str, float) | None
            The entry, the normalised key matched, how it matched (``via``)
            and the score; ``None`` when nothing or several people match.
        """
        key = " ".join(self._without_honorifics(normalise_name(name).split()))
        if not key or ("person", key) in self._ambiguous:
            return None
        targets = self._idx["person"].get(key)
        if targets:
            if len(targets) > 1:
                return None
            pid = next(iter(targets))
            entry = self._people[pid]
            via = "name" if key == normalise_name(entry.name) else "alias"
            return entry, key, via, 1.0
        targets = self._idx["surname"].get(key)
        if targets:
            if len(targets) > 1:
                return None
            return self._people[next(iter(targets))], key, "surname", 1.0
        targets = self._idx["misspelling"].get(key)
        if len(targets) == 1:
            entry = self._people[next(iter(targets))]
            score = self._similarity_to(entry, key)
            return entry, key, "misspelling", score
        if len(key.replace(" ", "")) < _FUZZY_MIN_LENGTH or self._is_other_kind(key):
            return None
        found = _one_best(key, self._fuzzy_keys, self._fuzzy_pids, fuzzy_threshold)
        if found is None:
            return None
        best_pid, best_key, best = found
        if not any(_same_names_but_slips(key, k) for k, pid in zip(self._fuzzy_keys, self._fuzzy_pids)
                   if pid == best_pid):
            return None  # "Tetsuzo Saito" for "Tetsuo Saito": another given name is another person
        return self._people[best_pid], best_key, "fuzzy", round(best, 4)

    def match_person_in_country(self, name: str, country: str,
                                threshold: float) -> tuple[PersonEntry, str, str, float] | None:
        """A misspelt full name, alias or surname of one person of ``country`` (``fuzz.ratio`` >= ``threshold``).

        For a name no exact look-up found (:meth:`match_person`), in a text whose main country is
        ``country``: only people of that country are compared, so a look-alike abroad is never taken
        ("Mnangagwe" in a Zimbabwean story is Mnangagwa; the same slip in a text about another country
        names no one). Unlike :meth:`match_person` every person counts, also those of files that give no
        fuzzy look-up (Phoenix's 18,000 country actors), as the country cuts the choices to a few hundred.
        Names of fewer than 8 letters, names of places, peoples and bodies, names that are not the
        known name misspelt (:func:`_like_a_misspelling`, :func:`_one_slip_per_word`), a surname kept with
        another given name when another person of the country bears the words kept (a family or a common
        surname: the given name that differs tells them apart, "Tetsuzo Saito" is not "Tetsuo Saito") and
        two people within 0.02 of the best give None.
        """
        key = " ".join(self._without_honorifics(normalise_name(name).split()))
        if len(key.replace(" ", "")) < _FUZZY_MIN_LENGTH or ("person", key) in self._ambiguous \
                or self._is_other_kind(key):
            return None
        keys, pids = self._country_choices(country)
        found = _one_best(key, keys, pids, threshold,
                          like=lambda choice: _like_a_misspelling(key, choice) and _one_slip_per_word(key, choice))
        if found is None:
            return None
        pid, choice, best = found
        words = key.split()
        shared = {a for a, b in zip(words, choice.split()) if a == b}
        if words[-1] in shared and any(
                other != pid and shared <= set(k.split()) for k, other in zip(keys, pids)):
            return None
        return self._people[pid], choice, "fuzzy", round(best, 4)

    def _without_honorifics(self, words: list[str]) -> list[str]:
        while len(words) > 1 and words[0] in self._honorifics:
            words = words[1:]
        return words

    def _country_choices(self, country: str) -> tuple[list[str], list[str]]:
        """The names (full, alias, one person's surname) of the people of ``country``, and their ids.

        Every country's are gathered in one pass over the names on first use (a pass per country cost
        more than the matching itself) and kept.
        """
        if self._by_country is None:
            by_country: dict[str, tuple[list[str], list[str]]] = {}
            for index_name in ("person", "surname"):
                for key, targets in self._idx[index_name].targets.items():
                    if len(targets) == 1 and (home := self._people[(pid := next(iter(targets)))].country):
                        keys, pids = by_country.setdefault(home, ([], []))
                        keys.append(key)
                        pids.append(pid)
            self._by_country = by_country
        return self._by_country.get(country, ([], []))

    def _is_other_kind(self, key: str) -> bool:
        # A known place, people or body is never fuzzily a person: "Nur Sultan"
        # (the city) is one edit away from "Nursultan" (Nazarbayev).
        return any(self._idx[name].get(key) for name in ("country", "capital", "demonym", "organisation"))

    def _similarity_to(self, entry: PersonEntry, key: str) -> float:
        keys = [normalise_name(n) for n in [entry.name, *entry.aliases]] + entry.surname_keys()
        best = max((fuzz.ratio(key, k) for k in keys if k), default=0.0) / 100.0
        return round(min(best, 0.99), 4)

    def words(self, common: frozenset[str] | set[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
        """The words that mark a name of a body, a place or a role, and every abbreviation key in lower case.

        From the keys of the country, demonym, capital, organisation and role indexes (as
        :func:`normalise_name` makes them): each key's words that are not ``common`` (function words), or all
        of them when every word of the key is. A name's key matches a text only when all its words are the
        text's, so a text with none of these words, and no run of words that joins into one of the
        abbreviation keys (``_abbreviation_key``: no dots, no spaces), matches no name of those indexes
        (:class:`dotterel.actors.vocabulary.ActorVocabulary`). People's names are left out: the resolver looks
        them up only on a proper noun or an entity.
        """
        words: set[str] = set()
        for name in ("country", "demonym", "capital", "organisation", "role"):
            for key in self._idx[name].targets:
                parts = key.split()
                words.update([w for w in parts if w not in common] or parts)
        abbreviations = {key.lower() for name in ("country_abbr", "organisation_abbr") for key in self._idx[name].targets}
        return frozenset(words), frozenset(abbreviations)

    def match_role(self, phrase: str) -> RoleEntry | None:
        """Match a role phrase as :meth:`dotterel.actors.kb.KnowledgeBase.role` describes."""
        words = normalise_name(phrase).split()
        while words and words[0] in self._determiners:
            words = words[1:]
        found = self._longest_suffix(words)
        if found is None and "of" in words:
            cut = len(words) - 1 - words[::-1].index("of")
            found = self._longest_suffix(words[:cut])
        return found

    def _longest_suffix(self, words: list[str]) -> RoleEntry | None:
        for i in range(len(words)):
            key = " ".join(words[i:])
            if ("role", key) in self._ambiguous:
                return None
            targets = self._idx["role"].get(key)
            if len(targets) == 1:
                return self._roles[next(iter(targets))]
        return None


# --------------------------------------------------------------------------
# NER patterns
# --------------------------------------------------------------------------

def entity_patterns(
    countries: Mapping[str, CountryEntry],
    orgs: Mapping[str, OrgEntry],
    people: Mapping[str, PersonEntry],
    ambiguous: Mapping[tuple[str, str], Ambiguity],
    names: NameIndex | None = None,
) -> list[dict[str, Any]]:
    """SpaCy ``entity_ruler`` patterns, as :meth:`dotterel.actors.kb.KnowledgeBase.entity_patterns` describes.

    With ``names``, a converted entry (one with a ``source``) gets no pattern
    for a name it gave up to another file's entry.
    """
    def given_up(index: str, key: str, entry) -> bool:
        return names is not None and entry.source is not None and not names.owns(index, key, entry.id)

    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, key: str, *, exact: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        if exact or " " not in text:
            if " " in text:
                return  # a case-sensitive multiword pattern would need spaCy's tokenizer
            pattern: str | list[dict[str, str]] = [{"ORTH": text}]
            marker = text
        else:
            pattern, marker = text, text.lower()
        if (label, marker) in seen:
            return
        seen.add((label, marker))
        out.append({"label": label, "pattern": pattern, "id": key})

    for pid in sorted(people):
        p = people[pid]
        for n in [p.name, *p.aliases, *p.misspellings]:
            key = normalise_name(n)  # once per name: ~27k names with Phoenix
            dated = ambiguous.get(("person", key))
            if dated is not None and dated.by_date:
                add("PERSON", n, pid)  # a name two people share is a person's, whichever the date chooses
            elif dated is None and not given_up("person", key, p):
                add("PERSON", n, pid)
    for oid in sorted(orgs):
        o = orgs[oid]
        for n in [o.name, *o.names]:
            key = normalise_name(n)
            if ("organisation", key) not in ambiguous and not given_up("organisation", key, o):
                add("ORG", n, oid)
        for n in o.abbreviations:
            if ("organisation", normalise_name(n)) not in ambiguous and not given_up("organisation_abbr", _abbreviation_key(n), o):
                add("ORG", n, oid, exact=True)
    for a3 in sorted(countries):
        for n in countries[a3].abbreviations:
            add("GPE", n, a3, exact=True)
    return out
