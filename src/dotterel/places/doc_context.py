"""Resolved place mentions read again by their neighbours in the document.

Four kinds, each from how news writes places: a name listed with regions
is a region and one listed with countries a country ("Missouri, New York,
North Carolina and Virginia"); a name listed with towns of one region is
that region's town ("Hamilton and Middletown"); a country's name used as only a town's name
is ("a Lebanon woman", "Shirley Stidd of Lebanon") is the town of the
document's state; names listed before "counties" are the counties of one
state ("Barrow, Jackson and Madison counties"). Called by
:meth:`dotterel.places.mentions.DocumentPlaces.places` on its resolved
mentions; nothing is kept between documents.

Spans are 0-based, end-exclusive code-point offsets into the parsed text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from dotterel.annotate import doc_text
from dotterel.places._fold import fold
from dotterel.places.dateline import dateline_spans
from dotterel.places.followers import comma_next
from dotterel.places.syntax import residence
from dotterel.places.toponyms import BIG_CITY, _clean, candidate_to_place

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["listed_with_regions", "listed_with_towns", "country_named_town", "listed_counties", "open_county_states",
           "towns_of_counties", "shared_region", "SharedRegion", "SHARED_REGION_LEAD", "same_named_country"]

#: How many times the weight of the runner-up a document's focus region needs when both hold namesakes of
#: equally many of its names (:func:`shared_region`): a clear lead, not a coin toss.
SHARED_REGION_LEAD = 2.0

_NAME = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*"


def _listed(lang: LanguageProfile) -> re.Pattern:
    """Names listed at the end of a text: "Barrow, Jackson and Madison " (``lang.list_conjunctions``)."""
    joins = "|".join(re.escape(w) for w in sorted(lang.list_conjunctions))
    return re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:{joins}) {_NAME}) $")


def listed_with_regions(mentions: list, gaz: Gazetteer) -> list:
    """The mentions, a town or country listed with first-level regions read as the region of that name.

    "Missouri, New York, North Carolina and Virginia": the members of a
    coordination are things of one kind, so a name listed (spaCy ``conj``)
    with two or more first-level regions of one country (one is enough for a
    country's name: "Alabama and Georgia") is that country's first-level
    region of the same main name (GeoNames), when exactly one exists: the
    state of New York, not the city. A country's name listed with other
    countries too keeps its reading ("Jordan, Georgia and Florida" mixes
    the kinds). A region's name listed with countries
    only is the country ("France, Georgia and Ukraine"). A town followed by
    its region ("Washington, D.C.") is no member of a list.

    Parameters
    ----------
    mentions : list[PlaceMention]
        Resolved, in text order.
    gaz : Gazetteer

    Returns
    -------
    list[PlaceMention]
        Same order; re-read mentions replaced.
    """
    by_token = {m.token.i: m for m in mentions}
    text = doc_text(mentions[0].token.doc) if mentions else ""
    starts = {m.start: text[m.start:m.end] for m in mentions}
    out = list(mentions)
    for k, m in enumerate(mentions):
        p = m.place
        if p.feature_code not in ("PPL", "PPLC", "PCLI", "ADM1") or p.geonameid is None:
            continue
        tok = m.token
        listed = [t for t in _list_mates(tok) if t.i in by_token]
        nxt = comma_next(text, m.end, starts)
        if nxt is not None and not any(starts[by_token[t.i].start] == nxt for t in listed):
            continue  # "Washington, D.C.": a town and its region, no list
        mates = [by_token[t.i].place for t in listed]
        key = fold(_clean(p.span.text if p.span else p.name))
        if p.feature_code == "ADM1" and mates and all(q.feature_code == "PCLI" for q in mates):
            # "France, Georgia and Ukraine": listed with countries, a country
            alpha3 = gaz.canonical_country(key)
            if alpha3 is not None and alpha3 != p.country:
                country = gaz.country(alpha3)
                out[k] = dataclasses.replace(m, place=country.model_copy(update={"span": p.span, "reason": (
                    f"{country.reason}; not the region {p.name} ({p.country}): listed with other countries")}))
            continue
        regions_listed = [q for q in mates if q.feature_code == "ADM1" and q.geonameid is not None]
        countries = {q.country for q in regions_listed}
        if p.feature_code == "ADM1" or len(countries) != 1 or len(regions_listed) < (
                1 if p.feature_code == "PCLI" else 2):
            continue  # "the West Bank and Gaza": one region beside a town is no list of regions
        if p.feature_code == "PCLI" and any(q.feature_code == "PCLI" for q in mates):
            continue  # "exports to Jordan, Georgia and Florida": a list mixing countries and regions tells neither
        country = next(iter(countries))
        regions = [c for c in gaz.exact(key) if c.feature_code == "ADM1" and c.match == "name" and c.country == country]
        if len(regions) != 1:
            continue
        out[k] = dataclasses.replace(m, place=candidate_to_place(regions[0], span=p.span, reason=(
            f"first-level region {regions[0].name} ({country}), not {p.name} ({p.feature_code}): listed with "
            f"other first-level regions of {country}")))
    return out


def _list_mates(tok) -> list:
    """The tokens coordinated with ``tok`` (spaCy ``conj``, either way).

    Its head if it is a conjunct, and the other conjuncts of it and of that head.
    """
    heads = [tok.head] if tok.dep_ == "conj" else []
    return heads + [c for t in [tok, *heads] for c in t.children if c.dep_ == "conj" and c.i != tok.i]


def _named_as_other(span, lang: LanguageProfile, is_role: Callable[[str], object]) -> bool:
    """Whether the words around a listed name say it is a person or a thing, not a town.

    A title or role right before it ("Police in Hamilton and Officer Mason",
    "Mr. Lincoln": ``lang.honorifics``, the knowledge base's roles), or an
    appositive right after it whose noun is no place noun ("Springfield and
    Lincoln, the president", "Pittsburgh and Heinz, the food maker";
    ``lang.place_nouns``: "Kingston, a city of 130,000" stays a town). News
    gives a town in a list no title and no description but a place's (AP
    Stylebook, "titles": a formal title is capitalised right before a
    name; a description follows it set off by commas).
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in lang.honorifics or (
            before.is_alpha and before.is_title and is_role(before.lower_) is not None)):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ == "DET":
        for tok in doc[span.end + 2:]:
            if tok.is_punct:
                break
            if tok.pos_ == "NOUN" and tok.dep_ != "compound" and tok.dep_ != "poss":
                return tok.lemma_.lower() not in lang.place_nouns and tok.lower_ not in lang.place_nouns
    return False


