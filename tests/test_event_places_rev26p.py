"""Review of places26: a given name is no dateline town, and "backed by X" names a sponsor (issue 16, session 26).

Sentences written for these tests. The dateline rule (:mod:`dotterel.places.dateline_towns`) kept any bare object
of an attack verb that the gazetteer holds as a populated place of the dateline's country, so "MANILA (Reuters) -
Gunmen attacked Maria" was placed in a Philippine hamlet named Maria: it now takes the vetoes of a taken town
(:func:`dotterel.places.town_names.persons_name`: a one-word name a person of the knowledge base bears, or a name
``EPONYM_PLACES`` or more towns bear). The sponsor rule (:func:`dotterel.places.recall.sponsor_before`) read only
the hyphened form ("Rwanda-backed"); a sponsor in a participle's "by" phrase ("rebels, backed by Rwanda,") is the
same sponsor (ACLED codebook 2023, actor names): no country hint and no event place, still a toponym.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, dateline", [
    ("MEXICO CITY (Reuters) - Gunmen attacked Carmen outside her home on Monday.", "Mexico City"),  # 26 towns
    ("MANILA (Reuters) - Gunmen attacked Maria on Monday, police said.", "Manila"),  # a person of the KB
    ("ABUJA (Reuters) - Soldiers attacked Obi on Tuesday, his aides said.", "Abuja"),  # 3 towns
])
def test_a_given_name_keeps_the_dateline(coder, text, dateline):
    event = _coded(coder, text).events[0]
    assert (event.event_type, event.location.name) == ("ASSAULT", dateline)


@pytest.mark.parametrize("text, name, country", [
    ("MAIDUGURI, Nigeria (Reuters) - Insurgents attacked Monguno overnight, residents said.", "Monguno", "NGA"),
    ("ABUJA (Reuters) - Gunmen attacked Kuje late on Tuesday, officials said.", "Kuje", "NGA"),
])
def test_a_town_of_one_name_still_beats_the_dateline(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.location.name, event.location.country) == (name, country)


def test_a_by_sponsor_gives_no_country(coder):
    result = _coded(coder, "M23 fighters, backed by Rwanda, attacked Kitshanga on Thursday.")
    assert result.events[0].location.name == "Kitshanga"
    assert result.events[0].location.country != "RWA"
    assert ("Rwanda", "RWA") in [(p.name, p.country) for p in result.places]  # still a toponym


def test_a_by_sponsor_is_no_home_for_the_scene(coder):
    event = _coded(coder, "Separatists supported by Russia shelled houses in Donetsk on Friday.").events[0]
    assert (event.location.name, event.location.country) == ("Donetsk", "UKR")


@pytest.mark.parametrize("text, name", [
    # counter-checks: a "by" agent that is no sponsor, and a sponsor's country named again as the scene
    ("Rebels backed by Rwanda attacked villages in Rwanda on Wednesday.", "Rwanda"),
    ("Nurses backed by their union marched in Nairobi on Monday.", "Nairobi"),
    ("Police officers were attacked by protesters in Kenya on Monday.", "Kenya"),
])
def test_other_by_phrases_keep_their_place(coder, text, name):
    assert _coded(coder, text).events[0].location.name == name
