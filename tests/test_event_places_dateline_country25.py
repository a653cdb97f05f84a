"""A name kept as written takes a wire dateline's country when nothing else gives one (issue 16, session 25).

Sentences written for these tests. "BUKAVU - The town of Kamanyola was attacked by M23 rebels" kept Kamanyola as
written with no country, although the actors of such a text already take the dateline's country (actor24). A
named place the gazetteer lacks now takes, after the places beside it and the document's main country, the
country of a wire dateline; a press release's office ("(Bangkok, ...) -") or a text citing a body abroad gives
none (:meth:`dotterel.places.event_location.EventLocator._finer_unresolved`; AP Stylebook "datelines").
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")]))).events[0]


@pytest.mark.parametrize("text, name, country", [
    ("BUKAVU - The town of Kamanyola was attacked by M23 rebels on Monday.", "Kamanyola", "COD"),
    ("MAIDUGURI - Gunmen killed nine farmers in the village of Kwatara on Sunday.", "Kwatara", "NGA"),
    ("PESHAWAR - Militants attacked a checkpoint in the village of Shewa Adda on Sunday.", "Shewa Adda", "PAK"),
])
def test_a_name_kept_as_written_takes_the_wire_dateline_country(coder, text, name, country):
    loc = _event(coder, text).location
    assert (loc.name, loc.country, loc.geonameid) == (name, country, None)


def test_a_body_abroad_gives_its_dateline_no_country(coder):
    loc = _event(coder, "GENEVA - Government forces shelled the village of Kwatara on Sunday, a UN spokesman said."
                 ).location
    assert (loc.name, loc.country) == ("Kwatara", None)


def test_a_region_beside_the_name_still_gives_the_country(coder):
    loc = _event(coder, "M23 rebels attacked Kiwanja, North Kivu, on Monday.").location
    assert (loc.name, loc.country, loc.admin1) == ("Kiwanja", "COD", "Nord-Kivu")


@pytest.mark.parametrize("text, country", [
    # a press release's office city is no main country of the events: not Thailand
    ("(Bangkok, March 8, 2024) - Soldiers burned homes in the village of Htee Pha on Monday, the group said.", None),
    ("(Bangkok, March 8, 2024) - Myanmar soldiers burned homes in the village of Htee Pha on Monday, "
     "the group said.", "MMR"),
    ("(Nairobi, March 8, 2024) - Police beat traders in the village of Kaptembwo on Monday, the group said.", None),
])
def test_a_press_release_office_gives_no_country_to_a_name_kept_as_written(coder, text, country):
    loc = _event(coder, text).location
    assert loc.geonameid is None and loc.country == country