def listed_with_towns(refused: Sequence, mentions: list, gaz: Gazetteer, lang: LanguageProfile,
                      is_role: Callable[[str], object]) -> list:
    """Names the recall rules refused that a list ranks with towns of one region: that region's town.

    "Paris and Roxton continue to reap sales tax benefits", "the three
    Licking County cities of Newark, Heath and Pataskala", "Hamilton and
    Middletown": the members of a coordination are things of one kind
    (as :func:`listed_with_regions` reads them), so a capitalised name
    coordinated (spaCy ``conj``) with accepted towns (GeoNames PPL or PPLC)
    that all lie in one first-level region is a town when that region holds
    a town of exactly that main name (the most populous one when it holds
    several). The gazetteer's town there, not the name's namesake of any
    size elsewhere, is the reading. A name listed with towns of several
    regions ("Louisville, Ky., New Haven, Conn., Sioux Falls"), with a
    region or a country, or with nothing resolved, stays refused, and so
    does a name the region has no town of ("Alstom, American Electric
    Power"), and a name its neighbours call a person or a thing
    (:func:`_named_as_other`: "Hamilton and Officer Mason", "Springfield
    and Lincoln, the president"). A name the document already reads as a place elsewhere keeps
    that reading. From the LGL error analysis: lists of a local paper's towns
    whose small members the model labels nothing or an organisation.

    Parameters
    ----------
    refused : Sequence[tuple[spacy.tokens.Span, str, int, int]]
        ``(span, text, start, end)`` of proposed names that were not taken
        as places, in parsed-document offsets.
    mentions : list[PlaceMention]
        The accepted mentions.
    gaz : Gazetteer
    lang : LanguageProfile
        ``honorifics`` and ``place_nouns``.
    is_role : Callable[[str], object | None]
        The knowledge base's role look-up (:meth:`~dotterel.actors.kb.KnowledgeBase.role`): a title before a name.

    Returns
    -------
    list[tuple[spacy.tokens.Span, int, int, Place]]
        ``(span, start, end, place)`` for each refused name read as a listed town, the place's span not yet set.
    """
    by_token = {m.token.i: m for m in mentions}
    # a name the document already reads as a place keeps that reading (recall.repeated_names lends it)
    named = {m.place.span.text for m in mentions if m.place.span is not None}
    out = []
    for span, text, start, end in refused:
        if text in named or _named_as_other(span, lang, is_role):
            continue
        mates = [by_token[t.i].place for t in _list_mates(span.root) if t.i in by_token]
        regions = {q.admin1_code for q in mates}
        if not mates or len(regions) != 1 or any(
                q.feature_code not in ("PPL", "PPLC") or q.geonameid is None or not q.admin1_code for q in mates):
            continue
        region = next(iter(regions))
        towns = [c for c in gaz.exact(fold(text)) if c.match == "name" and c.feature_code in ("PPL", "PPLC")
                 and c.admin1_code == region and fold(c.name) == fold(text)]
        if not towns:
            continue
        town = max(towns, key=lambda c: c.population)
        out.append((span, start, end, candidate_to_place(town, span=None, score=0.95, reason=(
            f"town {town.name} ({town.feature_code}, {town.country}, pop {town.population}): listed with towns "
            f"of {region} ({', '.join(q.name for q in mates)})"))))
    return out


