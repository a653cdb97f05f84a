"""A small town that an attack or a taking falls on, read in the dateline's country (issue 16).

"GOMA (Reuters) - M23 rebels shelled Sake on Monday": Sake (about 17,000 people) is the act's own ground, but
a bare name that is neither a region nor a town of :data:`~dotterel.places.recall.SMALL_TOWN` people, and follows
no locative preposition, is refused as a toponym (:func:`~dotterel.places.recall.accept`): most such objects
are people ("Police attacked Hamilton"). A wire dateline says where the reporter stands (AP Stylebook
"datelines"), and the towns a short report names as struck or taken lie mostly around it, so the object of one of
``lang.strike_object_verbs`` or ``lang.ground_taking_verbs`` (or the subject of a town that falls to a group,
:func:`~dotterel.places.mislabelled.fell_to_a_force`) is kept when the gazetteer holds it by its main name as a
populated place of the dateline's country, whatever its size. The event then has the town the act names, the
most specific location (ACLED codebook 2023, geography), not the dateline. A press release's office city
(:func:`~dotterel.places.dateline.release_form`) says where a body sits, not where the story is, and gives no
country here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.events.objects import told_a_person
from dotterel.places._fold import fold
from dotterel.places.dateline import dateline_spans, release_form
from dotterel.places.mislabelled import _described_as_people, fell_to_a_force
from dotterel.places.town_names import persons_name

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.gazetteer import Gazetteer
    from dotterel.records import Place

__all__ = ["dateline_country", "struck_at_dateline"]


def dateline_country(text: str, gaz: Gazetteer, kb: KnowledgeBase, lang: LanguageProfile,
                     countries: Sequence[str]) -> str | None:
    """The country of a wire dateline's city ("GOMA (Reuters) -": COD), or None.

    The country named after the city wins ("MAIDUGURI, Nigeria -"); otherwise the city must resolve by its
    exact name (score >= 0.95). A press release's office ("(Nairobi, March 8, 2024) -") gives none.
    """
    found = dateline_spans(text, lang=lang)
    if found is None or release_form(text):
        return None
    city, region = found
    if kb.organisation(city.text) is not None:
        return None  # "NATO - the alliance ...": no dateline
    entry = kb.country_by_name(region.text) if region is not None else None
    if entry is not None:
        return entry.alpha3
    place = gaz.resolve(city.text.title(), country_hints=list(countries))
    if place.geonameid is None or place.score < 0.95 or place.feature_code not in ("PPL", "PPLA", "PPLA2", "PPLC"):
        return None
    return place.country


def struck_at_dateline(refused: Sequence, country: str | None, people: frozenset[str], *, gaz: Gazetteer,
                       kb: KnowledgeBase, lang: LanguageProfile) -> list[tuple[object, str, int, int, Place]]:
    """The refused names that are a small town struck or taken in the dateline's country.

    Parameters
    ----------
    refused : sequence of (span, text, start, end)
        Names refused as toponyms (:meth:`~dotterel.places.mentions.DocumentPlaces.places`).
    country : str or None
        The dateline's country (:func:`dateline_country`).
    people : frozenset of str
        Surnames of the document's people (:func:`~dotterel.places.mislabelled.surnames`).
    gaz, kb, lang
        The gazetteer, the knowledge base (no person of that name) and the profile's verbs.

    Returns
    -------
    list of (span, text, start, end, Place)
        Each kept name with its reading in ``country``: the object or passive subject of an attack or taking
        verb, a proper noun, no person of the knowledge base or surname of the document nor a name many towns
        bear (:func:`~dotterel.places.town_names.persons_name`: "Gunmen attacked Carmen"), not told as a person
        ("Kamau, who runs a shop"; "Aurora, a nurse"), held by its main name as a populated place of ``country``.
    """
    if country is None:
        return []
    verbs = {*lang.strike_object_verbs, *lang.ground_taking_verbs}
    out = []
    for ent, text, start, end in refused:
        root = ent.root
        struck = (root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in verbs) or (
            fell_to_a_force(root, lang, kb))
        if not struck or not all(t.pos_ == "PROPN" for t in ent) or persons_name(text, gaz, kb, people) \
                or kb.person(text) is not None or told_a_person(root) or _described_as_people(root, lang):
            continue
        place = gaz.resolve(text, country_hints=[country])
        if place.geonameid is None or place.country != country or place.score < 0.95 \
                or place.feature_code not in ("PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC") \
                or fold(place.name) != fold(text):
            continue
        out.append((ent, text, start, end, place))
    return out
