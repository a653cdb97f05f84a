"""A statement's "we" and "I" speak for the document's source when the text never names itself (issue 16).

Sentences written for this file: statements and remarks from a government
seat, an NGO and a news outlet, in and out of quotation marks.
"""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text, trigger, source):
    events = coder.code(text, published="2024-03-01", source=source)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


def test_we_in_a_statement_from_a_seat_of_government_is_that_government(coder):
    ev = _event(coder, "We condemn the arrests of opposition leaders in Tbilisi.", "condemn",
                "The White House (press release)")
    assert (ev.actor.country, ev.actor.sector, ev.actor.how) == ("USA", "GOV", "pronoun")
    assert ev.actor.span.text == "We"


def test_i_in_remarks_from_a_seat_of_government_speaks_for_it(coder):
    ev = _event(coder, "Today I call on the Georgian government to release the detained students.", "call",
                "Kremlin")
    assert ev.actor.country == "RUS" and ev.actor.span.text == "I"


def test_we_in_an_ngo_statement_is_the_ngo(coder):
    ev = _event(coder, "We condemn the detention of three journalists in Baku.", "condemn", "Amnesty International")
    assert ev.actor is not None and ev.actor.name == "Amnesty International" and ev.actor.sector == "NGO"


def test_a_news_outlets_we_and_a_quoted_we_name_no_one(coder):
    ev = _event(coder, "We condemn the detention of three journalists in Baku.", "condemn", "Reuters")
    assert ev.actor is None
    ev = _event(coder, 'Protesters in Baku shouted: "We condemn the arrests!"', "condemn", "The White House")
    assert ev.actor is None or ev.actor.country != "USA"


def test_no_source_no_speaker(coder):
    ev = _event(coder, "We condemn the detention of three journalists in Baku.", "condemn", None)
    assert ev.actor is None
