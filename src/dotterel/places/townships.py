"""US townships and boroughs: a town's name before "Township" lies in a state the story names.

A US county is divided into minor civil divisions (US Census Bureau,
*Geographic Areas Reference Manual*, ch. 8): townships in the Midwest, New
Jersey and Pennsylvania, boroughs in New Jersey and Pennsylvania ("Hamilton
Township", "Lower Merion Township", "Bristol Borough"). The offline
gazetteer (GeoNames ``cities500``) rarely lists them whole, so their name is
read by its leading town name, which the resolution priors may send abroad
or to another state ("Hamilton" -> the capital of Bermuda, "Jackson" ->
Jackson, Georgia, in a story that names New Jersey). A township noun
(``lang.township_nouns``) after the name says the place is a US
municipality: in a story that names US states it is taken in one of them,
or left unresolved (a toponym, with no id guessed); a story that names no
US state keeps its resolution (a Canadian or South African township, or no
cue to choose by). A region named right after the noun decides first
("Hamilton Township, New Jersey" in a story that also names Illinois: New
Jersey; "Alexandra Township in Johannesburg": abroad, kept), and a reading in
a country whose English also says township or borough
(``lang.township_countries``: "Camden Borough" in London) is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.places._fold import fold
from dotterel.places.toponyms import candidate_to_place

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["township_place"]

#: GeoNames feature codes of the towns a township's name may be read as.
_TOWNS = ("PPL", "PPLC")


def _township_word(span, lang: LanguageProfile):
    """The capitalised township noun that ends ``span`` or follows it ("Hamilton *Township*"), else ``None``."""
    doc = span.doc
    for tok in (doc[span.end - 1] if len(span) > 1 else None, doc[span.end] if span.end < len(doc) else None):
        if tok is not None and tok.text[:1].isupper() and tok.lower_ in lang.township_nouns:
            return tok
    return None


def _region_after(word, gaz: Gazetteer) -> tuple[list[str], bool]:
    """The US states, and whether a place outside the USA, named right after a township noun.

    The name must follow the noun after a comma or "in"/"near" ("Hamilton
    Township, New Jersey", "Wilmot Township in Ontario", "Alexandra Township
    in Johannesburg"): the region or town a place is put in is the closest
    cue to its state or country (AP Stylebook dateline and place-name
    style). Returns the admin1 codes of the US states that name may be (by
    name or AP abbreviation: "N.J.") and ``True`` when it names only
    places outside the USA.
    """
    doc = word.doc
    j = word.i + 1 + (word.i + 1 < len(doc) and doc[word.i + 1].text == ".")  # "Lebanon Twp., N.J."
    joined = j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("in", "near"))
    ent = next((e for e in doc.ents if e.start == j + 1 and e.label_ in ("GPE", "LOC")), None) if joined else None
    if ent is None:
        return [], False
    abbr = gaz.abbreviation(ent.text.replace(" ", ""))
    found = [abbr] if abbr is not None else gaz.exact(fold(ent.text))
    states = sorted({c.admin1_code for c in found if c.country == "USA" and c.feature_code == "ADM1" and c.admin1_code})
    return states, bool(found) and all(c.country != "USA" for c in found)


def township_place(span, place: Place, gaz: Gazetteer, lang: LanguageProfile, admin1: Sequence[str],
                   countries: Sequence[str] = ()) -> Place:
    """The place of a name before a township noun, taken in a US state the document names.

    Parameters
    ----------
    span : spacy.tokens.Span
        The toponym's run: a town's name before a township noun ("Hamilton"
        in "Hamilton Township") or the whole name ending in one ("Clinton
        Township").
    place : Place
        Its resolution in the document's context.
    gaz : Gazetteer
    lang : LanguageProfile
        Gives ``township_nouns``.
    admin1 : Sequence[str]
        Admin1 codes of the regions the document names ("US.NJ").
    countries : Sequence[str]
        The document's country hints (alpha-3), for :func:`_abroad_township` when no US state is named.

    Returns
    -------
    Place
        ``place`` itself when no township noun ends or follows the run, when
        the document names no US state, when a place outside the USA is
        named right after the noun, when ``place`` lies in one of
        ``lang.township_countries`` and no US state is named right after the
        noun, or when ``place`` is a town of a named state (of the state
        named right after the noun, if one is); else the most populous town of a named state by the
        run's whole name, or by the name before the township noun, by a main
        name only (an alternate name is no cue: Mays Landing bears
        "Hamilton" for one of New Jersey's two Hamilton Townships) and
        only when the towns of that name lie in one of the states, with
        ``in_context`` ``document_regions``;
        else ``place`` unresolved, with the reason.
    """
    word = _township_word(span, lang)
    states = sorted({c for c in admin1 if c and c.startswith("US.")})
    if word is None or not states:
        return _abroad_township(span, place, gaz, lang, countries)
    after, abroad = _region_after(word, gaz)
    if abroad or (not after and (place.country or "").lower() in lang.township_countries):
        return place  # "Wilmot Township, Ontario"; "Camden Borough" read in London, a Texan named elsewhere
    states = [c for c in states if c in after] or states  # "Hamilton Township, New Jersey": that state
    if place.country == "USA" and place.admin1_code in states and place.feature_code in _TOWNS:
        return place
    names = [span.text]
    if word.i < span.end:  # "Clinton Township": the town's name without the noun
        names.append(span.doc[span.start:word.i].text)
    for name in names:
        found = [c for c in gaz.exact(fold(name)) if c.country == "USA" and c.admin1_code in states
                 and c.feature_code in _TOWNS and c.geonameid is not None]
        # a main name, the most populous; never an alternate name: a town bears its township's name as an
        # alias, but a state may hold several townships of it (Hamilton, NJ; Ohio's "Washington Township"s)
        pool = [c for c in found if c.match == "name"]
        if len({c.admin1_code for c in pool}) > 1:  # "Lebanon" in Ohio and in New Jersey, neither put after it
            break
        if pool:
            best = max(pool, key=lambda c: c.population)
            why = (f"a US township or borough ({word.text}) in a state the document names: "
                   f"{best.name} ({best.admin1_code}, pop {best.population}), not {place.name} ({place.country})")
            out = candidate_to_place(best, span=place.span, reason=why, score=0.95)
            return out.model_copy(update={"in_context": "document_regions"})
    why = (f"a US township or borough ({word.text}) in a state the document names "
           f"({', '.join(states)}): no town of that name there, or towns of it in more than one"
           + (f"; {place.name} ({place.country}) not taken" if place.geonameid is not None else ""))
    return place.model_copy(update={"geonameid": None, "latitude": None, "longitude": None, "country": "USA",
                                    "admin1": None, "admin1_code": None, "feature_code": None,
                                    "geo_precision": "unresolved", "score": 0.0, "name": span.text,
                                    "in_context": None, "reason": why})


def _abroad_township(span, place: Place, gaz: Gazetteer, lang: LanguageProfile, countries: Sequence[str]) -> Place:
    """A name before a township noun read as a town outside every country the document names: kept as written.

    Myanmar, China and South Africa divide their land into townships too (Myanmar's are the third level of its
    administration: Sagaing Region's "Kani township"), which GeoNames ``cities500`` seldom lists; the name's
    reading then falls on a town of the same name abroad by size alone (Kani, Japan, in a story about Myanmar).
    The noun (``lang.township_nouns``, in either case) says the name is an administrative division of the land
    the story is about, so when the document names countries (``countries``) and the reading lies in none of
    them nor in a country bordering them (GeoNames ``countryInfo``: a Canadian township in a US story may be
    meant), the name is kept as written with no id, in the document's country when it names only one (GeoNames
    admin levels; ACLED codebook 2023: a location not found is recorded as written at the next level up).
    """
    doc = span.doc
    words = (doc[span.end - 1] if len(span) > 1 else None, doc[span.end] if span.end < len(doc) else None)
    if not countries or place.geonameid is None or place.feature_code not in _TOWNS \
            or place.country in set(countries).union(*(gaz.neighbours(c) for c in countries)) \
            or not any(w is not None and w.lower_ in lang.township_nouns for w in words):
        return place
    home = countries[0] if len(set(countries)) == 1 else None
    why = (f"a township of the document's countries ({', '.join(dict.fromkeys(countries))}): "
           f"{place.name} ({place.country}) not taken; kept as written")
    return place.model_copy(update={"geonameid": None, "latitude": None, "longitude": None, "country": home,
                                    "admin1": None, "admin1_code": None, "feature_code": None,
                                    "geo_precision": "unresolved", "score": 0.0, "name": span.text,
                                    "in_context": None, "reason": why})
