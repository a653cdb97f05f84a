"""Build ``src/dotterel/data/actors_phoenix.json`` from the Phoenix actor dictionaries.

Source
------
The Phoenix actor dictionaries of PETRARCH2 (openeventdata/petrarch2,
``petrarch2/data/dictionaries/``, snapshot 676801cd, 2019-03-18):
``Phoenix.Countries.actors.txt`` (CountryInfo.140130: national rulers and
office-holders with dated CAMEO codes, national institutions),
``Phoenix.International.actors.txt`` (international organisations, NGOs,
multinationals and their officials) and ``Phoenix.MilNonState.actors.txt``
(armed non-state groups). MIT licence, (c) 2014 Open Event Data Alliance; the
notice is kept in the output's ``licence`` block and every converted entry
names its source file and line in ``source``. Run::

    python scripts/build_phoenix_kb.py ../shared/gold/petrarch/phoenix_dictionaries \\
        -o src/dotterel/data/actors_phoenix.json

The report of what was kept and what was dropped, with counts and reasons,
goes to stderr (``--report FILE`` writes it as JSON).

Input format (TABARI/PETRARCH ``.actors``; PETRARCH2 ``PETRreader.read_actor_dictionary``)
-----------------------------------------------------------------------------------------
A record is a primary phrase line (words joined by ``_`` or spaces, an
optional default ``[CODE]``), ``+SYNONYM`` lines, and tab-indented
``[CODE restriction]`` lines where the restriction is ``YYMMDD-YYMMDD``
(inclusive interval), ``>YYMMDD`` (from) or ``<YYMMDD`` (until); a code with
no restriction is the default. Dates are ``YYMMDD`` (years 00-30 are 20YY,
others 19YY) or ``YYYYMMDD``. ``#`` and ``;`` start comments.

Mapping (CAMEO 1.1b3 actor codes)
---------------------------------
A code is a string of three-letter parts: a country (ISO 3166-1 alpha-3; a
second part that is itself a country code, as in ``USAASM``, is the more
precise territory) or ``IGO`` / ``NGO`` / ``MNC`` / ``IMG``, then role parts.
The first role part that names a sector gives the sector, with CAMEO's
legacy codes folded as the packaged ``actors.json`` declares them (``INS``
and ``SEP`` -> ``REB``; ``HRI`` -> ``NGO``); ``IGO...`` is sector ``IGO``
with country ``"IGO"``; ``NGO`` -> ``NGO``; ``MNC`` -> ``BUS``; ``IMG``
(international militarised group) -> ``UAF`` like the packaged Islamic State.
A record with dated codes other than ``ELI`` is a person whose dated codes
become terms (``ELI`` periods are no office: the person's default code is
their standing sector and the sector after their offices). An open term
(``>date``) gets ``checked: 2014-01-30`` (the date of CountryInfo.140130),
after which its sector is left unresolved rather than guessed. Other records
are bodies (organisations) unless their name looks like a person's (two to
four words, none an organisational word); every record of the non-state file
is a body.

Filters (precision; each with its count in the report)
------------------------------------------------------
* country records (``[AFG]``) and their synonyms, which include cities and
  provinces: our ``actors_countries.json`` and the gazetteer own them;
* names of one word (surnames, common words: "Bagram", "Jordan"), except an
  acronym record whose initials and codes are those of exactly one body
  ("IAEA_" beside "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_", both ``[IGOUNOIAE]``),
  which becomes that body's abbreviation;
* names the gazetteer knows as a place;
* names our own files (``actors*.json``) already give to any entry, and whole
  records one of whose names is one of our entries of the same kind (ours
  win: docs/knowledge_base.md);
* names given to two Phoenix bodies (left to neither); a name two people share is
  kept on both and declared ambiguous ``by_date`` (the event's date chooses the
  one who held an office then; the lookup abstains when the date does not decide);
* titles and generic institutions ("US Secretary of State", "Interior Ministry"),
  names with a number ("17 November"), a person's body as their alias;
* officials of dependent territories ("USAASMGOV"), whose plain names collide;
* codes that name no known country or sector, dates that are not dates.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
CHECKED = "2014-01-30"
"""Open terms were current in CountryInfo.140130 (the Countries file's source)."""

LICENCE = {
    "name": "MIT",
    "copyright": "Copyright (c) 2014 Open Event Data Alliance",
    "text": (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        "associated documentation files (the \"Software\"), to deal in the Software without restriction, including "
        "without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell "
        "copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the "
        "following conditions: The above copyright notice and this permission notice shall be included in all "
        "copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY "
        "KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
        "PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY "
        "CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF "
        "OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
    ),
    "repository": "https://github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries, commit 676801cd)",
}

# CAMEO role part -> our sector (packaged actors.json declares them all).
SECTOR_OF = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "SPY": "SPY", "JUD": "JUD", "LEG": "LEG",
    "OPP": "OPP", "PTY": "PTY", "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "UAF",
    "CRM": "CRM", "CVL": "CVL", "LAB": "LAB", "EDU": "EDU", "REL": "REL", "BUS": "BUS",
    "ELI": "ELI", "MED": "MED", "HLH": "HLH", "AGR": "AGR", "REF": "REF", "NGO": "NGO",
    "HRI": "NGO", "IGO": "IGO",
}
# Leading parts that are not countries.
BLOCS = {"IGO": ("IGO", "IGO"), "NGO": (None, "NGO"), "MNC": (None, "BUS"), "IMG": (None, "UAF")}
ORG_TYPE_OF_SECTOR = {
    "GOV": "state_agency", "MIL": "state_agency", "COP": "state_agency", "SPY": "state_agency",
    "JUD": "state_agency", "LEG": "state_agency", "PTY": "party", "REB": "armed_group", "UAF": "armed_group",
    "CRM": "armed_group", "MED": "media", "BUS": "business", "NGO": "ngo", "IGO": "igo",
}
OFFICE_OF_SECTOR = {
    "GOV": "government office", "MIL": "military command", "COP": "police command", "SPY": "intelligence post",
    "JUD": "judicial office", "LEG": "legislative seat", "OPP": "opposition", "PTY": "party post",
    "REB": "rebel command", "UAF": "armed group", "CRM": "criminal group", "IGO": "international organisation post",
    "NGO": "non-governmental organisation post", "BUS": "business post", "MED": "media post",
    "LAB": "labour post", "EDU": "education post", "REL": "religious post", "HLH": "health post",
    "AGR": "agriculture post", "REF": "refugee representative", "CVL": "civilian post",
}
# Words that make a name a body, not a person.
ORG_WORDS = frozenset("""
    agency army assembly association authority bank board bodies body brigade brigades bureau cabinet cells
    center centre chamber church coalition command commission committee company conference congress corporation corps
    council court department directorate envoy faction federation force forces foundation front fund group groups
    guard guards institute league liberation mission ministry monitor movement nuclei office organisation
    organization panel parliament party peacekeeper peacekeepers police programme program project resident
    secretariat service services society squad tribunal union unit units
""".split())
# Words of titles and of generic institutions: a name made of these alone
# ("US Secretary of State", "Interior Ministry") names an office or a kind of
# body, which our role nouns resolve with the country of the text; tied to
# the one holder or country Phoenix gives, it would be a guess.
TITLE_WORDS = frozenset("""
    a affairs ambassador american and assistant attorney cabinet chairman chairwoman chancellor chief civil
    commander commissioner defence defense democratic deputy director emir envoy executive federal first
    foreign former general government governor head high interior justice king leader lord mayor member military
    minister ministry national of official officials people peoples police popular premier president presidential
    prime prince public queen representative republic republican revolutionary royal secretary security senator
    special speaker spokesman spokesperson spokeswoman state states supreme the to under undersecretary united us
    vice
""".split())
_DATE_RE = re.compile(r"\d{6,8}")


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

