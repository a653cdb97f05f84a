"""US townships and boroughs (issue 16, LGL resolution).

Sentences written for these tests. A town's name before "Township" or
"Borough" names a US municipality: in a story that names US states it lies
in one of them ("Hamilton Township, New Jersey" is not the capital of
Bermuda), or is left unresolved; a story that names no US state keeps its
reading (a South African township). "L.A." and "N.Y.C." are the cities.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return coded.places


@pytest.mark.parametrize("text, name, admin1", [
    ("Firefighters from Madison Township battled a barn fire on Sunday, Ohio fire officials said.",
     "Madison", "US.OH"),
])
def test_a_township_lies_in_a_state_the_story_names(coder, text, name, admin1):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.country == "USA" and p.admin1_code == admin1 and p.geonameid is not None
                         for p in found)


@pytest.mark.parametrize("text, name", [
    # (read by its leading name since a bare near spelling needs a country to agree with, issue 16)
    ("Officers from the Washington Township police department responded to a call near Dayton, Ohio.",
     "Washington"),
    ("A fire destroyed two homes in Lower Merion Township, Pennsylvania, on Sunday.", "Lower Merion Township"),
    # the gazetteer lists no Jackson in Pennsylvania: no Jackson of another state is guessed
    ("A bridge in Jackson Township was closed on Monday; Pennsylvania transportation crews said it was unsafe.",
     "Jackson"),
    # two states hold a Lebanon and neither is put right after the noun: no guess between them
    ("A man from Ohio was arrested in Lebanon Twp. on Monday, New Jersey police said.", "Lebanon"),
    # New Jersey has two Hamilton Townships: the town that bears "Hamilton" as an alias (Mays Landing) is a guess
    ("Police in Hamilton Township, New Jersey, arrested three men after a brawl outside a diner on Friday.",
     "Hamilton"),
    ("The Hamilton Township school board in New Jersey voted on Monday to close two schools.", "Hamilton"),
])
def test_a_township_no_town_of_a_named_state_bears_stays_an_unresolved_us_toponym(coder, text, name):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.geonameid is None and p.country == "USA" for p in found)


@pytest.mark.parametrize("text, name, country", [
    # no US state named: a township elsewhere keeps its reading
    ("Crews in Alexandra Township cleared debris after the storm, Johannesburg officials said.", "Alexandra", "ZAF"),
    ("Hounslow Borough Council said the road would reopen in London next week.", "Hounslow", "GBR"),
])
def test_a_township_in_a_story_naming_no_us_state_keeps_its_reading(coder, text, name, country):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.country == country for p in found)


@pytest.mark.parametrize("text, name, admin1", [
    # "Twp.", the local papers' abbreviation, is a township noun too
    ("Residents of Union Twp. packed the meeting on Tuesday, Ohio officials said.", "Union", "US.OH"),
    ("A crash closed the road in Lebanon Twp. on Friday, New Jersey State Police said.", "Lebanon", "US.NJ"),
])
def test_an_abbreviated_township_is_a_town_of_the_named_state(coder, text, name, admin1):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.country == "USA" and p.admin1_code == admin1 for p in found)


@pytest.mark.parametrize("text, name, country", [
    # a place abroad named right after the noun: the US state named elsewhere does not make it American
    ("Residents of Alexandra Township in Johannesburg blocked roads on Monday, a week after a visit by the "
     "governor of Texas.", "Alexandra", "ZAF"),
    ("Tenants in Soweto Township near Johannesburg marched on Friday; a church group from Ohio joined them.",
     "Soweto", "ZAF"),
])
def test_a_township_put_in_a_place_abroad_keeps_its_reading(coder, text, name, country):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.country == country and p.geonameid is not None for p in found)


@pytest.mark.parametrize("text, name, admin1", [
    # two US states named: the one right after the noun is the township's
    ("A man from Ohio was arrested in Lebanon Township, New Jersey, on Monday, police said.", "Lebanon", "US.NJ"),
    ("Police in Hamilton Township, New Jersey, said a man from Springfield, Illinois, was arrested on Monday.",
     "Hamilton", "US.NJ"),
    ("Police in Hamilton Township, N.J., arrested a man from Ohio on Monday.", "Hamilton", "US.NJ"),
    ("A man from Ohio was arrested in Lebanon Twp., N.J., on Monday, police said.", "Lebanon", "US.NJ"),
])
def test_a_township_lies_in_the_state_named_right_after_it(coder, text, name, admin1):
    found = [p for p in _places(coder, text) if p.span.text == name]
    # in that state, or unresolved (no town of the name there), never in the other state
    assert found and all(p.country == "USA" and p.admin1_code in (admin1, None) for p in found)
