"""The place a protest is about is not where it was (issue 16, evloc24).

Sentences written for these tests. "Union members walked off the job to
protest the war in Sudan" was placed in Sudan: a place on an act's noun
("the war in X", "the crackdown in X", ``lang.protest_topic_nouns``) inside
what a protest is against or about (a cause preposition, the object of a
reaction verb) or anything after "in solidarity with"
(``lang.solidarity_nouns``) is no ground of the protest
(:func:`~dotterel.places.scene.protest_topic`; ACLED codebook 2023: the
location is where the demonstration took place). Where the protest was
stays: a place of its own phrase, a government's seat, a second place the
parser hangs on the act's noun, a span of time after "for".
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _protest(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    protests = [e for e in coded.events if e.event_type == "PROTEST"]
    assert protests, text
    return protests[0]


@pytest.mark.parametrize(("text", "topic", "where"), [
    ("OTTAWA - Union members walked off the job on Tuesday to protest the war in Sudan.", "Sudan", "Ottawa"),
    ("LONDON - Thousands marched on Saturday against the war in Ukraine.", "Ukraine", "London"),
    ("Students rallied on Monday to protest the crackdown in Iran.", "Iran", None),
    ("Activists held a vigil on Sunday over the crackdown in Belarus.", "Belarus", None),
    ("Teachers staged a sit-in on Wednesday in solidarity with striking miners in Bolivia.", "Bolivia", None),
    ("Dockers marched on Friday in solidarity with protesters in Iran.", "Iran", None),
    ("A protest against the war in Yemen was held on Friday.", "Yemen", None),
])
def test_the_place_a_protest_is_about_is_not_its_place(coder, text, topic, where):
    loc = _protest(coder, text).location
    assert loc is None or loc.name != topic
    assert (loc.name if loc is not None else None) == where


@pytest.mark.parametrize(("text", "name"), [
    ("Hundreds marched in Cape Town on Saturday against the invasion of Ukraine.", "Cape Town"),
    ("Thousands protested against the government in Kyiv on Sunday.", "Kyiv"),
    ("Residents protested against the occupation of Palestine in Dublin on Saturday.", "Dublin"),
    ("Protesters rallied for a second day in Cairo on Tuesday.", "Cairo"),
    ("Thousands demonstrated in Karachi on Friday against the airstrikes in Afghanistan.", "Karachi"),
])
def test_where_the_protest_was_stays(coder, text, name):
    loc = _protest(coder, text).location
    assert loc is not None and loc.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Hundreds rallied in solidarity in Lagos on Friday.", "Lagos"),
    ("Students held a vigil in solidarity at the main square in Tbilisi on Sunday.", "Tbilisi"),
    ("Hundreds marched in Santiago on Sunday in solidarity with Mapuche prisoners.", "Santiago"),
])
def test_a_ground_phrase_after_solidarity_is_the_scene(coder, text, name):
    """Rev24e: "in solidarity in X" says where the rally was; only what follows "with" is whom it stands with."""
    loc = _protest(coder, text).location
    assert loc is not None and loc.name == name
