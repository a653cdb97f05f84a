"""A small town struck or taken in the dateline's country is the act's place, not the dateline (issue 16, session 26).

Sentences written for these tests, in several countries. "GOMA (Reuters) - M23 rebels shelled Sake": Sake (about
17,000 people) was refused as a toponym, a bare object under :data:`dotterel.places.recall.SMALL_TOWN` people
(most such objects are people), and the shelling took the dateline, Goma. The object of an attack or taking verb
is now kept when the gazetteer holds it by its main name as a populated place of the wire dateline's country
(:mod:`dotterel.places.dateline_towns`), whatever its size; never a name told as a person, a person of the
knowledge base, nor in a press release, whose office city is no evidence (AP Stylebook "datelines"; ACLED
codebook 2023: the most specific location).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, name, country", [
    ("GOMA (Reuters) - M23 rebels shelled Sake on Monday, killing four civilians.", "Sake", "COD"),
    ("MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters attacked Damasak on Sunday, killing 12 people.",
     "Damasak", "NGA"),
    ("PESHAWAR (Reuters) - Militants attacked Landi Kotal on Monday, killing two policemen.", "Landi Kotal", "PAK"),
    ("NIAMEY (Reuters) - Jihadists attacked Tera on Sunday, killing ten soldiers.", "Téra", "NER"),
])
def test_the_struck_town_beats_the_dateline(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.location.name, event.location.country, event.location.rule) == (name, country, "attached")


@pytest.mark.parametrize("text, dateline", [
    ("GOMA (Reuters) - M23 rebels attacked Kamau, who runs a shop, on Monday.", "Goma"),  # a "who" clause
    ("LAGOS (Reuters) - Gunmen attacked Grace, a nurse, on Monday.", "Lagos"),  # a noun in apposition
    ("KABUL (Reuters) - Gunmen attacked Ahmad on Monday.", "Kabul"),  # a person's name
])
def test_a_person_struck_keeps_the_dateline(coder, text, dateline):
    event = _coded(coder, text).events[0]
    assert event.location.name == dateline


def test_a_press_release_office_gives_no_country(coder):
    result = _coded(coder, "(Goma, March 8, 2024) - M23 rebels shelled Sake on Monday, the group said.")
    assert "Sake" not in [p.name for p in result.places]