@dataclass
class Restriction:
    """One ``[CODE restriction]``: ``kind`` is ``default``, ``interval``, ``from`` or ``until``."""

    code: str
    kind: str
    start: str | None = None
    end: str | None = None


@dataclass
class Record:
    """One actor record: its phrases, codes and where it came from."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[Restriction] = field(default_factory=list)
    source: str = ""
    bad_dates: int = 0
    coded: bool = False


def phoenix_date(text: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` -> ISO 8601 ``YYYY-MM-DD`` (PETRARCH's pivot: 00-30 are 20YY).

    Raises
    ------
    ValueError
        Not 6 or 8 digits, or not a real date.
    """
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        y, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y += 2000 if y <= 30 else 1900
    else:
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    return _dt.date(y, m, d).isoformat()


def _restrictions(text: str, record: Record) -> Iterator[Restriction]:
    for inside in re.findall(r"\[([^\]]*)\]", text):
        parts = inside.split(None, 1)
        if not parts or parts[0].strip("-") == "":
            continue  # "[---]": no code
        code, rest = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
        try:
            if not rest:
                yield Restriction(code, "default")
            elif rest.startswith((">", "<")):
                day = phoenix_date(_DATE_RE.search(rest).group(0))
                yield Restriction(code, "from" if rest[0] == ">" else "until",
                                  start=day if rest[0] == ">" else None, end=day if rest[0] == "<" else None)
            elif "-" in rest:
                a, b = (p.strip() for p in rest.split("-", 1))
                start, end = phoenix_date(a), phoenix_date(b)
                if end < start:
                    raise ValueError("ends before it starts")
                yield Restriction(code, "interval", start=start, end=end)
            else:
                raise ValueError(rest)
        except (ValueError, AttributeError):
            record.bad_dates += 1


