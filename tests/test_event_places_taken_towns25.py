"""A town taken by its bare name is the place of the taking (issue 16, session 25).

Sentences written for these tests, in several countries. The event detector codes "RSF fighters seized Wad
Madani" as ground taken (``@TOWN``), but the small model types such names a person or an organisation, or
leaves them untyped, and the place stage did not read them, so the taking had no place (or the dateline's:
"KHARTOUM - ... seized El Fasher"). The direct object of one of ``ground_taking_verbs`` is now read as the strike
verbs' object is (:func:`dotterel.places.mislabelled._struck_town`), with the ``@TOWN`` vetoes on top: a person
of the knowledge base, a one-word surname, a name three towns bear, an age or a "who" clause, a name listed with
one that is no town. ACLED codebook 2023, Battles: the territory overtaken is where the event happened.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, name, country", [
    ("RSF fighters seized Wad Madani on Friday.", "Wad Medani", "SDN"),
    ("KHARTOUM - RSF fighters seized El Fasher on Friday.", "El Fasher", "SDN"),
    ("Al-Shabaab militants captured Beledweyne on Monday.", "Beledweyne", "SOM"),
    ("M23 rebels captured Rutshuru on Monday.", "Rutshuru", "COD"),
    ("ISLAMABAD - Taliban fighters overran Chitral on Monday.", "Chitral", "PAK"),
    ("Taliban fighters seized Kunduz and Baghlan on Sunday.", "Kunduz", "AFG"),
])
def test_the_town_taken_places_the_taking(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.event_type, event.mode) == ("COERCE", "seize")
    assert (event.location.name, event.location.country, event.location.rule) == (name, country, "attached")


@pytest.mark.parametrize("text, word", [
    ("Gunmen seized Kamau, who runs a shop, on Monday.", "Kamau"),  # a "who" clause tells a person
    ("Soldiers captured Hassan near the border on Monday.", "Hassan"),  # a one-word surname
    ("Rebels captured Jackson after a gunfight, the army said.", "Jackson"),  # a name many towns bear
    ("Troops seized Charas and Ganja from the accused in Imphal on Monday.", "Ganja"),  # listed with no town
    ("Troops seized Charas and Ganja from the accused in Imphal on Monday.", "Charas"),
])
def test_a_person_or_goods_taken_is_no_place(coder, text, word):
    coded = _coded(coder, text)
    assert not any(p.span is not None and p.span.text == word for p in coded.places)
    assert not any(e.location is not None and e.location.span is not None and e.location.span.text == word
                   for e in coded.events)
