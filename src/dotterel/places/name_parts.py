"""A town's name opening a longer name (moved from :mod:`dotterel.places.recall`).

The small model's place and organisation entities often run on past the town
they name into what stands there or what the town runs ("Hanover Town
Hall", "Newark Fire", "Vancouver International Airport"); geoparsing gold
sets (LGL) mark the town alone. :func:`leading_name` finds the leading words
the gazetteer knows; :func:`opens_place_name` decides whether they are the
town the named place lies in. :func:`institution_town` asks the same of a
town opening an institution's name that the NER labels an organisation
("*Norfolk* High School", "the *Akron* Children's Hospital").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from dotterel.annotate import entities, entity_at
from dotterel.places.recall import _known, _name_token, accept, as_written
from dotterel.places.toponyms import BIG_CITY, PROMINENT_CITY

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["leading_name", "opens_place_name", "institution_town", "accept_part"]


def leading_name(ent, gaz: Gazetteer):
    """The leading words of a place entity the gazetteer lacks, when it knows them ("*Newark* Fire").

    The small model's place entities often run on into what stands there or
    what the town runs ("Hanover Town Hall", "Henderson County Jail",
    "Paris City Hall", "Newark Fire"); geoparsing gold sets (LGL) mark the
    town or county alone. The longest run of capitalised words that opens
    the entity (after a determiner), is shorter than it and that the
    gazetteer knows exactly (:func:`_known`) is returned; the caller decides
    with :func:`accept`, kind ``"name_part"``, whether it is a toponym.

    Parameters
    ----------
    ent : spacy.tokens.Span
        A place entity whose whole name the gazetteer does not hold.
    gaz : Gazetteer

    Returns
    -------
    spacy.tokens.Span | None
    """
    doc = ent.doc
    start = ent.start + (1 if doc[ent.start].pos_ == "DET" else 0)
    for end in range(ent.end - 1, start, -1):
        part = doc[start:end]
        if not all(_name_token(t) for t in part) or not _known(gaz, part.text):
            continue
        if sum(c.isalpha() for c in part.text) <= 3 and gaz.abbreviation(part.text) is None and not gaz.country_alias(
                part.text):
            continue  # "S.E. Paris": initials, not a place, unless a known abbreviation ("Ky.", "U.S.")
        return part
    return None


def opens_place_name(ent, part, place: Place, gaz: Gazetteer, lang: LanguageProfile,
                     regions: Collection[str], *, big_city: int = BIG_CITY, alone: bool = True) -> bool:
    """Whether a town's own name opens a place entity the gazetteer lacks ("*Vancouver* International Airport").

    The NER has said the whole entity is a place ("Fort Mill High School",
    "Hammond Marina", "Columbus East"), so the question is only which one:
    a town written as its GeoNames main name (:func:`as_written`) that
    opens it is where the place lies, when the document points to it (below),
    and the rest of the entity is capitalised words (a name: not "Golden
    Globe-nominated") one of which names a setting or a town's body
    (``lang.setting_nouns``, ``lang.town_nouns``: Airport, School, City,
    District), so that a person's name the NER read as a place ("Trent
    Olds", "Scott West") or a business ("Newark Live Bait") is not
    taken. Not before a street word (``lang.street_nouns``: "Weir Road", "Main St."
    lie on a street, in no namesake town), and not a person's name that
    the NER read as a place ("Brooke Henderson": Brooke, Kenya, in a
    Canadian story). Inside an organisation's name :func:`accept` asks
    more (a town noun after it), since there the name may be a person's
    ("the Cooper School").

    The words that open a facility's name are often a person's name or a
    landmark's ("*George* Washington High School", "*Golden Gate* Bridge",
    "*Warren* Buffett Elementary School", "*Madison* Square Garden"), which
    GeoNames holds as some namesake town. So the document must point to the
    town: a town under :data:`BIG_CITY` people needs a local cue, its
    first-level region among ``regions`` (the admin1 codes of the places
    the NER found elsewhere in the document: "in Nebraska", "Omaha") or its
    name written alone elsewhere in the text ("... Hilo police said");
    a country the document names is no cue, since any small namesake town
    of that country would pass ("Golden Gate", Florida, in a US story). A
    big city passes unless ``regions`` name other regions of its country
    and not its own (Warren, Michigan, in a story from Omaha, Nebraska;
    Madison, Wisconsin, in a New York story). From the LGL error analysis
    and review sentences of facilities named after people, landmarks and
    companies. ``big_city`` (people) is the size from which a city needs no
    local cue; ``alone`` False refuses the last cue, the name standing alone
    elsewhere (:func:`institution_town` asks more).
    """
    if place.geonameid is None or place.feature_code not in ("PPL", "PPLC"):
        return False
    doc = part.doc
    if part.end < len(doc) and doc[part.end].lower_ in lang.street_nouns:
        return False
    rest = doc[part.end:ent.end]
    if all(t.lower_ in lang.place_name_nouns for t in rest):
        return False  # "Manchester City", "Greenwich Village": a club or another place, as in before_town_noun
    if any(t.is_alpha and not t.text[:1].isupper() for t in rest) or not any(
            t.lower_ in nouns or t.lemma_.lower() in nouns for t in rest
            for nouns in (lang.setting_nouns, lang.town_nouns)):
        return False
    entry = gaz.by_geonameid(place.geonameid)
    if not as_written(part.text, place, big_city=entry is not None and entry.population >= BIG_CITY):
        return False
    big = entry is not None and entry.population >= big_city
    if place.admin1_code is not None and place.admin1_code in regions:
        return True
    if big:
        prefix = (place.admin1_code or "").partition(".")[0] + "."
        return not any(r.startswith(prefix) for r in regions)
    return alone and _named_alone(part, ent, lang)


def _named_alone(part, ent, lang: LanguageProfile) -> bool:
    """Whether the words of ``part`` stand alone elsewhere in its document, outside ``ent`` and any longer name.

    "Students protested at Hilo High School ... Hilo police said", "...
    Ocala Police said": the town the facility's name opens is named by
    itself or before one of its own bodies (``lang.town_nouns``) too, so the
    story is set there; "George" in "George Washington High School" never is.
    """
    doc = part.doc
    words = [t.text for t in part]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if ent.start <= i < ent.end or [t.text for t in doc[i:i + n]] != words:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if not (before is not None and _name_token(before)) and not (
                after is not None and _name_token(after) and after.lower_ not in lang.town_nouns):
            return True
    return False


def institution_town(span, place: Place, gaz: Gazetteer, lang: LanguageProfile, regions: Collection[str]) -> bool:
    """Whether a town's name opens the name of an institution that lies in it ("*Norfolk* High School").

    Schools, hospitals, libraries and a town's boards and
    districts are named after the town they stand in ("the Kanpur District Court",
    "the Akron Children's Hospital", "the Dayton School District", "the
    Salem Board of Education"); geoparsing gold sets (LGL) mark the town.
    The small model labels such names ORG, and :func:`~dotterel.places.recall.accept`
    takes a town inside an organisation's name only before one of
    ``lang.town_nouns``. Here the organisation's head noun (its root, as
    lemma) must be one of ``lang.institution_nouns``, ``span`` must open the
    name (after a determiner), and the town must pass
    :func:`opens_place_name` with a stricter size: many institutions are
    named after people whose names are also cities' ("Washington
    University", "Lincoln High School", "Jackson Hospital"), so a city
    needs :data:`~dotterel.places.toponyms.PROMINENT_CITY` people to pass
    without a local cue, and the cue is its first-level region among
    ``regions`` only: the name standing alone elsewhere is mostly the person
    the school is named after ("Story Elementary School ... Story said"),
    and a name the document uses as a place elsewhere is already read
    there (:func:`~dotterel.places.recall.repeated_names`). An institution
    placed in another town by a locative preposition right after its name
    ("Lincoln High School in Omaha", "Hill School, in Dover") or whose leading name is a possessive
    ("St. Paul's Hospital") is named after someone else, unless that name is
    the town's own region or country (:func:`_holds`); the name may follow
    articles and lower-case words ("Lincoln Hospital in the Bronx"). A name
    the document writes alone elsewhere (:func:`_named_alone`; not a second
    "Hartford Hospital") is left to that use,
    which :func:`~dotterel.places.recall.repeated_names` carries here when it
    is the town ("Hilo ... Hilo High School"); its reading elsewhere may be
    another place, whose region must not vouch for the town ("Washington
    High School" in a story from the state of Washington: Washington, D.C.).
    Newspapers and
    teams ("the Dayton Daily News", "the Denver Broncos") have other heads.
    From the LGL error analysis of organisations holding a toponym (issue 16).

    Parameters
    ----------
    span : spacy.tokens.Span
        The leading words proposed as a ``name_part``.
    place : Place
        Their resolution.
    gaz : Gazetteer
    lang : LanguageProfile
        ``institution_nouns``, and what :func:`opens_place_name` reads.
    regions : Collection[str]
        Admin1 codes of the regions and places the document names.

    Returns
    -------
    bool
    """
    doc = span.doc
    ent = next((e for e in entities(doc) if e.label_ == "ORG" and e.start <= span.start and span.end < e.end), None)
    if ent is None or ent.root.lemma_.lower() not in lang.institution_nouns or ent.root.i < span.end:
        return False
    if span.start != ent.start + (1 if doc[ent.start].pos_ == "DET" else 0) or doc[span.end].lower_ in ("'s", "\u2019s"):
        return False  # "St. Paul's Hospital", "St. Mary's School": a saint's or a person's, not the town's
    k = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
    if k < len(doc) and doc[k].lower_ in lang.locative_prepositions:
        # the first name after the preposition, past articles and lower-case words ("in the Bronx", "in south-west
        # London", "in downtown Omaha")
        nxt = next((t for t in doc[k + 1:k + 5] if not (t.is_lower or t.text == "-")), None)
        if nxt is not None and nxt.text[:1].isupper() and nxt.text != span[0].text and not _holds(nxt, place, gaz):
            return False  # "Lincoln High School in Omaha": it lies in another town, so its name is a person's
    if _named_alone(span, ent, lang):
        return False  # "Washington High School ... the state of Washington": the name's other use reads it
    return opens_place_name(ent, span, place, gaz, lang, regions, big_city=PROMINENT_CITY, alone=False)


def _holds(tok, place: Place, gaz: Gazetteer) -> bool:
    """Whether the name at ``tok`` (its whole entity) is the region or country that holds ``place``.

    "the Akron Children's Hospital in northeast Ohio", "the Kanpur District
    Court in Uttar Pradesh": the institution is put in its town's own
    region, not in another town (:func:`institution_town`).
    """
    ent = entity_at(tok)
    there = gaz.resolve(ent.text if ent is not None else tok.text, country_hints=[place.country] if place.country else [])
    return (there.feature_code == "ADM1" and there.admin1_code is not None and there.admin1_code == place.admin1_code) or (
        there.feature_code == "PCLI" and there.country == place.country)


def accept_part(span, place: Place, kind: str, *, gaz: Gazetteer, admin1: Sequence[str], countries: Sequence[str],
                lang: LanguageProfile) -> bool:
    """:func:`~dotterel.places.recall.accept`, or, for a ``name_part``, :func:`institution_town`.

    Parameters and return as :func:`~dotterel.places.recall.accept`;
    ``admin1`` also serves as :func:`institution_town`'s ``regions``.
    """
    return accept(span, place, kind, gaz=gaz, admin1=admin1, countries=countries, lang=lang) or (
        kind == "name_part" and institution_town(span, place, gaz, lang, admin1))
