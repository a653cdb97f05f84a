"""Claimants and certainty, one rule per test, on short texts written for the test."""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


PUB = "2024-05-01"


def _one(coder, text, event_type):
    evs = [e for e in coder.code(text, published=PUB) if e.event_type == event_type]
    assert len(evs) == 1, [(e.event_type, e.trigger.text) for e in coder.code(text, published=PUB)]
    return evs[0]


def test_author_voice_is_asserted(coder):
    ev = _one(coder, "Police detained 12 activists in Minsk on Tuesday.", "COERCE")
    assert (ev.attribution.claimant, ev.attribution.claimant_type, ev.attribution.certainty) == ("author", "author", "asserted")
    assert ev.attribution.verb is None


def test_reporting_verb_makes_it_reported(coder):
    ev = _one(coder, "Police detained 12 activists in Minsk on Tuesday, the interior ministry said.", "COERCE")
    att = ev.attribution
    assert att.certainty == "reported" and att.claimant_type == "government"
    assert att.verb.text == "said" and "interior ministry" in att.claimant_span.text


def test_according_to(coder):
    ev = _one(coder, "According to the Kazakh authorities, police detained 300 rioters in Taraz on Friday.", "COERCE")
    assert ev.attribution.certainty == "reported"
    assert ev.attribution.claimant.startswith("KAZ") and ev.attribution.verb.text == "According to"


def test_allegation_verb(coder):
    ev = _one(coder, "The opposition claimed that police beat dozens of students in Minsk.", "ASSAULT")
    assert ev.attribution.certainty == "alleged" and "opposition" in ev.attribution.claimant


def test_negated_and_hypothetical_are_not_events(coder):
    assert coder.code("Police did not open fire on the crowd.", published=PUB) == []
    assert [e.event_type for e in coder.code("Protesters may block the roads on Saturday.", published=PUB)] == []
    assert [e.event_type for e in coder.code("If the army attacks the city, many will die.", published=PUB)] == []


def test_content_of_a_demand_is_not_an_event_but_the_demand_is(coder):
    evs = coder.code("Rights groups urged the government to release the detained journalists.", published=PUB)
    assert [e.event_type for e in evs] == ["REQUEST"]


def test_quoted_demand_is_the_speakers_request(coder):
    ev = _one(coder, '"The journalists must be released," Volker Türk said on Friday.', "REQUEST")
    assert ev.attribution.direct_quote and "Türk" in ev.attribution.claimant
    assert ev.actor is not None and ev.actor.country == "IGO"
    assert ev.date.value == "2024-04-26"


@pytest.mark.parametrize("text,trigger", [
    ("The ministry rejected claims that police had shot protesters in Tbilisi.", "shot"),
    ("The army denied that soldiers burned houses in the village on Monday.", "burned"),
    ("Rebels denied abducting 20 schoolgirls in Borno, a spokesman said.", "abducting"),
])
def test_a_denied_act_is_not_an_event(coder, text, trigger):
    # a denied act is no record (README, "Denials"); it is abstained on, with the reason (the session coder debugs)
    coded = next(coder.code_documents([make_document(text, published=PUB)]))
    assert not [e for e in coded.events if e.trigger.text == trigger]
    [why] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "denied" in why


@pytest.mark.parametrize("text,trigger,event_type", [
    ("The wife of the detained rebel denied on Friday that he was involved with the group and demanded his release.",
     "demanded", "REQUEST"),
    ("The minister denied the allegations and called for an inquiry.", "called", "REQUEST"),
])
def test_an_act_conjoined_to_a_denial_is_not_denied(coder, text, trigger, event_type):
    [ev] = [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]
    assert ev.event_type == event_type and ev.attribution.certainty == "asserted"


def test_the_denial_itself_is_no_reject(coder):
    # PLOVER REJECT is refusing a proposal, request or demand; a denial (CAMEO 016) has no PLOVER type
    evs = coder.code("The ministry rejected claims that police had shot protesters in Tbilisi.", published=PUB)
    assert [e.event_type for e in evs if e.trigger.text == "rejected"] == []


def test_block_quote_belongs_to_its_source(coder):
    text = (
        "This is how the Moon of Alabama described the situation:\n\n"
        "The gangs attacked police forces and stormed the arms depots."
    )
    evs = coder.code(text, published=PUB)
    assert evs
    for ev in evs:
        assert ev.attribution.claimant == "Moon of Alabama"
        assert ev.attribution.claimant_type == "blog" and ev.attribution.direct_quote


def test_old_events_are_historical(coder):
    ev = _one(coder, "In 2014 protesters stormed the presidential palace in Kyiv.", "COERCE")
    assert ev.attribution.certainty == "historical" and ev.date.value == "2014"


@pytest.mark.parametrize("text,trigger", [
    ("Soldiers burned houses in the village of Kila on Monday; the army denied the reports.", "burned"),
    ("Police fired tear gas at protesters in Harare on Saturday; a police spokesman denied that live rounds "
     "were used.", "fired"),
    ("Militiamen looted shops in the market town on Sunday, but the governor denied the allegations.", "looted"),
])
def test_an_act_the_author_states_before_a_denial_of_something_else_is_an_event(coder, text, trigger):
    # the denial has its own object or clause: what it denies is that, not the act the author stated before it
    [ev] = [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]
    assert ev.attribution.certainty == "asserted"


@pytest.mark.parametrize("text,trigger", [
    ("The army denied that soldiers burned houses in the village on Monday.", "burned"),
    ("Police denied that officers fired live rounds at protesters in Harare on Saturday.", "fired"),
])
def test_the_content_of_a_denial_is_still_denied(coder, text, trigger):
    assert not [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]
