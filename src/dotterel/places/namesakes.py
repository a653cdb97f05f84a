"""A named part of a town or region that the gazetteer resolved to a namesake elsewhere (moved from event_location).

"in the east Baghdad neighbourhood of Al-Jadida", "Dalwa, a village in
Borno State", "in Tudun Wada, Kaduna State": the text names where the part
lies. When the gazetteer holds the name only as a town outside that place (in
another country, or in another first-level region of the same country), the
namesake is not the place: :func:`foreign_namesakes` keeps the name as
written with the country and region the text gives it, so
:meth:`~dotterel.places.event_location.EventLocator._finer_unresolved` reads
it as the finer place it is (GeoNames lacks most quarters and villages; the
ACLED codebook codes the most specific named place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.geodesy import haversine_km
from dotterel.places._fold import fold
from dotterel.places.mentions import PlaceMention
from dotterel.places.syntax import located_host, reference_point, sub_place
from dotterel.records import Place
from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.gazetteer import GazetteerIndex

__all__ = ["foreign_namesakes", "BORDER_KM"]

#: km within which a place resolved across a border from the town beside it is that place, not a namesake
#: ("the village of Tal Abyad near Akcakale": Syria's Tal Abyad faces Turkey's Akcakale across the border)
BORDER_KM = 100.0

#: Population from which a town the gazetteer resolves is taken as it has it even when a reference point in
#: another country locates it ("Lagos, 120 km from Cotonou" is Nigeria's Lagos; PROMINENT_CITY in toponyms)
_WELL_KNOWN = 1_000_000

#: Population from which a town the text writes before ", <region>" is taken as the gazetteer has it even
#: outside that region ("Lagos, Ghana and Kenya" lists places; GeoNames' cities of 100 000 are well known).
_KNOWN_TOWN = 100_000


def foreign_namesakes(in_sent: list[PlaceMention], lang: LanguageProfile,
                      gaz: GazetteerIndex | None = None) -> list[PlaceMention]:
    """The sentence's places, a named part of a place resolved to a namesake outside it read as a name the gazetteer lacks.

    A name is a named part when a sub-place noun gives it
    (:func:`~dotterel.places.syntax.sub_place`: "Yaqshid district", "the
    village of X"; or in apposition: "Dalwa, a village in Borno State"), and
    the syntax puts a resolved place around it (:func:`_contains`: "the
    Baghdad neighbourhood of X", "X village in Borno State", "X, a village in
    Borno State"); a town the text writes as "X, <region>" or "X in <region>"
    ("Tudun Wada, Kaduna State") is one too when the gazetteer gives it fewer than
    :data:`_KNOWN_TOWN` people (``gaz``); and a town that the "of" after the
    part's sub-place noun names and that can hold the part ("the Tudun Wada
    area of Kaduna": Kaduna has more people, :func:`_holds`) is the only place
    around it. When every place around it lies in
    one country and the gazetteer's town lies in another country ("Al-Jadida",
    Morocco), or in another first-level region of that country than the finest
    place around it (GeoNames admin1 codes: Tudun Wada, Kano, for a village
    the text puts in Kaduna State), the name is kept as written with that
    country (and region, from the finest place around it), unless the
    namesake lies within :data:`BORDER_KM` of a place around it ("the village
    of Tal Abyad near Akcakale" is Syria's Tal Abyad, across the border from
    Turkey's Akcakale).

    Parameters
    ----------
    in_sent : list[PlaceMention]
        The places of one sentence.
    lang : LanguageProfile
        ``sub_place_nouns``, ``place_nouns``, ``locative_prepositions``.
    gaz : GazetteerIndex, optional
        Gives a town's population (the "X, <region>" form is read only with it).

    Returns
    -------
    list[PlaceMention]
        The same mentions, in order, the namesakes replaced by unresolved places.
    """
    out = []
    for p in in_sent:
        if p.place.geonameid is None or p.place.geo_precision != "city" or p.place.span is None:
            out.append(p)
            continue
        far = _far_fuzzy(p, in_sent, lang, gaz) or _namesake_by_reference(p, in_sent, lang, gaz)
        if far is not None:
            out.append(far)
            continue
        cue = _named_part(p.token, lang)
        # "the Tudun Wada area of Kaduna": the "of" names the town that holds the part, when it can hold it
        of_town = [q.place for q in in_sent if q is not p and q.place.geonameid is not None and q.place.country
                   and _of_after_part(q.token, p.token, lang) and _holds(q.place, p.place, gaz)]
        # ... and that town is no part of the name before the noun ("the Victoria area of Lagos": Lagos holds it)
        others = of_town or [q.place for q in in_sent if q is not p and q.place.geonameid is not None and q.place.country
                             and ((cue and _contains(q.token, p.token, lang)) or _region_after(q, p, lang, gaz))
                             and not (_of_after_part(p.token, q.token, lang) and _holds(p.place, q.place, gaz))]
        countries = {q.country for q in others}
        if not others or len(countries) != 1 or _beside(p.place, others) or (
                not of_town and _classes_a_part(p.token, lang)):
            out.append(p)
            continue
        inner = min(others, key=lambda q: PRECISION_RANK.get(q.geo_precision, 9))
        region = {"admin1": inner.admin1, "admin1_code": inner.admin1_code} if inner.geo_precision in (
            "city", "region") else {}
        if p.place.country in countries and (not region.get("admin1_code")
                                             or p.place.admin1_code in (None, region["admin1_code"])
                                             or not _holds(inner, p.place, gaz)):
            # in the country, and in the region, the text puts it in; or the place around it is the smaller one
            # ("the Tudun Wada area of Kaduna" read the other way round: Kaduna is no part of Tudun Wada)
            out.append(p)
            continue
        where = "another country" if p.place.country not in countries else f"another region ({p.place.admin1})"
        out.append(PlaceMention(place=Place(span=p.place.span, name=p.place.span.text, country=inner.country, **region,
                                            reason=(f"named part of {inner.name}; the gazetteer's {p.place.name} "
                                                    f"({p.place.country}) is a namesake in {where}")),
                                token=p.token, start=p.start, end=p.end, how=p.how))
    return out


def _far_fuzzy(p: PlaceMention, in_sent: list[PlaceMention], lang: LanguageProfile,
               gaz: GazetteerIndex | None) -> PlaceMention | None:
    """A town the gazetteer matched only by spelling likeness, in another country than the places that locate it.

    "Gunmen killed three farmers in the Gumsuri area, 40 km south of
    Maiduguri": no GeoNames entry is spelt Gumsuri, and a fuzzy match
    (:meth:`~dotterel.places.gazetteer.GazetteerIndex.fuzzy`) finds Gyumri,
    Armenia. A near spelling is weak evidence; when the places the text
    locates the name by (a reference point, "40 km south of Maiduguri",
    :func:`~dotterel.places.syntax.located_host`; or a container, "X village
    in Borno State", :func:`_contains`) all lie in one other country and none
    lies within :data:`BORDER_KM` of the match, nor about as far from it as
    the text says (:func:`_at_stated_distance`: "Jalalabad, 120 km west of
    Peshawar" is Afghanistan's), the text puts the name there:
    it is kept as written with that country (the ACLED codebook codes the
    named place, and its country, as the text gives them). None when the name
    matches exactly or by transliteration, or no place locates it (a town
    elsewhere in the sentence, "a monitoring group based in London said",
    says nothing of it).
    """
    if gaz is None:
        return None

    stated: list[float] = []

    def locates(q) -> bool:
        host = located_host(q.token, None, None, lang, anywhere=True) if reference_point(q.token, lang) else None
        if host is not None and host[0] <= p.token.i < host[1]:
            stated.append(_at_stated_distance(q.token.doc[host[1]:q.token.i], q.place, p.place))
            return True
        return _contains(q.token, p.token, lang)

    others = [q.place for q in in_sent if q is not p and q.place.geonameid is not None and q.place.country
              and locates(q)]
    countries = {q.country for q in others}
    if len(countries) != 1 or p.place.country in countries or _beside(p.place, others) or any(stated):
        return None
    key = fold(p.place.span.text)
    gid = p.place.geonameid
    if any(c.geonameid == gid for c in (*gaz.exact(key), *gaz.translit(key))) or not any(
            c.geonameid == gid for c in gaz.fuzzy(key)):
        return None
    (country,) = countries
    return PlaceMention(place=Place(span=p.place.span, name=p.place.span.text, country=country, reason=(
        f"named place the gazetteer matches only by a near spelling ({p.place.name}, {p.place.country}), in another "
        f"country than the places beside it; kept as written, its country from them")),
        token=p.token, start=p.start, end=p.end, how=p.how)


def _namesake_by_reference(p: PlaceMention, in_sent: list[PlaceMention], lang: LanguageProfile,
                           gaz: GazetteerIndex | None) -> PlaceMention | None:
    """A town resolved abroad that a reference point in another country locates, read as its namesake there.

    "blocked the highway at Nkayi, 160 km north of Bulawayo": the gazetteer
    prefers Nkayi, Congo (the larger), but the text measures the town from
    Bulawayo, Zimbabwe. When a reference point
    (:func:`~dotterel.places.syntax.reference_point`) in another country than
    the resolution locates the name (:func:`~dotterel.places.syntax.located_host`),
    the resolution lies neither within :data:`BORDER_KM` of it nor about as far
    as the text says (:func:`_at_stated_distance`), and the gazetteer holds the
    exact name within that distance of the reference ("Tripoli, 80 km south
    of Homs" is Lebanon's), that entry is the town (the nearest, when
    several, a town before a region); when it holds none (GeoNames'
    offline extract lacks most small towns), the name is kept as written
    with the reference's country and region, unless the resolution is a
    capital or a city of :data:`_WELL_KNOWN` people. A distance to a known
    town places the name beside that town (ACLED codebook 2023: the location
    is the named place, in the country the report puts it in).
    """
    if gaz is None:
        return None
    from dotterel.places.toponyms import candidate_to_place  # (toponyms reads this module's neighbours)
    for q in in_sent:
        if q is p or q.place.geonameid is None or q.place.country in (None, p.place.country) \
                or not reference_point(q.token, lang):
            continue
        host = located_host(q.token, None, None, lang, anywhere=True)
        if host is None or not host[0] <= p.token.i < host[1]:
            continue
        between = q.token.doc[host[1]:q.token.i]
        if _beside(p.place, [q.place]) or _at_stated_distance(between, q.place, p.place):
            return None
        near = []
        for c in gaz.exact(fold(p.place.span.text)):
            if c.geonameid in (None, p.place.geonameid) or c.latitude is None:
                continue
            cand = candidate_to_place(c, span=p.place.span, reason="")
            if _beside(cand, [q.place]) or _at_stated_distance(between, q.place, cand):
                near.append((haversine_km(q.place.latitude, q.place.longitude, c.latitude, c.longitude), c))
        if not near:
            entry = gaz.by_geonameid(p.place.geonameid)
            if (p.place.feature_code or "").startswith("PPLC") or entry is None or entry.population >= _WELL_KNOWN:
                return None
            region = {"admin1": q.place.admin1, "admin1_code": q.place.admin1_code} if q.place.geo_precision in (
                "city", "region") else {}
            return PlaceMention(place=Place(span=p.place.span, name=p.place.span.text, country=q.place.country,
                                            **region, reason=(
                f"a town {q.place.name} (a reference point) locates; the gazetteer's {p.place.name} "
                f"({p.place.country}) lies elsewhere, and it holds no {p.place.span.text} near {q.place.name}; "
                f"kept as written, its country from {q.place.name}")), token=p.token, start=p.start, end=p.end,
                how=p.how)
        # (a town before a region of the name: "Bethlehem" is the town, not its governorate)
        c = min(near, key=lambda kc: (not kc[1].feature_code.startswith("PPL"), kc[0]))[1]
        return PlaceMention(place=candidate_to_place(c, span=p.place.span, reason=(
            f"the namesake in {c.country} that {q.place.name} (a reference point) locates, not "
            f"{p.place.name} ({p.place.country}); exact name")), token=p.token, start=p.start, end=p.end, how=p.how)
    return None


def _named_part(tok, lang: LanguageProfile) -> bool:
    """Whether a sub-place noun names ``tok``'s place, beside it or in apposition ("Dalwa, a village in ...")."""
    return sub_place(tok, lang) or any(c.dep_ == "appos" and c.lemma_.lower() in lang.sub_place_nouns
                                       for c in tok.children)


def _region_after(q: PlaceMention, p: PlaceMention, lang: LanguageProfile, gaz: GazetteerIndex | None) -> bool:
    """Whether ``q`` is the region or country written right after ``p`` ("Tudun Wada, Kaduna State", "X in Borno State").

    After a comma or a locative preposition. Only for a town of fewer than
    :data:`_KNOWN_TOWN` people (a list of places, "Lagos, Ghana and Kenya",
    names big towns), and not when a conjunction follows the region (a list).
    """
    if gaz is None or q.place.geo_precision not in ("region", "country") or p.place.geonameid is None:
        return False
    doc = p.token.doc
    sep = doc[p.token.i + 1] if p.token.i + 1 < len(doc) else None
    if sep is None or (sep.text != "," and sep.lower_ not in lang.locative_prepositions) or sep.i + 1 >= len(doc) \
            or q.start != doc[sep.i + 1].idx:
        return False
    after = doc[q.token.i + 1] if q.token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("and", "or"):
        return False
    entry = gaz.by_geonameid(p.place.geonameid)
    return entry is not None and entry.population < _KNOWN_TOWN


def _holds(outer: Place, part: Place, gaz: GazetteerIndex | None) -> bool:
    """Whether ``outer`` can hold ``part``: a first-level region, or a town of more people (GeoNames populations)."""
    if outer.geo_precision == "region":
        return True
    if gaz is None or outer.geonameid is None or part.geonameid is None:
        return False
    big, small = gaz.by_geonameid(outer.geonameid), gaz.by_geonameid(part.geonameid)
    return big is not None and small is not None and big.population > small.population


#: km in a mile: a distance the text states in a unit not read is taken as miles, the longer (an upper bound)
_KM_PER_MILE = 1.609344


def _at_stated_distance(between, ref: Place, match: Place) -> bool:
    """Whether the match lies about as far from the reference point as the text says ("X, about 120 km west of Y").

    ``between`` holds the tokens between the located name and the reference
    town; their largest number, read as miles (an upper bound whatever the
    unit), plus :data:`BORDER_KM` bounds the distance. A town across a border
    at the stated distance ("Jalalabad, 120 km west of Peshawar") is the
    gazetteer's match, not a misspelt name of the reference's country (review
    of :func:`_far_fuzzy` on sentences of several shapes, rev22e).
    """
    numbers = []
    for t in between:
        try:
            numbers.append(float(t.text.replace(",", "")))
        except ValueError:
            continue
    if not numbers or None in (ref.latitude, ref.longitude, match.latitude, match.longitude):
        return False
    km = haversine_km(ref.latitude, ref.longitude, match.latitude, match.longitude)
    return km <= max(numbers) * _KM_PER_MILE + BORDER_KM


def _beside(place: Place, others: list[Place]) -> bool:
    """Whether ``place`` lies within :data:`BORDER_KM` of one of ``others`` (its resolution fits the text)."""
    return any(km is not None and km <= BORDER_KM for km in (
        None if None in (place.latitude, place.longitude, q.latitude, q.longitude)
        else haversine_km(place.latitude, place.longitude, q.latitude, q.longitude) for q in others))


def _contains(outer, part, lang: LanguageProfile) -> bool:
    """Whether the syntax puts the place ``outer`` around the named part ``part``.

    "the Baghdad neighbourhood of X", "Baghdad's neighbourhood of X" (the town
    modifies the sub-place noun whose "of" names the part), "the village of X
    near Hama", "X neighbourhood in western Baghdad", "X, a village in Borno
    State" (a locative phrase on the part, its noun or its appositive noun),
    or a locative phrase right after that noun that the parser hung on the
    verb ("attacked X village in Borno State").
    """
    gov = part.head.head if part.dep_ == "pobj" and part.head.lower_ == "of" else part.head
    heads = {part, gov, *(c for c in part.children if c.dep_ == "appos" and c.lemma_.lower() in lang.sub_place_nouns)}
    if outer.dep_ == "compound" and outer.head not in heads and outer.head.lemma_.lower() in lang.place_nouns:
        outer = outer.head  # "near Hama city"
    if outer.dep_ != "pobj" or outer.head.dep_ != "prep" or outer.head.lower_ not in lang.locative_prepositions:
        # ("the west Baghdad neighbourhood": the mention's root may be its compass word)
        return outer.head in heads and outer.dep_ in ("compound", "poss", "amod")
    prep = outer.head
    noun = gov if gov.i > part.i and gov.lemma_.lower() in lang.sub_place_nouns else part
    return prep.head in heads or prep.i == noun.i + 1


def _of_after_part(outer, part, lang: LanguageProfile) -> bool:
    """Whether ``outer`` is the "of" object of the sub-place noun right after ``part`` ("the Tudun Wada area of Kaduna").

    The shape is the one of "the Baghdad neighbourhood of X" read the other
    way round (:func:`_classes_a_part`); the caller tells them apart by
    which place can hold the other (:func:`_holds`).
    """
    doc = part.doc
    nxt = doc[part.i + 1] if part.i + 1 < len(doc) else None
    if outer.dep_ == "compound" and outer.head.lemma_.lower() in lang.place_nouns:
        outer = outer.head  # "of Kaduna city"
    return (nxt is not None and nxt.lemma_.lower() in lang.sub_place_nouns and nxt.tag_ not in ("NNS", "NNPS")
            and outer.dep_ == "pobj" and outer.head.lower_ == "of" and outer.head.head == nxt)


def _classes_a_part(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` is the town before a sub-place noun whose "of" names the part ("the Baghdad neighbourhood of X")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lemma_.lower() in lang.sub_place_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in nxt.children)
