"""Resolved place mentions read again by their neighbours in the document.

Three kinds, each from how news writes places: a name listed with regions
is a region and one listed with countries a country ("Missouri, New York,
North Carolina and Virginia"); a country's name used as only a town's name
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
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text
from dotterel.places._fold import fold
from dotterel.places.syntax import comma_next, residence
from dotterel.places.toponyms import _clean, candidate_to_place

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer

__all__ = ["listed_with_regions", "country_named_town", "listed_counties"]

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
        heads = [tok.head] if tok.dep_ == "conj" else []
        listed = [t for t in heads + [c for t in [tok, *heads] for c in t.children if c.dep_ == "conj"
                                      and c.i != tok.i] if t.i in by_token]
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


def country_named_town(mentions: list, gaz: Gazetteer, lang: LanguageProfile) -> list:
    """The mentions, a country's name used as only a town's name is read as the town of the document's state.

    "a Lebanon woman", "the Jordan resident" (``lang.local_nouns``: a
    country's people take its demonym, "a Lebanese woman") and "Shirley
    Stidd of Lebanon" (where a person lives, local news' way) name a town.
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

    Returns
    -------
    list[PlaceMention]
        Same order; re-read mentions replaced.
    """
    votes: dict[str, int] = {}
    held: set[str] = set()  # alpha-3 codes of the countries those places lie in (admin1 codes start with alpha-2)
    for m in mentions:
        p = m.place
        if p.feature_code in ("PPL", "PPLC", "ADM2", "ADM1") and p.admin1_code and (
                p.geonameid is not None or p.latitude is not None):
            votes[p.admin1_code] = votes.get(p.admin1_code, 0) + 1
            held.add(p.country)
    out = list(mentions)
    for k, m in enumerate(mentions):
        p, tok = m.place, m.token
        if p.feature_code != "PCLI" or not votes or p.country in held:
            continue  # "Beirut and Tripoli ... a Lebanon woman": a place of the country is named, the country stays
        doc = tok.doc
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        cue = residence(tok) or (tok.dep_ == "compound" and after is not None and after.i == tok.head.i
                                 and after.lemma_.lower() in lang.local_nouns)
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