def _region_votes(mentions: list) -> tuple[dict[str, int], set[str]]:
    """Admin1 code -> how many mentions lie there (placed regions, towns and counties), and their countries."""
    votes: dict[str, int] = {}
    held: set[str] = set()  # alpha-3 codes of the countries those places lie in (admin1 codes start with alpha-2)
    for m in mentions:
        p = m.place
        if p.feature_code in ("PPL", "PPLC", "ADM2", "ADM1") and p.admin1_code and (
                p.geonameid is not None or p.latitude is not None):
            votes[p.admin1_code] = votes.get(p.admin1_code, 0) + 1
            held.add(p.country)
    return votes, held


def country_named_town(mentions: list, gaz: Gazetteer, lang: LanguageProfile, *,
                       peoples: frozenset[str] = frozenset()) -> list:
    """The mentions, a country's name used as only a town's name is read as the town of the document's state.

    "a Lebanon woman", "the Jordan resident" (``lang.local_nouns``: a
    country's people take its demonym, "a Lebanese woman"), "Shirley
    Stidd of Lebanon" (where a person lives, local news' way), a name before
    one of ``lang.municipal_nouns`` ("the Palestine Civic Center": not
    "Malta police" or "the Jordan regional director", which a country's
    bodies take too) and a dateline's city with no region after it ("LEBANON (AP)
    —": a dateline names a city, AP Stylebook "datelines"; not when the
    story names another country or a people of a country with no other
    place named, "JORDAN — Syrian refugees crossed...", as foreign news
    does) name a town.
    The town is the populated place of exactly that main name (GeoNames)
    lying in a first-level region where the document's other places lie,
    the region holding most of them; with no such region, or with another
    place of the document in that country, the country stays (the town is
    not guessed), and so does a country after an office holder's title
    ("King Abdullah of Jordan", :func:`_country_title`).

    Parameters
    ----------
    mentions : list[PlaceMention]
    gaz : Gazetteer
    lang : LanguageProfile
    peoples : frozenset[str]
        Alpha-3 codes of the countries whose demonym the document uses
        ("Syrian refugees").

    Returns
    -------
    list[PlaceMention]
        Same order; re-read mentions replaced.
    """
    votes, held = _region_votes(mentions)
    out = list(mentions)
    dateline = None
    for k, m in enumerate(mentions):
        p, tok = m.place, m.token
        if p.feature_code != "PCLI" or not votes or p.country in held:
            continue  # "Beirut and Tripoli ... a Lebanon woman": a place of the country is named, the country stays
        doc = tok.doc
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if dateline is None:
            dateline = dateline_spans(doc_text(doc), lang=lang) or ()
        cue = residence(tok) or (tok.dep_ == "compound" and after is not None and after.i == tok.head.i
                                 and after.lemma_.lower() in lang.local_nouns) or (
            after is not None and after.lower_ in lang.municipal_nouns) or (
            bool(dateline) and dateline[1] is None and dateline[0].start == m.start and not (peoples - held) and not any(
                q.place.feature_code == "PCLI" and q.place.country not in held | {p.country} for q in mentions))
        if not cue or (residence(tok) and _country_title(tok.head.head, lang)):
            continue  # "King Abdullah of Jordan", "Prime Minister Najib Mikati of Lebanon": the country's office
        towns = [c for c in gaz.exact(fold(_clean(p.span.text if p.span else p.name)))
                 if c.match == "name" and c.feature_code in ("PPL", "PPLC") and c.admin1_code in votes]
        if not towns:
            continue
        town = max(towns, key=lambda c: (votes[c.admin1_code], c.population))
        out[k] = dataclasses.replace(m, place=candidate_to_place(town, span=p.span, score=0.95, reason=(
            f"town {town.name} ({town.admin1_code}, pop {town.population}), not the country {p.name}: named as "
            f"only a town is ('{tok.text} {after.text if after is not None else ''}'), in a region where the "
            f"document's other places lie")))
    return out


