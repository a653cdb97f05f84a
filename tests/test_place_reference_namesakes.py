"""A town measured from a reference town is the namesake near it (issue 16, evloc23).

Sentences written for these tests. The gazetteer resolved a town by its
largest or most notable namesake even when the sentence measures it from a
town in another country ("Bethlehem, 10 km south of Jerusalem" gave Belém,
Brazil; "Victoria, 20 km west of Douala" gave the Seychelles' capital;
"Nkayi, 160 km north of Bulawayo" gave Nkayi, Congo). A distance to a known
town puts the name beside that town: the namesake within the stated
distance, or the name as written with the reference's country when the
gazetteer holds none there.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("Police fired tear gas at protesters in Bethlehem, 10 km south of Jerusalem, on Friday.", "fired",
     "Bethlehem", "PSE"),
    ("Police detained 40 miners in Bethlehem, 240 km south of Johannesburg, on Friday.", "detained",
     "Bethlehem", "ZAF"),
    ("Troops shot dead two smugglers near Victoria, 20 km west of Douala, on Tuesday.", "shot", "Limbe", "CMR"),
])
def test_the_namesake_near_the_reference_town(coder, text, trigger, name, country):
    loc = _event(coder, text, trigger).location
    assert (loc.name, loc.country, loc.geo_precision) == (name, country, "city")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protesters blocked the highway at Nkayi, 160 km north of Bulawayo, on Monday.", "blocked"),
    ("Soldiers killed three miners at Nkayi, about 150 km from Bulawayo, on Friday.", "killed"),
])
def test_no_namesake_near_the_reference_keeps_the_name_in_its_country(coder, text, trigger):
    loc = _event(coder, text, trigger).location
    assert (loc.name, loc.country, loc.geonameid) == ("Nkayi", "ZWE", None)


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    # the resolution lies at the stated distance: kept
    ("Militants attacked a checkpoint in Jalalabad, about 120 km west of Peshawar, on Monday.", "attacked",
     "Jalālābād", "AFG"),
    ("Police arrested 20 protesters in Makeni, some 60 kilometres from Freetown, on Friday.", "arrested",
     "Makeni", "SLE"),
    ("Police fired tear gas at farmers in Gokwe, 300 km west of Harare, on Friday.", "fired", "Gokwe", "ZWE"),
])
def test_a_town_at_the_stated_distance_is_kept(coder, text, trigger, name, country):
    loc = _event(coder, text, trigger).location
    assert (loc.name, loc.country) == (name, country)
