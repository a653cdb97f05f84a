"""Toponyms the small NER model misses, found by matching gazetteer names in the text.

spaCy's small English model labels many town names as nothing, a person
or an organisation, and never labels the place inside an organisation's name
("the Mansfield Police Department"). :func:`gazetteer_spans` proposes the
proper-noun runs that could be such names; :func:`accept` decides, after
the gazetteer has resolved them in the document's context, which are
toponyms. Two kinds are proposed:

``gazetteer``
    A run of proper nouns that no entity covers, or that is a whole
    entity of a kind that cannot be a person ("Herat" tagged as nothing,
    "Lekki" tagged PRODUCT). It may place an event.
``name_part``
    The leading proper nouns of an organisation, facility or event name
    ("*Mansfield* Police Department", "*Texas* Community Development
    Block Grant") or the name after its "of" ("University of *Rochester*",
    "Bank of *Canada*"). It is a toponym of the document (geoparsing sets
    such as LGL annotate them) but says where the organisation is, not where
    an event happened, so the event locator never uses it.
``title_town``
    The words before a town noun in a run of proper nouns no name covers
    ("*Woodstock* Mayor Michael Harding"), or a word opening a sentence
    before one ("*Chicopee* residents"): read as ``name_part`` once
    :func:`accept` takes it only where the document is (:func:`local_town`).

The context checks that keep people and common words out (the source of
each is the fault reports in ``cases/``: "Jordan" the person, "Georgia" the
state or the country):

* every token is a proper noun (spaCy's ``PROPN``) written with a capital,
  so a capitalised common word at the start of a sentence is not tried;
* no token is part of a PERSON, NORP, date or number entity, nor preceded
  by an honorific ("Mr.", "Gov.", ``lang.honorifics``) or a number ("100
  B.C."); the run is no word of a person's name found elsewhere in the
  document ("David Hopkins ... Hopkins said"), and not one word that opens
  a sentence;
* a run of two proper nouns or more is tried whole (no prefix of
  "Jordan Smith" is tried), except the leading words of an organisation
  name;
* the gazetteer must know the name exactly (a country name or alias, an AP
  region abbreviation, or an exact main or alternate GeoNames name; never a
  fuzzy match), and :func:`accept` asks more of a name with no locative
  context (:data:`SMALL_TOWN`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.annotate import doc_text, entities, entity_at
from dotterel.places._fold import fold
from dotterel.places.demonyms import demonym_spans  # noqa: F401  (re-exported)
from dotterel.places.syntax import part_of_place, residence
from dotterel.places.toponyms import BIG_CITY, PROMINENT_CITY, SPELLING_RATIO  # noqa: F401  (SPELLING_RATIO re-exported)

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["gazetteer_spans", "accept", "based_on", "party_seat", "names_region", "capital_city", "named_county", "demonym_spans", "repeated_names", "more_toponyms", "SMALL_TOWN", "NAMED_ENTITY_LABELS"]

#: Population under which a town found only by its name needs a locative
#: context (after "in", "near"..., before ", <region>", before a setting
#: or local noun) or a region of the document around it.
SMALL_TOWN = 50_000


#: Entity labels (spaCy's) whose leading words may be a toponym inside a name.
NAMED_ENTITY_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_NEVER = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                    "LANGUAGE", "LAW"})


def _name_token(tok) -> bool:
    return tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and any(
        c.isalpha() for c in tok.text)


def _known(gaz: Gazetteer, text: str) -> bool:
    """Whether the gazetteer holds ``text`` exactly (a country, an abbreviation or a GeoNames name)."""
    return bool(gaz.country_alias(text) or gaz.abbreviation(text) is not None or gaz.exact(fold(text)))


def gazetteer_spans(doc, taken: set[int], gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, str]]:
    """Proper-noun runs that the gazetteer knows exactly and no place mention covers.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    taken : set[int]
        Indices of tokens already in a place mention (NER, syntax or
        mislabelled entities); runs touching them are not proposed.
    gaz : Gazetteer
        Tells whether a name is known exactly.
    lang : LanguageProfile
        ``honorifics``.

    Returns
    -------
    list[tuple[spacy.tokens.Span, str]]
        ``(span, kind)``, kind ``"gazetteer"``, ``"name_part"`` or ``"title_town"`` (module
        docstring), in text order.
    """
    out: list[tuple[object, str]] = []
    # "David Hopkins ... Hopkins said": a word of a person's name is that person elsewhere too
    person_words = {t.text for e in entities(doc) if e.label_ == "PERSON" for t in e}
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not _name_token(tok) or i in taken or tok.ent_type_ in _NEVER:
            i += 1
            continue
        j = i
        while j + 1 < n and _name_token(doc[j + 1]) and j + 1 not in taken and doc[j + 1].ent_type_ not in _NEVER:
            j += 1
        run = doc[i : j + 1]
        i = j + 1
        if run.start > 0 and (doc[run.start - 1].lower_.rstrip(".") in lang.honorifics or doc[run.start - 1].like_num):
            continue  # "Mr. Jordan", "100 B.C."
        # a capital letter at a sentence's start says nothing, unless a town noun follows ("Berea police said")
        opener = len(run) == 1 and run.start == run.sent.start
        if run.text in person_words or (opener and not _town_noun_next(run, lang)):
            continue  # a person's name; a capitalised word opening a sentence
        ents = {t.ent_type_ for t in run} - {""}
        entity = entity_at(doc[run.start])
        if j + 1 < n and doc[j + 1].lower_ == "of" and not ents:
            continue  # "Secretary of State", "Bank of ...": a title or a name, not a place
        if not ents or (entity is not None and entity.start == run.start and entity.end == run.end
                        and entity.label_ in NAMED_ENTITY_LABELS and _known(gaz, run.text)):
            if _known(gaz, run.text):
                out.append((run, "title_town" if opener else "gazetteer"))
            elif not ents and (lead := _before_title(run, gaz, lang)) is not None:
                out.append((lead, "title_town"))  # "Woodstock Mayor Michael Harding": the town before its body
            continue
        if entity is None or entity.label_ not in NAMED_ENTITY_LABELS:
            continue
        # inside a name: the leading words ("Mansfield Police Department"), or those after its "of"
        after_of = run.start > entity.start and doc[run.start - 1].lower_ == "of"
        lead = entity.start + (1 if doc[entity.start].pos_ == "DET" else 0)  # "the Mansfield Police Department"
        if run.start != lead and not (after_of and run.end == entity.end):
            continue
        longest = run.end if after_of else min(run.end, entity.end - 1)
        for end in range(longest, run.start, -1):
            part = doc[run.start : end]
            if end < n and doc[end].lower_ == "of":
                continue  # "Secretary of State": the words before "of" head the name
            if _known(gaz, part.text) and not _settlement_word_added(part, gaz, lang):
                out.append((part, "name_part"))
                break
    out += _person_bodies(doc, taken, gaz, lang)
    out += _common_openers(doc, taken, gaz, lang)
    seats = _party_seats(doc, taken, gaz, lang)
    out = [(e, k) for e, k in out if not any(e.start < s.end and s.start < e.end for s, _k in seats)] + seats
    return sorted(out, key=lambda x: x[0].start)


def _population(gaz: Gazetteer, place: Place) -> int:
    entry = gaz.by_geonameid(place.geonameid) if place.geonameid is not None else None
    return entry.population if entry is not None else 0


def local_town(span, place: Place, gaz: Gazetteer, admin1: Sequence[str], countries: Sequence[str]) -> bool:
    """Whether a town found only before a town noun (kind ``title_town``) lies where the document is.

    Nothing else says which namesake it is, so (``admin1`` and ``countries``
    being the regions and countries of the document's other places) the town
    must lie in one of those regions, or in one of those countries where none
    of its regions is; with no such place, it must hold :data:`SMALL_TOWN`
    people or be the only town of its name ("Price Mayor"; not "Liberty
    Mayor"). A small town must not share its name with a larger town's
    alternate name. "Mount Royal Mayor" beside Montreal is Mont-Royal, Quebec,
    not Mount Royal, Saskatchewan; "Metro Police Chief" in a Las Vegas story is
    no Indonesian city. From the TR-News and LGL error analysis of towns
    before a title (session 11).
    """
    if place.admin1_code is not None and place.admin1_code in admin1:
        return True
    iso, pop = (place.admin1_code or "").split(".")[0], _population(gaz, place)
    if (countries and place.country not in countries) or any(a.split(".")[0] == iso for a in admin1):
        return False
    towns = [c for c in gaz.exact(fold(span.text)) if c.feature_code.startswith("PPL")]
    return pop >= SMALL_TOWN or (len(towns) == 1 if not countries else not any(
        c.match == "alias" and c.population > pop for c in towns))


def _town_noun_next(span, lang: LanguageProfile) -> bool:
    """Whether one of ``lang.town_nouns`` comes right after ``span`` ("*Berea* police", "*Chicopee* residents")."""
    k = span.end
    return k < len(span.doc) and (span.doc[k].lower_ in lang.town_nouns or span.doc[k].lemma_.lower() in lang.town_nouns)


def _common_openers(doc, taken: set[int], gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, str]]:
    """A capitalised word the tagger reads as a common noun, opening a sentence before a town noun ("*Chicopee* residents discuss").

    The small model tags an unknown name at a sentence's start as a noun;
    before one of ``lang.town_nouns`` it is a town's name. Proposed as
    ``name_part``, so :func:`accept` takes only a town's main name as
    written (:func:`before_town_noun`), and never an event's place.
    """
    out = []
    for sent in doc.sents:
        tok = sent[0]
        if (tok.pos_ == "NOUN" and tok.is_title and tok.is_alpha and not tok.is_stop and not tok.ent_type_
                and tok.i not in taken and _town_noun_next(doc[tok.i:tok.i + 1], lang) and _known(gaz, tok.text)):
            out.append((doc[tok.i:tok.i + 1], "title_town"))
    return out


def _before_title(run, gaz: Gazetteer, lang: LanguageProfile):
    """The words of a proper-noun run before its first town noun, when the gazetteer knows them, else None.

    "Woodstock Mayor" and "Harwinton First Selectman" are one run of proper
    nouns that no gazetteer name covers whole; the words before "Mayor"
    name the town whose office it is (LGL error analysis: a town before its
    office-holder's title). Not a title's own first word (``lang.title_rank_words``:
    "Vice Mayor"), nor a run with a settlement noun (``lang.place_name_nouns``:
    "Emerald City Players" names another place or a club). :func:`accept` takes them only as a town's main
    name before a town noun (:func:`before_town_noun`).
    """
    doc = run.doc
    if doc[run.start].lower_ in lang.title_rank_words:
        return None  # "Vice Mayor Ray Melton": the title's own first word
    for k in range(run.start + 1, run.end):
        if doc[k].lower_ in lang.place_name_nouns:
            return None  # "Emerald City Players", "Kansas City Chiefs": the name of another place or a club
        if doc[k].lower_ in lang.town_nouns:
            part = doc[run.start:k]
            return part if _known(gaz, part.text) else None
    return None


def party_seat(span, lang: LanguageProfile) -> bool:
    """Whether a name follows a legislator's party letter and a hyphen (", D-*Charleston*", ", R-*Elbow Lake*").

    US news names a legislator's party and home town, county or state this
    way (AP style: "Rep. Wendell Gilliard, D-Charleston"): the name is
    where the member is from (``lang.party_letters``), a toponym that, like
    :func:`based_on`, places no event. The word before the comma must be a
    proper noun (the member's name): after a score or a common noun ("Boston
    won 4-2, D-Mobile ...") the letter is no party's.
    """
    doc = span.doc
    k = span.start
    return (k >= 4 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
            and doc[k - 2].text.rstrip(".") in lang.party_letters and doc[k - 3].text == ","
            and doc[k - 4].pos_ == "PROPN")


def _party_seats(doc, taken: set[int], gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, str]]:
    """The longest known run of up to three capitalised words after a party letter (:func:`party_seat`)."""
    out = []
    for i in range(3, len(doc)):
        if i in taken or not _name_token(doc[i]) or not party_seat(doc[i:i + 1], lang):
            continue
        j = i
        while j + 1 < len(doc) and j + 1 - i < 3 and _name_token(doc[j + 1]) and doc[j].whitespace_:
            j += 1
        for end in range(j + 1, i, -1):
            part = doc[i:end]
            if not any(t.i in taken for t in part) and _known(gaz, part.text):
                out.append((part, "based"))
                break
    return out


def _settlement_word_added(part, gaz: Gazetteer, lang: LanguageProfile) -> bool:
    """Whether ``part`` is a town's name plus "City"/"Town" that only an alternate name holds ("*Dublin* City Council").

    GeoNames lists "Dublin City" as an alternate name of Dublin, so the
    longest known run of "Dublin City Council" would be "Dublin City";
    geoparsing gold sets mark the town's name alone, as
    :func:`before_town_noun` reads "the Paris City Council". A run that is
    some town's main name ("Kansas City", "Carson City") is kept whole.
    """
    if len(part) < 2 or part[-1].lower_ not in lang.place_name_nouns:
        return False
    return not any(c.match == "name" and c.feature_code in ("PPL", "PPLC") for c in gaz.exact(fold(part.text))) and (
        _known(gaz, part[:-1].text))


def _person_bodies(doc, taken: set[int], gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, str]]:
    """Town names opening a PERSON entity before a town noun ("*Alexandria* Police Spokeswoman Ashley Hildebrandt").

    The small model runs a town's police or council into the name of the
    person speaking for it and labels the whole a person. The leading
    capitalised words the gazetteer knows exactly, followed inside the
    entity by one of ``lang.town_nouns``, are proposed as a ``name_part``;
    :func:`accept` then asks the same of them as of an organisation's
    leading words (:func:`before_town_noun`).
    """
    out = []
    for ent in entities(doc):
        if ent.label_ != "PERSON" or len(ent) < 2 or any(t.i in taken for t in ent):
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in lang.honorifics:
            continue
        for end in range(ent.end - 1, ent.start, -1):
            part = doc[ent.start:end]
            if doc[end].lower_ in lang.town_nouns and doc[end].text[:1].isupper() and all(
                    _name_token(t) for t in part) and _known(gaz, part.text):
                out.append((part, "name_part"))
                break
    return out


def named_county(text: str, place: Place) -> bool:
    """Whether ``text`` is a county's whole name, admin word included ("Laurel County", "Black Hawk County").

    The offline data give US counties no GeoNames id (their state and mean
    ZIP-code point when the state is known), so they are accepted by name:
    the admin word makes the run a place.
    """
    return (place.feature_code == "ADM2" and place.country is not None and len(text.split()) > 1
            and fold(text) == fold(place.name))


def main_name(place: Place) -> bool:
    """Whether the gazetteer matched a place's main name exactly.

    :func:`~dotterel.places.toponyms.resolve` scores an exact main name 1.0,
    or 0.9 when a namesake of the same rank elsewhere was passed over; an
    alternate name scores 0.95 (0.855); the town of a county the document
    names 0.95 (by its main name, ``in_context`` says so).
    """
    return round(place.score, 3) in (1.0, 0.9) or (place.in_context == "town_of_named_county")


def before_town_noun(span, place: Place, lang: LanguageProfile, gaz: Gazetteer | None = None) -> bool:
    """Whether a town's main name comes right before one of ``lang.town_nouns`` ("*Gainesville* Police", "a *Gainesville* man").

    Such bodies and people are named after their town, never after a person
    ("Cooper School", "the Belk Foundation" are not), so the name is a
    toponym whichever namesake it is: a namesake elsewhere (score 0.9) does
    not stop it.

    A capitalised noun that names a kind of settlement
    (``lang.place_name_nouns``: City, Town, Village) says so only when a
    capitalised word follows it ("the *Paris* City Council", "*Alexandria*
    City Public Schools"; lower-cased it always does, "*Dover* city
    officials"):
    ending a name it makes the name of another place or of a club
    ("Kansas City", "Greenwich Village", "Jackson Township", "Manchester
    City"), as GeoNames itself lists such names whole (Kansas City,
    Greenwich Village and Jackson Township are their own entries). The
    name must be written as the town's GeoNames main name, not only match
    it by transliteration ("the Sikh community" is no Syke), or as an
    alternate name spelling the main name of a city of at least 100 000
    people another way (:func:`as_written`; ``gaz`` gives the population,
    without it only main names count).
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not (after.lower_ in lang.town_nouns or after.lemma_.lower() in lang.town_nouns):
        return False
    if after.lower_ in lang.place_name_nouns and after.text[:1].isupper() and not (
            span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()):
        return False  # "Manchester City beat Arsenal", "Greenwich Village residents": not the town's own body
    # the name as written must be the town's main name: a transliteration that scores as one ("Sikh" -> Syke,
    # "the Sikh community") is a people's name, not a town's
    if place.geonameid is None or place.feature_code not in ("PPL", "PPLC"):
        return False
    entry = gaz.by_geonameid(place.geonameid) if gaz is not None else None
    return as_written(span.text, place, big_city=entry is not None and entry.population >= BIG_CITY)


def as_written(text: str, place: Place, big_city: bool) -> bool:
    """Whether ``text`` is a place's main name, or an exact alternate name that spells a big city another way.

    An alternate name counts for a city of at least 100 000 people
    (``big_city``) when it is close to the main name (rapidfuzz ``ratio`` >=
    :data:`SPELLING_RATIO` on folded forms: a transliteration, "Hama" for
    Hamah), never when it is another name altogether ("Berea" is an old
    name of Aleppo), a small town's variant ("Border" for Bordères, "the
    Border Police") or only a transliteration match of the gazetteer
    ("Sikh" -> Syke).
    """
    from rapidfuzz import fuzz

    if main_name(place):
        return fold(text) == fold(place.name)
    return (round(place.score, 3) in (0.95, 0.855) and fuzz.ratio(fold(text), fold(place.name)) >= SPELLING_RATIO
            and big_city)


def accept(span, place: Place, kind: str, *, gaz: Gazetteer, admin1: Sequence[str], countries: Sequence[str],
           lang: LanguageProfile) -> bool:
    """Whether a proposed run, resolved in the document's context, is a toponym.

    Parameters
    ----------
    span : spacy.tokens.Span
        The run.
    place : Place
        Its resolution (in context when the document names regions).
    kind : str
        ``"gazetteer"``, ``"name_part"`` or ``"based"`` (before "-based",
        :func:`based_on`: a region or a country, or a town by its main name
        as written of at least :data:`SMALL_TOWN` people or in a country or
        region the document names).
    gaz : Gazetteer
        Gives the place's population.
    admin1 : Sequence[str]
        Admin1 codes of the regions the document names.
    countries : Sequence[str]
        The document's country hints (alpha-3).
    lang : LanguageProfile
        The locative prepositions, setting, place and local nouns.

    Returns
    -------
    bool
        True for a county by its whole name (:func:`named_county`), a country or continent; a first-level region by its main
        GeoNames name (also inside an organisation's name, where a town is
        never taken); otherwise a town by its main name that is not a
        subject or possessor ("West said", "Manning's order"), not after
        "the" unless it modifies a setting, local or town noun ("the
        Woodlands Foundation", "the Union"; "the Maryville church" is a
        town: English town names take no article), and has at
        least :data:`SMALL_TOWN` people, lies in a region the document
        names, follows a locative preposition, names where a person lives
        ("Steven Sachs of Alexandria"), is followed by ", <region>",
        or modifies a setting or local noun ("Winona police", "a Winona
        man"). Inside a name (kind ``"name_part"``) a region counts only by
        its whole main name or its abbreviation ("the S.C. Highway Patrol",
        not "Free Parking"), and a town only before one of
        ``lang.town_nouns`` ("the Gainesville Police Department", "the
        Alexandria area"): bodies named after a town, never after a person.
    """
    if named_county(span.text, place):
        return True
    if kind == "name_part" and before_town_noun(span, place, lang, gaz):
        return True
    if kind == "title_town":
        return before_town_noun(span, place, lang, gaz) and local_town(span, place, gaz, admin1, countries)
    if kind == "gazetteer" and before_town_noun(span, place, lang, gaz) and place.geonameid is not None and (
            place.country in countries or (place.admin1_code is not None and place.admin1_code in admin1)
            or _population(gaz, place) >= SMALL_TOWN):
        # "Torrington firefighters", "a Winona man": a town's own body or people; outside the name of a body
        # a small namesake abroad must lie where the document is ("Federal police" in Mexico is no Argentine town)
        return True
    if kind == "based":
        # "the Sligo-based mother", "Gori-based troops": only a place is a base; a town by its main name as
        # written, of some size or in a country or region the document names ("the Smith-based formula" is none)
        if place.geonameid is None:
            return False
        if party_seat(span, lang):
            # ", D-Charleston": the pattern itself says a place; a region, a county or a town as written
            return place.feature_code in ("ADM1", "ADM2") or (
                place.feature_code in ("PPL", "PPLC") and as_written(span.text, place, False))
        if place.feature_code in ("ADM1", "PCLI", "CONT"):
            return place.score >= 0.95 or fold(span.text) == fold(place.name)  # "Britain-based": by an alias too
        entry = gaz.by_geonameid(place.geonameid)
        big = entry is not None and entry.population >= BIG_CITY
        # a big city by any exact alternate name ("New York-based": New York City)
        written = as_written(span.text, place, big) or (big and round(place.score, 3) in (0.95, 0.855))
        return place.feature_code in ("PPL", "PPLC") and written and (
            (entry is not None and entry.population >= SMALL_TOWN) or place.country in countries
            or (place.admin1_code is not None and place.admin1_code in admin1))
    if kind == "name_part" and place.geonameid is not None and place.feature_code in ("ADM1", "PCLI") and (
            fold(span.text) == fold(place.name)):
        # "the Virginia State Board of Elections", "the Georgia Bureau of Investigation": a region's whole main
        # name opening a body's name, even where a namesake elsewhere (Virginia, Minnesota) or the document's
        # context lowered the score
        return True
    if place.geonameid is not None and place.feature_code in ("PPL", "PPLC") and names_region(span, place, gaz):
        return True
    if place.geonameid is None or place.score < 0.95:
        return False
    if place.feature_code in ("PCLI", "CONT"):
        return True
    # only by an alternate name ("Part" is a name of Perth, "Act" of a territory): no; the town of a county the
    # document names scores 0.95 by its main name
    if not main_name(place):
        return False
    if place.feature_code == "ADM1":
        # inside a name only by the region's whole name or its abbreviation ("the S.C. Highway Patrol"):
        # "Free Parking" is not the Free State
        return kind != "name_part" or fold(span.text) == fold(place.name) or gaz.abbreviation(span.text) is not None
    if place.feature_code == "ADM2" or place.in_context == "followed_by_region":
        return True
    if kind == "name_part":
        return False  # a town inside a name ("Washington Latin School") is too often elsewhere or no place
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        # "West said", "Manning's order": a town's name as a subject is mostly a person's, but for a big capital
        # speaking for its state ("Abuja blamed the attacks on bandits")
        return capital_city(span, span.text, place, gaz, lang)
    nouns = lang.setting_nouns | lang.local_nouns | lang.town_nouns
    if span.start > 0 and span.doc[span.start - 1].lower_ in lang.definite_articles and not (
            root.dep_ == "compound" and head.lemma_.lower() in nouns):
        return False  # "the Woodlands Foundation", "see the Union to victory": a town's name takes no article
    locative = (root.dep_ == "pobj" and head.lower_ in lang.locative_prepositions) or residence(root) or (
        part_of_place(root, lang)) or (
        root.dep_ in ("compound", "poss") and head.lemma_.lower() in (lang.setting_nouns | lang.local_nouns))
    in_region = place.admin1_code is not None and place.admin1_code in admin1
    entry = gaz.by_geonameid(place.geonameid)
    big = entry is not None and entry.population >= SMALL_TOWN
    return big or locative or in_region


def capital_city(span, text: str, place: Place, gaz: Gazetteer, lang: LanguageProfile) -> bool:
    """Whether a name is a national capital of a million people or more that no person of the document bears.

    News names a state by its capital ("Kampala said it would close the
    border", "Tbilisi accused Moscow", "Abuja blamed the attacks on
    bandits"), often as a subject, where the small model reads it as an
    organisation, a person or nothing, and where
    :func:`accept` takes a town's name for a
    person's ("West said"). A capital (GeoNames ``PPLC``) by its main name,
    of at least :data:`~dotterel.places.toponyms.PROMINENT_CITY` people, is
    the place unless a PERSON entity of two words or more in the document
    holds the name ("Sydney Smith ... Sydney said"; Sydney is no capital
    anyway), and unless a noun other than a place noun or a number stands in
    apposition to the name anywhere in the document ("Santiago, a student
    leader, was arrested ... Santiago said", "Sofia, 23, said"; not
    "Kampala, the Ugandan capital, said"): a person of one name, as
    :func:`~dotterel.places.mislabelled.mislabelled_place` refuses a town
    described as people. Geoparsing gold sets (LGL, TR-News) mark such metonyms as
    toponyms. From the LGL error analysis of capitals tagged PERSON (issue 16).

    Parameters
    ----------
    span : spacy.tokens.Span
        The name in its document.
    text : str
        Its text.
    place : Place
        Its resolution.
    gaz : Gazetteer
        Gives the population.
    lang : LanguageProfile
        ``place_nouns`` and ``sub_place_nouns``, the appositions that keep a place.

    Returns
    -------
    bool
    """
    if place.geonameid is None or place.feature_code != "PPLC" or not main_name(place) or fold(text) != fold(
            place.name):
        return False
    entry = gaz.by_geonameid(place.geonameid)
    if entry is None or entry.population < PROMINENT_CITY:
        return False
    if any(e.label_ == "PERSON" and len(e) > 1 and text in e.text.split() for e in entities(span.doc)):
        return False
    places = lang.place_nouns | lang.sub_place_nouns
    return not any(t.text == text and any(c.dep_ == "appos" and (c.pos_ == "NUM" or (
        c.pos_ == "NOUN" and c.lemma_.lower() not in places)) for c in t.children) for t in span.doc)


def based_on(span, lang: LanguageProfile) -> bool:
    """Whether a name is joined by a hyphen to one of ``lang.based_words`` ("*Atlanta*-based", "*Gori*-based").

    "the Atlanta-based Carter Center" names where an organisation is: the
    name is a toponym (geoparsing sets such as LGL mark it), but says
    nothing of where the story's events happen. So does a sponsor's name
    before one of ``lang.sponsor_participles`` ("*Rwanda*-backed rebels",
    "*Iran*-funded militias"): ACLED codes a proxy in the country where it
    acts and keeps the sponsor in the notes (ACLED codebook 2023, actor
    names), so the sponsor's country is no scene of the act.
    """
    return _hyphened_to(span, lang.based_words) or sponsor_before(span, lang)


def sponsor_before(span, lang: LanguageProfile) -> bool:
    """Whether a name is a sponsor's: hyphened to one of ``lang.sponsor_participles``, or their "by" agent.

    "*Iran*-backed militias", "rebels backed by *Rwanda*", "militias, funded
    by *Iran*,": the name says who stands behind a force (ACLED codebook
    2023, actor names: the sponsor goes in the notes), neither where it acts
    nor where the story is.
    """
    root = span.root
    by = root.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    return _hyphened_to(span, lang.sponsor_participles) or (
        by is not None and by.head.tag_ == "VBN" and by.head.lower_ in lang.sponsor_participles)


def _hyphened_to(span, words) -> bool:
    """Whether the name ``span`` is joined by a hyphen, with no space either side, to one of ``words``."""
    doc = span.doc
    k = span.end
    return (k + 1 < len(doc) and not doc[k - 1].whitespace_ and doc[k].text in ("-", "\u2010", "\u2011")
            and not doc[k].whitespace_ and doc[k + 1].lower_ in words)


def names_region(span, place: Place, gaz: Gazetteer) -> bool:
    """Whether a town's name is also the main name of a region of its country without places of its own ("Jenin").

    Such a name was accepted as the region before the town (its seat) won
    the resolution (:func:`~dotterel.places.toponyms.rank`, a region without
    places of its own), so it stays a toponym: the town or the region,
    never a person.
    """
    return any(c.feature_code == "ADM1" and c.match == "name" and c.country == place.country and not c.population
               for c in gaz.exact(fold(span.text)))


def _heads_name(part, entity) -> bool:
    """Whether ``part`` is the leading words of ``entity`` (after a determiner) or its last words after "of"."""
    lead = entity.start + (1 if entity.doc[entity.start].pos_ == "DET" else 0)
    after_of = part.start > entity.start and entity.doc[part.start - 1].lower_ == "of" and part.end == entity.end
    return part.start == lead or after_of


def repeated_names(doc, names: Sequence[str], taken: set[int], lang: LanguageProfile) -> list[tuple[object, str]]:
    """Other mentions of names the document already uses as places ("one sense per discourse").

    A town named as a place once ("in Gainesville") is that town where the
    small model labels the same name a person or an organisation, or
    nothing ("Gainesville police said", "the Gainesville Police
    Department"). Kept out: a token already in a place mention, a name
    after an honorific or a number, a name inside a longer PERSON entity or
    inside a longer name that it does not lead ("United Russia"), a name in
    capitals except where a line opens (a dateline, "DETROIT"), and any name that is also a word of a person's name in the document
    ("Andrew Jackson" ... "Jackson, Miss.").

    Parameters
    ----------
    doc : spacy.tokens.Doc
    names : Sequence[str]
        Surface forms of accepted, resolved place mentions.
    taken : set[int]
        Token indices already in a place mention.
    lang : LanguageProfile
        ``honorifics``.

    Returns
    -------
    list[tuple[spacy.tokens.Span, str]]
        ``(span, kind)``: kind ``"name_part"`` inside a longer organisation,
        facility, event or work name (it says where the organisation is, not
        where an event happened), else ``"repeat"``.
    """
    # a word before a town's own body is no person's ("Alexandria Police Spokeswoman Ashley Hildebrandt")
    people = {t.text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e
              if not (t.i + 1 < e.end and doc[t.i + 1].lower_ in lang.town_nouns)}
    wanted: dict[tuple[str, ...], str] = {}
    for name in names:
        words = tuple(name.split())
        if words and not any(w in people for w in words):
            wanted[words] = name
    if not wanted:
        return []
    longest = max(len(w) for w in wanted)
    firsts = {w[0] for w in wanted}
    # token texts read once: a Span and its Tokens per (position, length) made this the places stage's cost
    texts = [t.text for t in doc]
    breaks = [i for i, t in enumerate(doc) if "\n" in t.text_with_ws]
    after_break = {i + 1 for i in breaks}
    out: list[tuple[object, str]] = []
    i, n = 0, len(doc)
    while i < n:
        hit = None
        # a name in capitals only where a line opens, as a dateline does ("DETROIT"); else an acronym ("NICE")
        line_start = i == 0 or i in after_break
        first = texts[i]
        if first not in firsts and not (line_start and first.isupper() and first.title() in firsts):
            i += 1
            continue
        for size in range(min(longest, n - i), 0, -1):
            words = tuple(texts[i : i + size])
            key = words if words in wanted else tuple(w.title() for w in words) if (
                line_start and all(w.isupper() for w in words)) else None
            if key in wanted:
                hit = doc[i : i + size]
                break
        if hit is None:
            i += 1
            continue
        i = hit.end
        if any(t.i in taken for t in hit) or not _name_token(hit[0]):
            continue
        if hit.start > 0 and (doc[hit.start - 1].lower_.rstrip(".") in lang.honorifics
                              or doc[hit.start - 1].like_num):
            continue
        entity = entity_at(doc[hit.start])
        longer = entity is not None and (entity.start < hit.start or entity.end > hit.end)
        if longer and entity.label_ == "PERSON":
            continue
        if longer and not _heads_name(hit, entity):
            continue  # "United Russia": only a name's leading words, or those after its "of", say where it is
        out.append((hit, "name_part" if longer and entity.label_ in NAMED_ENTITY_LABELS else "repeat"))
    return out


def _sure(mention, gaz: Gazetteer, lang: LanguageProfile) -> bool:
    """Whether a mention is sure enough to lend its reading to the same name elsewhere.

    An exact gazetteer hit by a main name or country name that is no
    direction word ("the West"), and is a
    country, a region, a town of :data:`SMALL_TOWN` people or more, or
    stands after a locative preposition ("in Gainesville").
    """
    place, tok = mention.place, mention.token
    # an exact main name scores 1.0, or 0.9 when a namesake elsewhere was passed over (toponyms module
    # docstring); an alternate name ("Passover" for a town) lends nothing
    if place.geonameid is None or fold(place.name) in lang.direction_words or not (
            main_name(place) or place.in_context == "followed_by_region"):
        return False
    if place.feature_code in ("PCLI", "ADM1", "ADM2") or residence(tok) or (
            tok.dep_ == "pobj" and tok.head.lower_ in lang.locative_prepositions):
        return True
    if mention.how != "name_part" and place.in_context in ("town_of_named_county", "followed_by_region"):
        return True  # the document itself placed it: a town of a county it names, or "Roselle, Ill."
    entry = gaz.by_geonameid(place.geonameid)
    return entry is not None and entry.population >= SMALL_TOWN


def more_toponyms(doc, found: Sequence, *, kb, gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, Place, str]]:
    """Toponyms the entity and gazetteer rules leave out: repeats of accepted names, and demonyms.

    A name accepted once as a resolved place (not inside an organisation's
    name) is the same place where it comes again (:func:`repeated_names`,
    with that mention's resolution); a country's demonym names that country
    (:func:`demonym_spans`, kind ``"demonym"``, never an event's place).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    found : Sequence[PlaceMention]
        The mentions accepted so far (``how``, ``place``, ``start``, ``end``
        in parsed-document offsets).
    kb : KnowledgeBase
    gaz : Gazetteer
    lang : LanguageProfile

    Returns
    -------
    list[tuple[spacy.tokens.Span, Place, str]]
        ``(span, place, kind)``, the place's span not yet set.
    """
    text = doc_text(doc)  # Doc.text rebuilds the text from every token
    by_name: dict[str, Place] = {}
    for m in found:
        if m.how != "demonym" and _sure(m, gaz, lang):
            by_name.setdefault(text[m.start:m.end], m.place)
    taken = {t.i for m in found for t in (doc.char_span(m.start, m.end, alignment_mode="expand") or ())}
    out: list[tuple[object, Place, str]] = []
    for span, kind in repeated_names(doc, list(by_name), taken, lang):
        same = by_name.get(span.text) or by_name[span.text.title()]
        out.append((span, same.model_copy(update={
            "reason": f"the same name as a place named elsewhere in the document; {same.reason}"}), kind))
        taken.update(t.i for t in span)
    for span, alpha3 in demonym_spans(doc, kb, lang):
        if any(t.i in taken for t in span):
            continue
        try:
            country = gaz.country(alpha3)
        except KeyError:
            continue
        out.append((span, country.model_copy(update={
            "reason": f"demonym of {alpha3}: names its people or things, not where anything happened"}), "demonym"))
    return out