def open_county_states(mentions: list, gaz: Gazetteer) -> list:
    """The mentions, a US county whose state was left open placed in the state the document names most.

    "Boone County" lies in eight states; a story that names Indiana five
    times and Illinois, Ohio and Kentucky once each, or that names the
    county with a town of one of them ("Westmoreland County ... Jeannette"),
    is about the county of that state: the places of one story lie together
    (spatial minimality, Leidner 2007, *Toponym Resolution in Text*, ch. 5).
    Every other mention with a known first-level region (a region, town or
    county of a known state, repeats included) is one vote for its region;
    the county goes to the state with the most votes among the states
    holding a county of that name, when it leads strictly. With no vote or
    a tie the state stays open (it is never guessed).

    Parameters
    ----------
    mentions : list[PlaceMention]
    gaz : Gazetteer

    Returns
    -------
    list[PlaceMention]
        Same order; re-read mentions replaced.
    """
    votes = {a1: n for a1, n in _region_votes(mentions)[0].items() if a1.startswith("US.")}
    out = list(mentions)
    for k, m in enumerate(mentions):
        p = m.place
        if p.feature_code != "ADM2" or p.admin1_code is not None or p.country != "USA":
            continue
        states = sorted({c.admin1_code for c in gaz.exact(fold(_clean(p.name)))
                         if c.feature_code == "ADM2" and c.admin1_code in votes},
                        key=lambda a1: -votes[a1])
        if not states or (len(states) > 1 and votes[states[0]] == votes[states[1]]):
            continue
        again = gaz.resolve(p.name, country_hints=["USA"], admin1_hints=[states[0]])
        if again.feature_code != "ADM2" or again.admin1_code != states[0]:
            continue
        out[k] = dataclasses.replace(m, place=again.model_copy(update={
            "span": p.span, "in_context": "document_regions",
            "reason": f"{again.reason}; in context (the document's places lie mostly in {states[0]}: "
                      f"{votes[states[0]]} mention(s))"}))
    return out


def _country_title(owner, lang: LanguageProfile) -> bool:
    """Whether the person ``owner`` is named with a title only a country's offices take ("King Abdullah").

    ``lang.country_office_words`` among the words of the person's phrase up
    to the name ("Prime Minister Najib Mikati", "Foreign Minister ... of
    Georgia"): "<title> <name> of <country>" is how news names a state's
    office holder (AP stylebook, "titles"), not where a person lives.
    """
    return any(t.lower_ in lang.country_office_words for t in owner.doc[owner.left_edge.i:owner.i])


