"""A sponsor's country is no place of the act (issue 16, session 26).

Sentences written for these tests, in several countries. "Rwanda-backed rebels", "Iran-backed militias",
"Russian-backed separatists": the name before a sponsor's participle (profile ``sponsor_participles``) says who
stands behind a force, and ACLED codes a proxy in the country where it acts, keeping the sponsor in the notes
(ACLED codebook 2023, actor names). The place stage read such a name as a country the text is about: the
sponsor's country won as the sentence's place ("Iran-backed Houthi fighters attacked a ship": Iran), gave an
unresolved town its country ("Kitshanga": RWA) and swayed a namesake ("Donetsk": the town in Rostov oblast).
Now the name stays a toponym (LGL and TR-News mark it) but is read as "London-based" is
(:func:`dotterel.places.recall.sponsor_before`), and it is no country hint.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text", [
    "Iran-backed Houthi fighters attacked a ship on Tuesday.",
    "Rwanda-backed rebels attacked a village on Monday, killing eight people.",
    "Turkish-backed militiamen attacked a checkpoint on Sunday.",
])
def test_a_sponsor_alone_places_nothing(coder, text):
    result = _coded(coder, text)
    event = result.events[0]
    assert event.event_type == "ASSAULT"
    assert event.location is None


@pytest.mark.parametrize("text, name, country", [
    ("Russian-backed separatists in Donetsk shelled homes on Monday.", "Donetsk", "UKR"),
    ("Iran-backed militias attacked a base near Deir ez-Zor on Sunday.", "Deir ez-Zor", "SYR"),
    ("Rwanda-backed rebels attacked Rutshuru on Monday.", "Rutshuru", "COD"),
    ("Turkish-backed rebels shelled Manbij on Sunday.", "Manbij", "SYR"),
])
def test_the_scene_is_read_in_its_own_country(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.location.name, event.location.country) == (name, country)


def test_an_unknown_town_takes_no_sponsor_country(coder):
    event = _coded(coder, "Rwanda-backed M23 rebels attacked Kitshanga on Monday.").events[0]
    assert event.location.name == "Kitshanga"
    assert event.location.country != "RWA"


@pytest.mark.parametrize("text, name, country", [
    # counter-checks: a country named in its own right is still a hint and a place
    ("Ukrainian drones hit homes in Belgorod on Monday, Russian officials said.", "Belgorod", "RUS"),
    ("Iran-backed militias attacked a base in Syria on Sunday.", "Syria", "SYR"),
])
def test_a_country_named_as_a_place_still_counts(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.location.name, event.location.country) == (name, country)


def test_the_sponsor_stays_a_toponym(coder):
    result = _coded(coder, "Iran-backed militias attacked a base near Deir ez-Zor on Sunday.")
    assert ("Iran", "IRN") in [(p.name, p.country) for p in result.places]
