"""A country named only as the nationality of people or property in the text is not where the text is.

"A crowd attacked Turkish-owned businesses in Podgorica after a Turkish national stabbed a local man,
police said": Turkey is the document's most-named country, but only as the owners' and the stabber's
nationality; the crowd and the police are Montenegro's, the country of the text's places (ACLED names an
unnamed crowd or force by the country of the event). Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _first(coder, text, event_type):
    return next(e for e in coder.code(text, published="2024-10-29") if e.event_type == event_type)


@pytest.mark.parametrize("text, country", [
    ("A crowd attacked Turkish-owned businesses in Podgorica after a Turkish national stabbed a local man, "
     "police said.", "MNE"),
    ("A crowd attacked Chinese-owned shops in Honiara on Tuesday, police said.", "SLB"),
    ("A crowd looted Greek-run stores in Tirana on Friday after a Greek tourist was beaten, police said.", "ALB"),
])
def test_the_crowd_and_police_are_of_the_place(coder, text, country):
    ev = _first(coder, text, "ASSAULT")
    assert ev.actor is not None and ev.actor.country == country
    assert ev.attribution.claimant == f"{country} police"


def test_a_named_force_keeps_its_own_nationality(coder):
    ev = _first(coder, "Turkish police detained 40 protesters in Diyarbakir on Sunday.", "COERCE")
    assert (ev.actor.country, ev.recipient.country) == ("TUR", "TUR")


@pytest.mark.parametrize("text, foreign", [
    ("A crowd attacked Turkish-owned shops in Podgorica on Monday.", True),
    ("Police arrested a Turkish national in Podgorica on Monday.", True),
    ("Turkey protested after a crowd attacked Turkish-owned shops in Podgorica on Monday.", False),
    ("Turkish police detained 40 protesters in Diyarbakir on Sunday.", False),
])
def test_only_a_nationality_of_people_or_property_counts(coder, text, foreign):
    from dotterel.actors.document import named_as_foreigners_only

    assert named_as_foreigners_only(coder.nlp(text), coder.kb, coder.lang, "TUR") is foreign
