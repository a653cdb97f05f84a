"""Entry models of the actor knowledge base, and name normalisation.

The pydantic models here are the JSON file format documented in
:mod:`dotterel.actors.kb` (one model per section entry, plus the file
itself), with the validators of dates, Wikidata QIDs and codes.
:func:`normalise_name` is the key every name lookup uses.
Import them from :mod:`dotterel.actors.kb`, which re-exports the public names.
"""

from __future__ import annotations

import calendar
import functools
import datetime as _dt
import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from dotterel.errors import KnowledgeBaseError  # noqa: F401  (defined with the whole tree)

__all__ = [
    "Ambiguity",
    "AmbiguityKind",
    "CountryEntry",
    "KnowledgeBaseError",
    "OrgEntry",
    "OrgType",
    "PersonEntry",
    "PersonMatch",
    "RoleEntry",
    "Term",
    "normalise_name",
]

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_QID_RE = re.compile(r"^Q[1-9]\d*$")
_ALPHA3_RE = re.compile(r"^[A-Z]{3}$")


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


def _fold_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to fold: most names, and the many of a converted KB
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# coding asks for the same few thousand words and phrases again and again; the bounds keep a long run's memory flat
# (a corpus brings new names with every document: 43,753 distinct phrases in 250 documents)
@functools.lru_cache(maxsize=16384)
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


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=16384)  # as normalise_name: the resolver asks each phrase's key again and again
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

@functools.lru_cache(maxsize=8192)
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


@functools.lru_cache(maxsize=8192)
def _check_date(value: str | None) -> str | None:
    # Cached: a pure function of the string, called for every date of every
    # term (tens of thousands with the Phoenix file); errors are not cached.
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


# A Wikidata QID, checked where any entry declares one.
_QID = Annotated[str | None, AfterValidator(_check_qid)]


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
    wikidata: _QID = None
    note: str | None = None

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
    source : str | None
        Where a converted entry came from ("Phoenix Phoenix.International.actors.txt:12").
    follower_names : list[str]
        Short names (case-sensitive) that name the body only before one of its followers in its own country
        ("Congress workers": the Indian National Congress); alone they name another body (the US Congress), so
        they are no alias (:func:`dotterel.actors.party_followers.followed_party`).
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
    wikidata: _QID = None
    note: str | None = None
    source: str | None = None
    follower_names: list[str] = Field(default_factory=list)

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
    head : {"state", "government", "state_and_government"} | None
        Set when the office is the country's head of state, head of
        government, or both (a presidential system's president); ``None``
        for every other office.
    checked : str | None
        For an open term (``end`` null) from a dated source: the last day it
        is known to have been held (ISO 8601). On later days the term's
        status is ``uncertain`` (sector unresolved), never assumed to go on.
    note : str | None
    """

    office: str
    sector: str
    start: str
    end: str | None = None
    country: str | None = None
    local: bool = False
    head: Literal["state", "government", "state_and_government"] | None = None
    checked: str | None = None
    note: str | None = None

    @field_validator("start", "end", "checked")
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
        elif self.checked is not None and day > _date_bounds(self.checked)[1]:
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
    fuzzy : bool
        Whether misspelt forms of the name are matched by similarity
        (``False`` for the many converted Phoenix people, whose names would
        otherwise attract near-misses).
    wikidata : str | None
    terms : list[Term]
        Most important first.
    note : str | None
    source : str | None
        Where a converted entry came from.
    """

    id: str
    name: str
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    surnames: list[str] | None = None
    sector: str | None = None
    sector_after: str | None = "ELI"
    fuzzy: bool = True
    wikidata: _QID = None
    terms: list[Term] = Field(default_factory=list)
    note: str | None = None
    source: str | None = None

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
    source : str | None
        Where the entry comes from, when not the file's own ``source``.
    org_type : str | None
        The type of body whose members the role names, when that is not a state's or the public's: ``"igo"``
        for peacekeepers, the troops of an international mission. Such members take no country from the text
        or its places (only a demonym names the state that sent them), and ACLED codes them as
        External/Other forces (``dotterel.events.acled.side``).
    doer_only : bool
        The noun names an armed side only as the doer of an act ("masked men abducted two activists"): men
        described by a disguise are no armed group when they are what is done to ("police detained the masked
        men", "masked men were beaten by police": who they are is not told), and then resolve to no one.
    foreign : bool
        The phrase itself says the side comes from outside the country it acts in ("external forces"): it takes
        no country from the text's places, scene or main country (only a demonym or possessor names one), as
        a role with a word of the profile's ``foreign_words`` does ("foreign journalists").
    named_as_written : bool
        The canonical phrase names one office of the many its forms cover ("secretary general" for "chief",
        "head", "leader"): an actor with no body named is called by the text's own words ("village chief",
        "civilian leaders"), never by an office the text does not name (:func:`dotterel.actors.names.worded_role`);
        the phrase, with those words, is the actor's ``role_key`` (``secretary general (village)``), on which
        reports of one event worded otherwise are linked (:func:`dotterel.actors.names.worded_role_key`).
    countries : list[str]
        ISO 3166-1 alpha-3 codes of the only countries where the phrase names this role: elsewhere, or with no
        country read, the phrase names no one ("paramilitary forces" are India's central armed police, but a
        militia in Colombia and a rebel army in Sudan). Empty: every country.
    country : str | None
        ISO 3166-1 alpha-3 code of the one state whose force the phrase names ("border security force", "BSF": India's
        Border Security Force): the force's own country, whatever place its clause names ("BSF troops killed a
        smuggler in Lalmonirhat": India's force, acting on the Bangladeshi side of the border). ``None``: the
        country is read from the text.
    """

    phrase: str
    forms: list[str] = Field(default_factory=list)
    sector: str | None
    implies_government: bool = False
    local: bool = False
    note: str | None = None
    org_type: str | None = None
    source: str | None = None
    doer_only: bool = False
    foreign: bool = False
    named_as_written: bool = False
    countries: list[str] = Field(default_factory=list)
    country: str | None = None

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
    by_date : bool
        For a person's name: the event's date chooses among the candidates, the one that alone held an
        office on it (:meth:`~dotterel.actors.kb.KnowledgeBase.person`); the lookup abstains when none or
        two did, or when a candidate's term on that day is uncertain.
    note : str | None
    """

    kind: AmbiguityKind
    name: str
    candidates: list[str] = Field(default_factory=list)
    by_date: bool = False
    note: str | None = None


class _KBFile(_Entry):
    format: Literal["dotterel-actors"]
    version: Literal[1]
    source: str | None = None
    licence: dict[str, str] | None = None
    defers: bool = False
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
