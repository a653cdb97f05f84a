"""Whether an entity the NER gave another label is a toponym (moved from :mod:`dotterel.places.mentions`).

:meth:`dotterel.places.mentions.DocumentPlaces.places` proposes ORG, PERSON,
NORP and LANGUAGE entities that may be places the small model mislabelled
(:func:`dotterel.places.proposals.mislabelled`); :func:`mislabelled_place`
decides after the gazetteer has resolved them. :func:`persons_surname` is
the converse: a place entity that is the surname of a person the document
names in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from dotterel.annotate import entities
from dotterel.events.objects import told_a_person
from dotterel.places._fold import fold
from dotterel.places.recall import (SMALL_TOWN, as_written, before_town_noun, capital_city, main_name, named_county,
                                    names_region)
from dotterel.places.toponyms import BIG_CITY
from dotterel.places.town_names import known_town
from dotterel.places.syntax import PLACE_LABELS, part_of_place, residence, sub_place_host

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["mislabelled_place", "surnames", "lone_person_names", "persons_surname", "brand_named", "seat_names"]


#: Shortest misspelt capital read as the capital (letters); shorter names collide with too many words.
MISSPELT_CAPITAL_LENGTH = 6
#: Least ``rapidfuzz.fuzz.ratio`` (0-100) of a misspelt capital to the capital's name: a letter off in a long name.
MISSPELT_CAPITAL_RATIO = 90


def mislabelled_place(ent, text: str, place: Place, admin1: Sequence[str], countries: Sequence[str] = (), *,
                      lang: LanguageProfile, gaz: Gazetteer, kb: KnowledgeBase,
                      people: frozenset[str] = frozenset()) -> bool:
    """Whether an ORG or PERSON entity is a toponym the NER mislabelled.

    Only exact gazetteer hits (score >= 0.95) count, but for a national
    capital spelt a letter off after a locative preposition ("in
    Ouagadougo", :func:`_misspelt_capital`). Kept: a name followed
    by ", <region>" ("Alexandria, La."); a town of a region the document
    names where a place stands - after a locative preposition, in capitals
    as a dateline ("GAINESVILLE"), before a role noun or a word for a
    person ("Gainesville police"); a town of at least
    :data:`~dotterel.places.recall.SMALL_TOWN` people after a locative
    preposition ("police in Herat"); a name after a place noun's "of"
    ("the city of Daraa") or after the "of" of one of ``lang.dweller_nouns``
    ("the mayor of Gainesville", "residents of Mombasa"); a first-level region's name compounded on a
    province noun that an article, an adjective or a locative preposition marks as one area ("in the
    Kherson region", "in Ituri province", ``lang.province_nouns``); a town where a person lives ("Steven Sachs of
    Alexandria"); a town's name before one of ``lang.town_nouns``, whatever
    the document names ("A Gainesville man", "Gainesville police said":
    nouns only a town's name takes); a town of one of the document's countries
    before a sub-place noun ("Kakuma refugee camp",
    :func:`~dotterel.places.syntax.sub_place_host`), unless the noun is one of
    ``lang.faction_nouns`` right after a person's name, one of the document's
    ``people`` (:func:`surnames`) or of the knowledge base ("the Clinton camp
    said": the person's followers); a county by its whole name; a country's canonical name
    of two words or more ("Sri Lanka"), or of one word after a locative
    preposition with a compass word ("in northern Mali": a person has no
    north; ``gaz.directions``); a town or region by its main name after a
    locative preposition when a locative phrase right after it names its
    country by its canonical name ("near Kidal in northern Mali", Kidal read
    as NORP and Mali as a PERSON by the small model: a new user's sentences,
    issue 16; "in downtown Yala in Thailand's south"), not a person the
    sentence only names beside the country ("Voters in the Philippines placed
    their trust in Marcos");
    and, for ORG entities only, any
    canonical country name or a first-level region ("Ohio"), since people
    share names with regions ("Georgia") and towns with surnames.
    """
    if named_county(text, place):
        return True  # "Laurel County" (the NER's ORG): a county by its whole name
    if ent.root.dep_ == "compound" and before_town_noun(ent, place, lang, gaz):
        return True  # "A Gainesville man", "Gainesville police said": only a town's name takes these nouns
    if (place.geonameid is not None and place.feature_code in ("PPL", "PPLC") and place.score >= 0.95
            and place.country in countries and (host := sub_place_host(ent, lang)) is not None
            and not _faction(ent, text, host, people, lang=lang, kb=kb)):
        # "Kakuma refugee camp", "Nad Ali district" (the NER's PERSON or ORG): a named camp, district or village,
        # taken only where the document's countries hold a town of the name, never a namesake abroad
        return True
    if part_of_place(ent.root, lang) and place.feature_code in ("PPL", "PPLC", "ADM1") and (
            main_name(place) or _big_city_spelling(text, place, gaz)):
        # "the streets of Calais", "the Hama countryside": only a place has streets, whichever namesake it is
        return True
    if ent.root.dep_ == "compound" and place.feature_code == "ADM1" and place.score >= 0.95 \
            and ent.root.head.is_lower and ent.root.head.lemma_.lower() in lang.province_nouns and (any(
                (c.dep_ == "det" and c.lower_ in lang.definite_articles) or (c.dep_ == "amod" and c.pos_ == "ADJ")
                for c in ent.root.head.children) or (
                ent.root.head.dep_ == "pobj" and ent.root.head.head.lower_ in lang.locative_prepositions)):
        # "in the Kherson region", "across southern Donetsk province", "in Ituri province" (NORP): only a region
        # takes the noun, and a locative preposition makes the phrase one area as an article does
        return True
    if ent.label_ == "ORG" and place.feature_code in ("PPL", "PPLC") and names_region(ent, place, gaz):
        return True  # "in Sligo" (ORG): a county's seat, kept as the county was before the seat won (below)
    if _misspelt_capital(ent, text, place, lang):
        return True  # "in Ouagadougo" (ORG): a capital, one letter dropped
    if place.geonameid is None or place.score < 0.95:
        return False
    if place.in_context == "followed_by_region":
        return True
    root = ent.root
    where = (
        (root.dep_ == "pobj" and root.head.lower_ in lang.locative_prepositions)
        or (text.isupper() and len(text) > 3)
        # "Gainesville police", "an Alexandria woman": a town naming where people are from
        or (root.dep_ == "compound" and root.head.pos_ == "NOUN"
            and (root.head.lemma_.lower() in lang.local_nouns or kb.role(root.head.lemma_.lower()) is not None))
    )
    if place.feature_code not in ("PCLI", "ADM1", "CONT") and place.admin1_code in admin1 and where:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lemma_.lower() in lang.place_nouns or root.head.head.lemma_.lower() in lang.dweller_nouns):
        return True  # "the city of Daraa", "the mayor of Gainesville": a place noun or a town's people name it
    if residence(root) and place.feature_code in ("PPL", "PPLC"):
        return True  # "Steven Sachs of Alexandria": where a person lives
    if root.dep_ == "pobj" and root.head.lower_ in lang.locative_prepositions and place.feature_code in (
            "PPL", "PPLC"):
        # "Police in Herat fired ...": a town of some size after "in" is that town
        entry = gaz.by_geonameid(place.geonameid)
        if entry is not None and entry.population >= SMALL_TOWN:
            return True
    canonical = place.feature_code == "PCLI" and gaz.canonical_country(fold(text)) is not None
    if canonical and len(text.split()) > 1:
        return True  # "Sri Lanka's former president" read as a PERSON: no one is called that
    located = root.dep_ == "pobj" and root.head.lower_ in lang.locative_prepositions
    if canonical and located and any(c.dep_ == "amod" and c.lower_ in gaz.directions for c in root.children):
        return True  # "in northern Mali" read as a PERSON: a person has no north
    if located and place.feature_code != "PCLI" and main_name(place) and _nested_in_country(ent, place.country, lang, gaz):
        # "near Kidal in northern Mali" (Kidal read as a people); not a person the sentence only puts beside
        # the country's name ("Voters in the Philippines placed their trust in Marcos", "rallied around Marcos")
        return True
    if _struck_town(ent, text, place, people, countries, lang=lang, gaz=gaz, kb=kb):
        return True  # "Russian strikes hit Kharkiv" (ORG), "forces shelled Kherson" (PERSON): the town struck
    if _setting_town(ent, text, place, people, countries, lang=lang, gaz=gaz):
        return True  # "outside a Lahore court" (NORP), "at a Karachi mosque" (ORG): where the building stands
    if capital_city(ent, text, place, gaz, lang):
        return True  # "Kampala said it would close the border" (ORG), "Tbilisi accused Moscow" (PERSON)
    if ent.label_ != "ORG":
        return False
    if place.feature_code == "PCLI":
        return canonical
    if (place.feature_code in ("PPL", "PPLC") and main_name(place) and fold(text) == fold(place.name)
            and root.dep_ == "pobj" and root.head.lower_ in lang.origin_path_prepositions):
        return True  # "volunteers from Crockett", "moved to Butte": people and things come from towns
    return place.feature_code == "ADM1"


def _misspelt_capital(ent, text: str, place: Place, lang: LanguageProfile) -> bool:
    """Whether ``ent`` is a national capital spelt with a letter off, after a locative preposition ("in Ouagadougo").

    Only a capital (GeoNames ``PPLC``) the gazetteer found by a near spelling
    counts: a name of at least :data:`MISSPELT_CAPITAL_LENGTH` letters whose
    similarity to the capital's name is at least
    :data:`MISSPELT_CAPITAL_RATIO` (``rapidfuzz.fuzz.ratio``: one letter
    dropped or swapped in a long name), with the same first letter, as the
    object of a locative preposition ("in", "near"). A capital is named in
    news far from home, so the fuzzy reach of the document's countries
    (:func:`~dotterel.places.reach.fuzzy_reach`) does not apply; a shorter
    or less similar name stays refused, and so does a name longer than the
    capital's: a letter added to a capital's name makes a name of its own
    more often than a slip, a person's ("Parisa", "Ammann") or one derived
    from the town (the Arabic and Persian nisba in -i: "Tehrani", "Kabuli").
    """
    if place.geonameid is None or place.feature_code != "PPLC" or len(text) < MISSPELT_CAPITAL_LENGTH:
        return False
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in lang.locative_prepositions:
        return False
    written, name = fold(text), fold(place.name)
    return written != name and len(written) <= len(name) and written[:1] == name[:1] \
        and fuzz.ratio(written, name) >= MISSPELT_CAPITAL_RATIO


def _struck_town(ent, text: str, place: Place, people: frozenset[str], countries: Sequence[str] = (), *,
                 lang: LanguageProfile, gaz: Gazetteer, kb: KnowledgeBase | None = None) -> bool:
    """Whether ``ent`` is the town an attack verb falls on ("Russian strikes hit Kharkiv", "shelled Kherson").

    The name is the direct object of one of ``lang.strike_object_verbs``, or
    its subject in the passive ("Homs was shelled"; not a name the model
    reads as a person there: people are attacked far more than towns),
    resolved exactly to a first-level region, or to a town of at least
    :data:`~dotterel.places.recall.SMALL_TOWN` people (GeoNames) as written
    (its main name, or an alternate spelling of a city of 100 000:
    "Khan Younis", :func:`~dotterel.places.recall.as_written`), and no
    person of the document bears it as a surname ("Police attacked Hamilton"
    after "Lewis Hamilton"). A country is left to the recipient rules (a
    state attacked is the target, not always the ground). People are
    attacked too, and many bear a town's name: not a name the text
    describes as no place, by a noun in apposition or joined to it
    ("attacked Aurora, a nurse", "Jackson and two other activists";
    :func:`_described_as_people`), nor, when the document's ``countries`` are
    known, a town outside them and the countries bordering them (GeoNames
    ``countryInfo``: "Thugs attacked Florence ... in Nairobi").

    The object of a verb of taking (``lang.ground_taking_verbs``: "RSF
    fighters seized Wad Madani") passes the event detector's ``@TOWN`` vetoes
    as well (:func:`~dotterel.places.town_names.known_town`: no person of the
    knowledge base, no one-word surname, no name three towns bear, no age or
    "who" clause, :func:`~dotterel.events.objects.told_a_person`; every
    proper noun listed with it a town too, "Troops seized Charas and Ganja"; no amount on it,
    ``lang.partitive_nouns`` or a figure, "seized Ganja worth Rs 5 lakh"):
    people and goods are seized far more often than towns (ACLED codebook
    2023, Battles: the territory overtaken is where the event happened).
    """
    root = ent.root
    verb = root.head.lemma_.lower()
    fell = fell_to_a_force(root, lang, kb)  # "Kunduz fell to the Taliban": taken, on the taking verbs' terms
    struck = fell or root.dep_ == "dobj" or (root.dep_ == "nsubjpass" and ent.label_ != "PERSON")
    if not struck or (not fell and verb not in {*lang.strike_object_verbs, *lang.ground_taking_verbs}) \
            or text in people or place.feature_code not in ("PPL", "PPLC", "ADM1") or _described_as_people(root, lang):
        return False
    # ("seized Ganja worth Rs 5 lakh", "seized 5 kg Ganja": an amount of goods, no town)
    after = root.doc[root.right_edge.i + 1] if root.right_edge.i + 1 < len(root.doc) else None
    goods = any(c.dep_ == "nummod" or c.lemma_.lower() in lang.partitive_nouns for c in root.children) or (
        after is not None and after.lemma_.lower() in lang.partitive_nouns)
    if (fell or verb in lang.ground_taking_verbs) and (goods or told_a_person(root) or not all(known_town(name, gaz, kb, people) for name in (text, *(
            " ".join(w.text for w in c.subtree if w.pos_ == "PROPN") for c in root.conjuncts if c.pos_ == "PROPN")))):
        return False
    return _town_of_size(text, place, countries, gaz)


def fell_to_a_force(root, lang: LanguageProfile, kb: KnowledgeBase | None) -> bool:
    """Whether ``root`` is the subject of one of ``lang.ground_falling_verbs`` whose "to" names a force.

    "Kunduz fell to the Taliban", "Marib fell to Houthi fighters": the town
    that falls to a group is the ground it takes (ACLED codebook 2023,
    Battles: non-state actor overtakes territory, at the territory taken).
    The "to" must name a group: a proper noun or a people in it ("the
    Taliban", "Houthi fighters", "Russian forces") or a role the knowledge
    base holds ("rebels", "militants"), never a
    figure or a thing ("Turnout fell to 30 percent", "Hamilton fell to the
    ground"). Without ``kb`` any noun will do: the syntax only proposes the
    name (:func:`~dotterel.places.proposals.struck_names`), and this test
    decides again with the knowledge base.
    """
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in lang.ground_falling_verbs:
        return False
    objects = [o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj"]
    return any(not any(c.dep_ == "nummod" for c in o.children) and o.pos_ in ("PROPN", "NOUN") and (
        kb is None or kb.role(o.lower_) is not None
        or any(w.pos_ == "PROPN" or w.ent_type_ == "NORP" for w in o.subtree)) for o in objects)


def _setting_town(ent, text: str, place: Place, people: frozenset[str], countries: Sequence[str] = (), *,
                  lang: LanguageProfile, gaz: Gazetteer) -> bool:
    """Whether ``ent`` is the town a setting or building stands in ("outside a Lahore court", "his Monrovia home").

    The name is compounded on a lower-case setting or building noun
    (``lang.setting_nouns``, ``lang.building_nouns``; not a place or
    sub-place noun: "a Tiv village" names its people) that is the object of
    a locative preposition and has an indefinite article or a possessive
    pronoun ("a Karachi mosque", "his Freetown home": one building of the
    town; "the Hamilton school" may bear a person's name). After an
    indefinite article, not a company's outlet (``lang.brand_outlet_nouns``:
    "a Toyota office", "a Mercedes office" name firms as often as towns);
    and not a building the text places itself ("a Mercedes office in Buenos
    Aires": that place is where it stands). The town must be an exact name
    (:func:`_town_of_size`) and no surname of the document. ACLED codebook:
    the most specific location named.
    """
    root = ent.root
    noun = root.head
    nouns = {*lang.setting_nouns, *lang.building_nouns} - {*lang.place_nouns, *lang.sub_place_nouns}
    if root.dep_ != "compound" or noun == root or not noun.is_lower or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in nouns or noun.dep_ != "pobj" \
            or noun.head.lower_ not in lang.locative_prepositions or text in people \
            or place.feature_code not in ("PPL", "PPLC", "ADM1") or place.score < 0.95:
        return False
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if not own and not any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children):
        return False
    if not own and noun.lemma_.lower() in lang.brand_outlet_nouns:
        return False  # "a Toyota office", "a Mercedes office": a company's outlet, named like a town
    if any(c.dep_ == "prep" and c.lower_ in lang.locative_prepositions and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in noun.children):
        return False  # "a Mercedes office in Buenos Aires": the text says where the building stands
    return _town_of_size(text, place, countries, gaz)


def brand_named(ent, place: Place, countries: Sequence[str] = (), *, lang: LanguageProfile, gaz: Gazetteer) -> bool:
    """Whether a name compounded on an outlet, vehicle or weapon noun is a firm's or maker's rather than a town's.

    "a Marriott hotel", "the Hilton hotel" (``lang.brand_outlet_nouns``: a
    chain's name), "a Toyota pickup", "Kalashnikov rifles"
    (``lang.maker_product_nouns``: a maker's name), or a name the gazetteer
    lacks ("a Hyatt hotel"): the small model tags
    such names as places and the gazetteer holds towns of the name
    (Marriott-Slaterville, Utah; Hilton, New York; Toyota, Japan). The name
    stays a place when it is a country, a continent or a first-level
    region ("a U.S. drone", "a Texas hotel"), or a town of at least
    :data:`~dotterel.places.recall.SMALL_TOWN` people as written
    (:func:`_town_of_size`: "a Lagos hotel", "a Kabul hotel", wherever the
    document is about), or a town that names the first-level region it is
    the seat of (:func:`~dotterel.places.recall.names_region`: "a Ramallah
    office", "a Jenin shop"; a chain's namesake town names none); before a vehicle or weapon noun only in the
    document's own countries, which must be known. A possessive
    before the noun makes it a person's own ("her Kampala office"), which
    :func:`_setting_town` reads; a word between the name and an outlet noun
    makes it a town's body ("the Bijeljina police headquarters", "an Ozark
    car dealership"): a chain's name sits right before its outlet. ACLED codebook: the location is where the
    event happened, never a name that only looks like one.

    Parameters
    ----------
    ent : spacy.tokens.Span
        The name.
    place : Place
        Its gazetteer reading.
    countries : Sequence[str]
        The document's countries (alpha-3).
    lang : LanguageProfile
        ``brand_outlet_nouns``, ``maker_product_nouns``.
    gaz : Gazetteer
        Populations and neighbours.

    Returns
    -------
    bool
        True when the name is to be dropped as a place.
    """
    root = ent.root
    noun = root.head
    if root.dep_ != "compound" or noun.i <= root.i or noun.i < ent.end or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    maker = lemma in lang.maker_product_nouns
    if not maker and (lemma not in lang.brand_outlet_nouns or noun.i != ent.end):
        return False  # (a chain names its outlet directly: "the Bijeljina police headquarters" is the town's)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False  # "her Kampala office": a person's own, in that town
    if place.feature_code in ("PCLI", "ADM1", "CONT"):
        return False  # "a U.S. drone", "a Texas hotel": a country or region is never a firm's name
    if place.geonameid is None:
        return True
    if maker and (not countries or place.country not in countries):
        return True
    return not (_town_of_size(ent.text.strip(), place, (), gaz) or names_region(ent, place, gaz))


def _town_of_size(text: str, place: Place, countries: Sequence[str], gaz: Gazetteer) -> bool:
    """Whether ``place`` is a first-level region, or a town of at least :data:`~dotterel.places.recall.SMALL_TOWN` people as written.

    (Its main name, or an alternate spelling of a city of 100 000,
    :func:`~dotterel.places.recall.as_written`; a region by its name or an
    alternate one: "Kherson" is also the oblast's.) When the document's
    ``countries`` are known, only in them or a country bordering them
    (GeoNames ``countryInfo``).
    """
    if countries and place.country not in set(countries).union(*(gaz.neighbours(c) for c in countries)):
        return False
    if place.feature_code == "ADM1":
        return True
    entry = gaz.by_geonameid(place.geonameid)
    return entry is not None and entry.population >= SMALL_TOWN and as_written(text, place, entry.population >= BIG_CITY)


def _big_city_spelling(text: str, place: Place, gaz: Gazetteer) -> bool:
    """Whether ``text`` spells a city of at least :data:`~dotterel.places.toponyms.BIG_CITY` people another way ("Hama" for Hamah).

    (:func:`~dotterel.places.recall.as_written`: a close alternate name, not another name altogether.)
    """
    entry = gaz.by_geonameid(place.geonameid) if place.geonameid is not None else None
    return entry is not None and as_written(text, place, entry.population >= BIG_CITY)


def _described_as_people(tok, lang: LanguageProfile) -> bool:
    """Whether a common noun in apposition or joined by a conjunction describes ``tok`` as no place.

    "attacked Aurora, a nurse", "attacked Jackson and two other activists",
    "Victoria and her husband": a noun that is none of ``lang.place_nouns``
    or ``lang.sub_place_nouns`` ("attacked Dalwa, a village ...", "Bama and
    nearby villages" stay places).
    """
    places = lang.place_nouns | lang.sub_place_nouns
    return any(c.dep_ in ("appos", "conj") and c.pos_ == "NOUN" and c.lemma_.lower() not in places
               for c in tok.children)


def _nested_in_country(ent, country: str | None, lang: LanguageProfile, gaz: Gazetteer) -> bool:
    """Whether a locative phrase, or a comma, right after ``ent`` names ``country`` by its canonical name.

    "near Kidal in northern Mali", "in downtown Yala in Thailand's south": the
    town is placed inside its country, which no person is; so is a place
    whose country closes a "Place, Country" pair ("protests in Punjab,
    Pakistan", Punjab read as a people; AP stylebook, datelines).
    """
    doc = ent.doc
    if country is None or ent.end >= len(doc):
        return False
    if doc[ent.end].text == "," and ent.end + 1 < len(doc):
        run = []
        for t in doc[ent.end + 1:]:
            if t.pos_ != "PROPN":
                break
            run.append(t.text)
        return bool(run) and gaz.canonical_country(fold(" ".join(run))) == country
    prep = doc[ent.end]
    if prep.dep_ != "prep" or prep.lower_ not in lang.locative_prepositions:
        return False
    names, run = [], []
    for t in prep.subtree:  # the proper-noun runs of the phrase ("Burkina Faso", "Thailand")
        if t.pos_ == "PROPN":
            run.append(t.text)
        elif run:
            names.append(" ".join(run))
            run = []
    names += [" ".join(run)] if run else []
    return any(gaz.canonical_country(fold(n)) == country for n in names)


def _faction(ent, text: str, host, people: frozenset[str], *, lang: LanguageProfile, kb: KnowledgeBase) -> bool:
    """Whether a name right before a faction noun is a person's: "the Clinton camp" (followers), not "Kakuma camp"."""
    if host.i != ent.end or host.lemma_.lower() not in lang.faction_nouns:
        return False  # "Kakuma refugee camp": a common noun between says what kind of camp
    return text in people or bool(kb.people_named(text))


def surnames(doc) -> frozenset[str]:
    """The last words of the document's PERSON entities of two words or more ("Mikheil *Saakashvili*", "Henry *Farrin*").

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    frozenset[str]
    """
    return frozenset(e[-1].text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1)


def seat_names(mentions: list, lang: LanguageProfile) -> list:
    """Drop a government seat's name read as a town from an entity of another label ("marched to Congress").

    "Congress passed a bill", "protesters marched to Congress", "workers
    from Congress": the small model reads the legislature (or an Indian
    party) as an organisation, and the gazetteer holds the word as a hamlet
    (Congress, Arizona, pop 1975) that a context rule
    (:func:`mislabelled_place`) takes, in an Indian story and a US story
    alike. A mention taken as a mislabelled
    entity whose whole text is one of ``lang.government_seat_nouns`` (the
    seats of government that a protest "outside parliament" is aimed at,
    PLOVER manual, PROTEST target) is dropped unless a region is written
    beside it (``in_context``) or the document names its first-level
    region ("in Congress, Arizona" stays).

    Parameters
    ----------
    mentions : list[PlaceMention]
        The document's accepted mentions (``how``, ``place``).
    lang : LanguageProfile
        Gives ``government_seat_nouns``.

    Returns
    -------
    list[PlaceMention]
        ``mentions`` without the seats, in their order.
    """
    regions = {m.place.admin1_code for m in mentions if m.place.feature_code == "ADM1"}
    return [m for m in mentions if not (m.how == "mislabelled" and m.place.in_context is None
                                        and m.place.admin1_code not in regions
                                        and fold(m.place.span.text) in lang.government_seat_nouns)]


def lone_person_names(doc) -> frozenset[str]:
    """The one-word PERSON entities of the document ("*Saakashvili* said"), with :func:`surnames`.

    One sense per discourse (Gale, Church and Yarowsky 1992): a name the
    small model reads as a person in one sentence and as a place in another,
    which the gazetteer does not hold, is the person
    (:meth:`~dotterel.places.mentions.DocumentPlaces.places` uses these only
    for names the gazetteer lacks). From the LGL error analysis (a lone
    surname read as a GPE elsewhere in the article). Takes and returns what
    :func:`surnames` does (a ``spacy.tokens.Doc``; a ``frozenset[str]``).
    """
    return surnames(doc) | frozenset(e.text for e in entities(doc) if e.label_ == "PERSON" and len(e) == 1)


def persons_surname(ent, place: Place, names: frozenset[str], *, lang: LanguageProfile, gaz: Gazetteer) -> bool:
    """Whether a one-word place entity is the surname of a person the document names in full.

    The small model labels a surname standing alone a place ("President
    Saakashvili's resignation", "Farrin, 43, was arrested", "Petrova said")
    after naming the person in full. Such a word is no toponym unless it
    follows a locative preposition ("in Ripley"), comes before a town noun
    ("Ripley police"), or, when the gazetteer knows a place of the name,
    follows a town noun's or a place noun's preposition ("residents of
    Ripley", "the mayor of Ripley"), stands with another place entity that is
    no surname ("between Ripley and Derby", "from Ripley to Derby"), or the gazetteer holds it as
    a region, a county or a town of at least
    :data:`~dotterel.places.recall.SMALL_TOWN` people. From the LGL error
    analysis (people's surnames among the false toponyms).

    Parameters
    ----------
    ent : spacy.tokens.Span
        A place entity of the NER.
    place : Place
        Its resolution.
    names : frozenset[str]
        The document's surnames (:func:`surnames`).
    lang : LanguageProfile
        ``locative_prepositions`` and ``town_nouns``.
    gaz : Gazetteer
        Gives the town's population.

    Returns
    -------
    bool
    """
    if len(ent) != 1 or ent.text not in names:
        return False
    root, doc = ent.root, ent.doc
    if root.dep_ == "pobj" and root.head.lower_ in lang.locative_prepositions:
        return False  # "in Ripley"
    if ent.end < len(doc) and doc[ent.end].lower_ in lang.town_nouns:
        return False  # "Ripley police": a town's own body
    if place.geonameid is None:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and (
            root.head.head.lemma_.lower() in lang.town_nouns or root.head.head.lower_ in lang.town_nouns
            or root.head.head.lemma_.lower() in lang.place_nouns):
        return False  # "residents of Ripley", "the mayor of Ripley", "the town of Ripley": a town's people and bodies
    if _beside_a_place(root, names):
        return False  # "between Ripley and Derby", "from Ripley to Derby": named with a town, a town
    entry = gaz.by_geonameid(place.geonameid)
    return place.feature_code in ("PPL", "PPLC") and (entry is None or entry.population < SMALL_TOWN)


def _beside_a_place(root, names: frozenset[str]) -> bool:
    """Whether a name is conjoined with, or paired by prepositions of one head with, a place entity that is no surname.

    "between Ripley and Derby" (conjuncts), "marched from Ripley to Derby"
    (two prepositions of one verb): a place named beside places. An ORG
    entity counts, as the small model labels many towns so.
    """
    near = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        near += [o for p in root.head.head.children if p.dep_ == "prep" and p != root.head
                 for o in p.children if o.dep_ == "pobj"]
    # the small model often labels the second town an organisation ("between Ripley and Derby": ORG)
    return any((t.ent_type_ in PLACE_LABELS or t.ent_type_ == "ORG") and t.pos_ == "PROPN" and t.text not in names
               for t in near)
