"""An amount of goods seized is no town taken, even when a town bears the goods' name (issue 16, review of session 25).

Sentences written for these tests. Session 25 read the object of a verb of taking ("RSF fighters seized Wad Madani")
as a town; "Excise officials seized Ganja worth Rs 5 lakh" then listed Ganja, Azerbaijan, among the document's
places (the list veto covers only "Charas and Ganja"). An object with an amount on it or after it
(``lang.partitive_nouns``: "worth", "kg", "tonnes"; or a figure) is goods
(:func:`dotterel.places.mislabelled._struck_town`; ACLED codebook 2023: a seizure of goods is no territory taken).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, goods", [
    ("Excise officials seized Ganja worth Rs 5 lakh from the accused on Monday.", "Ganja"),
    ("Customs officers seized Bordeaux worth 50,000 euros at the port on Tuesday.", "Bordeaux"),
])
def test_goods_with_an_amount_are_no_town(coder, text, goods):
    assert goods not in {p.name for p in _coded(coder, text).places}


@pytest.mark.parametrize("text, name, country", [
    ("Jihadists captured Djibo on Sunday, security sources said.", "Djibo", "BFA"),
    ("RSF fighters seized Wad Madani, the capital of Gezira state, on Monday.", "Wad Medani", "SDN"),
])
def test_a_town_taken_is_still_placed(coder, text, name, country):
    loc = _coded(coder, text).events[0].location
    assert (loc.name, loc.country) == (name, country)