def read_actor_dictionary(lines: Iterable[str], *, label: str) -> list[Record]:
    """Parse a TABARI/PETRARCH actor dictionary into records.

    Parameters
    ----------
    lines : iterable of str
        The file's lines.
    label : str
        The file name, put in each record's ``source`` with the line number.

    Returns
    -------
    list of Record
        In file order; restrictions whose date cannot be read are counted in
        ``bad_dates`` and left out.
    """
    records: list[Record] = []
    current: Record | None = None
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if "---STOP---" in line:
            break
        body = re.split(r"#|;", line, maxsplit=1)[0]
        if not body.strip() or line.startswith("<!"):
            continue
        if line[0] in "\t ":
            if current is not None:
                current.codes.extend(_restrictions(body, current))
                current.coded = True
            continue
        if line[0] == "+":
            if current is not None:
                phrase = body[1:].split("[", 1)[0].strip()
                if phrase:
                    current.synonyms.append(phrase)
                if "[" in body:
                    current.codes.extend(_restrictions(body, current))
                    current.coded = True
            continue
        phrase = body.split("[", 1)[0].strip()
        if current is not None and not current.coded and "[" not in body:
            # PETRARCH gives an uncoded primary phrase the codes of the next
            # coded one ("IVO_JOSIPOVIC_" / "JOSIPOVIC_" / "\t[HRVGOV ...]").
            current.synonyms.append(phrase)
            continue
        current = Record(name=phrase, source=f"{label}:{n}")
        current.coded = "[" in body
        current.codes.extend(_restrictions(body, current))
        records.append(current)
    return records


# --------------------------------------------------------------------------
# codes and names
# --------------------------------------------------------------------------

def parse_code(code: str, countries: Mapping[str, object]) -> tuple[str | None, str | None] | None:
    """Country and sector of a CAMEO actor code.

    Parameters
    ----------
    code : str
        "USAGOV", "USAASMGOV", "IGOUNOKID", "NGOHRI", "AFGMIL", "ELI".
    countries : mapping
        Known ISO 3166-1 alpha-3 codes.

    Returns
    -------
    tuple of (str | None, str | None) | None
        (country or ``"IGO"`` or ``None``, sector or ``None``); ``None`` when
        the code's first part is neither a known country nor a bloc.

    Examples
    --------
    >>> parse_code("USAASMGOV", {"USA": 1, "ASM": 1})
    ('ASM', 'GOV')
    >>> parse_code("IGOUNOKID", {})
    ('IGO', 'IGO')
    """
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not parts or any(len(p) != 3 for p in parts):
        return None
    head, rest = parts[0], parts[1:]
    if head in BLOCS:
        country, sector = BLOCS[head]
        return country, sector
    if head in SECTOR_OF:  # a bare role ("[ELI]")
        return None, SECTOR_OF[head]
    if head not in countries:
        return None
    country = head
    if rest and rest[0] in countries and rest[0] not in SECTOR_OF:
        country, rest = rest[0], rest[1:]
    roles = [SECTOR_OF[p] for p in rest if p in SECTOR_OF]
    if roles[:2] in (["GOV", "LEG"], ["GOV", "JUD"]):
        roles = roles[1:]  # CAMEO "USAGOVLEG": a legislator, more precisely than government
    return country, (roles[0] if roles else None)