def listed_counties(doc, gaz: Gazetteer, lang: LanguageProfile, *, admin1_hints: Sequence[str] = ()) -> list:
    """The US counties named in a list closed by a plural ("Barrow, Jackson and Madison counties").

    Each listed name with the singular appended ("Jackson County") is looked
    up among the US counties (ZIP code table); the counties of one list lie
    in one state, so the state is the one holding a county of every listed
    name, else the one of those that ``admin1_hints`` (the states the
    document's other places lie in) names. A list no single state fits is
    left out.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    gaz : Gazetteer
    lang : LanguageProfile
        ``county_plurals`` (plural -> the singular ending a county's name).
    admin1_hints : sequence of str
        Admin1 codes ("US.GA") of the document's other places.

    Returns
    -------
    list[tuple[spacy.tokens.Span, Place]]
        Each listed name (without the plural) and its county, the place's
        span left unset.
    """
    text = doc_text(doc)
    listed = _listed(lang)
    out = []
    for tok in doc:
        singular = lang.county_plurals.get(tok.lower_)
        if singular is None or tok.i == 0:
            continue
        start = tok.sent.start_char
        m = listed.search(text[start:tok.idx])
        if m is None:
            continue
        spans = [doc.char_span(start + m.start(1) + n.start(), start + m.start(1) + n.end())
                 for n in re.finditer(_NAME, m.group(1))]
        spans = [s for s in spans if s is not None]
        cands = [[c for c in gaz.exact(fold(f"{s.text} {singular}")) if c.feature_code == "ADM2" and c.admin1_code]
                 for s in spans]
        if len(spans) < 2 or not all(cands):
            continue
        states = set.intersection(*({c.admin1_code for c in cs} for cs in cands))
        if len(states) > 1:
            states &= set(admin1_hints)
        if len(states) != 1:
            continue
        state = next(iter(states))
        for s, cs in zip(spans, cands):
            county = next(c for c in cs if c.admin1_code == state)
            out.append((s, candidate_to_place(county, span=None, score=0.95, reason=(
                f"county {county.name} ({state}): listed before '{tok.text}', in the one state holding a county "
                f"of each listed name"))))
    return out


def _big(place, gaz: Gazetteer) -> bool:
    """Whether a place is a populated place of at least :data:`~dotterel.places.toponyms.BIG_CITY` people."""
    entry = gaz.by_geonameid(place.geonameid) if place.geonameid is not None else None
    return entry is not None and entry.feature_code in ("PPL", "PPLC") and entry.population >= BIG_CITY


class SharedRegion(NamedTuple):
    """The region where several of a document's town names have a namesake (:func:`shared_region`).

    ``by_tie`` is True when another region held namesakes of as many names
    and the tie went to the region where a name was read as a big city: weak
    evidence, which moves no capital or city of a million people abroad
    without a local cue (``mentions.FOCUS_SUPPORT``) or the region's country
    named in the document.
    """

    code: str
    country: str
    names: list[str]
    by_tie: bool = False


