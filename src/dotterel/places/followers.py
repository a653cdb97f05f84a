"""What follows a place name and says where it lies: ", <region>" or "in <region or country>".

:func:`comma_next` reads the "City, State" pair (AP stylebook, "state
names"); :func:`in_next` reads "City in State" ("his Alexandria home in
Virginia", "Mambasa in eastern Congo"). Both give the text of the following
mention, which :class:`~dotterel.places.mentions.DocumentPlaces` then uses as
the name's own first hint.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dotterel.places._fold import fold
from dotterel.places.territories import with_territories

if TYPE_CHECKING:
    from dotterel.places.gazetteer import GazetteerIndex
    from dotterel.records import Place

__all__ = ["comma_next", "in_next", "list_next", "setting_between", "outside_container", "held_in"]

_LIST_JOIN = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def comma_next(text: str, end: int, by_start: dict[int, str]) -> str | None:
    """The mention that follows ``text[end:]`` after a comma and spaces ("Athens, Ga."), if any.

    A follower in the possessive is no "City, State" pair but the start of a
    new phrase: "In Washington, Georgia's foreign minister said" (AP
    stylebook, "state names": the state closes the pair, followed by a comma
    or the end of the sentence, never by "'s").
    """
    i = end
    if i < len(text) and text[i] == ",":
        i += 1
        while i < len(text) and text[i] == " ":
            i += 1
        name = by_start.get(i)
        if name is not None and text[i + len(name):i + len(name) + 2] in ("'s", "\u2019s"):
            return None
        return name
    return None


def list_next(text: str, end: int, by_start: dict[int, str]) -> str | None:
    """The mention that goes on from the follower of ``text[end:]`` as a list ("Quebec, Vermont and New York").

    The state closes a "City, State" pair (AP stylebook, "state names"), so a
    name joined to the follower by a comma, "and" or "or" makes the names a
    list of places ("Texas, Chihuahua and Sonora"), or, when it is the
    follower's country, a "City, State, Country" chain ("Victoria, British
    Columbia, Canada"); the caller tells the two apart.
    """
    name = comma_next(text, end, by_start)
    if name is None:
        return None
    i = end + 1
    while i < len(text) and text[i] == " ":
        i += 1
    i += len(name)
    m = _LIST_JOIN.match(text, i)
    return by_start.get(m.end()) if m else None


def in_next(ent, by_start: dict[int, str], directions, locative) -> str | None:
    """The mention that a locative "in" right after a name puts it in ("his Alexandria home in Virginia"), if any.

    Read from the words after the name: at most two lower-case nouns it
    modifies ("home", "refugee camp"), then "in", then determiners and
    compass words (``directions``, folded: "in eastern Congo"), then the
    mention, whose start is a key of ``by_start``. As with
    :func:`comma_next` (AP stylebook, "City, State"), a following name in
    the possessive opens a new phrase ("in Congo's Ituri province"): none.
    The "in" must attach to the name or to that noun, or, right after the
    name, to a word the name hangs on ("attacked Mambasa in eastern Congo",
    "rallied in Paris in Texas", "killed nine people in Mambasa in eastern
    Congo": the parser hangs the phrase on the verb). The name's own
    preposition, and any between it and that word, must be locative
    (``locative``): in "refugees from Odessa in Texas" or "exiles from
    Damascus in Maryland" the "in" may place the people, and the town is only
    where they come from, wherever the parser hangs it.

    Parameters
    ----------
    ent : spacy.tokens.Span
        The name.
    by_start : dict[int, str]
        Start offsets of the document's mentions -> their text.
    directions : Collection[str]
        Folded compass words ("eastern", "north").
    locative : Collection[str]
        Locative prepositions (the profile's ``locative_prepositions``).

    Returns
    -------
    str | None
        The text of the mention that follows, or None.
    """
    doc = ent.doc
    i = ent.end
    nouns = 0
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower and nouns < 2:
        i += 1
        nouns += 1
    if i >= len(doc) or doc[i].lower_ != "in" or doc[i].sent != ent.root.sent:
        return None
    prep = doc[i]
    if prep.head.i not in range(ent.start, i) and not (nouns == 0 and prep.head in ent.root.ancestors):
        return None  # "in" belongs to another phrase: it need not place the name
    own = ent.root.head if ent.root.dep_ == "pobj" else None
    if own is not None and own.dep_ == "prep" and own.lower_ not in locative:
        return None  # "refugees from Odessa in Texas": the "in" may place the refugees, not their origin
    if nouns == 0:
        for tok in ent.root.ancestors:
            if tok.dep_ == "prep" and tok.lower_ not in locative:
                return None  # the "in" hangs above a non-locative phrase ("killed a man from Homs in Germany")
            if tok == prep.head:
                break
    i += 1
    while i < len(doc) and (doc[i].pos_ == "DET" or doc[i].lower_ in directions):
        i += 1
    if i >= len(doc):
        return None
    name = by_start.get(doc[i].idx)
    if name is None:
        return None
    after = doc.text[doc[i].idx + len(name):doc[i].idx + len(name) + 2]
    return None if after in ("'s", "\u2019s") else name


def setting_between(ent, nouns) -> bool:
    """Whether the lower-case nouns between a name and the "in" after it are all settings (``nouns``), or none.

    "Bole airport in Addis Ababa", "his Alexandria home in Virginia": the
    airport and the home lie where the town does, so the place after "in"
    holds the name too; "a Toronto company in Tokyo" or "Manchester fans in
    the US" put a body or people there, not the town they are named after.
    """
    doc = ent.doc
    i = ent.end
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower:
        if doc[i].lemma_.lower() not in nouns:
            return False
        i += 1
    return True


def outside_container(place: Place, container: Place, gaz: GazetteerIndex, name: str) -> bool:
    """Whether ``place`` does not lie in ``container``, the place named right after it.

    "City, State" (AP stylebook, "state names") and "X in <region, country
    or town>" put the first name inside the second: a first-level region or
    a county holds only the places of its first-level region ("Springfield,
    Alaska" is no Springfield of Illinois), a country or a town only places
    of its country ("Bole airport in Addis Ababa" is no Bole of China). An
    unresolved place lies where its region or country says (a US county known
    by its state, "Hall County, Georgia"), else nowhere, so outside.

    The gazetteer's codes are not the text's politics (GeoNames files a
    place by one country and one first-level region): a country holds its
    territories too ("Noumea, France", "Kowloon, China";
    :data:`~dotterel.places.territories.TERRITORIES`)
    and, for a country named as holder, a reading in a bordering country
    (GeoNames ``countryInfo`` neighbours) is where the text's country rules
    or claims ("Hebron in Israel", "Majdal Shams, Israel"). A region holds
    a reading of its country that is the only populated place of the name
    there of :data:`~dotterel.places.toponyms.BIG_CITY` people or more
    ("Sevastopol, Crimea", "Islamabad, Punjab": a city that is its own
    first-level region); no other city of the name can be meant, where
    "Springfield, Alaska" has three such namesakes in other states.
    """
    if container.feature_code in ("ADM1", "ADM2") and container.admin1_code:
        if place.admin1_code == container.admin1_code:
            return False
        from dotterel.places.toponyms import BIG_CITY

        big = {c.geonameid for c in gaz.exact(fold(name)) if c.country == place.country
               and (c.feature_code or "").startswith("PPL") and c.population >= BIG_CITY}
        return place.country != container.country or big != {place.geonameid} or place.geonameid is None
    if place.country is None:
        return True
    if place.country in with_territories([container.country or ""]):
        return False
    return not (container.feature_code == "PCLI" and container.country is not None and (
        place.country in gaz.neighbours(container.country) or container.country in gaz.neighbours(place.country)))


def held_in(place: Place, name: str, container: Place) -> Place:
    """``place`` kept as written (``name``), unresolved, in the country and region of the place that holds it.

    No gazetteer entry of the name lies in ``container``
    (:func:`outside_container`), so none is guessed; the text still says
    which country, and for a first-level region or county which region, the
    place is in (Leidner 2007, *Toponym Resolution in Text*: the containing
    place named beside a toponym is the strongest evidence of its reading).
    """
    region = container.feature_code in ("ADM1", "ADM2") and container.admin1_code is not None
    region_name = container.name if container.feature_code == "ADM1" else container.admin1
    was = f"; {place.name} ({place.country}) not taken" if place.geonameid is not None else ""
    return place.model_copy(update={
        "name": name, "geonameid": None, "latitude": None, "longitude": None, "country": container.country,
        "admin1": region_name if region else None, "admin1_code": container.admin1_code if region else None,
        "feature_code": None, "geo_precision": "unresolved", "score": 0.0, "in_context": None,
        "reason": f"no gazetteer entry of {name!r} lies in {container.name} ({container.country}), named as holding "
                  f"it{was}"})