def _territorial(code: str, countries: Mapping[str, object]) -> bool:
    """A code whose second part is a territory or region rather than a role ("USAASMGOV", "GBRIMYGOV")."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    return (len(parts) > 1 and parts[0] in countries
            and parts[1] not in SECTOR_OF and parts[1] not in {"DEV", "ENV", "MOD", "RAD"})


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Z0-9.\-]{1,9})\)")


def display_name(phrase: str) -> tuple[str, list[str]]:
    """A Phoenix phrase as a name ("BAN_KI-MOON_" -> "Ban Ki-Moon"), with acronyms given in brackets.

    Returns
    -------
    tuple of (str, list of str)
        The name in title case and the acronyms found in ``( )``.
    """
    acronyms = _ACRONYM_IN_PARENS.findall(phrase)
    text = _ACRONYM_IN_PARENS.sub(" ", phrase)
    text = re.sub(r"[()]", " ", text).replace("_", " ")
    words = []
    for w in text.split():
        if "." in w and len(w.replace(".", "")) <= 3:
            words.append(w)  # "U.N.", "B."
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    small = {"Of", "The", "And", "For", "In", "On", "De", "Al", "Bin", "Ibn", "Du", "Da", "Del", "La", "Le", "Von",
             "Van", "Der", "El"}
    words = [w.lower() if i and w in small else w for i, w in enumerate(words)]
    return " ".join(words), acronyms


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------

@dataclass
class OurNames:
    """What our own files already name: ``kind -> {normalised name: key}``, every name, and place words."""

    by_kind: dict[str, dict[str, str]]
    all_names: set[str]
    place_words: set[str] = field(default_factory=set)
    generic_words: frozenset[str] = TITLE_WORDS | ORG_WORDS


def our_names(kb) -> OurNames:
    """Names of our own knowledge base (a :class:`dotterel.actors.kb.KnowledgeBase` without Phoenix)."""
    from dotterel.actors.kb_models import normalise_name as norm

    by_kind: dict[str, dict[str, str]] = {"person": {}, "organisation": {}}
    names: set[str] = set()
    for p in kb.people:
        for n in [p.name, *p.aliases, *p.misspellings]:
            by_kind["person"][norm(n)] = p.id
        names.update(p.surname_keys())
    for o in kb.organisations:
        for n in [o.name, *o.names, *o.metonyms, *o.abbreviations]:
            by_kind["organisation"][norm(n)] = o.id
    for c in kb.countries:
        names.update(norm(n) for n in [c.name, c.iso_name or "", *c.names, *c.abbreviations, *c.demonyms,
                                       *c.people, *c.capitals, *c.seats])
    place_words: set[str] = set()
    for c in kb.countries:
        for n in [c.name, c.iso_name or "", *c.names, *c.demonyms, *c.people]:
            place_words.update(norm(n).split())
    role_words: set[str] = set()
    for r in kb.roles:
        names.update(norm(n) for n in [r.phrase, *r.forms])
        for n in [r.phrase, *r.forms]:
            role_words.update(norm(n).split())
    for a in kb.ambiguities:
        names.add(norm(a.name))
    for kind in by_kind.values():
        names.update(kind)
    names.discard("")
    return OurNames(by_kind, names, place_words, TITLE_WORDS | ORG_WORDS | role_words)


_INITIAL_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "to"})


def fold_acronym_records(records: list[Record]) -> tuple[list[Record], int]:
    """Fold a one-word acronym record into the body it abbreviates.

    Phoenix lists an acronym as its own record with the body's code
    ("IAEA_ [IGOUNOIAE]" beside "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_
    [IGOUNOIAE]"); alone it would be dropped as a one-word name. It becomes a
    synonym, in brackets, of the one multi-word record that has the same codes
    and whose initials (without "of", "the", "for", "and", "on", "in", "to")
    spell it. With no such record, or two, the acronym is left as it was.

    Returns
    -------
    tuple of (list of Record, int)
        The records without the folded ones, and how many were folded.
    """
    def codes(rec: Record) -> tuple:
        return tuple(sorted((r.code, r.kind, r.start or "", r.end or "") for r in rec.codes))

    def initials(phrase: str) -> str:
        words = [w for w in re.split(r"[_\s]+", phrase.split("(")[0]) if w]
        return "".join(w[0] for w in words if w.lower() not in _INITIAL_SKIP).upper()

    by_initials: dict[tuple[str, tuple], list[Record]] = {}
    for rec in records:
        if len([w for w in rec.name.split("_") if w]) >= 2 and rec.codes:
            by_initials.setdefault((initials(rec.name), codes(rec)), []).append(rec)
    kept: list[Record] = []
    folded = 0
    for rec in records:
        words = [w for w in rec.name.split("_") if w]
        long = by_initials.get((words[0].upper(), codes(rec)), []) if len(words) == 1 and rec.codes else []
        if len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha() and len(long) == 1 and not rec.synonyms:
            long[0].synonyms.append(f"{long[0].name} ({words[0].upper()})")
            folded += 1
            continue
        kept.append(rec)
    return kept, folded


def convert(
    records: Iterable[Record],
    *,
    countries: Mapping[str, object],
    ours: OurNames,
    is_place=lambda key: False,
) -> tuple[dict, Counter, dict[str, list[str]]]:
    """Convert Phoenix records to a ``dotterel-actors`` file.

    Parameters
    ----------
    records : iterable of Record
    countries : mapping
        Known alpha-3 codes.
    ours : OurNames
        Names our own files give (see :func:`our_names`).
    is_place : callable, keyword-only
        ``is_place(normalised name) -> bool``: the gazetteer knows it.

    Returns
    -------
    tuple of (dict, Counter, dict)
        The file (``organisations`` and ``people`` sections), the counts of
        what was kept and dropped by reason, and up to five examples per reason.
    """
    from dotterel.actors.kb_models import normalise_name as norm

    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}

    def drop(reason: str, what: str, n: int = 1) -> None:
        counts[f"dropped: {reason}"] += n
        ex = examples.setdefault(reason, [])
        if len(ex) < 5:
            ex.append(what)

    entries: list[tuple[str, dict, list[str]]] = []  # (kind, entry, normalised names)
    records, folded = fold_acronym_records(list(records))
    counts["acronym records folded into their body"] += folded
    for rec in records:
        counts["records read"] += 1
        counts["dates dropped: unreadable"] += rec.bad_dates
        parsed = [(r, parse_code(r.code, countries)) for r in rec.codes]
        if any(p is None for _r, p in parsed):
            bad = next(r.code for r, p in parsed if p is None)
            parsed = [(r, p) for r, p in parsed if p is not None]
            if not parsed:
                drop("code names no known country or bloc", f"{rec.name} [{bad}]")
                continue
        if not parsed:
            drop("no code", rec.name)
            continue
        dated = [(r, p) for r, p in parsed if r.kind != "default"]
        defaults = [(r, p) for r, p in parsed if r.kind == "default"]
        if all(len(r.code) == 3 and p[1] is None for r, p in parsed):
            drop("country name or place (ours and the gazetteer's)", rec.name, 1 + len(rec.synonyms))
            continue
        # names, with the person/body decision
        raw_names = [rec.name, *rec.synonyms]
        shown = [display_name(n) for n in raw_names]
        words = norm(shown[0][0]).split()
        has_office = any(p[1] not in (None, "ELI") for _r, p in dated)
        # Without dated offices a record is a person by the look of its name
        # ("KOFI_ANNAN_ [IGOUNO]"), a body otherwise ("UN_MISSION_IN_SUDAN_").
        looks_personal = (2 <= len(words) <= 4 and all(w.isalpha() for w in words)
                          and not (set(words) & ORG_WORDS) and not (set(words) & {"un", "eu", "uno", "nato", "of", "for", "and"}))
        # The non-state file lists groups only ("ANSAR_DINE_ [MLIREB]" looks like a person's name).
        person = has_office or (looks_personal and not rec.source.startswith("Phoenix.MilNonState"))
        names: list[str] = []
        abbreviations: list[str] = []
        keys: list[str] = []
        for text, acr in shown:
            abbreviations.extend(a for a in acr if a not in abbreviations)
            key = norm(text)
            if not key or key in keys:
                continue
            if len(key.split()) < 2:
                drop("one-word name", text)
                continue
            if any(ch.isdigit() for ch in key):
                drop("name with a number (dates: '17 November')", text)
                continue
            if set(key.split()) <= ours.generic_words | ours.place_words:
                drop("a title or a generic institution, not a name", text)
                continue
            if person and set(key.split()) & {"administration", "government", "regime", "cabinet"}:
                drop("a person's body ('the Reagan administration'), not the person", text)
                continue
            if key in ours.by_kind["person" if person else "organisation"]:
                drop("record is one of our own entries (ours win)", f"{shown[0][0]} = {text}")
                names = []
                keys = ["__ours__"]
                break
            if key in ours.all_names:
                drop("name already used by our files", text)
                continue
            if is_place(key):
                drop("name is a gazetteer place", text)
                continue
            names.append(text)
            keys.append(key)
        if keys == ["__ours__"]:
            continue
        if not names:
            drop("no name left", shown[0][0])
            continue
        country_codes = [p[0] for _r, p in parsed if p[0]]
        country = Counter(country_codes).most_common(1)[0][0] if country_codes else None
        default_sector = next((p[1] for _r, p in defaults if p[1]), None)
        source = f"Phoenix {rec.source}"
        if person and any(_territorial(r.code, countries) for r, _p in parsed):
            # Officials of dependent territories and sub-national units (USAASM American
            # Samoa, GBRIMY Isle of Man): rarely in the news, and their plain names are
            # other people's ("Tony Brown", a Barbados football chairman, read as a British official).
            drop("official of a dependent territory", shown[0][0])
            continue
        if person:
            terms = []
            for r, (c, sector) in dated:
                if sector in (None, "ELI"):
                    continue
                if r.kind == "until":
                    counts["terms dropped: no start ('<date')"] += 1
                    continue
                term = {"office": f"{OFFICE_OF_SECTOR.get(sector, sector)} ({r.code}, Phoenix)", "sector": sector,
                        "start": r.start, "end": r.end}
                if c and c != country:
                    term["country"] = c
                if r.end is None:
                    term["checked"] = max(CHECKED, r.start)
                terms.append(term)
                counts["terms"] += 1
            if not terms and default_sector is None:
                drop("person with no sector", shown[0][0])
                continue
            entry = {"id": f"phoenix-{_slug(names[0])}", "name": names[0], "country": country,
                     "aliases": names[1:], "surnames": [], "fuzzy": False, "sector": default_sector,
                     "sector_after": default_sector, "terms": terms, "source": source}
            entries.append(("person", entry, keys))
        else:
            sector = default_sector or next((p[1] for _r, p in parsed if p[1]), None)
            if sector is None or sector == "ELI":
                drop("body with no sector", shown[0][0])
                continue
            org_type = ORG_TYPE_OF_SECTOR.get(sector, "other")
            if sector == "OPP" and "party" in keys[0].split():
                org_type = "party"
            abbrs = [a for a in abbreviations if norm(a) not in ours.all_names and len(a) >= 3]
            entry = {"id": f"PHX_{_slug(names[0]).upper().replace('-', '_')}", "name": names[0], "type": org_type,
                     "sector": sector, "country": country, "names": names[1:], "abbreviations": abbrs,
                     "source": source}
            entries.append(("organisation", entry, keys + [norm(a) for a in abbrs]))

    # One person listed twice (a national office, then an international one:
    # Ban Ki-moon under KOR and IGO) is one entry with both sets of terms.
    merged: list[tuple[str, dict, list[str]]] = []
    first_of: dict[str, int] = {}
    for kind, entry, keys in entries:
        if kind == "person" and keys[0] in first_of:
            _k, prev, prev_keys = merged[first_of[keys[0]]]
            prev["aliases"] += [a for a in entry["aliases"] if a not in prev["aliases"]]
            prev["terms"] += [t for t in entry["terms"] if t not in prev["terms"]]
            prev["source"] += "; " + entry["source"].removeprefix("Phoenix ")
            prev_keys += [k for k in keys if k not in prev_keys]
            prev["sector"] = prev["sector"] or entry["sector"]
            prev["sector_after"] = prev["sector_after"] or entry["sector_after"]
            counts["people merged: listed twice"] += 1
            continue
        if kind == "person":
            first_of[keys[0]] = len(merged)
        merged.append((kind, entry, keys))
    entries = merged

    # A name given to two Phoenix bodies is left to neither; a name two people share is kept on both,
    # declared ambiguous "by_date": the event's date chooses the one who held an office then.
    owners: dict[tuple[str, str], set[int]] = {}
    for i, (kind, _e, keys) in enumerate(entries):
        for k in keys:
            owners.setdefault((kind, k), set()).add(i)
    shared = {k for k, v in owners.items() if len(v) > 1 and k[0] != "person"}
    shared_people = {k[1]: sorted(v) for k, v in owners.items() if len(v) > 1 and k[0] == "person"}
    out: dict[str, list[dict]] = {"people": [], "organisations": [], "ambiguous": []}
    ids: set[str] = set()
    id_of: dict[int, str] = {}
    shown_name: dict[str, str] = {}  # shared key -> the name as a record spells it
    for i, (kind, entry, keys) in enumerate(entries):
        if kind == "person":
            for n in [entry["name"], *entry["aliases"]]:
                if norm(n) in shared_people:
                    shown_name.setdefault(norm(n), n)
        if any((kind, k) in shared for k in keys):
            field_names = ("name", "aliases") if kind == "person" else ("name", "names")
            kept = [n for n in [entry[field_names[0]], *entry[field_names[1]]] if (kind, norm(n)) not in shared]
            drop("name shared by two Phoenix records", entry["name"], len(keys) - len(kept))
            if not kept:
                continue
            entry = {**entry, field_names[0]: kept[0], field_names[1]: kept[1:]}
            if kind == "organisation":
                entry["abbreviations"] = [a for a in entry["abbreviations"] if (kind, norm(a)) not in shared]
        base, n = entry["id"], 2
        while entry["id"] in ids:
            entry = {**entry, "id": f"{base}-{n}" if kind == "person" else f"{base}_{n}"}
            n += 1
        ids.add(entry["id"])
        id_of[i] = entry["id"]
        out["people" if kind == "person" else "organisations"].append(_compact(entry))
        counts[f"kept: {'people' if kind == 'person' else 'organisations'}"] += 1
    for key, owners_of_key in sorted(shared_people.items()):
        out["ambiguous"].append({"kind": "person", "name": shown_name.get(key, key),
                                 "candidates": [id_of[i] for i in owners_of_key], "by_date": True,
                                 "note": "a name Phoenix gives to two people: the event's date chooses"})
        counts["kept: person names shared by two Phoenix records, chosen by date"] += 1
    return out, counts, examples


def _compact(entry: dict) -> dict:
    """Leave out empty lists and null values the format defaults anyway (smaller file)."""
    keep_null = {"sector_after"}
    out = {}
    for k, v in entry.items():
        if v == [] and k != "surnames":
            continue
        if v is None and k not in keep_null:
            continue
        if k == "terms":
            v = [{tk: tv for tk, tv in t.items() if tv is not None} for t in v]
        out[k] = v
    return out


def build(folder: Path, *, gazetteer=None) -> tuple[dict, Counter, dict[str, list[str]]]:
    """Read the three Phoenix actor files in ``folder`` and convert them (see :func:`convert`)."""
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.places._fold import fold

    kb = KnowledgeBase.load(phoenix=False)
    countries = {c.alpha3: c for c in kb.countries}
    records: list[Record] = []
    for name in SOURCE_FILES:
        with open(folder / name, encoding="utf-8", errors="replace") as fh:
            records.extend(read_actor_dictionary(fh, label=name))

    def is_place(key: str) -> bool:
        return gazetteer is not None and bool(gazetteer.exact(fold(key)))

    body, counts, examples = convert(records, countries=countries, ours=our_names(kb), is_place=is_place)
    data = {
        "format": "dotterel-actors",
        "version": 1,
        "source": ("Phoenix actor dictionaries (PETRARCH2, Open Event Data Alliance, MIT), converted by "
                   "scripts/build_phoenix_kb.py; CAMEO codes mapped to our sectors; our own files win"),
        "licence": LICENCE,
        "defers": True,
        "organisations": body["organisations"],
        "people": body["people"],
        "ambiguous": body["ambiguous"],
    }
    return data, counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder with the Phoenix.*.actors.txt files")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--report", type=Path, help="also write the counts and examples as JSON")
    parser.add_argument("--no-gazetteer", action="store_true", help="skip the place-name filter")
    args = parser.parse_args(argv)
    gazetteer = None
    if not args.no_gazetteer:
        from dotterel.places import Gazetteer

        gazetteer = Gazetteer.load()
    data, counts, examples = build(args.folder, gazetteer=gazetteer)
    args.output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for k in sorted(counts):
        print(f"{counts[k]:7d}  {k}", file=sys.stderr)
    for reason, ex in sorted(examples.items()):
        print(f"  e.g. {reason}: {'; '.join(ex)}", file=sys.stderr)
    if args.report:
        args.report.write_text(json.dumps({"counts": dict(sorted(counts.items())), "examples": examples},
                                          indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