def shared_region(first: dict, trusted: set[str], gaz: Gazetteer) -> SharedRegion | None:
    """The one first-level region where several of the document's town names have a namesake.

    Used when the document names no region: local news often names only
    towns and counties ("Decatur", "Avondale Estates", "DeKalb County"),
    and each alone goes to its biggest namesake. For every distinct name
    first resolved to a populated place or a county, the admin1 regions
    holding a populated place or county of exactly that (main) name are
    collected (a country name that is exactly a region's name, "Georgia",
    counts for that region); the region holding namesakes of the most distinct names
    is the document's focus when it holds at least two and no other
    region holds as many (spatial coherence: the places of one story lie
    together). At least one of those names must already have been read in
    that region's country: "Paris" and "London" both have namesakes in
    Kentucky, but a story naming just those two is about the capitals.
    When two regions hold namesakes of equally many names, the one whose
    names are rarer wins if it leads by :data:`SHARED_REGION_LEAD` (a
    name with namesakes in k regions counts 1/k for each): "Mansfield"
    and "Shreveport" put a story in Louisiana although "Mansfield" and
    "DeSoto" both have a namesake in Texas; otherwise the one tied region
    where the first pass read one of the names wins ("Paris" and "Dallas"
    both have namesakes in Pennsylvania and Texas, and "Dallas" alone was
    read, as the big city Dallas, Texas; a small town's first reading is
    no evidence: "North Richmond" went to Australia). Names the gazetteer alone proposed ("Ford",
    "Loop") are not passed as ``trusted``: they are not yet places.

    Parameters
    ----------
    first : dict[str, Place]
        First-pass resolution of each distinct name.
    trusted : set[str]
        Names not taken from PERSON entities.

    Returns
    -------
    SharedRegion | None
        ``(admin1 code, country alpha-3, names, by_tie)``, or None when no
        region stands out.
    """
    support: dict[str, set[str]] = {}
    country_of: dict[str, str] = {}
    first_country: dict[str, str | None] = {}
    for t, p in first.items():
        if t in trusted and p.feature_code == "PCLI":
            # a country name that is also a region's name ("Georgia") supports that region
            key = fold(_clean(t))
            first_country[key] = p.country
            for c in gaz.exact(key):
                if c.match == "name" and c.feature_code == "ADM1" and c.admin1_code and c.country:
                    support.setdefault(c.admin1_code, set()).add(key)
                    country_of[c.admin1_code] = c.country
            continue
        if t not in trusted or p.feature_code not in ("PPL", "PPLC", "ADM2"):
            continue
        if p.geonameid is None and p.feature_code != "ADM2":
            continue
        key = fold(_clean(t))
        first_country[key] = p.country
        for c in gaz.exact(key):
            if c.match == "name" and c.admin1_code and c.country and c.feature_code in ("PPL", "PPLC", "ADM2"):
                support.setdefault(c.admin1_code, set()).add(key)
                country_of[c.admin1_code] = c.country
    if not support:
        return None
    # a name with namesakes in k regions lends each 1/k: a unique name ("Shreveport") weighs more than
    # one found in every state ("Mansfield", "DeSoto")
    spread: dict[str, int] = {}
    for names in support.values():
        for n in names:
            spread[n] = spread.get(n, 0) + 1
    weight = {code: sum(1 / spread[n] for n in names) for code, names in support.items()}
    ranked = sorted(support.items(), key=lambda kv: (-len(kv[1]), -weight[kv[0]]))
    code, names = ranked[0]
    by_tie = False
    if len(names) >= 2 and len(ranked) > 1 and len(ranked[1][1]) == len(names) and (
            weight[code] < SHARED_REGION_LEAD * weight[ranked[1][0]]):
        # a tie: the one tied region where the first pass already read one of the names as a big city ("Dallas")
        read = [c for c, ns in ranked if len(ns) == len(names) and any(
            first[t].admin1_code == c and _big(first[t], gaz) for t in trusted if t in first and fold(_clean(t)) in ns)]
        if len(read) != 1:
            return None
        code, names = read[0], support[read[0]]
        by_tie = True
    if len(names) < 2:
        return None
    if not any(first_country.get(n) == country_of[code] for n in names):
        return None  # "Paris and London" both have namesakes in Kentucky, but neither was read there
    return SharedRegion(code, country_of[code], sorted(names), by_tie)


