"""Where the text puts its places: the reach of a near spelling, and the region beside a name kept as written.

:func:`fuzzy_reach` keeps the fuzzy gazetteer candidates of a name that lie
in the document's countries, their neighbours (GeoNames ``countryInfo``) and
the first-level regions the document names; :func:`region_beside` gives the
first-level region of the places named around a name the gazetteer lacks.
Both read only what the text named, never a default.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.annotate import entities_in
from dotterel.places._fold import fold
from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.gazetteer import Candidate, GazetteerIndex
    from dotterel.records import Place

__all__ = ["fuzzy_reach", "near_spelling_aliases", "region_beside", "body_countries", "near_named", "NO_COUNTRY",
           "NEAR_NAMED_KM"]

#: The end of the reason of a near spelling refused because the text names no country to agree with
#: (:func:`~dotterel.places.toponyms.resolve`, step 8).
NO_COUNTRY = "any country the text names (none to agree with)"

#: How near (km) to a place the text names exactly a refused near spelling must lie to agree with it
#: (:func:`near_named`): "Jalalabd, about 120 km west of Peshawar" is Jalalabad; 250 km is about the
#: farthest a news story's "near" or "km from" reaches.
NEAR_NAMED_KM = 250.0


def fuzzy_reach(gaz: GazetteerIndex, cands: Sequence[Candidate], *, country_hints: Sequence[str] = (),
                admin1_hints: Sequence[str] = ()) -> list[Candidate]:
    """The fuzzy candidates that lie where the text puts its places.

    A near spelling is weak evidence: an unknown village ("Kabiwa" in a story
    about Nigeria) is often one letter or two from a town far away (Capua,
    Italy). So, when the document's countries are known (``country_hints``),
    a fuzzy candidate must lie in one of them or in a country bordering one
    (GeoNames ``countryInfo`` neighbours: "Dagestan" in a story about
    Georgia and Azerbaijan is Russia's region); and when the document names
    first-level regions of the candidate's country (``admin1_hints``), in one
    of those regions, or be a region itself. Exact and transliterated
    matches are not filtered (an exact name abroad may be meant: "Paris").

    Parameters
    ----------
    gaz : GazetteerIndex
        Gives the neighbours (:meth:`~dotterel.places.gazetteer.GazetteerIndex.neighbours`).
    cands : Sequence[Candidate]
        Fuzzy candidates (``match == "fuzzy"``).
    country_hints : Sequence[str]
        ISO alpha-3 codes of the document's countries; none keeps every candidate.
    admin1_hints : Sequence[str]
        Admin1 codes ("NG.57") of the regions the document names.

    Returns
    -------
    list[Candidate]
        The candidates within reach, in their order.
    """
    hints = {h.upper() for h in country_hints if h}
    if not hints:
        return list(cands)
    reach = hints.union(*(gaz.neighbours(h) for h in hints))
    codes = {h for h in admin1_hints if "." in h}
    out = []
    for c in cands:
        if c.country not in reach:
            continue
        named_here = {h for h in codes if c.admin1_code and h.split(".", 1)[0] == c.admin1_code.split(".", 1)[0]}
        if named_here and c.feature_code != "ADM1" and c.admin1_code not in named_here:
            continue
        out.append(c)
    return out


def body_countries(sent, kb: KnowledgeBase, lang: LanguageProfile, named: Sequence[str]) -> list[str]:
    """The countries a sentence names only at the head of a body's name ("the Syrian Army").

    An organisation entity whose first word (after an article) is a
    country's demonym or name gives that country: "an airstrike on Syrian
    Army positions near Deir Ezzor", in a story that names no other country
    of the place, still puts Syria beside it. Read in the name's own
    sentence only, and not a diplomatic mission (``lang.mission_nouns``: "the
    Italian Embassy" stands abroad). These widen the reach of a near spelling
    (:func:`fuzzy_reach`, through ``reach_hints`` of
    :func:`~dotterel.places.toponyms.resolve`); they rank no candidate.

    Parameters
    ----------
    sent : spacy.tokens.Span
        The sentence of a name.
    kb : KnowledgeBase
        Knows the demonyms and country names.
    lang : LanguageProfile
        ``definite_articles``, ``mission_nouns``.
    named : Sequence[str]
        The document's countries already (alpha-3), left out.

    Returns
    -------
    list[str]
        Alpha-3 codes in order of first mention, without international
        organisations ("IGO").
    """
    out: list[str] = []
    for ent in entities_in(sent):
        words = [t for t in ent if t.lower_ not in lang.definite_articles]
        if ent.label_ != "ORG" or not words or any(t.lemma_.lower() in lang.mission_nouns for t in ent):
            continue  # ("the Italian Embassy": a mission stands in another country than its own)
        entry = kb.country_by_demonym(words[0].text) or kb.country_by_name(words[0].text)
        if entry is not None and entry.alpha3 not in (*named, *out, "IGO"):
            out.append(entry.alpha3)
    return out


def region_beside(around: Sequence[Place]) -> dict:
    """The first-level region of the finest resolved place beside a name kept as written, when it is a town or region.

    ("Ngamdu village in Borno State": Borno.) The export codes such an event to
    that region (:mod:`dotterel.export.acled`); a country beside it gives none,
    and neither do towns or regions beside it in different regions ("Ngamdu
    village in Yobe State, near Maiduguri in Borno": which one holds it is not
    known, so none is given).

    Parameters
    ----------
    around : Sequence[Place]
        The resolved places named beside the name (its sentence's, or those
        syntax puts around it); at least one.

    Returns
    -------
    dict
        ``{"admin1": name, "admin1_code": code}`` of the finest of them when
        that is a town or a region (``geo_precision`` ``city`` or ``region``)
        and every town or region among them lies in that one first-level
        region (GeoNames ``admin1CodesASCII`` codes, as carried by the
        places), else ``{}``.
    """
    inner = min(around, key=lambda q: PRECISION_RANK.get(q.geo_precision, 9))
    regions = {q.admin1_code for q in around if q.geo_precision in ("city", "region")}
    return {"admin1": inner.admin1, "admin1_code": inner.admin1_code} if inner.geo_precision in ("city", "region") \
        and len(regions) == 1 else {}


NEAR_SPELLING_EDITS = 2
"""Most letters an alternate name may differ by from its place's own name to count as a near spelling.

A spelling a letter or two off is one ("Mambasa" for Mombasa); "Mt.
Pleasant" for Mount Pleasant and "St. Michael's" for Saint Michael differ
by three or more. "Ft." for Fort and "Pt." for Port differ by two only: an
abbreviated word is told apart by :func:`_abbreviated`, not by this count."""


def _abbreviated(key: str, main: str) -> bool:
    """Whether folded ``key`` is ``main`` with one or more words contracted: "ft worth" for "fort worth".

    A contracted word (three letters at most, no vowel but a last one) keeps
    the first letter and the ending of its word and drops two letters or
    more: "ft" for fort, "pt" for port or point, "mt" for mount, "st" for
    saint or sint, "ste" for sainte, "s" for san. "Gor" for Ghor, "dar" for
    douar or "Mambasa" for Mombasa (a letter off) contract no word.
    """
    kw, mw = key.split(), main.split()
    if len(kw) != len(mw) or kw == mw:
        return False
    return all(k == m or (len(k) <= 3 and len(m) >= len(k) + 2 and k[0] == m[0] and m.endswith(k[1:])
                                    and not set(k[:-1]) & set("aeiou"))
               for k, m in zip(kw, mw))


def near_spelling_aliases(gaz: GazetteerIndex, key: str, cands: list[Candidate], *, hints: Sequence[str],
                           admin1_hints: Sequence[str], reach: Sequence[str]) -> tuple[list[Candidate], str | None]:
    """The exact candidates less those matched only by an alternate name that spells their own name a letter off, out of reach.

    GeoNames gives many places variant spellings a letter or two from their
    name ("Mambasa" for Mombasa, Kenya), while another place bears that
    spelling as its own name (Mambasa, Ituri, DR Congo) and is too small for
    the offline data. Such an alias (``rapidfuzz`` ``ratio`` of the folded
    names at least :data:`~dotterel.places.gazetteer.FUZZY_CUTOFF`, as a
    fuzzy match, at most :data:`NEAR_SPELLING_EDITS` letters off, and no
    abbreviation: "Mt. Pleasant" for Mount Pleasant and "Ft. Lauderdale" for
    Fort Lauderdale are none) is weak evidence as a fuzzy match is, so with country hints
    it must lie within the text's reach (:func:`fuzzy_reach`: the
    document's countries, their neighbours, the regions it names). A main
    name, or an alternate name that is no near spelling ("Bombay"), is not
    filtered. Without hints nothing is filtered; nor when refusing would
    leave only places of that name matched otherwise: "Odessa" in a story
    with a Nigerian victim is still Odesa (Ukraine), not Odessa, Texas, and
    "Basra" next to British troops the city, not the governorate. The rule
    only turns a far reading into none.

    Returns
    -------
    tuple[list[Candidate], str | None]
        The candidates kept, and the reason naming the first refused one (``None`` when none was).
    """
    if not hints:
        return cands, None
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    from dotterel.places._fold import fold
    from dotterel.places.gazetteer import FUZZY_CUTOFF
    from dotterel.places.territories import with_territories

    near = [c for c in cands if c.match == "alias" and (main := fold(c.name)) != key
            and fuzz.ratio(key, main) >= FUZZY_CUTOFF and Levenshtein.distance(key, main) <= NEAR_SPELLING_EDITS
            and not _abbreviated(key, main)]
    if not near:
        return cands, None
    within = {id(c) for c in fuzzy_reach(gaz, near, country_hints=[*hints, *with_territories(reach)],
                                         admin1_hints=admin1_hints)}
    out = [c for c in cands if id(c) in within or not any(c is n for n in near)]
    if out and not any(id(c) in within for c in out):
        return cands, None  # never swap in another namesake ("Odessa", Texas, for Odesa): refuse only into nothing
    far = next((c for c in near if id(c) not in within), None)
    return out, None if far is None else (
        f"exact name (alias): refused {far.name} ({far.country}, {far.admin1 or 'no region'}), whose alternate name "
        f"is a near spelling of its own, outside the document's countries {','.join(sorted(set(hints)))} and their "
        "neighbours")


def near_named(gaz: GazetteerIndex, name: str, place: Place, named: Sequence[Place], *,
               hinted: bool) -> Place | None:
    """The near spelling of ``name`` lying near a place the text names, when ``place`` was refused for want of a country.

    With no country of the text, a fuzzy match is no evidence
    (:func:`~dotterel.places.toponyms.resolve`, step 8: "Kitchanga" alone is
    no Gijang, South Korea); a place the document names exactly within
    :data:`NEAR_NAMED_KM` of it is ("militants attacked a checkpoint in
    Jalalabd, about 120 km west of Peshawar": Jalalabad). The best-scoring
    candidate nearest such a place is taken, score ``0.85 * ratio``; else
    None. ``hinted`` is true when the text gives a country to agree with
    (its country hints or the sentence's body countries), so that a refusal
    was against that country, not for want of one.
    """
    from dotterel.geodesy import haversine_km
    from dotterel.places.place_records import candidate_to_place

    if place.geonameid is not None or place.country is not None or hinted:
        return None  # resolved, or refused against a country the text names: not refused for want of one
    cands = gaz.fuzzy(fold(name))
    top = max((c.score for c in cands), default=None)
    near = [(haversine_km(q.latitude, q.longitude, c.latitude, c.longitude), c, q)
            for c in cands if c.score == top and c.latitude is not None
            for q in named if q.latitude is not None and q.geonameid != c.geonameid]
    if not near:
        return None
    km, c, q = min(near, key=lambda x: (x[0], x[1].geonameid or 0))
    if km > NEAR_NAMED_KM:
        return None
    return candidate_to_place(c, span=place.span, score=0.85 * c.score, reason=(
        f"fuzzy name ({c.score:.2f}): {c.name} ({c.feature_code}, {c.country}), {km:.0f} km from {q.name}, "
        f"which the text names"))
