"""Review of places20: four misfires of its new place rules, each fixed as a kind (rev20p).

Sentences written for these tests. A town that names the first-level region
it is the seat of ("a Ramallah office", "a Hebron restaurant", "a Jenin
shop") is no chain's name, however few people GeoNames counts in it, nor is a
town a word away from the outlet noun ("the Bijeljina police
headquarters"); and a
following "in <region or country>" that the parser hangs on a noun the name
is only the origin of ("refugees from Odessa in Texas") places the people,
not the town; and refusing a near-spelling alias out of the document's
reach ("Odessa" for Odesa in a story with a Nigerian victim) must not swap
in another namesake (Odessa, Texas).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Police raided a Ramallah office on Monday.", "Ramallah", "PSE"),
    ("Gunmen attacked a Hebron restaurant on Sunday, killing three people.", "Hebron", "PSE"),
    ("Soldiers stormed a Jenin shop on Tuesday.", "Jenin", "PSE"),
    # a word between the name and "headquarters"/"office": the town's police or party, not a chain's outlet
    ("Gunmen attacked the Bijeljina police headquarters on Monday.", "Bijeljina", "BIH"),
    ("Serb police raided the Bijeljina party office on Monday.", "Bijeljina", "BIH"),
    ("A man was shot dead at an Ozark car dealership on Monday.", "Ozark", "USA"),
])
def test_a_town_before_an_outlet_noun_that_no_chain_bears_is_read(coder, text, town, country):
    # Ramallah and Jenin (regional seats) count under 50 000 people in GeoNames; Hebron is no chain either
    [ev] = _coded(coder, text).events
    assert ev.location is not None and ev.location.span is not None
    assert (ev.location.span.text, ev.location.country) == (town, country)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Ukrainian refugees from Odessa in Texas were attacked by a mob on Sunday.", "Odessa", "UKR"),
    ("Syrian exiles from Damascus in Maryland were attacked by a mob on Sunday.", "Damascus", "SYR"),
    ("Egyptian students from Alexandria in Virginia were attacked by a mob on Sunday.", "Alexandria", "EGY"),
])
def test_an_in_phrase_on_the_people_does_not_place_their_origin(coder, text, town, country):
    [origin] = [p for p in _coded(coder, text).places if p.span is not None and p.span.text == town]
    assert origin.country == country


def test_an_in_phrase_on_the_verb_still_places_the_town(coder):
    # the locative chain "in Paris in Texas" is kept
    [ev] = _coded(coder, "Protesters rallied in Paris in Texas on Saturday against the new law.").events
    assert (ev.location.country, ev.location.admin1) == ("USA", "Texas")


@pytest.mark.parametrize(("text", "name", "country", "code"), [
    ("A Nigerian student was stabbed to death in Odessa on Sunday, police said.", "Odesa", "UKR", "PPL"),
    ("British troops patrolled Basra on Monday, British officials said.", "Basrah", "IRQ", "PPL"),
])
def test_a_refused_near_spelling_alias_swaps_in_no_other_namesake(coder, text, name, country, code):
    # refusing Odesa's alias "Odessa" (Ukraine is no neighbour of Nigeria) once made it Odessa, Texas;
    # refusing Basrah's alias "Basra" made it the governorate
    [ev] = _coded(coder, text).events
    assert (ev.location.name, ev.location.country, ev.location.feature_code) == (name, country, code)