def same_named_country(name: str, first: dict, trusted: set[str], gaz: Gazetteer):
    """The country a name shared by two countries means here, when the document's other places say so, else None.

    "Congo" is newswire's short name of the Democratic Republic of the
    Congo and ISO's of the Republic of the Congo
    (:meth:`~dotterel.places.gazetteer.GazetteerIndex.shared_country`). The
    document's other places, read without this name, choose: a story
    naming Brazzaville or Pointe-Noire, and no place of DR Congo, is about
    the Republic ("protests in Congo ... police in Brazzaville"); one naming
    Goma, Kinshasa or "DRC" keeps DR Congo. Places of both countries, or of
    neither, change nothing.

    Parameters
    ----------
    name : str
        The mention's text.
    first : dict[str, Place]
        The first resolution of each distinct name of the document.
    trusted : set[str]
        The names that count as evidence: found by the NER or named by
        syntax, not a person's name, not a "-based" name. A longer name that
        holds this one ("Congo-Brazzaville", found by the gazetteer around the
        NER's "Congo") counts too: it says which country the name stands for.
    gaz : Gazetteer

    Returns
    -------
    Place | None
        The other country's place, with the reason, or None.
    """
    sharers = gaz.shared_country(name)
    place = first.get(name)
    if not sharers or place is None or place.feature_code != "PCLI":
        return None
    words = fold(name).removeprefix("the ").split()
    lying_in = {q.country for o, q in first.items()
                if o != name and (o in trusted or _embeds(fold(o), words)) and q.geonameid is not None
                and q.country in sharers and not gaz.shared_country(o)}
    if len(lying_in) != 1 or place.country in lying_in:
        return None
    (country,) = lying_in
    other = gaz.country(country)
    return other.model_copy(update={"span": place.span, "reason": (
        f"country name {name!r} shared by {','.join(sharers)}; the document's other places lie in {country}")})


def _embeds(longer: str, words: list[str]) -> bool:
    """Whether a folded name holds the words of another as a run of its own words ("congo-brazzaville" holds "congo")."""
    parts = re.split(r"[\s\-]+", longer)
    n = len(words)
    return any(parts[i:i + n] == words for i in range(len(parts) - n + 1)) and parts != words


def towns_of_counties(first: dict[str, Place], trusted: set[str], reread: dict[str, Place], gaz: Gazetteer) -> None:
    """Read a town named with its county in that county ("Paris" and "Henry County" -> Paris, Tennessee).

    For every US county the document names (its state known or not) and
    every other name first read as a populated place, a capital or a
    country not otherwise supported by the document's toponyms
    ("Palestine" with "Anderson County", Texas), the ZIP code table
    (:meth:`Gazetteer.town_in_county`) says in which of the states having
    a county of that name the town lies. When exactly one state fits, the
    town becomes that state's populated place of that main name and the
    county that state's county; both are written into ``reread`` (name ->
    place), so their state and country hint the document's other names.

    Parameters
    ----------
    first : dict[str, Place]
        Each distinct name's place from the first pass.
    trusted : set[str]
        The names that may count as evidence (none from a PERSON entity).
    reread : dict[str, Place]
        Name -> new place; updated in place.
    gaz : Gazetteer
    """
    counties = {t: [c for c in gaz.exact(fold(t)) if c.feature_code == "ADM2" and c.admin1_code]
                for t, p in first.items() if p.feature_code == "ADM2" and t in trusted}
    for t, p in first.items():
        if t in reread or t not in trusted or p.feature_code not in ("PPL", "PPLC", "PCLI"):
            continue
        if p.feature_code == "PCLI" and any(first[o].country == p.country and o != t for o in first):
            continue  # "Lebanon" next to "Beirut" is the country
        fits = {(county, c.admin1_code) for county, cands in counties.items() for c in cands
                if (first[county].admin1_code in (None, c.admin1_code)) and gaz.town_in_county(t, county, c.admin1_code)}
        if len({a1 for _c, a1 in fits}) != 1:
            continue
        county, a1 = next(iter(fits))
        towns = [c for c in gaz.exact(fold(t)) if c.match == "name" and c.admin1_code == a1
                 and c.feature_code in ("PPL", "PPLC")]
        if not towns:
            continue
        town = max(towns, key=lambda c: c.population)
        why = f"in context (lies in {county} ({a1}), named in the document, by the ZIP code table)"
        reread[t] = candidate_to_place(town, span=None, reason=f"town of a named county: {town.name} "
                                       f"({town.feature_code}, {town.country}, pop {town.population}); {why}",
                                       score=0.95).model_copy(update={"in_context": "town_of_named_county"})
        reread[county] = gaz.resolve(county, country_hints=["USA"], admin1_hints=[a1]).model_copy(
            update={"reason": f"county of the town {t!r}; in context (the town named in the document lies in it "
                              f"by the ZIP code table)", "in_context": "county_of_named_town"})
